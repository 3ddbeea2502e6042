"""Releases: two releases cut in a temporary git repository, the second after adding a source and
correcting a row; bump, changelog, diff, reproducible archive, verify, refusals."""

import datetime as dt
import json
import shutil
import subprocess
import zipfile

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.release import write_release_files
from newsledger.sources import add_source

from conftest import REPO, SEED_ID

SECOND_ARTICLE = ("Putin meets Lukashenko in Minsk\n\n"
                  "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk on Tuesday.\n"
                  "“Our union is strong,” Putin told reporters.\n")


@pytest.fixture
def repo(project, monkeypatch):
    for key, value in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                       "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}.items():
        monkeypatch.setenv(key, value)
    shutil.copy(REPO / "README.md", project.root)
    shutil.copy(REPO / ".gitignore", project.root)
    git(project, "init", "--quiet", "--initial-branch=main")
    git(project, "add", ".")
    git(project, "commit", "--quiet", "-m", "start")
    return project


def git(project, *args):
    return subprocess.run(["git", "-C", str(project.root), *args], check=True, capture_output=True, text=True).stdout


def cli(project, *args):
    return CliRunner().invoke(main, ["--root", str(project.root), *args])


def second_release_changes(project, tmp_path):
    article = tmp_path / "minsk.txt"
    article.write_text(SECOND_ARTICLE, encoding="utf-8")
    add_source(project.sources, article, published=dt.date(2023, 12, 12))
    curation = project.sources / SEED_ID / "curation.yaml"
    curation.write_text(curation.read_text(encoding="utf-8") + (
        "\n- op: fix\n  table: events\n  anchor: hosting a Hamas delegation in Moscow in October\n"
        "  set: {summary: Russia hosted a Hamas delegation in Moscow}\n"), encoding="utf-8")
    assert cli(project, "build").exit_code == 0
    git(project, "add", ".")
    git(project, "commit", "--quiet", "-m", "Add the Minsk story; correct a summary")


def test_two_releases(repo, tmp_path):
    first = cli(repo, "release")
    assert first.exit_code == 0, first.output
    assert "releasing 0.1.0" in first.output and "first release" in first.output
    assert git(repo, "tag", "--list").split() == ["v0.1.0"]
    archive = repo.root / "dist" / "newsledger-0.1.0.zip"
    assert (repo.root / "dist" / "newsledger-0.1.0.zip.sha256").read_text().startswith(
        __import__("hashlib").sha256(archive.read_bytes()).hexdigest())
    assert (repo.root / "dist" / "newsledger-0.1.0.duckdb.sha256").exists()

    # the same release built again gives the same archive, byte for byte
    again = write_release_files(repo, tmp_path / "again")
    assert again.archive.read_bytes() == archive.read_bytes()

    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        descriptor = json.loads(opened.read("datapackage.json"))
    assert {"datapackage.json", "README.md", "CHANGELOG.md", "docs/codebook.md", "build/events.csv",
            "build/events.parquet"} <= names
    assert descriptor["version"] == "0.1.0"
    assert all(r["hash"].startswith("sha256:") and r["bytes"] > 0 for r in descriptor["resources"])

    verified = cli(repo, "verify", str(archive))
    assert verified.exit_code == 0, verified.output

    # refusals: nothing changed; uncommitted changes; a build that no longer equals the sources
    assert "nothing has changed since v0.1.0" in cli(repo, "release").output
    curation = repo.sources / SEED_ID / "curation.yaml"
    original = curation.read_text(encoding="utf-8")
    curation.write_text(original.replace("Israel attacked Gaza", "Israel struck Gaza"), encoding="utf-8")
    dirty = cli(repo, "release")
    assert dirty.exit_code == 2 and "uncommitted changes" in dirty.output
    git(repo, "commit", "--quiet", "-am", "edit curation without rebuilding")
    stale = cli(repo, "release")
    assert stale.exit_code == 2 and "`newsledger validate` fails" in stale.output
    curation.write_text(original, encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "undo")

    second_release_changes(repo, tmp_path)
    proposal = cli(repo, "release", "--dry-run")
    assert "would release 0.2.0 (minor bump from v0.1.0)" in proposal.output
    assert "sources: 1 new row(s) (minor)" in proposal.output
    assert "events: 1 corrected row(s) (patch)" in proposal.output
    second = cli(repo, "release")
    assert second.exit_code == 0, second.output

    changelog = (repo.root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert "Proposed bump: **minor**" in changelog
    assert "| `summary` | Hamas visited Russia | Russia hosted a Hamas delegation in Moscow |" in changelog
    assert "| `origin` | extracted | curated |" in changelog

    difference = json.loads(cli(repo, "diff", "v0.1.0", "v0.2.0", "--format", "json").output)
    events = next(t for t in difference["tables"] if t["table"] == "events")
    assert [c["fields"] for c in events["changed"]] == [
        [{"field": "summary", "old": "Hamas visited Russia", "new": "Russia hosted a Hamas delegation in Moscow"},
         {"field": "origin", "old": "extracted", "new": "curated"}]]
    sources = next(t for t in difference["tables"] if t["table"] == "sources")
    assert sources["added"] == [["minsk"]]
    assert difference["bump"]["level"] == "minor"
    from_archives = cli(repo, "diff", str(archive), str(repo.root / "dist" / "newsledger-0.2.0.zip"), "--format", "json")
    assert json.loads(from_archives.output)["tables"] == difference["tables"]

    # the data of each release can be read back from build/ at its tag
    assert "minsk" not in git(repo, "show", "v0.1.0:build/sources.csv")
    assert "minsk" in git(repo, "show", "v0.2.0:build/sources.csv")

    # a version that exists (here a tag on a side branch) is refused
    git(repo, "checkout", "--quiet", "-b", "side", "v0.1.0")
    git(repo, "commit", "--quiet", "--allow-empty", "-m", "side work")
    git(repo, "tag", "v0.3.0")
    git(repo, "checkout", "--quiet", "main")
    curation.write_text(curation.read_text(encoding="utf-8") + (
        "\n- op: add\n  table: mentions\n  anchor: {text: which, prefix: 'Hamas, '}\n"
        "  set: {actor_id: hamas, form: pronoun}\n"), encoding="utf-8")
    assert cli(repo, "build").exit_code == 0
    git(repo, "commit", "--quiet", "-am", "one more mention")
    refused = cli(repo, "release")
    assert refused.exit_code == 2, refused.output
    assert "version 0.3.0 already exists" in refused.output


def test_verify_reports_a_changed_byte_by_file(repo, tmp_path):
    files = write_release_files(repo, tmp_path / "dist")
    data = bytearray(files.archive.read_bytes())
    with zipfile.ZipFile(files.archive) as opened:
        info = opened.getinfo("build/mentions.csv")
    data[info.header_offset + 30 + len(info.filename) + 10] ^= 0x01
    broken = tmp_path / "broken" / files.archive.name
    broken.parent.mkdir()
    broken.write_bytes(bytes(data))
    result = cli(repo, "verify", str(broken))
    assert result.exit_code == 1
    assert "build/mentions.csv" in result.output


def test_verify_extracted_release_with_an_extra_and_a_changed_file(repo, tmp_path):
    files = write_release_files(repo, tmp_path / "dist")
    folder = tmp_path / "extracted"
    with zipfile.ZipFile(files.archive) as opened:
        opened.extractall(folder)
    assert cli(repo, "verify", str(folder)).exit_code == 0
    (folder / "notes.txt").write_text("extra", encoding="utf-8")
    readme = folder / "README.md"
    readme.write_bytes(readme.read_bytes() + b" ")
    result = cli(repo, "verify", str(folder))
    assert result.exit_code == 1
    assert "notes.txt: is not listed in datapackage.json" in result.output
    assert "README.md: does not match its bytes and sha256 in datapackage.json" in result.output


@pytest.mark.parametrize("name", ["../evil.csv", "/etc/evil.csv"])
def test_verify_refuses_entries_outside_the_archive(tmp_path, name):
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr("datapackage.json", "{}")
        opened.writestr(name, "x")
    result = CliRunner().invoke(main, ["verify", str(archive)])
    assert result.exit_code == 2 and "points outside the archive" in result.output
