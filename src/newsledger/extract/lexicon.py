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
