"""The codebook (docs/codebook.md), generated from the descriptor so that it cannot drift from it."""

from __future__ import annotations

from newsledger.metadata import Package

HEADER = "<!-- Generated from datapackage.json by `newsledger codebook`; do not edit by hand. -->\n"


def _constraints(field: dict) -> str:
    constraints = field.get("constraints", {})
    parts = []
    if constraints.get("required"):
        parts.append("required")
    if constraints.get("unique"):
        parts.append("unique")
    if "minimum" in constraints:
        parts.append(f"≥ {constraints['minimum']}")
    if "pattern" in constraints:
        parts.append(f"pattern `{constraints['pattern']}`")
    if "enum" in constraints:
        parts.append("one of the values below")
    return ", ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_codebook(package: Package) -> str:
    descriptor = package.descriptor
    lines = [HEADER, f"# Codebook: {descriptor['title']}", "", descriptor.get("description", ""), "",
             f"Version {descriptor['version']}. Tables, in the order they load (each only refers to tables above it):", ""]
    lines += [f"- [`{table.name}`](#{table.name}): {table.descriptor['description']}" for table in package.tables]
    lines += ["", "## How the tables join", "", "| from | column(s) | to |", "|---|---|---|"]
    for table in package.tables:
        for key in table.foreign_keys:
            reference = key["reference"]
            lines.append(f"| `{table.name}` | `{', '.join(key['fields'])}` | "
                         f"`{reference['resource']}.{', '.join(reference['fields'])}` |")
    for table in package.tables:
        lines += ["", f"## {table.name}", "", table.descriptor["description"], "",
                  f"File: `{table.path}` (and `{table.path.removesuffix('.csv')}.parquet`). "
                  f"Primary key: `{', '.join(table.primary_key)}`.", "",
                  "| field | type | constraints | description |", "|---|---|---|---|"]
        for field in table.fields:
            lines.append(f"| `{field['name']}` | {field['type']} | {_constraints(field)} | {_cell(field['description'])} |")
        for field in table.fields:
            if field.get("categories"):
                lines += ["", f"Values of `{table.name}.{field['name']}`:", "", "| value | meaning |", "|---|---|"]
                lines += [f"| `{c['value']}` | {_cell(c['label'])} |" for c in field["categories"]]
    return "\n".join(lines) + "\n"
