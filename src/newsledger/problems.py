"""Problems found in a package, reported by table, row and field, and the frictionless check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frictionless


@dataclass(frozen=True)
class Problem:
    table: str
    row: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.table + (f", row {self.row}" if self.row is not None else "") + (f", field {self.field}" if self.field else "")
        return f"{where}: {self.message}"


def frictionless_problems(descriptor: Path | dict[str, Any], basepath: Path | None = None) -> list[Problem]:
    """Everything frictionless finds wrong: descriptor, types, constraints, primary and foreign keys."""
    if isinstance(descriptor, Path):
        package = frictionless.Package(str(descriptor))
    else:
        package = frictionless.Package(descriptor, basepath=str(basepath))
    report = package.validate()
    problems = [Problem("datapackage.json", None, "", error.message) for error in report.errors]
    for task in report.tasks:
        for error in task.errors:
            problems.append(Problem(task.name, getattr(error, "row_number", None),
                                    getattr(error, "field_name", "") or "", error.message))
    return problems
