"""The parts of a year a follow-up report can cover, and which of them a pledge's cadence expects.

A span is (kind, year, number): ("ar", 2024, 0) is the year 2024, ("tertial", 2024, 2)
May–August, ("kvartal", 2017, 3) July–September, ("halvar", 2024, 1) January–June, and
("slut", 0, 0) the pledge's whole period. Its dates are clipped to the pledge's period.
Its name and title are in the active language: "Uppföljning kvartal 3 2017", on the English
pages "Follow-up Q3 2017".
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

YEAR = "ar"
TERTIAL = "tertial"
QUARTER = "kvartal"
HALF = "halvar"
FINAL = "slut"

PARTS_PER_YEAR = {YEAR: 1, TERTIAL: 3, QUARTER: 4, HALF: 2}
MONTHS_PER_PART = {YEAR: 12, TERTIAL: 4, QUARTER: 3, HALF: 6}
SLUG_LETTER = {TERTIAL: "t", QUARTER: "q", HALF: "h"}


def _month_end(year, month):
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)


@dataclass(frozen=True, order=True)
class Span:
    kind: str
    year: int = 0
    number: int = 0

    def calendar_bounds(self, period_start, period_end):
        """The span's own dates, before clipping; a final report covers the whole period."""
        if self.kind == FINAL:
            return period_start, period_end
        months = MONTHS_PER_PART[self.kind]
        number = self.number if self.kind != YEAR else 1
        first_month = (number - 1) * months + 1
        last_month = first_month + months - 1
        return datetime.date(self.year, first_month, 1), _month_end(self.year, last_month)

    def bounds(self, period_start, period_end):
        """The dates the span covers within the period, or None when it lies outside it.

        A half of the period that the pledge does not state (None) clips nothing; a final
        report needs both.
        """
        start, end = self.calendar_bounds(period_start, period_end)
        if start is None or end is None:
            return None
        if period_start:
            start = max(start, period_start)
        if period_end:
            end = min(end, period_end)
        if end < start:
            return None
        return start, end

    def is_valid(self):
        if self.kind == FINAL:
            return self.year == 0 and self.number == 0
        if self.kind not in PARTS_PER_YEAR or not 1900 <= self.year <= 2200:
            return False
        if self.kind == YEAR:
            return self.number == 0
        return 1 <= self.number <= PARTS_PER_YEAR[self.kind]

    @property
    def slug(self):
        if self.kind == FINAL:
            return "slutrapport"
        if self.kind == YEAR:
            return str(self.year)
        return f"{self.year}-{SLUG_LETTER[self.kind]}{self.number}"

    @property
    def name(self):
        """'kvartal 3 2017', '2024', 'första halvåret 2024' or 'slutrapport': the title's core."""
        if self.kind == FINAL:
            return _("slutrapport")
        if self.kind == YEAR:
            return str(self.year)
        parts = {"number": self.number, "year": self.year}
        if self.kind == HALF:
            if self.number == 1:
                return _("första halvåret %(year)s") % parts
            return _("andra halvåret %(year)s") % parts
        if self.kind == TERTIAL:
            return _("tertial %(number)s %(year)s") % parts
        return _("kvartal %(number)s %(year)s") % parts

    def title(self, period_label):
        """'Uppföljning kvartal 3 2017', 'Uppföljning 2024' or 'Slutrapport 2017–2018'."""
        if self.kind == FINAL:
            return _("Slutrapport %(period)s") % {"period": period_label}
        parts = {"number": self.number, "year": self.year}
        if self.kind == YEAR:
            return _("Uppföljning %(year)s") % parts
        if self.kind == HALF:
            if self.number == 1:
                return _("Uppföljning första halvåret %(year)s") % parts
            return _("Uppföljning andra halvåret %(year)s") % parts
        if self.kind == TERTIAL:
            return _("Uppföljning tertial %(number)s %(year)s") % parts
        return _("Uppföljning kvartal %(number)s %(year)s") % parts

    @classmethod
    def from_slug(cls, slug):
        """The span a URL segment names, or None."""
        if slug == "slutrapport":
            return cls(FINAL)
        if slug.isdigit() and len(slug) == 4:
            return cls(YEAR, int(slug))
        year, _, part = slug.partition("-")
        letters = {letter: kind for kind, letter in SLUG_LETTER.items()}
        if len(year) == 4 and year.isdigit() and len(part) == 2 and part[1].isdigit():
            kind = letters.get(part[0])
            if kind:
                span = cls(kind, int(year), int(part[1]))
                return span if span.is_valid() else None
        return None


def expected_spans(kind, period_start, period_end, until=None):
    """Every span of this kind that touches the period, in order.

    A period without a start has nothing to count from: no spans. One without an end is
    ongoing: its spans run up to the date `until` (none without it), and it has no final report.
    """
    if period_start is None:
        return []
    if period_end is None:
        if until is None or kind == FINAL:
            return []
        period_end = datetime.date(until.year, 12, 31)
    if kind == FINAL:
        return [Span(FINAL)]
    spans = []
    for year in range(period_start.year, period_end.year + 1):
        numbers = [0] if kind == YEAR else range(1, PARTS_PER_YEAR[kind] + 1)
        for number in numbers:
            span = Span(kind, year, number)
            if span.bounds(period_start, period_end):
                spans.append(span)
    return spans
