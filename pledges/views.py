from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from followups import schedule
from followups.models import prefetch_latest_reports
from municipalities.models import Municipality

from .access import Scope
from .models import Pledge


def home(request):
    latest = Pledge.objects.published().with_municipalities().recently_published()[:10]
    names = Municipality.objects.order_by("name").values_list("name", flat=True)
    return render(request, "pledges/home.html", {"latest_pledges": latest, "names": names})


def pledge_detail(request, municipality, period, district=""):
    pledge = (
        Pledge.objects.published()
        .at_address(municipality, period, district)
        .with_details()
        .order_by("pk")
        .first()
    )
    if pledge is None:
        raise Http404("Inget publicerat medborgarlöfte på den adressen.")
    if pledge.canonical_municipality.slug != municipality:
        return redirect(pledge, permanent=True)
    return render_pledge(request, pledge)


@staff_member_required
def pledge_preview(request, uid):
    """A draft exactly as visitors will see it, for the staff who may edit it."""
    pledge = Scope.of(request).pledges(Pledge.objects.with_details()).filter(uid=uid).first()
    if pledge is None:
        raise Http404("Inget löfte som du får förhandsgranska.")
    return render_pledge(request, pledge, preview=True)


def render_pledge(request, pledge, preview=False):
    prefetch_latest_reports([pledge])
    latest = pledge.latest_report
    if latest:
        # Beside each promise, its status in the latest report.
        by_action = {status.action_id: status for status in latest.statuses.all()}
        for action in pledge.actions.all():
            action.latest_status = by_action.get(action.pk)
    today = timezone.localdate()
    expected = schedule.expected_reports(pledge, pledge.published_reports, today)
    published = [e for e in expected if e.state == schedule.DONE]
    context = {
        "pledge": pledge,
        "preview": preview,
        "canonical_url": request.build_absolute_uri(pledge.get_absolute_url()),
        "previous": pledge.continues
        if pledge.continues and pledge.continues.is_published
        else None,
        "latest_report": latest,
        "progress": latest.summary_counts() if latest else None,
        "next_expected": schedule.next_expected(pledge, pledge.published_reports, today),
        "late_reports": [e for e in expected if e.is_late],
        "all_expected_published": bool(expected) and len(published) == len(expected),
        "change_log": pledge.change_log(),
    }
    response = render(request, "pledges/pledge_detail.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
    return response
