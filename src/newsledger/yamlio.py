"""Reading the project's YAML files with errors that name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from newsledger.errors import NewsledgerError


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    """The YAML mapping in `path`; an empty file reads as an empty mapping."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewsledgerError(path, "file is missing") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise NewsledgerError(path, f"is not valid YAML ({exc.__class__.__name__}: {exc})".replace("\n", " "),
                              hint="fix the YAML syntax at the line shown") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NewsledgerError(path, f"must be a YAML mapping, found {type(data).__name__}")
    return data
