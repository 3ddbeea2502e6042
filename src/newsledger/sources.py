"""Stage 1: the sources. Each source is a folder sources/<source_id>/ holding the article
exactly as received (article.txt) and its provenance (source.yaml)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsledger.errors import NewsledgerError
from newsledger.yamlio import read_yaml_mapping

SOURCE_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
ARTICLE_FILE = "article.txt"
PROVENANCE_FILE = "source.yaml"
CURATION_FILE = "curation.yaml"
REQUIRED_KEYS = ("title", "published", "language", "text_sha256")
OPTIONAL_KEYS = ("publisher", "url", "retrieved", "rights")


@dataclass(frozen=True)
class Source:
    source_id: str
    folder: Path
    text: str
    title: str
    publisher: str
    url: str
    published: dt.date
    language: str
    retrieved: dt.date | None
    rights: str
    text_sha256: str

    @property
    def curation_path(self) -> Path:
        return self.folder / CURATION_FILE


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slugify(text: str) -> str:
    """A lowercase slug of ASCII letters, digits, single hyphens and underscores."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower())
    return re.sub(r"([-_])[-_]+", r"\1", slug).strip("-_")


def _as_date(value: object, path: Path, key: str, *, required: bool) -> dt.date | None:
    if value in (None, ""):
        if required:
            raise NewsledgerError(path, f"`{key}` is empty", hint=f"give `{key}` as a date, YYYY-MM-DD")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise NewsledgerError(path, f"`{key}` is not a date: {value!r}", hint="write it as YYYY-MM-DD") from None


def load_source(folder: Path) -> Source:
    source_id = folder.name
    if not SOURCE_ID_PATTERN.match(source_id):
        raise NewsledgerError(folder, f"source id {source_id!r} is not a lowercase slug",
                              hint="rename the folder to lowercase letters, digits, '-' and '_'")
    provenance_path = folder / PROVENANCE_FILE
    meta = read_yaml_mapping(provenance_path)
    unknown = sorted(set(meta) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise NewsledgerError(provenance_path, f"unknown key(s): {', '.join(unknown)}",
                              hint=f"allowed keys: {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}")
    missing = [key for key in REQUIRED_KEYS if key not in meta]
    if missing:
        raise NewsledgerError(provenance_path, f"missing key(s): {', '.join(missing)}")
    article_path = folder / ARTICLE_FILE
    try:
        raw = article_path.read_bytes()
    except FileNotFoundError:
        raise NewsledgerError(article_path, "file is missing") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NewsledgerError(article_path, f"is not UTF-8 (byte {exc.start})",
                              hint="convert the file to UTF-8 and update text_sha256") from None
    actual = sha256_hex(raw)
    if actual != meta["text_sha256"]:
        raise NewsledgerError(provenance_path, "text_sha256 does not match article.txt",
                              entry="text_sha256",
                              hint=f"if the change to article.txt is intended, set text_sha256: {actual}")
    published = _as_date(meta["published"], provenance_path, "published", required=True)
    assert published is not None
    return Source(
        source_id=source_id,
        folder=folder,
        text=text,
        title=str(meta["title"]),
        publisher=str(meta.get("publisher") or ""),
        url=str(meta.get("url") or ""),
        published=published,
        language=str(meta["language"]),
        retrieved=_as_date(meta.get("retrieved"), provenance_path, "retrieved", required=False),
        rights=str(meta.get("rights") or ""),
        text_sha256=actual,
    )


def load_sources(sources_dir: Path) -> list[Source]:
    """Every source folder under `sources_dir`, in id order."""
    folders = sorted(path for path in sources_dir.iterdir() if path.is_dir() and not path.name.startswith("."))
    return [load_source(folder) for folder in folders]


def add_source(sources_dir: Path, article: Path, *, published: dt.date, title: str = "",
               publisher: str = "", url: str = "", source_id: str = "") -> Path:
    """Copy `article` unchanged into a new source folder with its provenance; returns the folder."""
    raw = article.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NewsledgerError(article, f"is not UTF-8 (byte {exc.start})", hint="convert the file to UTF-8 first") from None
    source_id = source_id or slugify(article.stem)
    if not SOURCE_ID_PATTERN.match(source_id):
        raise NewsledgerError(article, f"source id {source_id!r} is not a lowercase slug",
                              hint="pass --id with lowercase letters, digits, '-' and '_'")
    folder = sources_dir / source_id
    if folder.exists():
        raise NewsledgerError(folder, "a source with this id already exists", hint="pass another --id")
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
    provenance = {
        "title": title or headline,
        "publisher": publisher,
        "url": url,
        "published": published,
        "language": "en",
        "retrieved": dt.date.today(),
        "rights": "",
        "text_sha256": sha256_hex(raw),
    }
    staging = sources_dir / f".{source_id}.adding"
    staging.mkdir(parents=True)
    (staging / ARTICLE_FILE).write_bytes(raw)
    (staging / PROVENANCE_FILE).write_text(yaml.safe_dump(provenance, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    staging.rename(folder)
    return folder
