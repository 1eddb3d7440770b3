"""What the start page "Att göra" lists for a staff user, from their organisations' pledges (a
national administrator's: all): follow-ups that are late or soon due, drafts, what waits for an
utgivare, scheduled publications and colleagues' recent changes. A fixed number of queries,
however many rows."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from followups import schedule, spans
from followups.models import FollowUpReport
from pledges.access import Scope
from pledges.models import Pledge

from .models import Review

# A follow-up whose span ends within this many days is listed as soon due.
SOON_DAYS = 30
RECENT_CHANGES = 10


@dataclass
class FollowUpItem:
    expected: schedule.ExpectedReport
    today: datetime.date

    @property
    def days_late(self):
        """Days past the deadline (the span's end and the grace days), for an overdue one."""
        return (self.today - self.expected.deadline).days

    @property
    def days_left(self):
        return (self.expected.deadline - self.today).days


@dataclass
class Change:
    """One saved version of a colleague's: what, who, when and where to open it."""

    when: datetime.datetime
    user: object
    kind: str  # "+", "~" or "-"
    title: str
    what: str
    url: str


def follow_ups(scope, today):
    pledges = (
        scope.pledges(Pledge.objects.published())
        .exclude(followup_cadence=Pledge.Cadence.NOT_STATED)
        .filter(start_date__lte=today)
        .with_municipalities()
        .prefetch_related(Prefetch("reports", queryset=FollowUpReport.objects.in_order()))
    )
    soon = today + datetime.timedelta(days=SOON_DAYS)
    items = []
    for pledge in pledges:
        for expected in schedule.expected_reports(pledge, pledge.reports.all(), today):
            if expected.is_late or (expected.state == schedule.UPCOMING and expected.end <= soon):
                items.append(FollowUpItem(expected, today))
    return sorted(items, key=lambda item: (item.expected.deadline, item.expected.pledge.title))


def pledge_drafts(scope):
    """Drafts not waiting for an utgivare, newest change first, each with its reviews."""
    return (
        scope.pledges(Pledge.objects.filter(status=Pledge.Status.DRAFT))
        .exclude(reviews__outcome=Review.Outcome.WAITING)
        .select_related("revision_of")
        .with_municipalities()
        .prefetch_related(
            Prefetch(
                "reviews",
                queryset=Review.objects.select_related("decided_by"),
                to_attr="review_list",
            )
        )
        .order_by("-updated_at", "-pk")
    )


def report_drafts(scope):
    return (
        scope.filter(FollowUpReport.objects.filter(status=FollowUpReport.Status.DRAFT), "pledge")
        .select_related("pledge")
        .order_by("-updated_at", "-pk")
    )


def waiting(scope):
    pledges = scope.pledges(Pledge.objects.filter(status=Pledge.Status.DRAFT))
    return (
        Review.objects.waiting()
        .filter(pledge__in=pledges.values("pk"))
        .select_related("pledge", "sent_by")
        .order_by("sent_at", "pk")
    )


def scheduled(scope, now):
    return (
        scope.pledges(Pledge.objects.filter(status=Pledge.Status.PUBLISHED, published_at__gt=now))
        .with_municipalities()
        .order_by("published_at", "pk")
    )


def recent_changes(scope, user):
    """The latest saved version of each pledge and follow-up that others than `user` changed
    (imports and other changes without a person are left out)."""
    pledge_ids = scope.pledges().values("pk")
    # Enough rows to find RECENT_CHANGES different objects among most runs of saves.
    rows = RECENT_CHANGES * 3
    pledges = (
        Pledge.history.filter(id__in=pledge_ids, history_user__isnull=False)
        .exclude(history_user=user)
        .select_related("history_user")
        .order_by("-history_date")[:rows]
    )
    reports = (
        FollowUpReport.history.filter(
            pledge_id__in=pledge_ids,
            id__in=FollowUpReport.objects.values("pk"),
            history_user__isnull=False,
        )
        .exclude(history_user=user)
        .select_related("history_user", "pledge")
        .order_by("-history_date")[:rows]
    )
    changes = [
        Change(
            when=row.history_date,
            user=row.history_user,
            kind=row.history_type,
            title=row.title,
            what=Pledge._meta.verbose_name,
            url=reverse("admin:pledges_pledge_change", args=[row.id]),
        )
        for row in pledges
    ]
    changes += [
        Change(
            when=row.history_date,
            user=row.history_user,
            kind=row.history_type,
            title=f"{row.pledge.title}: {spans.Span(row.kind, row.year, row.number).name}",
            what=FollowUpReport._meta.verbose_name,
            url=reverse("admin:followups_followupreport_change", args=[row.id]),
        )
        for row in reports
    ]
    latest = {}  # the latest change of each object
    for change in sorted(changes, key=lambda change: change.when, reverse=True):
        latest.setdefault(change.url, change)
    return list(latest.values())[:RECENT_CHANGES]


def start_page(request):
    """The context of the start page for the request's user."""
    scope = Scope.of(request)
    now = timezone.now()
    today = timezone.localdate(now)
    return {
        "follow_ups": follow_ups(scope, today),
        "pledge_drafts": list(pledge_drafts(scope)),
        "report_drafts": list(report_drafts(scope)),
        "waiting": list(waiting(scope)),
        "scheduled": list(scheduled(scope, now)),
        "recent_changes": recent_changes(scope, request.user),
        "soon_days": SOON_DAYS,
    }
