"""A published state of the package, read back for comparison: the descriptor and every table's
CSV rows, from a release archive, a folder (an extracted release or a project) or a git ref."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError

DESCRIPTOR = "datapackage.json"


@dataclass(frozen=True)
class Snapshot:
    label: str
    descriptor: dict[str, Any]
    tables: dict[str, list[dict[str, str]]]

    def schema(self, table: str) -> dict[str, Any]:
        return next(r["schema"] for r in self.descriptor["resources"] if r["name"] == table)


def _parse(label: str, read: Any) -> Snapshot:
    """`read(path)` returns the bytes of a file in the snapshot, or None when it is missing."""
    raw = read(DESCRIPTOR)
    if raw is None:
        raise NewsledgerError(label, f"has no {DESCRIPTOR}", hint="give a release archive, a release folder or a git ref")
    try:
        descriptor = json.loads(raw)
    except ValueError as exc:
        raise NewsledgerError(f"{label}:{DESCRIPTOR}", f"is not JSON ({exc})") from None
    tables = {}
    for resource in descriptor.get("resources", []):
        data = read(resource["path"])
        if data is None:
            raise NewsledgerError(label, f"lacks {resource['path']}, named by its {DESCRIPTOR}")
        tables[resource["name"]] = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    return Snapshot(label, descriptor, tables)


def _git_show(root: Path, ref: str, path: str) -> bytes | None:
    result = subprocess.run(["git", "-C", str(root), "show", f"{ref}:{path}"], capture_output=True)
    return result.stdout if result.returncode == 0 else None


def is_git_ref(root: Path, ref: str) -> bool:
    result = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                            capture_output=True)
    return result.returncode == 0


def load_snapshot(spec: str, root: Path) -> Snapshot:
    """`spec` is a .zip release archive, a folder holding datapackage.json, or a git ref of `root`."""
    path = Path(spec)
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            return _parse(spec, lambda name: archive.read(name) if name in names else None)
    if path.is_dir():
        def read(name: str) -> bytes | None:
            file = path / name
            return file.read_bytes() if file.is_file() else None
        return _parse(spec, read)
    if is_git_ref(root, spec):
        return _parse(spec, lambda name: _git_show(root, spec, name))
    raise NewsledgerError(spec, "is neither a release archive, a folder nor a git ref",
                          hint="give a .zip from dist/, an extracted release, '.', or a tag such as v0.1.0")
