"""The extractor's word lists, kept as data in newsledger/data/*.yaml."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@cache
def load(name: str) -> dict[str, Any]:
    return yaml.safe_load(files("newsledger").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def words(key: str) -> frozenset[str]:
    return frozenset(load("lexicon")[key])
