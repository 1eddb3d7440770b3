"""Comparing municipalities: a focus area in a year (/fokusomraden/<slug>/), a year per county
and the map of today (/oversikt/). Each page is a fixed number of queries, however many pledges
there are."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followups.models import FollowUpReport, Progress, prefetch_latest_reports
from municipalities import map_paths
from municipalities.models import County, Municipality, swedish_sort_key

from .models import Action, FocusArea, Pledge, PledgeState


def chosen_year(requested, years, today=None):
    """(year, message): the year asked for (?ar=) when it is one of `years`, else this year (or
    the latest of `years` before it), and a message when the one asked for could not be used."""
    today = today or timezone.localdate()
    if not years:
        return None, ""
    past = [year for year in years if year <= today.year]
    default = past[-1] if past else years[0]
    if requested is None or requested == "":
        return default, ""
    if requested.isdigit() and int(requested) in years:
        return int(requested), ""
    return default, _(
        "Det finns inga publicerade medborgarlöften för ”%(requested)s”. Här visas %(year)d."
    ) % {"requested": requested[:20], "year": default}


def focus_area_counts():
    """{focus area id: number of published pledges that name it or have a promise in it}."""
    published = Pledge.objects.published().values("pk")
    named = Pledge.focus_areas.through.objects.filter(pledge__in=published)
    pairs = set(named.values_list("focusarea_id", "pledge_id"))
    in_actions = Action.objects.filter(pledge__in=published, focus_area__isnull=False)
    pairs |= set(in_actions.values_list("focus_area_id", "pledge_id"))
    counts = {}
    for focus_area_id, _pledge_id in pairs:
        counts[focus_area_id] = counts.get(focus_area_id, 0) + 1
    return counts


def focus_areas_with_counts():
    counts = focus_area_counts()
    focus_areas = list(FocusArea.objects.order_by("name"))
    for focus_area in focus_areas:
        focus_area.pledge_count = counts.get(focus_area.pk, 0)
    return focus_areas


@dataclass
class Entry:
    """One pledge in a focus area: its promises there, their latest statuses and progress."""

    pledge: object
    actions: list
    report: object
    progress: object
    progress_is_for_area: bool

    @property
    def county(self):
        counties = self.pledge.counties
        return counties[0] if counties else None


def focus_area_entries(focus_area, year):
    """The published pledges for the year that work on the focus area, by county and name."""
    pledges = prefetch_latest_reports(
        Pledge.objects.published().with_focus_area(focus_area.slug).for_year(year).with_listing()
    )
    entries = []
    for pledge in pledges:
        report = pledge.latest_report
        statuses = {s.action_id: s for s in report.statuses.all()} if report else {}
        actions = [a for a in pledge.actions.all() if a.focus_area_id == focus_area.pk]
        for action in actions:
            action.latest_status = statuses.get(action.pk)
        in_area = [statuses[a.pk] for a in actions if a.pk in statuses]
        progress = None
        if in_area:
            progress = Progress.of(in_area)
        elif report:
            progress = report.summary_counts()
        entries.append(Entry(pledge, actions, report, progress, bool(in_area)))
    entries.sort(
        key=lambda e: (
            e.county.code if e.county else "",
            e.pledge.sorted_municipalities[0].name if e.pledge.sorted_municipalities else "",
            e.pledge.district,
        )
    )
    return entries


@dataclass
class CountyRow:
    county: County
    municipalities: int
    pledged: int
    followed_up: int

    @property
    def pledged_percent(self):
        return round(100 * self.pledged / self.municipalities) if self.municipalities else 0

    @property
    def followed_up_percent(self):
        return round(100 * self.followed_up / self.municipalities) if self.municipalities else 0


def county_overview(year):
    """Per county: its municipalities, how many have a published pledge for the year, and how
    many of those a published follow-up for the year. A total row last."""
    for_year = Pledge.objects.published().for_year(year)
    reported = for_year.filter(
        pk__in=FollowUpReport.objects.published().for_year(year).values("pledge_id")
    )
    covers = Pledge.municipalities.through.objects
    pledged = set(covers.filter(pledge__in=for_year).values_list("municipality_id", flat=True))
    followed = set(covers.filter(pledge__in=reported).values_list("municipality_id", flat=True))
    county_of = dict(Municipality.objects.values_list("pk", "county_id"))
    rows = []
    counties = County.objects.annotate(size=Count("municipalities")).order_by("code")
    for county in counties:
        rows.append(
            CountyRow(
                county,
                county.size,
                sum(1 for m in pledged if county_of.get(m) == county.pk),
                sum(1 for m in followed if county_of.get(m) == county.pk),
            )
        )
    total = CountyRow(
        None,
        sum(r.municipalities for r in rows),
        sum(r.pledged for r in rows),
        sum(r.followed_up for r in rows),
    )
    return rows, total


class MapState(models.TextChoices):
    """What the map on /oversikt/ shows for a municipality, the strongest first."""

    FOLLOWED_UP = "followed-up", gettext_lazy("Löfte som följts upp i år")
    IN_FORCE = "in-force", gettext_lazy("Löfte som gäller i dag")
    NOT_IN_FORCE = "not-in-force", gettext_lazy("Löften, men inget som gäller i dag")
    NONE = "none", gettext_lazy("Inget publicerat löfte")


@dataclass
class MapShape:
    municipality: Municipality
    state: str
    path: str

    @property
    def label(self):
        return f"{self.municipality.name}: {MapState(self.state).label.lower()}"


def municipality_map(today=None, county_code=None):
    """(shapes, view box, {state: count}): every municipality (or the county's) with its outline
    and its state today. Three queries, however many pledges there are."""
    today = today or timezone.localdate()
    published = Pledge.objects.published()
    covers = Pledge.municipalities.through.objects.filter(pledge__in=published)
    # In force as the pledge's state says (Pledge.state_on), the one rule for every page.
    in_force = published.in_state(PledgeState.CURRENT, on=today).filter(pk=OuterRef("pledge_id"))
    pledged, current = set(), set()
    rows = covers.annotate(current=Exists(in_force)).values_list("municipality_id", "current")
    for municipality_id, is_current in rows:
        pledged.add(municipality_id)
        if is_current:
            current.add(municipality_id)
    reported = FollowUpReport.objects.published().for_year(today.year).values("pledge_id")
    followed = set(
        covers.filter(pledge__in=reported).values_list("municipality_id", flat=True).distinct()
    )
    municipalities = Municipality.objects.select_related("county").order_by("code")
    if county_code:
        municipalities = municipalities.filter(county__code=county_code)
    shapes = []
    for municipality in municipalities:
        if municipality.pk in followed:
            state = MapState.FOLLOWED_UP
        elif municipality.pk in current:
            state = MapState.IN_FORCE
        elif municipality.pk in pledged:
            state = MapState.NOT_IN_FORCE
        else:
            state = MapState.NONE
        shapes.append(MapShape(municipality, state.value, map_paths.outline(municipality.code)))
    shapes.sort(key=lambda shape: swedish_sort_key(shape.municipality.name))
    counts = dict.fromkeys(MapState.values, 0)
    for shape in shapes:
        counts[shape.state] += 1
    codes = [shape.municipality.code for shape in shapes] if county_code else None
    return shapes, map_paths.view_box(codes), counts
