"""Checking a release, as an archive or extracted: every file listed and none extra, every
checksum, full validation, Parquet equal to CSV, and the DuckDB file beside it equal to both."""

from __future__ import annotations

import hashlib
import json
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

import duckdb

from newsledger.errors import NewsledgerError
from newsledger.metadata import Package
from newsledger.publish import csv_bytes, read_parquet_tables
from newsledger.problems import Problem, frictionless_problems

DESCRIPTOR = "datapackage.json"


def _safe_members(archive: zipfile.ZipFile, path: Path) -> list[zipfile.ZipInfo]:
    members = []
    for info in archive.infolist():
        name = PurePosixPath(info.filename)
        if name.is_absolute() or ".." in name.parts or "\\" in info.filename:
            raise NewsledgerError(path, f"entry {info.filename!r} points outside the archive",
                                  hint="this archive was not made by `newsledger release`; do not use it")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise NewsledgerError(path, f"entry {info.filename!r} is a symbolic link",
                                  hint="this archive was not made by `newsledger release`; do not use it")
        if not info.is_dir():
            members.append(info)
    return members


def _check_listed(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], path: Path) -> None:
    """Refuse an archive holding files its own descriptor does not list, before unpacking it."""
    if DESCRIPTOR not in archive.namelist():
        raise NewsledgerError(path, f"has no {DESCRIPTOR}", hint="give a release archive made by `newsledger release`")
    try:
        listed = {entry["path"] for entry in json.loads(archive.read(DESCRIPTOR)).get("files", [])}
    except (ValueError, AttributeError, KeyError, TypeError):
        raise NewsledgerError(path, f"its {DESCRIPTOR} is not a release descriptor",
                              hint="give a release archive made by `newsledger release`") from None
    for info in members:
        if info.filename != DESCRIPTOR and info.filename not in listed:
            raise NewsledgerError(path, f"entry {info.filename!r} is not listed in its {DESCRIPTOR}",
                                  hint="this archive was changed after release; get it again from the release page")


def _listed_file_problems(folder: Path, descriptor: dict) -> list[Problem]:
    problems = []
    listed = {entry["path"]: entry for entry in descriptor.get("files", [])}
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {DESCRIPTOR}
    for extra in sorted(present - listed.keys()):
        problems.append(Problem(extra, None, "", "is not listed in datapackage.json"))
    for path, entry in sorted(listed.items()):
        file = folder / path
        if not file.is_file():
            problems.append(Problem(path, None, "", "is listed in datapackage.json but missing"))
            continue
        data = file.read_bytes()
        if len(data) != entry["bytes"] or f"sha256:{hashlib.sha256(data).hexdigest()}" != entry["hash"]:
            problems.append(Problem(path, None, "", "does not match its bytes and sha256 in datapackage.json"))
    for resource in descriptor.get("resources", []):
        if resource.get("hash") != listed.get(resource["path"], {}).get("hash"):
            problems.append(Problem(resource["path"], None, "", "resource hash differs from the file list"))
    return problems


def _parquet_problems(folder: Path, package: Package) -> list[Problem]:
    problems = []
    tables = read_parquet_tables(package, folder)
    for table in package.tables:
        if csv_bytes(tables[table.name]) != (folder / table.path).read_bytes():
            problems.append(Problem(table.name, None, "", "Parquet and CSV hold different rows"))
    return problems


def _database_problems(database: Path, folder: Path, package: Package) -> list[Problem]:
    problems = []
    checksum = database.with_name(database.name + ".sha256")
    if checksum.exists() and checksum.read_text().split()[0] != hashlib.sha256(database.read_bytes()).hexdigest():
        problems.append(Problem(database.name, None, "", "does not match its .sha256 file"))
    with duckdb.connect(str(database), read_only=True) as connection:
        for table in package.tables:
            parquet = (folder / table.path.removesuffix(".csv")).as_posix() + ".parquet"
            query = f"SELECT * FROM {table.name} EXCEPT ALL SELECT * FROM read_parquet('{parquet}')"
            reverse = f"SELECT * FROM read_parquet('{parquet}') EXCEPT ALL SELECT * FROM {table.name}"
            if connection.execute(query).fetchall() or connection.execute(reverse).fetchall():
                problems.append(Problem(f"{database.name}:{table.name}", None, "", "rows differ from the Parquet file"))
    return problems


def verify_folder(folder: Path, database: Path | None = None) -> list[Problem]:
    descriptor_path = folder / DESCRIPTOR
    if not descriptor_path.is_file():
        raise NewsledgerError(folder, f"has no {DESCRIPTOR}", hint="give a release archive or an extracted release")
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    problems = _listed_file_problems(folder, descriptor)
    if problems:
        return problems
    package = Package(descriptor_path, descriptor)
    problems = frictionless_problems(descriptor_path) + _parquet_problems(folder, package)
    if database is not None and database.exists():
        problems += _database_problems(database, folder, package)
    return problems


def verify_release(path: Path) -> list[Problem]:
    """Problems found in the release at `path` (a .zip from dist/ or an extracted folder)."""
    if path.is_dir():
        return verify_folder(path)
    if not zipfile.is_zipfile(path):
        raise NewsledgerError(path, "is neither a zip archive nor a folder", hint="give a .zip from dist/")
    problems = []
    checksum = path.with_name(path.name + ".sha256")
    if checksum.exists() and checksum.read_text().split()[0] != hashlib.sha256(path.read_bytes()).hexdigest():
        problems.append(Problem(path.name, None, "", "does not match its .sha256 file"))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        return [*problems, Problem(path.name, None, "", f"cannot be read as a zip archive ({exc})")]
    with archive, tempfile.TemporaryDirectory() as scratch:
        members = _safe_members(archive, path)
        _check_listed(archive, members, path)
        for info in members:
            target = Path(scratch) / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                target.write_bytes(archive.read(info))
            except (zipfile.BadZipFile, zlib.error) as exc:
                problems.append(Problem(info.filename, None, "", f"is corrupted in the archive ({exc})"))
        if not problems:
            problems += verify_folder(Path(scratch), path.with_suffix(".duckdb"))
    return problems
