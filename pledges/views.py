from django.http import Http404
from django.shortcuts import redirect, render

from municipalities.models import Municipality

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
    context = {
        "pledge": pledge,
        "canonical_url": request.build_absolute_uri(pledge.get_absolute_url()),
        "previous": pledge.continues
        if pledge.continues and pledge.continues.is_published
        else None,
    }
    return render(request, "pledges/pledge_detail.html", context)
