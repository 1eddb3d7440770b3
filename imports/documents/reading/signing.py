"""Where and when the pledge was signed."""

import re

from .period import _date
from .words import MONTH, MONTHS, YEAR

# Signing ------------------------------------------------------------------------------------

PLACE_AND_DATE = re.compile(
    rf"^([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?),?\s+(?:den\s+)?"
    rf"(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})\s+({MONTH})\s+({YEAR}))\.?$"
)
SIGNED_IN_TEXT = re.compile(
    rf"(?:\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?,?\s+(?:undertecknade|undertecknades|"
    rf"skrev\w*\s+under)|(?:undertecknade|undertecknades|undertecknat|skrevs\s+under)\w*"
    rf"(?:\s+\w+){{0,6}}?\s+den\s+(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?)",
    re.IGNORECASE,
)


def parse_place_and_date(line):
    """('Ljungby', date(2017, 2, 9)) for a line 'Ljungby 2017-02-09', else None."""
    m = PLACE_AND_DATE.match(line.strip())
    if not m:
        return None
    iso = m[2] is not None
    day = _date(m[2], m[3], m[4]) if iso else _date(m[7], MONTHS[m[6].lower().rstrip(".")], m[5])
    return (m[1], day) if day else None


def parse_signed_in_text(text, default_year=None):
    """The signing date of 'Idag, måndag 22 april, undertecknade …' as (date, quote, year_given).
    A date without a year takes `default_year` (the period's)."""
    m = SIGNED_IN_TEXT.search(text)
    if not m:
        return None
    day, month, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    year_given = bool(year)
    year = year or default_year
    if not year:
        return None
    date = _date(year, MONTHS[month.lower().rstrip(".")], day)
    return (date, m[0], year_given) if date else None


SIGNED_IN_MONTH = re.compile(
    rf"(?:undertecknade|undertecknades|undertecknat|undertecknats|skrevs\s+under|skrevs\s+på)"
    rf"\w*(?:\s+\w+){{0,6}}?\s+i\s+({MONTH})\s+({YEAR})",
    re.IGNORECASE,
)


def parse_signed_in_month(text):
    """'Löftet undertecknades i mars 2022': ("2022-03", quote), for a month given alone."""
    m = SIGNED_IN_MONTH.search(text)
    if not m:
        return None
    return f"{m[2]}-{MONTHS[m[1].lower().rstrip('.')]:02d}", m[0]
