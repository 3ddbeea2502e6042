"""Names as the text writes them, and the repairs the small model's entities need: given names
it leaves out, titles it takes in, descriptions it takes for names; and the index of full names
that resolves their short forms (surnames, acronyms, the last word of an organisation's name)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span as SpacySpan, Token

from newsledger.extract import lexicon
from newsledger.extract.countries import country_named, country_of_capital, country_of_demonym
from newsledger.extract.spans import doc_text
from newsledger.registry import Registry
from newsledger.sources import slugify

# How close a name must be to a registered name to be taken as the same actor ("Kim Jong-un").
NAME_SIMILARITY = 90
NEW_ACTOR_KINDS = {"PERSON": "person", "ORG": "organization"}
# "… Nations (ASEAN)", "… Police Organization (Interpol)", "… Disease Control and Prevention (Africa
# CDC)": the short name in brackets after a full one
PARENTHESISED_ACRONYM = re.compile(r" \(((?:[A-Z][a-z]+ )?[A-Z][A-Za-z]*[A-Z]|[A-Z][a-z]+[A-Z]?[a-z]*)\)")


def match_registered_name(text: str, registry: Registry) -> str | None:
    names = registry.proper_names
    best = process.extractOne(text, list(names), scorer=fuzz.token_sort_ratio, score_cutoff=NAME_SIMILARITY)
    return names[best[0]] if best else None


def proper_name(ent: SpacySpan) -> str:
    """A name as an actor is called: without "the", and without the title or common noun the
    model sometimes takes into a person's name ("Mayor Rosa Lombardo", "Farmer Ghulam Shah")."""
    tokens = [token for token in ent if not (token.i == ent.start and token.lower_ == "the")]
    titles = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    # "Congo's army spokesman, General Sylvain Ekenge," is a person whatever the model took him for
    person = ent.label_ == "PERSON" or (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in titles)
    while person and len(tokens) > 2 and (
            tokens[0].pos_ == "NOUN" or tokens[0].lower_.rstrip(".") in titles):
        tokens.pop(0)
    if len(tokens) > 2 and (has_hyphenated_title(ent) or (has_honorific(ent) and tokens[0].i == ent.start)):
        tokens.pop(0)
    # "the opposition Democratic Renewal Party"; not the article of "al-Shabaab", joined by its hyphen
    while ent.label_ == "ORG" and len(tokens) > 1 and tokens[0].is_lower and not (
            tokens[1].text == "-" and not tokens[0].whitespace_):
        tokens.pop(0)
    while ent.label_ == "ORG" and len(tokens) > 2 and tokens[-1].is_lower and tokens[-1].lower_ in lexicon.organisation_nouns():
        tokens.pop()  # "the ruling Georgian Dream party"
    if "(" in [t.text for t in tokens[1:]]:
        tokens = tokens[:[t.text for t in tokens].index("(")]  # "the Council of Governors (CoG"
    text = doc_text(ent.doc)
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)] if tokens else ent.text


def is_common_phrase(ent: SpacySpan) -> bool:
    """An entity in lower case ("defence ministry"), an adjective of nationality the model took
    for an organisation ("historically Ugandan"), or a word of description capitalised as an entry
    begins ("20:30 Riot police used water cannon") is a description, not a name."""
    words = [token for token in ent if token.is_alpha]
    return (bool(words) and all(token.is_lower for token in words)) or bool(country_of_demonym(ent.text)) \
        or (len(words) == 1 and words[0].lower_ in lexicon.words("descriptive_words"))


def names_an_organisation(ent: SpacySpan) -> bool:
    """A name that modifies an organisation noun ("the ruling Frelimo party") or is set beside one
    ("Acero Sur, an association of steelmakers,", "the party, Chadema,") is the organisation's,
    whatever the model took it for."""
    nouns = lexicon.organisation_nouns()
    described = [child for child in ent.root.children if (child.dep_ == "appos" and child.i >= ent.end)
                 or (child.dep_ == "compound" and child.i < ent.start)]  # "digital rights group Bolo Bhi"
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        described.append(ent.root.head)  # "the main opposition party, Chadema,"
    # "Boko Haram fighters": the group its members are named after
    nouns = nouns | lexicon.words("member_nouns")
    before = ent.doc[ent.start - 1] if ent.start else None  # "the vaccine alliance Gavi", however parsed
    # "Bir Duino, one of Kyrgyzstan's oldest human rights groups,"
    described += [obj for noun in described if noun.lower_ in lexicon.words("part_words") for prep in noun.children
                  if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"]
    # "Oxfam Novib's director": a body's head
    headed = ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in lexicon.words("leading_nouns")
    # "Ryanair, which cancelled 400 flights,": a thing, not a person, is told of with "which"
    which = any(clause.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in clause.children)
                for clause in ent.root.children)
    return which or (ent.root.dep_ == "compound" and (ent.root.head.lemma_.lower() in nouns or ent.root.head.lower_ in nouns)
            and ent.root.head.is_lower) \
        or any(noun.lemma_.lower() in nouns and noun.is_lower for noun in described) \
        or (before is not None and before.lower_ in nouns and before.is_lower) or headed  # "Acero Sur, an association of …"


def names_a_place(ent: SpacySpan) -> bool:
    """A name that modifies a noun for a place or building ("the Djingareyber mosque"), follows
    one ("the town of Walikale") or says where one is ("at his home in Giza") names the place, not
    someone in the story; a state or its capital stays one."""
    root, places = ent.root, lexicon.words("place_nouns")
    # "the Fordow and Natanz sites": the model may hang a pair of names, and their "the", on the noun
    modifiers = [t for t in ent if t.pos_ == "PROPN" and not ent.start <= t.head.i < ent.end]
    located = root.dep_ == "pobj" and root.head.lower_ in ("in", "near") \
        and root.head.head.lemma_.lower() in places | lexicon.words("premises_nouns") \
        and not (country_named(ent.text) or country_of_capital(ent.text))
    return any(t.dep_ in ("compound", "nmod") and t.head.lemma_.lower() in places for t in modifiers) or located or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in places)


def names_an_occasion(ent: SpacySpan) -> bool:
    """A name set before a noun for a speech ("his State of the Nation address") names the occasion;
    a person's ("a Trump speech") is still the speaker."""
    doc = ent.doc
    return ent.label_ != "PERSON" and ent.end < len(doc) and ent[-1].head.i == ent.end \
        and doc[ent.end].lemma_.lower() in lexicon.words("occasion_nouns")


def names_a_text(ent: SpacySpan) -> bool:
    """A name that ends in a word for an agreed text names the text ("the Rio Protocol, which settled
    their border"), not a body that acts."""
    return ent.label_ != "PERSON" and len(ent) > 1 and ent[-1].lower_ in lexicon.words("text_title_nouns")


def names_in_quotes_a_thing(ent: SpacySpan) -> bool:
    """A name set in quotation marks before a noun is the thing's label ("joint “Zapad” military
    exercises"), not a body or a person taking part."""
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].is_quote and doc[ent.end].is_quote \
        and ent.root.dep_ in ("compound", "amod", "nmod") and not ent.start <= ent.root.head.i < ent.end


def has_abbreviated_title(ent: SpacySpan) -> bool:
    """A name after an abbreviated title ("Brig. Moses Okello", "Gen. Asif Raza") is a person's."""
    titles = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    return ent.start >= 2 and ent.doc[ent.start - 1].text == "." and ent.doc[ent.start - 2].lower_ in titles


def has_honorific(ent: SpacySpan) -> bool:
    """A name that starts with an honorific ("Doña Rosa Quispe"), whatever the model took it for: a
    person's."""
    return len(ent) > 2 and ent[0].lower_.rstrip(".") in lexicon.words("honorifics") and ent[1].is_title


def has_title_before(ent: SpacySpan) -> bool:
    """A name written right after a capitalised title ("President Kassym-Jomart Tokayev"), whatever
    the model took it for: a person's."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.is_title and before.lower_ in lexicon.words("person_role_nouns")


def has_hyphenated_title(ent: SpacySpan) -> bool:
    """A name that starts with the end of a hyphenated title ("Secretary-General Jasem Albudaiwi"),
    which the model took into it: a person's."""
    first = ent[0]
    return first.i > 0 and ent.doc[first.i - 1].text == "-" and first.lower_ in lexicon.words("person_role_nouns")


def is_title_only(ent: SpacySpan) -> bool:
    """An entity that is only a title ("Brig" before "Moses Okello") names no one."""
    titles = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    return all(token.lower_.rstrip(".") in titles or token.is_punct for token in ent)


def has_age(ent: SpacySpan) -> bool:
    """A name followed by an age between commas ("Traoré, 41, has spent") is a person's."""
    following = ent.doc[ent.end:ent.end + 3]
    return len(following) == 3 and following[0].text == "," and following[2].text == "," \
        and following[1].text.isdigit() and 0 < int(following[1].text) < 120


def _initials(name: str) -> set[str]:
    """Acronyms a name may go by: "World Health Organization" → WHO, "Bank of Ghana" → BoG, BOG."""
    words = [word for word in re.split(r"[\s-]+", name) if word]  # "World Anti-Doping Agency" → WADA
    with_small = "".join(word[0] if word[0].isupper() else word[0].lower() for word in words)
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return {with_small, with_small.upper(), capitals} if len(capitals) > 1 else set()


@dataclass
class NameIndex:
    """Full names in the document, to resolve short forms of them: a surname ("Lukashenko",
    anywhere in the text) or an acronym ("WHO" after "World Health Organization")."""

    surnames: dict[str, str] = field(default_factory=dict)
    # first words, for names written family name first ("Liu Jian" … "Liu")
    given_names: dict[str, str] = field(default_factory=dict)
    # names between the first and the last, by which some people are known ("Lula" for "Luiz Inácio Lula da Silva")
    middle_names: dict[str, str] = field(default_factory=dict)
    # people the model took for organisations, known by a full name it left untagged
    people: set[str] = field(default_factory=set)
    acronyms: dict[str, str] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)
    # last words of organisation names that read like a person's ("Ana Villegas")
    organisation_surnames: dict[str, str] = field(default_factory=dict)
    # an organisation by the last word of its name: "the Commission" after "the European Commission"
    organisation_heads: dict[str, str] = field(default_factory=dict)
    # a company by its name less the last word: "First Quantum" for "First Quantum Minerals"
    organisation_first_words: dict[str, str] = field(default_factory=dict)
    # two-word names the model tagged nowhere, whose words name them alone later ("Batbayar Dorj")
    untagged_pairs: list[tuple[Token, Token]] = field(default_factory=list)

    def resolve(self, text: str) -> str | None:
        return (self.surnames.get(text) or self._surname_in_any_case(text) or self.acronyms.get(text) or self.given_names.get(text)
                or self.organisation_surnames.get(text) or self.organisation_heads.get(text)
                or self.organisation_first_words.get(text) or self.middle_names.get(text)
                or self._abbreviated(text))

    def _surname_in_any_case(self, text: str) -> str | None:
        """ "Dela Rosa", capitalised as a sentence begins, for "Ronald dela Rosa"."""
        return next((actor_id for name, actor_id in self.surnames.items() if " " in name and name.casefold() == text.casefold()),
                    None)

    def _abbreviated(self, text: str) -> str | None:
        """The organisation an acronym with letters from inside its words stands for: "ASEAN" for
        the "Association of Southeast Asian Nations"."""
        if not (text.isupper() and text.isalpha() and len(text) > 2):
            return None
        return next((actor_id for actor_id, name in self.full_names.items() if actor_id not in self.people
                     and _abbreviates(text, [word.upper() for word in name.split() if word[:1].isupper()])), None)


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether an acronym takes the first letter of each word, and perhaps later letters of one
    ("SE" of "SOUTHEAST"), in order."""
    if not words:
        return not acronym
    if not acronym or acronym[0] != words[0][0]:
        return False
    rest, inside = acronym[1:], words[0][1:]
    return any(_in_order(rest[:taken], inside) and _abbreviates(rest[taken:], words[1:]) for taken in range(len(rest) + 1))


def _in_order(letters: str, word: str) -> bool:
    position = 0
    for letter in letters:
        position = word.find(letter, position) + 1
        if not position:
            return False
    return True


def whole_name(ent: SpacySpan) -> SpacySpan:
    """A name with the words the model left out of it: a given name before ("Ana" in "Ana
    Villegas"), a family name after ("Marchenko" in "Oleksandr Marchenko"); and without the
    possessive it sometimes takes in ("Sri Lanka's")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ == "GPE" and any(char.isdigit() for char in ent.text):
        ent = SpacySpan(doc, start, end, label="ORG")  # "the M23 rebel group": no place has digits in its name
    while end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    if ent.label_ in ("LOC", "GPE") and end < len(doc) and doc[end - 1].head.i == end and doc[end].is_title \
            and doc[end].lower_ in lexicon.words("organisation_name_words"):
        end += 1  # "Pacific Islands" tagged as a place, without the "Forum" that makes it a body
        ent = SpacySpan(doc, start, end, label="ORG")
    if ent.label_ not in NEW_ACTOR_KINDS:
        return ent if end == ent.end else SpacySpan(doc, start, end, label=ent.label_)
    # "whose GERB party leads": the party's name, without the common noun the model took in
    while ent.label_ == "ORG" and end - start > 1 and doc[end - 1].is_lower and doc[end - 2].pos_ == "PROPN" \
            and doc[end - 1].lemma_ in lexicon.words("named_organisation_role_nouns"):
        end -= 1
    while start > 0 and _left_out(doc[start - 1]) and start <= doc[start - 1].head.i < end:
        start -= 1
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and (
            _left_out(doc[end]) or (ent.label_ == "PERSON" and _tagged_alone(doc[end]))):
        end += 1
    if ent.label_ == "PERSON" and end - start == 1 and end < len(doc) and _left_out(doc[end]) \
            and doc[start].whitespace_ and (end + 1 == len(doc) or not doc[end + 1].is_title):
        end += 1  # "Minister Farid Uddin:", a given name tagged alone and its family name parsed apart
    if ent.label_ == "ORG" and _acronym_of_continued(doc[start:end + 2]):
        end += 2  # "the Organization for Security and Co-operation" tagged without "in Europe", the OSCE later
    if ent.label_ == "ORG" and (joined := _body_after_for(doc, end)) and _has_acronym(doc[start:joined], skip=1):
        end = joined  # "the UN Office" and "the Coordination of Humanitarian Affairs" tagged apart, OCHA later
    return ent if (start, end) == (ent.start, ent.end) else SpacySpan(doc, start, end, label=ent.label_)


def _body_after_for(doc: Doc, end: int) -> int | None:
    """Where a body's name tagged on its own ends, when it follows "for (the)" right after another:
    "UN Office for the Coordination of Humanitarian Affairs"."""
    position = end + 1 if end < len(doc) and doc[end].lower_ == "for" else None
    if position is not None and position + 1 < len(doc) and doc[position].lower_ == "the" and doc[position].ent_iob_ != "B":
        position += 1  # the model takes "the" into the name or leaves it out
    if position is None or position >= len(doc) or doc[position].ent_type_ != "ORG" or doc[position].ent_iob_ != "B":
        return None
    position += 1
    while position < len(doc) and doc[position].ent_iob_ == "I":
        position += 1
    return position


def _has_acronym(words: SpacySpan, skip: int = 0) -> bool:
    """Whether the text writes, in capitals, an acronym of these words, or of them less the first
    `skip` ("OCHA" for "UN Office for the Coordination of Humanitarian Affairs")."""
    kept = [t.text for t in words if t.lower_ != "the"]
    names = [" ".join(kept[dropped:]) for dropped in range(skip + 1)]
    initials = set().union(*(_initials(name) for name in names))
    return any(token.text in initials for token in words.doc if token.is_upper and len(token) > 1)


def _acronym_of_continued(words: SpacySpan) -> bool:
    """Whether a body's name runs on by "in"/"of" and a place, as an acronym the text uses for it
    says: "Organization for Security and Co-operation in Europe" … "the OSCE"."""
    if len(words) < 3 or words[-2].lower_ not in ("in", "of") or not (words[-1].pos_ == "PROPN" and words[-1].is_title):
        return False
    return _has_acronym(words)


def _tagged_alone(token: Token) -> bool:
    """A capitalised word the model made a one-word entity of its own: "Leyen" in "Ursula von der
    Leyen", "Hassan" in "Samia Suluhu Hassan"."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_iob_ == "B" \
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def _left_out(token: Token) -> bool:
    """A capitalised word of a name that no entity holds, and that is no title or nationality."""
    not_names = lexicon.words("person_role_nouns") | lexicon.words("honorifics")
    acronyms = token.text.endswith("s") and token.text[:-1].isupper()  # "the Association of International NGOs"
    return token.pos_ == "PROPN" and (token.is_title or acronyms) and not token.ent_type_ and token.lower_ not in not_names \
        and not country_of_demonym(token.text) and (token.dep_ == "compound" or token.i > 0)


def name_index(doc: Doc, registry: Registry) -> NameIndex:
    names = NameIndex()
    for ent in map(whole_name, doc.ents):
        # "a visit to Buenos Aires", tagged a person or a body: a capital's name is nobody's
        if is_common_phrase(ent) or (ent.label_ in NEW_ACTOR_KINDS and country_of_capital(proper_name(ent))):
            continue
        text = proper_name(ent)
        full_name = _untagged_full_name(ent) if ent.label_ in NEW_ACTOR_KINDS and " " not in text else None
        text = full_name or text  # "Kwabena Asare counts …" … "Asare said", whatever the model took "Asare" for
        actor_id = match_registered_name(text, registry) or slugify(text)
        if full_name:
            names.people.add(actor_id)
        # "her Serbian counterpart, Nikola Đorđević", which the model took for an organisation
        titled = ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in lexicon.words("person_role_nouns")
        if (ent.label_ == "PERSON" or full_name or has_honorific(ent) or has_title_before(ent) or titled) and " " in text:
            words = text.split()
            for start in range(len(words) - 1, 0, -1):  # "Vries" and "de Vries" for "Sanne de Vries"
                names.surnames.setdefault(" ".join(words[start:]), actor_id)
            names.given_names.setdefault(text.split()[0], actor_id)
            for middle in (word for word in words[1:-1] if word.istitle()):  # not "da" or "bin"
                names.middle_names.setdefault(middle, actor_id)
            names.full_names.setdefault(actor_id, text)
        elif ent.label_ == "ORG" and " " in text:
            if len(ent) == 2 and all(token.pos_ == "PROPN" and token.is_title for token in ent):
                names.organisation_surnames.setdefault(ent[-1].text, actor_id)
            if len(ent) > 2 and all(token.pos_ == "PROPN" and token.is_title for token in ent):
                names.organisation_first_words.setdefault(ent[:-1].text, actor_id)
            if ent[-1].lower_ in lexicon.organisation_nouns():
                _index_head(names, text, actor_id)
            given = {_acronym_after(ent), _known_as(ent)} - {None}  # "… Nations (ASEAN)", "…, known as OPEC+,"
            for acronym in _initials(text) | given:
                names.acronyms.setdefault(acronym, actor_id)
            names.full_names.setdefault(actor_id, text)
    for actor_id, (given, family) in _untagged_people(doc).items():
        names.untagged_pairs.append((given, family))
        names.people.add(actor_id)
        names.surnames.setdefault(family.text, actor_id)
        names.given_names.setdefault(given.text, actor_id)
        names.full_names.setdefault(actor_id, f"{given.text} {family.text}")
    for token in doc:  # names the model did not tag ("European Union election observers") still give acronyms
        words = untagged_organisation_words(token)
        apposed, kind = untagged_apposed_name(token)  # "the independent broadcaster Aragvi TV"
        words = words or (apposed if kind == "organization" else [])
        # a name the model tagged as no kind of actor ("The World Anti-Doping Agency", an EVENT) is untagged too
        if words and (apposed or not any(word.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") for word in words)):
            text = words_text(words)
            actor_id = match_registered_name(text, registry) or slugify(text)
            for acronym in _initials(text):
                names.acronyms.setdefault(acronym, actor_id)
            names.full_names.setdefault(actor_id, text)
            _index_head(names, text, actor_id)
    return names


def _known_as(ent: SpacySpan) -> str | None:
    """The short name a body, or it and those joined to it, is "known as": "The Organization of the
    Petroleum Exporting Countries and its allies, known as OPEC+,"."""
    sides = {ent.root.i, *(t.i for t in ent.root.conjuncts)}
    return next((name.text for known in ent.sent if known.lower_ == "known" and known.dep_ == "acl" and known.head.i in sides
                 for prep in known.children if prep.lower_ == "as"
                 for name in prep.children if name.dep_ == "pobj" and name.pos_ == "PROPN"), None)


def _acronym_after(ent: SpacySpan) -> str | None:
    """The acronym given in brackets right after a name, or after the words of it the model left
    out ("the Organization for Security and Co-operation in Europe (OSCE)" tagged without "in
    Europe"), when it starts as the name does."""
    text = doc_text(ent.doc)
    given = PARENTHESISED_ACRONYM.match(text, ent.end_char)  # any, right after it: "National Liberation Army (ELN)"
    if given:
        return given.group(1)
    bodies = lexicon.words("organisation_role_nouns") | lexicon.words("owned_body_nouns")
    for last in ent.doc[ent.end:ent.end + 3]:
        if last.lower_ in bodies:
            return None  # "the United Nations refugee agency (UNHCR)" names the agency, not the UN
        given = None if last.is_punct else PARENTHESISED_ACRONYM.match(text, last.idx + len(last))
        if given and given.group(1)[0] == proper_name(ent)[0]:
            return given.group(1)
    return None


def _untagged_full_name(surname: SpacySpan) -> str | None:
    """The full name a family name was first written in, where the model tagged no name: a
    capitalised word before the same word earlier in the text."""
    doc = surname.doc
    for token in doc[:surname.start]:
        given = doc[token.i - 1] if token.i else None
        if token.text == surname.text and not token.ent_type_ and given is not None and _untagged_given_name(given, token):
            return f"{given.text} {token.text}"
    return None


def _untagged_given_name(word: Token, name: Token) -> bool:
    """Whether an untagged capitalised word is the first of a two-word name ending at `name`."""
    return word.pos_ == "PROPN" and word.is_title and not word.ent_type_ and word.dep_ == "compound" \
        and word.head.i == name.i


def _untagged_people(doc: Doc) -> dict[str, tuple[Token, Token]]:
    """Two-word names the model tagged nowhere, whose first or last word names them alone later
    ("Batbayar Dorj sold his horses … Batbayar said"), or that open a sentence as its subject and
    are "her" or "his" before it ends ("Selvi Ramasamy has picked tea …, filling a sack on her
    back"): a person's, by the actor id they get."""
    pairs = [(given, given.head) for given in doc if given.i + 1 < len(doc) and given.head.i == given.i + 1
             and _untagged_given_name(given, given.head) and given.head.pos_ == "PROPN" and given.head.is_title
             and not given.head.ent_type_]
    paired = {t.i for pair in pairs for t in pair}
    alone = {t.text for t in doc if t.i not in paired and t.pos_ == "PROPN" and not t.ent_type_}
    return {slugify(f"{given.text} {family.text}"): (given, family) for given, family in pairs
            if {given.text, family.text} & alone or (
                family.dep_ == "nsubj" and given.i == given.sent.start
                and given.lower_ not in lexicon.words("person_role_nouns")  # "King Willem-Alexander"
                and any(t.lower_ in ("her", "his") for t in doc[family.i + 1:family.sent.end]))}


def _index_head(names: NameIndex, text: str, actor_id: str) -> None:
    """An organisation named by its last words ("the Commission", "the Security Council" after
    "the UN Security Council") or by the words before its head ("the Treasury" after "the
    Treasury Department")."""
    words = text.split(" ")
    names.organisation_heads.setdefault(text, actor_id)  # "M23", named alone again
    for start in range(len(words) - 1, 0, -1):
        names.organisation_heads.setdefault(" ".join(words[start:]), actor_id)
    names.organisation_heads.setdefault(" ".join(words[:-1]), actor_id)


def words_text(words: list[Token]) -> str:
    """A name's words as written ("World Anti-Doping Agency"), or, with words left out between
    them, joined by spaces ("Commerce Department" of "the US Commerce Department")."""
    if words[-1].i - words[0].i == len(words) - 1:
        return words[0].doc[words[0].i:words[-1].i + 1].text
    return " ".join(word.text for word in words)


def untagged_organisation_words(token: Token, taken: set[int] = frozenset()) -> list[Token]:
    """The words of an organisation's name the model did not tag: capitalised words ending in an
    organisation noun ("the US Commerce Department", "the Victory bloc"), less those `taken` by
    other actors ("US")."""
    nouns = lexicon.organisation_nouns()
    if not (token.lower_ in nouns and (token.is_title or token.is_lower)):
        return []
    # "the US Drug Enforcement Administration": the words of the name the model hangs on one another
    words = [word for child in token.lefts if child.dep_ == "compound" for word in child.subtree
             if word.dep_ == "compound" and word.pos_ == "PROPN"
             and (word.is_title or (word.is_upper and not word.ent_type_)) and word.i not in taken
             and (token.is_title or not word.ent_type_)]
    if words and token.is_title and all(w.is_title or w.text == "-" for w in token.doc[words[0].i:token.i]):
        return list(token.doc[words[0].i:token.i + 1])  # "the World Anti-Doping Agency", hyphen and all
    # "the US Commerce Department" is named with its head; "the M23 rebel group" by "M23" alone
    return ([*words, token] if token.is_title else words) if words else []


def untagged_apposed_name(role: Token) -> tuple[list[Token], str]:
    """The capitalised words of a name set beside a role noun, and the kind of actor the noun
    makes them ("its president, Olusegun Adeyemi,", "the main opposition party, Citizen
    Revolution,"), when the model did not tag them as a name (or took them for a place)."""
    lemma = role.lemma_.lower()
    organisation_nouns = lexicon.organisation_nouns()
    kind = "person" if lemma in lexicon.words("person_role_nouns") else "organization" if lemma in organisation_nouns else ""
    def capitalised(word: Token) -> bool:  # the model tags some words of a name as nouns ("TV")
        return word.pos_ in ("PROPN", "NOUN") and (word.is_title or word.is_upper) and word.i > 0 and not word.is_sent_start

    for name in (child for child in role.children if child.dep_ == "appos" and capitalised(child) and kind):
        words = [w for w in name.subtree if capitalised(w) and not country_named(w.text)]
        # one word only right after its noun, as a proper noun: "the Chinese firm Sinohydro"
        single = len(words) == 1 and words[0].pos_ == "PROPN" and words[0].i == role.i + 1
        if (len(words) > 1 or single) and words[-1].i - words[0].i == len(words) - 1:
            return words, kind
    return [], ""


def apposed_name_words(token: Token) -> tuple[list[Token], str]:
    """The untagged name beside a role noun that `token` is a word of, and its kind."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "appos":
            words, kind = untagged_apposed_name(node.head)
            return (words, kind) if token in words else ([], "")
    return [], ""
