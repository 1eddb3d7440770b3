"""The API's views, on django-ninja: each returns a dict that the serializers build and the
shapes in `schemas` check and describe (/api/v1/openapi.json). See /oppna-data/.

django-ninja rather than Django REST framework: its views are plain functions like the rest of
the site, the answer's shape is one set of pydantic classes that both checks every answer and
makes the OpenAPI document, and it adds no query, no content negotiation and no error format of
its own: the pages, errors ({"error": …}) and query counts stay exactly those of v1.
"""

from typing import Annotated
from uuid import UUID

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer
from pydantic import BaseModel, BeforeValidator, Field, WithJsonSchema, create_model
from pydantic_core import PydanticCustomError, PydanticUseDefault

from config.site import absolute_url
from followups.models import ActionStatus, FollowUpReport, prefetch_latest_reports
from municipalities.models import Municipality

from ..filters import PledgeFilter
from ..models import Action, Pledge
from . import schemas, serializers

VERSION = "1"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
# GET and HEAD, as every page of the site; the document lists GET (HEAD is the same without
# the body).
READ = ["GET", "HEAD"]

DESCRIPTION = """\
Publicerade medborgarlöften, deras löften och uppföljningar, och kommunerna, som JSON i UTF-8.
API:t går bara att läsa, kräver ingen inloggning och får hämtas från andra webbplatser (CORS).
HEAD går att använda överallt där GET går.

Listorna kommer i sidor (page, page_size) med adresser till nästa och föregående sida.
Ett fel är ett objekt med error och felkoden 400 för ett värde som inte går att använda,
404 för något som inte finns eller inte är publicerat.

Inom v1 tas inga fält bort och inget fält byter betydelse; nya fält kan tillkomma."""


class UnicodeJSON(JSONRenderer):
    """Swedish letters as they are, not as \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


class Api(NinjaAPI):
    def get_content_type(self):
        # As Django's JsonResponse: JSON is UTF-8 by definition (RFC 8259).
        return "application/json"

    def get_root_path(self, path_params):
        return reverse("api:index")

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        # Everything here is public and read-only and no cookies are involved.
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def get_openapi_operation_id(self, operation):
        return operation.view_func.__name__

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in document["paths"].values():
            operations.pop("head", None)
        plain_descriptions(document)
        # The parameters' classes, whose fields the operations list one by one.
        for name in ["Pages", "PledgeFilters", "CountyFilter"]:
            document["components"]["schemas"].pop(name, None)
        return document


def plain_descriptions(part):
    """Docstrings' line breaks as spaces; a blank line still parts paragraphs."""
    if isinstance(part, dict):
        for key, value in part.items():
            if key == "description" and isinstance(value, str):
                paragraphs = value.split("\n\n")
                part[key] = "\n\n".join(" ".join(p.split()) for p in paragraphs)
            else:
                plain_descriptions(value)
    elif isinstance(part, list):
        for value in part:
            plain_descriptions(value)


api = Api(
    title="Medborgarlöften",
    version=VERSION,
    description=DESCRIPTION,
    urls_namespace="api",
    renderer=UnicodeJSON(),
    # The document is served and described by views of ours (see urls.py): the library's own
    # page loads its scripts from elsewhere.
    openapi_url=None,
    docs_url=None,
)


class ApiError(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


@api.exception_handler(ApiError)
def api_error(request, error):
    return api.create_response(request, {"error": error.message}, status=error.status)


@api.exception_handler(Http404)
def not_found(request, error):
    message = _("Finns inte, eller är inte publicerat.")
    return api.create_response(request, {"error": message}, status=404)


@api.exception_handler(Exception)
def server_error(request, error):
    """Django's own 500, logged and shown as for every other page (not the library's text)."""
    raise error


@api.exception_handler(ValidationError)
def bad_parameter(request, error):
    """The message of the first parameter that was wrong, page_size before page as in v1."""
    first = min(error.errors, key=lambda problem: "page_size" not in problem["loc"])
    if first["type"] == "page":
        message = first["msg"]
    else:
        message = _("%(name)s har ett värde som inte går att använda.") % {"name": first["loc"][-1]}
    return api.create_response(request, {"error": message}, status=400)


# Parameters


def whole_number(maximum=None):
    """A number from 1 (to `maximum`) in digits, as v1 read it; empty means the default."""

    def check(value, info):
        if value in ("", None):
            raise PydanticUseDefault()
        try:
            number = int(value) if value.isascii() and value.isdigit() else 0
        except ValueError:  # more digits than Python turns into a number
            number = 0
        if number < 1 or (maximum and number > maximum):
            if maximum:
                message = _("%(name)s ska vara ett heltal från 1 till %(max)d.")
            else:
                message = _("%(name)s ska vara ett positivt heltal.")
            raise PydanticCustomError(
                "page", message % {"name": info.field_name, "max": maximum or 0}
            )
        return number

    return BeforeValidator(check)


class Pages(BaseModel):
    page: Annotated[int, whole_number()] = Field(1, ge=1, description="Sidan, från 1.")
    page_size: Annotated[int, whole_number(MAX_PAGE_SIZE)] = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Hur många per sida."
    )


# A text parameter that may be left out: a string in the document, so that a generated client
# sends nothing for it rather than an empty value.
OptionalText = Annotated[str | None, WithJsonSchema({"type": "string"})]


# What the filters whose values are read from the database take.
FILTER_VALUES = {
    "ar": "ett år som ett publicerat medborgarlöfte gäller, t.ex. 2024",
    "lan": "länskod, t.ex. 06",
    "polisregion": "polisregionens kortnamn, t.ex. syd",
    "polisomrade": "lokalpolisområdets kortnamn, t.ex. ljungby",
    "fokusomrade": "fokusområdets kortnamn, t.ex. bedragerier",
    "metod": "arbetsmetodens kortnamn, t.ex. informationsinsats",
    "q": "ord som ska finnas i texten",
}


def filter_parameters():
    """/loften/'s filters as query parameters. PledgeFilter reads and checks them (an unknown
    value is a 400 with its message); this only describes them."""
    fields = {}
    for name, pledge_filter in PledgeFilter.base_filters.items():
        choices = pledge_filter.extra.get("choices")
        if isinstance(choices, list | tuple):
            values = ", ".join(str(code) for code, _label in choices)
        else:
            values = FILTER_VALUES[name]
        fields[name] = (OptionalText, Field(None, description=f"{pledge_filter.label}: {values}."))
    return create_model("PledgeFilters", **fields)


PledgeFilters = filter_parameters()


class CountyFilter(BaseModel):
    lan: OptionalText = Field(None, description="Län: länskod, t.ex. 06.")


def paginated(request, pages, queryset, prepare, serialize):
    """{count, page, page_size, pages, next, previous, results}: `prepare` loads what the
    page's objects need, `serialize` turns each into a dict."""
    page_size, number = pages.page_size, pages.page
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


# Examples in the document, each checked against its shape by the tests.

SITE = "https://medborgarloften.example"
NOT_PUBLISHED = {"error": "Finns inte, eller är inte publicerat."}
NO_SUCH_PAGE = {"error": "Det finns ingen sida 99; sista sidan är 6."}
BAD_PAGE_SIZE = {"error": "page_size ska vara ett heltal från 1 till 100."}
BAD_FILTER = {"error": "Län: Det finns inget län med koden ”99”."}
INDEX = {
    "version": VERSION,
    "documentation": f"{SITE}/oppna-data/",
    "openapi": f"{SITE}/api/v1/openapi.json",
    **{
        name: f"{SITE}/api/v1/{name}/"
        for name in ["municipalities", "pledges", "actions", "followups"]
    },
}
VARNAMO = {
    "code": "0683",
    "name": "Värnamo",
    "slug": "varnamo",
    "county": {"code": "06", "name": "Jönköpings län"},
    "police_region": "Öst",
    "police_areas": [{"slug": "varnamo", "name": "Lokalpolisområde Värnamo"}],
    "url": f"{SITE}/kommuner/varnamo/",
    "api_url": f"{SITE}/api/v1/municipalities/0683/",
    "pledges": [
        {
            "uid": "8bcc1f46-01da-5911-bb0e-895e1b91e205",
            "api_url": f"{SITE}/api/v1/pledges/8bcc1f46-01da-5911-bb0e-895e1b91e205/",
        }
    ],
}
MUNICIPALITY_PAGE = {
    "count": 290,
    "page": 2,
    "page_size": 1,
    "pages": 290,
    "next": f"{SITE}/api/v1/municipalities/?page_size=1&page=3",
    "previous": f"{SITE}/api/v1/municipalities/?page_size=1&page=1",
    "results": [VARNAMO],
}


def examples(**by_status):
    """{status: {name: example}} as the document's examples of an operation's answers."""
    return {
        "responses": {
            int(status.removeprefix("status")): {
                "content": {
                    "application/json": {
                        "examples": {name: {"value": value} for name, value in named.items()}
                    }
                }
            }
            for status, named in by_status.items()
        }
    }


LIST_EXAMPLES = examples(
    status400={"page_size": BAD_PAGE_SIZE, "filter": BAD_FILTER},
    status404={"page": NO_SUCH_PAGE},
)
DETAIL_EXAMPLES = examples(status404={"missing": NOT_PUBLISHED})


# The endpoints


@api.api_operation(
    READ,
    "/",
    response=schemas.Index,
    url_name="index",
    summary="Ingången",
    openapi_extra=examples(status200={"index": INDEX}),
)
def index(request):
    """Adresserna till listorna och till dokumentationen."""
    absolute = absolute_url
    return {
        "version": VERSION,
        "documentation": absolute(reverse("pledges:open_data")),
        "openapi": absolute(reverse("api:openapi")),
        "municipalities": absolute(reverse("api:municipalities")),
        "pledges": absolute(reverse("api:pledges")),
        "actions": absolute(reverse("api:actions")),
        "followups": absolute(reverse("api:followups")),
    }


LIST_ERRORS = {400: schemas.Error, 404: schemas.Error}
DETAIL_ERRORS = {404: schemas.Error}


@api.api_operation(
    READ,
    "/municipalities/",
    response={200: schemas.MunicipalityPage, **LIST_ERRORS},
    url_name="municipalities",
    openapi_extra=examples(
        status200={"page": MUNICIPALITY_PAGE},
        status400={"page_size": BAD_PAGE_SIZE},
        status404={"page": NO_SUCH_PAGE},
    ),
    summary="Kommunerna",
)
def municipality_list(request, pages: Query[Pages], county: Query[CountyFilter]):
    """Kommunerna efter kommunkod, med län, polisregion, lokalpolisområden och sina publicerade
    medborgarlöften."""
    municipalities = municipalities_for_api().order_by("code")
    if county.lan:
        municipalities = municipalities.filter(county__code=county.lan)
    return paginated(request, pages, municipalities, list, serializers.municipality_data)


@api.api_operation(
    READ,
    "/municipalities/{code}/",
    response={200: schemas.Municipality, **DETAIL_ERRORS},
    url_name="municipality",
    openapi_extra=examples(status200={"varnamo": VARNAMO}, status404={"missing": NOT_PUBLISHED}),
    summary="En kommun",
)
def municipality_detail(request, code: str):
    """En kommun, efter kommunkod (fyra siffror)."""
    municipality = get_object_or_404(municipalities_for_api(), code=code)
    return serializers.municipality_data(municipality, absolute_url)


@api.api_operation(
    READ,
    "/pledges/",
    response={200: schemas.PledgePage, **LIST_ERRORS},
    url_name="pledges",
    openapi_extra=LIST_EXAMPLES,
    summary="Medborgarlöftena",
)
def pledge_list(request, pages: Query[Pages], filters: Query[PledgeFilters]):
    """Medborgarlöftena med alla sina löften och den senaste statusen för varje löfte, med
    samma filter som listan på webbplatsen."""
    pledges = pledges_for_api(filtered_pledges(request))
    return paginated(request, pages, pledges, with_latest_statuses, serializers.pledge_data)


@api.api_operation(
    READ,
    "/pledges/{uuid:uid}/",
    response={200: schemas.Pledge, **DETAIL_ERRORS},
    url_name="pledge",
    openapi_extra=DETAIL_EXAMPLES,
    summary="Ett medborgarlöfte",
)
def pledge_detail(request, uid: UUID):
    """Ett publicerat medborgarlöfte, efter sitt uid."""
    pledge = get_object_or_404(pledges_for_api(Pledge.objects.published()), uid=uid)
    with_latest_statuses([pledge])
    return serializers.pledge_data(pledge, absolute_url)


def _action_with_pledge(action, absolute):
    return serializers.action_data(action, absolute, pledge=action.pledge)


@api.api_operation(
    READ,
    "/actions/",
    response={200: schemas.ActionPage, **LIST_ERRORS},
    url_name="actions",
    openapi_extra=LIST_EXAMPLES,
    summary="Löftena",
)
def action_list(request, pages: Query[Pages], filters: Query[PledgeFilters]):
    """Löftena ett och ett, med sitt medborgarlöfte i korthet; filtren väljer
    medborgarlöftena."""
    actions = actions_for_api(
        Action.objects.filter(pledge__in=filtered_pledges(request).order_by().values("pk"))
    ).order_by(
        Coalesce("pledge__start_date", "pledge__end_date").desc(nulls_last=True),
        "pledge_id",
        "order",
        "pk",
    )
    return paginated(request, pages, actions, with_action_statuses, _action_with_pledge)


@api.api_operation(
    READ,
    "/actions/{uuid:uid}/",
    response={200: schemas.Action, **DETAIL_ERRORS},
    url_name="action",
    openapi_extra=DETAIL_EXAMPLES,
    summary="Ett löfte",
)
def action_detail(request, uid: UUID):
    """Ett löfte i ett publicerat medborgarlöfte, efter sitt uid."""
    action = get_object_or_404(actions_for_api(Action.objects.published()), uid=uid)
    with_action_statuses([action])
    return _action_with_pledge(action, absolute_url)


@api.api_operation(
    READ,
    "/followups/",
    response={200: schemas.ReportPage, **LIST_ERRORS},
    url_name="followups",
    openapi_extra=LIST_EXAMPLES,
    summary="Uppföljningarna",
)
def report_list(request, pages: Query[Pages], filters: Query[PledgeFilters]):
    """Uppföljningarna, senast publicerade först, med status per löfte; filtren väljer
    medborgarlöftena."""
    reports = reports_for_api(
        FollowUpReport.objects.published().filter(
            pledge__in=filtered_pledges(request).order_by().values("pk")
        )
    ).newest_first()
    return paginated(request, pages, reports, list, serializers.report_data)


@api.api_operation(
    READ,
    "/followups/{uuid:uid}/",
    response={200: schemas.Report, **DETAIL_ERRORS},
    url_name="followup",
    openapi_extra=DETAIL_EXAMPLES,
    summary="En uppföljning",
)
def report_detail(request, uid: UUID):
    """En publicerad uppföljning, efter sitt uid."""
    report = get_object_or_404(reports_for_api(FollowUpReport.objects.published()), uid=uid)
    return serializers.report_data(report, absolute_url)
