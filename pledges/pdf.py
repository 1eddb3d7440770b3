"""A pledge as a signing-ready PDF: /kommuner/<slug>/<period>/medborgarlofte.pdf.

Staff write the pledge here, then print it, sign it and scan it. The PDF is made from the same
data as the pledge's page (title, who gives it, period, situation, the promises with who is
responsible and their targets, the follow-up plan) and ends with a line to sign for each
signatory, with their name and title, and the place and date. A4, tagged for screen readers
(PDF/UA-1), with the portal's address and the pledge's stable address in the footer.

WeasyPrint draws it from HTML and CSS with the machine's Pango (`make pango` installs it). It is
imported when a PDF is asked for, so the rest of the site runs on a machine without Pango. It
fetches nothing: the CSS is read from the static files, and any other address in the document is
refused, so no text in a pledge can make the server fetch something.

Visitors get the PDF of a published pledge only; staff get a draft's from its preview, for the
pledges they may edit (pledges/access.py), as for the preview page itself.
"""

from functools import wraps

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse

from config.site import absolute_url

from .access import Scope
from .caching import public_page
from .models import Pledge, Signatory

STYLESHEET = "css/pledge_pdf.css"


def refuse_fetch(url, *args, **kwargs):
    raise ValueError(f"The PDF fetches nothing: {url}")


def pdf_url(pledge, preview=False):
    if preview:
        return reverse("pledges:preview_pdf", kwargs={"uid": pledge.uid})
    kwargs = {"municipality": pledge.canonical_municipality.slug, "period": pledge.period_slug}
    if pledge.district_slug:
        return reverse("pledges:district_pdf", kwargs={**kwargs, "district": pledge.district_slug})
    return reverse("pledges:pdf", kwargs=kwargs)


def render_pdf(pledge, request=None):
    """The PDF's bytes."""
    from weasyprint import CSS, HTML

    html = render_to_string(
        "pledges/pledge_pdf.html",
        {
            "pledge": pledge,
            "site_url": absolute_url("/"),
            "pledge_url": absolute_url(pledge.get_absolute_url()),
            "blank_sides": [Signatory.Side.MUNICIPALITY.label, Signatory.Side.POLICE.label],
        },
        request=request,
    )
    document = HTML(string=html, base_url=absolute_url("/"), url_fetcher=refuse_fetch)
    stylesheet = CSS(filename=finders.find(STYLESHEET), url_fetcher=refuse_fetch)
    return document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1")


def pdf_response(pledge, request):
    response = HttpResponse(render_pdf(pledge, request), content_type="application/pdf")
    return named(
        response, pledge.canonical_municipality.slug, pledge.period_slug, pledge.district_slug
    )


def named(response, *parts):
    """Saved under the municipality and period rather than the address's last part."""
    name = "-".join(["medborgarlofte", *filter(None, parts)])
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


def with_file_name(view):
    """Names the PDF also when @public_page serves it from the cache, which keeps only the
    content and its type."""

    @wraps(view)
    def wrapper(request, municipality, period, district=""):
        response = view(request, municipality, period, district)
        if response.status_code == 200:
            named(response, municipality, period, district)
        return response

    return wrapper


@with_file_name
@public_page
def pledge_pdf(request, municipality, period, district=""):
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
        return redirect(pdf_url(pledge), permanent=True)
    return pdf_response(pledge, request)


@staff_member_required
def preview_pdf(request, uid):
    """A draft's PDF, for the staff who may edit it: to read through or to sign."""
    pledge = Scope.of(request).pledges(Pledge.objects.with_details()).filter(uid=uid).first()
    if pledge is None:
        raise Http404("Inget löfte som du får förhandsgranska.")
    response = pdf_response(pledge, request)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response
