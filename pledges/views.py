from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.site import absolute_url
from followups import schedule
from followups.models import ActionStatus, latest_of, prefetch_latest_reports
from municipalities import map_paths
from municipalities.models import Municipality

from . import compare, exports, fulltext, list_rows, page, search, start_page
from .access import Scope
from .caching import public_page
from .filters import SORTS, PledgeFilter, mark_matching_actions
from .models import Action, FocusArea, Method, Pledge, PledgeState
from .paging import IdsFirst, page_of
from .templatetags.pledge_tags import pledge_name


@public_page
def home(request):
    """Task first: find your municipality; then the pledges in force, with how far they got
    (the latest published, each with its state, when none is in force)."""
    cards, in_force = start_page.in_force_or_latest()
    context = {"cards": cards, "in_force": in_force, "names": start_page.name_options()}
    return render(request, "pledges/home.html", context)


@public_page
def pledge_detail(request, municipality, period, district=""):
    pledge = page.pledge_at_address(municipality, period, district, timezone.now())
    if pledge is None:
        return pledge_not_found(request, municipality)
    if pledge.canonical_municipality.slug != municipality:
        return redirect(pledge, permanent=True)
    return render_pledge(request, pledge)


def pledge_not_found(request, municipality_slug):
    """A 404 at a known municipality's address: lists the pledges it has, to choose from."""
    municipality = Municipality.objects.filter(slug=municipality_slug).first()
    if municipality is None:
        raise Http404("Inget publicerat medborgarlöfte på den adressen.")
    pledges = (
        Pledge.objects.published()
        .for_municipality(municipality)
        .with_municipalities()
        .newest_first()
    )
    context = {"municipality": municipality, "pledges": pledges}
    return render(request, "pledges/pledge_not_found.html", context, status=404)


@staff_member_required
def pledge_preview(request, uid):
    """A draft exactly as visitors will see it, for the staff who may edit it."""
    pk = Scope.of(request).pledges(Pledge.objects.all()).filter(uid=uid).values("pk").first()
    if pk is None:
        raise Http404("Inget löfte som du får förhandsgranska.")
    return render_pledge(request, page.pledge_by_pk(pk["pk"], timezone.now()), preview=True)


def render_pledge(request, pledge, preview=False):
    """The pledge page: the pledge from pledges/page.py, its promises prepared in Python."""
    now = timezone.now()
    # A draft pledge's reports are not public yet, as FollowUpReport.objects.published() says.
    reports = page.published_reports(pledge, now) if pledge.is_published else []
    pledge.published_reports = reports
    latest = latest_of(reports)
    extras, statuses, progress = page.promise_extras(pledge, latest, now)
    actions, labels = page.promises(pledge, extras, statuses, get_language())
    groups = [
        (heading, page.action_list_html(members, heading, latest, labels))
        for heading, members in page.group_promises(actions)
    ]
    previous = None
    if pledge.continues_id:
        previous = (
            Pledge.objects.published().filter(pk=pledge.continues_id).with_municipalities().first()
        )
    successors = []
    if pledge.has_successors:
        successors = list(
            Pledge.objects.published().filter(continues=pledge).with_municipalities().newest_first()
        )
    segments = progress.segments if progress else []
    today = timezone.localdate()
    expected = schedule.expected_reports(pledge, reports, today)
    published = [e for e in expected if e.state == schedule.DONE]
    context = {
        "pledge": pledge,
        "preview": preview,
        "canonical_url": absolute_url(pledge.get_absolute_url()),
        "previous": previous,
        "successors": successors,
        "latest_report": latest,
        "progress": progress,
        "status_bar": page.status_bar_html(segments, labels) if segments else "",
        "actions_source": page.actions_source_html(latest) if latest else "",
        "report_links": page.report_links(pledge, reports),
        "action_count": len(actions),
        "promise_count_label": page.promise_count_label(len(actions)),
        "promise_index": page.promise_index_html(actions),
        "action_groups": groups,
        "police_area_url": page.police_area_url(pledge.police_area_slug)
        if pledge.police_area_slug
        else "",
        "next_expected": next((e for e in expected if e.state == schedule.UPCOMING), None),
        "final_report_missing": final_report_missing(pledge),
        "late_reports": [e for e in expected if e.is_late],
        "all_expected_published": bool(expected) and len(published) == len(expected),
        "change_log": pledge.change_log(),
    }
    context["answer"] = page.answer_html(pledge, context)
    context["facts"] = page.facts_html(pledge, context["police_area_url"])
    context["pledge_label"] = pledge_name(pledge)
    response = render(request, "pledges/pledge_detail.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
    return response


def final_report_missing(pledge):
    """An ended pledge whose published follow-ups do not reach the end of its period."""
    if pledge.state != PledgeState.ENDED:
        return False
    reports = pledge.published_reports
    return not any(r.kind == r.Kind.FINAL or r.covers_end >= pledge.end_date for r in reports)


# Finding and comparing -------------------------------------------------------------------------

PLEDGES_PER_PAGE = 20


@public_page(params=(*PledgeFilter.base_filters, "page"))
def pledge_list(request):
    """Every published pledge, filtered and sorted; every state of the filters is an address."""
    clean = without_empty_parameters(request)
    if clean is not None:
        return redirect(clean)
    pledge_filter = PledgeFilter(request.GET or None, queryset=Pledge.objects.published())
    # The promises and their statuses are loaded only to mark those that match filters on
    # promises; otherwise the page shows only how many there are, counted by the database.
    criteria = pledge_filter.action_criteria()

    if criteria:

        def load(ids):
            return Pledge.objects.filter(pk__in=ids).with_listing(actions=True)

    else:
        load = list_rows.plain_rows
    paginator = Paginator(IdsFirst(pledge_filter.qs, load, PLEDGES_PER_PAGE), PLEDGES_PER_PAGE)
    page, page_message = page_of(paginator, request.GET.get("page"))
    if criteria:
        pledges = list(page.object_list)
        prefetch_latest_reports(pledges, statuses=True)
        mark_matching_actions(pledges, criteria)
        rows = list_rows.rows(pledges)
    else:
        rows = list(page.object_list)
    context = {
        "form": pledge_filter.form,
        "criteria": criteria,
        "problems": pledge_filter.problems(),
        "fields": list_rows.filter_fields(pledge_filter.form),
        "active": pledge_filter.active(),
        "active_count": len(pledge_filter.used()),
        "page": page,
        "paginator": paginator,
        "page_message": page_message,
        "rows": rows,
    }
    return render(request, "pledges/pledge_list.html", context)


def without_empty_parameters(request):
    """The address without the empty parameters a GET form sends for every field left blank
    (/loften/?ar=&lan=06 → /loften/?lan=06), or None when it has none."""
    if all(value != "" for _key, values in request.GET.lists() for value in values):
        return None
    query = request.GET.copy()
    for key, values in list(query.lists()):
        kept = [value for value in values if value != ""]
        if kept:
            query.setlist(key, kept)
        else:
            del query[key]
    return f"{request.path}?{query.urlencode()}" if query else request.path


def pledge_export(request, file_format):
    """The promises of the pledges /loften/ lists with the same filters, as CSV or JSON, served
    from a file made once per content version (and filter): see pledges/exports.py."""
    if not request.GET:
        everything = PledgeFilter(None, queryset=Pledge.objects.published()).qs
        return exports.full_response(
            request, file_format, everything, absolute_url, "medborgarloften"
        )
    pledge_filter = PledgeFilter(request.GET or None, queryset=Pledge.objects.published())
    problems = pledge_filter.problems()
    if problems:
        lines = [_("Filtren kunde inte användas:")] + [f"{label}: {msg}" for label, msg in problems]
        return HttpResponse(
            "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
        )
    return exports.filtered_response(request, file_format, pledge_filter, absolute_url)


SEARCH_RESULTS_PER_KIND = 5
SEARCH_RESULTS_PER_PAGE = 20


@public_page(params=("q", "typ", "page"))
def site_search(request):
    """Published pledges, promises, follow-ups and municipalities that match ?q=, by kind;
    ?typ= shows all matches of one kind, a page at a time."""
    q = fulltext.clean(request.GET.get("q"))
    kind = request.GET.get("typ", "")
    context = {"q": q, "kind": kind, "notices": []}
    if len(q) > fulltext.MAX_LENGTH:
        context["notices"].append(
            _("Sökningen får vara högst %(max)d tecken lång. Skriv färre ord.")
            % {"max": fulltext.MAX_LENGTH}
        )
        context["q"] = q = ""
    if kind and kind not in search.KIND_NAMES:
        context["notices"].append(
            _("Det finns ingen sorts träff som heter ”%(kind)s”. Här visas alla sorter.")
            % {"kind": kind[:40]}
        )
        context["kind"] = kind = ""
    if q:
        highlighter = search.highlighter_for(q)
        if kind:
            label, matches, result = search.kind_matches(kind, q, SEARCH_RESULTS_PER_PAGE)
            paginator = Paginator(matches, SEARCH_RESULTS_PER_PAGE)
            page, page_message = page_of(paginator, request.GET.get("page"))
            context.update(
                kind_label=label,
                page=page,
                paginator=paginator,
                results=[
                    result(item, highlighter) for item in search.with_places(page.object_list)
                ],
            )
            if page_message:
                context["notices"].append(page_message)
        else:
            context["groups"] = search.groups(q, highlighter, SEARCH_RESULTS_PER_KIND)
            context["total"] = sum(group.count for group in context["groups"])
    return render(request, "pledges/search.html", context)


@public_page
def focus_area_list(request):
    """The focus areas, each with how many published pledges work on it."""
    focus_areas = compare.focus_areas_with_counts()
    return render(request, "pledges/focus_area_list.html", {"focus_areas": focus_areas})


@public_page(params=("ar",))
def focus_area_detail(request, slug):
    """Which municipalities promised something in the focus area in a year (?ar=), what, and
    how far their latest follow-ups say they got."""
    focus_area = get_object_or_404(FocusArea, slug=slug)
    years = Pledge.objects.published().with_focus_area(slug).years()
    year, message = compare.chosen_year(request.GET.get("ar"), years)
    context = {
        "focus_area": focus_area,
        "years": years,
        "year": year,
        "message": message,
        "entries": compare.focus_area_entries(focus_area, year) if year else [],
    }
    return render(request, "pledges/focus_area_detail.html", context)


@public_page(params=("ar",))
def overview(request):
    """A year (?ar=) per county: how many municipalities have a published pledge and how many a
    published follow-up."""
    years = Pledge.objects.published().years()
    year, message = compare.chosen_year(request.GET.get("ar"), years)
    rows, total = compare.county_overview(year) if year else ([], None)
    county = next((r.county for r in rows if r.county.code == request.GET.get("lan")), None)
    shapes, view_box, counts = compare.municipality_map(county_code=county and county.code)
    context = {
        "years": years,
        "year": year,
        "message": message,
        "rows": rows,
        "total": total,
        "focus_areas": FocusArea.objects.order_by("name"),
        "map_county": county,
        "map_shapes": shapes,
        "map_view_box": view_box,
        "map_pattern": map_paths.pattern_size(view_box),
        "map_legend": [(state, label, counts[state]) for state, label in compare.MapState.choices],
        "today": timezone.localdate(),
    }
    return render(request, "pledges/overview.html", context)


@public_page
def open_data(request):
    """How to download the data and use the API: formats, columns, filters, fields."""
    context = {
        "columns": exports.COLUMNS,
        "focus_areas": FocusArea.objects.order_by("name"),
        "methods": Method.objects.order_by("name"),
        "responsible": Action.Responsible.choices,
        "statuses": ActionStatus.Status.choices,
        "sorts": [(value, label) for value, (label, _ordering) in SORTS.items()],
        "license_name": settings.OPEN_DATA_LICENSE,
        "license_url": settings.OPEN_DATA_LICENSES[settings.OPEN_DATA_LICENSE],
        "contact_email": settings.OPEN_DATA_CONTACT_EMAIL,
    }
    return render(request, "pledges/open_data.html", context)
