"""Querying the published tables with DuckDB, each table by its name."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import duckdb

from newsledger.errors import NewsledgerError
from newsledger.metadata import Package


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple]


def connect_parquet(package: Package, root: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory database with a view per table over the published Parquet files."""
    connection = duckdb.connect()
    for table in package.tables:
        parquet = (root / table.path).with_suffix(".parquet")
        connection.execute(f"CREATE VIEW {table.name} AS SELECT * FROM read_parquet('{parquet.as_posix()}')")
    return connection


def connect_database(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise NewsledgerError(path, "database is missing", hint="run `newsledger build` first")
    return duckdb.connect(str(path), read_only=True)


def run(connection: duckdb.DuckDBPyConnection, sql: str) -> Result:
    try:
        cursor = connection.execute(sql)
    except duckdb.Error as exc:
        first_line = str(exc).strip().splitlines()[0]
        raise NewsledgerError("query", first_line, hint="check the SQL; tables: sources, actors, mentions, "
                                                        "events, event_participants, quotes, claims") from None
    if cursor.description is None:
        return Result([], [])
    return Result([column[0] for column in cursor.description], cursor.fetchall())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def as_table(result: Result) -> str:
    """A Markdown table, readable in a terminal and pasteable into a README."""
    cells = [[_cell(value).replace("|", "\\|").replace("\n", " ") for value in row] for row in result.rows]
    widths = [max([len(name), 3, *(len(row[i]) for row in cells)]) for i, name in enumerate(result.columns)]
    def line(values: list[str]) -> str:
        return "| " + " | ".join(value.ljust(width) for value, width in zip(values, widths)) + " |"
    return "\n".join([line(result.columns), line(["-" * width for width in widths]), *map(line, cells)])


def as_csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_cell(value) for value in row] for row in result.rows)
    return buffer.getvalue().rstrip("\n")


def as_json(result: Result) -> str:
    records = [{name: (value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value)
                for name, value in zip(result.columns, row)} for row in result.rows]
    return json.dumps(records, ensure_ascii=False, indent=2)


FORMATTERS = {"table": as_table, "csv": as_csv, "json": as_json}
