"""Bad input gets one clear message naming the file (and entry), exit code 2, no traceback, and
leaves build/ and sources/ exactly as they were. README.md lists every case with its message."""

import hashlib
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main

from conftest import REPO, SEED_ID

SEED = Path("sources") / SEED_ID


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def set_article(root: Path, raw: bytes) -> None:
    """Replace the seed's text and record its checksum, so the text itself is what is judged."""
    (root / SEED / "article.txt").write_bytes(raw)
    provenance = root / SEED / "source.yaml"
    text = provenance.read_text(encoding="utf-8")
    provenance.write_text(re.sub(r"text_sha256: \w+", f"text_sha256: {hashlib.sha256(raw).hexdigest()}", text),
                          encoding="utf-8")


def edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


ARTICLE = "sources/000_185a73e93ce09b0f/article.txt"
PROVENANCE = "sources/000_185a73e93ce09b0f/source.yaml"
CURATION = "sources/000_185a73e93ce09b0f/curation.yaml"
ACTORS = "sources/actors.yaml"
TEXT = (REPO / ARTICLE).read_bytes()


def new_folder(root: Path, name: str) -> None:
    shutil.copytree(root / SEED, root / "sources" / name)


# (case id, what the maintainer did, file the message names, words of the message)
BUILD_CASES = [
    ("article-not-utf8", lambda r: set_article(r, b"Caf\xe9 talks\n"), ARTICLE, "is not UTF-8 (byte 3)"),
    ("article-bom", lambda r: set_article(r, b"\xef\xbb\xbf" + TEXT), ARTICLE, "starts with a byte-order mark"),
    ("article-crlf", lambda r: set_article(r, TEXT.replace(b"\n", b"\r\n")), ARTICLE, "has CR or CRLF line ends"),
    ("article-cr", lambda r: set_article(r, TEXT.replace(b"\n", b"\r")), ARTICLE, "has CR or CRLF line ends"),
    ("article-nul", lambda r: set_article(r, TEXT[:50] + b"\x00" + TEXT[50:]), ARTICLE, "holds a NUL byte"),
    ("article-empty", lambda r: set_article(r, b""), ARTICLE, "is empty"),
    ("article-whitespace", lambda r: set_article(r, b" \n\t\n"), ARTICLE, "holds only white space"),
    ("article-50mb", lambda r: set_article(r, b"word " * (10 * 1024 * 1024)), ARTICLE, "is 50 MB; an article is at most 1,000,000 characters"),
    ("article-too-long", lambda r: set_article(r, b"word " * 250_000), ARTICLE,
     "is 1,250,000 characters; an article is at most 1,000,000"),
    ("article-changed", lambda r: (r / ARTICLE).write_bytes(TEXT + b"More.\n"), PROVENANCE,
     "text_sha256 does not match article.txt"),
    ("article-nfd", lambda r: set_article(r, "Le président a parlé.\n".encode().replace("é".encode(), "e\u0301".encode())),
     ARTICLE, "is not in Unicode NFC form"),
    ("source-yaml-missing", lambda r: (r / PROVENANCE).unlink(), PROVENANCE, "file is missing"),
    ("source-yaml-not-yaml", lambda r: (r / PROVENANCE).write_text("title: [unclosed\n", encoding="utf-8"),
     PROVENANCE, "is not valid YAML"),
    ("source-yaml-not-mapping", lambda r: (r / PROVENANCE).write_text("- a\n- b\n", encoding="utf-8"),
     PROVENANCE, "must be a YAML mapping of keys to values, found a list"),
    ("source-yaml-unknown-key", lambda r: append(r, PROVENANCE, "author: someone\n"), PROVENANCE, "unknown key(s): author"),
    ("source-yaml-missing-key", lambda r: edit(r, PROVENANCE, "language: en\n", ""), PROVENANCE, "missing key(s): language"),
    ("source-yaml-bad-date", lambda r: edit(r, PROVENANCE, "published: 2023-12-07", "published: last Thursday"),
     PROVENANCE, "`published` is not a date: 'last Thursday'"),
    ("source-yaml-future-date", lambda r: edit(r, PROVENANCE, "published: 2023-12-07", "published: 2999-01-01"),
     PROVENANCE, "`published` is in the future: 2999-01-01"),
    ("source-yaml-bad-url", lambda r: edit(r, PROVENANCE, "url: ''", "url: aljazeera dot com"),
     PROVENANCE, "`url` is not a web address: 'aljazeera dot com'"),
    ("source-yaml-duplicate-key", lambda r: append(r, PROVENANCE, "language: fr\n"), PROVENANCE,
     "key 'language' appears twice"),
    ("source-id-upper-case", lambda r: new_folder(r, "Story"), "sources/Story", "source id 'Story' is not a lowercase slug"),
    ("source-id-spaces", lambda r: new_folder(r, "my story"), "sources/my story", "source id 'my story' is not a lowercase slug"),
    ("source-id-collision", lambda r: (new_folder(r, "story-1"), new_folder(r, "story_1")), "sources/story_1",
     "source id collides with 'story-1'"),
    ("source-symlink-outside", lambda r: os.symlink(r.parent / "elsewhere", r / "sources" / "linked")
     if (r.parent / "elsewhere").mkdir() is None else None, "sources/linked",
     "is a symbolic link to a folder outside sources/"),
    ("curation-malformed", lambda r: append(r, CURATION, "- op: [\n"), CURATION, "is not valid YAML"),
    ("curation-unknown-op", lambda r: append(r, CURATION, "- {op: rename, table: events, anchor: Putin}\n"),
     CURATION, "unknown operation 'rename'"),
    ("curation-anchor-nothing", lambda r: append(r, CURATION, "- {op: drop, table: claims, anchor: Putin laughed}\n"),
     CURATION, "anchor 'Putin laughed' matches nothing"),
    ("curation-anchor-several", lambda r: append(r, CURATION, "- {op: drop, table: mentions, anchor: Putin}\n"),
     CURATION, "anchor 'Putin' matches 9 places"),
    ("curation-unknown-actor", lambda r: append(r, CURATION, "- {op: fix, table: quotes, anchor: genocide, set: {speaker_id: raisi}}\n"),
     CURATION, "speaker_id: no actor 'raisi'"),
    ("curation-unknown-row", lambda r: append(r, CURATION, "- {op: fix, table: quotes, anchor: Putin hosted Raisi, set: {kind: direct}}\n"),
     CURATION, "no quotes row at 'Putin hosted Raisi'"),
    ("curation-unknown-field", lambda r: append(r, CURATION, "- {op: fix, table: events, anchor: Putin hosted Raisi on Thursday, set: {venue: Kremlin}}\n"),
     CURATION, "events has no settable field(s) venue"),
    ("curation-bad-enum", lambda r: append(r, CURATION, "- {op: fix, table: events, anchor: Putin hosted Raisi on Thursday, set: {event_type: MEET}}\n"),
     CURATION, "event_type: 'MEET' is not one of"),
    ("curation-bad-date", lambda r: append(r, CURATION, "- {op: fix, table: events, anchor: Putin hosted Raisi on Thursday, set: {date_start: 2023-13-45}}\n"),
     CURATION, "date_start: '2023-13-45' is not a date"),
    ("actors-duplicate-alias", lambda r: edit(r, ACTORS, "names: [Ukraine]", "names: [Ukraine, Putin]"), ACTORS,
     "alias 'Putin' is claimed by both 'vladimir-putin' and 'ukraine'"),
    ("actors-bad-wikidata", lambda r: edit(r, ACTORS, "wikidata_qid: Q801", "wikidata_qid: 801"), ACTORS,
     "wikidata_qid '801' is not a Wikidata id"),
    ("actors-bad-country", lambda r: edit(r, ACTORS, "country: ISR", "country: IL"), ACTORS,
     "country 'IL' is not an ISO 3166-1 alpha-3 code"),
    ("actors-bad-kind", lambda r: edit(r, ACTORS, "kind: organization\n  country: PSE", "kind: militia\n  country: PSE"),
     ACTORS, "kind 'militia' is not one of person, state, organization, group"),
]


@pytest.mark.parametrize("case, damage, file, message", BUILD_CASES, ids=[c[0] for c in BUILD_CASES])
def test_bad_input_stops_the_build_cleanly(project, case, damage, file, message):
    damage(project.root)
    build_before, sources_before = tree_digest(project.build), tree_digest(project.sources)
    result = CliRunner().invoke(main, ["--root", str(project.root), "build"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.output
    assert file in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Error:")]) == 1
    assert tree_digest(project.build) == build_before
    assert tree_digest(project.sources) == sources_before


ADD_CASES = [
    ("add-id-dots", ["--id", ".."], "source id '..' is not a lowercase slug"),
    ("add-id-slash", ["--id", "a/b"], "source id 'a/b' is not a lowercase slug"),
    ("add-id-collision", ["--id", "000-185a73e93ce09b0f"], "a source with this id already exists (000_185a73e93ce09b0f)"),
    ("add-future-date", ["--published", "2999-01-01"], "--published 2999-01-01 is in the future"),
    ("add-bad-url", ["--url", "www.example.org/story"], "`url` is not a web address"),
]


@pytest.mark.parametrize("case, options, message", ADD_CASES, ids=[c[0] for c in ADD_CASES])
def test_bad_input_to_add(project, tmp_path, case, options, message):
    article = tmp_path / "story.txt"
    article.write_text("Putin met Raisi.\n", encoding="utf-8")
    before = tree_digest(project.sources)
    arguments = ["--root", str(project.root), "add", str(article), "--published", "2023-12-07", *options]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert tree_digest(project.sources) == before


def unsafe_archive(path: Path, kind: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("datapackage.json", '{"resources": [], "files": []}')
        if kind == "dotdot":
            archive.writestr("../outside.csv", "x")
        elif kind == "absolute":
            archive.writestr("/etc/outside.csv", "x")
        elif kind == "symlink":
            info = zipfile.ZipInfo("build/link.csv")
            info.external_attr = 0o120777 << 16
            archive.writestr(info, "/etc/passwd")
        else:
            archive.writestr("build/unlisted.csv", "x")


VERIFY_CASES = [
    ("verify-dotdot", "dotdot", "entry '../outside.csv' points outside the archive"),
    ("verify-absolute", "absolute", "entry '/etc/outside.csv' points outside the archive"),
    ("verify-symlink", "symlink", "entry 'build/link.csv' is a symbolic link"),
    ("verify-unlisted", "unlisted", "entry 'build/unlisted.csv' is not listed in its datapackage.json"),
]


@pytest.mark.parametrize("case, kind, message", VERIFY_CASES, ids=[c[0] for c in VERIFY_CASES])
def test_unsafe_archives_are_refused(tmp_path, case, kind, message):
    archive = tmp_path / "newsledger-9.9.9.zip"
    unsafe_archive(archive, kind)
    result = CliRunner().invoke(main, ["verify", str(archive)])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (tmp_path / "outside.csv").exists()


def test_readme_lists_every_case():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for case in [c[0] for c in BUILD_CASES] + [c[0] for c in ADD_CASES] + [c[0] for c in VERIFY_CASES]:
        assert f"`{case}`" in readme, case
