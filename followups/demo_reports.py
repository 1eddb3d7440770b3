"""Loads the example follow-up reports in followups/demo/reports.json; `load_demo` calls it.

Reports are matched by their "uid" and statuses by (report, action), so loading again updates the
same rows. The file format is described in followups/demo/README.md.
"""

import datetime
import json
import zoneinfo
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from pledges.management.commands.load_demo import (
    check_keys,
    describe,
    parse_uid,
    plural,
    validate,
)
from pledges.models import Action, Pledge

from . import spans
from .models import ActionStatus, FollowUpReport

DEMO_FILE = Path(__file__).resolve().parent / "demo" / "reports.json"
EXAMPLE_PREFIX = "Exempel: "

REPORT_TEXT_FIELDS = ["summary", "effect", "indicators", "fulfilment", "lessons"]
REPORT_KEYS = {
    *REPORT_TEXT_FIELDS,
    *["uid", "pledge", "kind", "year", "number", "is_example", "published_at", "statuses"],
}
STATUS_KEYS = {"action", "status", "evidence", "achieved_count"}


def read_reports(path):
    """The reports in the file, checked for shape, unknown keys and repeated uids."""
    try:
        with open(path, encoding="utf-8") as f:
            items = json.load(f)
    except OSError as error:
        raise CommandError(f"Kan inte läsa {path}: {error.strerror}.") from error
    except json.JSONDecodeError as error:
        raise CommandError(f"{path} är inte giltig JSON: {error}.") from error
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise CommandError(f"{path} ska innehålla en lista med uppföljningar.")
    seen = set()
    for number, item in enumerate(items, start=1):
        name = f"Uppföljning nummer {number} i {path.name}"
        check_keys(item, REPORT_KEYS, name)
        uid = parse_uid(item.get("uid"), name)
        if uid in seen:
            raise CommandError(f"{name}: uid {uid} förekommer mer än en gång i filen.")
        seen.add(uid)
        if not isinstance(item.get("statuses", []), list):
            raise CommandError(f"{name}: ”statuses” ska vara en lista.")
        for status in item.get("statuses", []):
            check_keys(status, STATUS_KEYS, f"{name}, status")
    return items


def load_reports(items, path):
    """Creates or updates every report in `items`; returns {pledge: [report, …]} and counts.

    Run it inside the transaction that loaded the pledges: a CommandError undoes everything.
    """
    by_pledge = {}
    new = 0
    for number, item in enumerate(items, start=1):
        report, created = load_report(item, f"Uppföljning nummer {number} i {path.name}")
        by_pledge.setdefault(report.pledge, []).append(report)
        new += created
    statuses = sum(report.statuses.count() for reports in by_pledge.values() for report in reports)
    return by_pledge, new, statuses


def load_report(item, name):
    pledge_uid = parse_uid(item.get("pledge"), name)
    pledge = Pledge.objects.filter(uid=pledge_uid).first()
    if pledge is None:
        raise CommandError(f"{name}: okänt löfte ”{pledge_uid}”.")
    for field in ("year", "number"):
        value = item.get(field, 0)
        if not isinstance(value, int) or isinstance(value, bool):
            raise CommandError(f"{name}: ”{field}” ska vara ett heltal, inte {value!r}.")
    span = spans.Span(item.get("kind"), item.get("year", 0), item.get("number", 0))
    if span.is_valid():
        name = f"{describe(pledge)}, {span.title(pledge.period_label)}"
    else:
        name = f"{describe(pledge)}, {name.lower()}"

    is_example = item.get("is_example")
    if not isinstance(is_example, bool):
        raise CommandError(f"{name}: ”is_example” ska vara true eller false.")
    summary = item.get("summary") or ""
    if is_example and not summary.startswith(EXAMPLE_PREFIX):
        raise CommandError(
            f"{name}: sammanfattningen ska börja med ”{EXAMPLE_PREFIX}” eftersom "
            "uppföljningen är ett exempel."
        )
    published_at = parse_datetime(item, "published_at", name) if item.get("published_at") else None

    uid = parse_uid(item.get("uid"), name)
    report = FollowUpReport.objects.filter(uid=uid).first()
    created = report is None
    if created:
        # New reports start as drafts; publish() below freezes the statuses.
        report = FollowUpReport(uid=uid, status=FollowUpReport.Status.DRAFT)
    report.pledge = pledge
    report.kind, report.year, report.number = span.kind, span.year, span.number
    report.is_example = is_example
    for field in REPORT_TEXT_FIELDS:
        setattr(report, field, item.get(field) or "")
    # The span fields are derived from kind, year and number; clean() says when they clash.
    validate(report, name, exclude=["covers_start", "covers_end", "slug"])
    report.save()

    load_statuses(report, item.get("statuses", []), draft=published_at is None, name=name)

    if published_at is None:
        report.status, report.published_at = FollowUpReport.Status.DRAFT, None
        report.save()
    else:
        # Also for a report published on an earlier run: the snapshots follow the file.
        try:
            report.publish(when=published_at)
        except ValidationError as error:
            raise CommandError(f"{name}: {' '.join(error.messages)}") from None
    return report, created


def load_statuses(report, items, draft, name):
    """Sets one status row per action listed; rows for actions not listed are deleted."""
    known = ActionStatus.Status.values
    actions = []
    for number, item in enumerate(items, start=1):
        row_name = f"{name}, status {number}"
        action_uid = parse_uid(item.get("action"), row_name)
        action = Action.objects.filter(uid=action_uid).select_related("focus_area").first()
        if action is None:
            raise CommandError(f"{row_name}: okänd åtgärd ”{action_uid}”.")
        if action.pledge_id != report.pledge_id:
            raise CommandError(
                f"{row_name}: åtgärden ”{action_uid}” hör till ett annat löfte ({action.pledge})."
            )
        if action in actions:
            raise CommandError(f"{row_name}: åtgärden ”{action_uid}” har redan en status.")
        actions.append(action)
        value = item.get("status") or ""
        if value not in known and not (draft and value == ""):
            raise CommandError(
                f"{row_name}: okänd status ”{value}”; använd någon av {', '.join(known)}."
            )
        row = ActionStatus.objects.filter(report=report, action=action).first()
        row = row or ActionStatus(report=report, action=action)
        row.status = value
        row.evidence = item.get("evidence") or ""
        row.achieved_count = item.get("achieved_count")
        row.take_snapshot()
        validate(row, row_name)
        row.save()
    report.statuses.exclude(action__in=actions).delete()


def parse_datetime(item, field, name):
    """An ISO datetime; without a UTC offset it is read as Swedish time."""
    value = item.get(field)
    try:
        moment = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise CommandError(
            f"{name}: ”{field}” ska vara en tidpunkt som 2025-02-13T10:00:00+01:00, inte {value!r}."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(settings.TIME_ZONE))
    return moment


def report_lines(by_pledge):
    """'Ljungby 2017–2018: 5 uppföljningar', one line per pledge in the file's order."""
    return [
        f"{describe(pledge)}: {plural(len(reports), 'uppföljning', 'uppföljningar')}"
        for pledge, reports in by_pledge.items()
    ]
