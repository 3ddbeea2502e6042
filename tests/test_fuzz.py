"""Property-based tests: on arbitrary input the loader, the anchor resolver, the extractor (quote
finder included) and the date resolver raise nothing but NewsledgerError, and every offset they
return quotes its text exactly."""

import datetime as dt
import hashlib
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsledger.curate import Entry, _anchor_span
from newsledger.errors import NewsledgerError
from newsledger.extract import extract
from newsledger.extract.dates import resolve_date
from newsledger.extract.quotes import find_marks
from newsledger.sources import Source, load_source

EXAMPLES = settings(max_examples=1000, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
# Text that looks like news often enough to reach the deeper rules: words, names, quotation
# marks, apostrophes, line breaks, and any other character now and then.
NEWSY = st.lists(st.one_of(
    st.sampled_from([" ", "\n", "“", "”", "‘", "’", '"', "'", ".", ",", ":", "Putin", " said ", " told ", "Raisi",
                     " met ", " on Monday", " he ", " its ", " in March", "according to ", "Moscow", "The Kremlin",
                     " warned that ", "It’s", "Iran"]),
    st.text(max_size=5),
), max_size=40).map("".join)


def source_from(text: str, folder: Path) -> Source:
    return Source("fuzz", folder, text, "t", "", "", dt.date(2023, 12, 7), "en", None, "", "")


@EXAMPLES
@given(raw=st.one_of(st.binary(max_size=300), NEWSY.map(lambda t: t.encode("utf-8"))),
       published=st.one_of(st.dates(), st.text(max_size=12)))
def test_source_loader(raw, published):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "fuzz"
        folder.mkdir()
        (folder / "article.txt").write_bytes(raw)
        (folder / "source.yaml").write_text(yaml.safe_dump({
            "title": "t", "published": published, "language": "en",
            "text_sha256": hashlib.sha256(raw).hexdigest()}), encoding="utf-8")
        try:
            source = load_source(folder)
        except NewsledgerError:
            return
        assert source.text.encode("utf-8") == raw


@EXAMPLES
@given(text=NEWSY, data=st.data())
def test_anchor_resolver(text, data):
    if text:
        start = data.draw(st.integers(0, len(text) - 1))
        wording = text[start:data.draw(st.integers(start, len(text)))]
    else:
        wording = ""
    anchor = {"text": data.draw(st.one_of(st.just(wording), st.text(max_size=8)))}
    if data.draw(st.booleans()):
        anchor["prefix"] = data.draw(st.text(max_size=3))
    if data.draw(st.booleans()):
        anchor["occurrence"] = data.draw(st.one_of(st.integers(-2, 4), st.text(max_size=2)))
    entry = Entry(1, {"op": "fix", "table": "quotes", "anchor": anchor}, Path("curation.yaml"))
    try:
        start, end = _anchor_span(entry, source_from(text, Path(".")))
    except NewsledgerError:
        return
    assert text[start:end] == anchor["text"]


@EXAMPLES
@given(text=NEWSY)
def test_quote_marks(text):
    for marks in find_marks(text):
        assert 0 <= marks.open < marks.close < len(text)


@EXAMPLES
@given(text=NEWSY)
@example(text="PutinThe Kremlino")  # an organisation's name that ends the text
def test_extractor(text, registry, nlp):
    try:
        extraction = extract(source_from(text, Path(".")), registry, nlp)
    except NewsledgerError:
        return
    rows = [*extraction.mentions, *extraction.quotes, *extraction.claims, *extraction.events]
    for row in rows:
        assert text[row.span.start:row.span.end] == row.span.text
    for claim in extraction.claims:
        if claim.quote is not None:
            assert text[claim.quote.start:claim.quote.end] == claim.quote.text


@EXAMPLES
@given(text=st.one_of(st.text(max_size=30), st.sampled_from(["on Monday", "last week", "in March", "in 2019",
                                                            "earlier this month", "yesterday", "July 2022"])),
       published=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), future=st.booleans())
def test_date_resolver(text, published, future):
    try:
        date = resolve_date(text, published, future=future)
    except NewsledgerError:
        return
    assert date.precision in ("day", "week", "month", "year", "unknown")
    if date.precision == "unknown":
        assert date.start is None and date.end is None
    else:
        assert date.start <= date.end
        if not future:
            assert date.end <= published
