"""The one error type the CLI turns into a plain message instead of a traceback."""

from __future__ import annotations

from pathlib import Path


class NewsledgerError(Exception):
    """Bad input: names the file, the entry within it, what is wrong and what to do."""

    def __init__(self, path: Path | str, problem: str, *, entry: str = "", hint: str = ""):
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.path}, {self.entry}" if self.entry else self.path
        text = f"{where}: {self.problem}"
        return f"{text}\n  → {self.hint}" if self.hint else text
