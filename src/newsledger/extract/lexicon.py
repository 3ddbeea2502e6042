"""The extractor's word lists, kept as data in newsledger/data/*.yaml."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from newsledger.yamlio import read_yaml_mapping


@cache
def load(name: str) -> dict[str, Any]:
    # read strictly: a word listed twice with two meanings is an error, not a silent overwrite
    return read_yaml_mapping(files("newsledger").joinpath("data", f"{name}.yaml"))


@cache
def words(key: str) -> frozenset[str]:
    return frozenset(load("lexicon")[key])


@cache
def organisation_nouns() -> frozenset[str]:
    """Nouns for an organisation: generic ones ("the group") and those a name goes with ("the ruling
    Frelimo party")."""
    return words("organisation_role_nouns") | words("named_organisation_role_nouns")
