"""A municipality's current pledge as a card for other websites, and its oEmbed description.

Municipalities publish their pledge on their own website too. Instead of copying it there by
hand, a web editor pastes one <iframe> (shown on the municipality's page here, under "Bädda in på
er webbplats") and the card stays in step with the portal: it is a public page like the others,
cached and invalidated with the content (pledges/caching.py).

This route alone may be shown in a frame on other sites: `frame-ancestors *` in its Content
Security Policy and no X-Frame-Options; every other page keeps DENY and `frame-ancestors
'none'` (config/settings.py). The card is plain HTML and CSS, without scripts, so it adds no
code to the sites that show it.

oEmbed (https://oembed.com/) lets a CMS turn the municipality's address into the card by
itself: /oembed/?url=<the municipality page or the card>&format=json answers with the iframe.
"""

import re
from urllib.parse import urlencode, urlsplit

from csp.decorators import csp_replace
from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt

from config.site import absolute_url
from followups.models import prefetch_latest_reports
from municipalities.models import Municipality

from .caching import public_page
from .models import Pledge, PledgeState

# The iframe's size in the snippet; the card scrolls inside it when its promises need more.
WIDTH, HEIGHT = 600, 560
MAX_SIZE_DIGITS = 5


def current_pledges(municipality):
    """The municipality's pledges in force today; when none is, the newest ended one (several
    when a city has one per district for that period), as the municipality page shows them."""
    published = (
        Pledge.objects.published()
        .for_municipality(municipality)
        .with_municipalities()
        .prefetch_related("actions")
        .newest_first()
    )
    pledges = list(published.current())
    is_current = bool(pledges)
    if not pledges:
        ended = list(published.in_state(PledgeState.ENDED)[:10])
        if ended:
            newest = (ended[0].start_date, ended[0].end_date)
            pledges = [p for p in ended if (p.start_date, p.end_date) == newest]
    return prefetch_latest_reports(pledges), is_current


@csp_replace({"frame-ancestors": ["*"]})
@xframe_options_exempt
@public_page
def embed(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    pledges, is_current = current_pledges(municipality)
    for pledge in pledges:
        statuses = {}
        if pledge.latest_report:
            statuses = {s.action_id: s for s in pledge.latest_report.statuses.all()}
        pledge.embed_actions = [
            (action, statuses.get(action.pk)) for action in pledge.actions.all()
        ]
    context = {
        "municipality": municipality,
        "municipality_url": absolute_url(municipality.get_absolute_url()),
        "pledges": pledges,
        "is_current": is_current,
    }
    return render(request, "pledges/embed.html", context)


# A repeat visit's 304 must carry this page's own frame policy: NotModifiedMiddleware answers
# before the decorators above could give it, so the card revalidates in the view instead.
embed.public_page = False


def embed_url(municipality, language=None):
    """The card's full address, in the language given or the current one."""
    with translation.override(language or translation.get_language()):
        return absolute_url(reverse("pledges:embed", kwargs={"slug": municipality.slug}))


def embed_title(municipality):
    return _("Medborgarlöfte i %(name)s") % {"name": municipality.name}


def embed_code(municipality, width="100%", height=HEIGHT):
    """The <iframe> a web editor pastes into their own page."""
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy"></iframe>',
        embed_url(municipality),
        embed_title(municipality),
        width,
        height,
    )


def oembed_discovery_url(municipality):
    """The oEmbed address of the municipality's page in the current language, for <link>."""
    page = absolute_url(municipality.get_absolute_url())
    return absolute_url(reverse("oembed")) + "?" + urlencode({"url": page, "format": "json"})


# /kommuner/<slug>/ or /kommuner/<slug>/inbaddning/, in Swedish or under /en/.
OEMBED_PATH = re.compile(r"^/(?:(?P<language>en)/)?kommuner/(?P<slug>[-\w]+)/(?:inbaddning/)?$")


def size(value, default):
    if value and value.isdigit() and len(value) <= MAX_SIZE_DIGITS:
        return min(int(value), default)
    return default


@public_page(params=("url", "format", "maxwidth", "maxheight"))
def oembed(request):
    """oEmbed for a municipality's page or card: JSON of type rich, the iframe as its html."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only format=json is supported.\n", status=501)
    url = request.GET.get("url", "")
    parts = urlsplit(url)
    match = OEMBED_PATH.match(parts.path)
    if not url.startswith(settings.SITE_URL + "/") or match is None:
        raise Http404("No card for that address.")
    municipality = get_object_or_404(Municipality, slug=match["slug"])
    width = size(request.GET.get("maxwidth"), WIDTH)
    height = size(request.GET.get("maxheight"), HEIGHT)
    with translation.override(match["language"] or settings.LANGUAGE_CODE):
        data = {
            "version": "1.0",
            "type": "rich",
            "title": embed_title(municipality),
            "provider_name": _("Medborgarlöften"),
            "provider_url": absolute_url("/"),
            "cache_age": settings.PUBLIC_PAGE_CACHE_SECONDS,
            "width": width,
            "height": height,
            "html": embed_code(municipality, width, height),
        }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
