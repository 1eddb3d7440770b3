"""The site's own address, SITE_URL, for every absolute address the site hands out.

Canonical and hreflang links, Open Graph, the feeds, the sitemap, robots.txt, the API and the
downloads all build their absolute addresses here, never from the request's Host header: public
pages are cached for everyone under a key without the host, and Django lets any port through on
an allowed host, so one request with another Host would otherwise put its address in every
visitor's page.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.http.request import validate_host


def absolute_url(location):
    """`location` (a path such as /kommuner/ljungby/) as a full address on SITE_URL; a full
    address is returned as it is."""
    if urlsplit(location).scheme:
        return location
    return settings.SITE_URL + location


def domain():
    """SITE_URL's host (and port, if it names one)."""
    return urlsplit(settings.SITE_URL).netloc


def scheme():
    return urlsplit(settings.SITE_URL).scheme


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    """In production SITE_URL names the host visitors reach: one that ALLOWED_HOSTS lets in."""
    host = urlsplit(settings.SITE_URL).hostname or ""
    if validate_host(host, settings.ALLOWED_HOSTS):
        return []
    return [
        Error(
            f"SITE_URL ({settings.SITE_URL}) is not on a host in ALLOWED_HOSTS.",
            hint="Set SITE_URL to the address visitors use, e.g. https://medborgarloften.se.",
            id="medborgarloften.E001",
        )
    ]
