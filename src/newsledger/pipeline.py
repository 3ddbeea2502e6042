"""The whole flow, sources → extract → curate → resolve → tables, as one call the commands share."""

from __future__ import annotations

from collections.abc import Callable

import pyarrow as pa

from newsledger.curate import curate
from newsledger.extract import extract
from newsledger.metadata import load_package
from newsledger.nlp import build_pipeline
from newsledger.project import Project
from newsledger.registry import load_registry
from newsledger.resolve import resolve_actors
from newsledger.sources import Source, load_sources
from newsledger.tables import build_tables


def make_tables(project: Project, progress: Callable[[Source], None] = lambda source: None) -> dict[str, pa.Table]:
    project.check()
    package = load_package(project.descriptor)
    registry = load_registry(project.registry)
    sources = load_sources(project.sources)
    nlp = build_pipeline(registry)
    extracted = []
    for source in sources:
        progress(source)
        extracted.append(extract(source, registry, nlp))
    known_actors = set(registry.actors) | {a for x in extracted for a in x.new_actors}
    curated = [curate(source, extraction, package, known_actors) for source, extraction in zip(sources, extracted)]
    return build_tables(package, registry, sources, resolve_actors(curated))
