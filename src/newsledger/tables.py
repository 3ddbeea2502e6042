"""Stage 4: tables. Curated extractions in, one Arrow table per resource out, with stable ids."""

from __future__ import annotations

import hashlib
from typing import Any

import pyarrow as pa

from newsledger.errors import NewsledgerError
from newsledger.extract.records import Extraction
from newsledger.metadata import Package
from newsledger.registry import Actor, Registry
from newsledger.sources import Source


def stable_id(prefix: str, *parts: object) -> str:
    """`prefix-` and 12 hex digits of SHA-256 over the parts joined by ':' (see README, Ids)."""
    digest = hashlib.sha256(":".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


def mention_id(source_id: str, start: int, end: int, actor_id: str) -> str:
    return stable_id("m", source_id, start, end, actor_id)


def event_id(source_id: str, start: int, end: int, event_type: str) -> str:
    return stable_id("e", source_id, start, end, event_type)


def quote_id(source_id: str, start: int, end: int) -> str:
    return stable_id("q", source_id, start, end)


def claim_id(source_id: str, start: int, end: int, claimant_id: str) -> str:
    return stable_id("c", source_id, start, end, claimant_id)


def _span_columns(span: Any) -> dict[str, Any]:
    return {"char_start": span.start, "char_end": span.end, "text": span.text, "sentence": span.sentence}


def _rows(sources: list[Source], extractions: list[Extraction], actors: dict[str, Actor]) -> dict[str, list[dict]]:
    by_source = {extraction.source_id: extraction for extraction in extractions}
    rows: dict[str, list[dict]] = {name: [] for name in
                                   ("sources", "actors", "mentions", "events", "event_participants", "quotes", "claims")}
    for source in sources:
        rows["sources"].append({
            "source_id": source.source_id, "title": source.title, "publisher": source.publisher or None,
            "url": source.url or None, "published": source.published, "language": source.language,
            "retrieved": source.retrieved, "rights": source.rights or None, "text_sha256": source.text_sha256,
            "char_count": len(source.text),
        })
        extraction = by_source[source.source_id]
        sid = source.source_id
        for mention in extraction.mentions:
            rows["mentions"].append({
                "mention_id": mention_id(sid, mention.span.start, mention.span.end, mention.actor_id),
                "source_id": sid, "actor_id": mention.actor_id, **_span_columns(mention.span),
                "form": mention.form, "origin": mention.origin,
            })
        for event in extraction.events:
            eid = event_id(sid, event.span.start, event.span.end, event.event_type)
            rows["events"].append({
                "event_id": eid, "source_id": sid, "event_type": event.event_type,
                "event_mode": event.event_mode or None, "summary": event.summary,
                "date_start": event.date.start, "date_end": event.date.end, "date_precision": event.date.precision,
                "date_text": event.date.text or None, "location": event.location or None,
                **_span_columns(event.span), "origin": event.origin,
            })
            rows["event_participants"] += [{"event_id": eid, "actor_id": p.actor_id, "role": p.role}
                                           for p in event.participants]
        for quote in extraction.quotes:
            span = _span_columns(quote.span)
            rows["quotes"].append({
                "quote_id": quote_id(sid, quote.span.start, quote.span.end), "source_id": sid,
                "speaker_id": quote.speaker_id, "addressee_id": quote.addressee_id or None, "text": span["text"],
                "kind": quote.kind, "cue": quote.cue or None, "translated": quote.translated,
                "char_start": span["char_start"], "char_end": span["char_end"], "sentence": span["sentence"],
                "origin": quote.origin,
            })
        for claim in extraction.claims:
            rows["claims"].append({
                "claim_id": claim_id(sid, claim.span.start, claim.span.end, claim.claimant_id), "source_id": sid,
                "claimant_id": claim.claimant_id, "claim": claim.claim, "attribution": claim.attribution,
                "cue": claim.cue,
                "quote_id": quote_id(sid, claim.quote.start, claim.quote.end) if claim.quote else None,
                **_span_columns(claim.span), "origin": claim.origin,
            })
    referenced = _referenced_actors(rows)
    rows["actors"] = [{
        "actor_id": actor.actor_id, "name": actor.name, "kind": actor.kind, "country": actor.country or None,
        "role": actor.role or None, "wikidata_qid": actor.wikidata_qid or None, "registered": actor.registered,
    } for actor_id, actor in sorted(actors.items()) if actor_id in referenced]
    return rows


def _referenced_actors(rows: dict[str, list[dict]]) -> set[str]:
    columns = {"mentions": ["actor_id"], "event_participants": ["actor_id"],
               "quotes": ["speaker_id", "addressee_id"], "claims": ["claimant_id"]}
    return {row[column] for table, names in columns.items() for row in rows[table] for column in names if row[column]}


def build_tables(package: Package, registry: Registry, sources: list[Source],
                 extractions: list[Extraction]) -> dict[str, pa.Table]:
    """Every resource of the package as an Arrow table typed by the descriptor, rows in key order."""
    actors: dict[str, Actor] = dict(registry.actors)
    for extraction in extractions:
        for actor_id, actor in extraction.new_actors.items():
            actors.setdefault(actor_id, actor)
    rows = _rows(sources, extractions, actors)
    tables = {}
    for table in package.tables:
        ordered = sorted(rows[table.name], key=lambda row: tuple(row[key] for key in _sort_key(table.columns, table.primary_key)))
        _check_unique(table.name, table.primary_key, ordered)
        schema = table.arrow_schema()
        tables[table.name] = pa.Table.from_pylist([{c: row[c] for c in table.columns} for row in ordered], schema=schema)
    return tables


def _check_unique(name: str, primary_key: list[str], rows: list[dict]) -> None:
    seen: set[tuple] = set()
    for row in rows:
        key = tuple(row[k] for k in primary_key)
        if key in seen:
            where = f"source {row['source_id']}" if "source_id" in row else name
            raise NewsledgerError(where, f"two {name} rows have the same key {', '.join(map(str, key))}",
                                  hint="a curation entry adds a row the extractor already has; use op: fix instead")
        seen.add(key)


def _sort_key(columns: list[str], primary_key: list[str]) -> list[str]:
    """Rows read in the order of the text: by source, then position, then key."""
    position = [c for c in ("source_id", "char_start", "char_end") if c in columns]
    return position + [c for c in primary_key if c not in position]
