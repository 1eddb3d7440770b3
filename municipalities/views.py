import json
from dataclasses import dataclass

from django.db.models import Prefetch, TextField
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pledges import listing, periods
from pledges.caching import public_page
from pledges.fragments import escape
from pledges.models import Pledge, PledgeState

from . import page
from .models import Municipality, PoliceArea, swedish_sort_key

MAX_QUERY_LENGTH = 100

# /kommuner/?visa=…: which municipalities the list shows, by their pledges.
SHOW_CHOICES = {
    "": gettext_lazy("Alla kommuner"),
    "gallande": gettext_lazy("Med ett löfte som gäller nu"),
    "med-lofte": gettext_lazy("Med något publicerat löfte"),
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
    counties = _list_rows(municipalities, show)
    county_index, county_sections = _written_out(counties)
    context = {
        "county_index": county_index,
        "county_sections": county_sections,
        "count": sum(len(county.rows) for county in counties),
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
class CountyRows:
    """A county's part of the list: the county and its rows, already written out."""

    county: County
    rows: list  # of str, one <li> each


def _list_rows(municipalities, show):
    """The counties of /kommuner/ with their rows, by county and name, in one query.

    Each municipality's pledge is chosen from its stored candidates (pledges/listing.py) on
    the day. The 290 rows are written out here from plain values, with one reverse() per kind
    of address and each label translated once: a template loop (or an include) per row took
    most of the page's time.
    """
    # The candidates are read as text and parsed in one go: 290 JSON values decoded one by
    # one cost a sixth of the page.
    values = list(
        municipalities.values_list(
            "name",
            "slug",
            "county__code",
            "county__slug",
            "county__name",
            Cast("pledge_listing__candidates", TextField()),
        )
    )
    all_candidates = json.loads(f"[{','.join(row[5] or 'null' for row in values)}]")
    now, today = timezone.now().timestamp(), timezone.localdate().isoformat()
    chosen = []
    for (name, slug, code, county_slug, county_name, _text), candidates in zip(
        values, all_candidates, strict=True
    ):
        current, latest = listing.choose(candidates, now, today)
        if show == "gallande" and current is None or show == "med-lofte" and latest is None:
            continue
        chosen.append(
            (code, swedish_sort_key(name), name, slug, county_slug, county_name, current or latest)
        )
    chosen.sort(key=lambda c: c[:2])

    municipality_url = reverse("municipalities:detail", kwargs={"slug": SLUG}).replace
    slugs = {"municipality": "__municipality__", "period": "__period__"}
    pledge_url = reverse("pledges:detail", kwargs=slugs)
    district_url = reverse("pledges:district_detail", kwargs={**slugs, "district": "__district__"})
    states = {state: escape(str(label)) for state, label in PledgeState.choices}
    no_pledge = f'<span class="muted">{escape(_("Inget publicerat löfte"))}</span></li>'
    period_labels = {}
    counties = {}
    for code, _key, name, slug, county_slug, county_name, pledge in chosen:
        county = counties.get(code)
        if county is None:
            county = counties[code] = CountyRows(County(code, county_slug, county_name), [])
        url = escape(municipality_url(SLUG, slug))
        row = f'<li><a class="municipality-list__name" href="{url}">{escape(name)}</a> '
        if pledge is None:
            county.rows.append(row + no_pledge)
            continue
        ufn = "ufn" in pledge
        key = (pledge["start"], pledge["end"], pledge.get("sp"), pledge.get("ep"), ufn)
        period = period_labels.get(key)
        if period is None:
            start, end = listing.dates(pledge)
            period = period_labels[key] = escape(
                periods.label(
                    start,
                    end,
                    start_precision=pledge.get("sp", periods.DAY),
                    end_precision=pledge.get("ep", periods.DAY),
                    until_further_notice=ufn,
                )
            )
        if "district" in pledge:
            url = district_url.replace("__municipality__", pledge["m"])
            url = url.replace("__period__", pledge["p"]).replace("__district__", pledge["d"])
            period = f"{period}, {escape(pledge['district'])}"
        else:
            url = pledge_url.replace("__municipality__", pledge["m"])
            url = url.replace("__period__", pledge["p"])
        state = listing.state(pledge, today)
        county.rows.append(
            f'{row}<span class="municipality-list__pledge"><span class="state state--{state}">'
            f'{states[state]}</span> <a href="{escape(url)}">{period}</a></span></li>'
        )
    return list(counties.values())


def _written_out(counties):
    """(the county index's <li>s, the counties' <section>s) as HTML: a template loop over the
    21 counties cost a third of the page's rendering."""
    index, sections = [], []
    for group in counties:
        slug, name = escape(group.county.slug), escape(group.county.name)
        index.append(f'<li><a href="#{slug}">{name}</a></li>')
        rows = "\n    ".join(group.rows)
        sections.append(
            f'<section class="county" aria-labelledby="{slug}">\n'
            f'  <h2 id="{slug}">{name}</h2>\n'
            f'  <ul class="municipality-list">\n    {rows}\n  </ul>\n</section>'
        )
    return mark_safe("".join(index)), mark_safe("\n\n".join(sections))


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
