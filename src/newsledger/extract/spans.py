"""Helpers that turn spaCy tokens into article spans, and read the syntax they share."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsledger.extract import lexicon
from newsledger.extract.records import Span


def doc_text(doc: Doc) -> str:
    """The text of `doc`, built once: spaCy joins its tokens again on every `doc.text`."""
    if "newsledger_text" not in doc.user_data:
        doc.user_data["newsledger_text"] = doc.text
    return doc.user_data["newsledger_text"]


def entity_at(token: Token) -> SpacySpan | None:
    """The named entity holding `token`, if any (an index built once per document)."""
    doc = token.doc
    if "newsledger_entities" not in doc.user_data:
        doc.user_data["newsledger_entities"] = {t.i: (ent.start, ent.end, ent.label_) for ent in doc.ents for t in ent}
    found = doc.user_data["newsledger_entities"].get(token.i)
    return SpacySpan(doc, found[0], found[1], label=found[2]) if found else None


def is_to_infinitive(verb: Token) -> bool:
    """ "to set up", "to impose": a verb with the infinitive marker."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index → 0-based sentence number."""
    index: dict[int, int] = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            index[token.i] = number
    return index


def char_span(doc: Doc, start: int, end: int, sentences: dict[int, int]) -> Span:
    """The article span [start, end) with its sentence, trimmed of surrounding white space."""
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    token = doc.char_span(start, end, alignment_mode="expand")
    first = token[0].i if token is not None and len(token) else 0
    return Span(start, end, text[start:end], sentences.get(first, 0))


def tokens_span(doc: Doc, tokens: list[Token] | SpacySpan, sentences: dict[int, int]) -> Span:
    tokens = list(tokens)
    start = min(token.idx for token in tokens)
    end = max(token.idx + len(token.text) for token in tokens)
    return char_span(doc, start, end, sentences)


def joined_after_comma(conjunct: Token) -> bool:
    """Whether a comma, perhaps before a closing quotation mark, comes before the conjunction that
    joins a verb: ", and called it …" coordinates with the main clause."""
    conjunction = conjunct.doc[conjunct.i - 1]
    if conjunction.dep_ != "cc":
        return False
    before = doc_text(conjunct.doc)[:conjunction.idx].rstrip()
    return before.rstrip("\"”’'").rstrip().endswith(",")


def accused_of(prep: Token) -> bool:
    """Whether an "of" names what someone is accused of: "accused Turkey of …", or hung by the model
    on the accused ("accused the army of bombing civilians")."""
    verbs = lexicon.words("accusation_verbs")
    head = prep.head
    if prep.lower_ != "of":
        return False
    if head.lemma_.lower() in verbs or (head.dep_ == "dobj" and head.head.lemma_.lower() in verbs):
        return True
    # "accused the factories along the coast of turning food into feed": a deed hung on the accused's place
    while head.dep_ in ("pobj", "prep"):
        head = head.head
    accuser = head.head if head.dep_ == "dobj" else head
    return accuser.lemma_.lower() in verbs and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def described_nouns(sources: Token) -> list[Token]:
    """The nouns plural sources are said to describe, which the "a" before them belongs to: "label"
    in "…, a label critics say echoes Russian law"."""
    if sources.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sources.children):
        return []
    return [c for c in sources.children if c.dep_ == "compound" and c.pos_ == "NOUN"]


def charged_clauses(denial: Token) -> list[Token]:
    """The clauses before a denial that a noun after a comma names as the charge denied: the
    accusation in "Burundi accuses Rwanda of backing rebels, a charge Rwanda denies", which the
    report asserts, however the parser hangs it on "denies"."""
    charges = [c for c in denial.children if c.lemma_.lower() in lexicon.words("claim_nouns") and c.i < denial.i
               and c.left_edge.i > 0 and denial.doc[c.left_edge.i - 1].text == ","]
    return [c for c in denial.children if c.dep_ == "ccomp" and charges and c.right_edge.i < charges[0].left_edge.i]


def relative_antecedent(subject: Token) -> Token:
    """The noun a relative "which" or "who" stands for ("The Comoros, which claims Mayotte as its
    own"; "notified the WOAH, which said", a clause the model hangs on the verb), or the subject itself."""
    if subject.tag_ not in ("WDT", "WP"):
        return subject
    if subject.head.dep_ == "relcl":
        return subject.head.head
    before = next((t for t in reversed(subject.doc[subject.sent.start:subject.i]) if not t.is_punct), None)
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else subject


def holds_its_object(cast: Token) -> bool:
    """Whether words cast on a thing were parsed as one noun with the thing as their modifier
    ("called the arrests “theatre”", "the move “intimidation …”"); not a measure before an object
    ("called a 24-hour general strike")."""
    return any(c.dep_ == "nmod" and c.i < cast.i and not c.ent_type_ for c in cast.children)


def thing_called(verb: Token) -> list[Token]:
    """The thing a characterisation calls something, when the model makes it no object: the first of
    two predicates ("called Ethiopia's plan “a threat”"), or a modifier of the words cast on it
    ("called the plan “blackmail”", "called the ruling “disproportionate”")."""
    predicates = [child for child in verb.children if child.dep_ == "oprd"]
    if len(predicates) > 1:
        return predicates[:1]
    return [c for cast in predicates for c in cast.children
            if c.i < cast.i and (c.dep_ == "nmod" or (c.dep_ == "amod" and c.pos_ == "NOUN"))]


def done_beside_a_future(verb: Token) -> bool:
    """Whether a past tense joined to a clause of what will or would be done is told as done, the
    sayer's own act, not part of that clause: "said it would appeal and called the ruling …"."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.head.children)
