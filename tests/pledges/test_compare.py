"""Comparing: a focus area in a year (/fokusomraden/), and a year per county (/oversikt/)."""

import datetime
import re

import pytest
from django.utils import timezone

from pledges import compare
from pledges.models import FocusArea
from tests.conftest import make_action, make_pledge
from tests.followups.conftest import DONE, NOT_STARTED, make_report
from tests.html_outline import assert_sound_outline

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture(autouse=True)
def today_in_2024(monkeypatch):
    """The comparisons default to this year: these tests are written as of mid-2024."""
    monkeypatch.setattr(
        "django.utils.timezone.localdate", lambda *args, **kwargs: datetime.date(2024, 6, 1)
    )


def page(response):
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    return re.findall(r'class="comparison__title"><a href="[^"]*">([^<]*)</a>', html)


# Choosing the year


@pytest.mark.parametrize(
    "requested, expected",
    [
        (None, (2024, "")),
        ("", (2024, "")),
        ("2022", (2022, "")),
        ("abc", (2024, "Det finns inga publicerade medborgarlöften för ”abc”. Här visas 2024.")),
        ("1999", (2024, "Det finns inga publicerade medborgarlöften för ”1999”. Här visas 2024.")),
    ],
)
def test_chosen_year(requested, expected):
    assert compare.chosen_year(requested, [2021, 2022, 2023, 2024, 2025], D(2024, 6, 1)) == (
        expected
    )


def test_the_default_year_is_never_in_the_future_unless_all_are():
    assert compare.chosen_year(None, [2030, 2031], D(2024, 6, 1)) == (2030, "")
    assert compare.chosen_year(None, [], D(2024, 6, 1)) == (None, "")


# A focus area


def test_focus_areas_list_how_many_pledges_work_on_each(client, find_world):
    html = page(client.get("/fokusomraden/"))

    assert '<a class="focus-area-list__name" href="/fokusomraden/bedragerier/" lang="sv">' in html
    # Värnamo names it and has a promise in it, the draft and the scheduled pledge do not count.
    bedragerier = html[html.index("/fokusomraden/bedragerier/") :]
    assert "1 publicerat medborgarlöfte" in bedragerier[: bedragerier.index("</li>")]


def test_a_focus_area_shows_who_promised_what_and_how_far_they_got(client, find_world):
    html = page(client.get("/fokusomraden/bedragerier/", {"ar": "2024"}))

    assert "<h1>Bedrägerier 2024</h1>" in html
    assert '<h2 id="lan-06">Jönköpings län</h2>' in html
    assert titles(html) == ["Värnamo 2024"]
    assert "Informera äldre om telefonbedrägerier" in html
    assert '<span class="status status--genomford">Genomförd</span>' in html
    assert "för löftena inom bedrägerier" in html
    assert "1 av 1 löfte genomfört" in html
    assert "Gnosjö" not in html and "Vaggeryd" not in html


def test_a_pledge_that_only_names_the_focus_area_is_listed_and_says_so(client, find_world):
    html = page(client.get("/fokusomraden/narkotika/", {"ar": "2023"}))

    assert titles(html) == ["Ljungby 2023–2024"]
    assert "inget enskilt löfte i det är märkt med fokusområdet" in html
    assert "Ingen uppföljning publicerad" in html


def test_progress_counts_only_the_promises_in_the_focus_area(client, db):
    pledge = make_pledge(("ljungby",))
    narkotika = FocusArea.objects.get(slug="narkotika")
    make_action(pledge, text="Narkotika 1", focus_area=narkotika)
    make_action(pledge, text="Något annat")
    make_report(pledge, kind="ar", year=2024, statuses=[DONE, NOT_STARTED])

    html = page(client.get("/fokusomraden/narkotika/"))

    assert "1 av 1 löfte genomfört" in html
    assert "Något annat" not in html


def test_the_default_year_is_this_year(client, find_world):
    html = page(client.get("/fokusomraden/unga/"))

    assert "<h1>Unga 2024</h1>" in html
    assert titles(html) == []
    html = page(client.get("/fokusomraden/unga/", {"ar": "2022"}))
    assert titles(html) == ["Svenljunga 2022"]


def test_a_bad_year_gets_a_message_and_the_default(client, find_world):
    html = page(client.get("/fokusomraden/bedragerier/", {"ar": "<b>1850</b>"}))

    assert "Det finns inga publicerade medborgarlöften för ”&lt;b&gt;1850&lt;/b&gt;”." in html
    assert "<h1>Bedrägerier 2024</h1>" in html


def test_a_focus_area_without_pledges_says_so(client, find_world):
    html = page(client.get("/fokusomraden/kriminella-natverk/"))

    assert "Inget publicerat medborgarlöfte tar upp kriminella nätverk ännu." in html


def test_an_unknown_focus_area_is_404(client, db):
    assert client.get("/fokusomraden/finns-inte/").status_code == 404


def test_the_focus_area_links_to_the_list_the_csv_and_its_feed(client, find_world):
    html = page(client.get("/fokusomraden/bedragerier/", {"ar": "2024"}))

    assert 'href="/loften/?fokusomrade=bedragerier&amp;ar=2024"' in html
    assert 'href="/loften.csv?fokusomrade=bedragerier&amp;ar=2024"' in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Nya medborgarlöften och '
        'uppföljningar: Bedrägerier" href="/fokusomraden/bedragerier/flode.atom">'
    ) in html


@pytest.mark.parametrize("pledges", [2, 20])
def test_focus_area_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    narkotika = FocusArea.objects.get(slug="narkotika")
    slugs = ["ljungby", "almhult", "varnamo", "vaggeryd", "boras"]
    for i in range(pledges):
        pledge = make_pledge((slugs[i % len(slugs)],))
        make_action(pledge, focus_area=narkotika)
        make_action(pledge)
        make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The focus area; the years; the pledges, their municipalities (with counties), focus areas,
    # actions and their methods; their published reports and the reports' statuses.
    with django_assert_num_queries(9):
        html = page(client.get("/fokusomraden/narkotika/"))
    assert len(titles(html)) == pledges


# The year overview


def test_overview_counts_municipalities_per_county(client, find_world):
    # A second pledge in Jönköpings län for 2024, without a follow-up.
    make_pledge(("vaggeryd", "varnamo"), district="Centrum")

    html = page(client.get("/oversikt/", {"ar": "2024"}))

    assert "<h1>Översikt 2024</h1>" in html
    jonkoping = re.search(r'ar=2024">Jönköpings län</a></th>(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r'<td class="number"[^>]*>(\d+)</td>', jonkoping) == ["13", "2", "1"]
    kronoberg = re.search(r'ar=2024">Kronobergs län</a></th>(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r'<td class="number"[^>]*>(\d+)</td>', kronoberg) == ["8", "1", "0"]
    total = re.search(r"Hela landet</th>(.*?)</tr>", html, re.S).group(1)
    assert re.findall(r'<td class="number"[^>]*>(\d+)</td>', total) == ["290", "3", "1"]
    assert "I hela landet har 3 av 290 kommuner ett publicerat medborgarlöfte för 2024" in html


def test_overview_chart_is_svg_with_a_text_alternative(client, find_world):
    html = page(client.get("/oversikt/", {"ar": "2024"}))

    figure = html[html.index('<figure class="chart"') : html.index("</figure>")]
    assert '<figcaption id="diagram-text">' in figure
    assert "Samma siffror står i tabellen" in figure
    assert figure.count('<svg class="chart__bar"') == 21
    assert '<rect class="chart__pledged" width="8" height="10"/>' in figure  # 1 of 13
    assert "<script" not in html


def test_overview_with_a_bad_year_says_so(client, find_world):
    html = page(client.get("/oversikt/", {"ar": "abc"}))

    assert "Det finns inga publicerade medborgarlöften för ”abc”." in html
    assert f"<h1>Översikt {min(2024, timezone.localdate().year)}</h1>" in html


def test_overview_without_pledges(client, db):
    assert "Inga medborgarlöften är publicerade ännu." in page(client.get("/oversikt/"))


@pytest.mark.parametrize("pledges", [2, 20])
def test_overview_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    slugs = ["ljungby", "almhult", "varnamo", "vaggeryd", "boras"]
    for i in range(pledges):
        pledge = make_pledge((slugs[i % len(slugs)],))
        make_action(pledge)
        make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The years; the municipalities with a pledge, with a follow-up, all municipalities'
    # counties, the counties with their sizes; the focus areas; for the map, the municipalities
    # with a pledge and its period, those followed up this year, and the municipalities.
    with django_assert_num_queries(9):
        page(client.get("/oversikt/", {"ar": "2024"}))


def test_compare_pages_outline(client, find_world):
    for url in ["/fokusomraden/", "/fokusomraden/bedragerier/", "/oversikt/"]:
        assert_sound_outline(client.get(url))
