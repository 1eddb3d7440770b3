"""The map on /oversikt/: every municipality a linked, named shape, shaded by its pledges today."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.conftest import make_action, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db
D = datetime.date


def page(response):
    assert response.status_code == 200
    return response.content.decode()


def drawing(html):
    start = html.index('<svg class="map__drawing"')
    return html[start : html.index("</svg>", start)]


def shapes(html):
    """{name: (href, class)} of the map's linked shapes."""
    shape = r'<a href="([^"]+)" class="map__([a-z-]+)"><title>([^<:]+): [^<]+</title>'
    found = re.findall(shape + r'<path d="M[^"]+"/></a>', drawing(html))
    return {name: (href, state) for href, state, name in found}


def test_every_municipality_is_a_link_with_its_name(client, find_world):
    html = page(client.get("/oversikt/"))

    found = shapes(html)
    assert len(found) == 290
    assert drawing(html).count("<a ") == 290
    assert found["Ljungby"][0] == "/kommuner/ljungby/"
    assert found["Håbo"][0] == "/kommuner/habo-uppsala-lan/"
    assert "<title>Ljungby: " in html
    assert 'role="group" aria-labelledby="karta"' in html
    assert "<script" not in html


def test_legend_in_words_and_the_table_as_text_alternative(client, find_world):
    html = page(client.get("/oversikt/"))

    legend = html[
        html.index('<ul class="map__legend">') : html.index("</ul>", html.index("map__legend"))
    ]
    for words in [
        "Löfte som följts upp i år",
        "Löfte som gäller i dag",
        "Löften, men inget som gäller i dag",
        "Inget publicerat löfte",
    ]:
        assert words in legend
    # The pattern of each swatch repeats the words, so screen readers skip it.
    assert legend.count('aria-hidden="true"') == 4
    assert '<a href="#per-lan">' in html
    assert '<table class="data-table data-table--stack" aria-labelledby="per-lan">' in html


def test_shading_follows_the_pledges_of_today(client, db):
    today = timezone.localdate()
    year_start, year_end = D(today.year, 1, 1), D(today.year, 12, 31)
    make_pledge(("ljungby",), start_date=year_start, end_date=year_end)
    make_pledge(("almhult",), start_date=D(2017, 1, 1), end_date=D(2018, 12, 31))
    make_pledge(("varnamo",), start_date=D(2020, 1, 1), end_date=None, until_further_notice=True)
    make_pledge(("gislaved",), start_date=None, end_date=year_end)
    make_pledge(("vaggeryd",), start_date=None, end_date=None)
    make_pledge(
        ("gnosjo",), status="utkast", published_at=None, start_date=year_start, end_date=year_end
    )
    followed = make_pledge(("boras",), start_date=year_start, end_date=year_end)
    make_action(followed)
    make_report(followed, kind="ar", year=today.year, statuses=DONE)

    found = shapes(page(client.get("/oversikt/")))

    assert found["Ljungby"][1] == "in-force"
    assert found["Värnamo"][1] == "in-force"
    assert found["Gislaved"][1] == "in-force"  # only an end, still ahead
    assert found["Älmhult"][1] == "not-in-force"
    assert found["Borås"][1] == "followed-up"
    assert found["Gnosjö"][1] == "none"  # only a draft
    assert found["Vaggeryd"][1] == "not-in-force"  # a pledge without dates
    assert found["Habo"][1] == "none"
    html = page(client.get("/oversikt/"))
    assert 'Löfte som gäller i dag <span class="map__count">(3 kommuner)</span>' in html
    assert 'Löfte som följts upp i år <span class="map__count">(1 kommun)</span>' in html


def test_a_county_zooms_the_map_to_its_municipalities(client, find_world):
    whole = page(client.get("/oversikt/"))
    county = page(client.get("/oversikt/", {"lan": "06"}))

    assert len(shapes(county)) == 13
    assert "Värnamo" in shapes(county)
    assert "Ljungby" not in shapes(county)
    view_box = re.compile(r'<svg class="map__drawing" viewBox="([^"]+)"')
    assert view_box.search(county).group(1) != view_box.search(whole).group(1)
    assert "Var finns löftena i Jönköpings län i dag?" in county
    assert '<option value="06" selected>Jönköpings län</option>' in county


def test_an_unknown_county_shows_the_whole_country(client, find_world):
    html = page(client.get("/oversikt/", {"lan": "99"}))

    assert len(shapes(html)) == 290
    assert '<h2 id="karta">Var finns löftena i dag?</h2>' in html


@pytest.mark.parametrize("url", ["/oversikt/", "/en/oversikt/"])
def test_the_page_stays_small(client, find_world, url):
    response = client.get(url)

    assert response.status_code == 200
    assert len(response.content) < 100_000


def test_the_start_page_and_the_menu_lead_to_the_map(client, db):
    html = page(client.get("/"))

    assert '<a href="/oversikt/#karta">Se kartan över kommunerna</a>' in html
    assert '<a href="/oversikt/">Översikt</a>' in html


def test_the_map_in_english(client, find_world):
    html = page(client.get("/en/oversikt/"))

    assert "Where are the pledges today?" in html
    assert "No published pledge" in html
    assert "<title>Ljungby: pledges, but none in force today</title>" in html
