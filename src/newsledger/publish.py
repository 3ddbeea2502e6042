"""Stage 6: publish. Arrow tables in; CSV, Parquet and a DuckDB database on disk out.
CSV and Parquet are byte-reproducible; every file is written beside its target and moved into
place only once complete."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.metadata import Package

PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 9, "use_dictionary": True,
                   "write_statistics": True, "version": "2.6", "data_page_version": "1.0"}


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_bytes(table: pa.Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(_csv_cell(row[name]) for name in table.column_names)
    return buffer.getvalue().encode("utf-8")


def parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **PARQUET_OPTIONS)
    return sink.getvalue().to_pybytes()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def table_files(package: Package, tables: dict[str, pa.Table]) -> dict[str, bytes]:
    """Every published file of the tables, by its path relative to the project root."""
    files = {}
    for table in package.tables:
        files[table.path] = csv_bytes(tables[table.name])
        files[table.path.removesuffix(".csv") + ".parquet"] = parquet_bytes(tables[table.name])
    return files


def read_parquet_tables(package: Package, root: Path) -> dict[str, pa.Table]:
    """The published Parquet files under `root`, read back as Arrow tables."""
    return {table.name: pq.read_table(root / (table.path.removesuffix(".csv") + ".parquet"))
            for table in package.tables}


def write_database(package: Package, tables: dict[str, pa.Table], path: Path) -> None:
    """A DuckDB database with every table, its keys and the descriptor's descriptions as comments."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    with duckdb.connect(str(temporary)) as connection:
        for table in package.tables:
            connection.execute(table.create_sql())
            for statement in table.comment_sql():
                connection.execute(statement)
            arrow_table = tables[table.name]
            connection.register("incoming", arrow_table)
            connection.execute(f"INSERT INTO {table.name} SELECT * FROM incoming")
            connection.unregister("incoming")
    os.replace(temporary, path)


def publish(package: Package, tables: dict[str, pa.Table], root: Path, database: Path) -> list[Path]:
    """Write the tables under `root` and the database at `database`; returns the paths written."""
    written = []
    for relative, data in table_files(package, tables).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, data)
        written.append(path)
    write_database(package, tables, database)
    return [*written, database]
