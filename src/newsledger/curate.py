"""Stage 3: curate. A person's corrections (sources/<id>/curation.yaml) applied to the extractor's
rows: add what it missed, drop what is wrong, fix fields. Every entry is anchored to the text by
its exact wording, never by offsets, so it survives changes to the extractor."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError
from newsledger.extract.records import (CURATED, Claim, DateInterval, Event, Extraction, Mention, Participant,
                                        Quote, Span)
from newsledger.metadata import Package
from newsledger.sources import Source
from newsledger.yamlio import read_yaml

OPERATIONS = ("add", "drop", "fix")
ANCHOR_KEYS = {"text", "prefix", "suffix", "occurrence"}
ENTRY_KEYS = {"op", "table", "anchor", "match", "set", "note"}
# Fields a curation entry may set, per table; everything else is derived from the anchor.
SETTABLE = {
    "mentions": {"actor_id", "form"},
    "quotes": {"speaker_id", "addressee_id", "kind", "cue", "translated"},
    "claims": {"claimant_id", "claim", "attribution", "cue"},
    "events": {"event_type", "event_mode", "summary", "date_start", "date_end", "date_precision", "date_text",
               "location", "participants"},
}
REQUIRED_ON_ADD = {
    "mentions": {"actor_id", "form"},
    "quotes": {"speaker_id", "kind"},
    "claims": {"claimant_id", "attribution", "cue"},
    "events": {"event_type", "summary", "participants"},
}
ACTOR_FIELDS = {"actor_id", "speaker_id", "addressee_id", "claimant_id"}


@dataclass(frozen=True)
class Entry:
    number: int
    data: dict[str, Any]
    path: Path

    @property
    def label(self) -> str:
        return f"entry {self.number} ({self.data.get('op')} {self.data.get('table')})"

    def fail(self, problem: str, hint: str = "") -> NewsledgerError:
        return NewsledgerError(self.path, problem, entry=self.label, hint=hint)


def load_curation(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    data = read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise NewsledgerError(path, "must be a YAML list of entries", hint="start each entry with '- op: …'")
    entries = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise NewsledgerError(path, "an entry must be a mapping", entry=f"entry {number}",
                                  hint="write it as op, table, anchor and set keys")
        entries.append(Entry(number, item, path))
    return entries


def _anchor_span(entry: Entry, source: Source) -> tuple[int, int]:
    anchor = entry.data.get("anchor")
    if isinstance(anchor, str):
        anchor = {"text": anchor}
    if not isinstance(anchor, dict) or not anchor.get("text"):
        raise entry.fail("has no anchor text", hint="give `anchor: {text: <exact words from article.txt>}`")
    unknown = set(anchor) - ANCHOR_KEYS
    if unknown:
        raise entry.fail(f"anchor has unknown key(s): {', '.join(sorted(unknown))}",
                         hint=f"allowed: {', '.join(sorted(ANCHOR_KEYS))}")
    text, prefix, suffix = str(anchor["text"]), str(anchor.get("prefix", "")), str(anchor.get("suffix", ""))
    article = source.text
    starts, at = [], article.find(text)
    while at != -1:
        if article[max(0, at - len(prefix)):at] == prefix and article[at + len(text):at + len(text) + len(suffix)] == suffix:
            starts.append(at)
        at = article.find(text, at + 1)
    occurrence = anchor.get("occurrence")
    if occurrence is not None:
        if not isinstance(occurrence, int) or not 1 <= occurrence <= len(starts):
            raise entry.fail(f"anchor {text!r} has {len(starts)} match(es); occurrence {occurrence!r} does not exist",
                             hint=f"give an occurrence from 1 to {len(starts)}" if starts else "check the wording")
        starts = [starts[occurrence - 1]]
    if not starts:
        raise entry.fail(f"anchor {text!r} matches nothing in {source.folder / 'article.txt'}",
                         hint="copy the words exactly as they stand in article.txt (quotation marks and spaces included)")
    if len(starts) > 1:
        raise entry.fail(f"anchor {text!r} matches {len(starts)} places",
                         hint="add a prefix, a suffix or an occurrence number to pick one")
    return starts[0], starts[0] + len(text)


class Curator:
    """Applies one source's entries to its extraction."""

    def __init__(self, source: Source, extraction: Extraction, package: Package, known_actors: set[str]):
        self.source, self.extraction, self.package = source, extraction, package
        self.known_actors = known_actors

    def rows(self, table: str) -> list[Any]:
        return getattr(self.extraction, table)

    def check_fields(self, entry: Entry, table: str, fields: dict[str, Any]) -> None:
        unknown = set(fields) - SETTABLE[table]
        if unknown:
            raise entry.fail(f"{table} has no settable field(s) {', '.join(sorted(unknown))}",
                             hint=f"settable: {', '.join(sorted(SETTABLE[table]))}")
        schema = {field["name"]: field for field in self.package.table(table).fields}
        for name, value in fields.items():
            if name in ACTOR_FIELDS and value and value not in self.known_actors:
                raise entry.fail(f"{name}: no actor {value!r}", hint="use an actor_id from sources/actors.yaml")
            enum = schema.get(name, {}).get("constraints", {}).get("enum")
            if enum and value not in enum:
                raise entry.fail(f"{name}: {value!r} is not one of {', '.join(enum)}",
                                 hint="docs/codebook.md says what each value means")
            if schema.get(name, {}).get("type") == "date" and value not in (None, ""):
                try:
                    dt.date.fromisoformat(str(value))
                except ValueError:
                    raise entry.fail(f"{name}: {value!r} is not a date", hint="write YYYY-MM-DD") from None
            if name == "translated" and not isinstance(value, bool):
                raise entry.fail("translated must be true or false", hint="write true or false, unquoted")
        if "participants" in fields:
            self.participants(entry, fields["participants"])

    def participants(self, entry: Entry, value: Any) -> list[Participant]:
        if not isinstance(value, dict) or set(value) - {"actor", "recipient"}:
            raise entry.fail("participants must map `actor` and/or `recipient` to lists of actor ids",
                             hint="e.g. participants: {actor: [vladimir-putin], recipient: [iran]}")
        people = []
        for role in ("actor", "recipient"):
            for actor_id in value.get(role) or []:
                if actor_id not in self.known_actors:
                    raise entry.fail(f"participants: no actor {actor_id!r}", hint="use an actor_id from sources/actors.yaml")
                people.append(Participant(actor_id, role))
        return people

    def apply(self, entry: Entry) -> None:
        op, table = entry.data.get("op"), entry.data.get("table")
        unknown = set(entry.data) - ENTRY_KEYS
        if unknown:
            raise entry.fail(f"unknown key(s): {', '.join(sorted(unknown))}", hint=f"allowed: {', '.join(sorted(ENTRY_KEYS))}")
        if op not in OPERATIONS:
            raise entry.fail(f"unknown operation {op!r}", hint=f"use one of {', '.join(OPERATIONS)}")
        if table not in SETTABLE:
            raise entry.fail(f"unknown table {table!r}", hint=f"use one of {', '.join(SETTABLE)}")
        fields = entry.data.get("set") or {}
        if not isinstance(fields, dict):
            raise entry.fail("`set` must be a mapping of field: value", hint="e.g. set: {summary: …}")
        self.check_fields(entry, table, fields)
        start, end = _anchor_span(entry, self.source)
        span = Span(start, end, self.source.text[start:end], self.extraction.sentence_at(start))
        if op == "add":
            missing = REQUIRED_ON_ADD[table] - set(fields)
            if missing:
                raise entry.fail(f"adding a row to {table} needs {', '.join(sorted(missing))}",
                                 hint="give them under `set`")
            row = self.new_row(entry, table, span, fields)
            if any(_same_row(row, other) for other in self.rows(table)):
                raise entry.fail(f"{table} already has this row at {span.text!r}",
                                 hint="use op: fix to change it, or op: drop to remove it")
            self.rows(table).append(row)
            return
        matches = [row for row in self.rows(table) if (row.span.start, row.span.end) == (start, end)
                   and all(str(_field(row, k)) == str(v) for k, v in (entry.data.get("match") or {}).items())]
        if not matches:
            raise entry.fail(f"no {table} row at {span.text!r}",
                             hint="anchor the exact words of the row (see its `text` in build/), or use op: add")
        if len(matches) > 1:
            raise entry.fail(f"{len(matches)} {table} rows at {span.text!r}", hint="add `match: {field: value}` to pick one")
        row = matches[0]
        if op == "drop":
            self.rows(table).remove(row)
        else:
            self.update(entry, row, fields)

    def new_row(self, entry: Entry, table: str, span: Span, fields: dict[str, Any]) -> Any:
        if table == "mentions":
            row: Any = Mention(span, fields["actor_id"], fields["form"], origin=CURATED)
        elif table == "quotes":
            row = Quote(span, fields["speaker_id"], origin=CURATED, kind=fields["kind"])
        elif table == "claims":
            quote = next((q.span for q in self.extraction.quotes if q.span.start < span.end and span.start < q.span.end), None)
            row = Claim(span, fields["claimant_id"], span.text, fields["attribution"], fields["cue"], quote, origin=CURATED)
        else:
            row = Event(span, fields["event_type"], origin=CURATED)
        self.update(entry, row, fields)
        return row

    def update(self, entry: Entry, row: Any, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            if name == "participants":
                row.participants = self.participants(entry, value)
            elif name.startswith("date_"):
                row.date = _with_date_field(row.date, name, value)
            else:
                setattr(row, name, value if value is not None else "")
        row.origin = CURATED


def _same_row(row: Any, other: Any) -> bool:
    """Two rows that would get the same id: same span and, where it is part of the id, same
    actor, claimant or event type."""
    identity = ("actor_id", "claimant_id", "event_type")
    return row.span == other.span and all(getattr(row, k, None) == getattr(other, k, None) for k in identity)


def _field(row: Any, name: str) -> Any:
    if name.startswith("date_"):
        return getattr(row.date, name.removeprefix("date_"))
    return getattr(row, name)


def _with_date_field(date: DateInterval, name: str, value: Any) -> DateInterval:
    key = name.removeprefix("date_")
    if key in ("start", "end"):
        value = dt.date.fromisoformat(str(value)) if value not in (None, "") else None
    return replace(date, **{key: value if value is not None else ""})


def curate(source: Source, extraction: Extraction, package: Package, known_actors: set[str]) -> Extraction:
    """The extraction with the source's curation applied, in the file's order."""
    curator = Curator(source, copy.deepcopy(extraction), package, known_actors)
    for entry in load_curation(source.curation_path):
        curator.apply(entry)
    return curator.extraction
