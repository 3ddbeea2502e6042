"""Where a newsledger project keeps its parts, relative to its root folder."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from newsledger.atomic import exclusive
from newsledger.errors import NewsledgerError

DATABASE_FILE = "newsledger.duckdb"
LOCK_FILE = ".newsledger.lock"


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def descriptor(self) -> Path:
        return self.root / "datapackage.json"

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def registry(self) -> Path:
        return self.sources / "actors.yaml"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def database(self) -> Path:
        return self.build / DATABASE_FILE

    def lock(self, what: str) -> AbstractContextManager[None]:
        """The project's write lock: one build or release at a time."""
        return exclusive(self.root / LOCK_FILE, what)

    def check(self) -> "Project":
        for path in (self.descriptor, self.sources, self.registry):
            if not path.exists():
                raise NewsledgerError(path, "is missing: this is not a newsledger project folder",
                                      hint="run the command at the top of the project, or pass --root")
        return self
