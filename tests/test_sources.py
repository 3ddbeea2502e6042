"""Sources and the registry: provenance, checksums, ids, and clear errors."""

import hashlib

import pytest
import yaml
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.errors import NewsledgerError
from newsledger.registry import load_registry
from newsledger.sources import load_source

from conftest import REPO, SEED_ID


def test_seed_is_stored_exactly_as_received(seed):
    shared = REPO.parent / "shared" / "seed" / f"{SEED_ID}.txt"
    if shared.exists():
        assert (REPO / "sources" / SEED_ID / "article.txt").read_bytes() == shared.read_bytes()
    assert "\u00a0" in seed.text
    assert seed.published.isoformat() == "2023-12-07"
    assert (seed.publisher, seed.url) == ("", "")


def test_add_creates_a_source_with_id_and_checksum(project, tmp_path):
    article = tmp_path / "Putin Visits UAE.txt"
    article.write_bytes("Putin visited the UAE.\n".encode("utf-8"))
    result = CliRunner().invoke(main, ["--root", str(project.root), "add", str(article), "--published", "2023-12-06",
                                       "--publisher", "Example Wire"])
    assert result.exit_code == 0, result.output
    assert "added sources/putin-visits-uae" in result.output
    source = load_source(project.sources / "putin-visits-uae")
    assert source.text_sha256 == hashlib.sha256(article.read_bytes()).hexdigest()
    assert (source.title, source.publisher, source.url) == ("Putin visited the UAE.", "Example Wire", "")
    again = CliRunner().invoke(main, ["--root", str(project.root), "add", str(article), "--published", "2023-12-06"])
    assert again.exit_code == 2 and "a source with this id already exists" in again.output


def test_changed_text_without_new_checksum_says_how_to_accept_it(project):
    folder = project.sources / SEED_ID
    (folder / "article.txt").write_text("changed", encoding="utf-8")
    with pytest.raises(NewsledgerError) as error:
        load_source(folder)
    assert "text_sha256 does not match article.txt" in error.value.message
    assert f"set text_sha256: {hashlib.sha256(b'changed').hexdigest()}" in error.value.message


def write_registry(tmp_path, data):
    path = tmp_path / "actors.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("data, message", [
    ({"a": {"name": "A", "kind": "state", "names": ["X"]}, "b": {"name": "B", "kind": "state", "names": ["X"]}},
     "alias 'X' is claimed by both 'a' and 'b'"),
    ({"a": {"name": "A", "kind": "state", "wikidata_qid": "Q0"}}, "wikidata_qid 'Q0' is not a Wikidata id"),
    ({"a": {"name": "A", "kind": "state", "country": "Russia"}}, "country 'Russia' is not an ISO 3166-1 alpha-3 code"),
    ({"a": {"name": "A", "kind": "city"}}, "kind 'city' is not one of"),
])
def test_registry_errors(tmp_path, data, message):
    with pytest.raises(NewsledgerError, match=message):
        load_registry(write_registry(tmp_path, data))


def test_registry_wikidata_ids_only_where_certain(registry):
    qids = {actor_id: actor.wikidata_qid for actor_id, actor in registry.actors.items() if actor.wikidata_qid}
    assert qids == {"vladimir-putin": "Q7747", "russia": "Q159", "iran": "Q794", "israel": "Q801",
                    "united-states": "Q30"}


def test_a_slug_keeps_letters_that_unicode_does_not_decompose():
    from newsledger.sources import slugify
    assert [slugify(name) for name in ("Nikola Đorđević", "Jonas Gahr Støre", "Lech Wałęsa", "Strauß")] == [
        "nikola-dordevic", "jonas-gahr-store", "lech-walesa", "strauss"]
