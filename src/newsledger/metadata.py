"""The descriptor (datapackage.json) is the single source of truth for the tables: their order,
columns, types, keys and descriptions. Arrow schemas and DuckDB DDL are derived from it here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pyarrow as pa

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "boolean": pa.bool_(), "date": pa.date32()}
DUCKDB_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class Table:
    name: str
    descriptor: dict[str, Any]

    @property
    def fields(self) -> list[dict[str, Any]]:
        return self.descriptor["schema"]["fields"]

    @property
    def columns(self) -> list[str]:
        return [field["name"] for field in self.fields]

    @property
    def primary_key(self) -> list[str]:
        return self.descriptor["schema"]["primaryKey"]

    @property
    def foreign_keys(self) -> list[dict[str, Any]]:
        return self.descriptor["schema"].get("foreignKeys", [])

    @property
    def path(self) -> str:
        return self.descriptor["path"]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([
            pa.field(field["name"], ARROW_TYPES[field["type"]],
                     nullable=not field.get("constraints", {}).get("required", False),
                     metadata={"description": field["description"]})
            for field in self.fields
        ], metadata={"description": self.descriptor["description"]})

    def create_sql(self) -> str:
        lines = []
        for field in self.fields:
            required = field.get("constraints", {}).get("required", False)
            lines.append(f"{field['name']} {DUCKDB_TYPES[field['type']]}{' NOT NULL' if required else ''}")
        lines.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        for key in self.foreign_keys:
            reference = key["reference"]
            lines.append(f"FOREIGN KEY ({', '.join(key['fields'])}) REFERENCES "
                         f"{reference['resource']} ({', '.join(reference['fields'])})")
        return f"CREATE TABLE {self.name} (\n  " + ",\n  ".join(lines) + "\n)"

    def comment_sql(self) -> list[str]:
        statements = [f"COMMENT ON TABLE {self.name} IS {_sql_string(self.descriptor['description'])}"]
        statements += [f"COMMENT ON COLUMN {self.name}.{field['name']} IS {_sql_string(field['description'])}"
                       for field in self.fields]
        return statements


@dataclass(frozen=True)
class Package:
    path: Path
    descriptor: dict[str, Any]

    @cached_property
    def tables(self) -> list[Table]:
        """Tables in descriptor order, which is also an order that respects foreign keys."""
        return [Table(resource["name"], resource) for resource in self.descriptor["resources"]]

    def table(self, name: str) -> Table:
        return next(table for table in self.tables if table.name == name)


def load_package(path: Path) -> Package:
    return Package(path, json.loads(path.read_text(encoding="utf-8")))
