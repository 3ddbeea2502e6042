"""The actor registry (sources/actors.yaml): canonical actors and the words that refer to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from newsledger.errors import NewsledgerError
from newsledger.sources import SOURCE_ID_PATTERN
from newsledger.yamlio import read_yaml_mapping

KINDS = ("person", "state", "organization", "group")
QID_PATTERN = re.compile(r"^Q[1-9][0-9]*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")
ALIAS_FORMS = {"names": "name", "nominals": "nominal", "metonyms": "metonym"}
KNOWN_KEYS = {"name", "kind", "country", "role", "wikidata_qid", *ALIAS_FORMS}


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    country: str = ""
    role: str = ""
    wikidata_qid: str = ""
    registered: bool = True


@dataclass(frozen=True)
class Alias:
    """A way of writing an actor: the words, the actor and the form of mention they make."""

    text: str
    actor_id: str
    form: str


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]
    aliases: tuple[Alias, ...]

    @cached_property
    def proper_names(self) -> dict[str, str]:
        """Each proper name in the registry → its actor."""
        return {alias.text: alias.actor_id for alias in self.aliases if alias.form == "name"}


def load_registry(path: Path) -> Registry:
    data = read_yaml_mapping(path)
    actors: dict[str, Actor] = {}
    aliases: list[Alias] = []
    owner_of: dict[str, str] = {}
    for actor_id, entry in data.items():
        where = f"actor {actor_id!r}"
        if not isinstance(actor_id, str) or not SOURCE_ID_PATTERN.match(actor_id):
            raise NewsledgerError(path, "actor id is not a lowercase slug", entry=where,
                                  hint="use lowercase letters, digits, '-' and '_', e.g. vladimir-putin")
        if not isinstance(entry, dict):
            raise NewsledgerError(path, "entry must be a mapping of fields", entry=where,
                                  hint="give name, kind and the other fields under the id")
        unknown = sorted(set(entry) - KNOWN_KEYS)
        if unknown:
            raise NewsledgerError(path, f"unknown field(s): {', '.join(unknown)}", entry=where,
                                  hint=f"allowed fields: {', '.join(sorted(KNOWN_KEYS))}")
        actor = Actor(
            actor_id=actor_id,
            name=str(entry.get("name") or ""),
            kind=str(entry.get("kind") or ""),
            country=str(entry.get("country") or ""),
            role=str(entry.get("role") or ""),
            wikidata_qid=str(entry.get("wikidata_qid") or ""),
        )
        if not actor.name:
            raise NewsledgerError(path, "`name` is missing", entry=where, hint="give the actor's canonical name")
        if actor.kind not in KINDS:
            raise NewsledgerError(path, f"kind {actor.kind!r} is not one of {', '.join(KINDS)}", entry=where,
                                  hint="pick the kind that fits; the codebook says what each means")
        if actor.country and not COUNTRY_PATTERN.match(actor.country):
            raise NewsledgerError(path, f"country {actor.country!r} is not an ISO 3166-1 alpha-3 code",
                                  entry=where, hint="use three capital letters, e.g. RUS; leave it out if unknown")
        if actor.wikidata_qid and not QID_PATTERN.match(actor.wikidata_qid):
            raise NewsledgerError(path, f"wikidata_qid {actor.wikidata_qid!r} is not a Wikidata id",
                                  entry=where, hint="write it as Q followed by digits, or leave it out")
        actors[actor_id] = actor
        for key, form in ALIAS_FORMS.items():
            for text in entry.get(key) or []:
                text = str(text)
                folded = text.casefold()
                if folded in owner_of and owner_of[folded] != actor_id:
                    raise NewsledgerError(path, f"alias {text!r} is claimed by both {owner_of[folded]!r} and {actor_id!r}",
                                          entry=where, hint="keep the alias on one actor only")
                owner_of[folded] = actor_id
                aliases.append(Alias(text=text, actor_id=actor_id, form=form))
    return Registry(actors=actors, aliases=tuple(aliases))
