"""Dates at the precision they are known: parsing, British English wording, gaps."""

from __future__ import annotations

import datetime as dt

import pytest

from app.dataset.dates import (
    PartialDate,
    format_date,
    format_gap,
    from_day_number,
    parse_partial_date,
    to_day_number,
)


# --- parsing -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, year, month, day, precision",
    [
        ("2004", 2004, None, None, "year"),
        ("2005-01", 2005, 1, None, "month"),
        ("2009-06-18", 2009, 6, 18, "day"),
        ("2008-02-29", 2008, 2, 29, "day"),
        ("  2009-06-18 ", 2009, 6, 18, "day"),
        ("2000-02-29", 2000, 2, 29, "day"),
    ],
)
def test_parse_each_precision(text, year, month, day, precision):
    d = parse_partial_date(text)
    assert (d.year, d.month, d.day) == (year, month, day)
    assert d.precision == precision
    assert d.iso() == text.strip()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("2009-13", "has no month 13"),
        ("2009-00", "has no month 0"),
        ("2009-02-30", "is not a day in the calendar"),
        ("2009-02-29", "is not a day in the calendar"),
        ("1900-02-29", "is not a day in the calendar"),
        ("2009-06-00", "is not a day in the calendar"),
        ("2009-06-31", "is not a day in the calendar"),
        ("June 2009", "is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("18/06/2009", "is not a date"),
        ("2009-6", "is not a date"),
        ("2009-06-1", "is not a date"),
        ("09", "is not a date"),
        ("20091", "is not a date"),
        ("2009-06-18T10:00", "is not a date"),
        ("", "is not a date"),
        ("0999", "implausible year"),
    ],
)
def test_parse_rejects_with_a_message(text, fragment):
    with pytest.raises(ValueError) as info:
        parse_partial_date(text)
    assert fragment in str(info.value)
    assert f"'{text}'" in str(info.value)


# --- the span a partial date covers ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, first, last",
    [
        ("2004", dt.date(2004, 1, 1), dt.date(2004, 12, 31)),
        ("2005-01", dt.date(2005, 1, 1), dt.date(2005, 1, 31)),
        ("2008-02", dt.date(2008, 2, 1), dt.date(2008, 2, 29)),
        ("2009-02", dt.date(2009, 2, 1), dt.date(2009, 2, 28)),
        ("2009-06-18", dt.date(2009, 6, 18), dt.date(2009, 6, 18)),
    ],
)
def test_first_and_last_day(text, first, last):
    d = parse_partial_date(text)
    assert d.first_day() == first
    assert d.last_day() == last


def test_day_numbers():
    assert to_day_number(dt.date(1970, 1, 1)) == 0
    assert to_day_number(dt.date(1970, 1, 2)) == 1
    assert to_day_number(dt.date(1969, 12, 31)) == -1
    assert to_day_number(dt.date(2009, 6, 18)) - to_day_number(dt.date(2005, 1, 1)) == (
        dt.date(2009, 6, 18) - dt.date(2005, 1, 1)
    ).days
    for day in (dt.date(2004, 10, 1), dt.date(2009, 6, 18), dt.date(1066, 10, 14)):
        assert from_day_number(to_day_number(day)) == day


# --- wording -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, approximate, expected",
    [
        ("2009-06-18", False, "18 June 2009"),
        ("2009-06-01", False, "1 June 2009"),
        ("2005-01", False, "January 2005"),
        ("2005-01", True, "c. January 2005"),
        ("2004", False, "2004"),
        ("2004", True, "c. 2004"),
        ("2004-10", False, "October 2004"),
        ("2009-12-25", True, "c. 25 December 2009"),
    ],
)
def test_format_date(text, approximate, expected):
    assert format_date(parse_partial_date(text), approximate) == expected


def test_every_month_name():
    names = [format_date(PartialDate(2009, m)) for m in range(1, 13)]
    assert names == [
        f"{m} 2009"
        for m in (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        )
    ]


# --- gaps -----------------------------------------------------------------------------------
def gap(a: str, b: str, approximate: bool = False) -> str:
    return format_gap(parse_partial_date(a), parse_partial_date(b), approximate)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # the report (month) and the speech (day): counted at month precision
        ("2005-01", "2009-06-18", "4 years 5 months"),
        ("2004-10", "2009-06-18", "4 years 8 months"),
        ("2004-10", "2005-01", "3 months"),
        ("2004-01", "2005-01", "1 year"),
        ("2004-01", "2005-02", "1 year 1 month"),
        ("2005-01", "2005-01-31", "the same month"),
        # a year on either side: whole years only
        ("2004", "2009-06-18", "5 years"),
        ("2004", "2005-01", "1 year"),
        ("2009", "2009-06-18", "the same year"),
        # two days
        ("2009-06-18", "2009-06-18", "the same day"),
        ("2009-06-18", "2009-06-19", "1 day"),
        ("2009-06-18", "2009-06-25", "7 days"),
        ("2009-06-18", "2009-07-18", "1 month"),
        ("2009-06-18", "2009-07-20", "1 month 2 days"),
        ("2009-01-31", "2009-03-01", "1 month 1 day"),
        ("2008-06-18", "2009-06-18", "1 year"),
        ("2005-01-15", "2009-06-18", "4 years 5 months"),  # days are dropped beyond a year
        ("2008-06-18", "2009-06-17", "11 months 30 days"),
    ],
)
def test_format_gap(a, b, expected):
    assert gap(a, b) == expected
    assert gap(b, a) == expected  # order does not matter


def test_format_gap_approximate():
    assert gap("2005-01", "2009-06-18", approximate=True) == "about 4 years 5 months"
