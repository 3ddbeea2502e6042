"""Row-level and schema-level differences between two snapshots, and the semantic-version bump
they call for (Data Package versioning: breaking schema change → major; new rows, fields or
tables → minor; corrections of rows or metadata → patch)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from newsledger.snapshot import Snapshot

LEVELS = ("patch", "minor", "major")
# Package properties that change with every release and say nothing about the data.
RELEASE_STAMPS = {"version", "created"}


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class RowChange:
    key: list[str]
    fields: list[FieldChange]


@dataclass
class TableDiff:
    table: str
    added: list[list[str]] = field(default_factory=list)
    removed: list[list[str]] = field(default_factory=list)
    changed: list[RowChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class SchemaChange:
    table: str
    what: str
    level: str


@dataclass
class PackageDiff:
    old: str
    new: str
    tables: list[TableDiff]
    schema: list[SchemaChange]

    @property
    def empty(self) -> bool:
        return not self.schema and all(table.empty for table in self.tables)

    def bump(self) -> tuple[str | None, list[str]]:
        """The version bump these changes call for, and why."""
        reasons = [(change.level, f"{change.table}: {change.what}") for change in self.schema]
        for table in self.tables:
            if table.added:
                reasons.append(("minor", f"{table.table}: {len(table.added)} new row(s)"))
            if table.changed:
                reasons.append(("patch", f"{table.table}: {len(table.changed)} corrected row(s)"))
            if table.removed:
                reasons.append(("patch", f"{table.table}: {len(table.removed)} row(s) removed as corrections"))
        if not reasons:
            return None, []
        level = max((level for level, _ in reasons), key=LEVELS.index)
        return level, [f"{why} ({lvl})" for lvl, why in reasons]


def _constraint_changes(table: str, name: str, old: dict, new: dict) -> list[SchemaChange]:
    changes = []
    def add(what: str, level: str) -> None:
        changes.append(SchemaChange(table, f"field {name}: {what}", level))
    for flag in ("required", "unique"):
        if new.get(flag, False) != old.get(flag, False):
            add(f"{flag} {'added' if new.get(flag) else 'dropped'}", "major" if new.get(flag) else "patch")
    if "enum" in old or "enum" in new:
        before, after = set(old.get("enum", [])), set(new.get("enum", []))
        if "enum" not in new:
            add("enum dropped", "patch")
        elif "enum" not in old or not after >= before:
            add(f"enum narrowed to {sorted(after)}", "major")
        elif after > before:
            add(f"enum widened by {sorted(after - before)}", "minor")
    if old.get("pattern") != new.get("pattern"):
        add(f"pattern {old.get('pattern')!r} → {new.get('pattern')!r}", "major" if new.get("pattern") else "patch")
    if old.get("minimum") != new.get("minimum"):
        raised = new.get("minimum") is not None and (old.get("minimum") is None or new["minimum"] > old["minimum"])
        add(f"minimum {old.get('minimum')} → {new.get('minimum')}", "major" if raised else "patch")
    return changes


def schema_changes(old: Snapshot, new: Snapshot) -> list[SchemaChange]:
    changes = []
    old_tables = {r["name"]: r for r in old.descriptor["resources"]}
    new_tables = {r["name"]: r for r in new.descriptor["resources"]}
    for name in old_tables.keys() - new_tables.keys():
        changes.append(SchemaChange(name, "table removed", "major"))
    for name in new_tables.keys() - old_tables.keys():
        changes.append(SchemaChange(name, "table added", "minor"))
    for name in sorted(old_tables.keys() & new_tables.keys()):
        before, after = old_tables[name]["schema"], new_tables[name]["schema"]
        old_fields = {f["name"]: f for f in before["fields"]}
        new_fields = {f["name"]: f for f in after["fields"]}
        for gone in old_fields.keys() - new_fields.keys():
            changes.append(SchemaChange(name, f"field {gone} removed or renamed", "major"))
        for added in new_fields.keys() - old_fields.keys():
            changes.append(SchemaChange(name, f"field {added} added", "minor"))
        for field_name in [f["name"] for f in after["fields"] if f["name"] in old_fields]:
            a, b = old_fields[field_name], new_fields[field_name]
            if a["type"] != b["type"]:
                changes.append(SchemaChange(name, f"field {field_name}: type {a['type']} → {b['type']}", "major"))
            changes += _constraint_changes(name, field_name, a.get("constraints", {}), b.get("constraints", {}))
            if (a.get("description"), a.get("categories")) != (b.get("description"), b.get("categories")):
                changes.append(SchemaChange(name, f"field {field_name}: description changed", "patch"))
        if before.get("primaryKey") != after.get("primaryKey"):
            changes.append(SchemaChange(name, "primary key changed", "major"))
        if before.get("foreignKeys", []) != after.get("foreignKeys", []):
            changes.append(SchemaChange(name, "foreign keys changed", "major"))
    old_meta = {k: v for k, v in old.descriptor.items() if k not in RELEASE_STAMPS | {"resources"}}
    new_meta = {k: v for k, v in new.descriptor.items() if k not in RELEASE_STAMPS | {"resources"}}
    for key in sorted(old_meta.keys() | new_meta.keys()):
        if old_meta.get(key) != new_meta.get(key):
            changes.append(SchemaChange("package", f"metadata `{key}` changed", "patch"))
    return changes


def table_diff(old: Snapshot, new: Snapshot, table: str) -> TableDiff:
    key_fields = new.schema(table)["primaryKey"]
    def keyed(rows: list[dict[str, str]]) -> dict[tuple, dict[str, str]]:
        return {tuple(row.get(k, "") for k in key_fields): row for row in rows}
    before, after = keyed(old.tables.get(table, [])), keyed(new.tables[table])
    diff = TableDiff(table)
    diff.added = [list(k) for k in after if k not in before]
    diff.removed = [list(k) for k in before if k not in after]
    for key in after.keys() & before.keys():
        shared = [f for f in after[key] if f in before[key]]
        fields = [FieldChange(f, before[key][f], after[key][f]) for f in shared if before[key][f] != after[key][f]]
        if fields:
            diff.changed.append(RowChange(list(key), fields))
    diff.changed.sort(key=lambda change: change.key)
    return diff


def diff_snapshots(old: Snapshot, new: Snapshot) -> PackageDiff:
    tables = [table_diff(old, new, name) for name in new.tables]
    return PackageDiff(old.label, new.label, tables, schema_changes(old, new))


def render_text(diff: PackageDiff) -> str:
    lines = [f"{diff.old} → {diff.new}"]
    for change in diff.schema:
        lines.append(f"  schema {change.table}: {change.what} [{change.level}]")
    for table in diff.tables:
        lines.append(f"  {table.table}: +{len(table.added)} -{len(table.removed)} ~{len(table.changed)}")
        lines += [f"    + {', '.join(key)}" for key in table.added]
        lines += [f"    - {', '.join(key)}" for key in table.removed]
        for row in table.changed:
            lines.append(f"    ~ {', '.join(row.key)}")
            lines += [f"        {c.field}: {c.old!r} → {c.new!r}" for c in row.fields]
    level, reasons = diff.bump()
    lines.append(f"bump: {level or 'none'}" + "".join(f"\n  - {reason}" for reason in reasons))
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(diff: PackageDiff, *, heading: str = "") -> str:
    level, reasons = diff.bump()
    lines = [heading or f"### Changes from {diff.old} to {diff.new}", ""]
    lines.append(f"Proposed bump: **{level or 'none'}**" + (" — " + "; ".join(reasons) if reasons else ""))
    lines += ["", "| table | added | removed | changed |", "|---|---:|---:|---:|"]
    lines += [f"| `{t.table}` | {len(t.added)} | {len(t.removed)} | {len(t.changed)} |" for t in diff.tables]
    if diff.schema:
        lines += ["", "Schema and metadata:", ""] + [f"- `{c.table}`: {_md(c.what)} ({c.level})" for c in diff.schema]
    changed = [(t.table, row) for t in diff.tables for row in t.changed]
    if changed:
        lines += ["", "Corrected rows:", "", "| table | key | field | old | new |", "|---|---|---|---|---|"]
        for table, row in changed:
            for change in row.fields:
                lines.append(f"| `{table}` | `{', '.join(row.key)}` | `{change.field}` | {_md(change.old)} | {_md(change.new)} |")
    return "\n".join(lines) + "\n"


def render_json(diff: PackageDiff) -> str:
    level, reasons = diff.bump()
    data: dict[str, Any] = asdict(diff)
    data["bump"] = {"level": level, "reasons": reasons}
    return json.dumps(data, ensure_ascii=False, indent=2)


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}
