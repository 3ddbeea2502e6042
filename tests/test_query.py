"""Querying: DuckDB over the Parquet files and over the database file give the same answers."""

import json

import duckdb
import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.metadata import load_package

from conftest import REPO

TABLES = ["sources", "actors", "mentions", "events", "event_participants", "quotes", "claims"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The repository's project copied and built once, database included."""
    import shutil
    root = tmp_path_factory.mktemp("built")
    shutil.copy(REPO / "datapackage.json", root)
    shutil.copytree(REPO / "sources", root / "sources")
    result = CliRunner().invoke(main, ["--root", str(root), "build"])
    assert result.exit_code == 0, result.output
    return root


def query(root, *args):
    return CliRunner().invoke(main, ["--root", str(root), "query", *args])


@pytest.mark.parametrize("table", TABLES)
def test_database_and_parquet_hold_the_same_rows(built, table):
    with duckdb.connect(str(built / "build" / "newsledger.duckdb"), read_only=True) as database:
        from_database = database.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
    from_parquet = duckdb.execute(f"SELECT * FROM read_parquet('{built}/build/{table}.parquet') ORDER BY ALL").fetchall()
    assert from_database == from_parquet
    assert len(from_database) > 0


def test_database_has_keys_and_comments_from_the_descriptor(built):
    package = load_package(REPO / "datapackage.json")
    with duckdb.connect(str(built / "build" / "newsledger.duckdb"), read_only=True) as database:
        constraints = database.execute(
            "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')").fetchall()
        comments = dict(((t, c), comment) for t, c, comment in database.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns()").fetchall())
    assert ("event_participants", "PRIMARY KEY", ["event_id", "actor_id", "role"]) in constraints
    assert ("claims", "FOREIGN KEY", ["quote_id"]) in constraints
    foreign_keys = sum(len(table.foreign_keys) for table in package.tables)
    assert sum(1 for _, kind, _ in constraints if kind == "FOREIGN KEY") == foreign_keys
    for table in package.tables:
        for field in table.fields:
            assert comments[(table.name, field["name"])] == field["description"]


def test_parquet_types_are_real_types(built):
    types = dict(duckdb.execute(f"DESCRIBE SELECT * FROM read_parquet('{built}/build/events.parquet')").fetchall()
                 [i][:2] for i in range(15))
    assert types["date_start"] == "DATE" and types["char_start"] == "BIGINT"
    quote_types = dict(row[:2] for row in duckdb.execute(
        f"DESCRIBE SELECT * FROM read_parquet('{built}/build/quotes.parquet')").fetchall())
    assert quote_types["translated"] == "BOOLEAN"


def test_query_formats(built):
    sql = "SELECT actor_id, kind FROM actors WHERE actor_id IN ('iran', 'vladimir-putin') ORDER BY actor_id"
    assert query(built, sql, "--format", "csv").output == "actor_id,kind\niran,state\nvladimir-putin,person\n"
    assert json.loads(query(built, sql, "--format", "json").output) == [
        {"actor_id": "iran", "kind": "state"}, {"actor_id": "vladimir-putin", "kind": "person"}]
    table = query(built, sql).output.splitlines()
    assert table[0].split("|")[1].strip() == "actor_id" and len(table) == 4
    assert query(built, sql, "--database", "--format", "csv").output == query(built, sql, "--format", "csv").output


def test_sql_error_is_one_line_and_exit_2(built):
    result = query(built, "SELEC nothing")
    assert result.exit_code == 2
    assert result.output.startswith("Error: query: Parser Error")
    assert "Traceback" not in result.output


def test_database_is_opened_read_only(built):
    result = query(built, "DELETE FROM quotes", "--database")
    assert result.exit_code == 2
    assert "read-only" in result.output
