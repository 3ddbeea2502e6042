"""Stage 6: publish. Arrow tables in; CSV, Parquet and a DuckDB database on disk out.
CSV and Parquet are byte-reproducible; every file is written beside its target and moved into
place only once complete."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from newsledger.atomic import clear_leftovers, replace_folder, staging_folder
from newsledger.errors import NewsledgerError
from newsledger.metadata import Package
from newsledger.problems import frictionless_problems
from newsledger.project import DATABASE_FILE

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
    """A DuckDB database with every table, its keys and the descriptor's descriptions as comments,
    written beside `path` and moved into place once complete."""
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


def _pointing_into(package: Package, build: Path, staged: Path) -> dict:
    """The descriptor with its resources read from the staged folder instead of build/."""
    descriptor = json.loads(json.dumps(package.descriptor))
    for resource in descriptor["resources"]:
        resource["path"] = (Path(staged.name) / Path(resource["path"]).relative_to(build.name)).as_posix()
    return descriptor


def publish(package: Package, tables: dict[str, pa.Table], build: Path) -> list[Path]:
    """Replace the folder `build` with the published tables and database, all at once: the new
    build is written in full beside it first, so an interrupted run leaves the old build intact."""
    clear_leftovers(build)
    staged = staging_folder(build)
    staged.mkdir()
    written = []
    for relative, data in table_files(package, tables).items():
        path = staged / Path(relative).relative_to(build.name)
        path.write_bytes(data)
        written.append(build / path.name)
    write_database(package, tables, staged / DATABASE_FILE)
    problems = frictionless_problems(_pointing_into(package, build, staged), staged.parent)
    if problems:
        shutil.rmtree(staged)
        raise NewsledgerError(build, "the new build is not valid, so it was not published:\n  "
                              + "\n  ".join(map(str, problems)), hint="fix the curation or registry entry named")
    replace_folder(build, staged)
    return [*written, build / DATABASE_FILE]
