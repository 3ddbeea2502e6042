"""Stage 5: validate. The committed package checked four ways: frictionless (descriptor, types,
constraints, primary and foreign keys), every text anchor against its article, and every
published file byte for byte against a fresh build of the sources."""

from __future__ import annotations

import csv
from pathlib import Path

from newsledger.metadata import Package, load_package
from newsledger.problems import Problem, frictionless_problems
from newsledger.pipeline import make_tables
from newsledger.project import Project
from newsledger.publish import table_files
from newsledger.sources import ARTICLE_FILE


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def anchor_problems(project: Project, package: Package) -> list[Problem]:
    """Every row with offsets must quote its article exactly: article[char_start:char_end] == text."""
    problems = []
    articles: dict[str, str] = {}
    for table in package.tables:
        if not {"char_start", "char_end", "text", "source_id"} <= set(table.columns):
            continue
        path = project.root / table.path
        if not path.exists():
            continue
        for number, row in enumerate(_read_csv(path), start=2):
            source_id = row["source_id"]
            if source_id not in articles:
                article_path = project.sources / source_id / ARTICLE_FILE
                articles[source_id] = article_path.read_text(encoding="utf-8") if article_path.exists() else ""
            start, end = int(row["char_start"]), int(row["char_end"])
            if articles[source_id][start:end] != row["text"]:
                problems.append(Problem(table.name, number, "text",
                                        f"does not match {source_id}/article.txt[{start}:{end}]"))
    return problems


def freshness_problems(project: Project, package: Package) -> list[Problem]:
    """The committed build must be exactly what the sources produce now."""
    problems = []
    for relative, data in table_files(package, make_tables(project)).items():
        path = project.root / relative
        table = Path(relative).stem
        if not path.exists():
            problems.append(Problem(table, None, "", f"{relative} is missing; run `newsledger build`"))
        elif path.read_bytes() != data:
            problems.append(Problem(table, None, "", f"{relative} differs from a fresh build of sources/; "
                                                     "run `newsledger build` and commit build/"))
    return problems


def validate_project(project: Project) -> list[Problem]:
    project.check()
    package = load_package(project.descriptor)
    return [*frictionless_problems(project.descriptor), *anchor_problems(project, package),
            *freshness_problems(project, package)]
