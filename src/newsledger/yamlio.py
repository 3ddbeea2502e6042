"""Reading the project's YAML files strictly (a key given twice is an error, not a silent
overwrite), with errors that name the file and the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from newsledger.errors import NewsledgerError


class _StrictLoader(yaml.SafeLoader):
    """Safe loading; dates stay text so that the code that reads them can say what is wrong."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice (lines {seen[key] + 1} and {key_node.start_mark.line + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def read_yaml(path: Path) -> Any:
    """The YAML document in `path`, or a NewsledgerError naming the file, the line and the fix."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewsledgerError(path, "file is missing", hint="restore it from git, or create it") from None
    except UnicodeDecodeError as exc:
        raise NewsledgerError(path, f"is not UTF-8 (byte {exc.start})", hint="save the file as UTF-8") from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise NewsledgerError(path, f"is not valid YAML: {problem}", entry=line,
                              hint="fix the YAML at that line") from None


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    """The YAML mapping in `path`; an empty file reads as an empty mapping."""
    data = read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise NewsledgerError(path, f"must be a YAML mapping of keys to values, found a {type(data).__name__}",
                              hint="write one `key: value` per line")
    return data
