"""/loften/: every published pledge, filtered, sorted and paginated, and its CSV and JSON."""

import csv
import datetime
import io
import json
import re

import pytest
from django.core.management import call_command

from pledges.caching import content_version
from pledges.exports import csv_value
from pledges.models import FocusArea
from tests.conftest import fill_pledge, make_action, make_pledge
from tests.followups.conftest import CANCELLED, DONE, NOT_STARTED, make_report
from tests.html_outline import assert_sound_outline
from tests.pledges.conftest import result_names

pytestmark = pytest.mark.django_db
D = datetime.date

VARNAMO, LJUNGBY, SVENLJUNGA = "Värnamo 2024", "Ljungby 2023–2024", "Svenljunga 2022"


def content(response):
    return response.content.decode()


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:]), delimiter=";"))


def json_rows(response):
    return json.loads(b"".join(response.streaming_content).decode("utf-8"))


# The list and each filter


def test_without_filters_every_published_pledge_is_listed_newest_first(client, find_world):
    response = client.get("/loften/")

    assert response.status_code == 200
    assert result_names(response) == [VARNAMO, LJUNGBY, SVENLJUNGA]
    assert '<h2 id="resultat">3 medborgarlöften</h2>' in content(response)
    assert "utkast" not in content(response)
    assert "i morgon" not in content(response)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"ar": "2024"}, [VARNAMO, LJUNGBY]),
        ({"ar": "2023"}, [LJUNGBY]),
        ({"ar": "2022"}, [SVENLJUNGA]),
        ({"lan": "06"}, [VARNAMO]),
        ({"lan": "07"}, [LJUNGBY]),
        ({"polisregion": "vast"}, [SVENLJUNGA]),
        ({"polisregion": "syd"}, [LJUNGBY]),
        ({"polisomrade": "varnamo"}, [VARNAMO]),
        # Svenljunga names no police area but lies in LPO Borås.
        ({"polisomrade": "boras"}, [SVENLJUNGA]),
        ({"fokusomrade": "bedragerier"}, [VARNAMO]),
        # Named by the pledge only, not by a promise.
        ({"fokusomrade": "narkotika"}, [LJUNGBY]),
        # Given by a promise only.
        ({"fokusomrade": "unga"}, [SVENLJUNGA]),
        ({"metod": "grannsamverkan"}, [LJUNGBY]),
        ({"metod": "informationsinsats"}, [VARNAMO]),
        ({"ansvarig": "polisen"}, [VARNAMO]),
        ({"ansvarig": "kommunen"}, [LJUNGBY]),
        ({"ansvarig": "annan"}, [SVENLJUNGA]),
        ({"uppfoljning": "ja"}, [VARNAMO, SVENLJUNGA]),
        ({"uppfoljning": "nej"}, [LJUNGBY]),
        ({"status": "genomford"}, [VARNAMO]),
        ({"status": "pagar"}, [SVENLJUNGA]),
        ({"status": "forsenad"}, []),
        ({"q": "grannsamverkansmöten"}, [LJUNGBY]),
        ({"q": "bedrägerier"}, [VARNAMO]),
        ({"q": "Svenljunga"}, [SVENLJUNGA]),
    ],
)
def test_each_filter_alone(client, find_world, params, expected):
    response = client.get("/loften/", params)

    assert response.status_code == 200
    assert result_names(response) == expected
    assert 'class="message"' not in content(response)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"ar": "2024", "lan": "06"}, [VARNAMO]),
        ({"ar": "2024", "lan": "14"}, []),
        ({"ar": "2024", "uppfoljning": "nej"}, [LJUNGBY]),
        ({"polisregion": "syd", "metod": "grannsamverkan", "ansvarig": "kommunen"}, [LJUNGBY]),
        ({"fokusomrade": "bedragerier", "status": "genomford", "ar": "2024"}, [VARNAMO]),
        ({"fokusomrade": "bedragerier", "status": "pagar"}, []),
        ({"q": "nätet", "polisomrade": "boras", "uppfoljning": "ja"}, [SVENLJUNGA]),
        ({"ar": "2024", "ordning": "aldst"}, [LJUNGBY, VARNAMO]),
    ],
)
def test_filters_combined(client, find_world, params, expected):
    assert result_names(client.get("/loften/", params)) == expected


def test_the_form_keeps_the_choices_and_the_title_says_them(client, find_world):
    response = client.get("/loften/", {"lan": "06", "fokusomrade": "bedragerier", "ar": "2024"})

    page = content(response)
    assert '<option value="06" selected>Jönköpings län</option>' in page
    assert '<option value="bedragerier" selected lang="sv">Bedrägerier</option>' in page
    title = "Alla medborgarlöften: 2024, Jönköpings län, Bedrägerier – Medborgarlöften"
    assert f"<title>{title}</title>" in page
    assert "1 medborgarlöfte</h2>" in page


@pytest.mark.parametrize(
    "params, message",
    [
        ({"lan": "99"}, "Det finns inget län med koden ”99”."),
        ({"ar": "abc"}, "Det finns inga publicerade löften för år ”abc”."),
        ({"ar": "1850"}, "Det finns inga publicerade löften för år ”1850”."),
        ({"q": "x" * 101}, "Sökningen får vara högst 100 tecken lång."),
        ({"fokusomrade": "<script>"}, "Det finns inget fokusområde ”&lt;script&gt;”."),
        ({"status": "klar"}, "”klar” är ingen status."),
        ({"ordning": "slump"}, "”slump” är inget sätt att sortera."),
    ],
)
def test_a_value_that_cannot_be_used_is_said_and_left_out(client, find_world, params, message):
    response = client.get("/loften/", params)

    assert response.status_code == 200
    page = content(response)
    assert "Några val kunde inte användas" in page
    assert message in page
    assert result_names(response) == [VARNAMO, LJUNGBY, SVENLJUNGA]
    assert "<script>" not in page


def test_garbage_and_nul_bytes_never_break_the_page(client, find_world):
    response = client.get("/loften/?lan=99&ar=abc&q=" + "å" * 300 + "&metod=x%FF&page=zz")

    assert response.status_code == 200
    page = content(response)
    assert "Det finns inget län med koden ”99”." in page
    assert "Det finns ingen sida ”zz”." in page

    # A NUL byte gets the page that says the address cannot be used (config/bad_input.py).
    response = client.get("/loften/?polisomrade=%00&metod=%00x")
    assert response.status_code == 400
    assert "Adressen går inte att använda" in content(response)


def test_the_field_with_a_bad_value_says_so_beside_it(client, find_world):
    page = content(client.get("/loften/", {"lan": "99"}))

    assert '<p class="field__error" id="id_lan-fel">Det finns inget län' in page
    assert 'aria-describedby="id_lan-fel"' in page
    assert 'aria-invalid="true"' in page


def test_a_valid_filter_still_applies_beside_an_invalid_one(client, find_world):
    response = client.get("/loften/", {"lan": "99", "ar": "2023"})

    assert result_names(response) == [LJUNGBY]
    assert "Det finns inget län med koden ”99”." in content(response)


def test_matching_promises_are_shown_with_their_latest_status(client, find_world):
    page = content(client.get("/loften/", {"fokusomrade": "bedragerier"}))

    assert "Löften som matchar dina val:" in page
    assert "Informera äldre om telefonbedrägerier" in page
    assert '<span class="status status--genomford">Genomförd</span>' in page


def test_a_pledge_matching_as_a_whole_says_so(client, find_world):
    page = content(client.get("/loften/", {"fokusomrade": "narkotika"}))

    assert "Medborgarlöftet matchar som helhet" in page


def test_sorting_by_municipality(client, find_world):
    response = client.get("/loften/", {"ordning": "kommun"})

    assert result_names(response) == [LJUNGBY, SVENLJUNGA, VARNAMO]


def test_pages_keep_the_filters(client, db):
    for year in range(2000, 2025):
        make_pledge(("ljungby",), start_date=D(year, 1, 1), end_date=D(year, 12, 31))

    first = content(client.get("/loften/", {"lan": "07", "ordning": "aldst"}))
    second = client.get("/loften/", {"lan": "07", "ordning": "aldst", "page": "2"})

    assert '<nav class="pagination" aria-label="Sidor">' in first
    assert 'href="?lan=07&amp;ordning=aldst&amp;page=2" rel="next"' in first
    assert "25 medborgarlöften" in first
    assert result_names(second) == [f"Ljungby {year}" for year in range(2020, 2025)]
    assert "Sida 2 av 2" in content(second)


def test_every_field_has_a_label_and_the_groups_a_legend(client, find_world):
    page = content(client.get("/loften/"))

    for name in [
        "lan",
        "polisregion",
        "polisomrade",
        "q",
        "fokusomrade",
        "metod",
        "ansvarig",
        "ar",
        "uppfoljning",
        "status",
        "ordning",
    ]:
        assert f'<label for="id_{name}">' in page
        assert f'id="id_{name}"' in page
    assert page.count("<legend>") == 3


def test_list_page_outline(client, find_world):
    assert_sound_outline(client.get("/loften/"))
    assert_sound_outline(client.get("/loften/", {"lan": "99"}))


@pytest.mark.parametrize("pledges", [2, 20])
def test_list_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    for i in range(pledges):
        pledge = fill_pledge(make_pledge(("ljungby", "almhult")), actions=3)
        if i % 2:
            make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The content version is worked out once per change of content, for the whole site.
    content_version()
    # The choices of the years, and of counties, regions, police areas, focus areas and methods
    # together (read once per content version); the page's ids with how many match in all, and
    # the page; the municipalities (with counties), focus areas, actions and their methods; the
    # published reports and their statuses.
    with django_assert_num_queries(10):
        response = client.get("/loften/", {"lan": "07", "ar": "2024", "fokusomrade": "bedragerier"})
    assert len(result_names(response)) == pledges

    # Without filters on promises no model instance is read: the pledges, their municipalities
    # and focus areas, the latest report of each, and its status counts, all as values; the
    # choices are the ones already read.
    with django_assert_num_queries(6):
        response = client.get("/loften/", {"lan": "07", "ar": "2024"})
    assert len(result_names(response)) == pledges


def test_the_filter_choices_follow_a_change_of_content_at_once(client):
    make_pledge(start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2024, 12, 31))
    first = client.get("/loften/").content.decode()
    assert '<option value="2031">' not in first and "Nattvandring" not in first

    make_pledge(start_date=datetime.date(2031, 1, 1), end_date=datetime.date(2031, 12, 31))
    FocusArea.objects.create(name="Nattvandring", slug="nattvandring")
    again = client.get("/loften/").content.decode()
    assert '<option value="2031">2031</option>' in again
    assert '<option value="nattvandring" lang="sv">Nattvandring</option>' in again or (
        '<option value="nattvandring">Nattvandring</option>' in again
    )
    assert client.get("/loften/", {"ar": "2031"}).status_code == 200
    assert (
        "inga publicerade löften för år"
        not in client.get("/loften/", {"ar": "2031"}).content.decode()
    )


# The downloads


def test_csv_and_json_have_one_row_per_promise_of_the_listed_pledges(client, find_world):
    params = {"ar": "2024"}

    rows = csv_rows(client.get("/loften.csv", params))
    data = json_rows(client.get("/loften.json", params))

    assert [row["action"] for row in rows] == [
        "Informera äldre om telefonbedrägerier",
        "Minst två grannsamverkansmöten per år",
    ]
    assert [row["action_uid"] for row in rows] == [row["action_uid"] for row in data]


def test_a_download_filtered_on_promises_holds_only_those_promises(client, find_world):
    make_action(find_world["varnamo"], text="Fler trygghetsvandringar i centrum")
    params = {"lan": "06", "ar": "2024", "fokusomrade": "bedragerier"}

    rows = csv_rows(client.get("/loften.csv", params))
    data = json_rows(client.get("/loften.json", params))

    # Which municipalities in Jönköpings län promised to fight fraud in 2024, and did they?
    assert [(r["municipalities"], r["action"], r["latest_status"]) for r in rows] == [
        ("Värnamo", "Informera äldre om telefonbedrägerier", "genomford")
    ]
    assert [row["action_uid"] for row in data] == [row["action_uid"] for row in rows]
    everything = csv_rows(client.get("/loften.csv", {"lan": "06", "ar": "2024"}))
    assert len(everything) == 2


def test_csv_and_json_round_trip_to_the_same_rows(client, find_world):
    rows = csv_rows(client.get("/loften.csv"))
    data = json_rows(client.get("/loften.json"))

    def as_csv(name, value):
        return str(csv_value(name, value))

    assert len(rows) == 3
    assert rows == [{name: as_csv(name, value) for name, value in row.items()} for row in data]
    varnamo = data[0]
    assert varnamo["municipality_codes"] == ["0683"]
    assert varnamo["municipalities"] == ["Värnamo"]
    assert varnamo["county_codes"] == ["06"]
    assert varnamo["counties"] == ["Jönköpings län"]
    assert varnamo["police_area"] == "Lokalpolisområde Värnamo"
    assert varnamo["focus_area"] == "Bedrägerier"
    assert varnamo["methods"] == ["Informationsinsats"]
    assert varnamo["responsible"] == "polisen"
    assert varnamo["latest_status"] == "genomford"
    assert varnamo["latest_status_label"] == "Genomförd"
    assert varnamo["pledge_url"] == "http://testserver/kommuner/varnamo/2024/"
    assert rows[2]["responsible_label"] == "Skolan"


def test_downloads_keep_swedish_letters_and_say_what_they_are(client, find_world):
    csv_response = client.get("/loften.csv")
    json_response = client.get("/loften.json")

    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_response["Content-Disposition"] == 'attachment; filename="medborgarloften.csv"'
    assert json_response["Content-Type"] == "application/json; charset=utf-8"
    assert csv_response.streaming and json_response.streaming
    body = b"".join(csv_response.streaming_content)
    assert "Värnamo;06;Jönköpings län".encode() in body
    assert "Informera äldre om telefonbedrägerier".encode() in body
    assert "Värnamo".encode() in b"".join(json_response.streaming_content)


def test_downloads_hold_only_published_pledges(client, find_world):
    text = json.dumps(json_rows(client.get("/loften.json")), ensure_ascii=False)

    assert "bedrägeriutkast" not in text
    assert "Schemalagt" not in text


def test_a_download_with_a_bad_filter_says_why(client, find_world):
    response = client.get("/loften.csv", {"lan": "99"})

    assert response.status_code == 400
    assert "Det finns inget län med koden ”99”." in content(response)


def test_the_list_links_to_its_downloads_with_the_same_filters(client, find_world):
    page = content(client.get("/loften/", {"lan": "06", "page": "1"}))

    assert 'href="/loften.csv?lan=06"' in page
    assert 'href="/loften.json?lan=06"' in page


@pytest.mark.parametrize("pledges", [2, 20])
def test_download_query_count_does_not_grow(client, django_assert_num_queries, pledges):
    for i in range(pledges):
        pledge = fill_pledge(make_pledge(("ljungby",)), actions=3)
        if i % 2:
            make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The pledges, their municipalities (with counties), focus areas, signatories, actions,
    # their methods, the published reports and their statuses: once per chunk of pledges.
    # A filtered download (here only a sort) is written to a file once per content version
    # (tests/pledges/test_downloads.py); two more find that version (the next scheduled
    # publication of pledges and of reports).
    with django_assert_num_queries(12):  # one more each for the targets and the parties
        rows = csv_rows(client.get("/loften.csv", {"ordning": "nyast"}))
    assert len(rows) == 3 * pledges


# Done when: which municipalities in Jönköpings län promised to work against fraud in 2024,
# and did they? Answered from the page and downloaded as CSV.


def test_fraud_in_jonkopings_lan_2024_from_the_demo_data(client, db):
    call_command("load_demo", "--no-user", stdout=io.StringIO())

    response = client.get("/loften/?lan=06&fokusomrade=bedragerier&ar=2024")

    assert response.status_code == 200
    assert result_names(response) == ["Värnamo 2024"]
    page = content(response)
    assert "Bekämpning av bedrägerier" in page or "bedrägeribrott" in page
    assert '<span class="status status--delvis">Delvis genomförd</span>' in page
    csv_link = re.search(r'href="(/loften\.csv[^"]*)"', page).group(1).replace("&amp;", "&")

    rows = csv_rows(client.get(csv_link))

    fraud = [row for row in rows if row["focus_area_slug"] == "bedragerier"]
    assert {row["municipalities"] for row in rows} == {"Värnamo"}
    assert len(fraud) == 1
    assert fraud[0]["county_codes"] == "06"
    assert fraud[0]["period"] == "2024"
    assert fraud[0]["latest_status_label"] == "Delvis genomförd"
    assert "bedrägeribrott" in fraud[0]["action"]


def test_every_choice_is_offered_in_its_order(client, find_world):
    # The choices of five filters are read in one query; each keeps its own order.
    from municipalities.models import County, PoliceArea, PoliceRegion
    from pledges.models import FocusArea, Method

    html = content(client.get("/loften/"))

    def offered(name):
        select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group()
        return re.findall(r'<option value="([^"]+)"', select)

    assert offered("lan") == list(County.objects.order_by("code").values_list("code", flat=True))
    for name, model in [
        ("polisregion", PoliceRegion),
        ("polisomrade", PoliceArea),
        ("fokusomrade", FocusArea),
        ("metod", Method),
    ]:
        assert offered(name) == list(model.objects.order_by("name").values_list("slug", flat=True))
        assert offered(name)


@pytest.mark.parametrize("value", [None, "", "b", ["b"], "saknas"])
def test_the_filter_selects_are_the_html_django_would_write(value):
    # The filter form's selects are built in Python for speed; they must say exactly what
    # forms.Select's templates say: attributes, the one option selected, lang on the names.
    from django import forms

    from pledges.filters import FlatSelect, SwedishNamesSelect

    choices = [("", "Alla"), ("a", "Å & <ö>"), ("b", "Bo Tryggt 2030"), ("b", "igen")]
    attrs = {"id": "id_x", "aria-describedby": "id_x-fel", "aria-invalid": True, "hidden": False}

    def squeezed(html):
        return re.sub(r"\s*\n\s*", "", str(html))

    for flat, django_select in [(FlatSelect, forms.Select), (SwedishNamesSelect, None)]:
        widget = flat(choices=choices)
        made = squeezed(widget.render("x", value, attrs))
        if django_select is None:
            expected = squeezed(forms.Select(choices=choices).render("x", value, attrs))
            expected = re.sub(r'(<option value="[^"]+"(?: selected)?)', r'\1 lang="sv"', expected)
        else:
            expected = squeezed(django_select(choices=choices).render("x", value, attrs))
        assert made == expected
        assert made.count(" selected") == (1 if value in (None, "", "b", ["b"]) else 0)


def words_of(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@pytest.mark.parametrize("params", [{}, {"ansvarig": "gemensamt"}])
def test_each_row_shows_its_newest_follow_up_and_its_address(client, params):
    # Read as plain values without filters on promises, from the loaded reports with them:
    # both ways say the same.
    ljungby = fill_pledge(
        make_pledge(("ljungby",), start_date=D(2022, 1, 1), end_date=D(2023, 12, 31)), 4
    )
    make_report(ljungby, year=2022, statuses=DONE)
    newest = make_report(
        ljungby, kind="halvar", year=2023, number=1, statuses=[DONE, DONE, CANCELLED, NOT_STARTED]
    )
    make_report(ljungby, kind="halvar", year=2023, number=2, statuses=DONE, published=False)
    district = fill_pledge(make_pledge(("malmo",), district="Rosengård"), 2)
    example = make_report(district, year=2024, statuses=DONE, is_example=True)
    fill_pledge(make_pledge(("almhult",)), 2)

    html = content(client.get("/loften/", params))
    words = words_of(html)

    assert f'<a href="{ljungby.get_absolute_url()}">Ljungby 2022–2023</a>' in html
    assert (
        f'<a href="{newest.get_absolute_url()}">Senaste uppföljning (första halvåret 2023)' in html
    )
    assert "Senaste uppföljning (första halvåret 2023): 2 av 3 löften genomförda" in words
    assert 'class="progress-bar__fill" width="67"' in html
    assert f'<a href="{district.get_absolute_url()}">Malmö, Rosengård 2024</a>' in html
    assert "/kommuner/malmo/2024/rosengard/" in district.get_absolute_url()
    assert f'<a href="{example.get_absolute_url()}">' in html
    assert "Senaste uppföljning (2024): 2 av 2 löften genomförda Exempel" in words
    assert words.count("Ingen uppföljning publicerad") == 1
    assert words.count("Senaste uppföljning") == 2
