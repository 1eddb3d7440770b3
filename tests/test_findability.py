"""Findability: sitemap, robots.txt, titles, descriptions, canonical addresses, Open Graph, the
main menu and the page that documents the open data."""

import re
import xml.etree.ElementTree as ET

import pytest

from pledges.exports import FIELDNAMES
from tests.followups.conftest import make_report
from tests.html_outline import assert_sound_outline
from tests.pledges.conftest import make_world

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

PAGES = [
    "/",
    "/loften/",
    "/sok/",
    "/fokusomraden/",
    "/fokusomraden/bedragerier/",
    "/oversikt/",
    "/oppna-data/",
    "/kommuner/",
    "/kommuner/varnamo/",
    "/kommuner/varnamo/2024/",
    "/kommuner/varnamo/2024/uppfoljning/2024/",
    "/polisomraden/",
    "/polisomraden/varnamo/",
    "/uppfoljningar/",
]


@pytest.fixture
def find_world(db):
    return make_world()


def head(html):
    return html[: html.index("</head>")]


def meta(html, prop):
    found = re.findall(rf'<meta property="{prop}" content="([^"]*)">', head(html))
    assert len(found) == 1, (prop, found)
    return found[0]


def test_robots_txt_allows_all_but_admin_and_previews(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    assert "Disallow: /admin/" in lines
    assert "Disallow: /forhandsgranska/" in lines
    assert lines[-1] == "Sitemap: http://testserver/sitemap.xml"
    assert [line for line in lines if line.startswith("Disallow:") and "admin" not in line] == [
        line for line in lines if "forhandsgranska" in line
    ]


def test_sitemap_lists_published_pages_only(client, find_world):
    make_report(find_world["ljungby"], kind="ar", year=2023, published=False)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.iter(f"{SITEMAP}loc")}
    for path in [
        "/",
        "/loften/",
        "/oppna-data/",
        "/oversikt/",
        "/fokusomraden/bedragerier/",
        "/kommuner/varnamo/",
        "/kommuner/varnamo/2024/",
        "/kommuner/ljungby/2023-2024/",
        "/kommuner/varnamo/2024/uppfoljning/2024/",
        "/polisomraden/ljungby/",
        "/tillganglighet/",
    ]:
        assert f"http://testserver{path}" in locations, path
    assert "http://testserver/kommuner/gnosjo/2024/" not in locations  # a draft
    assert "http://testserver/kommuner/vaggeryd/2024/" not in locations  # scheduled
    assert "http://testserver/kommuner/ljungby/2023-2024/uppfoljning/2023/" not in locations
    assert not any("forhandsgranska" in location for location in locations)
    assert len([loc for loc in locations if re.search(r"/kommuner/[^/]+/$", loc)]) == 290


def test_every_page_has_its_own_title_and_description(client, find_world):
    titles, descriptions = {}, {}
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        titles[url] = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        descriptions[url] = re.search(r'<meta name="description" content="([^"]+)">', html).group(1)
    assert len(set(titles.values())) == len(PAGES), titles
    assert len(set(descriptions.values())) >= len(PAGES) - 1, descriptions


def test_every_page_has_one_canonical_address_and_open_graph_tags(client, find_world):
    for url in PAGES:
        html = client.get(url).content.decode()
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', head(html))
        assert canonical == [f"http://testserver{url}"], url
        assert meta(html, "og:url") == canonical[0]
        assert meta(html, "og:site_name") == "Medborgarlöften"
        assert meta(html, "og:locale") == "sv_SE"
        assert meta(html, "og:type") in {"website", "article"}
        assert meta(html, "og:title")
        assert meta(html, "og:description")


def test_a_filtered_list_points_to_the_list_itself(client, find_world):
    html = client.get("/loften/", {"lan": "06", "page": "1"}).content.decode()

    assert '<link rel="canonical" href="http://testserver/loften/">' in html


def test_a_shared_pledge_has_its_own_open_graph_tags(client, find_world):
    html = client.get("/kommuner/varnamo/2024/").content.decode()

    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "Värnamo 2024: Värnamo mot bedrägerier"
    assert meta(html, "og:description") == "Vi informerar äldre om bedrägerier."
    assert meta(html, "og:url") == "http://testserver/kommuner/varnamo/2024/"


def test_a_redirected_address_keeps_the_canonical_one(client, find_world):
    html = client.get("/kommuner/varnamo/2024/uppfoljning/2024/").content.decode()

    assert meta(html, "og:title") == "Värnamo 2024: Uppföljning 2024"
    assert meta(html, "og:type") == "article"


def test_the_main_menu_leads_to_the_new_pages(client, db):
    html = client.get("/loften/").content.decode()
    nav = html[html.index('<nav class="site-nav"') : html.index("</nav>")]

    assert '<a href="/loften/" aria-current="page">Alla löften</a>' in nav
    assert '<a href="/oversikt/">Översikt</a>' in nav
    assert '<a href="/sok/">Sök</a>' in nav
    compare = client.get("/fokusomraden/").content.decode()
    assert '<a href="/oversikt/" aria-current="page">Översikt</a>' in compare


def test_the_start_page_has_one_search_box_to_find_a_municipality(client, db):
    html = client.get("/").content.decode()

    assert html.count("<form") == 1
    assert '<form class="search-form" action="/kommuner/" method="get" role="search">' in html
    assert (
        html.index('id="hitta-kommun"')
        < html.index('id="galler-nu"')
        < html.index('id="om-loftena"')
    )
    assert '<a href="/sok/">' in html


def test_the_open_data_page_documents_every_column_and_is_in_the_footer(client, db):
    html = client.get("/oppna-data/").content.decode()

    for name in FIELDNAMES:
        assert f"<code>{name}</code>" in html, name
    for endpoint in ["municipalities", "pledges", "actions", "followups"]:
        assert f"/api/v1/{endpoint}/" in html
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert '<a href="/oppna-data/">Öppna data och API</a>' in footer
    assert_sound_outline(client.get("/oppna-data/"))


def test_the_menu_and_footer_follow_each_page_language_and_section_when_pages_alternate(client, db):
    """The header menu and the footer are rendered once and reused: one language's or one
    section's version never shows on another's page."""
    for _ in range(2):
        swedish = client.get("/loften/").content.decode()
        english = client.get("/en/kommuner/").content.decode()
        start = client.get("/").content.decode()

        assert '<a href="/loften/" aria-current="page">Alla löften</a>' in swedish
        assert "Brott anmäls till polisen" in swedish
        assert '<a href="/en/kommuner/" aria-current="page">Municipalities</a>' in english
        assert '<a href="/en/loften/">All pledges</a>' in english
        assert "Report crimes to the police" in english
        assert "Brott anmäls" not in english
        assert '<a href="/" aria-current="page">Start</a>' in start
        assert 'href="/loften/" aria-current' not in start
