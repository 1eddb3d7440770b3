"""The rows of /loften/, prepared in Python: plain values, labels translated and addresses
built once per page, so that the template's loop only prints them.

A row's latest follow-up is read as values (the newest published report of each pledge and
its status counts, two queries), not as model instances with their statuses.
"""

from types import SimpleNamespace

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from followups import spans
from followups.models import ActionStatus, FollowUpReport, Progress

from .models import PledgeState
from .templatetags.pledge_tags import pledge_name

PLACEHOLDERS = {"municipality": "__municipality__", "period": "__period__"}


class Addresses:
    """A pledge's and a report's address from patterns reversed once, not per row."""

    def __init__(self):
        district = {**PLACEHOLDERS, "district": "__district__"}
        self.pledge = reverse("pledges:detail", kwargs=PLACEHOLDERS)
        self.district_pledge = reverse("pledges:district_detail", kwargs=district)
        report = {**PLACEHOLDERS, "report": "__report__"}
        self.report = reverse("followups:detail", kwargs=report)
        self.district_report = reverse(
            "followups:district_detail", kwargs={**report, "district": "__district__"}
        )

    def fill(self, pattern, pledge, municipality, report_slug=""):
        return (
            pattern.replace("__municipality__", municipality.slug)
            .replace("__period__", pledge.period_slug)
            .replace("__district__", pledge.district_slug)
            .replace("__report__", report_slug)
        )

    def of_pledge(self, pledge, municipality):
        pattern = self.district_pledge if pledge.district_slug else self.pledge
        return self.fill(pattern, pledge, municipality)

    def of_report(self, pledge, municipality, slug):
        pattern = self.district_report if pledge.district_slug else self.report
        return self.fill(pattern, pledge, municipality, slug)


def latest_reports(pledges):
    """{pledge pk: (slug, span, is_example, {status: how many})} for the newest published
    follow-up of each pledge that has one: what latest_of() picks, read as values."""
    rows = (
        FollowUpReport.objects.published()
        .filter(pledge__in=[pledge.pk for pledge in pledges])
        .order_by()
        .values_list(
            "pk", "pledge_id", "covers_end", "published_at", "slug", "kind", "year", "number",
            "is_example",
        )
    )
    newest = {}
    for row in rows:
        kept = newest.get(row[1])
        if kept is None or (row[2], row[3], row[0]) > (kept[2], kept[3], kept[0]):
            newest[row[1]] = row
    counts = {row[0]: {} for row in newest.values()}
    statuses = (
        ActionStatus.objects.filter(report__in=list(counts))
        .values_list("report_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for report_id, status, n in statuses:
        if status:  # a promise not assessed yet counts nowhere, as in Progress.of
            counts[report_id][status] = n
    return {
        pledge_id: (slug, spans.Span(kind, year or 0, number or 0), is_example, counts[pk])
        for pk, pledge_id, _end, _published, slug, kind, year, number, is_example in newest.values()
    }


def latest_summary(url, name, is_example, progress):
    return SimpleNamespace(
        url=url,
        link_text=_("Senaste uppföljning (%(name)s)") % {"name": name},
        counted=progress.counted,
        text=progress.done_label if progress.counted else _("inga löften att räkna in"),
        percent=progress.percent,
        is_example=is_example,
    )


def rows(pledges, criteria):
    """What /loften/ shows of each of `pledges` (with_listing()'s prefetches; with `criteria`
    also prefetch_latest_reports() and mark_matching_actions() done)."""
    addresses = Addresses()
    state_labels = {state: str(label) for state, label in PledgeState.choices}
    reports = {} if criteria else latest_reports(pledges)
    shown = []
    for pledge in pledges:
        municipalities = pledge.sorted_municipalities
        canonical = municipalities[0]
        if criteria:
            report = pledge.latest_report
            latest = report and latest_summary(
                addresses.of_report(pledge, canonical, report.slug),
                report.name,
                report.is_example,
                report.summary_counts(),
            )
        elif pledge.pk in reports:
            slug, span, is_example, counts = reports[pledge.pk]
            latest = latest_summary(
                addresses.of_report(pledge, canonical, slug),
                span.name,
                is_example,
                Progress.of_counts(counts),
            )
        else:
            latest = None
        shown.append(
            SimpleNamespace(
                url=addresses.of_pledge(pledge, canonical),
                name=pledge_name(pledge),
                state=pledge.state,
                state_label=state_labels[pledge.state],
                title=pledge.title,
                counties=", ".join(county.name for county in pledge.counties),
                police_area=pledge.police_area.name if pledge.police_area else "",
                focus_areas=[focus_area.name for focus_area in pledge.focus_areas.all()],
                action_count=pledge.action_count,
                matching_actions=pledge.matching_actions,
                latest=latest,
            )
        )
    return shown
