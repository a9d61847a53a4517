"""Dates at the precision they are known: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from . import i18n
from .i18n import translate

_EPOCH = _dt.date(1970, 1, 1)
_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

YEAR, MONTH, DAY = "year", "month", "day"


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return DAY
        if self.month is not None:
            return MONTH
        return YEAR

    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return _dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_partial_date(text: str) -> PartialDate:
    """Parse an ISO 8601 date at year, month or day precision.

    Raises ``ValueError`` with a message fit for the user.
    """
    m = _ISO.fullmatch(text.strip())
    if not m:
        if len(text) > 40:
            text = text[:39] + "…"
        raise ValueError(
            translate("Dates", "'{0}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD").format(text)
        )
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if year < 1000:
        raise ValueError(translate("Dates", "'{0}' has an implausible year").format(text))
    if month is not None and not 1 <= month <= 12:
        raise ValueError(translate("Dates", "'{0}' has no month {1}").format(text, month))
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError:
            raise ValueError(
                translate("Dates", "'{0}' is not a day in the calendar").format(text)
            ) from None
    return PartialDate(year, month, day)


def to_day_number(day: _dt.date) -> int:
    """Days since 1970-01-01, the unit of the timeline's axis."""
    return (day - _EPOCH).days


def from_day_number(n: int) -> _dt.date:
    return _EPOCH + _dt.timedelta(days=int(n))


def _month_names() -> tuple[str, ...]:
    return (
        translate("Dates", "January"),
        translate("Dates", "February"),
        translate("Dates", "March"),
        translate("Dates", "April"),
        translate("Dates", "May"),
        translate("Dates", "June"),
        translate("Dates", "July"),
        translate("Dates", "August"),
        translate("Dates", "September"),
        translate("Dates", "October"),
        translate("Dates", "November"),
        translate("Dates", "December"),
    )


def _month_abbrs() -> tuple[str, ...]:
    # 'May ' (with a space) tells translators this is the short form; the space is dropped.
    return tuple(
        name.strip()
        for name in (
            translate("Dates", "Jan"),
            translate("Dates", "Feb"),
            translate("Dates", "Mar"),
            translate("Dates", "Apr"),
            translate("Dates", "May "),
            translate("Dates", "Jun"),
            translate("Dates", "Jul"),
            translate("Dates", "Aug"),
            translate("Dates", "Sep"),
            translate("Dates", "Oct"),
            translate("Dates", "Nov"),
            translate("Dates", "Dec"),
        )
    )


_NAMES: dict[object, tuple[int, tuple[str, ...]]] = {}


def _translated(build) -> tuple[str, ...]:
    """The names *build* returns, translated once per language rather than per call."""
    cached = _NAMES.get(build)
    if cached is None or cached[0] != i18n.generation:
        cached = (i18n.generation, build())
        _NAMES[build] = cached
    return cached[1]


def month_name(month: int) -> str:
    return _translated(_month_names)[month - 1]


def month_abbr(month: int) -> str:
    """'Jan' … 'Dec' (the translation decides the short form, not a cut of the name)."""
    return _translated(_month_abbrs)[month - 1]


def format_date(date: PartialDate, approximate: bool = False, short: bool = False) -> str:
    """British English, at the known precision: '18 June 2009', 'c. January 2005', '2004'
    (short: '18 Jun 2009', 'c. Jan 2005')."""
    month = month_abbr if short else month_name
    if date.precision == DAY:
        text = f"{date.day} {month(date.month)} {date.year}"
    elif date.precision == MONTH:
        text = f"{month(date.month)} {date.year}"
    else:
        text = str(date.year)
    if approximate:
        return translate("Dates", "c. {0}").format(text)
    return text


def _count(n: int, singular: str, plural: str) -> str:
    return (singular if n == 1 else plural).format(n)


def format_gap(a: PartialDate, b: PartialDate, approximate: bool = False) -> str:
    """The time between two dates at the coarser of their precisions, e.g. '4 years 5 months'."""
    first, second = sorted((a, b), key=lambda d: d.first_day())
    precisions = {first.precision, second.precision}
    if YEAR in precisions:
        years = second.year - first.year
        parts = [_count(years, translate("Dates", "{0} year"), translate("Dates", "{0} years"))]
        if years == 0:
            parts = [translate("Dates", "the same year")]
    elif MONTH in precisions:
        months = (second.year - first.year) * 12 + (second.month - first.month)
        parts = _years_months(months)
        if months == 0:
            parts = [translate("Dates", "the same month")]
    else:
        d1, d2 = first.first_day(), second.first_day()
        months = (d2.year - d1.year) * 12 + (d2.month - d1.month)
        if d2.day < d1.day:
            months -= 1
        anchor_month = d1.month - 1 + months
        anchor_year = d1.year + anchor_month // 12
        anchor_month = anchor_month % 12 + 1
        anchor_day = min(d1.day, calendar.monthrange(anchor_year, anchor_month)[1])
        days = (d2 - _dt.date(anchor_year, anchor_month, anchor_day)).days
        parts = _years_months(months)
        if months < 12 and days:
            parts.append(_count(days, translate("Dates", "{0} day"), translate("Dates", "{0} days")))
        if not parts:
            parts = [translate("Dates", "the same day")]
    text = " ".join(parts)
    if approximate:
        return translate("Dates", "about {0}").format(text)
    return text


def _years_months(months: int) -> list[str]:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(_count(years, translate("Dates", "{0} year"), translate("Dates", "{0} years")))
    if rest:
        parts.append(_count(rest, translate("Dates", "{0} month"), translate("Dates", "{0} months")))
    return parts
