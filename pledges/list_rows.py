"""The rows of /loften/, prepared in Python: plain values, labels translated and addresses
built once per page, so that the template's loop only prints them.

Without filters on promises a row is read as values only (plain_rows): the pledge, its places,
focus areas, and its newest published follow-up with its status counts. With such filters the
pledges are model instances, since their promises are matched one by one (rows).
"""

from types import SimpleNamespace

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from followups import spans
from followups.models import ActionStatus, FollowUpReport, Progress

from . import periods
from .models import Action, Pledge, PledgeState, state_on
from .prepared import NOW, PreparedQuery, numbers
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


def placed(places, district, period_slug, district_slug, start, end, *precision):
    """A pledge read as values, as a row shows it: (name of its places, period label, the pledge
    and its first municipality as Addresses reads them). `places` are the pledge's
    (code, name, slug, …) tuples sorted by code; `precision` is (start_precision,
    end_precision, until_further_notice)."""
    start_precision, end_precision, until_further_notice = precision
    period = periods.label(
        start,
        end,
        start_precision=start_precision,
        end_precision=end_precision,
        until_further_notice=until_further_notice,
    )
    name = ", ".join(place[1] for place in places)
    if district:
        name = f"{name}, {district}"
    # What Addresses reads of a pledge and a municipality.
    pledge = SimpleNamespace(period_slug=period_slug, district_slug=district_slug)
    canonical = SimpleNamespace(slug=places[0][2])
    return name, period, pledge, canonical


LATEST_REPORTS = PreparedQuery(
    # The pledges are published ones already: only the reports' own state is asked.
    lambda ids, now: (
        FollowUpReport.objects.filter(
            pledge__in_numbers=ids, status=FollowUpReport.Status.PUBLISHED, published_at__lte=now
        )
        .order_by()
        .values(
            "pk",
            "pledge_id",
            "covers_end",
            "published_at",
            "slug",
            "kind",
            "year",
            "number",
            "is_example",
        )
    ),  # fmt: skip
    ids=numbers(1),
    now=NOW,
)
STATUS_COUNTS = PreparedQuery(
    lambda ids: (
        ActionStatus.objects.filter(report__in_numbers=ids)
        .values("report_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ),
    ids=numbers(2),
)


def latest_reports(pledge_ids):
    """{pledge pk: (slug, span, is_example, {status: how many})} for the newest published
    follow-up of each pledge that has one: what latest_of() picks, read as values."""
    newest = {}
    for row in LATEST_REPORTS.tuples(ids=pledge_ids, now=timezone.now()):
        kept = newest.get(row[1])
        if kept is None or (row[2], row[3], row[0]) > (kept[2], kept[3], kept[0]):
            newest[row[1]] = row
    counts = {row[0]: {} for row in newest.values()}
    if counts:
        for report_id, status, n in STATUS_COUNTS.tuples(ids=list(counts)):
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


def _with_action_count(ids):
    counted = (
        Action.objects.filter(pledge=OuterRef("pk"))
        .order_by()
        .values("pledge")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Pledge.objects.filter(pk__in_numbers=ids)
        .annotate(action_count=Coalesce(Subquery(counted), 0))
        .values(
            "pk",
            "title",
            "district",
            "district_slug",
            "period_slug",
            "start_date",
            "end_date",
            "start_precision",
            "end_precision",
            "until_further_notice",
            "police_area__name",
            "action_count",
        )  # fmt: skip
    )


PLEDGE_ROWS = PreparedQuery(_with_action_count, ids=numbers(1))
PLACES = PreparedQuery(
    lambda ids: Pledge.municipalities.through.objects.filter(pledge_id__in_numbers=ids).values(
        "pledge_id",
        "municipality__code",
        "municipality__name",
        "municipality__slug",
        "municipality__county__code",
        "municipality__county__name",
    ),  # fmt: skip
    ids=numbers(1),
)
FOCUS_AREAS = PreparedQuery(
    lambda ids: (
        Pledge.focus_areas.through.objects.filter(pledge_id__in_numbers=ids)
        .order_by("focusarea__name", "focusarea__pk")
        .values("pledge_id", "focusarea__name")
    ),
    ids=numbers(1),
)


def plain_rows(ids):
    """What /loften/ shows of the pledges `ids` without filters on promises, read as values
    (no model instances): the pledges, their municipalities with counties, their focus areas,
    the latest follow-ups and their counts; five queries however many pledges, each compiled
    once (pledges/prepared.py)."""
    pledges = PLEDGE_ROWS.tuples(ids=ids)
    municipalities = {pk: [] for pk in ids}
    for pledge_id, *municipality in PLACES.tuples(ids=ids):
        municipalities[pledge_id].append(municipality)
    focus_areas = {pk: [] for pk in ids}
    for pledge_id, name in FOCUS_AREAS.tuples(ids=ids):
        focus_areas[pledge_id].append(name)
    reports = latest_reports(ids)
    addresses = Addresses()
    state_labels = {state: str(label) for state, label in PledgeState.choices}
    today = timezone.localdate()
    shown = []
    for (
        pk,
        title,
        district,
        district_slug,
        period_slug,
        start,
        end,
        start_precision,
        end_precision,
        until_further_notice,
        police_area,
        action_count,
    ) in pledges:
        places = sorted(municipalities[pk])
        name, period, pledge, canonical = placed(
            places,
            district,
            period_slug,
            district_slug,
            start,
            end,
            start_precision,
            end_precision,
            until_further_notice,
        )
        counties = dict(sorted((place[3], place[4]) for place in places))
        latest = None
        if pk in reports:
            slug, span, is_example, counts = reports[pk]
            latest = latest_summary(
                addresses.of_report(pledge, canonical, slug),
                span.name,
                is_example,
                Progress.of_counts(counts),
            )
        state = state_on(start, end, until_further_notice, today)
        shown.append(
            SimpleNamespace(
                pk=pk,
                url=addresses.of_pledge(pledge, canonical),
                name=f"{name} {period}",
                state=state,
                state_label=state_labels[state],
                title=title,
                counties=", ".join(counties.values()),
                police_area=police_area or "",
                focus_areas=focus_areas[pk],
                action_count=action_count,
                matching_actions=[],
                latest=latest,
            )
        )
    return shown


def rows(pledges):
    """What /loften/ shows of each of `pledges` with filters on promises (with_listing()'s
    prefetches, prefetch_latest_reports() and mark_matching_actions() done)."""
    addresses = Addresses()
    state_labels = {state: str(label) for state, label in PledgeState.choices}
    shown = []
    for pledge in pledges:
        municipalities = pledge.sorted_municipalities
        canonical = municipalities[0]
        report = pledge.latest_report
        latest = report and latest_summary(
            addresses.of_report(pledge, canonical, report.slug),
            report.name,
            report.is_example,
            report.summary_counts(),
        )
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


def filter_fields(form):
    """{name: HTML} of each field of the filter form, as includes/filter_field.html wrote it
    (label, the error if the value could not be used, the field), built here once per field
    instead of including a template twelve times."""
    fields = {}
    for bound in form:
        error = ""
        if bound.errors:
            error = format_html(
                '<p class="field__error" id="{}-fel">{}</p>\n  ',
                bound.auto_id,
                Truncator(bound.errors[0]).chars(160),
            )
        fields[bound.name] = format_html(
            '<div class="field{}">\n  <label for="{}">{}</label>\n  {}{}\n</div>',
            " field--error" if bound.errors else "",
            bound.id_for_label,
            bound.label,
            error,
            bound,
        )
    return fields
