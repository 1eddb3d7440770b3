"""A municipality's page from four prepared queries (pledges/prepared.py).

The page used to load every pledge's published reports as whole rows and the statuses of each
latest report as instances, only to count them. Here the reports come as a few fields each,
with their statuses counted per status by the database in the same query, and every pledge
row gets its address, name, state and latest follow-up as plain values.
"""

from types import SimpleNamespace

from django.db.models import CharField, Count, F, Q, Value
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext

from followups.fragments import progress_bar_html
from followups.models import ActionStatus, FollowUpReport, Progress, latest_of
from pledges.models import Pledge, PledgeState
from pledges.prepared import NOW, PreparedQuery, instance, number, text

from .models import Municipality, PoliceArea

MUNICIPALITY = PreparedQuery(
    lambda slug: Municipality.objects.filter(slug=slug).values(
        "id",
        "code",
        "name",
        "slug",
        county_code=F("county__code"),
        county_name=F("county__name"),
        county_slug=F("county__slug"),
    ),  # fmt: skip
    slug=text("slug"),
)

PLEDGE_FIELDS = [
    "id", "title", "introduction", "district", "district_slug", "period_slug", "start_date",
    "start_precision", "end_date", "end_precision", "until_further_notice",
]  # fmt: skip


def _published_pledges(municipality, now):
    return Pledge.objects.filter(
        municipalities=municipality, status=Pledge.Status.PUBLISHED, published_at__lte=now
    )


PLEDGES = PreparedQuery(
    lambda municipality, now: (
        _published_pledges(municipality, now).newest_first().values(*PLEDGE_FIELDS)
    ),
    municipality=number(11),
    now=NOW,
)


def _names(municipality):
    """The municipality's police areas and the municipalities of its pledges, in one query."""
    kind = lambda value: Value(value, output_field=CharField())  # noqa: E731
    areas = (
        PoliceArea.objects.filter(municipalities=municipality)
        .order_by()
        .values(kind=kind("a"), owner=Value(0), name_=F("name"), slug_=F("slug"), code=kind(""))
    )
    links = Pledge.municipalities.through.objects.filter(pledge__municipalities=municipality)
    municipalities = links.order_by().values(
        kind=kind("m"),
        owner=F("pledge_id"),
        name_=F("municipality__name"),
        slug_=F("municipality__slug"),
        code=F("municipality__code"),
    )
    return areas.union(municipalities, all=True)


NAMES = PreparedQuery(_names, municipality=number(12))

REPORT_FIELDS = [
    "id", "pledge_id", "kind", "year", "number", "covers_start", "covers_end", "slug",
    "is_example", "status", "published_at",
]  # fmt: skip
STATUSES = [value for value, _label in ActionStatus.Status.choices]


def _reports(municipality, now):
    """The published reports of the municipality's published pledges, each with how many of
    its statuses have each status, counted by the database."""
    counts = {
        f"n_{value}": Count("statuses", filter=Q(statuses__status=value)) for value in STATUSES
    }
    return (
        FollowUpReport.objects.filter(
            pledge__in=_published_pledges(municipality, now),
            status=FollowUpReport.Status.PUBLISHED,
            published_at__lte=now,
        )
        .order_by()
        .values(*REPORT_FIELDS)
        .annotate(**counts)
    )


REPORTS = PreparedQuery(_reports, municipality=number(13), now=NOW)


def municipality_page(slug, now):
    """(municipality, county, police areas, pledges) or None; the pledges newest first, each
    with `url`, `name`, `latest_report` (with `status_counts`) and `latest_progress`."""
    rows = MUNICIPALITY.rows(slug=slug)
    if not rows:
        return None
    row = rows[0]
    municipality = instance(Municipality, row)
    county = SimpleNamespace(
        code=row["county_code"], name=row["county_name"], slug=row["county_slug"]
    )
    areas, names = [], {}
    for name in NAMES.rows(municipality=municipality.pk):
        if name["kind"] == "a":
            url = reverse("municipalities:police_area", kwargs={"slug": name["slug_"]})
            areas.append(SimpleNamespace(name=name["name_"], url=url))
        else:
            names.setdefault(name["owner"], []).append((name["code"], name["name_"], name["slug_"]))
    areas.sort(key=lambda area: area.name)
    reports = {}
    for report_row in REPORTS.rows(municipality=municipality.pk, now=now):
        report = instance(FollowUpReport, report_row)
        report.status_counts = {v: report_row[f"n_{v}"] for v in STATUSES if report_row[f"n_{v}"]}
        reports.setdefault(report.pledge_id, []).append(report)
    pledges = []
    for pledge_row in PLEDGES.rows(municipality=municipality.pk, now=now):
        pledge = instance(Pledge, pledge_row)
        own = sorted(names.get(pledge.pk, []))
        pledge.url = _pledge_url(pledge, own[0][2])
        pledge.name = _pledge_name(pledge, [name for _code, name, _slug in own])
        pledge.latest_report = latest_of(reports.get(pledge.pk, []))
        pledges.append(pledge)
    return municipality, county, areas, pledges


def _pledge_url(pledge, municipality_slug):
    kwargs = {"municipality": municipality_slug, "period": pledge.period_slug}
    if pledge.district_slug:
        kwargs["district"] = pledge.district_slug
        return reverse("pledges:district_detail", kwargs=kwargs)
    return reverse("pledges:detail", kwargs=kwargs)


def _pledge_name(pledge, municipality_names):
    """As the pledge_name filter: 'Ljungby 2017–2018', 'Malmö, Rosengård 2024'."""
    name = ", ".join(municipality_names)
    if pledge.district:
        name = f"{name}, {pledge.district}"
    return f"{name} {pledge.period_label}"


class Rows:
    """What the page shows of each pledge, with each label translated once."""

    def __init__(self):
        self.states = {value: str(label) for value, label in PledgeState.choices}
        self.nothing_counted = gettext("inga löften att räkna in")
        self.no_followup = gettext("Ingen uppföljning publicerad")
        self.example = gettext("Exempel")

    def state_html(self, pledge):
        return format_html(
            '<span class="state state--{}">{}</span>', pledge.state, self.states[pledge.state]
        )

    def followup_html(self, pledge):
        """includes/latest_followup.html for the pledge, built once in Python."""
        report = pledge.latest_report
        if report is None:
            return format_html('<p class="latest-followup muted">{}</p>', self.no_followup)
        progress = Progress.of_counts(report.status_counts)
        url = _report_url(pledge, report)
        link = format_html(
            '<a href="{}">{}</a>',
            url,
            gettext("Senaste uppföljning (%(name)s)") % {"name": report.name},
        )
        counted = progress.done_label if progress.counted else self.nothing_counted
        example = (
            format_html(' <span class="chip chip--example">{}</span>', self.example)
            if report.is_example
            else ""
        )
        bar = progress_bar_html(progress.percent) if progress.counted else ""
        return format_html(
            '<div class="latest-followup">\n<p>{}: {}{}</p>\n{}\n</div>',
            link,
            counted,
            example,
            bar,
        )

    def row(self, pledge):
        pledge.state_html = self.state_html(pledge)
        pledge.followup_html = self.followup_html(pledge)
        return pledge


def _report_url(pledge, report):
    """The report's address from its pledge's, without asking the pledge for its
    municipalities again."""
    return f"{pledge.url}uppfoljning/{report.slug}/"
