"""The API's views: each returns a dict, `api_view` makes it JSON. See /oppna-data/."""

from functools import wraps

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from config.site import absolute_url
from followups.models import ActionStatus, FollowUpReport, prefetch_latest_reports
from municipalities.models import Municipality

from ..filters import PledgeFilter
from ..models import Action, Pledge
from . import serializers

VERSION = "1"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


class ApiError(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def api_view(view):
    """GET and HEAD only; JSON in UTF-8; errors as {"error": …}; open to every origin (CORS),
    since everything here is public and read-only and no cookies are involved."""

    @require_safe
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            data, status = view(request, *args, **kwargs), 200
        except ApiError as error:
            data, status = {"error": error.message}, error.status
        except Http404:
            data, status = {"error": _("Finns inte, eller är inte publicerat.")}, 404
        response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def _number(request, name, default, maximum=None):
    value = request.GET.get(name, "")
    if value == "":
        return default
    if not value.isdigit() or int(value) < 1 or (maximum and int(value) > maximum):
        if maximum:
            message = _("%(name)s ska vara ett heltal från 1 till %(max)d.")
        else:
            message = _("%(name)s ska vara ett positivt heltal.")
        raise ApiError(message % {"name": name, "max": maximum or 0})
    return int(value)


def paginated(request, queryset, prepare, serialize):
    """{count, page, page_size, pages, next, previous, results}: `prepare` loads what the
    page's objects need, `serialize` turns each into a dict."""
    page_size = _number(request, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    number = _number(request, "page", 1)
    paginator = Paginator(queryset, page_size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        raise ApiError(
            _("Det finns ingen sida %(page)d; sista sidan är %(pages)d.")
            % {"page": number, "pages": paginator.num_pages},
            status=404,
        ) from None

    def link(to):
        query = request.GET.copy()
        query["page"] = to
        return absolute_url(f"{request.path}?{query.urlencode()}")

    objects = prepare(list(page.object_list))
    return {
        "count": paginator.count,
        "page": page.number,
        "page_size": page_size,
        "pages": paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [serialize(obj, absolute_url) for obj in objects],
    }


def filtered_pledges(request):
    """The published pledges that /loften/'s filters in the query string select."""
    pledge_filter = PledgeFilter(request.GET or None, queryset=Pledge.objects.published())
    problems = pledge_filter.problems()
    if problems:
        raise ApiError("; ".join(f"{label}: {message}" for label, message in problems))
    return pledge_filter.qs


# Loading what the serializers need, a fixed number of queries per page.


def municipalities_for_api():
    published = Pledge.objects.published().newest_first().only("pk", "uid")
    return Municipality.objects.select_related("county__police_region").prefetch_related(
        "police_areas", Prefetch("pledges", queryset=published, to_attr="published_pledges")
    )


def pledges_for_api(queryset):
    return (
        queryset.with_listing()
        .select_related("continues")
        .prefetch_related("signatories", "parties", "actions__targets")
    )


def with_latest_statuses(pledges):
    """Loads each pledge's published reports and gives its actions `latest_status`."""
    prefetch_latest_reports(pledges)
    for pledge in pledges:
        latest = pledge.latest_report
        by_action = {s.action_id: s for s in latest.statuses.all()} if latest else {}
        for action in pledge.actions.all():
            action.latest_status = by_action.get(action.pk)
    return pledges


def actions_for_api(queryset):
    return queryset.select_related("focus_area", "pledge").prefetch_related(
        "methods",
        "targets",
        Prefetch("pledge__municipalities", Municipality.objects.order_by("code")),
    )


def with_action_statuses(actions):
    """Gives each action the status of its pledge's latest published report."""
    pledges = {action.pledge_id: action.pledge for action in actions}
    prefetch_latest_reports(list(pledges.values()))
    latest = {pk: p.latest_report for pk, p in pledges.items()}
    statuses = {
        s.action_id: s for report in latest.values() if report for s in report.statuses.all()
    }
    for action in actions:
        action.latest_status = statuses.get(action.pk)
    return actions


def reports_for_api(queryset):
    by_code = Municipality.objects.order_by("code")
    return queryset.select_related("pledge").prefetch_related(
        Prefetch("pledge__municipalities", queryset=by_code),
        Prefetch("statuses", queryset=ActionStatus.objects.select_related("action")),
    )


# The endpoints


@api_view
def index(request):
    absolute = absolute_url
    return {
        "version": VERSION,
        "documentation": absolute(reverse("pledges:open_data")),
        "municipalities": absolute(reverse("api:municipalities")),
        "pledges": absolute(reverse("api:pledges")),
        "actions": absolute(reverse("api:actions")),
        "followups": absolute(reverse("api:followups")),
    }


@api_view
def municipality_list(request):
    municipalities = municipalities_for_api().order_by("code")
    county = request.GET.get("lan", "")
    if county:
        municipalities = municipalities.filter(county__code=county)
    return paginated(request, municipalities, list, serializers.municipality_data)


@api_view
def municipality_detail(request, code):
    municipality = get_object_or_404(municipalities_for_api(), code=code)
    return serializers.municipality_data(municipality, absolute_url)


@api_view
def pledge_list(request):
    pledges = pledges_for_api(filtered_pledges(request))
    return paginated(request, pledges, with_latest_statuses, serializers.pledge_data)


@api_view
def pledge_detail(request, uid):
    pledge = get_object_or_404(pledges_for_api(Pledge.objects.published()), uid=uid)
    with_latest_statuses([pledge])
    return serializers.pledge_data(pledge, absolute_url)


def _action_with_pledge(action, absolute):
    return serializers.action_data(action, absolute, pledge=action.pledge)


@api_view
def action_list(request):
    actions = actions_for_api(
        Action.objects.filter(pledge__in=filtered_pledges(request).order_by().values("pk"))
    ).order_by(
        Coalesce("pledge__start_date", "pledge__end_date").desc(nulls_last=True),
        "pledge_id",
        "order",
        "pk",
    )
    return paginated(request, actions, with_action_statuses, _action_with_pledge)


@api_view
def action_detail(request, uid):
    action = get_object_or_404(actions_for_api(Action.objects.published()), uid=uid)
    with_action_statuses([action])
    return _action_with_pledge(action, absolute_url)


@api_view
def report_list(request):
    reports = reports_for_api(
        FollowUpReport.objects.published().filter(
            pledge__in=filtered_pledges(request).order_by().values("pk")
        )
    ).newest_first()
    return paginated(request, reports, list, serializers.report_data)


@api_view
def report_detail(request, uid):
    report = get_object_or_404(reports_for_api(FollowUpReport.objects.published()), uid=uid)
    return serializers.report_data(report, absolute_url)
