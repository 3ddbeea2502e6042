"""Scoring the extractor alone (no curation) against gold annotations.

A gold folder holds one folder per article: `article.txt` and `gold.yaml` (format in
docs/evaluation.md). Matching rules:

* quotes: the words inside the marks match after case, punctuation and white space are folded
  (or one holds the other and they share 90% of their characters); the speaker is right when the
  system speaker's name matches the gold speaker's;
* actors: a gold actor is found when a system actor's name matches its name or one of its
  aliases; its kind is right when the kinds are equal; a gold actor found by two system actors
  is a split;
* mentions (pronouns and role nouns): the system mention at the gold span names the gold actor;
* claims: same claimant and overlapping content (half the gold claim's words, or containment); a gold
  claim and a system claim are paired closest first (most words shared);
* events: same PLOVER quad ("type family"), every gold participant found in the same role, and
  the same date interval when the gold gives one, paired same type first, then same family;
  dated events are also scored on the interval and precision alone.

Names match when rapidfuzz's token-sort ratio is at least 85 after folding case and accents."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from newsledger.errors import NewsledgerError
from newsledger.extract import extract
from newsledger.extract.records import Extraction
from newsledger.nlp import build_pipeline
from newsledger.registry import Actor, Registry
from newsledger.sources import Source, check_article
from newsledger.yamlio import read_yaml_mapping

QUADS = {
    "verbal cooperation": {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
    "material cooperation": {"COOPERATE", "AID", "RETREAT"},
    "verbal conflict": {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
    "material conflict": {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}
NAME_MATCH = 85
GOLD_FILE = "gold.yaml"


def quad(event_type: str) -> str:
    return next(name for name, types in QUADS.items() if event_type in types)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def words(text: str) -> list[str]:
    return [fold(word) for word in re.findall(r"\w+", text) if fold(word)]


def names_match(a: str, b: str) -> bool:
    a_folded = " ".join(words(a))
    b_folded = " ".join(words(b))
    return bool(a_folded) and fuzz.token_sort_ratio(a_folded, b_folded) >= NAME_MATCH


@dataclass
class Score:
    """Counts for one measure: true positives, and the sizes of the system and gold sets."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def __iadd__(self, other: "Score") -> "Score":
        self.correct += other.correct
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)


MEASURES = ("quotes", "quote speakers", "actors", "actor kinds", "actor splits", "pronoun/role mentions",
            "dated events", "claims", "events")


@dataclass
class ArticleScore:
    article: str
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MEASURES})
    misses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GoldArticle:
    article_id: str
    text: str
    published: dt.date
    gold: dict[str, Any]

    def actor_names(self, name: str) -> list[str]:
        for actor in self.gold.get("actors", []):
            if actor["name"] == name:
                return [actor["name"], *actor.get("aliases", [])]
        return [name]


def load_gold(folder: Path) -> GoldArticle:
    article_path = folder / "article.txt"
    text = check_article(article_path, article_path.read_bytes())
    gold = read_yaml_mapping(folder / GOLD_FILE)
    try:
        published = dt.date.fromisoformat(str(gold["published"]))
    except (KeyError, ValueError):
        raise NewsledgerError(folder / GOLD_FILE, "`published` must be a date, YYYY-MM-DD") from None
    plover_types = set().union(*QUADS.values())
    for number, event in enumerate(gold.get("events") or [], start=1):
        if event.get("type") not in plover_types:
            raise NewsledgerError(folder / GOLD_FILE, f"type {event.get('type')!r} is not a PLOVER event type",
                                  entry=f"event {number}", hint=f"use one of {', '.join(sorted(plover_types))}")
    return GoldArticle(folder.name, text, published, gold)


def _span_of(text: str, wording: str, occurrence: int) -> tuple[int, int] | None:
    """The nth occurrence of `wording` as whole words ("he" is not the end of "the")."""
    found = list(re.finditer(rf"(?<!\w){re.escape(wording)}(?!\w)", text))
    if not 1 <= occurrence <= len(found):
        return None
    return found[occurrence - 1].span()


class ArticleScorer:
    def __init__(self, gold: GoldArticle, extraction: Extraction, actors: dict[str, Actor]):
        self.gold, self.extraction, self.actors = gold, extraction, actors
        self.result = ArticleScore(gold.article_id)

    def is_actor(self, actor_id: str, gold_name: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and any(names_match(actor.name, name) for name in self.gold.actor_names(gold_name))

    def has_participants(self, candidate: Any, event: dict[str, Any]) -> bool:
        """Every gold participant is among the system event's, in the same role."""
        return all(any(p.role == role and self.is_actor(p.actor_id, name) for p in candidate.participants)
                   for role in ("actor", "recipient") for name in event.get(role, []))

    def quotes(self) -> None:
        found, speakers = self.result.scores["quotes"], self.result.scores["quote speakers"]
        system = list(self.extraction.quotes)
        found.predicted, found.gold = len(system), len(self.gold.gold.get("quotes", []))
        speakers.gold = found.gold
        for quote in self.gold.gold.get("quotes", []):
            target = fold(quote["text"])
            match = next((q for q in system if fold(q.span.text) == target or (
                (target in fold(q.span.text) or fold(q.span.text) in target)
                and fuzz.ratio(fold(q.span.text), target) >= 90)), None)
            if match is None:
                self.result.misses.append(f"quote not found: {quote['text'][:60]!r}")
                continue
            system.remove(match)
            found.correct += 1
            if self.is_actor(match.speaker_id, quote["speaker"]):
                speakers.correct += 1
            else:
                self.result.misses.append(f"quote {quote['text'][:40]!r}: speaker {match.speaker_id}, gold {quote['speaker']}")
        self.result.misses += [f"extra quote: {q.span.text[:60]!r}" for q in system]
        speakers.predicted = found.correct

    def actors_(self) -> None:
        found, kinds, splits = (self.result.scores[m] for m in ("actors", "actor kinds", "actor splits"))
        system_ids = {m.actor_id for m in self.extraction.mentions}
        gold_actors = self.gold.gold.get("actors", [])
        found.gold = kinds.gold = splits.gold = len(gold_actors)
        found.predicted = len(system_ids)
        for actor in gold_actors:
            matches = [a for a in sorted(system_ids) if self.is_actor(a, actor["name"])]
            if not matches:
                self.result.misses.append(f"actor not found: {actor['name']}")
                continue
            found.correct += 1
            kinds.predicted += 1
            if self.actors[matches[0]].kind == actor["kind"]:
                kinds.correct += 1
            else:
                self.result.misses.append(f"actor {actor['name']}: kind {self.actors[matches[0]].kind}, gold {actor['kind']}")
            splits.predicted += 1
            if len(matches) == 1:
                splits.correct += 1
            else:
                self.result.misses.append(f"actor {actor['name']} split into {matches}")

    def mentions(self) -> None:
        score = self.result.scores["pronoun/role mentions"]
        by_span = {(m.span.start, m.span.end): m for m in self.extraction.mentions}
        score.predicted = sum(1 for m in self.extraction.mentions if m.form in ("pronoun", "nominal"))
        for mention in self.gold.gold.get("mentions", []):
            score.gold += 1
            span = _span_of(self.gold.text, mention["text"], mention.get("occurrence", 1))
            system = by_span.get(span) if span else None
            if system is not None and self.is_actor(system.actor_id, mention["actor"]):
                score.correct += 1
            else:
                got = system.actor_id if system else "nothing"
                self.result.misses.append(f"mention {mention['text']!r} #{mention.get('occurrence', 1)}: {got}, gold {mention['actor']}")

    def claims(self) -> None:
        score = self.result.scores["claims"]
        gold = self.gold.gold.get("claims", [])
        system = list(self.extraction.claims)
        score.predicted, score.gold = len(system), len(gold)
        # the closest pairs first, so that a short system claim is not spent on a longer gold one
        pairs = sorted(((_shared_words(claim["text"], c.span.text), g, s) for g, claim in enumerate(gold)
                        for s, c in enumerate(system) if self.is_actor(c.claimant_id, claim["claimant"])
                        and _content_overlaps(claim["text"], c.span.text)), key=lambda pair: -pair[0])
        matched: dict[int, int] = {}
        for _, g, s in pairs:
            if g not in matched and s not in matched.values():
                matched[g] = s
        score.correct = len(matched)
        self.result.misses += [f"claim not found: {claim['claimant']}: {claim['text'][:60]!r}"
                               for g, claim in enumerate(gold) if g not in matched]
        system = [c for s, c in enumerate(system) if s not in matched.values()]
        self.result.misses += [f"extra claim: {c.claimant_id}: {c.span.text[:60]!r}" for c in system]

    def events(self) -> None:
        score, dated = self.result.scores["events"], self.result.scores["dated events"]
        system = list(self.extraction.events)
        score.predicted, score.gold = len(system), len(self.gold.gold.get("events", []))
        gold_events = self.gold.gold.get("events", [])
        # pair same-type events first, so that a REQUEST found does not stand in for a gold ACCUSE of
        # the same family while the gold REQUEST goes unmatched
        same_type = {}
        for number, event in enumerate(gold_events):
            interval = _interval(event.get("date"))
            found = next((e for e in self._candidates(system, event) if e.event_type == event["type"]
                          and e not in same_type.values()
                          and (not interval or (e.date.start, e.date.end) == interval)), None)
            if found is not None:
                same_type[number] = found
        for number, event in enumerate(gold_events):
            interval = _interval(event.get("date"))
            taken = [e for n, e in same_type.items() if n != number]
            candidates = [e for e in self._candidates(system, event) if e not in taken]
            if interval:
                dated.gold += 1
            match = same_type.get(number) or next(
                (e for e in candidates if not interval or (e.date.start, e.date.end) == interval), None)
            if match is None:
                close = candidates[0] if candidates else None
                detail = f" (found it dated {close.date.start}..{close.date.end})" if close else ""
                self.result.misses.append(f"event not found: {event['type']} {event.get('actor')} → "
                                          f"{event.get('recipient', [])} {event.get('date', '')}{detail}")
                if interval and close is not None:
                    dated.predicted += 1
                continue
            system.remove(match)
            score.correct += 1
            if interval:
                dated.predicted += 1
                if match.date.precision == event.get("precision", match.date.precision):
                    dated.correct += 1
                else:
                    self.result.misses.append(f"event {event['type']} {event['date']}: precision {match.date.precision}")
        self.result.misses += [f"extra event: {e.event_type} {[(p.role, p.actor_id) for p in e.participants]} "
                               f"{e.date.start or ''} {e.span.text[:50]!r}" for e in system]

    def _candidates(self, system: list[Any], event: dict[str, Any]) -> list[Any]:
        """System events of the gold event's family with its participants, dated as it is (when it is)."""
        interval = _interval(event.get("date"))
        found = [e for e in system if quad(e.event_type) == quad(event["type"]) and self.has_participants(e, event)]
        return sorted(found, key=lambda e: bool(interval) and (e.date.start, e.date.end) != interval)

    def score(self) -> ArticleScore:
        self.quotes()
        self.actors_()
        self.mentions()
        self.claims()
        self.events()
        return self.result


def _content_overlaps(gold_text: str, system_text: str) -> bool:
    """One holds the other, or they share half the gold claim's words."""
    gold_words, system_words = set(words(gold_text)), set(words(system_text))
    contained = fold(gold_text) in fold(system_text) or fold(system_text) in fold(gold_text)
    return bool(system_words) and (contained or len(gold_words & system_words) >= 0.5 * len(gold_words))


def _shared_words(a: str, b: str) -> float:
    """Jaccard overlap of two texts' words: a gold claim takes the system claim closest to it."""
    a_words, b_words = set(words(a)), set(words(b))
    return len(a_words & b_words) / len(a_words | b_words) if a_words | b_words else 0.0


def _interval(value: Any) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    start, _, end = str(value).partition("..")
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end or start)


def gold_folders(root: Path) -> list[Path]:
    folders = sorted(path.parent for path in root.rglob(GOLD_FILE))
    if not folders:
        raise NewsledgerError(root, f"holds no {GOLD_FILE}", hint="give a folder of <article>/article.txt + gold.yaml")
    return folders


def evaluate(root: Path, registry: Registry) -> list[ArticleScore]:
    nlp = build_pipeline(registry)
    results = []
    for folder in gold_folders(root):
        gold = load_gold(folder)
        source = Source(gold.article_id, folder, gold.text, "", "", "", gold.published, "en", None, "", "")
        extraction = extract(source, registry, nlp)
        actors = {**registry.actors, **extraction.new_actors}
        results.append(ArticleScorer(gold, extraction, actors).score())
    return results


def total(results: list[ArticleScore]) -> dict[str, Score]:
    overall = {m: Score() for m in MEASURES}
    for result in results:
        for measure, score in result.scores.items():
            overall[measure] += score
    return overall


def _fmt(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.2f}"


def render_report(results: list[ArticleScore], *, per_article: bool = True, misses: bool = False) -> str:
    lines = ["| measure | precision | recall | F1 | correct | system | gold |", "|---|---:|---:|---:|---:|---:|---:|"]
    for measure, score in total(results).items():
        lines.append(f"| {measure} | {_fmt(score.precision)} | {_fmt(score.recall)} | {_fmt(score.f1)} | "
                     f"{score.correct} | {score.predicted} | {score.gold} |")
    if per_article:
        lines += ["", "| article | quotes R | speakers | actors R | mentions | dated events | claims P/R | events P/R |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for result in results:
            s = result.scores
            lines.append(f"| {result.article} | {_fmt(s['quotes'].recall)} | {_fmt(s['quote speakers'].precision)} | "
                         f"{_fmt(s['actors'].recall)} | {_fmt(s['pronoun/role mentions'].recall)} | "
                         f"{_fmt(s['dated events'].precision)} | {_fmt(s['claims'].precision)}/{_fmt(s['claims'].recall)} | "
                         f"{_fmt(s['events'].precision)}/{_fmt(s['events'].recall)} |")
    if misses:
        lines += [""] + [f"- {r.article}: {miss}" for r in results for miss in r.misses]
    return "\n".join(lines)
