"""Actors and their mentions: registry aliases (found by the entity ruler), names the registry
lacks, titles around names, and pronouns resolved by rule-based coreference."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span as SpacySpan, Token

from newsledger.extract import lexicon
from newsledger.extract.countries import (Country, country_governed_by, country_named, country_of_capital,
                                          country_of_demonym, country_of_nationals, country_with_code)
from newsledger.extract.names import (NEW_ACTOR_KINDS, NameIndex, apposed_name_words, has_abbreviated_title, has_age,
                                      has_honorific, has_hyphenated_title, is_common_phrase, is_title_only, match_registered_name,
                                      name_index, names_a_place, names_a_text, names_an_occasion, names_an_organisation,
                                      names_in_quotes_a_thing, proper_name, untagged_apposed_name,
                                      untagged_organisation_words, whole_name, words_text)
from newsledger.extract.records import Mention
from newsledger.extract.spans import char_span, described_nouns, is_to_infinitive, relative_antecedent, tokens_span
from newsledger.nlp import ACTOR_LABEL, is_dateline
from newsledger.registry import Actor, Registry
from newsledger.sources import slugify

LOCATIVE_PREPOSITIONS = {"in", "at", "to", "from", "near", "into", "inside", "outside", "across", "around",
                         "within", "throughout", "toward", "towards", "via"}
TITLE_DEPS = {"compound", "amod", "nmod"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GENDER_OF_PRONOUN = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                     **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
THING_PRONOUNS = {"it", "its", "itself"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COREFERENCE_WINDOW = 5


@dataclass
class ActorIndex:
    """The mentions of one document, and which actor each token refers to."""

    registered: dict[str, Actor] = field(default_factory=dict)
    entries: list[tuple[Mention, Token]] = field(default_factory=list)
    actor_of_token: dict[int, str] = field(default_factory=dict)
    new_actors: dict[str, Actor] = field(default_factory=dict)
    state_name_tokens: set[int] = field(default_factory=set)
    # unnamed sources ("a senior official"): they speak in the story but do not act in it
    anonymous: set[str] = field(default_factory=set)
    # the gender the first pronoun resolved to a person gave them
    gender: dict[str, str] = field(default_factory=dict)
    # adjectives of nationality ("Russian diplomats"): not mentions, but they say whose a noun is
    state_of_adjective: dict[int, str] = field(default_factory=dict)

    @cached_property
    def _registered_states(self) -> dict[str, str]:
        """ISO alpha-3 code → the registered state actor with that code."""
        return {a.country: a.actor_id for a in self.registered.values() if a.kind == "state" and a.country}

    def state(self, country: Country) -> str:
        """The actor of a state: the registry's (found by its ISO code) or a new one named as news
        names it."""
        registered = self._registered_states.get(country.alpha_3)
        if registered:
            return registered
        actor_id = slugify(country.name)
        self.new_actors.setdefault(actor_id, Actor(actor_id, country.name, "state", country.alpha_3, "state",
                                                   registered=False))
        return actor_id

    @property
    def mentions(self) -> list[Mention]:
        return sorted((mention for mention, _ in self.entries), key=lambda mention: mention.span)

    def add(self, doc: Doc, tokens: list[Token], head: Token, actor_id: str, form: str,
            sentences: dict[int, int]) -> None:
        """Record a mention; `head` is the token that stands for it in the parse."""
        self.entries.append((Mention(tokens_span(doc, tokens, sentences), actor_id, form), head))
        for token in tokens:
            self.actor_of_token[token.i] = actor_id

    def actor_at(self, token: Token) -> str | None:
        """The actor a token refers to, looking through compounds and appositions to their head."""
        while token is not None:
            if token.i in self.actor_of_token:
                return self.actor_of_token[token.i]
            for child in token.children:
                if child.dep_ == "appos" and child.i in self.actor_of_token:
                    return self.actor_of_token[child.i]
            if (person := self._apposed_past_phrase(token)) is not None:
                return person
            if token.dep_ in ("compound",) and token.head.i != token.i:
                token = token.head
                continue
            return None
        return None

    def _apposed_past_phrase(self, noun: Token) -> str | None:
        """A person named after a role's prepositional phrase ("Russia's ambassador in Oslo, Sergei
        Volkov,"), whom the model hangs on the phrase's last noun: a place or body has no person
        in apposition, so the name is the role's; or as the phrase's object, the place its modifier
        ("representative in Chad, Magali Fontenelle,")."""
        if noun.pos_ != "NOUN":
            return None
        objects = [place for prep in noun.children if prep.dep_ == "prep" for place in prep.children if place.dep_ == "pobj"]
        after_comma = [self.actor_of_token[place.i] for place in objects if place.i in self.actor_of_token
                       and self.kind_of(self.actor_of_token[place.i]) == "person"
                       and any(t.text == "," for t in noun.doc[noun.i:place.i])]
        return next(iter(after_comma), None) or next(
            (self.actor_of_token[name.i] for place in objects
             if self.kind_of(self.actor_of_token.get(place.i, "")) != "person"
             for name in place.children if name.dep_ == "appos" and name.i in self.actor_of_token
             and self.kind_of(self.actor_of_token[name.i]) == "person"), None)

    def is_state_name(self, token: Token) -> bool:
        """True for the name of a state ("in Iran"): a place that is also an actor."""
        return token.i in self.actor_of_token and token.ent_type_ == ACTOR_LABEL \
            and token.i in self.state_name_tokens

    def owners(self, noun: Token) -> list[str]:
        """Actors a common noun belongs to: "Turkey's defence ministry", "a Hamas delegation",
        "Georgian police"."""
        found: list[str] = []
        for child in noun.children:
            # "The OSCE mission": a name the model took for an adjective owns the noun as a compound would
            named_adjective = child.dep_ == "amod" and child.pos_ == "PROPN" and self.actor_at(child) is not None
            if (child.dep_ in ("poss", "compound", "nmod") or named_adjective) and child.i not in self.state_of_adjective:
                found += [a for a in self.actors_in(child) if a not in found]
                if not found and child.dep_ == "poss" and child.pos_ == "NOUN":
                    # "Israel's prime minister's office" is Israel's; "the observers' findings" are those
                    # of whoever owned the observers named before ("European Union election observers")
                    found += self.owners(child) or self.owners_told_before(child)
            elif child.dep_ == "amod" and child.lower_ in lexicon.words("ownership_participles"):
                # "a Chinese-flagged trawler" is China's, the model splitting the adjective at its hyphen
                found += [state for part in child.children if part.dep_ in ("npadvmod", "amod")
                          and (state := self.state_of_adjective.get(part.i)) and state not in found]
            elif child.dep_ in ("amod", "compound", "nmod"):  # "Saudi and Israeli officials", "Iranian and US officials"
                listed = [child, *child.conjuncts]
                owning = [self.state_of_adjective.get(t.i) or self.actor_of_token.get(t.i) for t in listed]
                found += [a for a in owning if a and a not in found] if any(t.i in self.state_of_adjective for t in listed) else []
        return found

    def represented(self, noun: Token) -> list[str]:
        """Whom a body speaks or acts for: "Turkey's defence ministry"; or, unowned and not
        counted, the state the text names most ("the foreign ministry", "four soldiers")."""
        if not {noun.lemma_.lower(), noun.lower_} & lexicon.words("representative_nouns"):
            return []
        # "her government": the state of the leader it belongs to ("his office" stays his)
        governing = noun.lemma_.lower() in lexicon.words("governing_nouns")
        # "the office of Prime Minister Nawaf Salam" is his, as "his office" is; "negotiators from both
        # countries" are the pair's
        # "Soldiers of the CAPSAT unit": the body a name before the noun names
        held = self.owners(noun) or [
            a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for obj in prep.children if obj.dep_ == "pobj"
            for a in self.actors_in(obj) or [*filter(None, [self.body_named(obj)])]
            or (self.pair_before(noun, "state") if names_two(obj) else [])]
        owners = [(self.state_of_person(a) if governing else None) or a for a in held]
        if owners:
            return owners
        # "a court in Bishkek": the state of the place it sits in
        located = [state for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "in"
                   for place in prep.children if place.dep_ == "pobj" and (state := place_state(place.text, self))]
        told = located[:1] or self.owners_told_before(noun) or self._state_reported_on(noun)
        # "both governments", "the two countries' parliaments": a pair, not the state the story names most
        if told or names_two(noun) or any(c.dep_ == "poss" and names_two(c) for c in noun.children):
            return told
        # "sent a team of mediators": one body of many, not the state the story names most (though "A
        # federal court convicted" is the story's state's)
        indefinite = noun.dep_ not in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                      for c in noun.children)
        # "Soviet troops": a people no state of the story's, whose troops are not the story's state's
        if any(c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i not in self.state_of_adjective for c in noun.children):
            return []
        return self._state_reporting(noun) or ([] if indefinite else self.leading_state(noun))

    def _state_reported_on(self, noun: Token) -> list[str]:
        """The state whose own act an unowned body reports: "Manila summoned China's ambassador, the
        foreign ministry said" is Manila's ministry."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon.words("speech_verbs"):
            return []
        reported = [c for c in verb.children if c.dep_ == "ccomp"] or ([verb.head] if verb.dep_ == "parataxis" else [])
        states = [a for clause in reported for s in clause.children if s.dep_ == "nsubj"
                  for a in self.actors_in(s) if self.kind_of(a) == "state"]
        return states if len(states) == 1 else []

    def _state_reporting(self, noun: Token) -> list[str]:
        """The state of whoever reports an unowned body's act: "Police detained 300 protesters, the
        Georgian Interior Ministry said" are Georgia's police."""
        clause = noun.head
        # not "Delegations from Sudan's army …, Saudi Arabia's foreign ministry said"
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or any(c.dep_ == "prep" for c in noun.children) \
                or clause.head.lemma_.lower() not in lexicon.words("speech_verbs"):
            return []
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
        states = [a for s in speakers for a in self.actors_in(s) if self.kind_of(a) == "state"]
        states += [self.state(country) for s in speakers for word in s.subtree if (country := country_of_demonym(word.text))]
        return states[:1]

    def owners_told_before(self, noun: Token) -> list[str]:
        """Whose "the army" is when the text named it before with its owner: "Sudan's army … the army"."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        return next((found for earlier in reversed(noun.doc[:noun.i]) if earlier.lemma_ == noun.lemma_
                     for found in [self.owners(earlier)] if found), [])

    def state_of_person(self, actor_id: str) -> str | None:
        actor = self.actor(actor_id)
        country = country_with_code(actor.country) if actor is not None and actor.kind == "person" else None
        return self.state(country) if country else None

    def leading_state(self, token: Token, excluded: frozenset[str] = frozenset()) -> list[str]:
        """The state named most often before `token`, the earliest on a tie, leaving out `excluded`:
        whose "the foreign ministry" or "the government" is, when the text does not say."""
        states = [mention.actor_id for mention, head in sorted(self.entries, key=lambda e: e[1].i)
                  if head.i < token.i and self.kind_of(mention.actor_id) == "state" and mention.actor_id not in excluded]
        return [max(dict.fromkeys(states), key=states.count)] if states else []

    def organisation_of_branch(self, noun: Token) -> list[str]:
        """The organisation a branch belongs to, not the country it works in: "Transparency
        International's Hungarian branch"."""
        if noun.lemma_.lower() not in lexicon.words("branch_nouns"):
            return []
        return [a for c in noun.children if c.dep_ == "poss" for a in self.actors_in(c) if self.kind_of(a) == "organization"]

    def body_named(self, noun: Token) -> str | None:
        """The organisation a body noun names with a name before it: "the ruling Frelimo party"."""
        if noun.lemma_.lower() not in lexicon.organisation_nouns():
            return None
        return next((actor for c in noun.children if c.dep_ == "compound" and (actor := self.actor_at(c))), None)

    def apposed(self, noun: Token) -> str | None:
        """The actor a name set beside a common noun names ("the diplomat, consul Marcelo Vargas")."""
        return next((actor for child in noun.children if child.dep_ in ("appos", "npadvmod")
                     and (actor := self.actor_at(child))), None)

    def actor(self, actor_id: str) -> Actor | None:
        return self.registered.get(actor_id) or self.new_actors.get(actor_id)

    def kind_of(self, actor_id: str) -> str:
        actor = self.actor(actor_id)
        return actor.kind if actor else ""

    def pair_before(self, token: Token, kind: str) -> list[str]:
        """The last two actors of `kind` ("collective" for states and organisations) named before
        `token`: what "both governments", "the two leaders" or "both sides" refer to. Not the
        subject of the clause it sits in: "the AU urged both sides" speaks to two others."""
        # the nearest subject above ("Malaysia's foreign ministry said after hosting talks between the two sides")
        subject = None if token.dep_ in ("nsubj", "nsubjpass") else next(
            (child for node in token.ancestors for child in node.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ not in ("nsubj", "nsubjpass"):
            # "The UN force in Lebanon, UNIFIL, called on both sides", its verb hung on its subject
            subject = next((node.head for node in token.ancestors if node.dep_ == "acl" and node.head.dep_ == "ROOT"), None)
        # whoever the subject's words name speaks to others: "The UN force in Lebanon, UNIFIL,"
        found: list[str] = [] if subject is None else (self.actors_in(subject) or self.represented(subject))
        found += [a for t in (subject.subtree if subject is not None else []) if (a := self.actor_of_token.get(t.i))
                  and a not in found]
        addressing = len(found)
        together = self._last_named_together(token, kind, found)
        if together:  # "Saudi Arabia and Iran agreed … The two countries cut ties": the pair named together
            return together
        named = [(head.i, mention.actor_id) for mention, head in self.entries]
        # states named only by their adjective count when names are too few: "Sri Lanka released 35
        # Indian fishermen … the two countries"
        for candidates in (named, named + list(self.state_of_adjective.items())):
            pair = [actor_id for position, actor_id in sorted(candidates, reverse=True) if position < token.i]
            pair = [a for i, a in enumerate(pair) if a not in pair[:i] and self._pairs_as(a, kind, found)][:2]
            if len(pair) == 2:
                first_named = {actor_id: position for position, actor_id in sorted(candidates, reverse=True)}
                return sorted(pair, key=first_named.__getitem__)
        return []

    def _last_named_together(self, token: Token, kind: str, excluded: list[str]) -> list[str]:
        """The last two actors of `kind` named as a pair ("Saudi Arabia and Iran") before `token`."""
        for mention, head in sorted(self.entries, key=lambda entry: -entry[1].i):
            pair = self.actors_in(head) if head.i < token.i and not head.dep_ == "conj" else []
            fitting = [a for a in pair if self._pairs_as(a, kind, excluded)]
            if len(pair) == 2 and len(fitting) == 2:
                return fitting
        return []

    def _pairs_as(self, actor_id: str, kind: str, excluded: list[str]) -> bool:
        """Whether a named actor can be one of a pair of `kind` ("collective": a state or organisation)."""
        actual = self.kind_of(actor_id)
        return actor_id not in excluded and actor_id not in self.anonymous and (
            kind == actual or (kind == "collective" and actual in ("state", "organization")))

    def actors_in(self, token: Token) -> list[str]:
        """Actors named by a token and the tokens conjoined with it ("Moscow and Tehran")."""
        found = []
        for member in coordinated(token):
            actor_id = self.actor_at(member)
            if actor_id and actor_id not in found:
                found.append(actor_id)
        return found


def coordinated(token: Token) -> list[Token]:
    """A word and the words joined to it by "and" or commas: "Moscow and Tehran"; "Serbian President
    Aleksandar Vucic and Kosovo Prime Minister Albin Kurti", where the model may hang the first
    name on the second and the "and" on the first, or take "Kosovo" for a third."""
    members = [token, *token.conjuncts, *(name for name in token.children if name.dep_ == "nmod" and name.pos_ == "PROPN"
                                          and any(c.dep_ == "cc" and c.lower_ == "and" for c in name.children))]
    # "Vucic and Kosovo Prime Minister Albin Kurti": a word right before another member's words is its modifier
    return [m for m in members if not any(other.left_edge.i == m.i + 1 for other in members)]


def _inside_longer_name(token: Token) -> bool:
    """A word that is part of the longer name of a region ("America" in "South America"), not of a
    place in a country ("Port Sudan")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "LOC" and (
        token.ent_iob_ == "I" or (token.ent_iob_ == "B" and following is not None and following.ent_iob_ == "I"))


def _is_untagged_acronym(token: Token) -> bool:
    """A short name in capitals acting as a subject that the model did not tag ("BP, which
    operates the field, welcomed the agreement"), or naming one ("Chile's forestry agency, CONAF,
    said", "EUNAVFOR said"): an organisation by its acronym."""
    not_names = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    naming = token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS \
        and token.head.lemma_.lower() in lexicon.words("organisation_role_nouns")
    # "OPEC+" keeps its plus; the model may take one for a plural noun ("ECOWAS said")
    return token.pos_ in ("PROPN", "NOUN") and token.is_upper and token.text.rstrip("+").isalpha() and 2 <= len(token.text) <= 8 \
        and (token.dep_ in SUBJECT_DEPS or naming or _names_subject_in_brackets(token)) and not token.ent_type_ \
        and token.lower_ not in not_names


def _names_subject_in_brackets(token: Token) -> bool:
    """Whether a word in brackets closes a subject's words, giving the short name of what it
    describes: "the European Union's naval force in the region (EUNAVFOR) said"."""
    doc = token.doc
    return token.dep_ == "appos" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" \
        and doc[token.i + 1].text == ")" and any(a.dep_ in SUBJECT_DEPS for a in token.ancestors)


def _is_locative(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


def names_two(noun: Token) -> bool:
    """ "both governments", "the two leaders", "the neighbours"."""
    words = {child.lower_ for child in noun.children if child.dep_ in ("det", "nummod", "predet")}
    counted = any(child.dep_ == "nummod" for child in noun.children)  # "the three countries" are no pair
    return "both" in words or "two" in words or (
        "the" in words and not counted and noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.words("pair_plurals"))


def _title_tokens(ent: SpacySpan, actor_tokens: set[int]) -> list[Token]:
    """Titles and descriptors written before a name: "Iranian President", "the Palestinian group"."""
    doc, root = ent.doc, ent.root
    if root.dep_ == "appos" and root.head.i == ent.start - 1 and root.head.pos_ == "NOUN":
        return [token for token in doc[root.head.left_edge.i:ent.start] if token.dep_ != "poss"]
    title: list[Token] = []
    subtree = {token.i for token in root.subtree}
    i = ent.start - 1
    while i >= 0 and i in subtree and i not in actor_tokens and doc[i].dep_ in TITLE_DEPS \
            and doc[i].pos_ in ("PROPN", "NOUN", "ADJ"):
        title.insert(0, doc[i])
        i -= 1
    if title and i >= 0 and doc[i].lower_ == "the" and doc[i].dep_ == "det":
        title.insert(0, doc[i])
    return title


def _state_of_body(ent: SpacySpan) -> Country | None:
    """The state whose body a name like "the Indian High Commission" or "Russian Embassy" names."""
    words = [t for t in ent if t.lower_ != "the"]
    body = " ".join(t.lower_ for t in words[1:])
    if len(words) > 1 and body in lexicon.words("representative_nouns"):
        return country_of_demonym(words[0].text)
    # "Peru's Congress": a state's own body, named by its owner
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
    if owner is not None and " ".join(t.lower_ for t in words) in lexicon.words("representative_nouns"):
        return country_named(owner.text)
    # "the Taliban government": the government of the state the group holds
    if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in lexicon.words("governing_nouns"):
        return country_governed_by(ent.text)
    return None


def _dateline_capital(sentence: SpacySpan) -> SpacySpan | None:
    """The capital a wire dateline is filed from, which the model often leaves untagged in capitals
    ("BELGRADE —", "ADDIS ABABA —"): the story's state, named by its capital."""
    if not is_dateline(sentence.text):
        return None
    words = [t for t in sentence if t.is_alpha and t.is_upper]
    place = sentence.doc[words[0].i:words[-1].i + 1] if words and words[-1].i - words[0].i == len(words) - 1 else None
    return place if place is not None and country_of_capital(place.text.title()) else None


def _listed_states(ent: SpacySpan) -> list[SpacySpan]:
    """A name the model made of a list of states ("Mali, Burkina Faso" in "Mali, Burkina Faso and
    Niger") is each state's; any other entity is itself."""
    commas = [t.i for t in ent if t.text == ","]
    if not commas:
        return [ent]
    bounds = [ent.start, *commas, ent.end]
    parts = [SpacySpan(ent.doc, start + (start != ent.start), end, label="GPE") for start, end in zip(bounds, bounds[1:])]
    return parts if all(len(part) and country_named(part.text) for part in parts) else [ent]


def place_state(text: str, index: ActorIndex) -> str | None:
    """The state a place name stands for: a country, or its capital."""
    country = country_named(text) or country_of_capital(text)
    return index.state(country) if country else None


def _named_actor(ent: SpacySpan, kind: str, registry: Registry, names: NameIndex, index: ActorIndex,
                 country: str = "", titled: bool = False) -> str | None:
    """The actor a person or organisation name the registry lacks stands for: a registered name
    spelled differently ("Kim Jong-un"), a full name shortened ("Lukashenko", "WHO"), or a new
    actor named by its words."""
    text = proper_name(ent)
    actor_id = match_registered_name(text, registry) or names.resolve(text)
    if actor_id and actor_id == names.organisation_heads.get(text):
        kind = "organization"  # "Aragvi's director": the "Aragvi TV" named before, whatever the model took it for
    if kind == "person" and actor_id in index.new_actors and names.organisation_surnames.get(text) == actor_id:
        # "Villegas", a person, is the "Ana Villegas" the model took for an organisation
        index.new_actors[actor_id] = dataclasses.replace(index.new_actors[actor_id], kind="person")
    actor_id = actor_id or slugify(text)
    if titled and actor_id in index.new_actors:  # "President Javier Milei", the "Milei's" of a headline
        # and "Ukrainian President Volodymyr Zelensky" serves Ukraine, whatever the headline said of him
        index.new_actors[actor_id] = dataclasses.replace(index.new_actors[actor_id], kind="person",
                                                         country=index.new_actors[actor_id].country or country)
    if actor_id and actor_id not in registry.actors and actor_id not in index.new_actors:
        index.new_actors[actor_id] = Actor(actor_id, names.full_names.get(actor_id, text), kind, country,
                                           registered=False)
    return actor_id or None


def _speaking_of_itself(pronoun: Token, index: ActorIndex) -> str | None:
    """ "Airbus said it was not aware", "Moldovan police said they had detained": "it" as the
    subject of what a state or organisation says, or "they" of what a body or group told by a plural
    noun says, is the speaker itself, even before "was"; "he" or "she" that of an unnamed role noun."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.words("speech_verbs"):
        return None
    if pronoun.lower_ in ("he", "she"):
        # "The Council of Europe's human rights commissioner said she was “deeply concerned”": the one
        # the unnamed role noun stands for, the person it names or else whom it serves
        roles = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in lexicon.words("person_role_nouns")]
        return next((speaker for role in roles if (speaker := index.actor_at(role) or next(iter(index.owners(role)), None))),
                    None)
    if pronoun.lower_ not in ("it", "they"):
        return None
    plural = pronoun.lower_ == "they"
    kinds = ("state", "organization", "group") if plural else ("state", "organization")
    # "the WOAH, which said it would send experts": the relative's noun speaks
    for subject in (relative_antecedent(child) for child in clause.head.children if child.dep_ == "nsubj"):
        if plural and subject.tag_ not in ("NNS", "NNPS") and subject.lemma_.lower() != "police":
            continue
        speaker = index.actor_at(subject) or next(iter(index.represented(subject)), None)
        if speaker and index.kind_of(speaker) in kinds:
            return speaker
    return None


def _pronoun_kind_matches(pronoun: str, actor: Actor) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == "person"
    return actor.kind in ("state", "organization")


def _is_thing_it(token: Token) -> bool:
    """An "it" that stands for no actor: expletive ("it is necessary"), or an object, which in
    news is nearly always a thing ("called it a bridge", "override it"), unless it is asked to act
    ("thanked the WMO and asked it to help")."""
    asked = token.dep_ == "dobj" and any(c.dep_ == "xcomp" and is_to_infinitive(c) for c in token.head.children)
    return token.lower_ == "it" and (token.head.lemma_ == "be" or token.head.lower_ in ("’s", "'s")
                                     or (token.dep_ in ("dobj", "pobj", "dative") and not asked))


def _in_subject(token: Token) -> bool:
    """Whether a token is, or is in, the subject of a clause, a relative one included ("Otávio
    Leme, who backed the bill")."""
    node = token
    while True:
        if node.dep_ in SUBJECT_DEPS or _subject_of_a_description(node):
            return True
        if node.dep_ == "appos" and node.head.dep_ == "pobj" and node.head.head.dep_ == "prep":
            node = node.head.head.head  # "Russia's ambassador in Oslo, Sergei Volkov," is the ambassador
        elif node.dep_ in ("poss", "compound", "appos", "conj", "amod") and node.head.i != node.i:
            node = node.head
        else:
            return False


def _possessed(token: Token) -> Token:
    """The noun a possessive determines, or the token itself."""
    return token.head if token.dep_ == "poss" else token


def _subject_of_main_clause(token: Token) -> bool:
    """Whether a token, or the noun it possesses ("The IOC's executive board"), is the subject of
    its sentence's main verb, or of a verb joined to it."""
    subject = _possessed(token)
    if subject.dep_ not in SUBJECT_DEPS:
        return False
    verb = subject.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _subject_of_a_description(token: Token) -> bool:
    """Whether a name is what "who" stands for as the subject of a relative clause describing it
    ("Otávio Leme, who backed the bill")."""
    return any(clause.dep_ == "relcl" and any(who.dep_ in SUBJECT_DEPS and who.lower_ == "who" for who in clause.children)
               for clause in token.children)


def _clause_subject(pronoun: Token, index: ActorIndex) -> str | None:
    """The subject a possessive "its" or "their" outside it belongs to: "The United States,
    which funded the agency, cut its contribution" is the United States' contribution."""
    if pronoun.lower_ not in ("its", "their") or pronoun.dep_ != "poss" or _in_subject(pronoun):
        return None
    verb = next((node for node in pronoun.ancestors if node.pos_ in ("VERB", "AUX")), None)
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS] if verb is not None else []
    if verb is not None and not subjects and verb.dep_ == "xcomp":
        # "ordered Turkey to withdraw its troops"; with no object, "Japan agreed to sell its frigates"
        subjects = [child for child in verb.head.children if child.dep_ == "dobj"] or [
            child for child in verb.head.children if child.dep_ in SUBJECT_DEPS]
    elif verb is not None and not subjects and verb.dep_ in ("acl", "advcl") and (is_to_infinitive(verb) or verb.tag_ == "VBG"):
        # "India signed an agreement with France to buy jets for its navy": the purpose is the signer's, as
        # is what it did while ("reached an agreement with China, completing its debt overhaul")
        above = [node for node in verb.ancestors if node.pos_ in ("VERB", "AUX")]
        # a participle's doer is the subject it hangs below however far up; an infinitive's, its own verb's only
        above = above if verb.tag_ == "VBG" else above[:1]
        subjects = next(([child for child in node.children if child.dep_ in SUBJECT_DEPS] for node in above
                         if any(c.dep_ in SUBJECT_DEPS for c in node.children)), [])
    speech = verb.head if verb is not None and verb.dep_ == "ccomp" else None
    if speech is not None and speech.lemma_.lower() in lexicon.words("speech_verbs"):
        # "let the deal lapse, saying foreign trawlers were emptying its waters": the speaker's own
        subjects += [c for c in speech.children if c.dep_ in SUBJECT_DEPS] or (
            [c for c in speech.head.children if c.dep_ in SUBJECT_DEPS] if speech.dep_ == "advcl" else [])
    return next((actor for subject in map(relative_antecedent, subjects)
                 if (actor := index.actor_at(subject) or next(iter(index.represented(subject)), None))), None)


def _sentences_in_reach(here: int, quoted_sentences: set[int]) -> list[int]:
    """The sentences a pronoun may point back into, latest first: the window's worth of the
    narrator's sentences, and however many wholly quoted ones lie between them (a speech quoted at
    length keeps its speaker in view)."""
    reach, narrated, sentence = [], 0, here
    while sentence >= 0 and narrated < COREFERENCE_WINDOW:
        reach.append(sentence)
        narrated += sentence not in quoted_sentences
        sentence -= 1
    return reach


def _quoted_sentences(doc: Doc, sentences: dict[int, int], inside_quotes: set[int]) -> set[int]:
    """The sentences made only of someone's quoted words."""
    outside = {sentences[token.i] for token in doc if token.i not in inside_quotes and not (token.is_punct or token.is_space)}
    return set(sentences.values()) - outside


def _subject_named_after(pronoun: Token, index: ActorIndex) -> str | None:
    """The subject a possessive in the words before it points forward to: "From her kitchen window,
    Aviaja Lund can see …"."""
    if pronoun.tag_ != "PRP$":
        return None
    verb = next((node for node in pronoun.ancestors if node.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.i < pronoun.i or pronoun in subject.subtree:
        return None
    return index.actor_at(subject)


def _owned_by_thing_beside(pronoun: Token, index: ActorIndex) -> bool:
    """Whether "its" belongs to the thing it is joined to: "released a bulk carrier and its 23 crew"."""
    owned = pronoun.head
    if pronoun.lower_ != "its" or pronoun.dep_ != "poss" or owned.dep_ != "conj" or owned.head.pos_ != "NOUN":
        return False
    thing = owned.head
    bodies = lexicon.words("organisation_role_nouns") | lexicon.words("owned_body_nouns") \
        | lexicon.words("representative_nouns")
    # "the company and its staff" may be a body told before, "Ghana's finance minister and its central
    # bank governor" a state's; "a bulk carrier" is a new thing
    told_before = thing.lemma_.lower() in bodies and any(c.lower_ == "the" for c in thing.children)
    return index.actor_at(thing) is None and not told_before and thing.lemma_.lower() not in \
        lexicon.words("person_role_nouns") and not any(c.dep_ == "poss" for c in thing.children)


def _resolve_pronoun(pronoun: Token, index: ActorIndex, actors: dict[str, Actor],
                     sentences: dict[int, int], inside_quotes: set[int], quoted_sentences: set[int]) -> str | None:
    bound = _clause_subject(pronoun, index) or _subject_named_after(pronoun, index)
    if bound and _pronoun_kind_matches(pronoun.lower_, actors[bound]):
        return bound
    here = sentences[pronoun.i]
    reach = _sentences_in_reach(here, quoted_sentences)
    # the narrator's "its spokesman" does not point into someone's quoted words
    quoted = pronoun.i in inside_quotes
    earlier = [(head, mention) for mention, head in index.entries
               if head.i < pronoun.i and _pronoun_kind_matches(pronoun.lower_, actors[mention.actor_id])
               and (quoted or head.i not in inside_quotes)]
    # "The United States, once its largest donor,": a noun's own apposition speaks of another
    described = {node.head.i for node in [pronoun, *pronoun.ancestors] if node.dep_ == "appos"}
    earlier = [(head, mention) for head, mention in earlier if head.i not in described]
    candidates = [(head, m) for head, m in earlier if m.span.sentence in reach]
    gender = GENDER_OF_PRONOUN.get(pronoun.lower_)
    if not candidates and gender:
        # a feature returns to its subject after a long aside: the one person already known by
        # this gender, or the one person named at all below the headline, is still the likeliest "she"
        people = {m.actor_id for _, m in earlier if actors[m.actor_id].kind == "person" and m.span.sentence > 0
                  and index.gender.get(m.actor_id) in (gender, None)}
        known = {actor_id for actor_id in people if index.gender.get(actor_id) == gender} or people
        return known.pop() if len(known) == 1 else None
    if pronoun.dep_ in ("dobj", "pobj", "dative"):
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        subjects = {child.i for child in verb.children if child.dep_ in SUBJECT_DEPS}
        candidates = [(head, m) for head, m in candidates if head.i not in subjects]
    # a person already called "she" is not "his" later, and the reverse; out of subject position
    # ("thanked her for her work") one already called "she" is the likelier "her"
    if gender:
        candidates = [(head, m) for head, m in candidates if index.gender.get(m.actor_id) in (gender, None)]
        if not _in_subject(pronoun):
            candidates = [(head, m) for head, m in candidates if index.gender.get(m.actor_id) == gender] or candidates
    if pronoun.lower_ in ("its", "their") and pronoun.dep_ == "poss" \
            and pronoun.head.lemma_.lower() in lexicon.words("governing_nouns"):
        # "not to hold events in Indonesia until its government guaranteed entry": a state's government
        candidates = [(head, m) for head, m in candidates if actors[m.actor_id].kind == "state"] or candidates
    if not candidates:
        return None
    candidates.sort(key=lambda pair: pair[0].i)
    if _in_subject(pronoun):  # "he said", "its embassy said": subjects refer back to subjects
        for sentence in reach:
            subjects = [(head, m) for head, m in candidates if m.span.sentence == sentence and _in_subject(head)]
            # the subject of the sentence outranks one of a clause below it: of one that only sets its
            # time ("Montes led the office until 2025, when Paiz removed her. She left …" is Montes), of
            # what it reported ("The State Department said Washington remained … It gave no figures"),
            # of what it offered ("Nigeria's navy said it would help Gabon search … its spokesman"); not
            # one of a clause describing a noun ("Fontes had clashed with Otávio Leme, who backed the bill. He")
            if sentence < here and any(_subject_of_main_clause(head) for head, _ in subjects):
                subjects = [(head, m) for head, m in subjects
                            if _subject_of_main_clause(head) or _subject_of_a_description(head)]
            if subjects:
                return subjects[-1][1].actor_id
    return candidates[-1][1].actor_id


def find_mentions(doc: Doc, registry: Registry, sentences: dict[int, int],
                  inside_quotes: set[int], source_id: str) -> ActorIndex:
    """Every mention of an actor in `doc`. Only third-person pronouns are resolved, inside
    quotations too: "he" or "its" there points where it would in the narrator's words, while
    "I" and "we" would need the speaker."""
    doc.ents = [part for ent in doc.ents for part in _listed_states(ent)]
    form_of_alias = {alias.text.casefold(): alias.form for alias in registry.aliases}
    titles_words = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    bodies = lexicon.organisation_nouns()
    # a title stops at a name it holds: "US Secretary of State …", "EU foreign policy chief …",
    # "European Commission President …"
    actor_tokens = {token.i for ent in doc.ents if ent.label_ == ACTOR_LABEL or (
        ent.label_ == "ORG" and (ent.text.isupper() or ent[-1].lower_ in bodies) and not is_common_phrase(ent)
        and not any(token.lower_ in titles_words for token in ent)) for token in ent}
    index = ActorIndex(registered=registry.actors)
    for ent in doc.ents:
        if ent.label_ == ACTOR_LABEL:
            form = form_of_alias.get(ent.text.casefold(), "name")
            if form == "metonym" and _is_locative(ent.root):
                continue
            title = _title_tokens(ent, actor_tokens) if form == "name" else []
            index.add(doc, [*title, *ent], ent.root, ent.ent_id_, "title" if title else form, sentences)
            if form == "name" and registry.actors[ent.ent_id_].kind == "state":
                index.state_name_tokens.update(token.i for token in ent)
    names = name_index(doc, registry)
    seats = []  # capitals that may stand for a body seated there, decided once every name is known
    # title words before a person's name ("Finance Minister …") that the model took for names
    titles = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in _title_tokens(ent, actor_tokens)}
    # "LAMPEDUSA, Italy —": the place a story is filed from is a place wherever it is named ("In Lampedusa,")
    filed_from = {re.split(r"[,(—–-]", sentence.text, maxsplit=1)[0].strip().casefold()
                  for sentence in doc.sents if is_dateline(sentence.text)}
    for ent in map(whole_name, doc.ents):
        # skip names inside a mention found above, or inside a title
        if any(token.i in index.actor_of_token for token in ent) or all(token.i in titles for token in ent):
            continue
        form = "name"
        if ent.label_ in NEW_ACTOR_KINDS and (is_common_phrase(ent) or names_a_place(ent) or names_an_occasion(ent)
                                              or names_a_text(ent)
                                              or names_in_quotes_a_thing(ent) or is_title_only(ent)
                                              or is_dateline(ent.sent.text)
                                              or country_of_nationals(ent.text)):  # "all Bahrainis", a people
            continue
        if proper_name(ent).casefold() in filed_from and not country_named(ent.text) \
                and not country_of_capital(proper_name(ent)):
            continue
        # a capital that is also someone's family name here ("Roberto Lima" … "Lima") is the person
        capital = country_of_capital(proper_name(ent)) if ent.text not in names.surnames else None
        # "Belarus's national airline, Belavia,": a name the model took for a place, set beside a body noun
        taken_for_place = ent.label_ == "GPE" and not (country_named(ent.text) or capital) \
            and not is_common_phrase(ent) and names_an_organisation(ent)
        if taken_for_place:
            actor_id = _named_actor(ent, "organization", registry, names, index)
        # a country's name whatever else the model took it for ("Cabo Verde's" as a product)
        elif ent.label_ == "GPE" or (ent.label_ in {*NEW_ACTOR_KINDS, "LOC", "PRODUCT"} and (country_named(ent.text) or capital)):
            country = country_named(ent.text)
            if country is None and capital and not _is_locative(ent.root):
                if ent.text in lexicon.load("seats"):
                    seats.append(ent)
                    continue
                country, form = capital, "metonym"
            actor_id = index.state(country) if country else None
        elif ent.label_ == "ORG" and (country := _state_of_body(ent)):
            actor_id = index.state(country)  # "the Indian High Commission said": a body of India speaks for it
        elif ent.label_ in NEW_ACTOR_KINDS:
            # the model takes some people for organisations ("EU foreign policy chief Kaja Lind")
            title_words = _title_tokens(ent, actor_tokens)
            titled = any(t.lower_.rstrip(".") in lexicon.words("person_role_nouns") for t in title_words) or has_age(ent) \
                or has_abbreviated_title(ent) or has_hyphenated_title(ent) or has_honorific(ent) \
                or (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in lexicon.words("person_role_nouns")) \
                or _after_a_roles_place(ent.root) \
                or any(c.dep_ == "appos" and c.i >= ent.end and c.lemma_.lower() in lexicon.words("person_role_nouns")
                       for c in ent.root.children)  # "said Emeka Nwosu, president of the NLC"
            # "Australian Prime Minister Mark Holloway" serves Australia
            # "Australian Prime Minister Mark Holloway", "her Finnish counterpart, Aino Virtanen"
            role = [ent.root.head] if ent.root.dep_ == "appos" else []
            country = next((c.alpha_3 for t in [*title_words, *(c for r in role for c in r.children if c.dep_ == "amod")]
                            if (c := country_of_demonym(t.text))), "") or next(
                (c.alpha_3 for word in [ent.root, *title_words, *role] for t in word.children
                 if t.dep_ == "poss" and (c := country_named(t.text))), "")
            # "Colombia's Rosa Villavicencio": a person the model knows as one, set after her state's name
            country = country if titled or ent.label_ == "PERSON" else ""
            titled = titled or names.resolve(proper_name(ent)) in names.people
            kind = "person" if titled else "organization" if names_an_organisation(ent) else NEW_ACTOR_KINDS[ent.label_]
            titles_before = any(t.lower_.rstrip(".") in lexicon.words("person_role_nouns") for t in title_words)
            actor_id = _named_actor(ent, kind, registry, names, index, country, titles_before)
        else:
            continue
        if actor_id:
            title = _title_tokens(ent, actor_tokens) if form == "name" else []
            index.add(doc, [*title, *ent], ent.root, actor_id, "title" if title else form, sentences)
    named = {name.text: index.actor_of_token.get(name.start)
             for ent in doc.ents for name in [ent[1:] if ent[0].lower_ == "the" else ent]} if seats else {}
    for seat in seats:
        body = next((named[name] for name in lexicon.load("seats")[seat.text] if named.get(name)), None)
        index.add(doc, list(seat), seat.root, body or index.state(country_of_capital(seat.text)), "metonym", sentences)
    for sentence in doc.sents:
        if (place := _dateline_capital(sentence)) is not None and not any(t.i in index.actor_of_token for t in place):
            index.add(doc, list(place), place[-1], index.state(country_of_capital(place.text.title())), "metonym", sentences)
    for token in doc:
        # a surname, acronym or country the model did not tag as a name (nor always as a proper
        # noun: "Vidal:" opening a live-blog entry; "Đorđević said", tagged an adverb)
        if not (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (token.is_title or token.is_upper))
                or token.text in names.surnames) or token.i in index.actor_of_token:
            continue
        apposed, kind = apposed_name_words(token)  # "the independent broadcaster Aragvi TV"
        person = next((pair for pair in names.untagged_pairs if token in pair), None)  # "Batbayar Dorj … Batbayar said"
        if person is not None:
            apposed, kind = list(person), "person"
        words = untagged_organisation_words(token, set(index.actor_of_token)) or apposed or [token]
        name = words_text(words)
        # in quoted words only an acronym, which names no one else: "while the ELN keeps kidnapping"
        actor_id = names.resolve(name) if token.i not in inside_quotes or token.is_upper else None
        if actor_id is None and token.is_upper and len(words) == 1 and slugify(name) in index.new_actors:
            actor_id = slugify(name)  # "SOCAR", an acronym already taken for an organisation, named again
        singular = slugify(name[:-1]) if len(words) == 1 and name.endswith("s") else ""
        if actor_id is None and singular in index.new_actors and index.new_actors[singular].kind == "organization":
            actor_id = singular  # "the Houthis", the group named "Houthi" elsewhere
        if actor_id is None and country_named(token.text) and not _inside_longer_name(token):
            actor_id = index.state(country_named(token.text))
        if actor_id is None and (len(words) > 1 or _is_untagged_acronym(token)):
            actor_id = slugify(name)
        untagged = _untagged_name(token, index) if actor_id is None else None
        if untagged is not None and ((token.dep_ in SUBJECT_DEPS and _owns_a_personal_pronoun(token)) or any(
                c.dep_ == "appos" and c.lemma_.lower() in lexicon.words("person_role_nouns") for c in token.children)):
            # "Tsetsegmaa Dorj lost 300 of her 500 goats", "a warrant for Mahamat Djibrine, the leader of …"
            untagged = (untagged[0], "person")
        # "WHO Director-General Ines Okoro praised"; with no title, "Human Rights Watch condemned"
        if untagged is not None and len(untagged[0]) > 1 and (
                untagged[1] == "person" or (token.dep_ in SUBJECT_DEPS and all(w.pos_ == "PROPN" for w in untagged[0])
                                            and any(w.lower_ in lexicon.words("organisation_name_words") for w in untagged[0]))):
            _add_untagged_name(doc, token, *untagged, index, sentences)
            continue
        capital = country_of_capital(token.text) if actor_id is None and token.dep_ in SUBJECT_DEPS else None
        if capital and token.text not in lexicon.load("seats"):
            # "Chisinau disputes the figure": a capital that acts stands for its state
            index.add(doc, [token], token, index.state(capital), "metonym", sentences)
            continue
        if actor_id:
            if actor_id not in registry.actors:  # an organisation named first in full where the model saw no name
                index.new_actors.setdefault(actor_id, Actor(actor_id, names.full_names.get(actor_id, name),
                                                            kind or "organization", registered=False))
            index.add(doc, words, token, actor_id, "name", sentences)
    for token in doc:
        # "North Korean" is one adjective of two words, and not South Korea's
        two_words = country_of_demonym(f"{doc[token.i - 1].text} {token.text}") if token.i else None
        country = two_words or (country_of_demonym(token.text) if token.pos_ in ("ADJ", "PROPN") else None) or (
            country_of_nationals(token.text) if token.tag_ in ("NNS", "NNPS") else None)  # "deported Haitians"
        if country and token.i not in index.actor_of_token:
            index.state_of_adjective[token.i] = index.state(country)
    _role_nouns(doc, index, {**registry.actors, **index.new_actors}, sentences)
    actors = {**registry.actors, **index.new_actors}
    gendered = lexicon.load("lexicon")["gendered_nouns"]
    for mention, head in index.entries:  # "His wife, Winnie Kato,": a she before any "she"
        nouns = [head.head] if head.dep_ == "appos" else [c for c in head.children if c.dep_ == "appos"]
        for noun in (n for n in nouns if n.lower_ in gendered and actors[mention.actor_id].kind == "person"):
            index.gender.setdefault(mention.actor_id, gendered[noun.lower_])
    _people_by_their_own(doc, index, inside_quotes)
    _named_in_compound_adjectives(doc, registry, index, sentences)
    actors = {**registry.actors, **index.new_actors}
    quoted_sentences = _quoted_sentences(doc, sentences, inside_quotes)
    for token in doc:
        word = token.lower_
        if word in PERSON_PRONOUNS or word in THING_PRONOUNS or word == "they":
            # "they" is resolved only as a speaker's own, the one use of it rarely ambiguous
            resolvable = word != "they" and not _is_thing_it(token)
            actor_id = None if _owned_by_thing_beside(token, index) else _speaking_of_itself(token, index) or (
                _resolve_pronoun(token, index, actors, sentences, inside_quotes, quoted_sentences) if resolvable else None)
            if actor_id:
                index.add(doc, [token], token, actor_id, "pronoun", sentences)
                if token.lower_ in GENDER_OF_PRONOUN and token.i not in inside_quotes:
                    # a guess inside someone's words (who "she" is to the speaker) teaches no gender
                    index.gender.setdefault(actor_id, GENDER_OF_PRONOUN[token.lower_])
                if _owns_a_state_noun(token) and (state := index.state_of_person(actor_id)):
                    # "Chad's foreign minister, Abakar Mahamat, said his country …": the state he serves
                    index.add(doc, [token, token.head], token.head, state, "nominal", sentences)
    return index


def _owns_a_state_noun(pronoun: Token) -> bool:
    """Whether a possessive pronoun is all that determines "country" or "nation": "his country"."""
    noun = pronoun.head
    return pronoun.dep_ == "poss" and noun.lower_ in lexicon.words("state_nouns") and \
        [child.i for child in noun.lefts] == [pronoun.i]


def _named_in_compound_adjectives(doc: Doc, registry: Registry, index: ActorIndex, sentences: dict[int, int]) -> None:
    """A registered name the tokenizer kept inside a compound adjective: "a U.S.-brokered peace deal",
    "Iran-backed militias". The name alone is the mention; the adjective stays a word of the phrase."""
    participles = lexicon.words("backing_participles")
    for token in doc:
        name, hyphen, participle = token.text.rpartition("-")
        actor_id = registry.proper_names.get(name) if hyphen and participle.lower() in participles else None
        if actor_id and token.i not in index.actor_of_token:
            index.entries.append((Mention(char_span(doc, token.idx, token.idx + len(name), sentences), actor_id, "name"), token))


def _owns_a_personal_pronoun(subject: Token) -> bool:
    """Whether a "her" or "his" later in the subject's clause is its own: a person's name."""
    return any(word.lower_ in ("her", "his") and word.dep_ == "poss" and word.i > subject.i for word in subject.head.subtree)


def _after_a_roles_place(name: Token) -> bool:
    """Whether a name is set after the place a person's role is for, where the model hangs it:
    "The IMF's mission chief for Sri Lanka, Anne-Marie Duval, said"; not a name set beside a body
    noun ("two leaders of the opposition group Al-Wefaq")."""
    place = name.head
    bodies = lexicon.organisation_nouns()
    return name.dep_ == "appos" and place.dep_ == "pobj" and place.head.dep_ == "prep" \
        and place.head.head.lemma_.lower() in lexicon.words("person_role_nouns") and place.lemma_.lower() not in bodies


def _people_by_their_own(doc: Doc, index: ActorIndex, inside_quotes: set[int]) -> None:
    """A name the model took for an organisation is a person's when the clause it is the subject of
    gives it "her" or "his" ("Tsetseg Batbayar walks her goats", "Cojocaru voted with her husband"),
    or the next sentence opens with "She" or "Her" for it, or it has a family ("Tabwebwe's family");
    not "Amnesty International called for his release"."""
    bodies = lexicon.organisation_nouns() \
        | lexicon.words("organisation_name_words")

    def taken_for_a_body(subject: Token) -> Actor | None:
        actor = index.new_actors.get(index.actor_at(subject) or "")
        return actor if actor and actor.kind == "organization" and not any(
            word.casefold() in bodies for word in actor.name.split()) else None

    kin = set(lexicon.load("lexicon")["gendered_nouns"]) | lexicon.words("family_nouns")
    for relative in (token for token in doc if token.lemma_.lower() in kin):
        # "Tabwebwe's family plans to stay": a body has no family
        for owner in (c for c in relative.children if c.dep_ == "poss"):
            if (actor := taken_for_a_body(owner)) is not None:
                index.new_actors[actor.actor_id] = dataclasses.replace(actor, kind="person")
    for pronoun in doc:
        if pronoun.i in inside_quotes or pronoun.lower_ not in ("her", "his", "she", "he"):
            continue
        opening = pronoun.sent[:pronoun.i - pronoun.sent.start]
        unnamed_before = pronoun.lower_ in ("she", "he") and pronoun.dep_ == "nsubj" \
            and not any(t.i in index.actor_of_token for t in opening)
        if pronoun.sent.start > 0 and (unnamed_before or all(
                t.pos_ in ("ADV", "PUNCT", "CCONJ") or t.i in inside_quotes for t in opening)):
            # "… but Ana Ramos counts fewer each spring. Her grandfather grazed llamas", "Ubaldino Caisamo
            # rented canoes to migrants. Now he fishes.", "Litia Naivalu swims out … “Some days …,” she
            # said.", "Aqqaluk Lynge's boat is the only one … The halibut he has fished": the one named
            # subject of the sentence before, or the one whose thing is
            root = doc[pronoun.sent.start - 1].sent.root
            subjects = [c for verb in [root, *root.conjuncts] for c in verb.children if c.dep_ in SUBJECT_DEPS]
            # a thing's owner, not a spokeswoman's ("The UNHCR's spokeswoman, Magali Kone, said. She …")
            things = [s for s in subjects if s.pos_ == "NOUN" and s.lemma_.lower() not in lexicon.words("person_role_nouns")
                      | lexicon.words("representative_nouns") and not any(c.dep_ == "appos" for c in s.children)]
            named = {a.actor_id: a for c in [*subjects, *(o for s in things for o in s.children if o.dep_ == "poss")]
                     if (a := taken_for_a_body(c))}
            if len(named) == 1:
                actor = next(iter(named.values()))
                index.new_actors[actor.actor_id] = dataclasses.replace(actor, kind="person")
            continue
        if pronoun.lower_ in ("she", "he") and pronoun.dep_ == "nsubj":
            # "When Vito Fiorino sailed out at dawn, he found hundreds of people": the one named in the
            # clause that sets the scene
            for subject in (s for clause in pronoun.head.children if clause.dep_ == "advcl" and clause.i < pronoun.i
                            for s in clause.children if s.dep_ in SUBJECT_DEPS):
                if (actor := taken_for_a_body(subject)) is not None:
                    index.new_actors[actor.actor_id] = dataclasses.replace(actor, kind="person")
            continue
        # "Her party, Frente Amplio Andino, said": a possessive inside the subject is someone else's
        if pronoun.dep_ != "poss" or _in_subject(pronoun):
            continue
        verb = next((node for node in pronoun.ancestors if node.pos_ in ("VERB", "AUX")), None)
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS) if verb is not None else ():
            if (actor := taken_for_a_body(subject)) is not None:
                index.new_actors[actor.actor_id] = dataclasses.replace(actor, kind="person")


def _serving_person(role: Token, index: ActorIndex, actors: dict[str, Actor]) -> str | None:
    """The one person named before whom a state's role noun stands for: "Ethiopia's leader" after
    "Ethiopian Prime Minister Dawit Bekele", "a Japanese leader" after "Japanese Prime Minister …"."""
    states = [a for c in role.children if (c.dep_ == "poss" and (a := index.actor_at(c)) and actors[a].kind == "state")
              or (c.dep_ == "amod" and (a := index.state_of_adjective.get(c.i)))]
    if not states:
        return None
    country = actors[states[0]].country
    found = {m.actor_id for m, head in index.entries if head.i < role.i and actors[m.actor_id].kind == "person"
             and actors[m.actor_id].country == country and (role.lower_ == "leader" or role.lower_ in m.span.text.casefold())}
    return found.pop() if len(found) == 1 else None


def _head_of(role: Token, index: ActorIndex, actors: dict[str, Actor]) -> str | None:
    """The one person whose title names the body a role heads, before or after it: "the head of the
    World Health Organization" is "WHO Director-General Amara Diallo"; "African Development Bank chief"
    is "The president of the African Development Bank (AfDB), Kofi Mensah-Boateng"."""
    if role.lemma_.lower() not in lexicon.words("leading_nouns"):
        return None
    bodies = [a for prep in role.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for obj in prep.children if obj.dep_ == "pobj" for a in index.actors_in(obj)
              if actors[a].kind == "organization"] or [a for a in index.owners(role) if actors[a].kind == "organization"]
    if not bodies:
        return None

    def titled(name: Token) -> bool:
        title = [word for left in name.lefts for word in left.subtree]
        if name.dep_ == "appos":  # the title the name is set beside: "the president of the AfDB, Kofi …"
            title += [word for prep in name.head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for word in prep.subtree]
        return any(index.actor_of_token.get(word.i) == bodies[0] for word in title)

    found = {m.actor_id for m, head in index.entries if actors[m.actor_id].kind == "person" and titled(head)}
    return found.pop() if len(found) == 1 else None


def _named_later(role: Token, index: ActorIndex) -> str | None:
    """The person a role told with its owner is, when the same owner's same role, or the same role
    told again with "the", is later set beside a name: "the European Union's envoy said" … "The EU
    envoy, Miroslav Kollar,"; "a US envoy met …" … "The envoy, John Carver,"."""
    if role.lower_ not in lexicon.words("person_role_nouns") or not (owners := index.owners(role)):
        return None
    kind = {w.lower_ for w in role.lefts if w.dep_ in ("compound", "amod")}
    for later in role.doc[role.i + 1:]:
        if later.lower_ != role.lower_:
            continue
        if later.dep_ == "compound" and kind and kind <= {w.lower_ for w in later.lefts if w.dep_ == "compound"} \
                and index.apposed(role) is None:
            # "Kosovo's interior minister said" … "Interior Minister Besnik Gashi said": the title before a
            # name, of no other state ("Iraqi Foreign Minister …")
            named = index.actor_at(later.head)
            states = {index.state_of_adjective.get(w.i) for w in later.head.subtree} - {None}
            told_again = set(index.owners(later)) <= {*owners, named} and states <= set(owners) \
                and index.state_of_person(named) in (None, *owners)
        else:
            named = index.apposed(later)
            told_again = index.owners(later) == owners or (
                not index.owners(later) and any(d.dep_ == "det" and d.lower_ == "the" for d in later.children))
        if told_again and named and index.kind_of(named) == "person":
            return named
    return None


def _role_nouns(doc: Doc, index: ActorIndex, actors: dict[str, Actor], sentences: dict[int, int]) -> None:
    """Definite role nouns ("the agency", "the minister") refer to the most recent actor they fit:
    an organisation for organisation nouns, a person whose title holds the noun for person nouns."""
    generic_nouns = lexicon.words("organisation_role_nouns")
    organisation_nouns = generic_nouns | lexicon.words("named_organisation_role_nouns")
    person_nouns = lexicon.words("person_role_nouns")
    for token in doc:
        noun = token.lower_
        determiners = [child for child in token.lefts]
        is_noun = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)  # the model tags "bloc" PROPN
        if not is_noun or token.i in index.actor_of_token:
            continue
        if noun in person_nouns and (serving := _serving_person(token, index, actors)):
            index.add(doc, [token], token, serving, "nominal", sentences)  # "Ethiopia's leader"
            continue
        unnamed = [d for d in determiners if d.dep_ != "poss" and not any(t.i in index.actor_of_token for t in d.subtree)]
        if (heading := _head_of(token, index, actors) or _named_later(token, index)) is not None:
            index.add(doc, [*unnamed, token], token, heading, "nominal", sentences)  # "the head of the WHO"
            continue
        # not "the region (EUNAVFOR)" in "the EU's naval force in the region (EUNAVFOR)": the short name is the force's
        role_noun = noun in organisation_nouns | person_nouns or (
            [d.lower_ for d in determiners] == ["the"] and not any(map(_names_subject_in_brackets, token.children)))
        if role_noun and (named := index.apposed(token)) is not None:
            # "the diplomat, consul Marcelo Vargas,", "Georgia's communications regulator, GNCC,"
            index.add(doc, [*unnamed, token], token, named, "nominal", sentences)
            continue
        if noun in organisation_nouns and token.dep_ == "appos" and not any(c.dep_ == "poss" for c in token.children) \
                and (described_name := index.actor_at(token.head)) and actors[described_name].kind == "organization":
            # "JNIM, the al-Qaeda-linked group blockading the capital,": what the name before it is; not
            # "near Herat, Turkey's disaster agency said", someone else's body the model hangs on a place
            index.add(doc, [*unnamed, token], token, described_name, "nominal", sentences)
            continue
        # "the regional body", "the rebel group" are the body named before, "the military government" the
        # state's; "the other group" is not
        described = (noun in organisation_nouns or noun in lexicon.words("governing_nouns")) and all(
            (d.dep_ == "amod" or (d.dep_ == "compound" and f"{d.lower_}s" in lexicon.words("member_nouns")))
            and d.lower_ not in lexicon.words("distinguishing_adjectives") for d in determiners[1:])
        if not determiners or determiners[0].lower_ != "the" or (len(determiners) > 1 and not described):
            continue
        if noun in lexicon.words("member_nouns"):
            # "the rebels" are the group named with that word before ("ELN rebels", "the M23 rebel group")
            groups = [m.actor_id for m, head in sorted(index.entries, key=lambda e: e[1].i) if head.i < token.i
                      and actors[m.actor_id].kind == "organization" and _named_with(head, token.lemma_)]
            if groups:
                index.add(doc, [*determiners, token], token, groups[-1], "nominal", sentences)
            continue
        if noun in lexicon.words("state_nouns") and len(determiners) == 1:
            last_state = max(((head.i, m.actor_id) for m, head in index.entries
                              if head.i < token.i and actors[m.actor_id].kind == "state"), default=None)
            if last_state:  # "sanctions on Guinea … a week after the country's military government"
                index.add(doc, [*determiners, token], token, last_state[1], "nominal", sentences)
            continue
        if noun not in organisation_nouns | person_nouns:
            if index.represented(token):  # "the presidency said": the state the text is about
                index.add(doc, [*determiners, token], token, index.represented(token)[0], "nominal", sentences)
            continue
        earlier = sorted((entry for entry in index.entries if entry[1].i < token.i), key=lambda e: e[1].i)
        fitting = []
        for mention, head in earlier:
            actor = actors[mention.actor_id]
            if noun in organisation_nouns:  # "the party" after "the Georgian Dream party"
                fits = actor.kind == "organization" and (noun in generic_nouns or noun in actor.name.casefold()
                                                         or _named_with(head, token.lemma_)
                                                         or noun in mention.span.text.casefold().split())
            else:
                # "the envoy" after "the UN's envoy for Cyprus, María Ángela Holguín," as after "Envoy X"
                apposed = [head.head] if head.dep_ == "appos" else [c for c in head.children if c.dep_ == "appos"]
                if head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep":
                    apposed.append(head.head.head.head)  # the model hangs the name on "Cyprus" in "envoy for Cyprus"
                fits = actor.kind == "person" and (noun in mention.span.text.casefold()
                                                   or any(a.lower_ == noun for a in apposed))
            if fits:
                fitting.append(mention.actor_id)
        # "the group" once resolved stays that group, though another organisation is named more since
        same_noun = [m.actor_id for m, head in earlier if m.form == "nominal" and head.lower_ == noun
                     and noun in organisation_nouns and m.actor_id in fitting]
        if same_noun:
            index.add(doc, [*determiners, token], token, same_noun[-1], "nominal", sentences)
        elif fitting:
            # the actor named most often so far, the latest on a tie: "the bloc" after "the African
            # Union …, the AU's Peace and Security Council" is the Union
            order = {actor_id: position for position, actor_id in enumerate(fitting)}
            best = max(order, key=lambda actor_id: (fitting.count(actor_id), order[actor_id]))
            index.add(doc, [*determiners, token], token, best, "nominal", sentences)
        elif noun in generic_nouns and (owners := index.owners_told_before(token)):
            # "Indonesia's volcanology agency said … The agency"; not "Nigerian unions … the union", a named one's
            index.add(doc, [*determiners, token], token, owners[0], "nominal", sentences)
        elif index.represented(token):
            index.add(doc, [*determiners, token], token, index.represented(token)[0], "nominal", sentences)


def _named_with(name: Token, lemma: str) -> bool:
    """Whether a name modifies a noun of this lemma, or a noun that one does: "ELN rebels",
    "the M23 rebel group"."""
    noun = name.head
    return name.dep_ == "compound" and (noun.lemma_ == lemma or any(
        child.dep_ in ("compound", "amod") and child.lemma_ == lemma for child in noun.children))


def _untagged_name(token: Token, index: ActorIndex) -> tuple[list[Token], str] | None:
    """The words and kind of a proper name the model did not tag, ending in `token`: an
    organisation's ("Human Rights Watch"), or after a title a person's ("WHO Director-General Ines
    Okoro", less the title and the body named in it)."""
    # the model tags some such names as titles of works ("Supply Minister Hany Fathy") or as products
    if not (token.pos_ == "PROPN" and token.is_title and token.ent_type_ in ("", "WORK_OF_ART", "PRODUCT")) \
            or any(c.dep_ in ("det", "poss") for c in token.children):
        return None
    named = [word for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" for word in c.subtree
             if word.i not in index.actor_of_token] + [token]
    doc = token.doc
    while named[-1].i + 2 < len(doc) and doc[named[-1].i + 1].text == "-" and doc[named[-1].i + 2].pos_ == "PROPN" \
            and doc[named[-1].i + 2].is_title:
        named += [doc[named[-1].i + 1], doc[named[-1].i + 2]]  # "King Willem-Alexander", split at its hyphen
    titles = lexicon.words("person_role_nouns")
    last_title = max((i for i, word in enumerate(named[:-1]) if word.lower_ in titles), default=None)
    if last_title is None:
        return named, "organization"
    # a pope or king is known by the title and one name: "Pope Leo", "King Charles"
    first = last_title if named[last_title].lower_ in lexicon.words("regnal_titles") else last_title + 1
    return [word for word in named[first:] if word.text == "-" or not word.is_punct], "person"


def _add_untagged_name(doc: Doc, token: Token, named: list[Token], kind: str, index: ActorIndex,
                       sentences: dict[int, int]) -> str:
    name = "".join(word.text + (word.whitespace_ and " ") for word in named).strip()  # "Willem-Alexander" keeps its hyphen
    actor_id = slugify(name)
    index.new_actors.setdefault(actor_id, Actor(actor_id, name, kind, registered=False))
    index.add(doc, named, token, actor_id, "name", sentences)
    return actor_id


def speaker_actor(doc: Doc, token: Token, index: ActorIndex, sentences: dict[int, int],
                  source_id: str) -> str | None:
    """The actor a speaker or claimant token stands for. A common noun with no actor ("some
    analysts", "a senior official") becomes an actor of this source, named by its words."""
    actor_id = index.actor_at(token)
    whole = next((obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj"), None)
    if actor_id is None and whole is not None and (token.like_num or token.lemma_.lower() in lexicon.words("part_words")):
        return speaker_actor(doc, whole, index, sentences, source_id)  # "one of the officials said"
    # "UN High Commissioner for Human Rights Volker Türk said", the name taken for a second speaker
    titled = next((name for name in token.conjuncts if name.i > token.i and index.actor_at(name)
                   and not any(t.dep_ == "cc" for t in doc[token.i:name.i])), None) \
        if actor_id is None and token.lemma_.lower() in lexicon.words("person_role_nouns") else None
    if titled is not None:
        return index.actor_at(titled)
    # the model tags some common nouns as proper ("Kenya's foreign ministry"): no entity, no name
    if actor_id or token.pos_ not in ("NOUN", "PROPN") or (token.pos_ == "PROPN" and token.ent_type_ and not token.is_lower):
        return actor_id
    if token.lemma_.lower() in lexicon.words("document_nouns"):  # "a statement from the presidency"
        authors = [child for child in token.children if child.dep_ in ("poss", "compound")]
        authors += [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                    for obj in prep.children if obj.dep_ == "pobj"]
        if authors:
            return speaker_actor(doc, authors[0], index, sentences, source_id)
        # "the statement said", after "… said in a statement that …": whoever made the one told before
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        told = next((t for t in reversed(doc[:token.i]) if t.lemma_ == token.lemma_ and t.dep_ == "pobj"), None) \
            if definite else None
        maker = next((c for c in told.head.head.children if c.dep_ == "nsubj"), None) if told is not None else None
        if maker is not None:
            return speaker_actor(doc, maker, index, sentences, source_id)
        # "The council of the ICAO condemned … The resolution, adopted by 28 votes to three, urged": the
        # organisation named last, in its sentence or the one before
        adopted_by = next((m.actor_id for m, head in sorted(index.entries, key=lambda entry: -entry[1].i)
                           if head.i < token.i and sentences[token.i] - sentences[head.i] <= 1
                           and index.kind_of(m.actor_id) == "organization"), None) \
            if definite and told is None else None
        if adopted_by is not None:
            index.add(doc, [*(c for c in token.lefts if c.dep_ == "det"), token], token, adopted_by, "nominal", sentences)
            return adopted_by
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return None  # "a week after a parliamentary report found that …": a finding no one in the story speaks for
    if parents := index.organisation_of_branch(token):
        return parents[0]
    unowned = token.lemma_.lower() in lexicon.words("unowned_speaker_nouns") \
        and not index.owners(token) and not index.owners_told_before(token)
    # "the European Union's naval force in the region (EUNAVFOR) said": the body its short name names
    if (short_name := next((named for t in token.subtree if t.i > token.i and _names_subject_in_brackets(t)
                            and (named := index.actor_at(t))), None)) is not None:
        return short_name
    if represented := ([] if unowned else index.represented(token)):
        return represented[0]
    if (named_actor := index.apposed(token)) is not None:  # "The UN refugee agency, UNHCR, warned"
        return named_actor
    # "Turkey's disaster agency", and a person's own: "his press service said"; "the fire service"
    # after "Greece's fire service said"
    owners = list(index.owners(token)) or (
        index.owners_told_before(token) if token.lemma_.lower() in lexicon.words("owned_body_nouns") else [])
    # "observers from the OSCE said"
    owners += [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for obj in prep.children if obj.dep_ == "pobj" for a in index.actors_in(obj)
               if index.kind_of(a) in ("state", "organization")]
    # one state's envoy ("Russia's ambassador to Belgium said") or unnamed minister ("Pakistan's aviation
    # minister said"), not a group of sources ("EU diplomats said")
    one_official = (token.lemma_.lower() in lexicon.words("envoy_nouns") or (
        token.lemma_.lower() in lexicon.words("person_role_nouns") and all(index.kind_of(a) == "state" for a in owners))) \
        and token.tag_ == "NN" and any(c.dep_ == "poss" for c in token.children)
    # a union's members together: "the bloc's foreign ministers said in a statement"
    members = token.tag_ == "NNS" and token.lemma_.lower() in lexicon.words("person_role_nouns") \
        and any(c.dep_ == "poss" for c in token.children) and all(index.kind_of(a) == "organization" for a in owners)
    # "the ruling Frelimo party said"; "Russia's FSB security service said" is the FSB's, not Russia's
    named_body = index.body_named(token)
    if named_body is not None and index.kind_of(named_body) == "organization":
        return named_body
    if (token.lemma_.lower() in lexicon.words("owned_body_nouns") or one_official or members) and owners:
        return owners[0]  # "Turkey's disaster agency said", "EU election observers said": a body speaks for its owner
    if named_body is not None:
        return named_body
    named, kind = untagged_apposed_name(token)
    if named:  # "Its president, Olusegun Adeyemi, said": a name the model did not tag
        name = " ".join(word.text for word in named)
        actor_id = slugify(name)
        index.new_actors.setdefault(actor_id, Actor(actor_id, name, kind, registered=False))
        index.add(doc, named, named[-1], actor_id, "name", sentences)
        return actor_id
    if (untagged := _untagged_name(token, index)) is not None:
        # "Gazprom cut supplies …, saying", "Human Rights Watch said": a name the model did not tag,
        # not a description
        return _add_untagged_name(doc, token, *untagged, index, sentences)
    # "the attorney general's office": the words that say whose, when they name no actor; not the noun
    # an "a" before plural sources belongs to (", a label critics say …")
    described = described_nouns(token)
    words = [word for child in token.lefts if (child.dep_ == "amod" or (child.dep_ == "compound" and child not in described)) or (
                 child.dep_ == "poss" and not any(t.pos_ == "PRON" or t.i in index.actor_of_token for t in child.subtree))
             for word in (child.subtree if child.dep_ in ("poss", "amod", "compound") else [child])
             if not word.is_punct and word.tag_ != "DT" and word.lower_ not in lexicon.words("quantity_words")]
    # "a second diplomat said", "another official said": one more of those already cited
    counted = [child for child in token.lefts if child.lower_ in lexicon.words("counting_words")]
    words = [word for word in words if word not in counted]
    if not words and (counted or any(child.lower_ == "the" or (child.lower_ == "one" and child.dep_ == "nummod")
                                     for child in token.lefts)):
        # "one of the officials said", "one diplomat said": the officials already cited ("three Western officials")
        # "the person said": one of the "two people with knowledge of the talks"
        plurals = (token.lower_, f"{token.lower_}s", lexicon.load("lexicon")["irregular_plurals"].get(token.lower_))
        earlier = [m.actor_id for m, head in sorted(index.entries, key=lambda entry: entry[1].i) if head.i < token.i
                   and m.actor_id in index.anonymous and index.new_actors[m.actor_id].name.casefold().split()[-1] in plurals]
        if earlier:
            index.add(doc, [*(c for c in token.lefts if c.dep_ == "det"), token], token, earlier[-1], "nominal", sentences)
            return earlier[-1]
    name = " ".join([*(word.text for word in words), token.text])
    phrase = [child for child in token.lefts if child.dep_ in ("det", "amod", "compound")]
    if token.pos_ == "PROPN" and token.is_title and words and all(w.pos_ == "PROPN" and (w.is_title or w.is_upper) for w in words):
        # "the US Geological Survey said": a body's proper name, partly a registered one, not a description
        actor_id = slugify(name)
        index.new_actors.setdefault(actor_id, Actor(actor_id, name, "organization", registered=False))
        index.add(doc, [*phrase, token], token, actor_id, "name", sentences)
        return actor_id
    actor_id = f"{slugify(name)}-{source_id}"
    kind = "group" if token.tag_ in ("NNS", "NNPS") else "person"
    index.new_actors.setdefault(actor_id, Actor(actor_id, name, kind, registered=False))
    index.anonymous.add(actor_id)
    index.add(doc, [*phrase, token], token, actor_id, "nominal", sentences)
    return actor_id
