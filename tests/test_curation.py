"""Curation: rows added, dropped and fixed by anchors on the text; bad entries stop the build."""

import pytest
import yaml

from newsledger.curate import curate
from newsledger.errors import NewsledgerError
from newsledger.metadata import load_package

from conftest import REPO


@pytest.fixture
def package():
    return load_package(REPO / "datapackage.json")


def apply(source, extraction, package, registry, entries):
    source.curation_path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return curate(source, extraction, package, set(registry.actors) | set(extraction.new_actors))


TEXT = ("Vladimir Putin met Ebrahim Raisi in Moscow on Thursday.\n"
        "Putin said Iran was a partner. Putin said Iran was a partner.\n")


def test_add_fix_and_drop_mark_rows_curated(make_source, package, registry):
    source, extraction = make_source(TEXT)
    curated = apply(source, extraction, package, registry, [
        {"op": "fix", "table": "events", "anchor": "Vladimir Putin met Ebrahim Raisi in Moscow on Thursday",
         "set": {"summary": "Putin and Raisi met", "participants": {"actor": ["vladimir-putin", "ebrahim-raisi"]}}},
        {"op": "drop", "table": "claims", "anchor": {"text": "Iran was a partner", "occurrence": 2}},
        {"op": "add", "table": "mentions", "anchor": {"text": "a partner", "occurrence": 1},
         "set": {"actor_id": "iran", "form": "nominal"}},
    ])
    meeting = curated.events[0]
    assert (meeting.summary, meeting.origin) == ("Putin and Raisi met", "curated")
    assert meeting.participant_key() == (("ebrahim-raisi", "actor"), ("vladimir-putin", "actor"))
    assert len(curated.claims) == len(extraction.claims) - 1
    added = [m for m in curated.mentions if m.origin == "curated"]
    assert len(added) == 1 and added[0].span.text == "a partner" and TEXT.index("a partner") == added[0].span.start
    assert all(m.origin == "extracted" for m in extraction.mentions), "the extraction itself is left unchanged"


@pytest.mark.parametrize("entry, message", [
    ({"op": "drop", "table": "claims", "anchor": "Iran is an enemy"}, "anchor 'Iran is an enemy' matches nothing"),
    ({"op": "drop", "table": "claims", "anchor": "Iran was a partner"}, "anchor 'Iran was a partner' matches 2 places"),
    ({"op": "rename", "table": "claims", "anchor": "Iran"}, "unknown operation 'rename'"),
    ({"op": "fix", "table": "events", "anchor": "Vladimir Putin met Ebrahim Raisi", "set": {"colour": "red"}},
     "events has no settable field(s) colour"),
    ({"op": "fix", "table": "events", "anchor": "Vladimir Putin met Ebrahim Raisi", "set": {"event_type": "MEET"}},
     "event_type: 'MEET' is not one of"),
    ({"op": "fix", "table": "events", "anchor": "Vladimir Putin met Ebrahim Raisi", "set": {"date_start": "Thursday"}},
     "date_start: 'Thursday' is not a date"),
    ({"op": "fix", "table": "quotes", "anchor": "Moscow", "set": {"speaker_id": "nobody"}}, "speaker_id: no actor 'nobody'"),
    ({"op": "fix", "table": "quotes", "anchor": "Moscow"}, "no quotes row at 'Moscow'"),
])
def test_bad_entries_name_file_entry_and_wording(make_source, package, registry, entry, message):
    source, extraction = make_source(TEXT)
    with pytest.raises(NewsledgerError) as error:
        apply(source, extraction, package, registry, [entry])
    text = error.value.message
    assert str(source.curation_path) in text
    assert "entry 1" in text
    assert message in text


def test_not_a_list(make_source, package, registry):
    source, extraction = make_source(TEXT)
    source.curation_path.write_text("op: add\n", encoding="utf-8")
    with pytest.raises(NewsledgerError, match="must be a YAML list"):
        curate(source, extraction, package, set(registry.actors))
