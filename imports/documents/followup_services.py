"""A draft follow-up report from the text of a follow-up document (rules in followup.py)."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from followups import spans
from followups.models import ActionStatus, FollowUpReport
from followups.services import prefill_statuses
from pledges import periods
from pledges.access import Scope

from . import followup, readers
from .reading import structure
from .reading.municipalities import Gazetteer, find_municipalities
from .text import clean as clean_text

KIND_ORDER = [spans.QUARTER, spans.TERTIAL, spans.HALF, spans.YEAR]


def propose_pledge(text, user):
    """The pledges `user` may edit that the document most likely follows: those of a
    municipality it names whose period overlaps the one it states, newest first."""
    if len(text) > readers.MAX_CHARACTERS:
        return []  # the form says why; no time is spent on reading such a text
    cleaned = clean_text(text)
    blocks = structure.blocks_of(cleaned)
    codes = [
        found.value
        for found in find_municipalities(blocks, Gazetteer.from_db(), structure.is_heading)
    ]
    if not codes:
        return []
    pledges = Scope(user).pledges().filter(municipalities__code__in=codes)
    period = followup.document_period(cleaned)
    if period:
        pledges = pledges.filter(start_date__lte=period[1], end_date__gte=period[0])
    return list(pledges.distinct().with_municipalities().newest_first())


def span_candidates(pledge, period):
    """The spans a report of the document could cover, best first: the smallest one that holds
    the period the document states (when it lies within the pledge's), then the spans after it
    of the same kind, then larger ones; else the pledge's whole period."""
    start, end = pledge.start_date, pledge.end_date
    whole = [spans.Span(spans.YEAR, start.year)] if start.year == end.year else []
    whole.append(spans.Span(spans.FINAL))
    if not period or period[0] < start or period[1] > end:
        return whole
    holding = []
    for kind in KIND_ORDER:
        for span in spans.expected_spans(kind, start, end):
            first, last = span.bounds(start, end)
            if first <= period[0] and period[1] <= last:
                holding.append(((last - first).days, KIND_ORDER.index(kind), span))
    holding.sort()
    candidates = []
    if holding:
        best = holding[0][2]
        candidates.append(best)
        later = [
            s
            for s in spans.expected_spans(best.kind, start, end)
            if (s.year, s.number) > (best.year, best.number)
        ]
        candidates += later
        candidates += [span for _days, _order, span in holding[1:]]
    return [*dict.fromkeys([*candidates, *whole])]


def free_span(pledge, period):
    """The first candidate span that no report of the pledge covers yet, or None."""
    taken = set(pledge.reports.values_list("covers_start", "covers_end"))
    for span in span_candidates(pledge, period):
        if span.bounds(pledge.start_date, pledge.end_date) not in taken:
            return span
    return None


def _short(text_, length=80):
    text_ = re.sub(r"\s+", " ", text_).strip()
    return text_ if len(text_) <= length else text_[: length - 1] + "…"


@transaction.atomic
def create_draft_report_from_document(*, text, pledge, user, filename=""):
    """A draft report (never published) for `pledge`, with each promise's status, count and
    what was done as the follow-up document states them. Returns (report, proposals).

    Raises PermissionDenied when `user` may not edit the pledge, and ValidationError in Swedish
    when the text reports nothing or every span the report could cover already has a report.
    """
    if not Scope(user).allows_pledge_id(pledge.pk):
        raise PermissionDenied(
            _("Du kan bara skapa uppföljningar för löften som tillhör dina egna organisationer.")
        )
    text, filename = readers.bounded(text), filename.replace("\x00", "")
    cleaned = clean_text(text)
    found = followup.read_followup(cleaned)
    if not found:
        raise ValidationError(
            _("Texten redovisar inget som gjorts för något löfte. Klistra in hela uppföljningen."),
            code="nothing_found",
        )
    period = followup.document_period(cleaned)
    span = free_span(pledge, period)
    if span is None:
        raise ValidationError(
            _("Löftet har redan uppföljningar för alla perioder som dokumentet kan gälla."),
            code="no_free_span",
        )
    actions = list(pledge.actions.select_related("focus_area"))
    proposals, unmatched = followup.match_to_pledge(found, actions)

    report = FollowUpReport(
        pledge=pledge,
        kind=span.kind,
        year=span.year,
        number=span.number,
        status=FollowUpReport.Status.DRAFT,
    )
    report.full_clean(exclude={"covers_start", "covers_end", "slug"})
    report.import_notes = _notes(report, period, filename, proposals, unmatched)
    report._history_user = user
    report.save()
    prefill_statuses(report)
    rows = {row.action_id: row for row in report.statuses.all()}
    for proposal in proposals:
        row = rows[proposal.action.pk]
        row.status = proposal.status
        row.achieved_count = proposal.achieved_count
        row.evidence = proposal.evidence
        row._history_user = user
        row.save()
    return report, proposals


def _notes(report, period, filename, proposals, unmatched):
    """What the import found for each promise and what it was unsure of, in Swedish."""
    source = _("Importerat från dokument%(name)s.") % {"name": f" ({filename})" if filename else ""}
    if period:
        stated = periods.date_range_label(*period)
        where = _("Dokumentet gäller %(period)s; uppföljningen avser %(span)s.") % {
            "period": stated,
            "span": report.span.name,
        }
    else:
        where = _("Dokumentet anger ingen period inom löftets; uppföljningen avser %(span)s.") % {
            "span": report.span.name
        }
    lines = [f"{source} {where}"]
    statuses = dict(ActionStatus.Status.choices)
    for number, proposal in enumerate(proposals, start=1):
        promise = _short(proposal.action.text, 70)
        if proposal.found is None:
            lines.append(
                _("Löfte %(n)s ”%(promise)s”: %(note)s.")
                % {"n": number, "promise": promise, "note": followup.NO_INFORMATION}
            )
            continue
        status = str(statuses.get(proposal.status, "")) or _("ingen status")
        count = (
            _(", antal %(count)s") % {"count": proposal.achieved_count}
            if proposal.achieved_count is not None
            else ""
        )
        lines.append(
            _(
                "Löfte %(n)s ”%(promise)s”: %(status)s%(count)s (%(confidence)s: %(why)s). "
                "Rad %(line)s: ”%(quote)s”."
            )
            % {
                "n": number,
                "promise": promise,
                "status": status.lower(),
                "count": count,
                "confidence": proposal.confidence,
                "why": proposal.note,
                "line": proposal.found.line,
                "quote": _short(proposal.found.promise, 70),
            }
        )
        for extra in proposal.also:
            lines.append(
                _("  Också om samma löfte, rad %(line)s: ”%(quote)s”.")
                % {"line": extra.line, "quote": _short(extra.promise, 70)}
            )
    for item in unmatched:
        lines.append(
            _("Rad %(line)s ”%(quote)s” kunde inte kopplas till något löfte.")
            % {"line": item.line, "quote": _short(item.promise, 70)}
        )
    lines.append(_("Kontrollera varje status mot dokumentet innan du publicerar."))
    return "\n".join(lines)
