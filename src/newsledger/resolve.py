"""Cross-source resolution: actors the registry lacks, found in several sources under slightly
different names ("Sergei Lavrov" / "Sergey Lavrov"), become one actor with one id. Registered
actors need nothing: the registry already gives them one id everywhere."""

from __future__ import annotations

import dataclasses

from rapidfuzz import fuzz

from newsledger.extract.records import Extraction
from newsledger.registry import Actor

# How alike two names of the same kind must be to be taken as one actor.
SAME_NAME = 90


def _same_actor(actor: Actor, other: Actor) -> bool:
    return actor.kind == other.kind and fuzz.token_sort_ratio(actor.name.casefold(), other.name.casefold()) >= SAME_NAME


def _scoped(actor_id: str, source_id: str) -> bool:
    """Unnamed actors ("analysts") belong to their source and are never merged across sources."""
    return actor_id.endswith(f"-{source_id}")


def resolve_actors(extractions: list[Extraction]) -> list[Extraction]:
    """The extractions with every unregistered actor mapped to the first source's id for it."""
    kept: dict[str, Actor] = {}
    resolved = []
    for extraction in sorted(extractions, key=lambda e: e.source_id):
        mapping: dict[str, str] = {}
        for actor_id, actor in sorted(extraction.new_actors.items()):
            same = None if _scoped(actor_id, extraction.source_id) else next(
                (k for k in kept.values() if k.actor_id == actor_id or _same_actor(actor, k)), None)
            mapping[actor_id] = same.actor_id if same else actor_id
            kept.setdefault(mapping[actor_id], actor)
        resolved.append(_renamed(extraction, mapping, kept))
    return resolved


def _renamed(extraction: Extraction, mapping: dict[str, str], kept: dict[str, Actor]) -> Extraction:
    def new(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)
    return dataclasses.replace(
        extraction,
        mentions=[dataclasses.replace(m, actor_id=new(m.actor_id)) for m in extraction.mentions],
        quotes=[dataclasses.replace(q, speaker_id=new(q.speaker_id), addressee_id=new(q.addressee_id))
                for q in extraction.quotes],
        claims=[dataclasses.replace(c, claimant_id=new(c.claimant_id)) for c in extraction.claims],
        events=[dataclasses.replace(e, participants=[dataclasses.replace(p, actor_id=new(p.actor_id))
                                                     for p in e.participants]) for e in extraction.events],
        new_actors={new(actor_id): kept[new(actor_id)] for actor_id in extraction.new_actors},
    )
