"""A municipality's page from four prepared queries (pledges/prepared.py).

The page used to load every pledge's published reports as whole rows and the statuses of each
latest report as instances, only to count them. Here the reports come as a few fields each,
with their statuses counted per status by the database in the same query, and every pledge
row gets its address, name, state and latest follow-up as plain values. The reports stay
rows (only each pledge's latest is shown), the addresses are filled in from one reverse() per
kind, and the lines of the upcoming and earlier pledges are written out here.
"""

from html import escape
from types import SimpleNamespace

from django.db.models import CharField, Count, F, Q, Value
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from followups.fragments import progress_bar_html
from followups.models import ActionStatus, FollowUpReport, Progress
from followups.spans import Span
from pledges.models import Pledge, PledgeState
from pledges.prepared import NOW, PreparedQuery, instance, number, text

from .models import Municipality, PoliceArea

MUNICIPALITY = PreparedQuery(
    lambda slug: (
        Municipality.objects.filter(slug=slug)
        .order_by()
        .values(
            "id",
            "code",
            "name",
            "slug",
            county_code=F("county__code"),
            county_name=F("county__name"),
            county_slug=F("county__slug"),
        )
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


def _own_pledges(municipality):
    """The ids of the municipality's pledges, published or not, without joining the pledges:
    a join the database would plan on every request for nothing."""
    links = Pledge.municipalities.through.objects.filter(municipality_id=municipality)
    return links.values("pledge_id")


def _names(municipality):
    """The municipality's police areas and the municipalities of its pledges, in one query."""
    kind = lambda value: Value(value, output_field=CharField())  # noqa: E731
    areas = (
        PoliceArea.objects.filter(municipalities=municipality)
        .order_by()
        .values(kind=kind("a"), owner=Value(0), name_=F("name"), slug_=F("slug"), code=kind(""))
    )
    links = Pledge.municipalities.through.objects.filter(pledge_id__in=_own_pledges(municipality))
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
    """The published reports of the municipality's pledges, each with how many of its
    statuses have each status, counted by the database. A draft pledge's reports come too
    (rarely any): only the published pledges' rows look theirs up."""
    counts = {
        f"n_{value}": Count("statuses", filter=Q(statuses__status=value)) for value in STATUSES
    }
    return (
        FollowUpReport.objects.filter(
            pledge_id__in=_own_pledges(municipality),
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
    with `url`, `name` and `latest_report` (a row with its statuses counted, or None)."""
    rows = MUNICIPALITY.rows(slug=slug)
    if not rows:
        return None
    row = rows[0]
    municipality = instance(Municipality, row)
    county = SimpleNamespace(
        code=row["county_code"], name=row["county_name"], slug=row["county_slug"]
    )
    addresses = _addresses()
    areas, names = [], {}
    for name in NAMES.rows(municipality=municipality.pk):
        if name["kind"] == "a":
            url = addresses["area"].replace("__area__", name["slug_"])
            areas.append(SimpleNamespace(name=name["name_"], url=url))
        else:
            names.setdefault(name["owner"], []).append((name["code"], name["name_"], name["slug_"]))
    areas.sort(key=lambda area: area.name)
    # The latest of each pledge's reports, as latest_of(): by end, publication, pk.
    latest = {}
    for report in REPORTS.rows(municipality=municipality.pk, now=now):
        key = report["covers_end"], report["published_at"], report["id"]
        if report["pledge_id"] not in latest or key > latest[report["pledge_id"]][0]:
            latest[report["pledge_id"]] = (key, report)
    pledges = []
    for pledge_row in PLEDGES.rows(municipality=municipality.pk, now=now):
        pledge = instance(Pledge, pledge_row)
        own = sorted(names.get(pledge.pk, []))
        pledge.url = _pledge_url(addresses, pledge, own[0][2])
        pledge.name = _pledge_name(pledge, [name for _code, name, _slug in own])
        pledge.latest_report = latest[pledge.pk][1] if pledge.pk in latest else None
        pledges.append(pledge)
    return municipality, county, areas, pledges


def _addresses():
    """A police area's and a pledge's addresses with placeholders for the slugs: one reverse()
    per kind of address rather than one per row."""
    slugs = {"municipality": "__municipality__", "period": "__period__"}
    return {
        "area": reverse("municipalities:police_area", kwargs={"slug": "__area__"}),
        "whole": reverse("pledges:detail", kwargs=slugs),
        "district": reverse(
            "pledges:district_detail", kwargs={**slugs, "district": "__district__"}
        ),
    }


def _pledge_url(addresses, pledge, municipality_slug):
    address = addresses["district" if pledge.district_slug else "whole"]
    address = address.replace("__municipality__", municipality_slug)
    address = address.replace("__period__", pledge.period_slug)
    return address.replace("__district__", pledge.district_slug)


def _pledge_name(pledge, municipality_names):
    """As the pledge_name filter: 'Ljungby 2017–2018', 'Malmö, Rosengård 2024'."""
    name = ", ".join(municipality_names)
    if pledge.district:
        name = f"{name}, {pledge.district}"
    return f"{name} {pledge.period_label}"


class Rows:
    """What the page shows of each pledge, with each label translated once and the HTML of
    a row written out here rather than through the template's filters and includes."""

    def __init__(self):
        self.states = {value: escape(str(label)) for value, label in PledgeState.choices}
        self.latest = gettext("Senaste uppföljning (%(name)s)")
        self.nothing_counted = escape(gettext("inga löften att räkna in"))
        self.no_followup = escape(gettext("Ingen uppföljning publicerad"))
        self.example = escape(gettext("Exempel"))

    def state_html(self, pledge):
        state = pledge.state
        return f'<span class="state state--{state}">{self.states[state]}</span>'

    def followup_html(self, pledge):
        """includes/latest_followup.html for the pledge, built once in Python."""
        report = pledge.latest_report
        if report is None:
            return f'<p class="latest-followup muted">{self.no_followup}</p>'
        progress = Progress.of_counts({v: report[f"n_{v}"] for v in STATUSES if report[f"n_{v}"]})
        url = escape(f"{pledge.url}uppfoljning/{report['slug']}/")
        span = Span(report["kind"], report["year"] or 0, report["number"] or 0)
        link = escape(self.latest % {"name": span.name})
        counted = escape(progress.done_label) if progress.counted else self.nothing_counted
        example = (
            f' <span class="chip chip--example">{self.example}</span>'
            if report["is_example"]
            else ""
        )
        bar = progress_bar_html(progress.percent) if progress.counted else ""
        return (
            f'<div class="latest-followup">\n<p><a href="{url}">{link}</a>: {counted}{example}'
            f"</p>\n{bar}\n</div>"
        )

    def row(self, pledge):
        pledge.state_html = mark_safe(self.state_html(pledge))
        followup = self.followup_html(pledge)
        pledge.followup_html = mark_safe(followup)
        # The line of an upcoming or earlier pledge (an upcoming one has no follow-up yet).
        line = (
            f'<li><a href="{escape(pledge.url)}">{escape(pledge.name)}</a> {pledge.state_html} '
            f'<span class="muted">{escape(pledge.title)}</span>'
        )
        pledge.upcoming_html = mark_safe(f"{line}</li>")
        pledge.earlier_html = mark_safe(f"{line}{followup}</li>")
        return pledge
