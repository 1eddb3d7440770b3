"""Which follow-up reports a pledge's cadence expects, and which of them are due or overdue.

A pledge followed up continuously (kontinuerligt) has no fixed due dates, and a pledge without
a start, or an ongoing one's final report, has nothing that can be computed: none are expected.
An ongoing pledge (a start but no end) expects its spans up to the current year.

A report for a span is due once the span has ended and overdue when GRACE_DAYS more have passed
without a published report covering it. A published report covers every expected span that lies
within its dates, so a final report also covers the years before it.
"""

import datetime
from dataclasses import dataclass

from pledges.models import Pledge

from . import spans

GRACE_DAYS = 30

CADENCE_KIND = {
    Pledge.Cadence.YEARLY: spans.YEAR,
    Pledge.Cadence.TERTIAL: spans.TERTIAL,
    Pledge.Cadence.QUARTERLY: spans.QUARTER,
    Pledge.Cadence.TWICE_A_YEAR: spans.HALF,
    Pledge.Cadence.AT_END: spans.FINAL,
}

UPCOMING = "kommande"
DUE = "forfallen"
OVERDUE = "forsenad"
DONE = "klar"
STATE_LABELS = {
    UPCOMING: "Kommande",
    DUE: "Ska lämnas nu",
    OVERDUE: "Försenad",
    DONE: "Publicerad",
}


@dataclass
class ExpectedReport:
    pledge: Pledge
    span: spans.Span
    start: datetime.date
    end: datetime.date
    state: str
    report: object = None  # the published report covering it, or a draft for exactly this span

    @property
    def deadline(self):
        return self.end + datetime.timedelta(days=GRACE_DAYS)

    @property
    def title(self):
        return self.span.title(self.pledge.period_label)

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def is_late(self):
        return self.state in (DUE, OVERDUE)


def expected_reports(pledge, reports, today):
    """Every report the pledge's cadence expects, in order, with its state on `today`.

    `reports` are the pledge's reports (all statuses); pass them prefetched to save queries.
    """
    kind = CADENCE_KIND.get(pledge.followup_cadence)
    if kind is None:
        return []
    published = [r for r in reports if r.is_published]
    expected = []
    for span in spans.expected_spans(kind, pledge.start_date, pledge.end_date, until=today):
        start, end = span.bounds(pledge.start_date, pledge.end_date)
        covering = next(
            (r for r in published if r.covers_start <= start and r.covers_end >= end), None
        )
        if covering:
            state, report = DONE, covering
        else:
            report = next((r for r in reports if r.span == span), None)
            if end >= today:
                state = UPCOMING
            elif today <= end + datetime.timedelta(days=GRACE_DAYS):
                state = DUE
            else:
                state = OVERDUE
        expected.append(ExpectedReport(pledge, span, start, end, state, report))
    return expected


def late_reports(pledges, today):
    """Due and overdue reports across the pledges (published pledges, reports prefetched)."""
    late = []
    for pledge in pledges:
        late.extend(e for e in expected_reports(pledge, pledge.reports.all(), today) if e.is_late)
    return sorted(late, key=lambda e: (e.end, e.pledge.title))


def next_expected(pledge, reports, today):
    """The first expected report whose span has not ended, or None."""
    return next((e for e in expected_reports(pledge, reports, today) if e.state == UPCOMING), None)
