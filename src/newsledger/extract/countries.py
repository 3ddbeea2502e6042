"""Countries by name, from ISO 3166 (pycountry) and the short names news uses (data/countries.yaml),
so that a state the registry lacks is still one actor with its ISO alpha-3 code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry

from newsledger.extract import lexicon


@dataclass(frozen=True)
class Country:
    name: str
    alpha_3: str


@cache
def _by_name() -> dict[str, Country]:
    short_names = lexicon.load("countries")
    table: dict[str, Country] = {}
    for record in pycountry.countries:
        names = short_names.get(record.alpha_3, [])
        official = [record.name, getattr(record, "common_name", None), getattr(record, "official_name", None)]
        official += [record.name.split(",")[0]] if "," in record.name else []
        canonical = names[0] if names else getattr(record, "common_name", None) or record.name.split(",")[0]
        for name in [*names, *(n for n in official if n)]:
            table.setdefault(name.casefold(), Country(canonical, record.alpha_3))
    for code, names in short_names.items():  # states ISO 3166 leaves out (Kosovo, XKX)
        for name in names:
            table.setdefault(name.casefold(), Country(names[0], code))
    return table


def news_names() -> list[str]:
    """The names news uses for countries: the short names of data/countries.yaml, and the ISO 3166
    names joined by "and", which would otherwise read as two ("Antigua and Barbuda")."""
    iso = [name for record in pycountry.countries for name in (record.name, getattr(record, "common_name", None))
           if name and " and " in name and "," not in name and "(" not in name]
    return list(dict.fromkeys([*(name for names in lexicon.load("countries").values() for name in names), *iso]))


@cache
def _capitals() -> dict[str, str]:
    return {name.casefold(): code for code, names in lexicon.load("capitals").items() for name in names}


@cache
def _governing_groups() -> dict[str, str]:
    return {name.casefold(): code for code, names in lexicon.load("governing_groups").items() for name in names}


@cache
def _demonyms() -> dict[str, str]:
    return {name.casefold(): code for code, names in lexicon.load("demonyms").items() for name in names}


def country_with_code(code: str | None) -> Country | None:
    """The country with an ISO 3166 alpha-3 code ("FIN" → Finland), if any."""
    return None if not code else next((c for c in _by_name().values() if c.alpha_3 == code), None)


def country_of_capital(text: str) -> Country | None:
    """The state whose capital `text` names ("Manila" → the Philippines), if any."""
    return country_with_code(_capitals().get(text.casefold()))


def country_governed_by(text: str) -> Country | None:
    """The state a group that is not named after it governs ("Taliban" → Afghanistan), if any."""
    return country_with_code(_governing_groups().get(text.casefold().removeprefix("the ").strip()))


def country_of_demonym(text: str) -> Country | None:
    """The state an adjective of nationality names ("Russian" → Russia), if any."""
    return country_with_code(_demonyms().get(text.casefold()))


def country_of_nationals(text: str) -> Country | None:
    """The state whose people a plural noun of nationality names ("Haitians" → Haiti), if any."""
    return country_of_demonym(text[:-1]) if text.endswith("s") else None


def country_named(text: str) -> Country | None:
    """The country `text` names ("Norway", "the Netherlands", "Tanzania"), if any."""
    folded = text.casefold()
    return _by_name().get(folded) or _by_name().get(folded.removeprefix("the ").strip())
