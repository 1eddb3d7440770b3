import datetime

from django.utils import timezone

from followups.models import ActionStatus, FollowUpReport
from followups.services import start_report


def make_report(pledge, kind="ar", year=2024, number=0, statuses=None, published=True, **fields):
    """A report for the pledge with every action given `statuses` (a status or a list)."""
    report = start_report(pledge=pledge, kind=kind, year=year, number=number, **fields)
    rows = list(report.statuses.order_by("order", "pk"))
    if statuses is not None:
        values = statuses if isinstance(statuses, list) else [statuses] * len(rows)
        for row, value in zip(rows, values, strict=True):
            row.status = value
            row.save()
    if published:
        report.publish(when=timezone.now() - datetime.timedelta(minutes=1))
    return FollowUpReport.objects.get(pk=report.pk)


DONE = ActionStatus.Status.DONE
ONGOING = ActionStatus.Status.ONGOING
CANCELLED = ActionStatus.Status.CANCELLED
CANNOT_ASSESS = ActionStatus.Status.CANNOT_ASSESS
NOT_STARTED = ActionStatus.Status.NOT_STARTED
