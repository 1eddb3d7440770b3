from operator import attrgetter

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from .models import ActionStatus, FollowUpReport


def previous_report(report):
    """The report before this one for the same pledge: the latest that ends before it ends."""
    return (
        FollowUpReport.objects.filter(pledge_id=report.pledge_id, covers_end__lt=report.covers_end)
        .exclude(pk=report.pk)
        .order_by("-covers_end", "-covers_start", "-pk")
        .first()
    )


def published_neighbours(report, reports):
    """(previous, next) around `report` among its pledge's published `reports`, or None.

    The previous is the latest that ends before this one ends; its changes are counted from it.
    Unlike previous_report() it never is a draft: the public page compares with what was
    published.
    """
    earlier = [r for r in reports if r.covers_end < report.covers_end]
    later = [r for r in reports if r.covers_end > report.covers_end]
    order = attrgetter("covers_end", "published_at", "pk")
    return max(earlier, key=order, default=None), min(later, key=order, default=None)


@transaction.atomic
def start_report(*, pledge, kind, year=0, number=0, **fields):
    """Creates a draft report with one status row per action, copied from the previous report.

    Staff then only change what changed. Raises ValidationError for a span outside the pledge's
    period or one that another report already covers.
    """
    report = FollowUpReport(pledge=pledge, kind=kind, year=year, number=number, **fields)
    # The span fields are derived in clean(), which also explains a clash in words; the
    # database's constraints on them stay as the last line.
    report.full_clean(exclude={"covers_start", "covers_end", "slug"})
    report.save()
    prefill_statuses(report)
    return report


@transaction.atomic
def prefill_statuses(report):
    """Adds a status row for each action that lacks one, copied from the previous report."""
    previous = previous_report(report)
    earlier = {}
    if previous is not None:
        earlier = {s.action_id: s for s in previous.statuses.all() if s.action_id}
    existing = set(report.statuses.values_list("action_id", flat=True))
    rows = []
    for action in report.pledge.actions.select_related("focus_area"):
        if action.pk in existing:
            continue
        before = earlier.get(action.pk)
        row = ActionStatus(
            report=report,
            action=action,
            status=before.status if before else "",
            evidence=before.evidence if before else "",
            achieved_count=before.achieved_count if before else None,
        )
        row.take_snapshot()
        rows.append(row)
    bulk_create_with_history(rows, ActionStatus)
    return rows


def changes_since(report, previous, statuses=None):
    """The statuses in `report` that differ from `previous`: (status, earlier status or None).

    A promise is listed when its status or its count changed, or when it is new.
    """
    statuses = list(report.statuses.all() if statuses is None else statuses)
    if previous is None:
        return []
    earlier = {s.action_id: s for s in previous.statuses.all() if s.action_id}
    changes = []
    for status in statuses:
        if status.action_id is None:
            continue  # the promise was deleted later; there is nothing to compare it with
        before = earlier.get(status.action_id)
        if before is None:
            changes.append((status, None))
        elif (before.status, before.achieved_count) != (status.status, status.achieved_count):
            changes.append((status, before))
    return changes
