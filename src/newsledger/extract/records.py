"""The rows the extractor produces and curation corrects: plain dataclasses, offsets into the article."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

EXTRACTED = "extracted"
CURATED = "curated"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class DateInterval:
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str = "unknown"
    text: str = ""

    PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}

    @property
    def rank(self) -> int:
        return self.PRECISION_RANK[self.precision]


@dataclass
class Mention:
    span: Span
    actor_id: str
    form: str
    origin: str = EXTRACTED


@dataclass
class Quote:
    span: Span
    speaker_id: str
    addressee_id: str = ""
    kind: str = "direct"
    cue: str = ""
    translated: bool = False
    origin: str = EXTRACTED


@dataclass
class Claim:
    span: Span
    claimant_id: str
    claim: str
    attribution: str
    cue: str
    quote: Span | None = None
    origin: str = EXTRACTED


@dataclass
class Participant:
    actor_id: str
    role: str


@dataclass
class Event:
    span: Span
    event_type: str
    event_mode: str = ""
    summary: str = ""
    date: DateInterval = field(default_factory=DateInterval)
    location: str = ""
    participants: list[Participant] = field(default_factory=list)
    origin: str = EXTRACTED

    def participant_key(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((p.actor_id, p.role) for p in self.participants))

    def ids(self, role: str) -> list[str]:
        """The actor ids of the participants in `role` ("actor" or "recipient")."""
        return [p.actor_id for p in self.participants if p.role == role]


@dataclass
class Extraction:
    """Everything found in one source. `new_actors` are actors the text names that the registry lacks."""

    source_id: str
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    new_actors: dict = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)
