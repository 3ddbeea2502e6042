"""Quotations: spans in quotation marks that report someone's words, with speaker, addressee and cue."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsledger.extract import lexicon
from newsledger.extract.mentions import ActorIndex, speaker_actor
from newsledger.extract.records import Quote
from newsledger.extract.spans import accused_of, char_span, doc_text, joined_after_comma, relative_antecedent

PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»"}
WORD_CHAR = re.compile(r"\w")
# A quotation this short with no reporting verb in its sentence is a scare quote, not a quotation.
SCARE_QUOTE_MAX_WORDS = 3
# A quoted phrase joined by "and" or "or" to the quotation after it: "“spreading false news” and "
LABEL_JOINED = re.compile(r"[“\"][^“”\"]{1,60}[”\"],?\s+(?:and|or)$")
FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|ours)\b", re.IGNORECASE)
# "Name: " between the start of a line (or its time stamp) and a quotation
LABEL = re.compile(r"(?:\d{1,2}[:.]\d{2} )?([^\n:]{1,60}):\s*$")
SPEAKER_LOOKBACK_SENTENCES = 3


@dataclass(frozen=True)
class Marks:
    """A pair of quotation marks: `open` and `close` index the marks themselves."""

    open: int
    close: int


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not WORD_CHAR.match(before) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not WORD_CHAR.match(after)


def find_marks(text: str) -> list[Marks]:
    """Outermost pairs of quotation marks. Apostrophes ("Iran’s", "it's") never open or close a
    quote. A quote left open at a paragraph end continues when the next paragraph opens again
    with the same mark (the convention for quotes that run across paragraphs)."""
    found: list[Marks] = []
    i = 0
    while i < len(text):
        mark = text[i]
        if mark in PAIRS and _opens(text, i):
            close = _find_close(text, i + 1, PAIRS[mark], mark)
            if close is not None:
                found.append(Marks(i, close))
                i = close + 1
                continue
        i += 1
    return found


def _find_close(text: str, start: int, closing: str, opening: str) -> int | None:
    i = start
    while i < len(text):
        char = text[i]
        if char == closing and _closes(text, i):
            return i
        if char == "\n":
            rest = text[i:].lstrip()
            if not rest.startswith(opening):
                return None
            i = len(text) - len(rest)
        i += 1
    return None


def quoted_token_indexes(doc: Doc, marks: list[Marks]) -> set[int]:
    return {token.i for token in doc if any(m.open < token.idx < m.close for m in marks)}


def _inner(text: str, marks: Marks) -> tuple[int, int]:
    start, end = marks.open + 1, marks.close
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _cue_verb(doc: Doc, marks: Marks, quoted: set[int]) -> Token | None:
    """The speech verb nearest the quote, outside any quotation, in the quote's sentence(s)."""
    first = doc.char_span(marks.open, marks.open + 1, alignment_mode="expand")
    last = doc.char_span(marks.close, marks.close + 1, alignment_mode="expand")
    if first is None or last is None:
        return None
    sentence_tokens = range(first[0].sent.start, last[0].sent.end)
    before = doc[first[0].sent.start - 1].sent if first[0].sent.start > 0 else None
    if before is not None and before.text.rstrip().endswith(":"):
        # "She said:" on the line before the quotation
        sentence_tokens = range(before.start, last[0].sent.end)
    speech = lexicon.words("speech_verbs")
    # "said Tehran would respond “proportionately”": a saying still to come did not say the words; "called
    # that claim “a fairy tale”": a noun with a determiner, whatever the model tags it, says nothing
    verbs = [doc[i] for i in sentence_tokens if i not in quoted and doc[i].pos_ in ("VERB", "AUX")
             and doc[i].lemma_.lower() in speech and not any(c.dep_ == "aux" and c.lower_ in ("would", "will")
                                                              or c.dep_ == "det" for c in doc[i].children)]
    if not verbs:
        return None
    inside = [doc[i] for i in range(first[0].i + 1, last[0].i) if i in quoted]
    governing = [verb for verb in verbs if any(_says(verb, token) for token in inside)]
    # "said that Tehran welcomed “any step …”": the words of the one who said, not of what he reports
    # welcomed; but "said an official had told her “…”", or "said it had removed what officials
    # called “propaganda”", are the official's
    reporting = lexicon.words("claim_verbs")
    governing = [verb for verb in governing if verb.lemma_.lower() in reporting
                 or not any(outer in verb.ancestors for outer in governing)
                 or not any(token.dep_ == "dobj" and token.head.i == verb.i for token in inside)]
    if governing:
        return max(governing, key=lambda verb: verb.i if verb.i < first[0].i else -verb.i)
    return min(verbs, key=lambda verb: min(abs(verb.i - first[0].i), abs(verb.i - last[0].i)))


def _says(verb: Token, token: Token) -> bool:
    """Whether `token` is in what a speech verb says, not in a clause joined to it: "said Vilnius
    welcomed their release but “many hundreds remain”" puts the quote in "said", not in "welcomed"."""
    branch = next((node for node in [token, *token.ancestors] if node.head.i == verb.i and node.i != verb.i), None)
    return branch is not None and branch.dep_ != "conj"


def reporting_subject(verb: Token) -> tuple[Token | None, Token]:
    """The subject of a reporting verb and the verb that carries it: a participle or coordinated
    verb ("…, adding that", "and warned that") takes the subject of the verb it hangs on."""
    carrier = verb
    while True:
        subjects = [child for child in carrier.children if child.dep_ in ("nsubj", "nsubjpass")]
        if subjects and (trailing := _trailing_subject(carrier)) is not None and subjects[0].i < trailing.left_edge.i:
            return trailing, carrier
        # "In a statement after the verdict, her lawyer, Ramon Cruz, said:"; "… near Kok-Tash, Kyrgyzstan's
        # border service said, the first clash …", the service hung on the place as its apposition
        if not subjects and carrier.dep_ in ("ROOT", "parataxis") \
                and (trailing := _trailing_subject(carrier)) is not None:
            return trailing, carrier
        if subjects:
            # "the weather agency PAGASA said" parses as two subjects: the name is the speaker
            named = [s for s in subjects if s.pos_ == "PROPN"]
            nouns = [s for s in subjects if s.pos_ != "PRON"] if len(subjects) > 1 else []  # "WHO chief scientist …"
            subject = (named or nouns or subjects)[0]
            return relative_antecedent(subject), carrier  # "Claire Dubois, who called the junta …"
        if carrier.dep_ in ("advcl", "conj", "xcomp") and carrier.head.i != carrier.i:
            speech = lexicon.words("speech_verbs")
            reporting_conjunct = carrier.dep_ == "conj" and carrier.lemma_.lower() in speech
            after_comma = reporting_conjunct and joined_after_comma(carrier)
            carrier = carrier.head
            if reporting_conjunct and (carrier.lemma_.lower() not in speech or after_comma) and carrier.dep_ == "ccomp" \
                    and carrier.head.lemma_.lower() in speech:
                # "denied that any sites had been hit and said …", "said an official had told her “…”, and
                # called it …": the model joins the second verb of saying to the reported clause
                carrier = carrier.head
            continue
        if carrier.dep_ == "pcomp" and carrier.head.dep_ == "prep" and carrier.head.head.pos_ in ("VERB", "AUX"):
            carrier = carrier.head.head  # "reimposed sanctions after accusing X of …": who reimposed accused
            continue
        if carrier.dep_ == "acl" and carrier.tag_ == "VBD":
            # "a result the main opposition party, Chadema, called …": the model hangs the subject of a
            # clause with no "that" on the noun it describes, as an apposition
            apposed = [t for t in carrier.head.children if t.dep_ == "appos" and carrier.head.i < t.i < carrier.i]
            if apposed:
                return apposed[0], carrier
        return None, carrier


def _trailing_subject(verb: Token) -> Token | None:
    """The noun phrase between a comma and a closing reporting verb ("…, Turkey's disaster agency
    said.", "her lawyer, Ramon Cruz, said:"), which the model sometimes leaves out of the verb's
    subject."""
    doc = verb.doc
    # a verb the model left with no subject may go on: "…,” Eswatini's foreign minister, Pholile Dlamini,
    # told reporters in Mbabane."
    subjectless = not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    if verb.i + 1 >= len(doc) or verb.i < 2 or (doc[verb.i + 1].text not in (".", ",", ":") and not subjectless):
        return None
    # a name in apposition
    end = verb.i - 1 if doc[verb.i - 1].text == "," and (doc[verb.i + 1].text == ":" or subjectless) else verb.i
    start = end - 1
    while start >= 0 and doc[start].text != "," and verb.i - start <= 8:
        start -= 1
    phrase = doc[start + 1:end]
    if start < 0 or doc[start].text != "," or not len(phrase) or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    # the head of the phrase: "officials on both sides said" is said by the officials
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and not phrase.start <= t.head.i < phrase.end]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    return (heads or nouns or [None])[0]


def addressee_token(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in lexicon.words("addressee_verbs"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            return child
    return None


def _is_translated(sentence_text: str) -> bool:
    lowered = sentence_text.lower()
    return any(re.search(rf"\b{re.escape(marker)}\b", lowered) for marker in lexicon.words("translation_markers"))


def _kind(text: str, marks: Marks, inner_start: int) -> str:
    before = text[:marks.open].rstrip(" \t")
    first_letter = text[inner_start] if inner_start < len(text) else ""
    standalone = not before or not WORD_CHAR.match(before[-1])
    return "direct" if first_letter.isupper() and standalone else "partial"


def find_quotes(doc: Doc, marks: list[Marks], index: ActorIndex, sentences: dict[int, int],
                source_id: str) -> list[Quote]:
    text = doc_text(doc)
    quoted = quoted_token_indexes(doc, marks)
    quotes: list[Quote] = []
    for pair in marks:
        start, end = _inner(text, pair)
        if start >= end or _scare_marked(text, pair):
            continue
        span = char_span(doc, start, end, sentences)
        if _modifies_a_noun(doc, start, end) or _designates(doc, start, end):
            continue  # "an 'annexation' vote": a word the writer marks, not one a speaker said
        verb = _cue_verb(doc, pair, quoted)
        if verb is not None and verb.lemma_.lower() in lexicon.words("naming_verbs") \
                and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
            continue  # "Both outlets were labelled “foreign agents” under a 2024 law": a label no one is said to give
        labelled = _labelled_speaker(doc, pair, index) if verb is None else None
        if verb is None and labelled is None and _is_short(span.text) and _speaks_in_person(span.text):
            # "thanked Tokyo for “standing with us”": the words of whoever the sentence is about
            opening = doc.char_span(pair.open, pair.open + 1, alignment_mode="expand")
            root = opening[0].sent.root if opening is not None else None
            verb = root if root is not None and root.pos_ == "VERB" and root.i not in quoted else None
        speaker = addressee = None
        if verb is not None:
            subject, carrier = reporting_subject(verb)
            if subject is not None:
                speaker = speaker_actor(doc, subject, index, sentences, source_id)
            target = addressee_token(verb) or (addressee_token(carrier) if carrier.i != verb.i else None)
            addressee = index.actor_at(target) if target is not None else None
        elif labelled is not None:
            speaker = labelled
        elif _is_short(span.text) and not _stands_alone(text, pair, span.text):
            continue
        if speaker is None:
            speaker = _introduced_by_colon(doc, pair, index, sentences, source_id) or _previous_speaker(
                quotes, span.sentence) or _previous_reporter(doc, span.sentence, index, sentences, source_id, quoted)
        if speaker is None:
            continue
        opening = doc.char_span(pair.open, pair.open + 1, alignment_mode="expand")
        quotes.append(Quote(
            span=span,
            speaker_id=speaker,
            addressee_id=addressee or "",
            kind=_kind(text, pair, start),
            cue=verb.text if verb is not None else "",
            translated=_is_translated(opening[0].sent.text),
        ))
    return quotes


def _labelled_speaker(doc: Doc, marks: Marks, index: ActorIndex) -> str | None:
    """A quotation a name introduces with a colon and no verb, as live blogs do:
    "Villegas: “Tonight, Colombia chose hope.”"."""
    text = doc_text(doc)
    label = LABEL.match(text, _line_start(text, marks), marks.open)
    if label is None:
        return None
    names = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    if names is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in names):
        return None  # "Aliyev was blunt about the year it took:", a clause, not a label
    # the name nearest the colon speaks: "Brazil's environment minister, Rita Campos:"; not a place a
    # participle names ("Prime Minister Luca Ferri, visiting Parma:")
    return next((actor for token in reversed(list(names or []))
                 if not _after_participle(token, names) and (actor := index.actor_at(token))), None)


def _after_participle(token: Token, phrase: SpacySpan) -> bool:
    """Whether a participle comes before `token` in its part of a comma-separated phrase: "visiting
    Parma" in "Prime Minister Luca Ferri, visiting Parma"."""
    start = max((t.i for t in phrase if t.text == "," and t.i < token.i), default=phrase.start - 1)
    return any(t.tag_ in ("VBG", "VBN") for t in token.doc[start + 1:token.i])


def _introduced_by_colon(doc: Doc, marks: Marks, index: ActorIndex, sentences: dict[int, int],
                         source_id: str) -> str | None:
    """Whoever a clause ending in a colon before the quotation is about, with any verb: "The
    ministry's spokesman, Lee Jae-hoon, read a statement: “…”"."""
    opening = doc.char_span(marks.open, marks.open + 1, alignment_mode="expand")
    if opening is None or opening[0].i == 0 or doc[opening[0].i - 1].text != ":":
        return None
    colon = doc[opening[0].i - 1]
    # the model may hang the clause on the quotation's verb ("… put it plainly: “A mission … cannot
    # observe …”"): the verb the colon hangs on is the clause's ("read a statement:")
    clause = next((t for t in [colon.head, *colon.head.ancestors] if t.pos_ in ("VERB", "AUX")), colon.sent.root)
    # or hang the clause before the colon on it ("X, speaking at the crossing, had a message for
    # traders: “The gates are open …”")
    told_before = [c for c in clause.children if c.i < colon.i and c.pos_ in ("VERB", "AUX")
                   and c.dep_ in ("ccomp", "advcl", "parataxis")]
    clause = clause if clause.i < colon.i else (told_before[-1] if told_before else colon.sent.root)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.i < opening[0].i else None
    return speaker_actor(doc, subject, index, sentences, source_id) if subject is not None else None


def _line_start(text: str, marks: Marks) -> int:
    """Where the line holding the opening mark begins."""
    return text.rfind("\n", 0, marks.open) + 1


def _is_short(words: str) -> bool:
    return len(words.split()) <= SCARE_QUOTE_MAX_WORDS


def _outside_heads(doc: Doc, start: int, end: int) -> list[Token]:
    """The quoted words whose head lies outside the marks: how the quotation hangs in its sentence."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in inside if not inside.start <= t.head.i < inside.end] if inside is not None else []


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words only modify a noun outside the marks ("'annexation' vote")."""
    roots = _outside_heads(doc, start, end)
    # "whose “prior consultation” process": the model may hang each quoted word on the noun
    if len({root.head.i for root in roots}) != 1 or any(root.dep_ not in ("compound", "amod", "nmod", "poss") for root in roots) \
            or roots[0].head.pos_ != "NOUN" or roots[0].i > roots[0].head.i:
        return False  # "a vote “free of any interference”" is what someone promised
    # "called the duties a “protectionist” move" casts them in someone's word, and "accused Turkey of
    # “provocative” behaviour" blames in it
    governor = roots[0].head.head
    return governor.lemma_.lower() not in lexicon.words("characterisation_verbs") and not accused_of(governor)


def _designates(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words are the name a body gives something by law: "declared the group
    “extremist”", "designated it a “terrorist organisation”"."""
    roots = _outside_heads(doc, start, end)
    # "declaring them “traitors to the homeland”": a clause of its own to the model, with no verb
    small_clause = len(roots) == 1 and roots[0].dep_ == "ccomp" and roots[0].pos_ in ("NOUN", "ADJ")
    if len(roots) != 1 or (roots[0].dep_ not in ("oprd", "appos", "xcomp", "attr") and not small_clause):
        return False
    governor = roots[0].head.head if roots[0].dep_ == "appos" else roots[0].head
    return governor.lemma_.lower() in lexicon.words("designation_verbs")


def quoted_again_in_body(quotes: list[Quote], body: int) -> list[Quote]:
    """The quotes, less a headline's quoted words that the body never quotes: a headline writer's
    paraphrase in quotation marks ("envoy tells Security Council Haiti 'cannot wait'") is no one's
    words the text can show; "Raisi says ‘genocide’ unfolding" quotes what the body quotes him saying."""
    def letters(text: str) -> str:
        return " ".join("".join(c for c in word if c.isalnum()) for word in text.casefold().split())
    said = [letters(q.span.text) for q in quotes if q.span.start >= body]
    return [q for q in quotes if q.span.start >= body or any(letters(q.span.text) in words for words in said)]


def _stands_alone(text: str, marks: Marks, words: str) -> bool:
    """A quoted sentence of its own ("…," Rezaei says. "Slowly.") is someone's words, however short;
    a scare quote sits inside the reporter's sentence."""
    before = text[_line_start(text, marks):marks.open].rstrip()
    return words[:1].isupper() and words.rstrip()[-1:] in ".!?" and (not before or before[-1] in ".!?")


def _speaks_in_person(words: str) -> bool:
    """ "standing with us": words in the first person are someone's, never a scare quote."""
    return bool(FIRST_PERSON.search(words))


def _scare_marked(text: str, marks: Marks) -> bool:
    """Words named as words: "the so-called “…”", or "register as “…”, a label critics say …"."""
    before = text[max(0, marks.open - 100):marks.open].rstrip().casefold()
    # "into “spreading false news” and “misusing social media”": the second named as the first is
    if (joined := LABEL_JOINED.search(before)) is not None:
        before = before[:joined.start()].rstrip()
    after = text[marks.close + 1:marks.close + 20].lstrip(" ,").casefold()
    return any(before.endswith(marker) for marker in lexicon.words("scare_quote_markers")) or any(
        after.startswith(f"{label} ") for label in lexicon.words("scare_quote_labels"))


def _previous_reporter(doc: Doc, sentence: int, index: ActorIndex, sentences: dict[int, int], source_id: str,
                       quoted: set[int]) -> str | None:
    """A quotation standing alone right after an indirect report continues its reporter: "she said
    the government had failed them." then "“We were too slow …”"."""
    if sentence == 0:
        return None
    before = list(doc.sents)[sentence - 1]
    speech = lexicon.words("speech_verbs")
    verbs = [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in speech and t.i not in quoted]
    subject = reporting_subject(verbs[-1])[0] if verbs else None
    if subject is not None:
        return speaker_actor(doc, subject, index, sentences, source_id)
    # "Herrera defended her plan in a national address." then "“For too long …”": the person addressing
    person = next((index.actor_at(child) for child in before.root.children if child.dep_ == "nsubj"), None)
    return person if person is not None and index.kind_of(person) == "person" else None


def _previous_speaker(quotes: list[Quote], sentence: int) -> str | None:
    """A quote standing alone continues the speaker of a quote just before it."""
    for quote in reversed(quotes):
        if sentence - quote.span.sentence <= SPEAKER_LOOKBACK_SENTENCES:
            return quote.speaker_id
    return None
