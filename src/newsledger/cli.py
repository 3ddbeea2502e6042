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
from newsledger.codebook import render_codebook
from newsledger.diff import RENDERERS, diff_snapshots
from newsledger.release import CODEBOOK, cut_release, plan_release, write_release_files
from newsledger.snapshot import load_snapshot
from newsledger.verify import verify_release
from newsledger.errors import NewsledgerError
from newsledger.evaluate import evaluate as evaluate_api, render_report
from newsledger.registry import load_registry
from newsledger.metadata import load_package
from newsledger.pipeline import make_tables
from newsledger.problems import Problem
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


def exit_on_problems(problems: list[Problem]) -> None:
    """A readable report, one problem a line, and exit code 1, when anything is wrong."""
    if problems:
        click.echo(f"{len(problems)} problem(s):", err=True)
        for problem in problems:
            click.echo(f"  {problem}", err=True)
        sys.exit(1)


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
    with project.lock("newsledger build"):
        tables = make_tables(project, progress=lambda source: click.echo(f"extracting {source.source_id}", err=True))
        package = load_package(project.descriptor)
        written = publish(package, tables, project.build)
    for name, table in tables.items():
        click.echo(f"  {name:<20} {table.num_rows:>5} rows", err=True)
    click.echo(f"wrote {len(written) - 1} files and {project.database.relative_to(project.root).as_posix()}", err=True)


@main.command()
@click.pass_obj
@reports_bad_input
def validate(project: Project) -> None:
    """Check the package: frictionless (types, constraints, keys), every text anchor against its
    article, and that build/ equals a fresh build of sources/ byte for byte. Exit 1 on any problem."""
    exit_on_problems(validate_project(project))
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


@main.command()
@click.option("--bump", type=click.Choice(["major", "minor", "patch"]),
              help="Force the bump; by default it is worked out from what changed since the last release.")
@click.option("--dry-run", is_flag=True, help="Only say which version would be released, and why.")
@click.pass_obj
@reports_bad_input
def release(project: Project, bump: str | None, dry_run: bool) -> None:
    """Cut a release from the committed build: version, changelog, codebook, git tag v<version>,
    and dist/newsledger-<version>.zip and .duckdb with their .sha256 files.

    Refuses when `newsledger validate` fails, when sources/, build/ or datapackage.json have
    uncommitted changes, when nothing changed, or when the version already exists.
    """
    plan = plan_release(project, bump)
    click.echo(f"{'would release' if dry_run else 'releasing'} {plan.version}"
               + (f" ({plan.level} bump from {plan.previous})" if plan.previous else ""))
    for reason in plan.reasons:
        click.echo(f"  - {reason}")
    if dry_run:
        return
    with project.lock("newsledger release"):
        _, files = cut_release(project, bump)
    for path in (files.archive, files.database):
        click.echo(f"wrote {path.relative_to(project.root).as_posix()} (+ .sha256)")
    click.echo(f"tagged v{plan.version}; push it with `git push origin main v{plan.version}`")


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the files (default: dist/ in the project).")
@click.pass_obj
@reports_bad_input
def archive(project: Project, out: Path | None) -> None:
    """Write the archives of the current version (as `release` does, without versioning or
    tagging): the same build always gives the same zip, byte for byte."""
    project.check()
    files = write_release_files(project, out or project.root / "dist")
    click.echo(f"wrote {files.archive} and {files.database} (+ .sha256)")


@main.command()
@click.argument("old")
@click.argument("new", default=".")
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@click.pass_obj
@reports_bad_input
def diff(project: Project, old: str, new: str, output_format: str) -> None:
    """Compare two releases, each an archive, a folder or a git ref (NEW defaults to the working
    tree): rows added, removed and changed by primary key, with old → new for changed fields.

    \b
    Example:
        $ newsledger diff v0.1.0 . --format markdown
    """
    result = diff_snapshots(load_snapshot(old, project.root), load_snapshot(new, project.root))
    click.echo(RENDERERS[output_format](result).rstrip("\n"))


@main.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@reports_bad_input
def verify(path: Path) -> None:
    """Check a release archive or an extracted release: checksums, every file listed and none
    extra, full validation; a .duckdb beside the archive is checked against its Parquet files."""
    exit_on_problems(verify_release(path))
    click.echo(f"verified: {path}")


@main.command()
@click.option("--check", is_flag=True, help="Exit 1 if docs/codebook.md is not up to date, instead of writing it.")
@click.pass_obj
@reports_bad_input
def codebook(project: Project, check: bool) -> None:
    """Generate docs/codebook.md from datapackage.json."""
    project.check()
    text = render_codebook(load_package(project.descriptor))
    path = project.root / CODEBOOK
    if check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            click.echo(f"{CODEBOOK} is out of date; run `newsledger codebook`", err=True)
            sys.exit(1)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {CODEBOOK}")


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="Also list every gold row the extractor missed or got wrong, and every extra quote, claim and event.")
@click.option("--registry", "registry_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Actor registry to extract with (default: the project's sources/actors.yaml).")
@click.pass_obj
@reports_bad_input
def evaluate(project: Project, gold_dir: Path, misses: bool, registry_path: Path | None) -> None:
    """Score the extractor alone (no curation) against the gold annotations in GOLD_DIR:
    precision, recall and F1 per measure, overall and per article (docs/evaluation.md)."""
    results = evaluate_api(gold_dir, load_registry(registry_path or project.registry))
    click.echo(render_report(results, misses=misses))


@main.command()
@click.option("--unregistered", is_flag=True, help="Only actors the registry lacks, with their mentions.")
@click.pass_obj
@reports_bad_input
def actors(project: Project, unregistered: bool) -> None:
    """List the actors of the published build; with --unregistered, those the extractor found
    that sources/actors.yaml lacks, with every mention, for a maintainer to add."""
    project.check()
    with query_api.connect_parquet(load_package(project.descriptor), project.root) as connection:
        result = query_api.run(connection, f"""
            SELECT a.actor_id, a.name, a.kind, count(m.mention_id) AS mentions,
                   string_agg(m.source_id || ':' || m.sentence || ' "' || m.text || '"', '; '
                              ORDER BY m.source_id, m.char_start) AS where_mentioned
            FROM actors a LEFT JOIN mentions m USING (actor_id)
            {'WHERE NOT a.registered' if unregistered else ''}
            GROUP BY ALL ORDER BY a.actor_id""")
    click.echo(query_api.as_table(result))
