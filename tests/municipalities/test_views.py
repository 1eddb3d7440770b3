import datetime

import pytest
from django.utils import timezone

from municipalities.models import County
from pledges.models import Pledge
from tests.conftest import make_pledge
from tests.html_outline import assert_sound_outline, outline

pytestmark = pytest.mark.django_db
D = datetime.date


def year_pledge(year, municipalities=("ljungby",), **overrides):
    return make_pledge(
        municipalities, start_date=D(year, 1, 1), end_date=D(year, 12, 31), **overrides
    )


# The municipality list


def test_list_sorts_names_in_swedish_order_with_a_before_ae(client):
    content = client.get("/kommuner/").content.decode()
    # Skåne: ..., Ystad, Åstorp, Ängelholm, Örkelljunga, Östra Göinge.
    positions = [content.index(f">{name}</a>") for name in ("Ystad", "Åstorp", "Ängelholm")]
    assert positions == sorted(positions)
    home = client.get("/").content.decode()
    positions = [home.index(f'value="{name}"') for name in ("Ystad", "Åmål", "Älmhult", "Ödeshög")]
    assert positions == sorted(positions)


def test_list_groups_all_municipalities_by_county_in_code_order(client):
    response = client.get("/kommuner/")

    assert response.status_code == 200
    _, headings = outline(response)
    county_headings = [text for level, text in headings if level == 2][: County.objects.count()]
    assert county_headings == list(County.objects.order_by("code").values_list("name", flat=True))
    content = response.content.decode()
    assert content.count('class="municipality-list__name"') == 290
    assert 'href="/kommuner/habo-uppsala-lan/">Håbo</a>' in content
    assert 'href="/kommuner/habo-jonkopings-lan/">Habo</a>' in content


def test_list_shows_each_municipalitys_latest_published_pledge(client):
    year_pledge(2023)
    latest = year_pledge(2024)
    year_pledge(2025, status=Pledge.Status.DRAFT, published_at=None)
    year_pledge(2024, municipalities=["varnamo", "gnosjo"])

    content = client.get("/kommuner/").content.decode()

    assert f'<a href="{latest.get_absolute_url()}">' in content
    assert "/kommuner/ljungby/2023/" not in content
    assert "/kommuner/ljungby/2025/" not in content
    # A shared pledge is the latest for both its municipalities and links to its one address.
    assert content.count('<a href="/kommuner/gnosjo/2024/">') == 2
    assert "Inget publicerat löfte" in content


def test_search_with_one_match_goes_straight_to_the_municipality(client):
    response = client.get("/kommuner/", {"q": "Ljungby"})

    assert response.status_code == 302
    assert response["Location"] == "/kommuner/ljungby/"


def test_search_by_municipality_code_and_without_diacritics(client):
    assert client.get("/kommuner/", {"q": "0683"})["Location"] == "/kommuner/varnamo/"
    assert client.get("/kommuner/", {"q": "almhult"})["Location"] == "/kommuner/almhult/"


def test_search_with_several_matches_lists_only_them(client):
    response = client.get("/kommuner/", {"q": "habo"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "2 kommuner matchar ”habo”." in content
    assert 'href="/kommuner/habo-uppsala-lan/">Håbo</a>' in content
    assert 'href="/kommuner/habo-jonkopings-lan/">Habo</a>' in content
    assert content.count('class="municipality-list__name"') == 2
    assert 'value="habo"' in content


@pytest.mark.parametrize("q", ["finns inte", "%", "'; drop table"])
def test_search_without_match_says_so_and_shows_everything(client, q):
    response = client.get("/kommuner/", {"q": q})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Ingen kommun matchar" in content
    assert content.count('class="municipality-list__name"') == 290


def test_a_nul_byte_in_the_search_gets_the_bad_address_page(client):
    response = client.get("/kommuner/", {"q": "zz\x00zz"})

    assert response.status_code == 400
    assert "Adressen går inte att använda" in response.content.decode()


def test_overlong_search_gets_a_message_not_an_error(client):
    response = client.get("/kommuner/", {"q": "Ljungby" * 20})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Sökningen får vara högst 100 tecken lång." in content
    assert content.count('class="municipality-list__name"') == 290


def test_search_text_is_escaped(client):
    content = client.get("/kommuner/", {"q": "<b>x</b>"}).content.decode()

    assert "&lt;b&gt;x&lt;/b&gt;" in content
    assert "<b>x</b>" not in content


@pytest.mark.parametrize("pledges", [1, 20])
def test_list_query_count_does_not_grow_with_pledges(client, django_assert_num_queries, pledges):
    slugs = ["ljungby", "varnamo", "gnosjo", "vaggeryd", "almhult"]
    for i in range(pledges):
        year_pledge(2000 + i, municipalities=[slugs[i % len(slugs)]])

    # The municipalities with their stored candidates (pledges/listing.py), nothing more.
    with django_assert_num_queries(1):
        assert client.get("/kommuner/").status_code == 200


# The municipality page


def test_municipality_page_shows_county_police_area_and_pledges(client):
    year_pledge(2017, title="Förra löftet")
    current = year_pledge(timezone.localdate().year, title="Årets löfte")

    response = client.get("/kommuner/ljungby/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Ljungby</h1>" in content
    assert "<title>Ljungby – Medborgarlöften</title>" in content
    assert "Kronobergs län" in content
    assert 'href="/polisomraden/ljungby/">Lokalpolisområde Ljungby</a>' in content
    assert "Gällande medborgarlöfte" in content
    assert content.index("Årets löfte") < content.index("Tidigare medborgarlöften")
    assert content.index("Tidigare medborgarlöften") < content.index("Förra löftet")
    assert current.get_absolute_url() in content


def test_without_a_pledge_in_force_the_latest_comes_first(client):
    year_pledge(2017, title="Äldsta")
    year_pledge(2019, title="Senaste")
    year_pledge(2018, title="Mittemellan")

    content = client.get("/kommuner/ljungby/").content.decode()

    assert "Senaste medborgarlöfte" in content
    assert "Gällande medborgarlöfte" not in content
    assert (
        content.index("Senaste</p>")
        < content.index("Tidigare medborgarlöften")
        < content.index("Ljungby 2018")
        < content.index("Ljungby 2017")
    )


def test_a_future_pledge_is_upcoming_not_current(client):
    year = timezone.localdate().year
    year_pledge(year + 1, title="Nästa års löfte")
    year_pledge(year, title="Årets löfte")

    content = client.get("/kommuner/ljungby/").content.decode()

    assert content.index("Gällande medborgarlöfte") < content.index("Årets löfte")
    assert content.index("Kommande medborgarlöften") < content.index("Nästa års löfte")


def test_municipality_page_without_pledges_says_so(client):
    year_pledge(2024, status=Pledge.Status.DRAFT, published_at=None, title="Utkastet")

    response = client.get("/kommuner/markaryd/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Markaryd har inget publicerat medborgarlöfte ännu." in content
    assert "Utkastet" not in content


def test_municipality_page_does_not_show_drafts(client):
    year_pledge(2024, status=Pledge.Status.DRAFT, published_at=None, title="Utkastet")

    content = client.get("/kommuner/ljungby/").content.decode()

    assert "Utkastet" not in content
    assert "Ljungby har inget publicerat medborgarlöfte ännu." in content


def test_habo_and_habo_are_both_reachable(client):
    habo_uppsala = client.get("/kommuner/habo-uppsala-lan/")
    habo_jonkoping = client.get("/kommuner/habo-jonkopings-lan/")

    assert "<h1>Håbo</h1>" in habo_uppsala.content.decode()
    assert "Uppsala län" in habo_uppsala.content.decode()
    assert "<h1>Habo</h1>" in habo_jonkoping.content.decode()
    assert "Jönköpings län" in habo_jonkoping.content.decode()


def test_the_ambiguous_habo_address_asks_which_one(client):
    response = client.get("/kommuner/habo/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Menade du …?</h1>" in content
    assert 'href="/kommuner/habo-uppsala-lan/">Håbo i Uppsala län</a>' in content
    assert 'href="/kommuner/habo-jonkopings-lan/">Habo i Jönköpings län</a>' in content


@pytest.mark.parametrize("slug", ["finns-inte", "ljung", "habo-uppsala"])
def test_unknown_municipality_is_404_in_swedish(client, slug):
    response = client.get(f"/kommuner/{slug}/")

    assert response.status_code == 404
    content = response.content.decode()
    assert "<h1>Sidan finns inte</h1>" in content
    assert 'href="/"' in content
    assert 'href="/kommuner/"' in content


def test_municipality_page_query_count(client, django_assert_num_queries):
    for year in [2022, 2023, 2024]:
        year_pledge(year)

    # The municipality with its county; its police areas and its pledges' municipalities; its
    # pledges; their published follow-ups (none here).
    with django_assert_num_queries(4):
        assert client.get("/kommuner/ljungby/").status_code == 200


# Police areas


def test_police_area_list_groups_areas_by_region(client):
    response = client.get("/polisomraden/")

    assert response.status_code == 200
    _, headings = outline(response)
    assert [text for level, text in headings if level == 2][:7] == [
        "Polisregion Bergslagen",
        "Polisregion Mitt",
        "Polisregion Nord",
        "Polisregion Stockholm",
        "Polisregion Syd",
        "Polisregion Väst",
        "Polisregion Öst",
    ]
    content = response.content.decode()
    assert 'href="/polisomraden/ljungby/">Lokalpolisområde Ljungby</a>' in content
    assert "Bollebygd, Borås, Mark, Svenljunga, Tranemo, Ulricehamn" in content


def test_police_area_page_lists_its_municipalities_and_their_pledges(client):
    older = year_pledge(2023)
    newer = year_pledge(2024)
    year_pledge(2025, status=Pledge.Status.DRAFT, published_at=None)

    response = client.get("/polisomraden/ljungby/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Lokalpolisområde Ljungby</h1>" in content
    assert "Polisregion Syd" in content
    assert 'href="/kommuner/ljungby/">Ljungby</a>' in content
    assert (
        content.index(newer.get_absolute_url())
        < content.index(older.get_absolute_url())
        < content.index("Älmhult har inget publicerat medborgarlöfte ännu.")
    )
    assert "/kommuner/ljungby/2025/" not in content


def test_unknown_police_area_is_404(client):
    response = client.get("/polisomraden/finns-inte/")

    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_police_area_query_counts(client, django_assert_num_queries):
    year_pledge(2023)
    year_pledge(2024, municipalities=["ljungby", "almhult"])

    # The areas with their regions, and their municipalities.
    with django_assert_num_queries(2):
        assert client.get("/polisomraden/").status_code == 200
    # The area with its region, its municipalities, their pledges, the pledges' municipalities.
    with django_assert_num_queries(4):
        assert client.get("/polisomraden/ljungby/").status_code == 200


# Every page


def test_pages_have_one_h1_headings_in_order_and_swedish(client):
    year_pledge(2017)
    year_pledge(timezone.localdate().year + 1)
    year_pledge(timezone.localdate().year)

    for url in [
        "/kommuner/",
        "/kommuner/?q=habo",
        "/kommuner/?q=finns+inte",
        "/kommuner/ljungby/",
        "/kommuner/markaryd/",
        "/kommuner/habo/",
        "/polisomraden/",
        "/polisomraden/ljungby/",
        "/polisomraden/finns-inte/",
    ]:
        assert_sound_outline(client.get(url))
