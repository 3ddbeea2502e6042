"""Dates: a date expression resolved against the publication date into an interval and a precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateparser.date import DateDataParser

from newsledger.extract.records import DateInterval

WEEKDAYS = [day.lower() for day in calendar.day_name]
MONTHS = [month.lower() for month in calendar.month_name[1:]]
# "last March": the latest March before the month of publication (dateparser reads no date in it)
LAST_MONTH = re.compile(r"^last (" + "|".join(MONTHS) + r")$", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
CURRENT_PERIOD = re.compile(r"\b(?:earlier|later)?\s*this (week|month|year)\b", re.IGNORECASE)
# "in three years", "for two weeks", "within 72 hours", "decades": how long, not when.
DURATION = re.compile(r"^(?:(?:in|for|over|within|after|during)\s+)?(?:the\s+)?(?:past\s+|next\s+|last\s+)?"
                      r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some)?\s*"
                      r"(?:-\s*)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries?)(?:\s+long)?$", re.IGNORECASE)
TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
# "the day before", "two days earlier" count from the last day the text named.
RELATIVE_DAY = {re.compile(r"\b(?:the|a) (?:day before|previous day)\b|\bthe day earlier\b", re.IGNORECASE): -1,
                re.compile(r"\b(?:the|a) (?:day after|next day|following day)\b", re.IGNORECASE): 1}
DAYS_APART = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) days? "
                        r"(earlier|before|later|after)\b", re.IGNORECASE)
# "a week after", "six months after the rebels walked out", "three years after they recalled their
# envoys": counted from the last day, weeks to the day, months and years no more precise than their unit
PERIODS_APART = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) "
                           r"(week|month|year)s? (earlier|before|later|after)\b", re.IGNORECASE)
# "in the same month", "that year": the period of the last date the text named
SAME_PERIOD = re.compile(r"\b(?:the same|that) (day|week|month|year)\b", re.IGNORECASE)
# "stopped in February … asked the next month": the period after that of the last date named
NEXT_PERIOD = re.compile(r"\bthe (?:next|following) (week|month|year)\b", re.IGNORECASE)
# "during 2023" is a time dateparser reads without its preposition; "since 2020" is not one: "the
# first talks since 2020" were not held in 2020
DURING = re.compile(r"^during\s+", re.IGNORECASE)
# "only in May", "just last week": words that weigh a time without changing it
WEIGHING = re.compile(r"^(?:only|just|even)\s+", re.IGNORECASE)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _days_from_reference(text: str) -> int | None:
    """How many days `text` places an event from the last day named ("two days earlier": -2)."""
    for pattern, offset in RELATIVE_DAY.items():
        if pattern.search(text):
            return offset
    apart = DAYS_APART.search(text)
    if apart is None:
        return None
    count = NUMBER_WORDS.get(apart.group(1).lower()) or int(apart.group(1))
    return -count if apart.group(2).lower() in ("earlier", "before") else count


def _counts_from(precision: str, unit: str) -> bool:
    """Whether a count of `unit`s can start from a date of `precision`: any from a day, months and
    years from a month too ("arrested in June 2024 and sentenced four months later"), years from a year."""
    return precision == "day" or (precision == "month" and unit != "week") or (precision == "year" and unit == "year")


def _period_from_reference(apart: re.Match, reference: DateInterval | None, published: dt.date,
                           future: bool) -> DateInterval:
    count = NUMBER_WORDS.get(apart.group(1).lower()) or int(apart.group(1))
    unit = apart.group(2).lower()
    if reference is None or not _counts_from(reference.precision, unit):
        return DateInterval()
    count = -count if apart.group(3).lower() in ("earlier", "before") else count
    if unit == "week":
        day, unit = reference.start + dt.timedelta(weeks=count), "day"
    else:
        months = reference.start.month - 1 + count * (12 if unit == "year" else 1)
        year, month = reference.start.year + months // 12, months % 12 + 1
        day = dt.date(year, month, min(reference.start.day, calendar.monthrange(year, month)[1]))
    if not future and day > published:
        return DateInterval()
    start, end = _interval(day, unit)
    return DateInterval(start, end if future else min(end, published), unit, apart.group(0))


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _interval(day: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "month":
        first = day.replace(day=1)
        return first, _month_end(first)
    if precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    return day, day


def _one_later(day: dt.date, unit: str) -> dt.date:
    """A day in the week, month or year after the one `day` is in."""
    if unit == "week":
        return day + dt.timedelta(weeks=1)
    if unit == "month":
        return _month_end(day) + dt.timedelta(days=1)
    return dt.date(day.year + 1, 1, 1)


def _shift_back_a_year(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 1, day=min(day.day, calendar.monthrange(day.year - 1, day.month)[1]))


def resolve_date(text: str, published: dt.date, *, future: bool = False,
                 reference: DateInterval | None = None, last_named: DateInterval | None = None) -> DateInterval:
    """Resolve `text` against `published`. A past event never lands after the publication date;
    a bare weekday means the most recent such day, the publication day included; "the day
    before" counts from `reference`, the last day the text named (unknown without one), "the
    same month" is the month of `last_named`, the last date it named, and "the next month" the
    month after it."""
    following = NEXT_PERIOD.search(text)
    # "within the next month" is how long, not when
    if following is not None and not re.match(r"(?i)(?:in|within|over|for)\s", text.strip()):
        unit = following.group(1).lower()
        if last_named is None or last_named.rank < DateInterval.PRECISION_RANK[unit]:
            return DateInterval()
        start, end = _interval(_one_later(last_named.start, unit), unit)
        if not future and start > published:
            return DateInterval()
        return DateInterval(start, end if future else min(end, published), unit, text)
    if DURATION.match(text.strip()) and not re.match(r"(?i)^(?:last|this|next)\s", text.strip()) \
            and _days_from_reference(text) is None:  # "the next day" is a day, not how long something lasts
        return DateInterval()
    if re.fullmatch(r"\d{1,2}", text.strip()):
        return DateInterval()  # "Kittipong, 74, was convicted": an age, not a year
    same = SAME_PERIOD.search(text)
    if same is not None:
        unit = same.group(1).lower()
        if last_named is None or last_named.rank < DateInterval.PRECISION_RANK[unit]:
            return DateInterval()
        start, end = _interval(last_named.start, unit)
        return DateInterval(start, end if future else min(end, published), unit, text)
    apart = PERIODS_APART.search(text)
    if apart is not None:
        # "talks … in December 2024. Mohamud visited Addis Ababa a month later": from the month named
        # last, when a month was named after the last day; "suspended it in 2023 and lifted the
        # suspension a year later": from the year named last
        period_named = last_named is not None and last_named.precision != "day" \
            and _counts_from(last_named.precision, apart.group(2).lower())
        return _period_from_reference(apart, last_named if period_named else reference, published, future)
    offset = _days_from_reference(text)
    if offset is not None:
        if reference is None or reference.precision != "day":
            return DateInterval()
        day = reference.start + dt.timedelta(days=offset)
        return DateInterval(day, day, "day", text) if future or day <= published else DateInterval()
    last_month = LAST_MONTH.match(text.strip())
    if last_month:
        month = MONTHS.index(last_month.group(1).lower()) + 1
        year = published.year if month < published.month else published.year - 1
        start, end = _interval(dt.date(year, month, 1), "month")
        return DateInterval(start, end, "month", text)
    if TODAY.search(text):
        return DateInterval(published, published, "day", text)
    weekday = WEEKDAY.search(text)
    if weekday and not re.search(r"\d", text):
        target = WEEKDAYS.index(weekday.group(1).lower())
        offset = (target - published.weekday()) % 7
        day = published + dt.timedelta(days=offset) if future else published - dt.timedelta(days=(-offset) % 7)
        return DateInterval(day, day, "day", text)
    current = CURRENT_PERIOD.search(text)
    if current:
        precision = current.group(1).lower()
        start, end = _interval(published, precision)
        return DateInterval(start, end if future else min(end, published), precision, text)
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
    })
    try:
        data = parser.get_date_data(DURING.sub("", WEIGHING.sub("", text)))
    except (ValueError, OverflowError):  # a number dateparser cannot place in a calendar
        return DateInterval()
    if data is None or data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return DateInterval()
    day = data.date_obj.date()
    start, end = _interval(day, data.period)
    if not future and start > published and data.period in ("day", "month"):
        start, end = _interval(_shift_back_a_year(day), data.period)
    if not future and start > published:
        return DateInterval()  # a past event cannot have happened after publication
    if not future:
        end = min(end, published)
    return DateInterval(start, end, data.period, text)
