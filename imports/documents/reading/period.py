"""The period a pledge is given for."""

import calendar
import datetime
import re

from .document import Found
from .words import DASH, MONTH, MONTHS, YEAR

# Periods ------------------------------------------------------------------------------------


def _date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month_end(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _short_year(two_digits):
    return 2000 + int(two_digits)


PERIOD_RULES = []


def period_rule(pattern):
    def register(function):
        PERIOD_RULES.append((re.compile(pattern, re.IGNORECASE), function))
        return function

    return register


@period_rule(rf"\b({YEAR})-(\d\d)-(\d\d){DASH}({YEAR})-(\d\d)-(\d\d)\b")
def _iso_range(m):
    return _date(m[1], m[2], m[3]), _date(m[4], m[5], m[6])


@period_rule(rf"\b(\d\d)(\d\d)(\d\d){DASH}(\d\d)(\d\d)(\d\d)\b")
def _short_range(m):
    """'170101–181231': the form some police documents use."""
    return (
        _date(_short_year(m[1]), m[2], m[3]),
        _date(_short_year(m[4]), m[5], m[6]),
    )


@period_rule(
    rf"\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?{DASH}(\d{{1,2}})\s+({MONTH})\s+({YEAR})\b"
)
def _day_month_range(m):
    """'1 juni 2022–31 december 2023', or '15 juni – 31 augusti 2024' with one year."""
    start_year = m[3] or m[6]
    return (
        _date(start_year, MONTHS[m[2].lower().rstrip(".")], m[1]),
        _date(m[6], MONTHS[m[5].lower().rstrip(".")], m[4]),
    )


@period_rule(rf"\b({MONTH})(?:\s+({YEAR}))?{DASH}({MONTH})\s+({YEAR})\b")
def _month_range(m):
    """'juli 2018 – juni 2020', or 'juni–augusti 2024' with one year: whole months."""
    first, last = MONTHS[m[1].lower().rstrip(".")], MONTHS[m[3].lower().rstrip(".")]
    start_year = int(m[2] or m[4])
    return datetime.date(start_year, first, 1), _month_end(int(m[4]), last)


@period_rule(rf"(?<![\d-])({YEAR}){DASH}({YEAR})(?![\d-])")
def _year_range(m):
    return datetime.date(int(m[1]), 1, 1), datetime.date(int(m[2]), 12, 31)


# A single year counts only after words that introduce a pledge's period ("medborgarlöftet för
# 2024", "under 2023", "Medborgarlöften 2023", "Ljungby kommun 2024"); "sedan 2005",
# "trygghetsmätningen 2016" and "i januari 2016" are not periods.
@period_rule(
    rf"\b(?:för|under|år|året|löfte|löftet|löften|medborgarlöfte|medborgarlöftet|"
    rf"medborgarlöften|kommun)\s+({YEAR})\b(?!\s*(?:-|–|—)\s*\d)"
)
def _single_year(m):
    return datetime.date(int(m[1]), 1, 1), datetime.date(int(m[1]), 12, 31)


def periods_in(text):
    """Every period stated in `text`, as (offset, start, end, quote), in text order; where two
    forms overlap ("2018-07-01—2020-06-30" also holds years) the more exact one wins."""
    found, taken = [], []
    for pattern, rule in PERIOD_RULES:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            dates = rule(m)
            if not dates or None in dates or dates[1] < dates[0]:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), dates[0], dates[1], m[0]))
    return sorted(found)


def parse_period(text):
    """(start, end) of the first period stated in `text`, or None."""
    found = periods_in(text)
    return (found[0][1], found[0][2]) if found else None


def find_period(blocks):
    """The pledge's period: the first one in a paragraph that speaks of the pledge (löfte), else
    the first one at all."""
    candidates = []
    for block in blocks:
        names_pledge = "löfte" in block.text.lower()
        for line_index, line in enumerate(block.lines):
            for _offset, start, end, quote in periods_in(line):
                candidates.append((not names_pledge, block.start + line_index, start, end, quote))
    if not candidates:
        return None
    _, line, start, end, quote = min(candidates, key=lambda c: (c[0], c[1]))
    return Found((start, end), line, quote)
