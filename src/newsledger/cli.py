"""The `newsledger` command: a thin layer of click commands over the library."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newsledger import query as query_api
from newsledger.errors import NewsledgerError
from newsledger.metadata import load_package
from newsledger.pipeline import make_tables
from newsledger.project import Project
from newsledger.publish import publish
from newsledger.sources import add_source
from newsledger.validate import validate_project

BAD_INPUT = 2


def reports_bad_input(command: Callable[..., Any]) -> Callable[..., Any]:
    """Bad input ends the command with one plain message and exit code 2, never a traceback."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except NewsledgerError as error:
            click.echo(f"Error: {error.message}", err=True)
            sys.exit(BAD_INPUT)
    return wrapper


@click.group()
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=".", show_default=True,
              help="The project folder (holding datapackage.json and sources/).")
@click.version_option(package_name="newsledger")
@click.pass_context
def main(context: click.Context, root: Path) -> None:
    """newsledger: news articles in sources/ → a validated Data Package of actors, mentions,
    events, quotes and claims in build/ (CSV, Parquet, DuckDB)."""
    context.obj = Project(root)


@main.command()
@click.pass_obj
@reports_bad_input
def build(project: Project) -> None:
    """Extract, curate and publish every source into build/.

    \b
    Example:
        $ newsledger build
        extracting 000_185a73e93ce09b0f
        wrote 14 files and build/newsledger.duckdb
    """
    tables = make_tables(project, progress=lambda source: click.echo(f"extracting {source.source_id}", err=True))
    package = load_package(project.descriptor)
    written = publish(package, tables, project.root, project.database)
    for name, table in tables.items():
        click.echo(f"  {name:<20} {table.num_rows:>5} rows", err=True)
    click.echo(f"wrote {len(written) - 1} files and {project.database.relative_to(project.root).as_posix()}", err=True)


@main.command()
@click.pass_obj
@reports_bad_input
def validate(project: Project) -> None:
    """Check the package: frictionless (types, constraints, keys), every text anchor against its
    article, and that build/ equals a fresh build of sources/ byte for byte. Exit 1 on any problem."""
    problems = validate_project(project)
    if problems:
        click.echo(f"{len(problems)} problem(s):", err=True)
        for problem in problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(1)
    click.echo("valid: descriptor, tables, keys, anchors, and build/ equals a fresh build")


@main.command()
@click.argument("sql")
@click.option("--format", "output_format", type=click.Choice(sorted(query_api.FORMATTERS)), default="table",
              show_default=True, help="How to print the result.")
@click.option("--database", is_flag=True,
              help="Query build/newsledger.duckdb (read-only) instead of the Parquet files.")
@click.pass_obj
@reports_bad_input
def query(project: Project, sql: str, output_format: str, database: bool) -> None:
    """Run SQL over the published tables, each available by its name.

    \b
    Example:
        $ newsledger query "select kind, count(*) as n from actors group by kind order by kind"
    """
    project.check()
    connection = (query_api.connect_database(project.database) if database
                  else query_api.connect_parquet(load_package(project.descriptor), project.root))
    with connection:
        result = query_api.run(connection, sql)
    click.echo(query_api.FORMATTERS[output_format](result))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", required=True, type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD); relative dates in the text resolve against it.")
@click.option("--title", default="", help="Title; defaults to the first line of the text.")
@click.option("--publisher", default="", help="Publisher; leave empty when unknown.")
@click.option("--url", default="", help="Where it was published; leave empty when unknown.")
@click.option("--id", "source_id", default="", help="Source id; defaults to a slug of the file name.")
@click.pass_obj
@reports_bad_input
def add(project: Project, file: Path, published: dt.datetime, title: str, publisher: str, url: str,
        source_id: str) -> None:
    """Add FILE as a new source: copied unchanged, with its provenance and checksum.

    \b
    Example:
        $ newsledger add ~/articles/putin-raisi.txt --published 2023-12-07
        added sources/putin-raisi (run `newsledger build` next)
    """
    project.check()
    folder = add_source(project.sources, file, published=published.date(), title=title, publisher=publisher,
                        url=url, source_id=source_id)
    click.echo(f"added {folder.relative_to(project.root).as_posix()} (run `newsledger build` next)")
