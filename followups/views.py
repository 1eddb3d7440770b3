from types import SimpleNamespace

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from config.site import absolute_url
from pledges.access import Scope
from pledges.caching import public_page
from pledges.listing import Addresses
from pledges.models import Pledge
from pledges.templatetags.pledge_tags import pledge_name

from .models import FollowUpReport, count_statuses
from .services import changes_since, published_neighbours

REPORTS_PER_PAGE = 20


@public_page(params=("page",))
def latest(request):
    """The newest published follow-ups across the country."""
    reports = FollowUpReport.objects.published().newest_first().with_pledge()
    paginator = Paginator(reports, REPORTS_PER_PAGE)
    requested = request.GET.get("page")
    page = paginator.get_page(requested)
    page.object_list = count_statuses(page.object_list)
    rows = latest_rows(page.object_list)
    message = ""
    if requested is not None and requested != str(page.number):
        message = _("Det finns ingen sida ”%(page)s”. Här visas sida %(number)d av %(pages)d.") % {
            "page": requested,
            "number": page.number,
            "pages": paginator.num_pages,
        }
    context = {"page": page, "paginator": paginator, "message": message, "rows": rows}
    return render(request, "followups/latest.html", context)


def latest_rows(reports):
    """What /uppfoljningar/ shows of each report (count_statuses() done), as plain values:
    addresses from patterns reversed once, the texts translated and dates formatted here, so
    that the template's loop only prints them."""
    addresses = Addresses()
    rows = []
    for report in reports:
        pledge = report.pledge
        progress = report.summary_counts()
        published = date_format(timezone.localtime(report.published_at), "j F Y")
        rows.append(
            SimpleNamespace(
                url=addresses.of_report(pledge, pledge.sorted_municipalities[0], report.slug),
                heading=f"{pledge_name(pledge)}: {report.span.title(pledge.period_label)}",
                meta=_("Avser %(covers)s. Publicerad %(published)s.")
                % {"covers": report.covers_label, "published": published},
                is_example=report.is_example,
                progress=progress,
                percent_label=_("%(percent)s\u00a0%% av vägen") % {"percent": progress.percent},
            )
        )
    return rows


@public_page
def report_detail(request, municipality, period, report, district=""):
    """A published follow-up report: every promise's status as it was published."""
    published = FollowUpReport.objects.published().in_order()
    pledge = (
        Pledge.objects.published()
        .at_address(municipality, period, district)
        .with_municipalities()
        .prefetch_related(Prefetch("reports", queryset=published, to_attr="published_reports"))
        .order_by("pk")
        .first()
    )
    if pledge is None:
        raise Http404("Inget publicerat medborgarlöfte på den adressen.")
    reports = pledge.published_reports
    slug = report
    report = next((r for r in reports if r.slug == slug), None)
    if report is None:
        raise Http404("Ingen publicerad uppföljning på den adressen.")
    if pledge.canonical_municipality.slug != municipality:
        return redirect(report, permanent=True)
    return render_report(request, pledge, report, reports)


@staff_member_required
def report_preview(request, uid):
    """A draft report exactly as visitors will see it, for the staff who may edit it."""
    report = (
        Scope.of(request)
        .filter(FollowUpReport.objects.select_related("pledge"), "pledge")
        .filter(uid=uid)
        .first()
    )
    if report is None:
        raise Http404("Ingen uppföljning som du får förhandsgranska.")
    pledge = report.pledge
    prefetch_related_objects([pledge], "municipalities")
    reports = list(FollowUpReport.objects.published().filter(pledge=pledge).in_order())
    if report not in reports:
        reports = sorted([*reports, report], key=lambda r: (r.covers_end, r.covers_start, r.pk))
    return render_report(request, pledge, report, reports, preview=True)


def render_report(request, pledge, report, reports, preview=False):
    previous, following = published_neighbours(report, reports)
    # The statuses of this report and of the one its changes are counted from, in one query.
    prefetch_related_objects([r for r in (report, previous) if r], "statuses")
    statuses = list(report.statuses.all())
    if report.status == FollowUpReport.Status.DRAFT:
        # A draft shows the promises as they read now; publishing freezes them.
        prefetch_related_objects(statuses, "action__focus_area")
        for status in statuses:
            status.take_snapshot()
    changes = changes_since(report, previous, statuses)
    context = {
        "pledge": pledge,
        "report": report,
        "preview": preview,
        "statuses": statuses,
        "progress": report.summary_counts(statuses),
        "groups": report.status_groups(statuses),
        "previous": previous,
        "next": following,
        "reports": reports,
        "changes": changes,
        "changed": {status.pk for status, _before in changes},
        "canonical_url": absolute_url(report.get_absolute_url()),
    }
    response = render(request, "followups/report_detail.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
    return response
