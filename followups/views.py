from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from pledges.models import Pledge

from .models import FollowUpReport
from .services import changes_since, published_neighbours

REPORTS_PER_PAGE = 20


def latest(request):
    """The newest published follow-ups across the country."""
    reports = FollowUpReport.objects.published().newest_first().with_summary()
    paginator = Paginator(reports, REPORTS_PER_PAGE)
    requested = request.GET.get("page")
    page = paginator.get_page(requested)
    message = ""
    if requested is not None and requested != str(page.number):
        message = _("Det finns ingen sida ”%(page)s”. Här visas sida %(number)d av %(pages)d.") % {
            "page": requested,
            "number": page.number,
            "pages": paginator.num_pages,
        }
    context = {"page": page, "paginator": paginator, "message": message}
    return render(request, "followups/latest.html", context)


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

    previous, following = published_neighbours(report, reports)
    # The statuses of this report and of the one its changes are counted from, in one query.
    prefetch_related_objects([r for r in (report, previous) if r], "statuses")
    statuses = list(report.statuses.all())
    changes = changes_since(report, previous, statuses)
    context = {
        "pledge": pledge,
        "report": report,
        "statuses": statuses,
        "progress": report.summary_counts(statuses),
        "groups": report.status_groups(statuses),
        "previous": previous,
        "next": following,
        "reports": reports,
        "changes": changes,
        "changed": {status.pk for status, _before in changes},
        "canonical_url": request.build_absolute_uri(report.get_absolute_url()),
    }
    return render(request, "followups/report_detail.html", context)
