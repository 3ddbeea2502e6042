"""Claims: attributed propositions, quoted or reported, each with its claimant."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract import lexicon
from newsledger.extract.mentions import ActorIndex, speaker_actor
from newsledger.extract.quotes import PAIRS, reporting_subject
from newsledger.extract.records import Claim, Quote
from newsledger.extract.spans import (accused_of, char_span, charged_clauses, described_nouns, doc_text,
                                      done_beside_a_future, holds_its_object, is_to_infinitive, thing_called)

COMPLEMENT_DEPS = ("ccomp", "xcomp")
OPENING_MARKS = set(PAIRS)
CLOSING_MARKS = set(PAIRS.values())
TRAILING_PUNCTUATION = ",.;:"
SCENE_MARKERS = {"as", "when", "while"}


def _balanced(text: str) -> bool:
    opens = sum(text.count(mark) for mark in "“‘«")
    closes = sum(text.count(mark) for mark in "”»") + sum(
        1 for i, char in enumerate(text) if char == "’" and (i + 1 == len(text) or not text[i + 1].isalnum()))
    return opens == closes


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip white space, a leading "that", trailing punctuation and unpaired quotation marks."""
    changed = True
    while changed and start < end:
        changed = False
        piece = text[start:end]
        if piece[0].isspace() or piece[-1].isspace() or piece[-1] in TRAILING_PUNCTUATION:
            start += len(piece) - len(piece.lstrip())
            end = start + len(text[start:end].rstrip().rstrip(TRAILING_PUNCTUATION))
            changed = piece != text[start:end]
            continue
        if piece[0] in TRAILING_PUNCTUATION:
            start += 1
            changed = True
        elif piece.startswith("that "):  # the complementiser; a capital "That" opens the speaker's words
            start += 5
            changed = True
        elif piece[0] in OPENING_MARKS and not _balanced(piece):
            start += 1
            changed = True
        elif piece[-1] in CLOSING_MARKS and not _balanced(piece):
            end -= 1
            changed = True
    return start, end


def _cover_quote(text: str, start: int, end: int, quote: Quote) -> tuple[int, int]:
    """Widen a claim to take in whole a quotation it cuts through, marks included."""
    opening = quote.span.start - 1
    if opening >= 0 and text[opening] in OPENING_MARKS:
        start = min(start, opening)
    closing = quote.span.end
    while closing < len(text) and text[closing] in ", ":
        closing += 1
    if closing < len(text) and text[closing] in CLOSING_MARKS:
        end = max(end, closing + 1)
    return start, max(end, quote.span.end)


def _words(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _says_of_a_noun(verb: Token) -> bool:
    """Whether a verb of saying sits in a noun phrase after a comma, its plural subject led by the
    "a" of a noun the saying describes: "…, a label critics say echoes Russian law"; not "…, a
    senior alliance diplomat said"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and bool(described_nouns(subject)) and subject.left_edge.i > 0 \
        and verb.doc[subject.left_edge.i - 1].text == ","


def _reports_the_sentence(verb: Token, subject: Token) -> bool:
    """Whether a verb of saying the parser took for a relative clause closes its sentence after a
    comma with a subject of its own, as a report of all that comes before does."""
    doc = verb.doc
    return subject.i < verb.i and subject.left_edge.i > verb.sent.start and doc[subject.left_edge.i - 1].text == "," \
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in subject.subtree) \
        and all(t.is_punct or t.is_space or t.i <= verb.right_edge.i for t in doc[verb.i:verb.sent.end])


class ClaimFinder:
    def __init__(self, doc: Doc, quotes: list[Quote], index: ActorIndex, sentences: dict[int, int],
                 source_id: str):
        self.doc, self.quotes, self.index = doc, quotes, index
        self.sentences, self.source_id = sentences, source_id
        self.claims: dict[tuple[int, int], Claim] = {}

    def claimant(self, verb: Token) -> str | None:
        subject, _ = reporting_subject(verb)
        if subject is None:
            return None
        return speaker_actor(self.doc, subject, self.index, self.sentences, self.source_id)

    def add(self, start: int, end: int, claimant: str | None, cue: str) -> None:
        text = doc_text(self.doc)
        start, end = _trim(text, start, end)
        linked = [q for q in self.quotes if q.span.start < end and start < q.span.end]
        quote = linked[0].span if linked else None
        if not linked:
            attribution = "indirect"
        elif _words(text[start:end]) == _words(linked[0].span.text):
            attribution = "direct"
            start, end = _trim(text, linked[0].span.start, linked[0].span.end)
        else:
            attribution = "mixed"
            for overlapping in linked:
                start, end = _cover_quote(text, start, end, overlapping)
        if claimant is None or start >= end or (start, end) in self.claims:
            return
        span = char_span(self.doc, start, end, self.sentences)
        self.claims[(start, end)] = Claim(span, claimant, span.text, attribution, cue, quote)

    def subtree(self, token: Token) -> tuple[int, int]:
        """The words of a clause, less a trailing "as/when/while …" clause that only sets the scene."""
        right = token.right_edge
        for child in token.rights:
            # ", saying only that …": the parser may hang the speaker's next words inside the clause
            said_next = child.tag_ == "VBG" and child.lemma_.lower() in lexicon.words("speech_verbs")
            if child.dep_ == "advcl" and (said_next or any(m.dep_ == "mark" and m.lower_ in SCENE_MARKERS
                                                           for m in child.children)):
                right = token.doc[child.left_edge.i - 1]
                break
            if done_beside_a_future(child):  # "it would appeal and called the ruling …": the sayer's own act
                right = token.doc[child.left_edge.i - 1]
                break
        while right.i > token.i and right.dep_ == "cc":  # "had made “progress” but warned …": the "but" is not said
            right = token.doc[right.i - 1]
        return token.left_edge.idx, right.idx + len(right.text)

    def reported_speech(self, verb: Token) -> None:
        """"said (that) X", "warned that X", "suggested X", and "X, an official said"; not "did not
        say whether X"."""
        if any(child.dep_ == "neg" for child in verb.children):
            return
        complements = [child for child in verb.children if child.dep_ in COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX")
                       and not is_to_infinitive(child)  # "agreed to set up": an intention
                       # "agreed to co-host a summit": the model splits the verb at its hyphen
                       and not child.is_punct and not (child.i and child.doc[child.i - 1].text == "-"
                                                       and not child.doc[child.i - 1].whitespace_)
                       # "Bucharest wants a joint post; Sofia says …": a semicolon ends what Bucharest wants
                       and not (child.i < verb.i and any(t.text == ";" for t in verb.doc[child.i:verb.i]))
                       # "…, a label critics say echoes Russian law": what the label stands beside is not theirs
                       and not (child.i < verb.i and _says_of_a_noun(verb))
                       # "Burundi accuses Rwanda of …, a charge Rwanda denies": the charge is Burundi's
                       and child not in charged_clauses(verb)
                       # "argued over tolls that Argentina charges": a relative clause taken for a reported one
                       and not any(c.lower_ in ("that", "which") and c.dep_ in ("dobj", "pobj") for c in child.children)
                       # "Zhaksylykov said, mending a net on the beach": what the sayer did while saying it
                       and not (child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i
                                and child.doc[child.i - 1].text == ",")]
        # "said that the ruling was political and that she would appeal": each that-clause is a claim
        complements += [conj for child in complements for conj in child.conjuncts
                        if any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in conj.children)]
        if not complements:
            # "told a meeting of Caribbean finance ministers on Tuesday that small islands should …", "said
            # in a statement that the quotas had cut …": the model hangs the that-clause, with its own
            # subject, on the audience or on the text it was said in
            holders = [audience for audience in verb.children if audience.dep_ == "dobj"] \
                if verb.lemma_.lower() in lexicon.words("addressee_verbs") else []
            holders += [text for prep in verb.children if prep.dep_ == "prep" for text in prep.children
                        if text.dep_ == "pobj" and text.lemma_.lower() in lexicon.words("document_nouns")]
            complements = [clause for holder in holders for clause in holder.children
                           if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                           and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)]
        complements.sort(key=lambda c: c.i)
        # "… of rain in Rio Grande do Sul": the end of a name the model took for a second clause, with no
        # subject; "at least 14 people had died, most of them hit by falling trees": a participle with no
        # tense of its own that goes on with the clause
        name_ends = {clause.i: rest for clause, rest in zip(complements, complements[1:])
                     if rest.left_edge.i == clause.right_edge.i + 1
                     and (not any(c.dep_ in ("nsubj", "nsubjpass") for c in rest.children)
                          or (rest.tag_ in ("VBN", "VBG")
                              and not any(c.dep_ in ("aux", "auxpass") for c in rest.children)))}
        for child in complements:
            if child in name_ends.values():
                continue
            start, end = self.subtree(child)
            if child.i in name_ends:
                end = self.subtree(name_ends[child.i])[1]
            if verb.dep_ == "relcl" and child.i > verb.i:  # "a reform that critics say undermines the courts"
                start = max(start, verb.doc[verb.i + 1].idx)
            # "said on Tuesday it would not send …": the model may hang the day of the saying on what was said
            day_of_saying = [c for c in child.children if c.dep_ == "prep" and c.i == verb.i + 1 < child.i
                             and any(t.ent_type_ == "DATE" for t in c.subtree)]
            if day_of_saying:
                start = verb.doc[day_of_saying[0].right_edge.i + 1].idx
            later = [c for c in complements if c.i > child.i and c in child.conjuncts]
            if later:  # "that the ruling was political and that she would appeal": up to the second clause
                before = [t for t in child.subtree if t.i < later[0].left_edge.i and t.dep_ != "cc" and not t.is_punct]
                end = before[-1].idx + len(before[-1].text)
            self.add(start, end, self.claimant(verb), verb.text)
        if not complements and verb.dep_ == "parataxis" and verb.head.i < verb.i:
            clause_start = verb.head.left_edge.idx
            # "… near Kok-Tash, Kyrgyzstan's border service said": the model may hang the sayer on the clause
            sayer, _ = reporting_subject(verb)
            end = verb.left_edge.idx
            if sayer is not None and clause_start < sayer.left_edge.idx < end:
                end = sayer.left_edge.idx
            self.add(clause_start, end, self.claimant(verb), verb.text)
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        if not complements and verb.dep_ == "relcl" and subjects and _reports_the_sentence(verb, subjects[0]):
            # "The draft would open corridors for aid to the city, one of the people said", the
            # report parsed as a clause about the last noun
            self.add(verb.sent.start_char, verb.doc[subjects[0].left_edge.i - 1].idx, self.claimant(verb), verb.text)
        if not complements and verb.dep_ == "conj" and verb.head.i < verb.i and subjects \
                and verb.doc[subjects[0].left_edge.i - 1].text == "," \
                and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
            # "Egypt has agreed to buy jets, two Western officials said", parsed as a second clause
            self.add(verb.head.left_edge.idx, verb.doc[subjects[0].left_edge.i - 1].idx, self.claimant(verb), verb.text)
        if not complements and len(subjects) > 1 and verb.doc[subjects[1].left_edge.i - 1].text == ",":
            # "Heavy rain flooded parts of Karachi, the agency said", parsed as two subjects
            self.add(*self.subtree(subjects[0]), self.claimant(verb), verb.text)
        unattached = [c for c in verb.children if c.dep_ == "dep" and c.i < verb.i]
        if not complements and len(subjects) == 1 and unattached and verb.doc[subjects[0].left_edge.i - 1].text == ",":
            # "A passenger ferry … capsized near Ukerewe island, Tanzania's police said", the report left unattached
            self.add(unattached[0].left_edge.idx, verb.doc[subjects[0].left_edge.i - 1].idx, self.claimant(verb), verb.text)

    def characterisation(self, verb: Token) -> None:
        """"cast X as Y", "described X as Y", "calls them fabricated"."""
        objects = [child for child in verb.children if child.dep_ == "dobj"] or thing_called(verb)
        # the parser hangs "as Y" on the verb or on its object ("condemned the measures as …")
        holders = [verb, *objects[:1]]
        predicates = [child for holder in holders for child in holder.children
                      if (child.dep_ == "prep" and child.lower_ == "as") or child.dep_ == "oprd"
                      or (child.dep_ == "xcomp" and not is_to_infinitive(child))  # not "called Ríos to congratulate him"
                      or (child.dep_ == "dobj" and child.i > objects[0].i)] if objects else []
        if not objects:  # "calls them fabricated", parsed as a clause of its own
            small = [(subject, clause) for clause in verb.children
                     if clause.dep_ == "ccomp" and clause.tag_ in ("VBN", "VBD", "JJ")
                     and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
                     for subject in clause.children if subject.dep_ == "nsubj" and subject.i < clause.i]
            objects, predicates = [s for s, _ in small[:1]], [c for _, c in small[:1]]
        predicates.sort(key=lambda token: token.i)
        if predicates and predicates[-1].pos_ == "PROPN":
            return  # "the islands, which China calls Diaoyu": a name, not a judgement
        if objects and verb.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and (c.tag_ in ("WDT", "WP") or c.lower_ == "that") for c in verb.children):
            # "an overhaul that critics call the end of …", "a law that opponents describe as a gag": what is
            # called is the noun the clause describes, and the claim is the word for it
            word = predicates[-1] if predicates else objects[0]
            word = next((c for c in word.children if c.dep_ == "pobj"), word) if word.lower_ == "as" else word
            self.add(*self.subtree(word), self.claimant(verb), verb.text)
            return
        if objects and not predicates and holds_its_object(objects[0]):
            # "called the arrests “theatre”", parsed as one noun: what is called and the word for it
            self.add(*self.subtree(objects[0]), self.claimant(verb), verb.text)
        elif objects and predicates:  # "the ruling", whose "the" the model may hang on the words cast
            start = min(objects[0].left_edge.i, predicates[0].left_edge.i)
            self.add(verb.doc[start].idx, self.subtree(predicates[-1])[1], self.claimant(verb), verb.text)

    def accusation(self, verb: Token) -> None:
        """"accused X of Y" claims Y; "blamed X for Y" claims X did Y."""
        blamed = [child for child in verb.children if child.dep_ == "dobj"] if verb.lemma_.lower() == "blame" else []
        if any(word.lower_ == "other" and any(c.lower_ == "each" for c in word.children) for word in blamed):
            return  # "blamed each other for the slide": a quarrel, not a claim anyone makes
        # the model may hang "of" on the accused ("accused the army of bombing civilians"), or on its place
        preps = [child for child in verb.children if child.dep_ == "prep" and child.lower_ == "for"] if blamed else [
            prep for prep in verb.subtree if prep.dep_ == "prep" and accused_of(prep)
            and next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb]
        for obj in (child for prep in preps for child in prep.children if child.dep_ in ("pcomp", "pobj")):
            start, end = self.subtree(obj)
            self.add(blamed[0].left_edge.idx if blamed else start, end, self.claimant(verb), verb.text)

    def attitude(self, verb: Token) -> None:
        """"voiced concern about X", "expressed hope over X"; not inside what someone says ("said the
        judges had serious doubts about the law" is the speaker's claim)."""
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.words("speech_verbs"):
            return
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lower_ in lexicon.words("attitude_nouns"):
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("about", "over", "at", "regarding"):
                        cue = doc_text(self.doc)[verb.idx:prep.idx + len(prep.text)]
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                self.add(*self.subtree(obj), self.claimant(verb), cue)

    def according_to(self, token: Token) -> None:
        """"according to X, Y": the clause around the phrase is X's claim."""
        to = next((child for child in token.children if child.lower_ == "to"), None)
        source = next((child for child in to.children if child.dep_ == "pobj"), None) if to else None
        if source is None:
            return
        clause = token.head
        if clause.lemma_.lower() in lexicon.words("claim_verbs") and any(c.dep_ == "nsubj" for c in clause.children):
            return  # "the charity said the trip was too long, according to a spokeswoman": its spokeswoman
        claimant = speaker_actor(self.doc, source, self.index, self.sentences, self.source_id)
        start, end = self.subtree(clause)
        phrase_start, phrase_end = self.subtree(token)
        before, after = (start, phrase_start), (phrase_end, end)
        side = before if before[1] - before[0] > after[1] - after[0] else after
        self.add(*side, claimant, "according to")

    def from_quotes(self) -> None:
        """A quotation no claim covers is a claim of its own, unless it is a few words an act
        holds rather than something asserted ("thanked Fuentes for “years of loyal work”",
        "urged Tokyo to “stop …”", "declined to comment on “commercial negotiations”")."""
        for quote in self.quotes:
            covered = any(c.quote == quote.span or c.span.start <= quote.span.start < c.span.end
                          for c in self.claims.values())
            if not covered and not (quote.kind == "partial" and self._held_by_an_act(quote)):
                self.add(quote.span.start, quote.span.end, quote.speaker_id, quote.cue or "said")

    def _held_by_an_act(self, quote: Quote) -> bool:
        words = self.doc.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
        if words is None:
            return False
        if any(child.dep_ in ("nsubj", "nsubjpass", "aux") and quote.span.start <= child.idx < quote.span.end
               for child in words.root.children):
            return False  # a clause of its own ("the paperwork, she says, “would take a year”")
        governors, node = [], words.root
        while node.head.i != node.i and node.dep_ != "conj":  # "said X and urged Y to “…”": not said
            node = node.head
            governors.append(node)
        verbs = [node for node in governors if node.pos_ in ("VERB", "AUX")
                 and not quote.span.start <= node.idx < quote.span.end]
        asserting = lexicon.words("claim_verbs") | lexicon.words("characterisation_verbs") | {"accuse", "blame"}
        return bool(verbs) and not any(verb.lemma_.lower() in asserting and not _asks(verb) for verb in verbs)


REQUESTING_PARTICLES = {"call": ("on", "for"), "warn": ("against",)}


def _asks(verb: Token) -> bool:
    """"called on Jakarta to comply", "warned Hanoi against …": a request, not the "call" of
    "called it a betrayal" nor the "warn" of "warned that …"."""
    particles = REQUESTING_PARTICLES.get(verb.lemma_.lower(), ())
    return any(child.dep_ in ("prep", "prt") and child.lower_ in particles for child in verb.children) or (
        any(child.dep_ == "dobj" for child in verb.children)  # "told supporters to “wait for every vote”"
        and any(child.dep_ == "xcomp" and is_to_infinitive(child) for child in verb.children))


def find_claims(doc: Doc, quotes: list[Quote], index: ActorIndex, sentences: dict[int, int],
                source_id: str, quoted: set[int]) -> list[Claim]:
    """Claims made by the actors the reporter cites; reporting verbs inside a quotation are the
    speaker's own words, not the reporter's attribution."""
    finder = ClaimFinder(doc, quotes, index, sentences, source_id)
    claim_verbs = lexicon.words("claim_verbs")
    characterisation_verbs = lexicon.words("characterisation_verbs")
    for token in doc:
        lemma = token.lemma_.lower()
        if token.i in quoted:
            continue
        if token.pos_ in ("VERB", "AUX"):
            if lemma in claim_verbs:
                finder.reported_speech(token)
            if lemma in characterisation_verbs:
                finder.characterisation(token)
            if lemma in ("accuse", "blame"):
                finder.accusation(token)
            finder.attitude(token)
        if token.lower_ == "according" and token.dep_ == "prep":
            finder.according_to(token)
    finder.from_quotes()
    # "accusing him of helping to fund what the government called a “hybrid” campaign": the words the
    # accuser cast are part of the one claim, not a second one
    return sorted((claim for claim in finder.claims.values() if not (_is_what_called(doc, claim) and any(
        other is not claim and other.claimant_id == claim.claimant_id
        and other.span.start <= claim.span.start and claim.span.end <= other.span.end
        for other in finder.claims.values()))), key=lambda claim: claim.span)


def _is_what_called(doc: Doc, claim: Claim) -> bool:
    """Whether a claim is a "what … called" clause: "what the government called a “hybrid” campaign"."""
    first = doc.char_span(claim.span.start, claim.span.end, alignment_mode="expand")[0]
    return first.lower_ == "what" or (first.i > 0 and doc[first.i - 1].lower_ == "what")
