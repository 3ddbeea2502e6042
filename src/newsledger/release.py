"""Stage 7: release. A validated build in; a semantic version, a changelog entry, a git tag and
byte-reproducible, checksummed archives in dist/ out."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from newsledger.atomic import write_file
from newsledger.codebook import render_codebook
from newsledger.diff import PackageDiff, diff_snapshots, render_markdown
from newsledger.errors import NewsledgerError
from newsledger.metadata import Package, load_package
from newsledger.project import Project
from newsledger.publish import read_parquet_tables, write_database
from newsledger.snapshot import load_snapshot
from newsledger.validate import validate_project

CODEBOOK = "docs/codebook.md"
CHANGELOG = "CHANGELOG.md"
EXTRA_FILES = ("README.md", CHANGELOG, CODEBOOK)
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
FILE_MODE = 0o644


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checksum_line(data: bytes, name: str) -> bytes:
    """The line `sha256sum` prints, so that `sha256sum -c` checks the file."""
    return f"{sha256_hex(data)}  {name}\n".encode()


def archive_name(version: str) -> str:
    return f"newsledger-{version}.zip"


def database_name(version: str) -> str:
    return f"newsledger-{version}.duckdb"


def _parquet_path(csv_path: str) -> str:
    return csv_path.removesuffix(".csv") + ".parquet"


def archive_members(project: Project) -> dict[str, bytes]:
    """Every file of the release archive by its path inside it. The archive's datapackage.json
    lists each resource's bytes and hash, and under `files` every other file it holds."""
    package = load_package(project.descriptor)
    members: dict[str, bytes] = {}
    for table in package.tables:
        for path in (table.path, _parquet_path(table.path)):
            members[path] = (project.root / path).read_bytes()
    for path in EXTRA_FILES:
        file = project.root / path
        if file.exists():
            members[path] = file.read_bytes()
    descriptor = json.loads(json.dumps(package.descriptor))
    for resource in descriptor["resources"]:
        data = members[resource["path"]]
        resource["bytes"] = len(data)
        resource["hash"] = f"sha256:{sha256_hex(data)}"
    descriptor["files"] = [{"path": path, "bytes": len(data), "hash": f"sha256:{sha256_hex(data)}"}
                           for path, data in sorted(members.items())]
    members["datapackage.json"] = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return members


def zip_bytes(members: dict[str, bytes], timestamp: dt.datetime) -> bytes:
    """A zip that depends only on its members and `timestamp`: sorted entries, fixed times,
    permissions and compression."""
    buffer = io.BytesIO()
    stamp = (max(timestamp.year, 1980), timestamp.month, timestamp.day, timestamp.hour, timestamp.minute,
             timestamp.second)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = (0o100000 | FILE_MODE) << 16
            archive.writestr(info, members[name], compresslevel=9)
    return buffer.getvalue()


def _created(package: Package) -> dt.datetime:
    return dt.datetime.fromisoformat(package.descriptor["created"].replace("Z", "+00:00"))


@dataclass(frozen=True)
class ReleaseFiles:
    archive: Path
    database: Path


def write_release_files(project: Project, dist: Path) -> ReleaseFiles:
    """dist/newsledger-<version>.zip and .duckdb, each with its .sha256, for the current build."""
    package = load_package(project.descriptor)
    version = package.descriptor["version"]
    dist.mkdir(parents=True, exist_ok=True)
    archive = dist / archive_name(version)
    data = zip_bytes(archive_members(project), _created(package))
    write_file(archive, data)
    write_file(dist / f"{archive.name}.sha256", checksum_line(data, archive.name))
    database = dist / database_name(version)
    write_database(package, read_parquet_tables(package, project.root), database)
    write_file(dist / f"{database.name}.sha256", checksum_line(database.read_bytes(), database.name))
    return ReleaseFiles(archive, database)


def _git(project: Project, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(project.root), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise NewsledgerError(project.root, f"git {' '.join(args)} failed: {result.stderr.strip()}",
                              hint="release from a git clone of the project")
    return result.stdout


def latest_release(project: Project) -> str | None:
    """The highest v<major>.<minor>.<patch> tag reachable from HEAD."""
    tags = _git(project, "tag", "--merged", "HEAD", "--list", "v*").split()
    versions = [tag for tag in tags if VERSION.match(tag[1:])]
    return max(versions, key=lambda tag: tuple(int(x) for x in tag[1:].split(".")), default=None)


def bumped(version: str, level: str) -> str:
    major, minor, patch = (int(x) for x in VERSION.match(version).groups())
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[level]


@dataclass(frozen=True)
class ReleasePlan:
    version: str
    previous: str | None
    level: str | None
    reasons: list[str]
    diff: PackageDiff | None


def plan_release(project: Project, bump: str | None = None) -> ReleasePlan:
    """Check the project may be released and work out the version; changes nothing."""
    project.check()
    _git(project, "rev-parse", "HEAD")
    dirty = _git(project, "status", "--porcelain", "--", "sources", "build", "datapackage.json").strip()
    if dirty:
        raise NewsledgerError(project.root, "sources/, build/ or datapackage.json has uncommitted changes:\n"
                              + dirty, hint="commit them (after `newsledger build`) before releasing")
    problems = validate_project(project)
    if problems:
        raise NewsledgerError(project.root, "`newsledger validate` fails:\n  " + "\n  ".join(map(str, problems)),
                              hint="fix these, rebuild and commit before releasing")
    package = load_package(project.descriptor)
    previous = latest_release(project)
    if previous is None:
        version = bumped(package.descriptor["version"], bump) if bump else package.descriptor["version"]
        plan = ReleasePlan(version, None, bump, ["first release"], None)
    else:
        diff = diff_snapshots(load_snapshot(previous, project.root), load_snapshot(str(project.root), project.root))
        level, reasons = diff.bump()
        if level is None:
            raise NewsledgerError(project.root, f"nothing has changed since {previous}", hint="there is nothing to release")
        if bump:
            reasons = [f"--bump {bump} given; the changes alone call for {level}", *reasons]
        plan = ReleasePlan(bumped(previous[1:], bump or level), previous, bump or level, reasons, diff)
    existing = _git(project, "tag", "--list", f"v{plan.version}").strip()
    if existing or (project.root / "dist" / archive_name(plan.version)).exists():
        raise NewsledgerError(project.root, f"version {plan.version} already exists",
                              hint="pick another bump, or delete the stray tag or dist/ file if it was never published")
    return plan


def changelog_entry(plan: ReleasePlan, created: str) -> str:
    heading = f"## {plan.version} — {created[:10]}"
    if plan.diff is None:
        return f"{heading}\n\nFirst release.\n"
    body = render_markdown(plan.diff, heading=f"Changes since {plan.previous}:")
    return f"{heading}\n\n{plan.level.capitalize()} release.\n\n{body}"


def cut_release(project: Project, bump: str | None = None, now: dt.datetime | None = None) -> tuple[ReleasePlan, ReleaseFiles]:
    plan = plan_release(project, bump)
    created = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    descriptor = load_package(project.descriptor).descriptor
    descriptor["version"], descriptor["created"] = plan.version, created
    write_file(project.descriptor, (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    codebook = project.root / CODEBOOK
    codebook.parent.mkdir(parents=True, exist_ok=True)
    write_file(codebook, render_codebook(load_package(project.descriptor)).encode("utf-8"))
    changelog = project.root / CHANGELOG
    old = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    title, _, rest = old.partition("\n")
    write_file(changelog, f"{title}\n\n{changelog_entry(plan, created)}{rest}".encode("utf-8"))
    _git(project, "add", "datapackage.json", CODEBOOK, CHANGELOG)
    _git(project, "commit", "--quiet", "-m", f"Release {plan.version}")
    files = write_release_files(project, project.root / "dist")
    _git(project, "tag", "-a", f"v{plan.version}", "-m", f"newsledger {plan.version}")
    return plan, files
