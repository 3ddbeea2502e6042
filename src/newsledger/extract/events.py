"""Events: what actors did to each other, coded with PLOVER, with participants, date and place."""

from __future__ import annotations

import datetime as dt
import re
from collections import ChainMap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Doc, Token

from newsledger.extract import lexicon
from newsledger.extract.countries import country_named, country_of_capital
from newsledger.extract.dates import resolve_date
from newsledger.extract.mentions import ActorIndex, coordinated, names_two, place_state
from newsledger.extract.quotes import PAIRS, reporting_subject
from newsledger.extract.records import DateInterval, Event, Participant
from newsledger.extract.spans import (accused_of, charged_clauses, doc_text, done_beside_a_future, entity_at,
                                      holds_its_object, is_to_infinitive, joined_after_comma, relative_antecedent,
                                      thing_called, tokens_span)
from newsledger.nlp import ACTOR_LABEL, is_dateline
from newsledger.registry import Actor, Registry

CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "csubj", "xcomp", "pcomp", "conj"}
# Parts of a phrase that carry a time of their own: finite clauses, and appositions ("a visit,
# his first abroad this year").
OWN_TIME_DEPS = {"relcl", "advcl", "ccomp", "csubj", "appos"}
# Links by which a clause shares the time of the clause it hangs on ("during which", "when");
# not "after" or "before", which place it at another time.
TEMPORAL_LINKS = {"when", "while", "during", "as"}
# Adverbs by which a joined clause tells a later act than the one before it.
LATER_LINKS = {"since", "later", "afterwards", "subsequently", "then"}
DATE_PREPOSITIONS = {"on", "in", "since", "during", "by", "until", "from"}
PLACE_PREPOSITIONS = {"in", "at"}
RELATIVE_ADVERBS = {"before", "after", "earlier", "later", "ago"}
TIME_CONJUNCTIONS = {"after", "before", "since", "until", "when"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
CONDITIONS = {"if", "unless", "until", "whether", "once"}
# Types of act reported of its target even when the text does not name who acted.
DONE_TO_SOMEONE = {"COERCE", "ASSAULT", "SANCTION"}
# Types whose target may be that of the act wanted or promised ("threatened to impose tariffs on
# X", "agreed to sell frigates to Australia").
WANTING = {"THREATEN", "REQUEST", "AGREE"}
# Types of a reaction to something done: "condemned the arrests" is aimed at whoever made them.
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT"}
# Types that are no decision or move anyone reacts to ("welcomed the decision" is not about a meeting
# or about someone's support of something).
WORDS_ONLY = {"CONSULT", "SUPPORT"}
# Types of act done by saying something: one joined to what someone reports may be their own.
SPEECH_ACTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
# What one leaves to break with others: a bloc, a treaty, or any organisation named ("quit ECOWAS").
MEMBERSHIP = "membership_nouns"
# PLOVER: a promise of future material cooperation is AGREE.
FUTURE_IS_PROMISE = {"AID", "COOPERATE"}
# Acts one threatens by saying one is ready to take them.
THREATENED = {"SANCTION", "COERCE", "ASSAULT"}


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str = ""
    inverse: bool = False
    recipient_from_complement: bool = False
    host_of_person: bool = False
    needs_recipient: bool = False
    needs_infinitive: bool = False
    reciprocal: bool = False  # two actors and no recipient did it to each other: "the neighbours fought wars"
    answers: bool = False  # aimed at whoever last did an act of its type: "Burundi has accepted (the offer)"


def _triggers(kind: str) -> dict[str, Trigger]:
    return {lemma: Trigger(**spec) for lemma, spec in lexicon.load("events")[kind].items()}


DISPARAGING = Trigger("ACCUSE", "disapprove")
DISMISSING = Trigger("REJECT")
STOPPED_TRADE = Trigger("SANCTION", "discontinue")


def _casts(verb: Token) -> list[Token]:
    """The words a characterisation casts its object in: "called the plan “a fantasy”", "cast the
    war as a failure"."""
    if verb.lemma_.lower() not in lexicon.words("characterisation_verbs"):
        return []
    casts = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr")]
    objects = [c for c in verb.children if c.dep_ == "dobj"] or thing_called(verb)
    # the model hangs the words on the object ("the report “fabricated”"), or takes them for the
    # object and the object for their modifier ("the move “intimidation …”")
    # or takes the words for an adjective of the object written after it ("the duties “unjustified”")
    # or takes quoted words opening with a participle for a clause on the object ("the plan “outsourcing cruelty”")
    casts += [c for o in objects for c in o.children if c.dep_ == "appos" or (c.dep_ == "acl" and c.tag_ == "VBN")
              or (c.dep_ == "amod" and c.i > o.i) or (c.dep_ == "acl" and c.doc[c.i - 1].text in PAIRS)]
    casts += [o for o in objects if holds_its_object(o)]
    casts += [o for o in objects if _refers_back(o)]  # "called that “a distortion”", parsed as one object
    # "dismissed the move as “another attack”", the "as" on the verb or on its object
    casts += [obj for prep in [*verb.children, *(c for o in objects for c in o.children)]
              if prep.dep_ == "prep" and prep.lower_ == "as" for obj in prep.children if obj.dep_ == "pobj"]
    return casts if objects else []


def _named_by_what(clause: Token) -> Token | None:
    """The noun a "what … called" clause puts for its object: "welcomed what he called a “sensible”
    decision" welcomed the decision, one told before."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() != "call" \
            or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)


def _is_stopped_trade(verb: Token) -> bool:
    """ "stopped selling electricity to Ecuador": the trade, told by the verb that stops it, is the act."""
    stopped = lexicon.load("events")["stopped_trades"]
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.lemma_.lower() in stopped["trades"] \
        and verb.head.lemma_.lower() in stopped["verbs"]


def _pair_before(pronoun: Token, index: ActorIndex) -> list[str]:
    """Whom "they" or "their" stands for when its sentence (or, for a "Their" opening one, the one before)
    opened with actors acting together: "Armenia and Azerbaijan agreed …, the first such step since they signed a peace treaty in August"."""
    before = pronoun.doc[pronoun.sent.start:pronoun.i]
    if pronoun.lower_ == "their" and pronoun.i == pronoun.sent.start > 0:
        # "The presidents of Peru and Ecuador met … Their foreign ministers had agreed the route"
        before = pronoun.doc[pronoun.sent.start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and len(_phrase_actors(t, index)) > 1]
    return _phrase_actors(subjects[-1], index) if subjects else []


def _document_author(subject: Token, verb: Token) -> list[Token]:
    """Who acts when a document does: "a report by Transparency International that accused his
    government" is Transparency International's accusation."""
    if subject.tag_ != "WDT" or verb.dep_ != "relcl" or verb.head.lemma_.lower() not in lexicon.words("document_nouns"):
        return [subject]
    return [obj for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
            for obj in prep.children if obj.dep_ == "pobj"] or [subject]


def _disparaging(verb: Token) -> Trigger:
    """Words of blame cast on a claim, or on "that" just said, reject it ("called the accusation
    “a lie”", "called that “a distortion”"); on anything else they criticise it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "that" just said, not the relative "that" of "a campaign … that supporters called “an assault”"
    rejects = any(o.lemma_.lower() in lexicon.words("claim_nouns") or (o.lower_ in ("that", "this") and o.pos_ == "PRON"
                                                                        and o.tag_ != "WDT")
                  or _refers_back(o) for o in objects)
    return DISMISSING if rejects else DISPARAGING


def _aimed_before(noun: Token, index: ActorIndex) -> list[str]:
    """Whom "the sanctions" were aimed at when the text named them before with their target:
    "lifted economic sanctions on Guinea … The bloc had imposed the sanctions in 2022"."""
    # "Britain lifted its own ban": a ban of its own, on whoever the ban told before was on; "lifted
    # similar bans": like the ban on "imports of Ukrainian grain" told before
    if not any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
               or (c.dep_ == "amod" and c.lower_ in ("similar", "such")) for c in noun.children):
        return []
    return next((found for earlier in reversed(noun.doc[:noun.i]) if earlier.lemma_ == noun.lemma_
                 for found in [[a for prep in earlier.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                                for obj in prep.children if obj.dep_ == "pobj"
                                for a in _phrase_actors(obj, index) or _traded_from(obj, index)]]
                 if found), [])


def _traded_from(goods: Token, index: ActorIndex) -> list[str]:
    """The state whose goods a trade noun names: "imports of Tanzanian rice"."""
    if goods.lemma_.lower() not in lexicon.words("relation_nouns"):
        return []
    return [index.state_of_adjective[word.i] for prep in goods.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj" for word in obj.children if word.i in index.state_of_adjective]


def _refers_back(cast: Token) -> bool:
    """Whether the words cast hang on a "that" the model took for their marker or one more
    determiner: "called that “a distortion of the facts”", what was just said."""
    pointing = [c for c in cast.children if c.dep_ in ("mark", "det") and c.lower_ in ("that", "this") and c.i < cast.i]
    return any(c.dep_ == "mark" for c in pointing) or (bool(pointing) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i > pointing[0].i for c in cast.children))


def _disparages(verb: Token) -> bool:
    """Whether a verb casts its object in words of blame: "called the measures “illegitimate”"
    criticises; "called the deal “a milestone”" does not."""
    blame = lexicon.words("blame_words")
    return any(t.lemma_.lower() in blame or t.lower_ in blame for cast in _casts(verb) for t in cast.subtree)


def _blamed(verb: Token, index: ActorIndex) -> list[str]:
    """Whom the words of blame name as its author: "a failure of US diplomacy"; not what "a
    violation of the treaty" names, which is what was wronged."""
    wronged = lexicon.words("violation_nouns")
    return [a for cast in _casts(verb) if cast.lemma_.lower() not in wronged
            for prep in cast.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)]


def _noun_word(noun: Token, nouns: dict[str, Trigger]) -> str | None:
    """The lexicon entry a noun is, with its preposition ("a call for rich nations to pay") or
    without, as written ("talks") or as its lemma ("raids")."""
    words = (noun.lower_, noun.lemma_.lower())
    phrasal = [f"{word} {prep.lower_}" for prep in noun.children if prep.dep_ == "prep" for word in words]
    return next((word for word in [*phrasal, *words] if word in nouns), None)


def _is_hypothetical(token: Token) -> bool:
    """Only possible, not reported as done: "may be preparing to provide", "the capacity to
    provide", or what someone is accused of ("accusing him of deporting")."""
    markers = set(lexicon.load("events")["hypothetical_markers"])
    if any(child.dep_ == "neg" or child.lower_ in ("neither", "nor") for child in token.children) \
            or (token.dep_ == "conj" and any(child.lower_ == "neither" for child in token.head.children)) \
            or (token.dep_ == "pcomp" and token.head.lower_ == "without"):
        return True  # "did not send aid", "has neither confirmed nor denied", "ended talks without agreeing"
    if any(child.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
           for child in token.children):
        return True  # "no troops had moved"
    described = False  # "had not allowed inspectors into sites struck by Israel": struck, whatever was not done
    for node in _act_chain(token):
        described = described or (node.dep_ == "acl" and any(child.dep_ == "agent" for child in node.children))
        if node is not token and not described and any(child.dep_ == "neg" for child in node.children):
            return True  # "were not represented at the summit"
        if any(child.dep_ == "aux" and child.lower_ in markers for child in node.children):
            return True
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" for c in node.head.children):
            return True  # "abstained rather than veto the talks": the act not taken
        if node.dep_ in ("advcl", "conj") and any(c.dep_ == "nsubj" for c in node.children) and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "when") for c in node.children):
            return False  # "ordered him to leave, a day after Mexico granted asylum": told as done
        if node.lower_ in markers or node.lemma_.lower() in markers:
            return True
        if node.pos_ == "ADJ" and node.lower_ in ("close", "near"):
            return True  # "is close to approving a loan": not yet approved
        if node.dep_ == "xcomp" and is_to_infinitive(node) and node.head.lemma_ == "be":
            return True  # "which was to pay for most of it": planned, not done
        # not "extended their bans on Saturday, a day after the Commission decided not to …", the main
        # clause the model hangs on the clause after it
        misread = node.i < node.head.i and any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                                               for c in node.head.children)
        if _is_infinitive_of(node, lexicon.words("intention_verbs")) or (
                node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.words("intention_verbs") and not misread):
            return True  # "urged donors to release funds", "demanded that China release": asked for, not done
        if node.dep_ in ("acl", "advcl", "relcl") and is_to_infinitive(node):
            # "the right to free assembly", "visited Bogotá to finalise the deal", "another way to fund
            # Ukraine" (taken for a relative clause): a purpose or a means, not a fact
            return True
        if node.dep_ in ("pcomp", "pobj") and accused_of(node.head):
            return True
        negotiations = lexicon.load("events")["negotiation_nouns"]
        if node.dep_ == "pcomp" and node.head.lower_ in lexicon.load("events")["topic_prepositions"] and (
                node.head.head.lower_ in negotiations
                or any(c.dep_ == "dobj" and c.lower_ in negotiations for c in node.head.head.children)):
            # "talks on reopening a shipping corridor", "holding talks … on exchanging three citizens": what
            # is discussed, not done
            return True
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "for" \
                and node.head.head.lemma_.lower() in lexicon.words("punishment_verbs"):
            return True  # "jailed for organising protests": the charge, not an act the report asserts
        if _is_condition(node):
            return True  # "until Iran signed a new agreement": a condition, not a fact
        if node.head.i != node.i and node.head.lemma_.lower() in lexicon.words("denial_verbs") \
                and node not in charged_clauses(node.head):
            return True  # "denied supplying weapons": what is denied is not reported as done
        if _is_concurrent(node):
            continue  # "accused China of ramming a boat, injuring three sailors": part of what is accused
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.dep_ == "xcomp":
            continue  # "agreed to resume talks and to share intelligence": wanted as much as the first
        if node.dep_ == "conj" and node.head.dep_ == "pcomp":
            continue  # "accused Uganda of seizing boats and detaining their crews": accused of both
        if node.dep_ in ("ccomp", "relcl", "advcl", "ROOT") or (node.dep_ == "conj" and node.pos_ == "VERB"):
            return False  # the clause ends here
    return False


def _act_chain(token: Token) -> list[Token]:
    """A token and the words it hangs on, less an infinitive a participle after a comma is hung on
    by the parser: "ordered a diplomat to leave the country, accusing Minsk of …" is the one who
    ordered accusing, not what the diplomat was ordered to do; and less a reported clause of what
    is not done that a participle or a past tense of saying hangs on: "said it would not take part,
    calling the tribunal …" calls it as it says so, as does "said it would appeal and called the
    ruling “disproportionate”"."""
    saying = lexicon.words("speech_verbs") | lexicon.words("characterisation_verbs") | lexicon.words("accusation_verbs")
    markers = set(lexicon.load("events")["hypothetical_markers"])
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        node = chain[-1]
        undone = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in markers) for c in node.head.children)
        concurrent = _is_concurrent_participle(node)
        skipped = (concurrent and node.head.dep_ == "xcomp") or (
            (concurrent or done_beside_a_future(node))
            and node.head.dep_ == "ccomp" and undone and node.lemma_.lower() in saying
            and node.head.head.lemma_.lower() in saying)
        chain.append(node.head.head if skipped else node.head)
    return chain


def _talks_held_by_others(participle: Token, negotiations: list[str], mediated: bool) -> Token | None:
    """The talks a participle set off by a comma says who hosted: "resumed talks in Jeddah, hosted by
    Saudi Arabia", "agreed on the swap at talks in Abu Dhabi, mediated by the UAE" (the model hangs
    the participle on the verb, not on "talks"), or mediated, hung on the talks themselves ("at talks
    between the two countries in Geneva, mediated by Switzerland"); talks "hosted by" someone that
    way may be a visit to the host."""
    if participle.tag_ != "VBN" or participle.dep_ not in ("advcl", "acl"):
        return None
    if mediated and participle.dep_ == "acl" and participle.head.lower_ in negotiations:
        return participle.head
    return next((thing for thing in [*_objects(participle.head), *_held_at(participle.head)]
                 if thing.lower_ in negotiations), None)


def _held_at(verb: Token) -> list[Token]:
    """What a verb says its act was done at: "pledged 80 million euros at the meeting"."""
    return [thing for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
            for thing in prep.children if thing.dep_ == "pobj"]


def _is_concurrent_participle(token: Token) -> bool:
    """", accusing Minsk of …": a participle after a comma, an act done with the clause's own."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.left_edge.i > 0 \
        and token.doc[token.left_edge.i - 1].text == ","


def _is_modifier(verb: Token) -> bool:
    """A participle describing a noun or a clause, not an act the text reports: "a dialogue
    suspended since 2018", "companies accused of shipping oil", "Asked whether …, she said"."""
    if verb.dep_ in ("amod", "compound"):
        return True
    lasting = lexicon.words("lasting_verbs")
    if (verb.dep_ == "acomp" and verb.head.lower_ in lasting) or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in lasting for c in verb.children):
        return True  # "remains barred from summits", "as long as Al-Wefaq remained banned": a state, not an act
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lexicon.words("price_nouns"):
        return True  # "the price Brazilian utilities pay for power": what it costs
    if verb.dep_ == "relcl" and verb.head.lower_ == "time" and any(c.ent_type_ == "ORDINAL" for c in verb.head.children):
        return True  # "shot down four drones, the first time NATO aircraft have fired on Russian assets": the act told
    if _verb_taken_for_participle(verb):
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl"):
        return not any(child.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for child in verb.children)
    # "a social media post criticising a new law": what the post does, told of a thing
    return verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.ent_type_ == ""


def _verb_taken_for_participle(verb: Token) -> bool:
    """Whether the model hung a sentence's own verb on its subject as a participle: "Sudan, the
    third country on the river, called for talks"."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.doc[verb.i - 1].text == ","


def _subject_taken_for_object(verb: Token) -> list[Token]:
    """The subject of a clause the model read as a preposition's object, its verb joined to the
    main verb with no "and": "Prices fell after Mali, the biggest buyer, stopped most imports"."""
    main = verb.head
    if verb.dep_ != "conj" or any(c.dep_ == "cc" and main.i < c.i < verb.i for c in main.children):
        return []
    return [thing for prep in main.children if prep.dep_ == "prep" and prep.lower_ in TIME_CONJUNCTIONS
            and main.i < prep.i < verb.i for thing in prep.children if thing.dep_ == "pobj"][-1:]


def _is_infinitive_of(clause: Token, verbs: frozenset[str]) -> bool:
    """ "threatened to impose", "urged donors to release": an infinitive (parsed as a complement
    or as a purpose clause) of one of `verbs`."""
    infinitive = clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and is_to_infinitive(clause))
    return infinitive and clause.head.lemma_.lower() in verbs


def _governing_subject(token: Token, index: ActorIndex, spoken: bool = False) -> list[str]:
    """The actors of the nearest clause above `token` whose subject names any, short of a reporting
    verb: who says "the money was used to pay for X" is not who paid."""
    speech = lexicon.words("speech_verbs")
    if token.dep_ == "conj" and (joined_after_comma(token) or (spoken and (
            _leaves_the_report(token) or _told_of_a_thing(token.head, index)))) \
            and token.head.dep_ == "ccomp" and token.head.head.lemma_.lower() in speech:
        # "said an official had told her “…”, and called it …": the speaker calls it
        return next((found for child in token.head.head.children if child.dep_ in ("nsubj", "nsubjpass")
                     if (found := _phrase_actors(child, index))), [])
    chain = {t.i for t in [token, *token.ancestors]}
    for node in token.ancestors:
        if node.lemma_.lower() in speech and any(child.dep_ == "ccomp" and child.i in chain for child in node.children):
            return []
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = _phrase_actors(child, index)
                if found:
                    return found
    return []


def _told_of_a_thing(clause: Token, index: ActorIndex) -> bool:
    """Whether a reported clause is about a thing, which says and asks nothing: "said the rules were
    “discriminatory” and urged Tokyo to reverse them" urges as the speaker."""
    subjects = [child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].pos_ == "NOUN" and index.actor_at(subjects[0]) is None \
        and not index.represented(subjects[0])


def _leaves_the_report(conjunct: Token) -> bool:
    """Whether a verb joined to a reported clause in the past perfect is told in the simple past,
    as the reporter's own words are: "said New Delhi had tabled a proposal and accused Dhaka"."""
    return conjunct.tag_ == "VBD" and not any(child.dep_ in ("aux", "nsubj") for child in conjunct.children) \
        and any(child.dep_ == "aux" and child.lower_ == "had" for child in conjunct.head.children)


def _envoys_state(noun: Token, index: ActorIndex) -> list[str]:
    """The state whose envoy an act is done to: "expelled Mexico's ambassador, Laura Ibarra" is
    aimed at Mexico as much as at her."""
    if noun.lemma_.lower() not in lexicon.words("envoy_nouns"):
        return []
    owners = [a for child in noun.children if child.dep_ == "poss" for a in index.actors_in(child)
              if index.kind_of(a) == "state"]
    # "recalled its ambassador to Paris", "… from Nairobi": the state the envoy was sent to
    hosts = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "from") for obj in prep.children
             if obj.dep_ == "pobj" for a in index.actors_in(obj) or [place_state(obj.text, index)]
             if a and index.kind_of(a) == "state"]
    return owners + [a for a in hosts if a not in owners]


def _phrase_actors(token: Token, index: ActorIndex) -> list[str]:
    """Actors a noun phrase names: itself and its conjuncts ("Sudan's army and the RSF"), each a
    name or, for a common noun, the names that modify it ("a Hamas delegation")."""
    found: list[str] = []
    # "Mali, Burkina Faso and Niger": a list of states the model read as a state and its apposition
    listed = [name for appos in token.children if appos.dep_ == "appos" and _names_a_state(token, index)
              and _names_a_state(appos, index) for name in [appos, *appos.conjuncts]]
    # "his counterpart Parviz Shahbazov and Syrian Energy Minister Mohammed al-Bashir": the model
    # hangs the second name on the first one's apposition
    listed += [name for appos in token.children if appos.dep_ == "appos" and index.actor_at(appos)
               for name in appos.conjuncts if name not in listed]
    for member in [*coordinated(token), *listed]:
        found += [a for a in _member_actors(member, index) if a not in found]
    return found


def _names_a_state(name: Token, index: ActorIndex) -> bool:
    return name.pos_ == "PROPN" and index.kind_of(index.actor_at(name) or "") == "state"


def _member_actors(token: Token, index: ActorIndex) -> list[str]:
    # "the main opposition party, the Democratic Alliance", "Georgia's ruling Georgian Dream party"
    named = index.actor_at(token) or index.apposed(token) or index.body_named(token)
    if named:
        # "the leaders of Serbia and Kosovo", though taken for an unnamed speaker, serve those named
        # "Brazil's president", taken for an unnamed speaker, acts for Brazil; "a Turkish official" for no one
        possessors = [a for c in token.children if c.dep_ == "poss" for a in index.actors_in(c)]
        return [named] if named not in index.anonymous else (_served(token, index) or possessors or [named])
    wholes = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for obj in prep.children if obj.dep_ == "pobj"]
    if wholes and (token.like_num or {token.lemma_.lower(), token.lower_} & lexicon.words("part_words")):
        return [a for whole in wholes for a in _member_actors(whole, index)]  # "27 of its members", "the members of the GCC"
    found = index.organisation_of_branch(token) or index.represented(token) or index.owners(token)
    if not found and token.lemma_.lower() in lexicon.words("named_organisation_role_nouns"):
        # "The council of the International Civil Aviation Organization condemned": the organisation's
        found = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children
                 if obj.dep_ == "pobj" for a in index.actors_in(obj) if index.kind_of(a) == "organization"]
    # "deported tens of thousands of Haitians"; "Kyrgyz and Tajik border guards", the first adjective
    # read as the noun the second one's noun is joined to
    if not found and token.i in index.state_of_adjective and (
            token.tag_ in ("NNS", "NNPS") or any(c.tag_ in ("NNS", "NNPS") for c in token.conjuncts)):
        found = [index.state_of_adjective[token.i]]
    if not found and token.tag_ == "NNS" and any(c.lower_ == "the" for c in token.children) \
            and token.lemma_.lower() in lexicon.words("organisation_role_nouns"):
        found = index.pair_before(token, "organization")  # "accused the companies": the two just named
    # "both governments", and their ministers: "the two countries' defence ministers"
    for pair in [token, *(child for child in token.children if child.dep_ == "poss")]:
        pair_kind = lexicon.load("events")["pair_nouns"].get(pair.lemma_.lower())
        if pair_kind is not None and names_two(pair):
            # "the two foreign ministers", none named: the two states they serve
            two = index.pair_before(pair, pair_kind) or (index.pair_before(pair, "state") if pair_kind == "person" else [])
            found += [a for a in two if a not in found]
    found += [a for a in _served(token, index) if a not in found]
    # "a bid by a Chinese company" is the company's, as "calls from Washington" are Washington's
    sources = ("by", "from") if token.lemma_.lower() in lexicon.load("events")["act_nouns"] else ("by",)
    return found + [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ in sources
                    for obj in prep.children if obj.dep_ == "pobj" for a in _member_actors(obj, index) if a not in found]


def _done_by(thing: Token, index: ActorIndex, verbs: frozenset[str] | None = None) -> list[str]:
    """The actors a participle after a thing says did it, of `verbs` if given: "a truce plan proposed
    by the United States"; "nine lithium concessions held by Chinese company Ganfeng", whose they are."""
    return [a for made in thing.children if made.dep_ == "acl" and made.tag_ == "VBN"
            and (verbs is None or made.lemma_.lower() in verbs) for agent in made.children
            if agent.dep_ == "agent" for obj in agent.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)]


def _served(token: Token, index: ActorIndex) -> list[str]:
    """Whom people or bodies serve: "officials from X and Y", "the leaders of Serbia and Kosovo"."""
    serving = lexicon.words("person_role_nouns") | lexicon.words("representative_nouns") | {"official"}
    return [a for prep in token.children if prep.dep_ == "prep"
            and (prep.lower_ == "from" or (prep.lower_ == "of" and token.lemma_.lower() in serving))
            for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)]


def _act_referred_to(noun: Token, verb: Token) -> list[str]:
    """The types of act a definite noun points back to ("the arrests": COERCE, "what he called a
    “sensible” decision"), or one a clause describes as it restates it ("accused Russia of
    executions, an allegation Moscow denied")."""
    # "called the arrests “theatre”": the model hangs "the" on the words cast, "arrests" on them
    determiners = [*noun.children, *(noun.head.children if noun.dep_ in ("nmod", "amod") else [])]
    called = _named_by_what(noun.head)
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "these")) or (c.dep_ == "poss" and c.pos_ == "PRON")
                   for c in determiners) \
        or (verb.dep_ == "relcl" and verb.head.i == noun.i) or (called is not None and called.i == noun.i)
    return lexicon.load("events")["act_nouns"].get(noun.lemma_.lower(), []) if definite and noun.pos_ == "NOUN" else []


def _participles_told_before(verb: Token, act_type: str) -> list[Token]:
    """The participles that told, in the sentence before, the time of the act a verb's definite
    object points back to: "under a deal signed on Tuesday … Bayraktar signed the agreement with"."""
    if verb.sent.start == 0 or not any(act_type in _act_referred_to(thing, verb) for thing in _objects(verb)):
        return []
    acts = lexicon.load("events")["act_nouns"]
    return [participle for noun in verb.doc[verb.sent.start - 1].sent
            if noun.pos_ == "NOUN" and act_type in acts.get(noun.lemma_.lower(), [])
            for participle in noun.children if participle.dep_ == "acl" and participle.tag_ == "VBN"]


def _act_named_again(noun: Token, events: list[Event]) -> Event | None:
    """The act told before that a definite noun made of its verb names ("reopened their border
    crossing … welcomed the reopening"), or, failing that, the last act of the kind the noun names
    ("exchanged 12 prisoners … The day before the swap"), as last dated: an undated act of the kind
    after it retells it ("Azerbaijan freed eight Armenian soldiers")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for event in reversed(events):
        words = noun.doc.char_span(event.span.start, event.span.end, alignment_mode="expand") or []
        if any(word.pos_ == "VERB" and len(word.lemma_) > 3 and noun.lower_ != word.lower_
               and noun.lower_.startswith(word.lemma_.lower()) for word in words):
            return event
    kinds = lexicon.load("events")["act_nouns"].get(noun.lemma_.lower(), [])
    return next((e for e in reversed(events) if e.event_type in kinds and e.date.precision != "unknown"), None)


def _act_done_at(meeting: Token, events: list[Event]) -> Event | None:
    """The act told before that a clause says was done at a meeting: "… agreed on Wednesday to set
    up a joint commission … The agreement was reached at a summit in Astana"."""
    if meeting.pos_ == "VERB" or meeting.dep_ != "pobj" or meeting.head.lower_ not in ("at", "during"):
        return None
    return next((e for subject in meeting.head.head.children if subject.dep_ in ("nsubj", "nsubjpass")
                 if (e := _act_named_again(subject, events)) is not None), None)


def _day_from_act(verb: Token, events: list[Event], published: dt.date) -> tuple[DateInterval, list[Token]] | None:
    """A day counted from an act told and dated before, named again by a noun ("The day before the
    signing, Bolivia offered …") or by a clause with its verb ("The day before the patrols began")."""
    days = _days_counted(verb)
    for prep in (p for day in days for p in day.children if p.dep_ == "prep" and p.lower_ in ("before", "after")):
        act = next((e for noun in prep.children if noun.dep_ == "pobj"
                    if (e := _act_named_again(noun, events)) is not None and e.date.precision == "day"), None)
        if act is not None:
            return resolve_date(f"the day {prep.lower_}", published, reference=act.date), list(prep.head.subtree)
    for clause in verb.children:
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in ("before", "after")]
        # the model hangs "The day" on the clause or on the verb it dates
        if clause.dep_ == "advcl" and marks and (days or _days_counted(clause)):
            if (reference := _told_day([clause], published)) is not None:
                return resolve_date(f"the day {marks[0]}", published, reference=reference), list(clause.subtree)
    return None


def _days_counted(node: Token) -> list[Token]:
    """The "day" of "The day before …" hung on a verb or clause."""
    return [c for c in node.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"]


def _told_with(event: Event, noun: Token) -> bool:
    """Whether an event was told with the word a noun names it by: "released 14 prisoners" for
    "their release"."""
    words = noun.doc.char_span(event.span.start, event.span.end, alignment_mode="expand")
    return words is not None and any(word.lemma_.lower() == noun.lemma_.lower() for word in words)


def _last_speaker(token: Token, index: ActorIndex, excluded: list[str], unasserted: set[int]) -> list[str]:
    """The actors who last said that something was so before `token`, other than `excluded`,
    in the sentences of reporting before it (a speech quoted at length in between counts for none):
    whom "rejected the charge" or "rejected the plan" answers."""
    doc, speech = token.doc, lexicon.words("speech_verbs")
    start, reported = token.sent.start, 0
    while start > 0 and reported < 2:
        previous = doc[start - 1].sent
        reported += not all(t.i in unasserted or t.is_punct or t.is_space for t in previous)
        start = previous.start
    for verb in reversed(doc[start:token.i]):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in speech and verb.i not in unasserted \
                and any(child.dep_ == "ccomp" for child in verb.children):  # said that …, not "pledged aid"
            subject, _ = reporting_subject(verb)
            speakers = [a for a in _phrase_actors(subject, index) if a not in excluded] if subject is not None else []
            if speakers:  # a denial of what unnamed sources said answers no one the data can name
                return [a for a in speakers if a not in index.anonymous]
    return []


def _asks_anonymity(verb: Token) -> bool:
    """"asking not to be named", "declining to be identified": a source's condition, not a request
    or refusal in the story."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote")
               and (any(n.dep_ == "neg" for n in c.children) or verb.lemma_.lower() in ("decline", "refuse"))
               for c in verb.children)


def _event_told_again(passive: list[Token], verb: Token, trigger: Trigger, events: list[Event],
                      sentences: dict[int, int], doers: list[str], index: ActorIndex) -> Event | None:
    """The act just reported that a clause retells by the noun for it: passive ("Senegal and
    Mauritania signed an agreement on Wednesday … The deal was signed in Nouakchott by …"), or
    done by the leaders of the states that did it ("Ecuador and Peru signed a border security
    agreement … Presidents Daniel Noboa and José Jerí signed the pact in Tumbes"; a state among them
    is itself: "Peru's Hugo de Zela", whose name the model missed)."""
    leaders = {index.state_of_person(a) or (a if index.kind_of(a) == "state" else None) for a in doers} \
        if doers and not passive else set()
    if None in leaders or not any(trigger.type in _act_referred_to(noun, verb) for noun in passive or
                                  (_objects(verb) if leaders else [])):
        return None
    return next((e for e in reversed(events) if e.event_type == trigger.type and 0 <= sentences[verb.i] - e.span.sentence <= 1
                 and (not leaders or {p.actor_id for p in e.participants} == leaders)), None)


def _is_retaliation(verb: Token) -> bool:
    """A promise to pay back: "said it would retaliate", "vowed to retaliate", "promised a
    “proportionate response”"; not "would not retaliate"."""
    config = lexicon.load("events")
    if verb.pos_ != "VERB" or any(child.dep_ == "neg" for child in verb.children):
        return False
    if verb.lemma_.lower() in config["retaliation_promises"]:
        return any(thing.lemma_.lower() in config["retaliation_nouns"] for thing in _objects(verb))
    return verb.lemma_.lower() in config["retaliation_verbs"] \
        and (_is_future(verb) or _is_infinitive_of(verb, lexicon.words("intention_verbs")))


def _is_unhesitating(verb: Token, verbs: dict[str, Trigger], nouns: dict[str, Trigger]) -> bool:
    """A readiness to use force or sanctions, which threatens: "would not hesitate to impose sanctions"."""
    if verb.lemma_.lower() not in lexicon.words("hesitation_verbs") or not any(c.dep_ == "neg" for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and is_to_infinitive(c)]
    found = [verbs.get(act.lemma_.lower()) for act in acts]
    found += [nouns.get(word) for act in acts for thing in _objects(act) if (word := _noun_word(thing, nouns))]
    return any(trigger is not None and trigger.type in THREATENED for trigger in found)


def _saying_is_the_act(word: Token, feelings: dict[str, Trigger], verbs: dict[str, Trigger], unasserted: set[int]) -> bool:
    """A feeling or a rejection quoted from whoever says they have it or make it ("said it was
    “troubled” by the decision", "said it “strongly rejects” the accusations"): the saying is the
    act, whatever words are marked as theirs."""
    clause = word if word.dep_ == "ccomp" else word.head
    rejects = word.dep_ == "ccomp" and word.pos_ == "VERB" and (trigger := verbs.get(word.lemma_.lower())) is not None \
        and trigger.type == "REJECT" and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in word.children)
    return (word.lower_ in feelings or rejects) and clause.dep_ == "ccomp" and clause.head.i not in unasserted \
        and clause.head.lemma_.lower() in lexicon.words("speech_verbs")


def _is_intransitive(verb: Token) -> bool:
    """A verb with nothing it is done to or about, only perhaps a time: "Canada objected within a
    week" (the model may hang the clause before it on it)."""
    return not any(child.dep_ in ("dobj", "dative", "nsubjpass", "agent", "prt")
                   or (child.dep_ in ("ccomp", "xcomp") and child.i > verb.i)
                   or (child.dep_ == "prep" and any(obj.ent_type_ not in ("DATE", "TIME") for obj in child.children))
                   for child in verb.children)


def _last_actors(events: list[Event], reacting: list[str], kinds: list[str]) -> list[str]:
    """The actors of the latest act of one of `kinds` told so far, by others than `reacting`; for
    "any" act, not a refusal of an act told before it ("welcomed the decision" after "X issued a
    warrant; Y rejected the warrant" welcomes the warrant)."""
    answering, earlier_doers = [], set()
    for event in events:
        answering.append(event.event_type == "REJECT" and bool(set(event.ids("recipient")) & earlier_doers))
        earlier_doers.update(event.ids("actor"))
    for event, answers in zip(reversed(events), reversed(answering)):
        doers = event.ids("actor")
        if doers and (event.event_type in kinds or ("any" in kinds and event.event_type not in WORDS_ONLY and not answers)) \
                and not set(doers) & set(reacting):
            return doers
    return []


def _captor(asked: list[Token], events: list[Event], index: ActorIndex) -> list[str]:
    """Who holds the captives whose release is asked for: the last to act on them, or on anyone
    when they go unnamed ("called for their immediate release")."""
    releases = [t for t in asked if "RETREAT" in lexicon.load("events")["act_nouns"].get(t.lemma_.lower(), [])]
    held = {a for release in releases for a in _phrase_actors(release, index)}
    return next((e.ids("actor") for e in reversed(events) if releases and e.event_type in DONE_TO_SOMEONE
                 and e.ids("actor") and (not held or held & set(e.ids("recipient")))), [])


def _last_accusers(events: list[Event], accused: list[str]) -> list[str]:
    """Who last accused any of `accused`, or cast what they did as wrong ("described the charges as
    revenge"): whom their denial answers."""
    return next((event.ids("actor") for event in reversed(events) if event.event_type in ("ACCUSE", "REJECT")
                 and set(event.ids("recipient")) & set(accused)), [])


def _is_condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children)


def _is_conditional(clause: Token) -> bool:
    return any(map(_is_condition, clause.children))


def _attacked(verb: Token, index: ActorIndex) -> list[str]:
    """Whom an attack with no named target hits, tried in turn: the state of the place struck
    ("struck three sites in western Iran"), the owner of what it was fired at ("fired water cannon at
    a Philippine supply boat"), whose a building is ("attacked a police station")."""
    objects = _objects(verb)
    return [a for thing in objects for prep in thing.children if prep.lower_ == "in"
            for place in prep.children if index.is_state_name(place) for a in index.actors_in(place)] or [
        a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "at"
        for thing in prep.children if thing.dep_ == "pobj" for a in _phrase_actors(thing, index)] or [
        a for thing in objects for c in thing.children if c.dep_ == "compound" for a in index.represented(c)] or [
        state for holder in [*objects, verb] for prep in holder.children if prep.lower_ == "in"  # "in southern Lebanon"
        for place in prep.children if (state := place_state(place.text, index))]


def _beneficiaries(thing: Token, index: ActorIndex) -> list[str]:
    """Who a thing given or promised is for ("$500 million in aid for Sudan"), who is among the
    people acted on ("18 prisoners, including Ales Bialik"), or whose premises are searched or licence revoked."""
    # not those named in what the people acted on are accused of ("companies accused of shipping oil to China")
    described = {t.i for clause in thing.subtree if clause.dep_ in ("acl", "relcl")
                 and clause.lemma_.lower() in lexicon.words("accusation_verbs") for t in clause.subtree}
    # and whose premises or licence they are ("searched the offices of Civic Watch", "revoked the licence of N1")
    owning = {"of"} if _is_of_kind(thing, "premises_nouns") or _is_of_kind(thing, "permit_nouns") else set()
    return [actor for prep in thing.subtree if prep.dep_ == "prep" and prep.i not in described
            and prep.lower_ in {"to", "for", "including", "with", "on", "against", *owning}
            # "its ban on imports of Ukrainian grain": on the state whose goods they are
            for obj in prep.children if obj.dep_ == "pobj" for actor in _phrase_actors(obj, index) or _traded_from(obj, index)]


def _across(thing: Token, index: ActorIndex, actor_ids: list[str]) -> list[str]:
    """The state on the other side of a border, crossing, mission or tie a state opens or closes:
    the state of the place it is in ("its embassy in Tehran"), or the one other state its sentence
    names ("Burundi closed the border in January 2024, accusing Rwanda of …"), or for ties, the
    sentence before."""
    if (antecedent := _thing_referred_to(thing, ("relation_nouns", "crossing_nouns"))) is not None:
        thing = antecedent  # "reopened their border crossing … three years after Nigeria closed it"
    ties = _is_of_kind(thing, "relation_nouns")
    if not (ties or _is_of_kind(thing, "crossing_nouns")):
        return []
    located = [state for prep in thing.children if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at")
               for place in prep.children if place.dep_ == "pobj"
               if (state := place_state(place.text, index)) and state not in actor_ids]
    # the states its sentence names, by name or adjective ("during a dispute over a Haitian irrigation canal")
    named = [*((head.i, m.actor_id) for m, head in index.entries), *index.state_of_adjective.items()]
    # "Armenia and Turkey opened their land border … Turkey closed the border in 1993 in solidarity with
    # Azerbaijan": the border told before, between the states of its sentence
    told = next((t for t in reversed(thing.doc[:thing.sent.start]) if t.lemma_ == thing.lemma_), None) \
        if any(c.dep_ == "det" and c.lower_ == "the" for c in thing.children) else None
    sides = {a for position, a in named if told is not None and told.sent.start <= position < told.sent.end
             and index.kind_of(a) == "state"} - set(actor_ids)
    if len(sides) == 1 and not located:
        return sorted(sides)
    others = {a for position, a in named if thing.sent.start <= position < thing.sent.end
              and index.kind_of(a) == "state"} - set(actor_ids)
    # "… Ecuadorian police stormed Mexico's embassy. Mexico broke off ties"; not "the two countries cut ties"
    if ties and not others and len(actor_ids) == 1 and thing.sent.start > 0:
        before = thing.doc[thing.sent.start - 1].sent
        # not a person's nationality: "Marchetti, a former Italian foreign minister,"
        others = {a for position, a in named if before.start <= position < before.end and index.kind_of(a) == "state"
                  and thing.doc[position].head.lemma_.lower() not in lexicon.words("person_role_nouns")} - set(actor_ids)
    borders = lexicon.words("border_nouns")
    if located or others or ties or not ({thing.lemma_.lower()} | {c.lemma_.lower() for c in thing.children}) & borders:
        return located[:1] or (sorted(others) if len(others) == 1 else [])
    # "said Uganda had closed two border crossings", no other state in sight: a border with the state the
    # story is about (a road, or an airspace, may be the state's own)
    return index.leading_state(thing, frozenset(actor_ids))


def _gives_material(verb: Token) -> bool:
    """Whether a verb, or the act it offers or promises, gives aid of a kind: "would send two
    rescue helicopters", "offered to send a team"."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(_is_of_kind(thing, "material_nouns") for act in acts for thing in _objects(act))


def _helped(verb: Token) -> list[Token]:
    """Who a purpose clause says an act helps: "to help Kenya upgrade", "to support Ukraine",
    on the verb or on what it gives ("approved a loan to help Bangladesh protect …"), or where the
    helped live ("announcing 30 million euros to help small farmers in Malaysia")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    purposes = [c for holder in holders for c in holder.children if c.dep_ in ("advcl", "relcl", "acl", "xcomp")
                and is_to_infinitive(c) and c.lemma_.lower() in lexicon.words("helping_verbs")]
    helped = [t for c in purposes for t in [*_objects(c), *(s for x in c.children if x.dep_ == "ccomp"
                                                          for s in x.children if s.dep_ == "nsubj")]]
    return helped + [place for holder in [*purposes, *helped] for prep in holder.children
                     if prep.dep_ == "prep" and prep.lower_ == "in" for place in prep.children if place.dep_ == "pobj"]


def _is_future(verb: Token) -> bool:
    """ "will send", or "would send" in what someone said ("the EU said it would send planes", "said
    that Argentina had met every target and that the board would release $2 billion")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        clause = clause.head  # a second that-clause of the same saying
    reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.words("speech_verbs")
    return "will" in auxiliaries or ("would" in auxiliaries and reported)


def _place_visited(visit: Token, index: ActorIndex) -> list[str]:
    """The state whose place the verb a visit hangs on names: "arrived in Islamabad for a visit",
    "arrived in Santiago for talks"."""
    verb = next((node for node in visit.ancestors if node.pos_ == "VERB"), None)
    if verb is not None and not (verb.lemma_.lower() in lexicon.load("events")["arrival_verbs"] or visit.lower_ == "visit"):
        return []
    places = [obj for prep in (verb.children if verb is not None else []) if prep.dep_ == "prep" and prep.lower_ in ("in", "to")
              for obj in prep.children if obj.dep_ == "pobj"]
    return [state for obj in places if (state := place_state(obj.text, index))][:1]


def _sends_forces_to_a_place(verb: Token) -> bool:
    """Whether a verb sends troops or vessels to a stretch of land or sea and to no one: "sent two
    patrol boats to the area", not "sent two navy boats to Congo"."""
    forces = lexicon.words("force_nouns") | lexicon.words("vessel_nouns")
    return any(thing.lemma_.lower() in forces for thing in _objects(verb)) and any(
        place.lemma_.lower() in lexicon.words("theatre_nouns") and not any(c.dep_ == "poss" for c in place.children)
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
        for place in prep.children if place.dep_ == "pobj")


def _objects(verb: Token) -> list[Token]:
    found = [child for child in verb.children if child.dep_ in ("dobj", "dative", "attr")]
    # "sentenced opposition leader Jawhar Ben Mbarek to 12 years": a person the model took for an adverb
    found += [child for child in verb.children if child.dep_ == "npadvmod" and child.i > verb.i
              and child.ent_type_ == "PERSON" and not found]
    found += thing_called(verb) if not found else []
    found += [named for clause in verb.children if not found and (named := _named_by_what(clause)) is not None]
    # "the RSF, which the army has fought": a relative pronoun stands for the noun the clause describes,
    # as does the missing object of "an allegation Moscow denied"
    found = [verb.head if thing.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else thing for thing in found]
    # "argued over tolls that Argentina charges", the relative clause taken for a reported one
    found = [thing.doc[thing.i - 1] if thing.lower_ in ("that", "which") and verb.dep_ != "relcl" and thing.i > 0
             and thing.doc[thing.i - 1].pos_ == "NOUN" else thing for thing in found]
    if not found and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" \
            and not any(c.dep_ in ("nsubjpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP") for c in verb.children):
        found = [verb.head]
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in lexicon.load("events")["recipient_prepositions"]:
            found += [child for child in prep.children if child.dep_ == "pobj"]
    return found


def _hung_on_object(verb: Token, preposition: str) -> list[Token]:
    """A verb's preposition the model hung on its object, when it brings in someone named:
    "discussed the pass with Javier Milei", "with the office of Prime Minister Nawaf Salam"."""
    named = ("PERSON", "GPE", "ORG", ACTOR_LABEL)
    return [prep for thing in verb.children if thing.dep_ == "dobj" for prep in thing.children
            if prep.dep_ == "prep" and prep.lower_ == preposition
            and any(obj.dep_ == "pobj" and (obj.ent_type_ in named or any(
                of.dep_ == "prep" and of.lower_ == "of" and any(o.ent_type_ in named for o in of.children)
                for of in obj.children)) for obj in prep.children)]


def _phrasal_fits(phrasal: str, verb: Token, index: ActorIndex) -> bool:
    """Whether a phrasal verb bound to objects of a kind has one after its particle: "withdrew
    from the deal" or "from the WHO" leaves an agreement or a body, "withdrew from Kabul" a place."""
    kind = lexicon.load("events")["object_kinds"].get(phrasal)
    particle = phrasal.split(" ", 1)[1]
    left = lexicon.load("events")["places_left"].get(phrasal)  # "walked out of prison" leaves, not protests
    if left and any(_is_of_kind(place, left) for node in [verb, *verb.children] for prep in node.children
                    if prep.lower_ in ("of", "from") for place in prep.children if place.dep_ == "pobj"):
        return False
    if left and any(prep.dep_ == "prep" and prep.lower_ in lexicon.words("direction_prepositions")
                    for node in [verb, *verb.children] for prep in node.children):
        return False  # "walks out onto the salt crust": a walk, not a walkout
    # the particle's preposition, or the complement's verb: "ordered Belarus to close its consulate"
    heads = [child for child in verb.children if child.lower_ == particle or (
        child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() == particle)]
    return kind is None or any(_is_object_of_kind(thing, kind, index) for head in heads
                               for thing in head.children if thing.dep_ in ("pobj", "dobj"))


def _is_of_kind(thing: Token, kind: str) -> bool:
    """Whether a noun is one of a lexicon list ("vaccine doses" are material_nouns)."""
    words = {thing.lemma_.lower(), thing.lower_, thing.lower_.rstrip("s")}
    words |= {child.lemma_.lower() for child in thing.children if child.dep_ in ("compound", "nummod")}  # "a $1.5 billion plan"
    # "the delivery of 40 tanks", "a shipment of vaccines"
    words |= {obj.lemma_.lower() for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for obj in prep.children if obj.dep_ == "pobj"}
    return bool(words & lexicon.words(kind))


def _thing_referred_to(pronoun: Token, kinds: tuple[str, ...] = ()) -> Token | None:
    """The thing "it" (or "them") stands for when it is no actor: the last common noun named before
    it in its sentence, the last of the kinds wanted if there is one ("reopened the border post … when
    the authorities closed it", "cut ties with Kenya in 2020 and restored them in 2021"); "him" or "her"
    only one of those kinds ("Algeria's ambassador returned …, two years after Algiers recalled him")."""
    if pronoun.lower_ not in ("it", "them", "him", "her") or pronoun.pos_ != "PRON":
        return None
    named = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and not t.ent_type_
             and (t.tag_ == "NNS") == (pronoun.lower_ == "them")]
    fitting = [t for t in named if any(_is_of_kind(t, kind) for kind in kinds)]
    return (fitting or ([] if pronoun.lower_ in ("him", "her") else named) or [None])[-1]


def _is_object_of_kind(thing: Token, kind: str, index: ActorIndex) -> bool:
    """Whether what a verb is done to is of the kind it needs; any organisation named is one a
    state may leave ("quit ECOWAS"); "it" is the last thing named before it in its sentence
    ("lifted its veto on the package, two weeks after blocking it")."""
    if (antecedent := _thing_referred_to(thing, (kind,))) is not None:
        return _is_of_kind(antecedent, kind)
    return _is_of_kind(thing, kind) or (
        kind == MEMBERSHIP and any(index.kind_of(a) == "organization" for a in index.actors_in(thing)))


def _date_children(node: Token, doc: Doc, trigger: Token) -> Token | None:
    """A date phrase hanging directly on `node`: "on Thursday", "last month", "in March"; not a
    year that only describes a thing ("an investigation into a 2021 contract"), nor the day a thing is
    set for ("called a general strike for Dec. 10")."""
    if node.dep_ == "prep" and node.lower_ == "for":
        return None
    for child in node.children:
        if node.i != trigger.i and node.pos_ in ("NOUN", "PROPN") and child.dep_ in ("nummod", "compound", "amod", "poss"):
            continue
        candidates = [child]
        if child.dep_ == "prep" and child.lower_ in DATE_PREPOSITIONS:
            candidates = [grand for grand in child.children if grand.dep_ == "pobj"]
        elif child.dep_ == "advmod" and child.lower_ in RELATIVE_ADVERBS:  # "the day before"
            candidates = [grand for grand in child.children if grand.dep_ == "npadvmod"] + [child]  # "two days earlier"
        for candidate in candidates:
            ent = entity_at(candidate)
            if ent is not None and ent.label_ in ("DATE", "TIME") and ent.root.i == candidate.i:  # "this morning"
                return child
            # "In 2022 Paraguay's environment ministry fined …", the year tagged a number
            if child.dep_ == "prep" and child.lower_ == "in" and candidate.text.isdigit() and len(candidate.text) == 4 \
                    and not list(candidate.children) and (ent is None or ent.label_ == "CARDINAL"):
                return child
    return None


def _date_phrases(trigger: Token) -> list[list[Token]]:
    """Date phrases that may date an event, best first: those in the trigger's own clause, nearest
    first; then those of each clause above it, while the way up passes only through temporal
    links ("during which", "when"); a date the trigger's clause hangs on ("July 2022, when …")."""
    doc = trigger.doc
    phrases: list[list[Token]] = []
    node = trigger
    while True:
        found = [f for n in _own_clause(node) if (f := _date_children(n, doc, trigger)) is not None]
        found = [f for f in found if all(f.head.i != other.i for other in found)]  # "on Monday", not "Monday"
        # a date on the verb itself before one on its object, and a full date before a relative one: "broke
        # off ties the same day as the raid, on April 5, 2024"
        found.sort(key=lambda f: (f.head.i != node.i and f.head.dep_ in ("dobj", "attr"), not _is_full_date(f),
                                  abs(f.i - trigger.i)))
        phrases += [_without_clauses(f) for f in found if all(f.i != p[0].i for p in phrases)]
        if node is trigger and not phrases:
            # "seized three boats and detained 41 crew members on Sunday": a date closing a list of acts
            # with one subject dates them all
            shared = [c for c in trigger.conjuncts if c.i > trigger.i and c.pos_ == "VERB" and not any(
                g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or g.lower_ in LATER_LINKS for g in c.children)]
            phrases += [_without_clauses(f) for c in shared[-1:] for n in _own_clause(c)
                        if (f := _date_children(n, doc, c)) is not None]
        if node.head.i == node.i or (node.dep_ in CLAUSE_DEPS and node.dep_ != "conj" and not _is_concurrent(node)
                                     and not any(t.lower_ in TEMPORAL_LINKS for t in node.subtree if t.i < node.i)):
            return phrases
        if node.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in LATER_LINKS for c in node.children):
            return phrases  # "signed a treaty last March, and troops have since pulled back": later, not then
        node = node.head
        if node.ent_type_ == "DATE":
            return phrases + [list(entity_at(node))]


def _dates_joined(phrase: list[Token], published: dt.date) -> list[DateInterval]:
    """The other months or years of a date phrase that names several: "fought wars in 2020 and 2023"
    are two wars. Days joined ("met on Monday and Tuesday") are one act that lasted."""
    first = next((t for t in phrase if t.ent_type_ == "DATE"), None)
    if first is None:
        return []
    preposition = phrase[0].text + " " if phrase[0].dep_ == "prep" else ""
    dates = [resolve_date(preposition + joined.text, published) for joined in first.conjuncts if _is_joined_date(joined)]
    return [d for d in dates if d.precision in ("month", "year")]


def _is_joined_date(token: Token) -> bool:
    return token.dep_ == "conj" and token.ent_type_ == "DATE" and token.head.ent_type_ == "DATE"


def _is_full_date(phrase: Token) -> bool:
    """ "on April 5, 2024": a day, a month and a year, which no relative phrase can better."""
    numbers = [t.text for t in phrase.subtree if t.like_num]
    return any(len(n) == 4 for n in numbers) and any(len(n) <= 2 for n in numbers)


def _without_clauses(phrase: Token) -> list[Token]:
    """A date phrase's words, less a clause or apposition that describes it ("in 2012, which
    collapsed within weeks", "on May 19, the day before the vote"): "December 7, 2023" keeps its comma."""
    clauses = {t.i for node in phrase.subtree if node.i != phrase.i and node.dep_ in ("relcl", "acl", "appos")
               for t in node.subtree}
    # "in 2020 and 2023": each date its own act (see _dates_joined)
    clauses |= {t.i for node in phrase.subtree if node.i != phrase.i and _is_joined_date(node)
                for t in [*node.subtree, *(c for c in node.head.children if c.dep_ == "cc")]}
    # "twice last week": how often, not when
    clauses |= {t.i for t in phrase.children if t.dep_ == "advmod" and t.lower_ in lexicon.words("frequency_adverbs")}
    words = [t for t in phrase.subtree if t.i not in clauses]
    while len(words) > 1 and words[-1].is_punct:
        words.pop()
    return words


def _announcement(trigger: Token) -> Token | None:
    """The reporting verb of a clause: "Japan will send aid, its embassy said on Tuesday"."""
    speech = lexicon.words("speech_verbs")
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in speech:
        return trigger.head
    return next((c for c in trigger.children if c.dep_ in ("parataxis", "conj") and c.lemma_.lower() in speech), None)


def _leaked(clause: Token, index: ActorIndex) -> bool:
    """Whether what a clause says will happen is told only by unnamed sources ("officials said",
    "according to people familiar with the plan"): a plan, not a promise anyone has made."""
    announcement = _announcement(clause)
    sources = [c for c in announcement.children if c.dep_ == "nsubj"] if announcement is not None else []
    sources += [obj for prep in clause.sent if prep.lower_ == "according" for to in prep.children
                for obj in to.children if obj.dep_ == "pobj"]
    return bool(sources) and all(index.actor_at(source) in index.anonymous for source in sources)


def _is_concurrent(clause: Token) -> bool:
    """A participle clause with no subject or link of its own happens with the clause it hangs
    on: "expelled two diplomats on Tuesday, accusing them of spying"."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(
        child.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for child in clause.children)


def _dated(trigger: Token, published: dt.date, reference: DateInterval | None, promise: bool = False,
           last_named: DateInterval | None = None) -> tuple[DateInterval, list[Token]]:
    """The first of the trigger's date phrases that resolves, and its words; "the day before"
    counts from `reference`, the last day named, "the same month" is that of `last_named`, the last
    date named. A promise is made when it is announced, so its announcement's date phrases come first."""
    # "a day after the chiefs met and agreed …": the second act of the clause is as far from the main one
    clause = trigger.head if trigger.dep_ == "conj" and _days_before_main(trigger) is None else trigger
    if clause.pos_ == "NOUN" and clause.dep_ == "dobj":
        clause = clause.head  # "a week after the WHO opened an inquiry": the verb the noun's act is told by
    counted: tuple[DateInterval, list[Token]] | None = None
    if (apart := _days_before_main(clause)) is not None:
        offset, words, main_clause = apart
        main, _ = _dated(main_clause, published, reference, last_named=last_named)
        # "The deal came a day after …": a main clause with no date of its own is on the last day named
        date = resolve_date(offset, published, reference=main if main.precision != "unknown" else reference)
        if date.precision != "unknown":
            counted = replace(date, text=doc_text(trigger.doc)[words[0].idx:words[-1].idx + len(words[-1])]), words
    # a day points forward only from a verb in the future ("will meet on Tuesday"), not from a
    # past participle beside it ("will provide vessels under a loan signed on Tuesday")
    phrases = [(phrase, any(t.lower_ == "will" for t in phrase[0].head.children)) for phrase in _date_phrases(trigger)]
    if promise and (announcement := _announcement(clause)) is not None:
        # "said on Tuesday that the board would release $2 billion this month": promised on Tuesday
        phrases = [(phrase, False) for phrase in _date_phrases(announcement)] + phrases
    # "arrested in June 2024 and sentenced four months later": counted from the first act; not "met
    # the next day and agreed …", whose date the two acts share
    joined = _dated(trigger.head, published, reference)[0] if trigger.dep_ == "conj" else DateInterval()
    own = {t.i for t in trigger.subtree}
    for phrase, future in phrases:
        text = doc_text(trigger.doc)[phrase[0].idx:phrase[-1].idx + len(phrase[-1])]
        counted_from = joined if joined.precision != "unknown" and phrase[0].i in own else reference
        date = resolve_date(text, published, future=future, reference=_told_day(phrase, published) or counted_from,
                            last_named=last_named)
        if date.precision != "unknown":
            # "14 years after it cut ties with Iran in September 2012": the clause's own date, when finer
            return counted if counted is not None and counted[0].rank >= date.rank else (date, phrase)
    return counted or (_meeting_day(clause, published), [])


def _dated_in_the_past(noun: Token, published: dt.date) -> bool:
    """Whether a noun's own date phrase puts it before publication: "a visit … in October", not "a
    visit … next month"."""
    phrases = [phrase for phrase in _date_phrases(noun) if phrase[0].i > noun.i]
    return bool(phrases) and all(t.lower_ not in ("next", "coming") for t in phrases[0]) \
        and (date := _dated(noun, published, None)[0]).end is not None and date.end < published


def _meeting_day(clause: Token, published: dt.date) -> DateInterval:
    """The date of the meeting an undated act was done at, told and dated before: "told a donors'
    meeting in Geneva on Wednesday … Germany pledged 80 million euros at the meeting"."""
    meeting = next((noun for noun in _held_at(clause) if noun.lower_ in lexicon.words("gathering_nouns")
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)), None)
    if meeting is None:
        return DateInterval()
    told = next((earlier for earlier in reversed(clause.doc[:clause.sent.start])
                 if earlier.lower_ == meeting.lower_), None)
    return _dated(told, published, None)[0] if told is not None else DateInterval()


def _named_before(references: list[tuple[int, DateInterval]],
                  token: Token) -> tuple[DateInterval | None, DateInterval | None]:
    """The last day and the last date named before `token`: what "the day before" and "the same
    month" count from."""
    earlier = [date for start, date in references if start < token.i]
    return next((date for date in reversed(earlier) if date.precision == "day"), None), (earlier[-1] if earlier else None)


def _told_day(phrase: list[Token], published: dt.date) -> DateInterval | None:
    """The day of the act a date phrase counts from, when it names an act told and dated before:
    "the day before the talks resumed" after "resumed peace talks on Wednesday"."""
    clause = next((t for t in phrase if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in t.children)), None)
    if clause is None or clause.pos_ != "VERB":
        return None
    for earlier in reversed(clause.doc[:clause.sent.start]):
        if earlier.pos_ == "VERB" and earlier.lemma_ == clause.lemma_:
            date, _ = _dated(earlier, published, None)
            if date.precision == "day":
                return date
    return None


def _days_before_main(clause: Token) -> tuple[str, list[Token], Token] | None:
    """How far a clause's act lies from its main clause's, said from the main clause's day, the
    words that say so, and the main clause: "expelled the ambassador on Friday, a day after Mexico
    granted asylum" puts the grant "a day before" Friday, as "lifted its veto on Thursday, two weeks
    after blocking it" puts the blocking two weeks before Thursday."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None and clause.dep_ == "pcomp" and clause.head.lower_ in ("after", "before"):
        mark = clause.head
    main = mark.head if mark is not None and mark.dep_ == "prep" else clause.head
    # the model hangs "two days" on the clause or on its "after", or "the day" right before "after" on
    # the main clause ("The signing came the day after the ministers met")
    count = next((c for holder in [clause, *([mark, main] if mark is not None else [])] for c in holder.children
                  if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year")
                  and (holder is not main or c.right_edge.i + 1 == mark.i)), None)
    if mark is None or count is None or main.i == clause.i:
        return None
    words = sorted([*count.subtree, mark], key=lambda t: t.i)
    reverse = "before" if mark.lower_ == "after" else "after"
    return " ".join(t.text for t in count.subtree) + f" {reverse}", words, main


def _reference_dates(doc: Doc, published: dt.date) -> list[tuple[int, DateInterval]]:
    """Every date the text names, in order: what "the day before" and "the same month" count from."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            date = resolve_date(ent.text, published)
            if date.precision != "unknown":
                found.append((ent.start, date))
    return found


def _location(trigger: Token, index: ActorIndex, towns: Mapping[str, str]) -> tuple[str, list[Token]]:
    """Where the event happened: an "in/at" place in the trigger's own clause, or a capital or a town
    the dateline places, whatever the model took it for ("in Cotonou", tagged as a person)."""
    for token in _own_clause(trigger):
        if token.dep_ == "prep" and token.lower_ in PLACE_PREPOSITIONS:
            for obj in token.children:
                is_place = (obj.ent_type_ in PLACE_LABELS | {ACTOR_LABEL} or obj.lower_ in towns
                            or country_of_capital(obj.text) is not None) and obj.i not in index.actor_of_token
                if obj.dep_ == "pobj" and (is_place or index.is_state_name(obj)):
                    ent = entity_at(obj) or obj.doc[obj.i:obj.i + 1]
                    doc = ent.doc
                    # "in Arusha, Tanzania": a town with its state after a comma; not "met in Asmara,
                    # Ethiopia's government said", the state owning what comes next
                    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
                    if after is not None and doc[ent.end].text == "," and after.dep_ != "poss" \
                            and index.kind_of(index.actor_of_token.get(after.i, "")) == "state":
                        state = entity_at(after)
                        return doc[ent.start:state.end].text, list(doc[ent.start:state.end])
                    return ent.text, list(ent)
    return "", []


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger's subtree without the clauses nested in it: any clause hanging on the trigger,
    and deeper down the parts with a time of their own ("a tariff that took effect earlier this
    month"), but not a gerund ("talks on sharing the waters on Monday") unless it is what someone is
    accused of ("accused him of inciting violence in July")."""
    def named_beside_object(node: Token) -> bool:  # keeps the time the model hangs on it: "accused the company SOCAR on Thursday"
        return node.dep_ == "appos" and node.pos_ == "PROPN" and node.head.dep_ == "dobj"

    nested = {t.i for node in trigger.subtree if node.i != trigger.i and (
        (node.dep_ in OWN_TIME_DEPS and not named_beside_object(node))
        or (node.dep_ in CLAUSE_DEPS and node.head.i == trigger.i)
        or (node.dep_ == "pcomp" and accused_of(node.head)))
        for t in node.subtree}
    return [t for t in trigger.subtree if t.i not in nested]


def _core_right_edge(token: Token) -> Token:
    """The last word of a phrase, leaving out a relative clause that trails it."""
    nested = {t.i for node in token.subtree if node.dep_ in ("relcl", "acl") and node.i != token.i
              for t in node.subtree}
    return max((t for t in token.subtree if t.i not in nested and not t.is_punct and not t.is_space),
               key=lambda t: t.i, default=token)


def _dateline_towns(doc: Doc, index: ActorIndex) -> dict[str, str]:
    """The town a story is filed from, as a name of the state its dateline places it in ("TROMSØ,
    Norway —"): talks held there are hosted by that state."""
    towns = {}
    for sentence in (s for s in doc.sents if is_dateline(s.text)):
        town, _, rest = sentence.text.partition(",")
        if rest and (state := place_state(re.split(r"[—–(]| -", rest)[0].strip(), index)) is not None:
            towns[town.strip().casefold()] = state
    return towns


def _place_country(location: str, actors: dict[str, Actor], aliases: dict[str, str]) -> str:
    location = location.rpartition(", ")[2]  # "Arusha, Tanzania"
    place = aliases.get(location.casefold())
    country = country_named(location) or country_of_capital(location)
    return actors[place].country if place in actors else (country.alpha_3 if country else "")


def _host_by_place(event: Event, location: str, actors: dict[str, Actor], aliases: dict[str, str]) -> None:
    """PLOVER: the visitor acts and the host receives; "Argentina and Britain held talks in London"
    is hosted by Britain, and a minister and "his Slovak counterpart" meeting in Bratislava by the
    Slovak, where a meeting with no place named has every side as actor."""
    doers = [p for p in event.participants if p.role == "actor"]
    country = _place_country(location, actors, aliases) if location else ""
    hosts = [p for p in doers if p.actor_id in actors and actors[p.actor_id].kind in ("state", "person")
             and actors[p.actor_id].country == country]
    if len(doers) > 1 and len(hosts) == 1 and not event.ids("recipient"):
        hosts[0].role = "recipient"
    # "the Saudi minister met the Russian deputy premier in Riyadh": the one at home receives the one
    # visiting; one who meets two sides at home mediates
    guests = [actors[r].country for r in event.ids("recipient") if r in actors]
    if country and len(doers) == 1 and doers[0].actor_id in actors and actors[doers[0].actor_id].country == country \
            and len(guests) == 1 and guests[0] not in ("", country):
        for participant in event.participants:
            participant.role = "recipient" if participant.role == "actor" else "actor"


def _visit_mode(event: Event, location: str, actors: dict[str, Actor], aliases: dict[str, str]) -> str:
    """A meeting held in the recipient's country is a visit by the actor."""
    place_country = _place_country(location, actors, aliases)
    recipients = [actors[r].country for r in event.ids("recipient") if r in actors]
    return "visit" if place_country and place_country in recipients else event.event_mode


def _summary(event: Event, actors: dict[str, Actor]) -> str:
    verbs = lexicon.load("events")["summary_verbs"]
    verb = verbs.get(f"{event.event_type}/{event.event_mode}", verbs[event.event_type])
    names = {role: " and ".join(actors[p.actor_id].name for p in event.participants if p.role == role)
             for role in ("actor", "recipient")}
    if not names["recipient"]:
        verb = verb.removesuffix(" with").removesuffix(" to").removesuffix(" against").removesuffix(" of")
    if not names["actor"]:
        return f"{names['recipient']} was {verb} by an actor the text does not name"
    return " ".join(part for part in (names["actor"], verb, names["recipient"]) if part)


def _talks_of_others(events: list[Event], mediators: list[str], told_where: Callable[[Event], bool]) -> Event | None:
    """The last meeting told where `told_where` says, held by sides other than `mediators`: the talks
    a host or mediator named later joins."""
    return next((e for e in reversed(events) if e.event_type == "CONSULT" and e.event_mode != "third-party"
                 and told_where(e) and not set(e.ids("actor")) & set(mediators)), None)


def _mediated_by(talks: Event, mediators: list[str], actors: dict[str, Actor]) -> None:
    """Talks told before, now with who mediated or hosted them: the mediators meet both sides (CAMEO 045)."""
    talks.participants = _participants(mediators, talks.ids("actor"), False)
    talks.event_mode = "third-party"
    talks.summary = _summary(talks, actors)


def _acting_with(verb: Token, index: ActorIndex) -> list[str]:
    """The actors a verb's subject acts along or together with."""
    return [a for prep in verb.children if prep.lower_ in ("along", "together") for with_ in prep.children
            if with_.dep_ == "prep" and with_.lower_ == "with" for obj in with_.children if obj.dep_ == "pobj"
            for a in _phrase_actors(obj, index)]


def _participants(actor_ids: list[str], recipient_ids: list[str], inverse: bool) -> list[Participant]:
    if inverse:
        actor_ids, recipient_ids = recipient_ids, actor_ids
    # one row each: "offered to send a team to Iceland" may reach Iceland by the offer and by the sending
    people = [Participant(a, "actor") for a in dict.fromkeys(actor_ids)]
    people += [Participant(r, "recipient") for r in dict.fromkeys(recipient_ids) if r not in actor_ids]
    return people


def _noun_roles(noun: Token, trigger: Trigger, index: ActorIndex) -> tuple[list[str], list[str]]:
    config = lexicon.load("events")
    actors = index.owners(noun)
    for child in noun.children:
        if child.dep_ in ("poss", "compound"):
            for token in child.subtree:
                actors += [a for a in index.actors_in(token) if a not in actors]
    recipients: list[str] = []
    holders = [noun]
    while holders[-1].dep_ == "pobj" and holders[-1].head.lower_ == "of":  # "a round of sanctions on X"
        holders.append(holders[-1].head.head)
    # "followed mediation by Togo": the model may hang the "by" right after the noun on its verb
    beside = [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1
              and p.lower_ in config["source_prepositions"]] if noun.head.pos_ == "VERB" else []
    for prep in [*(child for holder in holders for child in holder.children), *beside]:
        if prep.dep_ != "prep":
            continue
        for obj in (child for child in prep.children if child.dep_ == "pobj"):
            named = _phrase_actors(obj, index)
            if prep.lower_ in config["joint_prepositions"] or prep.lower_ in config["source_prepositions"] \
                    or (trigger.type == "CONSULT" and prep.lower_ == "of" and prep.head.i == noun.i):
                actors += [a for a in named if a not in actors]  # "a meeting of EU leaders"
            elif prep.lower_ in config["recipient_prepositions"] \
                    and not (trigger.type == "CONSULT" and prep.lower_ in config["topic_prepositions"]):
                if not named and trigger.mode == "visit" and prep.lower_ == "to":  # "a visit to Islamabad", "to Buenos Aires"
                    place = obj.doc[obj.left_edge.i:obj.i + 1].text
                    named = [state] if (state := place_state(obj.text, index) or place_state(place, index)) else []
                recipients += [r for r in named if r not in recipients]
            elif trigger.type == "ASSAULT" and prep.lower_ in ("in", "of"):  # "its war in Ukraine", "invasion of Ukraine"
                recipients += [r for r in named if r not in recipients]
    funded_with = trigger.type == "AID" and noun.head.lower_ == "with"
    if (trigger.mode == "third-party" or funded_with) and noun.dep_ == "pobj" and not recipients:
        # "Russia and Ukraine exchanged prisoners, with mediation from the UAE": the mediator meets the sides;
        # "Kazakhstan finished the dam with a loan from the World Bank": the bank helps the builder
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), noun)  # "…, the second swap, after mediation by"
        recipients = [a for s in verb.children if s.dep_ == "nsubj" for a in _phrase_actors(s, index) if a not in actors]
    if trigger.type == "CONSULT" and not actors:
        # "talks on renewing the treaty between India and Bangladesh": the sides of what is discussed
        actors = [a for prep in _own_clause(noun) if prep.dep_ == "prep" and prep.lower_ in config["joint_prepositions"]
                  for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)]
    if trigger.type == "ACCUSE":
        about = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "over")]
        for prep in about:
            for obj in prep.children:
                for token in obj.subtree:
                    for actor_id in index.actors_in(token):
                        if actor_id not in recipients:
                            recipients.append(actor_id)
    return actors, recipients


def find_events(doc: Doc, index: ActorIndex, registry: Registry, sentences: dict[int, int],
                published: dt.date, unasserted: set[int]) -> list[Event]:
    """Events the text reports, leaving out the tokens in `unasserted`: words inside quotation
    marks (what a speaker says happened is their claim, not an event the report asserts) and
    the headline (a restatement of the body)."""
    verbs, nouns, adjectives = _triggers("verbs"), _triggers("nouns"), _triggers("adjectives")
    noun_verbs = lexicon.load("events")["noun_verbs"]
    actors = ChainMap(index.new_actors, registry.actors)  # live: places visited may add states
    towns = _dateline_towns(doc, index)
    aliases = {alias.text.casefold(): alias.actor_id for alias in registry.aliases} | towns
    references = _reference_dates(doc, published)
    events: list[Event] = []
    held: dict[str, Event] = {}  # the talks, meeting or summit told last, by its noun
    for token in doc:
        if token.i in unasserted and not _saying_is_the_act(token, adjectives, verbs, unasserted):
            continue
        lemma, promise, participle = token.lemma_.lower(), False, None
        # "called off a strike on Wednesday" is not "call on": a verb's own particle comes first
        # (the model takes some particles for adverbs: "the rebels walked out")
        own_particles = [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prt" or (
            child.dep_ == "advmod" and child.i == token.i + 1 and f"{lemma} {child.lower_}" in verbs)]
        # a preposition after the object is no particle: "called a strike for next week" is no "call for";
        # unless the phrasal verb is bound to what the preposition governs ("took Hungary to court")
        # nor is one that dates the act: "called … on Tuesday" is no "call on"
        particles = own_particles or [f"{lemma} {child.lower_}" for child in token.children if child.dep_ == "prep"
                                      and not any(o.ent_type_ in ("DATE", "TIME") for o in child.children)
                                      and (not any(o.dep_ == "dobj" and o.i < child.i for o in token.children)
                                           or f"{lemma} {child.lower_}" in lexicon.load("events")["object_kinds"])]
        particles += [f"{lemma} {grand.lower_}" for child in token.children if child.dep_ == "advcl"
                      for grand in child.children if grand.dep_ == "mark"]  # "called for X to be brought"
        # "discussed the pass with Argentine President Javier Milei": the model hangs "with" on the object
        particles += [f"{lemma} with" for prep in _hung_on_object(token, "with")]
        # "ordered two diplomats to leave", "lodged a protest"; not "called off a strike"
        # nor "called the strike “irresponsible”", words cast on the strike
        complements = {f"{lemma} {child.lemma_.lower()}": child for child in token.children
                       if child.dep_ in ("xcomp", "ccomp", "dobj") and not any(c.dep_ == "prt" for c in token.children)
                       and not (child.dep_ == "dobj" and _casts(token))}
        # "declared the council an “undesirable” organisation", parsed as the object's apposition; "sent a
        # protest note", the act named by the object's first noun
        complements |= {f"{lemma} {grand.lemma_.lower()}": grand for child in token.children if child.dep_ == "dobj"
                        for grand in child.children if grand.dep_ in ("appos", "compound")}
        lemma = next((phrasal for phrasal in [*particles, *complements]
                      if phrasal in verbs and _phrasal_fits(phrasal, token, index)), lemma)
        # the act a complement names is dated in its clause: "ordered him to leave the country on Monday"
        act_clauses = [token, *([complements[lemma]] if lemma in complements else [])]
        if token.dep_ == "acl" and token.pos_ == "VERB":  # "talks on May 28 mediated by Turkey": the talks' date
            act_clauses.append(token.head)
        if token.dep_ == "pcomp" and token.head.lower_ == "by":  # "responded a week later by suspending imports"
            act_clauses.append(token.head.head)
        if _is_concurrent_participle(token):  # "expelled him on Thursday, accusing Minsk of …"
            main = _act_chain(token)[1]
            # "ordered three diplomats to leave the country on Tuesday, accusing them": the order's time
            act_clauses += [main, *(c for c in main.children if c.dep_ == "xcomp")]
        if token.dep_ == "xcomp" and is_to_infinitive(token):  # "voted on Wednesday to suspend her"
            act_clauses.append(token.head)
        verb_trigger = verbs.get(lemma) or (_disparaging(token) if _disparages(token) else None) or (
            STOPPED_TRADE if _is_stopped_trade(token) else None)
        retaliation = _is_retaliation(token)
        if retaliation or _is_unhesitating(token, verbs, nouns):
            verb_trigger, promise = Trigger("THREATEN"), True  # a threat made when it is said
        # "said it was “concerned” by the arrest": the adjective acts as its clause's verb
        feeling = adjectives.get(token.lower_) if (token.pos_ in ("ADJ", "VERB") and token.dep_ == "acomp") or any(
            child.dep_ == "auxpass" for child in token.children) else None
        if (token.pos_ == "VERB" and verb_trigger or feeling) and not _is_modifier(token) and not _asks_anonymity(token):
            trigger = feeling or verb_trigger
            if trigger.type == "AID" and any(_is_of_kind(thing, "mediator_nouns") for thing in _objects(token)):
                trigger = Trigger("CONSULT", "third-party")  # "sent a team of mediators to Lesotho": to meet the sides
            subject = [c for c in token.children if c.dep_ == "nsubj"] or (
                [token.head] if _verb_taken_for_participle(token) else []) or _subject_taken_for_object(token) or [
                # "Pope Leo on Sunday called for …": a name before the verb the model took for an adverb
                c for c in token.children if c.dep_ == "npadvmod" and c.i < token.i and index.actor_at(c)]
            agents = [obj for c in token.children if c.dep_ == "agent" for obj in c.children if obj.dep_ == "pobj"]
            # "Lissu, who was arrested in April,": the relative pronoun stands for the noun it describes
            passive = [relative_antecedent(c) for c in token.children if c.dep_ == "nsubjpass"]
            if feeling:  # "it was concerned by the arrest": who feels it acts
                subject, passive, agents = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                    c for c in token.head.children if c.dep_ == "nsubj" and token.dep_ == "acomp"], [], []  # "it was “alarmed”"
            if agents:  # "X was attacked by Y": Y acts on X
                subject = agents
                if not passive and token.dep_ == "acl":  # "a campaign funded by Y": Y acts for whoever runs it
                    passive = [token.head] if _phrase_actors(token.head, index) else [
                        c for a in token.head.ancestors for c in a.children if c.dep_ == "nsubj"][:1]
            # "appeared in court and was released on bail": a passive's borrowed subject is acted on
            if not subject and not passive and any(c.dep_ == "auxpass" for c in token.children):
                passive = [c for a in token.ancestors for c in a.children if c.dep_ == "nsubj"][:1]
            if not subject and not passive and token.dep_ == "conj" and token.tag_ == "VBN" \
                    and any(c.dep_ == "auxpass" for c in token.head.children):
                passive = [c for c in token.head.children if c.dep_ == "nsubjpass"]  # "was arrested … and sentenced"
            # "prompting Tokyo to scramble jets": the object of the verb above does what it is made to; not
            # "summoned Japan's deputy ambassador to protest against …", done by whoever summoned
            if not subject and not passive and token.dep_ == "xcomp" \
                    and token.head.lemma_.lower() not in lexicon.words("summoning_verbs"):
                subject = [c for c in token.head.children if c.dep_ == "dobj" and _phrase_actors(c, index)]
            subject = [author for s in subject for author in _document_author(s, token)]
            # "The main opposition Republican People's Party (CHP) called": the model may find two subjects
            doer = next((s for s in subject if _phrase_actors(s, index)), subject[0]) if subject else None
            # "Algeria's ambassador returned to Madrid": an envoy sent back, with no object to show it
            subject_kind = lexicon.load("events")["subject_kinds"].get(lemma)
            sent_back = subject_kind is not None and not any(c.dep_ == "dobj" for c in token.children) \
                and any(_is_of_kind(s, subject_kind) for s in subject)
            actor_ids = _phrase_actors(doer, index) if doer is not None else (
                [] if passive else _governing_subject(token, index, spoken=trigger.type in SPEECH_ACTS))
            # "they signed", "their foreign ministers met": the actors acting together before
            pronoun = doer if doer is not None and doer.lower_ == "they" else next(
                (c for c in (doer.children if doer is not None else []) if c.dep_ == "poss" and c.lower_ == "their"), None)
            if not actor_ids and pronoun is not None:
                actor_ids = _pair_before(pronoun, index)
            if not actor_ids and passive and not agents and trigger.type in DONE_TO_SOMEONE:
                # "Morel was arrested in Moscow": by the state of the capital or country it was done in
                telling = [token, *([token.head] if token.dep_ == "conj" else [])]  # "was arrested in Moscow … and sentenced"
                place = next((state for verb in telling for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                              for obj in prep.children if obj.dep_ == "pobj" and (state := place_state(obj.text, index))), None)
                # or, with no place, by whoever the story says acted on them before: "A Vietnamese court sentenced
                # blogger Nguyen Van Hoa … Hoa was arrested in April"
                acted_on = [a for p in passive for a in _phrase_actors(p, index)]
                acted = next((e.ids("actor") for e in reversed(events) if e.event_type in DONE_TO_SOMEONE
                              and acted_on and set(acted_on) <= set(e.ids("recipient"))), [])
                actor_ids = [place] if place else acted
            if subject and subject[0].tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                # "Otieno, who denies the charge"; not "an official, who asked not to be named", nor a
                # thing's doing ("a deal with CMOC that settled a dispute")
                doer = index.actor_at(token.head) is not None or bool(index.represented(token.head))
                actor_ids = [a for a in _phrase_actors(token.head, index) if a not in index.anonymous] if doer else []
            if trigger.type == "CONCEDE" \
                    and any(index.actor_at(thing) for thing in token.children if thing.dep_ == "dobj"):
                continue  # "admitted Belarus as a member": let in, not conceded ("apologised to Congo" concedes)
            if trigger.type == "ASSAULT" and not subject and token.head.lemma_.lower() in lexicon.words("accident_verbs"):
                continue  # "one of its jets crashed, killing 97 people": deaths by accident
            if any(s.lemma_.lower() in lexicon.words("instrument_nouns") for s in subject):
                continue  # "the agency's rules bar it from acting": what a rule says, not an act
            if trigger.type == "ASSAULT" and any(s.lemma_.lower() in lexicon.words("labour_nouns") for s in subject):
                trigger = Trigger("PROTEST")  # "unions strike against the plan": a strike by workers
            if trigger.type == "ASSAULT" and any(s.lemma_.lower() in lexicon.words("police_nouns") for s in subject):
                trigger = Trigger("COERCE")  # "police raided the embassy": force used by police is coercion
            if trigger.type == "AID" and token.tag_ in ("VBZ", "VBP") and token.i not in unasserted \
                    and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
                continue  # "Botswana supplies about 70% of De Beers' rough diamonds": what it does, not an act told
            if trigger.type == "AID" and _sends_forces_to_a_place(token):
                trigger = Trigger("MOBILIZE")  # "sent two patrol boats to the area": forces moved, no one helped
            if token.lemma_.lower() in lexicon.load("events")["stopping_verbs"] \
                    and any(s.lemma_.lower() in lexicon.words("judicial_nouns") for s in subject) \
                    and not any(index.actor_at(thing) for thing in _objects(token)):
                trigger = DISMISSING  # "the High Court suspended the plan": a court stopping an act refuses it
            if lemma == "protest" and actor_ids and all(index.kind_of(a) == "state" for a in actor_ids):
                trigger = DISPARAGING  # "Haiti has protested against the deportations": a state protests in words
            if trigger.host_of_person and any(index.kind_of(a) == "person" for o in _objects(token) for a in index.actors_in(o)):
                trigger = Trigger("CONSULT", "visit", inverse=True)
            if trigger.recipient_from_complement and not any(_phrase_actors(o, index) for o in _objects(token)):
                complements = [c for c in token.children if c.dep_ == "ccomp"]
                targets = [s for c in complements for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                targets += [o for o in _objects(token) if o.lemma_.lower() in lexicon.words("departure_nouns")]
                if any(_is_conditional(c) for c in complements):  # "warned that workers would strike if …"
                    trigger = Trigger("THREATEN")
            else:
                # "X had been jailed": with no agent, the one it was done to is still the target
                targets = _objects(token) + (passive if agents or trigger.type in DONE_TO_SOMEONE else [])
                if trigger.type in DONE_TO_SOMEONE:  # "detained 38 people on Tuesday, including the mayor"
                    targets += [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "including"
                                for obj in prep.children if obj.dep_ == "pobj"]
                # "ordered the closure of Adilet Bashat", "sold its stake in Caterpillar": the one it is done
                # to; not the deportee of a deportation a court halts, nor the captive whose release is demanded
                if lemma in complements and complements[lemma].pos_ == "NOUN" and trigger.type in DONE_TO_SOMEONE:
                    targets += [obj for prep in complements[lemma].children if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
                                for obj in prep.children if obj.dep_ == "pobj"]
                if lemma in complements and complements[lemma].dep_ == "ccomp":
                    # "declared Mexico's agency non-compliant", parsed as a clause: the one it is said of
                    targets += [s for s in complements[lemma].children if s.dep_ == "nsubj"]
                bound = lexicon.load("events")["object_kinds"].get(lemma) if " " in lemma else None
                if bound and any(c.dep_ == "dobj" for c in token.children):
                    # "took Hungary to the Court of Justice": a case against Hungary, brought to a court
                    targets = [t for t in targets if not _is_of_kind(t, bound)]
                elif lemma in particles:  # "withdrew from the WHO": what its particle governs
                    preps = [*token.children, *_hung_on_object(token, lemma.split(" ", 1)[1])]
                    targets += [obj for prep in preps if prep.dep_ == "prep" and lemma.endswith(f" {prep.lower_}")
                                for obj in prep.children if obj.dep_ == "pobj" and obj not in targets]
                if trigger.type == "REQUEST":  # "called for NATO peacekeepers to take over": asked of them
                    targets += [s for c in token.children if c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children if s.dep_ == "nsubj"]
                if feeling:  # "concerned by the arrest"
                    targets += [obj for prep in token.children if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
                                for obj in prep.children if obj.dep_ == "pobj"]
            # "ordered three Russian diplomats to leave, accusing them of …": the envoys or those named
            # that the main act was done to
            done_to = [thing for thing in _objects(_act_chain(token)[1]) if index.actor_at(thing)
                       or thing.lemma_.lower() in lexicon.words("envoy_nouns") or _phrase_actors(thing, index)
                       ] if _is_concurrent_participle(token) else []
            aimed = [thing for target in targets
                     for thing in (done_to if target.lower_ in ("them", "him", "her", "it") and done_to else [target])]
            # identity, not equality: "condemned the strikes" is ACCUSE/disapprove too, but by its verb
            recipient_ids: list[str] = _blamed(token, index) if trigger is DISPARAGING or trigger is DISMISSING else []
            # "The head of the UN refugee agency warned that the agency would …": not aimed at one's own body
            served = [a for s in subject for prep in s.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)]
            for target in ([] if recipient_ids else aimed):
                if index.actor_at(target) is None and (antecedent := _thing_referred_to(target)) is not None:
                    target = antecedent  # "blocking it": the EU package named before
                # "closed its crossing with Belarus": the owner of the thing is the actor itself
                named = [a for a in _phrase_actors(target, index) if a not in actor_ids + served] or _beneficiaries(target, index) \
                    or _traded_from(target, index) \
                    or (_done_by(target, index, lexicon.words("holding_participles")) if trigger.type in DONE_TO_SOMEONE else [])
                named += [state for state in _envoys_state(target, index) if state not in named + actor_ids]
                if trigger.type == "REQUEST" and target.lemma_.lower() in lexicon.words("departure_nouns"):
                    # "demanded a full withdrawal of M23 fighters": asked of those who would leave
                    named += [a for prep in target.children if prep.dep_ == "prep" and prep.lower_ == "of"
                              for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index)
                              if a not in named + actor_ids]
                recipient_ids += [r for r in named if r not in recipient_ids]
            if trigger.mode == "visit" and lemma.split(" ", 1)[0] in lexicon.load("events")["arrival_verbs"]:
                # "flew to Port Moresby", "arrived in Dhaka": one side visits the state of the place; not
                # an airline's flight, nor an arrival "for talks" or "to join the talks", told by its own word
                purposed = any(child.dep_ in ("xcomp", "advcl") or (child.dep_ == "prep" and child.lower_ == "for" and any(
                    obj.lower_ in nouns or obj.lemma_.lower() in nouns for obj in child.children)) for child in token.children)
                if purposed or len(actor_ids) != 1 or index.kind_of(actor_ids[0]) not in ("person", "state"):
                    continue
                recipient_ids = [r for r in recipient_ids if index.kind_of(r) == "state"] or [
                    state for target in aimed if (state := place_state(doc[target.left_edge.i:target.i + 1].text, index))
                    and state not in actor_ids][:1]
            if not recipient_ids and (lemma in complements or sent_back):  # "sent a protest note to Quito": where the act named went
                recipient_ids = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                                 for obj in prep.children if obj.dep_ == "pobj"
                                 for a in _phrase_actors(obj, index) or [place_state(obj.text, index)]
                                 if a and a not in actor_ids]
            if trigger.type == "REQUEST" and (captor := _captor(aimed, events, index)):
                recipient_ids = captor  # "called for his immediate release": of whoever holds him
            if trigger.type == "RETREAT":  # "withdrawing 1,000 troops from Romania": from Romania, whoever's troops
                left = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "from"
                        for place in prep.children if place.dep_ == "pobj"
                        # "from Port-au-Prince", a name the tokenizer splits at its hyphens
                        for a in [*index.actors_in(place), place_state(doc[place.left_edge.i:place.i + 1].text, index)]
                        if a and index.kind_of(a) == "state" and a not in actor_ids]
                recipient_ids = list(dict.fromkeys(left)) or recipient_ids
            if not recipient_ids and trigger.type in ("SANCTION", "RETREAT"):
                recipient_ids = next((found for target in aimed if (found := _across(target, index, actor_ids) or [
                    a for a in _aimed_before(target, index) if a not in actor_ids])), [])
            negotiations = lexicon.load("events")["negotiation_nouns"]
            hosted = _talks_held_by_others(token, negotiations, not trigger.inverse) \
                if agents and trigger.type == "CONSULT" and (trigger.mode == "third-party" or trigger.inverse) else None
            # "held talks in Mexico City last week … The talks were hosted by Mexico's foreign ministry"
            # or "The talks, hosted by Turkey, focused on …"
            retold = agents and trigger.type == "CONSULT" and trigger.inverse and any(
                thing.lower_ in negotiations and any(d.lower_ == "the" for d in thing.lefts)
                for thing in [*passive, *([token.head] if token.dep_ == "acl" else [])])
            if (hosted is not None or retold) and actor_ids:
                # "resumed talks in Jeddah, hosted by Saudi Arabia and the United States": the talks told by
                # the verb the participle hangs on, or in the sentence before, now with who hosted them
                held_where = (lambda e: e.span.start <= hosted.idx < e.span.end) if hosted is not None else (
                    lambda e: 0 < sentences[token.i] - e.span.sentence <= 1)
                told = _talks_of_others(events, actor_ids, held_where)
                if told is not None:
                    # "officials met in Istanbul … for the first talks …": every report of those talks
                    for talks in [e for e in events if e.event_type == "CONSULT"
                                  and e.span.sentence == told.span.sentence
                                  and set(e.ids("actor")) == set(told.ids("actor")) and not e.ids("recipient")]:
                        _mediated_by(talks, actor_ids, actors)
                    continue
            act_words = lexicon.load("events")["act_nouns"]
            if not recipient_ids and trigger.mode == "third-party" and actor_ids and any(
                    (thing.lower_ in negotiations or thing.lemma_.lower() in act_words) and any(d.lower_ == "the" for d in thing.lefts)
                    for thing in _objects(token)):
                # "a meeting in Geneva … The EU, which mediated the talks,": the meeting told just before
                told = _talks_of_others(events, actor_ids, lambda e: sentences[token.i] - e.span.sentence <= 1)
                if told is not None:
                    _mediated_by(told, actor_ids, actors)
                    continue
                # "swapped prisoners … Qatar mediated the talks", "Russia and Ukraine exchanged prisoners … The
                # UAE, which mediated the swap": between the sides of the deal just told (a live blog's time
                # of entry is a sentence of its own)
                dealt = next((e for e in reversed(events) if sentences[token.i] - e.span.sentence <= 2
                              and e.ids("actor") and (e.ids("recipient") or len(e.ids("actor")) > 1)
                              and not set(e.ids("actor") + e.ids("recipient")) & set(actor_ids)), None)
                recipient_ids = [] if dealt is None else [*dealt.ids("actor"), *dealt.ids("recipient")]
            if not recipient_ids and trigger.mode == "third-party":  # "mediating talks between Mali's government and …"
                joint = lexicon.load("events")["joint_prepositions"]
                recipient_ids = [a for thing in _objects(token) for prep in thing.children if prep.lower_ in joint
                                 for side in prep.children if side.dep_ == "pobj" for a in _phrase_actors(side, index)
                                 if a not in actor_ids]
            if not recipient_ids and trigger.type == "ASSAULT" and actor_ids:  # not "an earthquake struck Van province"
                recipient_ids = [a for a in _attacked(token, index) if a not in actor_ids]
            # "approved a loan to help Kenya upgrade its grid", "announcing 30 million euros to help small farmers in Malaysia"
            if not recipient_ids and trigger.type in ("AID", "AGREE"):
                recipient_ids = [a for helped in _helped(token) for a in _phrase_actors(helped, index) if a not in actor_ids]
            if not recipient_ids and trigger.type == "AID":  # "released $4 million from its fund for Cuba"
                recipient_ids = [a for prep in _own_clause(token) if prep.dep_ == "prep" and prep.lower_ in ("for", "to")
                                 for obj in prep.children if obj.dep_ == "pobj"
                                 for a in _phrase_actors(obj, index) if a not in actor_ids and index.kind_of(a) == "state"]
            # "threatened to impose tariffs on Vietnamese …"; not "urged members to fund the force", asked of members
            asked = trigger.type == "REQUEST" and any(c.dep_ == "dobj" for c in token.children)
            if not recipient_ids and trigger.type in WANTING | {"REJECT"} and not asked:
                wanted = [c for c in token.children if _is_infinitive_of(c, lexicon.words("intention_verbs"))
                          or (trigger.type == "REJECT" and c.dep_ == "xcomp" and is_to_infinitive(c))]
                # "signed a deal to buy 12 jets from France": what the deal is for, hung on the deal or the verb
                wanted += [c for holder in [token, *_objects(token)] if trigger.type == "AGREE"
                           for c in holder.children if c.dep_ in ("acl", "advcl") and is_to_infinitive(c)]
                # "agreed to buy jets from Britain": the side it deals with, before what it deals in
                sellers = [obj for c in wanted for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "from"
                           for obj in prep.children if obj.dep_ == "pobj"]
                things = sellers or [t for c in wanted for t in _objects(c)]
                # "declined to renew its fisheries agreement with the European Union": the other side of the deal
                things += [side for thing in things if thing.lemma_.lower() in lexicon.load("events")["act_nouns"]
                           for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "with"
                           for side in prep.children if side.dep_ == "pobj"]
                recipient_ids = [a for thing in things for a in _phrase_actors(thing, index) if a not in actor_ids]
            if not recipient_ids and trigger.type == "AGREE" and actor_ids:
                # "the two countries ratified their peace treaty … Armenia's parliament ratified the treaty":
                # with the other side of the treaty told before
                signed = next((e for e in reversed(events) if e.event_type == "AGREE" and set(actor_ids) < {
                    p.actor_id for p in e.participants} and any("AGREE" in _act_referred_to(t, token) for t in targets)), None)
                recipient_ids = [p.actor_id for p in signed.participants if p.actor_id not in actor_ids] if signed else []
            if not recipient_ids and trigger.type == "AGREE" and actor_ids:
                # "the Maldives asked India to delay repayments. … New Delhi agreed to roll over a bill": to who asked
                asked = next((e for e in reversed(events) if e.event_type == "REQUEST" and set(actor_ids) <= set(e.ids("recipient"))
                              and sentences[token.i] - e.span.sentence <= 2), None)
                recipient_ids = [a for a in asked.ids("actor") if a not in actor_ids] if asked else []
            if not recipient_ids and trigger.type == "REQUEST" and token.pos_ == "VERB" and _is_concurrent_participle(token):
                # "blocked a vote by EU ambassadors …, demanding stronger protection": of whom the act was aimed at
                main = _act_chain(token)[1]
                recipient_ids = next((e.ids("recipient") for e in reversed(events)
                                      if e.span.start <= main.idx < e.span.end), [])
            if not recipient_ids and trigger.type in REACTIONS:  # "rejected a truce plan proposed by the United States"
                recipient_ids = [a for thing in targets for a in _done_by(thing, index) if a not in actor_ids]
            if not recipient_ids and trigger.type in REACTIONS:
                acts = [*targets, *(c for t in targets for c in t.children if c.dep_ == "nmod" and c.i < t.i)]
                # "welcomed their release": the act told with that word, before any other of its type
                recipient_ids = next((_last_actors([e for e in events if _told_with(e, target)], actor_ids, kinds)
                                      or _last_actors(events, actor_ids, kinds) for target in acts
                                      if (kinds := _act_referred_to(target, token))), [])
            if not recipient_ids and trigger.type in REACTIONS and any(
                    ({t.lemma_.lower(), t.lower_} & (lexicon.words("claim_nouns") | lexicon.words("proposal_nouns")
                                                     | lexicon.words("speech_nouns"))
                     and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children))
                    or (t.tag_ == "DT" and t.lower_ in ("that", "this")) or _refers_back(t) for t in targets):
                # "rejected the charge", "rejected the plan", "dismissed the remarks", "disputed that": whoever
                # last made one
                recipient_ids = _last_speaker(token, index, actor_ids, unasserted)
            if not recipient_ids and trigger.type in REACTIONS and [(t.lower_, t.dep_) for t in targets] == [("it", "dobj")]:
                # "The bank approved a programme for Ethiopia … Ahmed Shide welcomed it": the act just told
                recipient_ids = _last_actors([e for e in events if sentences[token.i] - e.span.sentence <= 1],
                                             actor_ids, ["any"])
            if not recipient_ids and trigger.answers:
                recipient_ids = _last_actors(events, actor_ids, [trigger.type])
            if trigger.type == "REJECT" and (lemma in lexicon.words("denial_verbs") or any(
                    _is_of_kind(thing, "claim_nouns") for thing in _objects(token))):  # "rejected the charge"
                # "Burundi accuses Rwanda of backing rebels, which Rwanda denies": the accuser in its sentence,
                # not the rebels; else, as "Moscow denied any involvement", "denied that any such agreement
                # existed", "denied targeting civilians": whoever said so, and a spokesman denies what his
                # state is accused of
                served = [state for a in actor_ids if (state := index.state_of_person(a))]
                recipient_ids = _last_accusers([e for e in events if e.span.sentence == sentences[token.i]], actor_ids) \
                    or [r for r in recipient_ids if r not in served] or _last_accusers(events, actor_ids + served) or (
                    _last_speaker(token, index, actor_ids, unasserted) if any(c.dep_ in ("ccomp", "xcomp") for c in token.children) else [])
            # a feeling's own subject is passive in form ("it was “deeply concerned”"): it too answers the act just told
            unaimed = _is_intransitive(token) or (feeling is not None and not targets)
            if not recipient_ids and (trigger.type in REACTIONS and unaimed or retaliation):
                # "France asked the UN to extend its shelf; Canada objected": against the act just told
                # a feeling answers a deed, not words: "called the trial “absurd”. The EU said it was “concerned”"
                # a promise to pay back answers the last act of others, told however long before
                recent = [e for e in events if (retaliation or sentences[token.i] - e.span.sentence <= 2)
                          and not (feeling is not None and e.event_type in SPEECH_ACTS)]
                recipient_ids = _last_actors(recent, actor_ids, ["any"])
            # not a body cast as wrong ("calling the tribunal “illegally constituted”"), which is no state's act
            bodies = lexicon.organisation_nouns()
            cast_on_act = trigger is DISPARAGING and not any(t.lemma_.lower() in bodies for t in targets)
            if not recipient_ids and ((feeling is not None and not targets) or cast_on_act):
                # "Kazakhstan's parliament passed a law … The US embassy said it was “deeply concerned”",
                # "Polls opened across Gabon … Mba called the vote “a coronation”": by what the state the
                # story is about did, though no act of its own was told
                recipient_ids = index.leading_state(token, frozenset(actor_ids))
            complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
            anchor_tokens = [token, *(s.left_edge for s in subject), *map(_core_right_edge, [*targets, *complements])]
            kind = lexicon.load("events")["object_kinds"].get(lemma)
            # "dismissed the move as “another political attack”": words cast on anything answer it
            # "was flying in 80 tonnes of food": the model takes the particle for a preposition
            carried = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == token.i + 1
                       for obj in prep.children if obj.dep_ == "pobj"]
            if kind and " " not in lemma and not any(_is_object_of_kind(thing, kind, index) for thing in _objects(token) + carried) \
                    and not _casts(token) and not (trigger.answers and not _objects(token)) and not sent_back:
                continue
            unlike = lexicon.load("events")["unlike_objects"].get(lemma)
            after_particle = [obj for prep in token.children if prep.dep_ == "prep" and lemma.endswith(f" {prep.lower_}")
                              for obj in prep.children if obj.dep_ == "pobj"]
            if unlike and any(_is_of_kind(thing, unlike) for thing in _objects(token) + after_particle):
                continue  # "soldiers seized power": a coup, not a seizure from someone
            if (told_before := _event_told_again(passive, token, trigger, events, sentences, actor_ids, index)) is not None:
                reference, last_named = _named_before(references, token)
                date, date_tokens = _dated(token, published, reference, last_named=last_named)
                if told_before.date.precision == "unknown":  # "has agreed to buy … The deal was signed in October"
                    told_before.date = date
                elif date.precision != "unknown" and date != told_before.date:
                    # "agreed on Thursday to extend a ceasefire … The truce was first agreed on July 28": an earlier act
                    events.append(replace(told_before, span=tokens_span(doc, [token, *passive, *date_tokens], sentences),
                                          date=date, participants=list(told_before.participants)))
                continue
            if trigger.needs_infinitive and not any(c.dep_ == "xcomp" and is_to_infinitive(c) for c in token.children):
                continue
            if trigger.type in FUTURE_IS_PROMISE and _is_future(token):
                if _leaked(token, index):
                    continue  # "Japan will supply radars, officials said": a plan not yet announced
                # "Japan will send aid": a promise, not yet aid; a promise to cooperate is made to someone
                # ("would cooperate with investigators" promises no one in the story)
                trigger, promise = Trigger("AGREE", needs_recipient=trigger.type == "COOPERATE"), True
        elif token.pos_ in ("NOUN", "PROPN") and token.i not in index.actor_of_token and (word := _noun_word(token, nouns)):
            trigger = nouns[word]
            needed = noun_verbs.get(word)
            governor = token
            while governor.dep_ == "pobj" and governor.head.lower_ == "of":  # "a round of sanctions"
                governor = governor.head.head
            qualifiers = lexicon.load("events")["noun_qualifiers"].get(word)
            if qualifiers and not ({governor.lemma_.lower()} | {c.lemma_.lower() for c in token.children}) & set(qualifiers):
                continue  # "a state of emergency" restricts; "a public health emergency" does not
            # "under a deal reached with Warsaw last month": a participle that tells the act and its time
            participle = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                               and c.lemma_.lower() in (needed or ()) and _date_phrases(c)), None)
            # "during a phone call between the two presidents": a meeting told with its sides needs no
            # verb, unless it only renames one told ("…, the first call between leaders since 2016")
            joint = lexicon.load("events")["joint_prepositions"]
            between = trigger.type == "CONSULT" and token.dep_ != "appos" and any(
                c.dep_ == "prep" and c.lower_ in joint for c in token.children)
            if needed and not (governor.head.lemma_.lower() in needed and governor.dep_ == "dobj") and participle is None \
                    and not between:
                continue
            if (token.dep_ == "pobj" and token.head.head.lower_ in lexicon.words("source_descriptions")) \
                    or any(map(_asks_anonymity, token.ancestors)):
                # "people familiar with the talks, who asked not to be named because the negotiations are
                # private": what a source knows of, not an act told
                continue
            thanked = verbs.get(token.head.head.lemma_.lower()) \
                if token.dep_ == "pobj" and token.head.lower_ == "for" else None
            if thanked is not None and thanked.type == "SUPPORT" \
                    and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                continue  # "thanked Switzerland for its mediation": the act thanked for, told before
            if trigger.type == "CONSULT" and any(c.lower_ == "same" for c in token.children):
                continue  # "pledged A$200 million at the same meeting": the meeting told before, where it was done
            if trigger.type == "CONSULT" and governor.head.lemma_.lower() in lexicon.load("events")["stopping_verbs"]:
                continue  # "suspended talks with the group": talks that will not be held
            verb_act = verbs.get(f"{governor.head.lemma_.lower()} {governor.lemma_.lower()}")
            if trigger.type == "CONSULT" and governor.dep_ == "dobj" and verb_act is not None and verb_act.type != "CONSULT":
                continue  # "ended all talks with Indonesia": the verb and its object tell another act
            asking = governor.head.head if governor.dep_ == "pobj" and governor.head.lower_ == "for" else None
            if trigger.type == "CONSULT" and asking is not None and any(
                    (found := verbs.get(key)) is not None and found.type == "REQUEST"
                    for key in (asking.lemma_.lower(), f"{asking.lemma_.lower()} for")):
                continue  # "had asked for a meeting with Rubio": a meeting wanted, not held
            if trigger.type == "MOBILIZE" and (any(c.lower_ == "joint" for c in token.children) or (
                    governor.dep_ == "dobj" and governor.head.lemma_.lower() in lexicon.load("events")["joining_verbs"])):
                trigger = Trigger("COOPERATE")  # "joint air drills", "joined a U.S.-led exercise": forces exercising together
            actor_ids, recipient_ids = _noun_roles(token, trigger, index)
            if trigger.mode == "third-party" and not recipient_ids:
                # "The release followed mediation by Togo": the sides of the act it led to, told before
                led_to = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
                act = next((e for subject in (led_to.children if led_to is not None else []) if subject.dep_ == "nsubj"
                            if (e := _act_named_again(subject, events)) is not None), None)
                recipient_ids = [a for a in [*act.ids("actor"), *act.ids("recipient")] if a not in actor_ids] if act else []
            outside = trigger.type == "CONSULT" and governor.dep_ == "dobj" \
                and governor.head.lemma_.lower() in lexicon.load("events")["outside_verbs"]
            host = verbs.get(governor.head.lemma_.lower()) if governor.dep_ == "dobj" else None
            hosts = _governing_subject(token, index) if trigger.type == "CONSULT" and host and host.inverse else []
            # "The agreement was reached at a meeting … Georgia hosted the talks": the meeting told last
            told = (held.get(token.lemma_.lower()) or next(reversed(held.values()), None)) \
                if any(d.lower_ == "the" for d in token.lefts) \
                and token.lemma_.lower() in lexicon.load("events")["negotiation_nouns"] else None
            if hosts and not recipient_ids and not actor_ids and told is None:
                # "Thailand and Cambodia agreed …, Malaysia said after hosting talks": the sides that just acted together
                actor_ids = next((e.ids("actor") for e in reversed(events) if e.span.sentence == sentences[token.i]
                                  and len(e.ids("actor")) > 1 and not set(e.ids("actor")) & set(hosts)), [])
            if hosts and not recipient_ids and (actor_ids or told):
                # "hosting talks between the two sides", "X and Y … have hosted the talks": who hosts
                # others' talks mediates them, as a third party (CAMEO 045)
                if not actor_ids:  # the talks told before, now with their hosts
                    _mediated_by(told, hosts, actors)
                    continue
                if len(actor_ids) == 1:  # "Kenya hosted an RSF meeting": one side, visiting its host
                    trigger, recipient_ids = Trigger("CONSULT", "visit"), hosts
                else:
                    trigger, actor_ids, recipient_ids = Trigger("CONSULT", "third-party"), hosts, actor_ids
            # "opened the summit with a call for rich nations to pay": words it was done with are the doer's
            # (not "opened the assembly with a sharp attack on rich countries", no act of arms)
            done_with = trigger.type in SPEECH_ACTS and token.dep_ == "pobj" and token.head.lower_ == "with" \
                and token.head.head.pos_ == "VERB"
            if not actor_ids and (trigger.type == "CONSULT" or needed or done_with) and not outside:
                actor_ids = _governing_subject(token, index)
            go_betweens = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("through", "via")
                           for obj in prep.children if obj.dep_ == "pobj" and _is_of_kind(obj, "mediator_nouns")
                           for a in _phrase_actors(obj, index)]
            if trigger.type == "CONSULT" and go_betweens and actor_ids:
                # "holding indirect talks through Omani mediators": the mediators meet both sides
                sides = [a for a in [*actor_ids, *recipient_ids] if a not in go_betweens]
                trigger, actor_ids, recipient_ids = Trigger("CONSULT", "third-party"), go_betweens, sides
            if trigger.type == "CONSULT" and not actor_ids and (done := _act_done_at(token, events)) is not None:
                actor_ids = [*done.ids("actor"), *done.ids("recipient")]  # its sides met there
            if trigger.type == "CONSULT" and not recipient_ids:  # "arrived in Islamabad for a two-day visit"
                recipient_ids = _place_visited(token, index)
            if trigger.type == "CONSULT":  # "talks in Arusha, which began the day before": when they began
                act_clauses += [c for c in token.subtree if c.dep_ == "relcl" and c.lemma_.lower() in
                                lexicon.load("events")["meeting_time_verbs"]
                                and any(w.dep_ == "nsubj" and w.tag_ == "WDT" for w in c.children)]
            if participle is not None:  # dated and aimed by its participle: "reached with Warsaw last month"
                act_clauses = [participle]
                recipient_ids = recipient_ids or [a for thing in _objects(participle) for a in _phrase_actors(thing, index)
                                                  if a not in actor_ids]
            elif needed and not recipient_ids:  # "imposed sanctions on Monday on four Iranian companies"
                recipient_ids = [a for thing in _objects(governor.head) if thing.i != governor.i
                                 for a in _phrase_actors(thing, index) if a not in actor_ids] or [
                    a for a in _aimed_before(token, index) if a not in actor_ids] or [
                    # "filed a complaint at the WTO against European Union curbs": the model hangs "against" on the place
                    a for prep in _own_clause(governor.head) if prep.dep_ == "prep" and prep.lower_ == "against"
                    for obj in prep.children if obj.dep_ == "pobj" for a in _phrase_actors(obj, index) if a not in actor_ids]
            anchor_tokens = [governor.head if needed and participle is None else token, token.left_edge,
                             _core_right_edge(token)]
        else:
            continue
        # "will visit" is a plan; "will send aid" a promise made; "a deal reached last month" a past act
        # "close to agreeing a truce at talks in Jeddah": the talks are held, whatever comes of them; "offered
        # to host the talks during a visit to Moscow … in October": the visit was made, whatever was offered
        # in it (not "will be signed during a visit … next month")
        setting = trigger.type == "CONSULT" and token.dep_ == "pobj" and (
            (token.head.lower_ == "during" and _dated_in_the_past(token, published)) or (
                token.head.lower_ == "at" and any(node.pos_ == "ADJ" and node.lower_ in ("close", "near") for node in token.ancestors)))
        if _is_hypothetical(token) and not promise and participle is None and not setting:
            continue
        if not recipient_ids and trigger.type in ("AID", "AGREE") and token.pos_ == "VERB" and _gives_material(token):
            # "Norway offered to send geologists to Iceland. Denmark said it would send two helicopters": to Iceland too
            # "visited Nuuk in April and promised more money": to those visited
            recent = [e for e in events if (e.event_type in ("AID", "AGREE") and sentences[token.i] - e.span.sentence <= 1)
                      or (e.event_mode == "visit" and e.span.sentence == sentences[token.i])]
            recipient_ids = [a for a in (recent[-1].ids("recipient") if recent else []) if a not in actor_ids]
            # "Zelensky asked Nordic leaders for more air defence … Norway announced $500 million in military
            # aid": material given or promised answers the request just made, to the state that asked
            asked = [e for e in events if e.event_type == "REQUEST" and 0 <= sentences[token.i] - e.span.sentence <= 4
                     and not set(e.ids("actor")) & set(actor_ids)]
            recipient_ids = recipient_ids or [state for a in (asked[-1].ids("actor") if asked else [])
                                              if (state := index.state_of_person(a) or (a if index.kind_of(a) == "state" else None))
                                              and state not in actor_ids]
            # "South Africa sent two military helicopters to help with rescues", "China said it would send
            # tents": to the state the story is about, not one that gave or promised aid itself (the sides of
            # a deal give nothing to anyone), nor the giver's own ("South Korea's Export-Import Bank will lend");
            # not a leader's
            if not any(index.kind_of(a) == "person" for a in actor_ids):
                givers = frozenset(a for e in events if e.event_type in ("AID", "AGREE") and e.ids("recipient")
                                   for a in e.ids("actor"))
                own = {a for s in subject for a in index.owners(s)}
                recipient_ids = recipient_ids or index.leading_state(token, givers | own | set(actor_ids))
        if not recipient_ids and token.pos_ == "VERB" and lemma in lexicon.words("offering_verbs") \
                and any(c.dep_ == "dobj" or (c.dep_ == "xcomp" and is_to_infinitive(c)) for c in token.children):
            # "Myanmar's government offered to take back 700 refugees", "Brazil had offered a 10% increase": to
            # the state the story is about
            recipient_ids = index.leading_state(token, frozenset(actor_ids))
        if not recipient_ids and trigger is DISMISSING and token.pos_ == "VERB":
            # "Cabo Verde's Constitutional Court suspended a programme": a court stopping its own state's act
            recipient_ids = [a for s in subject if s.lemma_.lower() in lexicon.words("judicial_nouns")
                             for a in index.owners(s) if index.kind_of(a) == "state"]
        joined = verbs.get(token.head.lemma_.lower()) if token.dep_ == "conj" and token.pos_ == "VERB" else None
        if not recipient_ids and trigger.type == "REQUEST" and joined is not None and joined.type in ("ACCUSE", "REQUEST"):
            # "accused El Salvador of detaining 11 fishermen, and demanded their release": of the one accused
            recipient_ids = [a for thing in _objects(token.head) for a in _phrase_actors(thing, index) if a not in actor_ids]
        # a strike, or a protest by workers: "called a two-day strike", "farmers' unions protested"
        striking = trigger.type in ("PROTEST", "THREATEN") and token.pos_ == "VERB" and (
            "strike" in {token.lemma_.lower(), *(thing.lemma_.lower() for thing in _objects(token))}
            or (trigger.type == "PROTEST" and any(s.lemma_.lower() in lexicon.words("labour_nouns") for s in subject)))
        if not recipient_ids and striking and not any(index.kind_of(a) == "state" for a in actor_ids):
            # "France's largest union called a two-day strike", "had threatened a national strike": against
            # the government, of the union's own state or else of the state the story is about
            owning = [a for s in subject for a in index.owners(s) if index.kind_of(a) == "state"]
            recipient_ids = owning[:1] or index.leading_state(token)
        # "cut ties with Qatar in 2017 along with Saudi Arabia and Egypt, accusing Doha of …": with others
        partners = _acting_with(token, index) or (
            _acting_with(_act_chain(token)[1], index) if token.pos_ == "VERB" and _is_concurrent_participle(token) else [])
        actor_ids = [*actor_ids, *(a for a in partners if a not in actor_ids + recipient_ids)] if actor_ids else actor_ids
        # "the prime minister ordered the army to help": a leader acting on their own state acts within it
        own_states = {actors[a].country for a in actor_ids if a in actors and actors[a].kind == "person"} - {""}
        recipient_ids = [r for r in recipient_ids if not (r in actors and actors[r].kind == "state"
                                                          and actors[r].country in own_states)]
        participants = _participants(actor_ids, recipient_ids, trigger.inverse)
        # "Pirates released a Bangladeshi bulk carrier": captors with no name free someone all the same (the
        # model takes a plural opening a sentence for a name: "Gunmen released")
        freed_by_unnamed = trigger.type == "RETREAT" and token.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or (c.tag_ == "NNP" and c.is_sent_start and not c.ent_type_))
            and index.actor_at(c) is None for c in token.children)
        if not any(p.role == "actor" for p in participants) and not (
                (trigger.type in DONE_TO_SOMEONE or freed_by_unnamed) and recipient_ids and token.pos_ == "VERB"
                and not any(c.dep_ == "nsubj" and c.tag_ == "NN" for c in token.children)):
            # "Police arrested Jorge Castillo", "X had been jailed", "militias attacked US bases": whoever
            # did it, it was done; but "the dzud killed a third of his goats" is no one's act
            continue
        if trigger.needs_recipient and not recipient_ids and not (trigger.reciprocal and len(actor_ids) > 1):
            continue  # "warned that cholera was spreading" warns of something, not someone
        if trigger.type == "CONSULT" and len(participants) < 2 and trigger.mode != "third-party" \
                and not (token.pos_ == "VERB" and trigger.mode != "visit" and any(c.dep_ == "dobj" for c in token.children)):
            continue  # a meeting needs two sides, though "met foreign ambassadors" names only one, and a mediator
        if trigger.type in SPEECH_ACTS and token.dep_ == "conj" and token.head.dep_ == "ccomp" \
                and token.head.head.lemma_.lower() in lexicon.words("speech_verbs"):
            act_clauses.append(token.head.head)  # "said on Tuesday that … and demanded its removal": said then
        if token.pos_ == "VERB":
            act_clauses += _participles_told_before(token, trigger.type)
        reference, last_named = _named_before(references, token)
        # "welcomed the reopening the next day": the day after the reopening told before
        answered = next((e for thing in (_objects(token) if token.pos_ == "VERB" else [])
                         if (e := _act_named_again(thing, events)) is not None and e.date.precision == "day"), None)
        reference = answered.date if answered is not None else reference
        date, date_tokens = next(((d, words) for clause in act_clauses
                                  for d, words in [_dated(clause, published, reference, promise, last_named)]
                                  if d.precision != "unknown"), (DateInterval(), []))
        if date.precision == "unknown" and trigger.type in ("REJECT", "AID") and token.pos_ == "VERB":
            # "declined to renew its agreement … in November 2024": refused when it was not done; "sent
            # engineers to help Chilean crews clear the road last week": sent to help then; once past
            infinitives = [c for c in token.children if is_to_infinitive(c) and (
                c.dep_ == "xcomp" if trigger.type == "REJECT" else c.lemma_.lower() in lexicon.words("helping_verbs"))]
            infinitives += [x for c in infinitives for x in c.children if x.dep_ in ("ccomp", "xcomp")]
            date, date_tokens = next(((d, words) for c in infinitives
                                      for d, words in [_dated(c, published, reference, last_named=last_named)]
                                      if d.end is not None and d.end <= published), (date, date_tokens))
        if date.precision == "unknown" and token.pos_ == "VERB":
            # the occasion it was done on, dated, wherever the model hangs it: "accused Asmara of “preparing
            # for war” in a speech to parliament on Nov. 3", "offered to host the talks during a visit to
            # Moscow … in October"
            occasions = [t for t in token.subtree if t.dep_ == "pobj" and (
                (t.head.lower_ == "in" and trigger.type in SPEECH_ACTS and t.lemma_.lower() in lexicon.words("speech_nouns"))
                or (t.head.lower_ == "during" and t.lemma_.lower() in lexicon.words("gathering_nouns") | {"visit", "trip"}))]
            date, date_tokens = next(((d, words) for occasion in occasions
                                      for d, words in [_dated(occasion, published, reference, last_named=last_named)]
                                      if d.precision != "unknown"), (date, date_tokens))
        if date.precision == "unknown" and (counted := _day_from_act(token, events, published)) is not None:
            date, date_tokens = counted
        if date.precision == "unknown" and trigger.type == "CONSULT" \
                and (done := _act_done_at(token, events)) is not None:
            date = done.date  # "The agreement was reached at a summit": the summit was held when it was agreed
        location, place_tokens = _location(token, index, towns)
        if not location and token.pos_ != "VERB" and trigger.type == "CONSULT" and token.head.pos_ == "VERB" \
                and token.dep_ != "conj":  # not "follows talks in Addis Ababa and a visit to Djibouti"
            location, _ = _location(token.head, index, towns)  # "held talks in London": where the talks were held
        own = set(token.subtree)
        recipients = [p.actor_id for p in participants if p.role == "recipient"]
        split = trigger.mode == "visit" and not trigger.inverse and len(recipients) > 1
        for recipient_group in ([[r] for r in recipients] if split else [recipients]):
            event = Event(
                span=tokens_span(doc, [*anchor_tokens, *(t for t in [*date_tokens, *place_tokens] if t in own)], sentences),
                event_type=trigger.type,
                event_mode=trigger.mode,
                date=date,
                location=location,
                participants=[p for p in participants if p.role == "actor" or p.actor_id in recipient_group],
            )
            if event.event_type == "CONSULT":
                if token.pos_ != "VERB":
                    held[token.lemma_.lower()] = event
                _host_by_place(event, location, actors, aliases)
                event.event_mode = _visit_mode(event, location, actors, aliases)
            event.summary = _summary(event, actors)
            events.append(event)
            events += [replace(event, date=again, participants=[replace(p) for p in event.participants])
                       for again in _dates_joined(date_tokens, published)]
            if event.event_type == "RETREAT" and token.pos_ == "VERB":
                events += _released_in_exchange(token, event, index, actors, sentences)
    events = _dated_by_their_decision(doc, events, sentences, published)
    return merge_events(_merge_visits(_dated_by_their_summary(events), actors))


def _dated_by_their_decision(doc: Doc, events: list[Event], sentences: dict[int, int],
                             published: dt.date) -> list[Event]:
    """An act told undated that the next sentence dates by the noun for it: "Serbia has halted
    exports of ammunition to Azerbaijan … The halt was ordered last month"."""
    decisions = lexicon.load("events")["decision_verbs"]
    for verb in doc:
        if verb.lemma_.lower() not in decisions or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        before = [e for e in events if sentences[verb.i] - e.span.sentence == 1 and e.date.precision == "unknown"]
        act = next((e for noun in verb.children if noun.dep_ == "nsubjpass"
                    if (e := _act_named_again(noun, before)) is not None), None)
        if act is None:
            continue
        date, _ = _dated(verb, published, None)
        if date.precision != "unknown":
            act.date = date
    return events


def _released_in_exchange(verb: Token, release: Event, index: ActorIndex, actors: dict[str, Actor],
                          sentences: dict[int, int]) -> list[Event]:
    """The other half of a swap: "released two Venezuelans in exchange for three Americans held in
    Caracas" is also Venezuela's release of Americans to the United States."""
    # the model may hang the phrase on a word of the object's ("nationals convicted of drug trafficking in exchange")
    phrases = [prep for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "in" and not any(
        node.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj") for node in takewhile(lambda n: n != verb, prep.ancestors))]
    returned = [obj for prep in phrases for exchange in prep.children if exchange.lemma_.lower() == "exchange"
                for by in exchange.children if by.lower_ == "for" for obj in by.children if obj.dep_ == "pobj"]
    if not returned:
        return []
    people = returned[0]
    holders = [state for held in people.children if held.dep_ == "acl" for prep in held.children if prep.lower_ == "in"
               for place in prep.children if place.dep_ == "pobj"
               for state in [*index.actors_in(place), place_state(place.text, index)] if state and index.kind_of(state) == "state"]
    homes = [state for word in [people, *people.children] if (state := index.state_of_adjective.get(word.i))]
    states = [r for r in release.ids("recipient") if index.kind_of(r) == "state"]
    giving, getting = holders[:1] or states, homes[:1] or release.ids("actor")
    if not giving or not getting or set(giving) & set(getting):
        return []
    swap = Event(span=tokens_span(verb.doc, [people.left_edge, people.right_edge], sentences), event_type="RETREAT",
                 date=release.date, participants=_participants(giving, getting, False))
    swap.summary = _summary(swap, actors)
    return [swap]


def _merge_visits(events: list[Event], actors: dict[str, Actor]) -> list[Event]:
    """A visit to a state and a meeting with that state's leader, by the same visitor, are one
    visit ("arrived in Australia on Monday … Holloway welcomed him"): the meeting's host joins it;
    not one told on another day ("flew into Dhaka on Wednesday … and met Yunus the next day")."""
    visits = [e for e in events if e.event_type == "CONSULT"]
    merged: list[Event] = []
    for meeting in visits:
        hosts = [actors[r] for r in meeting.ids("recipient") if r in actors]
        visit = next((v for v in visits if v is not meeting and v not in merged and meeting.event_mode != "phone"
                      and set(v.ids("actor")) == set(meeting.ids("actor"))
                      and not (v.date.precision == meeting.date.precision == "day" and v.date != meeting.date)
                      and hosts and all(h.kind == "person" and h.country for h in hosts)
                      and {actors[r].country for r in v.ids("recipient") if r in actors and actors[r].kind == "state"}
                      >= {h.country for h in hosts}),
                     None)
        if visit is not None:
            present = {p.actor_id for p in visit.participants}
            visit.participants += [p for p in meeting.participants if p.role == "recipient" and p.actor_id not in present]
            visit.event_mode = visit.event_mode or meeting.event_mode
            if visit.date.rank < meeting.date.rank:  # "a visit … a day after" told undated, "met him on Tuesday"
                visit.date = meeting.date
            merged.append(meeting)
    return [e for e in events if e not in merged]


def _dated_by_their_summary(events: list[Event]) -> list[Event]:
    """An act the next sentence details without a date of its own happened when the act it details
    did: "Armenia and Azerbaijan exchanged 12 prisoners on Friday … Azerbaijan freed eight Armenian
    soldiers, and Armenia released four Azerbaijani servicemen"."""
    sides = {id(e): {p.actor_id for p in e.participants} for e in events}
    for event in (e for e in events if e.date.precision == "unknown"):
        summary = next((told for told in events if told.event_type == event.event_type
                        and told.span.sentence == event.span.sentence - 1 and told.date.precision != "unknown"
                        and len(sides[id(told)]) > 1 and sides[id(event)] == sides[id(told)]), None)
        if summary is not None:
            event.date = summary.date
    return events


def merge_events(events: list[Event]) -> list[Event]:
    """One row per real-world event: reports of the same type between the same participants are
    one event, kept at the report that dates it most precisely (the earliest on a tie), unless
    their dates cannot be the same time ("seized a tanker last year, and detained a vessel in 2019")."""
    clusters: dict[tuple, list[list[Event]]] = {}
    for event in sorted(events, key=lambda e: -e.date.rank):  # best dated first: each group's first sets its time
        groups = clusters.setdefault((event.event_type, event.participant_key()), [])
        group = next((g for g in groups if _may_coincide(g[0].date, event.date)), None)
        if group is None:
            groups.append([event])
        else:
            group.append(event)
    merged = []
    for group in (g for groups in clusters.values() for g in groups):
        best = max(group, key=lambda e: (e.date.rank, -e.span.start))
        best.location = best.location or next((e.location for e in group if e.location), "")
        best.event_mode = best.event_mode or next((e.event_mode for e in group if e.event_mode), "")
        merged.append(best)
    return sorted([e for e in merged if not _told_fuller(e, merged)], key=lambda e: (e.span, e.event_type))


def _may_coincide(first: DateInterval, second: DateInterval) -> bool:
    if first.start is None or second.start is None:
        return True
    return first.start <= second.end and second.start <= first.end


def _told_fuller(event: Event, events: list[Event]) -> bool:
    """Whether the same sentence tells the same act, at a time that may be the same, with its
    recipient too ("approved a loan of $800 million to Kenya" is one act, whichever word names it;
    "seized a tanker last year, and detained a British vessel in 2019" are two), or the text tells
    who did an act it repeats without its doer ("police arrested Grace Wanjiru" … "Wanjiru had been
    detained")."""
    same = [other for other in events if other is not event and other.event_type == event.event_type]
    return (not event.ids("recipient") and any(
        other.span.sentence == event.span.sentence and set(other.ids("actor")) == set(event.ids("actor"))
        and other.ids("recipient") and _may_coincide(other.date, event.date) for other in same)) or (
        not event.ids("actor") and any(
        other.ids("actor") and set(event.ids("recipient")) <= set(other.ids("recipient"))
        and _may_coincide(other.date, event.date) for other in same))
