import datetime as dt

import pytest

from newsledger.extract.dates import resolve_date

PUBLISHED = dt.date(2023, 12, 7)  # a Thursday


@pytest.mark.parametrize("text, start, end, precision", [
    ("on Wednesday", "2023-12-06", "2023-12-06", "day"),
    ("on Thursday", "2023-12-07", "2023-12-07", "day"),
    ("on Friday", "2023-12-01", "2023-12-01", "day"),
    ("in March", "2023-03-01", "2023-03-31", "month"),
    ("last month", "2023-11-01", "2023-11-30", "month"),
    ("in July 2022", "2022-07-01", "2022-07-31", "month"),
    ("in October", "2023-10-01", "2023-10-31", "month"),
    ("in 2019", "2019-01-01", "2019-12-31", "year"),
    ("last week", "2023-11-27", "2023-12-03", "week"),
    ("earlier this month", "2023-12-01", "2023-12-07", "month"),
    ("yesterday", "2023-12-06", "2023-12-06", "day"),
])
def test_resolves_against_publication_date(text, start, end, precision):
    date = resolve_date(text, PUBLISHED)
    assert (date.start.isoformat(), date.end.isoformat(), date.precision, date.text) == (start, end, precision, text)


def test_past_event_never_lands_after_publication():
    date = resolve_date("on December 25", PUBLISHED)
    assert date.end <= PUBLISHED
    assert date.start == dt.date(2022, 12, 25)


def test_future_weekday_looks_forward():
    assert resolve_date("on Friday", PUBLISHED, future=True).start == dt.date(2023, 12, 8)


@pytest.mark.parametrize("text", ["decades", "one-day", "the day before", ""])
def test_no_date_is_unknown(text):
    date = resolve_date(text, PUBLISHED)
    assert (date.start, date.end, date.precision) == (None, None, "unknown")


@pytest.mark.parametrize("text, start, end, precision", [
    ("a week before", "2023-11-29", "2023-11-29", "day"),
    ("six months before", "2023-06-01", "2023-06-30", "month"),
    ("three years before", "2020-01-01", "2020-12-31", "year"),
    ("the next day", "2023-12-07", "2023-12-07", "day"),
    ("ten days before", "2023-11-26", "2023-11-26", "day"),
    ("12 days earlier", "2023-11-24", "2023-11-24", "day"),
])
def test_periods_count_from_the_last_day_named(text, start, end, precision):
    reference = resolve_date("on Wednesday", PUBLISHED)
    date = resolve_date(text, PUBLISHED, reference=reference)
    assert (date.start.isoformat(), date.end.isoformat(), date.precision) == (start, end, precision)


def test_a_period_counted_past_publication_is_unknown():
    reference = resolve_date("on Wednesday", PUBLISHED)
    assert resolve_date("three years after", PUBLISHED, reference=reference).precision == "unknown"


@pytest.mark.parametrize("published, start", [("2026-02-21", "2025-03-01"), ("2026-11-14", "2026-03-01")])
def test_last_march_is_the_latest_march_before_the_month_of_publication(published, start):
    date = resolve_date("last March", dt.date.fromisoformat(published))
    assert (date.start.isoformat(), date.precision) == (start, "month")


@pytest.mark.parametrize("named, text, start, end, precision", [
    ("in September", "in the same month", "2023-09-01", "2023-09-30", "month"),
    ("on Wednesday", "that month", "2023-12-01", "2023-12-07", "month"),
    ("in 2019", "in the same month", None, None, "unknown"),  # a year names no month
    (None, "that year", None, None, "unknown"),
    ("in September", "the next month", "2023-10-01", "2023-10-31", "month"),
    ("in 2021", "the following year", "2022-01-01", "2022-12-31", "year"),
    ("in November", "the following year", None, None, "unknown"),  # not yet come
    ("in September", "within the next month", None, None, "unknown"),  # how long, not when
    ("in 2021", "a year later", "2022-01-01", "2022-12-31", "year"),  # "suspended it in 2021 and lifted it a year later"
    ("in 2021", "a month later", None, None, "unknown"),  # a year names no month to count from
])
def test_the_same_period_is_that_of_the_last_date_named(named, text, start, end, precision):
    last_named = resolve_date(named, PUBLISHED) if named else None
    date = resolve_date(text, PUBLISHED, last_named=last_named)
    assert (date.start and date.start.isoformat(), date.end and date.end.isoformat(), date.precision) == (start, end, precision)
