"""Stage 1: the sources. Each source is a folder sources/<source_id>/ holding the article
exactly as received (article.txt) and its provenance (source.yaml)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from newsledger.errors import NewsledgerError
from newsledger.yamlio import read_yaml_mapping

SOURCE_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
ARTICLE_FILE = "article.txt"
PROVENANCE_FILE = "source.yaml"
CURATION_FILE = "curation.yaml"
REQUIRED_KEYS = ("title", "published", "language", "text_sha256")
# A news article is a few thousand characters; spaCy's parser takes at most a million.
MAX_ARTICLE_CHARACTERS = 1_000_000
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


# Letters that are no accented Latin letter, so that Unicode decomposition leaves them whole and
# the ASCII encoding would drop them ("Đorđević" would slug to "orevic").
UNDECOMPOSED_LETTERS = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss",
                                      "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i",
                                      "Ħ": "H", "ħ": "h"})


def slugify(text: str) -> str:
    """A lowercase slug of ASCII letters, digits, single hyphens and underscores."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_]+", "-", ascii_text.lower())
    return re.sub(r"([-_])[-_]+", r"\1", slug).strip("-_")


def check_article(path: Path, raw: bytes) -> str:
    """The text of an article file, or a NewsledgerError saying what is wrong with it. The text
    is never changed here: offsets must stay true to the stored bytes."""
    if len(raw) > 4 * MAX_ARTICLE_CHARACTERS:  # more characters than that whatever the encoding
        raise NewsledgerError(path, f"is {len(raw) / 1024 / 1024:.0f} MB; an article is at most "
                              f"{MAX_ARTICLE_CHARACTERS:,} characters", hint="check that this is the article's text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise NewsledgerError(path, "starts with a byte-order mark",
                              hint="save it as UTF-8 without BOM (and update text_sha256)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NewsledgerError(path, f"is not UTF-8 (byte {exc.start})",
                              hint="convert the file to UTF-8 (and update text_sha256)") from None
    if len(text) > MAX_ARTICLE_CHARACTERS:
        raise NewsledgerError(path, f"is {len(text):,} characters; an article is at most {MAX_ARTICLE_CHARACTERS:,}",
                              hint="check that this is the article's text")
    if "\x00" in text:
        raise NewsledgerError(path, f"holds a NUL byte (character {text.index(chr(0))})",
                              hint="this is not plain text; save the article as a text file")
    if "\r" in text:
        raise NewsledgerError(path, "has CR or CRLF line ends", hint="convert line ends to LF (and update text_sha256)")
    if not text.strip():
        raise NewsledgerError(path, "is empty" if not text else "holds only white space",
                              hint="put the article's text in it")
    if not unicodedata.is_normalized("NFC", text):
        raise NewsledgerError(path, "is not in Unicode NFC form (it has decomposed characters)",
                              hint="normalise it to NFC, e.g. python -c \"import sys,unicodedata;"
                                   "sys.stdout.write(unicodedata.normalize('NFC',sys.stdin.read()))\" "
                                   "(and update text_sha256)")
    return text


def _check_url(value: str, path: Path) -> str:
    parts = urlsplit(value)
    if value and (parts.scheme not in ("http", "https") or not parts.netloc or " " in value):
        raise NewsledgerError(path, f"`url` is not a web address: {value!r}",
                              entry="url", hint="give the full http(s):// address, or leave it empty")
    return value


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
        date = dt.date.fromisoformat(str(value))
    except ValueError:
        raise NewsledgerError(path, f"`{key}` is not a date: {value!r}", entry=key, hint="write it as YYYY-MM-DD") from None
    return date


def _not_in_future(date: dt.date | None, path: Path, key: str) -> dt.date | None:
    if date is not None and date > dt.date.today():
        raise NewsledgerError(path, f"`{key}` is in the future: {date}", entry=key, hint="give the real date")
    return date


def load_source(folder: Path) -> Source:
    source_id = folder.name
    if not SOURCE_ID_PATTERN.match(source_id):
        raise NewsledgerError(folder, f"source id {source_id!r} is not a lowercase slug",
                              hint="rename the folder to lowercase letters, digits, '-' and '_'")
    if folder.is_symlink() and not folder.resolve().is_relative_to(folder.parent.resolve()):
        raise NewsledgerError(folder, "is a symbolic link to a folder outside sources/",
                              hint="copy the source into sources/ instead of linking it")
    provenance_path = folder / PROVENANCE_FILE
    meta = read_yaml_mapping(provenance_path)
    unknown = sorted(set(meta) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise NewsledgerError(provenance_path, f"unknown key(s): {', '.join(unknown)}",
                              hint=f"allowed keys: {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)}")
    missing = [key for key in REQUIRED_KEYS if key not in meta]
    if missing:
        raise NewsledgerError(provenance_path, f"missing key(s): {', '.join(missing)}",
                              hint="add them; see README, Adding a source")
    article_path = folder / ARTICLE_FILE
    try:
        raw = article_path.read_bytes()
    except FileNotFoundError:
        raise NewsledgerError(article_path, "file is missing",
                              hint="put the article's text there, or remove the source folder") from None
    actual = sha256_hex(raw)
    if actual != meta["text_sha256"]:
        raise NewsledgerError(provenance_path, "text_sha256 does not match article.txt",
                              entry="text_sha256",
                              hint=f"if the change to article.txt is intended, set text_sha256: {actual}")
    text = check_article(article_path, raw)
    published = _not_in_future(_as_date(meta["published"], provenance_path, "published", required=True),
                               provenance_path, "published")
    assert published is not None
    return Source(
        source_id=source_id,
        folder=folder,
        text=text,
        title=str(meta["title"]),
        publisher=str(meta.get("publisher") or ""),
        url=_check_url(str(meta.get("url") or ""), provenance_path),
        published=published,
        language=str(meta["language"]),
        retrieved=_not_in_future(_as_date(meta.get("retrieved"), provenance_path, "retrieved", required=False),
                                 provenance_path, "retrieved"),
        rights=str(meta.get("rights") or ""),
        text_sha256=actual,
    )


def load_sources(sources_dir: Path) -> list[Source]:
    """Every source folder under `sources_dir`, in id order."""
    folders = sorted(path for path in sources_dir.iterdir() if path.is_dir() and not path.name.startswith("."))
    seen: dict[str, Path] = {}
    for folder in folders:
        key = _normalised_id(folder.name)
        if key in seen:
            raise NewsledgerError(folder, f"source id collides with {seen[key].name!r} (they differ only in case, "
                                  "accents or '-' against '_')", hint="rename one of the two folders")
        seen[key] = folder
    return [load_source(folder) for folder in folders]


def _normalised_id(source_id: str) -> str:
    return slugify(source_id).replace("_", "-")


def add_source(sources_dir: Path, article: Path, *, published: dt.date, title: str = "",
               publisher: str = "", url: str = "", source_id: str = "") -> Path:
    """Copy `article` unchanged into a new source folder with its provenance; returns the folder."""
    raw = article.read_bytes()
    text = check_article(article, raw)
    if published > dt.date.today():
        raise NewsledgerError(article, f"--published {published} is in the future", hint="give the real date")
    _check_url(url, article)
    source_id = source_id or slugify(article.stem)
    if not SOURCE_ID_PATTERN.match(source_id):
        raise NewsledgerError(article, f"source id {source_id!r} is not a lowercase slug",
                              hint="pass --id with lowercase letters, digits, '-' and '_'")
    folder = sources_dir / source_id
    clash = next((f for f in sources_dir.iterdir() if _normalised_id(f.name) == _normalised_id(source_id)), None) \
        if sources_dir.exists() else None
    if clash is not None:
        raise NewsledgerError(folder, f"a source with this id already exists ({clash.name})", hint="pass another --id")
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
