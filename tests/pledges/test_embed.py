"""The card of a municipality's current pledge that other websites show in a frame, its oEmbed,
and the code to copy on the municipality's page."""

import datetime
import html
import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone

from followups.models import ActionStatus
from tests.conftest import make_action, make_pledge
from tests.followups.conftest import make_report
from tests.test_bad_input import ROUTES

pytestmark = pytest.mark.django_db

D = datetime.date


def embed_path(slug="ljungby", language=""):
    return f"{'/en' if language else ''}/kommuner/{slug}/inbaddning/"


@pytest.fixture
def current(db):
    """A Ljungby pledge in force this year, three promises, a follow-up with one done."""
    year = timezone.localdate().year
    pledge = make_pledge(
        ("ljungby",),
        title="Tryggare Ljungby",
        start_date=D(year, 1, 1),
        end_date=D(year, 12, 31),
    )
    for text in ("Minst två trygghetsvandringar", "Grannsamverkan i Ryssby", "Dialogmöten"):
        make_action(pledge, text=text)
    make_report(
        pledge,
        kind="ar",
        year=year,
        statuses=[
            ActionStatus.Status.DONE,
            ActionStatus.Status.ONGOING,
            ActionStatus.Status.DELAYED,
        ],
    )
    return pledge


def test_the_card_shows_the_current_pledge_with_its_progress(client, current):
    response = client.get(embed_path())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Medborgarlöfte i Ljungby" in page
    assert "Gäller nu" in page
    assert f"Ljungby {current.period_label}" in page
    assert "1 av 3 löften genomförda" in page
    for text, status in [
        ("Minst två trygghetsvandringar", "Genomförd"),
        ("Grannsamverkan i Ryssby", "Pågår"),
        ("Dialogmöten", "Försenad"),
    ]:
        item = page.split(text, 1)[1].split("</li>", 1)[0]
        assert status in item
    assert f'href="{current.get_absolute_url()}"' in page
    assert "<script" not in page
    assert " style=" not in page


def test_the_card_is_in_english_under_en(client, current):
    page = client.get(embed_path(language="en")).content.decode()
    assert '<html lang="en">' in page
    assert "1 of 3 promises completed" in page
    assert "Tryggare Ljungby" in page  # the content stays as written


def test_without_a_pledge_in_force_the_card_shows_the_newest_ended_one(client, db):
    make_pledge(("ljungby",), title="Äldre", start_date=D(2019, 1, 1), end_date=D(2019, 12, 31))
    make_pledge(("ljungby",), title="Senaste", start_date=D(2022, 1, 1), end_date=D(2022, 12, 31))
    page = client.get(embed_path()).content.decode()
    assert "Senaste medborgarlöfte i Ljungby" in page
    assert "Avslutat" in page
    assert "Ljungby 2022" in page
    assert "Ljungby 2019" not in page


def test_a_municipality_without_a_published_pledge_gets_an_empty_card(client, db):
    make_pledge(("ljungby",), title="Utkastet", status="utkast", published_at=None)
    make_pledge(("ljungby",), title="Senare", published_at=timezone.now() + datetime.timedelta(1))
    response = client.get(embed_path())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ljungby har inget publicerat medborgarlöfte just nu." in page
    assert "Utkastet" not in page
    assert "Senare" not in page


def test_an_unknown_municipality_has_no_card(client, db):
    assert client.get(embed_path("finns-inte")).status_code == 404


def test_the_card_costs_a_fixed_number_of_queries(client, current, django_assert_num_queries):
    # Municipality; pledges in force; their municipalities and promises; the follow-ups and
    # the latest one's statuses.
    with django_assert_num_queries(6):
        assert client.get(embed_path()).status_code == 200


# Framing ---------------------------------------------------------------------------------------


def test_the_card_may_be_framed_by_any_site(client, current):
    for path in (embed_path(), embed_path(language="en")):
        response = client.get(path)
        assert "X-Frame-Options" not in response
        assert "frame-ancestors *" in response["Content-Security-Policy"]
        assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]


def test_a_repeat_visit_to_the_card_keeps_its_frame_policy(client, current, settings):
    settings.PUBLIC_PAGE_CACHE = True
    first = client.get(embed_path())
    repeat = client.get(embed_path(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert repeat.status_code == 304
    assert "X-Frame-Options" not in repeat
    assert "frame-ancestors *" in repeat["Content-Security-Policy"]


def filled(format_string):
    values = {
        "slug": "ljungby",
        "municipality": "ljungby",
        "period": "2024",
        "district": "centrum",
        "report": "2024",
        "code": "0781",
        "uid": "00000000-0000-0000-0000-000000000000",
        "content_type_id": "1",
        "object_id": "1",
    }
    return "/" + format_string % values


@pytest.mark.parametrize(
    "route",
    sorted({r for r in ROUTES if "inbaddning" not in r[0] and not r[0].startswith("admin/")}),
    ids=lambda r: r[0] or "/",
)
def test_every_other_route_refuses_to_be_framed(client, current, route):
    format_string, _params = route
    response = client.get(filled(format_string))
    if response.streaming:
        b"".join(response.streaming_content)  # read to its end, which closes the file
    assert response["X-Frame-Options"] == "DENY", response.status_code
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_admin_refuses_to_be_framed(client, db):
    response = client.get(reverse("admin:login"))
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


# Caching ---------------------------------------------------------------------------------------


def test_the_card_is_cached_and_shows_a_change_at_once(client, current, settings):
    settings.PUBLIC_PAGE_CACHE = True
    assert "Grannsamverkan i Ryssby" in client.get(embed_path()).content.decode()
    action = current.actions.get(text="Grannsamverkan i Ryssby")
    action.text = "Grannsamverkan i Lidhult"
    action.save()
    page = client.get(embed_path()).content.decode()
    assert "Grannsamverkan i Lidhult" in page
    assert "Grannsamverkan i Ryssby" not in page


# The municipality page -------------------------------------------------------------------------


def test_the_municipality_page_offers_the_code_to_copy(client, current, settings):
    page = client.get(reverse("municipalities:detail", args=["ljungby"])).content.decode()
    section = page.split('id="badda-in"', 1)[1].split("</section>", 1)[0]
    assert "Bädda in på er webbplats" in page
    assert '<label for="inbaddningskod">' in section
    code = html.unescape(section.split("readonly", 1)[1].split(">", 1)[1].split("</textarea>")[0])
    assert code.startswith(f'<iframe src="{settings.SITE_URL}{embed_path()}"')
    assert 'title="Medborgarlöfte i Ljungby"' in code
    assert f'href="{embed_path()}"' in section


def test_the_english_municipality_page_offers_the_english_card(client, current, settings):
    page = client.get("/en/kommuner/ljungby/").content.decode()
    assert html.escape(f'src="{settings.SITE_URL}{embed_path(language="en")}"') in page


def test_the_municipality_page_announces_its_oembed(client, current, settings):
    page = client.get(reverse("municipalities:detail", args=["ljungby"])).content.decode()
    query = urlencode({"url": f"{settings.SITE_URL}/kommuner/ljungby/", "format": "json"})
    link = f'href="{settings.SITE_URL}/oembed/?{query}"'.replace("&", "&amp;")
    assert f'<link rel="alternate" type="application/json+oembed" {link}' in page


# oEmbed ----------------------------------------------------------------------------------------


def oembed(client, url, **params):
    return client.get(reverse("oembed"), {"url": url, **params})


@pytest.mark.parametrize("path", ["/kommuner/ljungby/", "/kommuner/ljungby/inbaddning/"])
def test_oembed_answers_with_the_card_as_rich_html(client, current, settings, path):
    response = oembed(client, settings.SITE_URL + path, format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "Medborgarlöfte i Ljungby"
    assert data["provider_name"] == "Medborgarlöften"
    assert data["html"].startswith(f'<iframe src="{settings.SITE_URL}{embed_path()}"')
    assert (data["width"], data["height"]) == (600, 560)


def test_oembed_in_english_and_within_the_size_asked_for(client, current, settings):
    data = oembed(
        client, f"{settings.SITE_URL}/en/kommuner/ljungby/", maxwidth="400", maxheight="99999"
    ).json()
    assert data["html"].startswith(f'<iframe src="{settings.SITE_URL}{embed_path(language="en")}"')
    assert data["title"] == "Citizen pledge in Ljungby"
    assert (data["width"], data["height"]) == (400, 560)


@pytest.mark.parametrize(
    "url",
    [
        "https://elsewhere.example/kommuner/ljungby/",
        "{site}/kommuner/finns-inte/",
        "{site}/loften/",
        "{site}/kommuner/ljungby/2024/",
        "",
    ],
)
def test_oembed_refuses_other_addresses(client, current, settings, url):
    assert oembed(client, url.format(site=settings.SITE_URL)).status_code == 404


def test_oembed_speaks_json_only(client, current, settings):
    response = oembed(client, f"{settings.SITE_URL}/kommuner/ljungby/", format="xml")
    assert response.status_code == 501
