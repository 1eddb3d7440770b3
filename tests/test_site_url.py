"""Every absolute address the site hands out is built from SITE_URL, never from the request's
Host header: a page kept in the cache for everyone must not carry what one visitor sent."""

import re
import xml.etree.ElementTree as ET

import pytest

from config.site import check_site_url
from tests.pledges.conftest import make_world

pytestmark = pytest.mark.django_db
SITE = "https://medborgarloften.example.se"
# An allowed host with another port: Django lets any port through.
FOREIGN_HOST = "testserver:6666"


@pytest.fixture
def site(settings):
    settings.SITE_URL = SITE
    settings.PUBLIC_PAGE_CACHE = True
    return make_world()


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def addresses(content):
    return re.findall(r"https?://[^\s\"'<>]+", content.decode())


def assert_only_site_addresses(response):
    assert response.status_code == 200
    found = addresses(body(response))
    foreign = [a for a in found if a.startswith("http") and "6666" in a]
    assert not foreign, foreign
    return found


def test_a_foreign_host_does_not_poison_the_cached_page(client, site):
    url = "/kommuner/varnamo/2024/"

    poisoned = client.get(url, HTTP_HOST=FOREIGN_HOST)
    assert_only_site_addresses(poisoned)
    page = client.get(url).content.decode()

    assert f'<link rel="canonical" href="{SITE}{url}">' in page
    assert f'<meta property="og:url" content="{SITE}{url}">' in page
    assert f'<link rel="alternate" hreflang="en" href="{SITE}/en{url}">' in page
    assert ":6666" not in page


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/loften/",
        "/en/kommuner/varnamo/",
        "/flode.atom",
        "/flode.rss",
        "/kommuner/varnamo/flode.atom",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v1/",
        "/api/v1/pledges/",
        "/api/v1/municipalities/?page_size=100",
        "/api/v1/followups/",
        "/loften.csv",
        "/loften.json",
    ],
)
def test_no_address_is_built_from_the_host_header(client, site, url):
    found = assert_only_site_addresses(client.get(url, HTTP_HOST=FOREIGN_HOST))
    ours = [a for a in found if "testserver" in a or a.startswith(SITE)]
    assert ours, url
    assert all(a.startswith(SITE) for a in ours), ours


def test_feed_links_itself_on_the_site_address(client, site):
    root = ET.fromstring(client.get("/flode.atom", HTTP_HOST=FOREIGN_HOST).content)
    links = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert f"{SITE}/flode.atom" in links
    assert f"{SITE}/" in links


def test_deploy_check_refuses_a_site_url_outside_the_allowed_hosts(settings):
    settings.ALLOWED_HOSTS = ["medborgarloften.example.se"]
    settings.SITE_URL = "http://127.0.0.1:8000"  # the default when SITE_URL is not set
    assert [error.id for error in check_site_url(None)] == ["medborgarloften.E001"]

    settings.SITE_URL = SITE
    assert check_site_url(None) == []
