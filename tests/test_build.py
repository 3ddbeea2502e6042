"""Build and validate: the committed build equals the sources, byte for byte, and is valid."""

import hashlib

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.project import Project
from newsledger.validate import validate_project

from conftest import REPO, SEED_ID


def run(project, *args):
    return CliRunner().invoke(main, ["--root", str(project.root), *args])


def digests(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir()) if path.suffix in (".csv", ".parquet")}


def test_committed_build_equals_a_fresh_build_and_validates():
    assert [str(problem) for problem in validate_project(Project(REPO))] == []


def test_build_is_byte_reproducible(project):
    first = run(project, "build")
    assert first.exit_code == 0, first.output
    before = digests(project.build)
    assert run(project, "build").exit_code == 0
    assert digests(project.build) == before
    assert len(before) == 14
    assert project.database.exists()


def test_validate_reports_a_build_that_no_longer_equals_the_sources(project):
    curation = project.sources / SEED_ID / "curation.yaml"
    curation.write_text(curation.read_text(encoding="utf-8").replace(
        "Israel attacked Gaza", "Israel struck Gaza"), encoding="utf-8")
    result = run(project, "validate")
    assert result.exit_code == 1
    assert "events: build/events.csv differs from a fresh build of sources/" in result.output


def test_validate_reports_a_broken_anchor_by_table_row_and_field(project):
    quotes = project.build / "quotes.csv"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("it’s necessary", "it is necessary"), encoding="utf-8")
    result = run(project, "validate")
    assert result.exit_code == 1
    assert "quotes, row 5, field text: does not match 000_185a73e93ce09b0f/article.txt[978:1018]" in result.output


def test_validate_reports_a_broken_foreign_key(project):
    claims = project.build / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace(",vladimir-putin,", ",vladimir-poutine,", 1),
                      encoding="utf-8")
    result = run(project, "validate")
    assert result.exit_code == 1
    assert "claims, row" in result.output and "violates the foreign key" in result.output


def test_bad_curation_stops_the_build_and_writes_nothing(project):
    before = digests(project.build)
    curation = project.sources / SEED_ID / "curation.yaml"
    curation.write_text("- {op: drop, table: claims, anchor: words that are not there}\n", encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 2
    assert "curation.yaml, entry 1 (drop claims): anchor 'words that are not there' matches nothing" in result.output
    assert "Traceback" not in result.output
    assert digests(project.build) == before


def test_not_a_project_folder(tmp_path):
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "build"])
    assert result.exit_code == 2
    assert "is missing: this is not a newsledger project folder" in result.output


@pytest.mark.parametrize("command", ["build", "validate", "query", "add"])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_an_invalid_build_is_never_published(project):
    import pyarrow as pa

    from newsledger.errors import NewsledgerError
    from newsledger.metadata import load_package
    from newsledger.pipeline import make_tables
    from newsledger.publish import publish

    before = digests(project.build)
    tables = make_tables(project)
    quotes = tables["quotes"]
    column = quotes.schema.get_field_index("kind")
    tables["quotes"] = quotes.set_column(column, quotes.schema.field(column),
                                         pa.array(["hearsay"] * quotes.num_rows, pa.string()))
    with pytest.raises(NewsledgerError) as error:
        publish(load_package(project.descriptor), tables, project.build)
    assert "the new build is not valid, so it was not published" in error.value.message
    assert "quotes, row 2, field kind" in error.value.message
    assert digests(project.build) == before
    assert not (project.root / ".build.new").exists()
