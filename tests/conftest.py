from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsledger.extract import extract
from newsledger.nlp import build_pipeline
from newsledger.project import Project
from newsledger.registry import load_registry
from newsledger.sources import load_source

REPO = Path(__file__).resolve().parents[1]
SEED_ID = "000_185a73e93ce09b0f"


@pytest.fixture(scope="session")
def registry():
    return load_registry(REPO / "sources" / "actors.yaml")


@pytest.fixture(scope="session")
def nlp(registry):
    return build_pipeline(registry)


@pytest.fixture(scope="session")
def seed():
    return load_source(REPO / "sources" / SEED_ID)


@pytest.fixture(scope="session")
def seed_extraction(seed, registry, nlp):
    return extract(seed, registry, nlp)


@pytest.fixture
def make_source(tmp_path, registry, nlp):
    """Extract a small article written for the test."""
    from newsledger.sources import add_source

    def make(text: str, published: str = "2023-12-07", name: str = "story"):
        import datetime as dt
        article = tmp_path / f"{name}.txt"
        article.write_text(text, encoding="utf-8")
        folder = add_source(tmp_path / "sources", article, published=dt.date.fromisoformat(published))
        source = load_source(folder)
        return source, extract(source, registry, nlp)
    return make


@pytest.fixture
def project(tmp_path) -> Project:
    """A copy of this repository's project files (descriptor, sources, build) to change freely."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "datapackage.json", root)
    shutil.copytree(REPO / "sources", root / "sources")
    shutil.copytree(REPO / "build", root / "build", ignore=shutil.ignore_patterns("*.duckdb", ".*"))
    return Project(root)
