from dataclasses import dataclass
from types import SimpleNamespace

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from pledges.caching import public_page
from pledges.models import Pledge, PledgeState

from . import page
from .models import Municipality, PoliceArea, swedish_sort_key

MAX_QUERY_LENGTH = 100

# /kommuner/?visa=…: which municipalities the list shows, by their pledges.
SHOW_CHOICES = {
    "": _lazy("Alla kommuner"),
    "gallande": _lazy("Med ett löfte som gäller nu"),
    "med-lofte": _lazy("Med något publicerat löfte"),
}


@public_page(params=("q",))
def municipality_list(request):
    q = request.GET.get("q", "").replace("\x00", "").strip()  # PostgreSQL refuses NUL.
    municipalities = Municipality.objects.select_related("county").order_by("county__code", "name")
    message = ""
    if len(q) > MAX_QUERY_LENGTH:
        message = _("Sökningen får vara högst %(max)d tecken lång.") % {"max": MAX_QUERY_LENGTH}
    elif q:
        matches = municipalities.search(q)
        found = list(matches[:2])
        if len(found) == 1:
            return redirect(found[0])
        if found:
            municipalities = matches
        else:
            message = _("Ingen kommun matchar ”%(q)s”. Här är alla kommuner.") % {"q": q}
    show = request.GET.get("visa", "")
    if show not in SHOW_CHOICES:
        show = ""
    context = {
        "municipalities": _list_rows(municipalities, show),
        "q": q,
        "message": message,
        "is_filtered": bool(q) and not message,
        "show": show,
        "show_choices": SHOW_CHOICES.items(),
    }
    return render(request, "municipalities/municipality_list.html", context)


@dataclass(frozen=True)
class County:
    code: str
    slug: str
    name: str


@dataclass
class Row:
    """A municipality in the list, with the pledge it shows (or None): plain values, no models."""

    name: str
    url: str
    county: County
    pledge: SimpleNamespace | None  # see PledgeQuerySet.summaries


def _list_rows(municipalities, show):
    """The rows of /kommuner/, by county and name, in two queries however many there are.

    290 rows are built from plain values with one reverse() per kind of address and each label
    translated once: loading every municipality, county and latest pledge as model instances
    and reversing every address took most of the page's time.
    """
    values = municipalities.with_latest_pledge(Pledge.objects.published()).values(
        "name",
        "slug",
        "county__code",
        "county__slug",
        "county__name",
        "latest_pledge_id",
        "current_pledge_id",
    )
    if show == "gallande":
        values = [v for v in values if v["current_pledge_id"]]
    elif show == "med-lofte":
        values = [v for v in values if v["latest_pledge_id"]]
    values = sorted(values, key=lambda v: (v["county__code"], swedish_sort_key(v["name"])))
    shown = {v["current_pledge_id"] or v["latest_pledge_id"] for v in values} - {None}
    pledges = Pledge.objects.summaries(shown)
    municipality_url = reverse("municipalities:detail", kwargs={"slug": SLUG}).replace
    counties = {}
    rows = []
    for v in values:
        county = counties.setdefault(
            v["county__code"], County(v["county__code"], v["county__slug"], v["county__name"])
        )
        url = municipality_url(SLUG, v["slug"])
        pledge = pledges.get(v["current_pledge_id"] or v["latest_pledge_id"])
        rows.append(Row(v["name"], url, county, pledge))
    return rows


SLUG = "__slug__"


@public_page
def municipality_detail(request, slug):
    found = page.municipality_page(slug, timezone.now())
    if found is None:
        return _did_you_mean(request, slug)
    municipality, county, police_areas, pledges = found
    rows = page.Rows()
    context = {
        "municipality": municipality,
        "county": county,
        "police_areas": police_areas,
        **_by_time([rows.row(pledge) for pledge in pledges], timezone.localdate()),
    }
    return render(request, "municipalities/municipality_detail.html", context)


def _did_you_mean(request, slug):
    """Håbo and Habo are both /kommuner/habo/: ask which one. Anything else is a 404."""
    candidates = Municipality.objects.named_like(slug)
    if len(candidates) == 1:
        return redirect(candidates[0])
    if not candidates:
        raise Http404("Ingen kommun med den adressen.")
    return render(
        request, "municipalities/did_you_mean.html", {"candidates": candidates, "slug": slug}
    )


def _by_time(pledges, today):
    """Splits pledges (newest first) into current, upcoming and earlier ones.

    When none is in force today, the newest earlier period counts as current; a city can have
    several pledges for one period, one per district. A pledge without any period comes last
    among the earlier ones.
    """
    current = [p for p in pledges if p.is_current(today)]
    upcoming = [p for p in pledges if p.is_upcoming(today)]
    earlier = [p for p in pledges if p.has_ended(today)]
    earlier += [p for p in pledges if p.state_on(today) == PledgeState.NOT_STATED]
    is_current = bool(current)
    if not current and earlier and earlier[0].end_date:
        newest = (earlier[0].start_date, earlier[0].end_date)
        current = [p for p in earlier if (p.start_date, p.end_date) == newest]
        earlier = earlier[len(current) :]
    return {"current": current, "upcoming": upcoming, "earlier": earlier, "is_current": is_current}


@public_page
def police_area_list(request):
    areas = (
        PoliceArea.objects.select_related("region")
        .prefetch_related(Prefetch("municipalities", Municipality.objects.order_by("name")))
        .order_by("region__name", "name")
    )
    return render(request, "municipalities/police_area_list.html", {"areas": areas})


@public_page
def police_area_detail(request, slug):
    published = Pledge.objects.published().with_municipalities().newest_first()
    municipalities = Municipality.objects.order_by("name").prefetch_related(
        Prefetch("pledges", queryset=published, to_attr="published_pledges")
    )
    area = get_object_or_404(
        PoliceArea.objects.select_related("region").prefetch_related(
            Prefetch("municipalities", queryset=municipalities)
        ),
        slug=slug,
    )
    return render(request, "municipalities/police_area_detail.html", {"area": area})
