"""Time the stages of `newsledger build` and `newsledger validate` on this repository's sources.

    python benchmarks/build_time.py [--repeat 5]

Prints the median wall time of each stage in milliseconds. Results go in the README."""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from newsledger.extract import extract
from newsledger.metadata import load_package
from newsledger.nlp import build_pipeline
from newsledger.pipeline import make_tables
from newsledger.project import Project
from newsledger.publish import publish
from newsledger.registry import load_registry
from newsledger.sources import load_sources
from newsledger.validate import validate_project

ROOT = Path(__file__).resolve().parents[1]


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    project = Project(ROOT)
    package = load_package(project.descriptor)
    registry = load_registry(project.registry)
    tables = make_tables(project)
    with tempfile.TemporaryDirectory() as scratch:
        results = {
            "load spaCy pipeline + entity ruler": median_ms(lambda: build_pipeline(registry), repeat),
            "sources → tables (load, extract, curate)": median_ms(lambda: make_tables(project), repeat),
            "publish (CSV, Parquet, DuckDB, frictionless check, swap)": median_ms(
                lambda: publish(package, tables, Path(scratch) / "build"), repeat),
            "validate (frictionless + anchors + fresh build)": median_ms(lambda: validate_project(project), repeat),
        }
    seed = load_sources(project.sources)[0]
    nlp = build_pipeline(registry)
    for copies in (10, 40):
        long_article = dataclasses.replace(seed, text=seed.text * copies)
        results[f"extract one {len(long_article.text) // 1000} kB article"] = median_ms(
            lambda article=long_article: extract(article, registry, nlp), 1)
    for stage, ms in results.items():
        print(f"{stage:<58} {ms:8.0f} ms")


if __name__ == "__main__":
    main()
