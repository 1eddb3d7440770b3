"""The read-only JSON API at /api/v1/: only published content, stable ids, pages, CORS."""

import json

import pytest

from followups.models import FollowUpReport
from pledges.models import Action, Pledge
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def uids(data):
    return [item["uid"] for item in data["results"]]


def test_index_links_to_everything_and_the_documentation(client, db):
    data = get(client, "/api/v1/")

    assert data["version"] == "1"
    assert data["documentation"] == "http://testserver/oppna-data/"
    assert data["pledges"] == "http://testserver/api/v1/pledges/"
    assert data["followups"] == "http://testserver/api/v1/followups/"


def test_json_is_utf8_with_swedish_letters_intact(client, find_world):
    response = client.get("/api/v1/pledges/")

    assert "Värnamo mot bedrägerier".encode() in response.content
    assert b"\\u00e4" not in response.content


def test_pledges_are_only_the_published_ones_with_their_actions(client, find_world):
    data = get(client, "/api/v1/pledges/")

    varnamo, ljungby, svenljunga = (find_world[k] for k in ("varnamo", "ljungby", "svenljunga"))
    assert data["count"] == 3
    assert uids(data) == [str(varnamo.uid), str(ljungby.uid), str(svenljunga.uid)]
    first = data["results"][0]
    assert first["municipalities"] == [{"code": "0683", "name": "Värnamo"}]
    assert first["counties"] == [{"code": "06", "name": "Jönköpings län"}]
    assert first["period"] == {
        "label": "2024",
        "start_date": "2024-01-01",
        "end_date": "2024-12-31",
        "start_precision": "dag",
        "end_precision": "dag",
        "until_further_notice": False,
    }
    assert first["url"] == "http://testserver/kommuner/varnamo/2024/"
    assert first["api_url"] == f"http://testserver/api/v1/pledges/{varnamo.uid}/"
    action = first["actions"][0]
    assert action["text"] == "Informera äldre om telefonbedrägerier"
    assert action["focus_area"] == {"slug": "bedragerier", "name": "Bedrägerier"}
    assert action["responsible"] == {"code": "polisen", "label": "Polisen"}
    assert action["methods"] == [{"slug": "informationsinsats", "name": "Informationsinsats"}]
    assert action["latest_status"]["status"] == "genomford"
    assert first["followups"][0]["title"] == "Uppföljning 2024"


def test_drafts_and_scheduled_pledges_are_absent_everywhere(client, find_world):
    draft = Pledge.objects.get(title="Gnosjö utkast")
    later = Pledge.objects.get(title="Vaggeryd i morgon")
    report = make_report(find_world["ljungby"], kind="ar", year=2023, published=False)

    everything = json.dumps(
        [
            get(client, "/api/v1/pledges/"),
            get(client, "/api/v1/actions/"),
            get(client, "/api/v1/followups/"),
            get(client, "/api/v1/municipalities/", lan="06"),
        ],
        ensure_ascii=False,
    )
    for hidden in [draft, later]:
        assert str(hidden.uid) not in everything
        get(client, f"/api/v1/pledges/{hidden.uid}/", status=404)
        for action in hidden.actions.all():
            assert str(action.uid) not in everything
            get(client, f"/api/v1/actions/{action.uid}/", status=404)
    assert "bedrägeriutkast" not in everything and "Schemalagt" not in everything
    assert str(report.uid) not in everything
    assert get(client, f"/api/v1/followups/{report.uid}/", status=404) == {
        "error": "Finns inte, eller är inte publicerat."
    }


def test_pledge_detail_by_its_stable_uid(client, find_world):
    pledge = find_world["ljungby"]

    data = get(client, f"/api/v1/pledges/{pledge.uid}/")

    assert data["uid"] == str(pledge.uid)
    assert data["police_area"] == {"slug": "ljungby", "name": "Lokalpolisområde Ljungby"}
    assert data["actions"][0]["latest_status"] is None
    assert "contact_email" not in data


def test_pledge_list_takes_the_filters_of_the_list_page(client, find_world):
    assert uids(get(client, "/api/v1/pledges/", lan="06")) == [str(find_world["varnamo"].uid)]
    assert uids(get(client, "/api/v1/pledges/", ar="2022")) == [str(find_world["svenljunga"].uid)]
    assert get(client, "/api/v1/pledges/", status=400, lan="99") == {
        "error": "Län: Det finns inget län med koden ”99”."
    }


def test_actions_with_their_pledge_in_brief(client, find_world):
    data = get(client, "/api/v1/actions/", lan="14")

    assert data["count"] == 1
    action = data["results"][0]
    assert action["pledge"]["uid"] == str(find_world["svenljunga"].uid)
    assert action["responsible"] == {"code": "annan", "label": "Skolan"}
    assert action["latest_status"]["status"] == "pagar"

    detail = get(client, f"/api/v1/actions/{action['uid']}/")
    assert detail == action


def test_followups_with_a_status_per_promise(client, find_world):
    data = get(client, "/api/v1/followups/")

    assert data["count"] == 2
    report = FollowUpReport.objects.get(pledge=find_world["varnamo"])
    detail = get(client, f"/api/v1/followups/{report.uid}/")
    assert detail["title"] == "Uppföljning 2024"
    assert detail["pledge"]["uid"] == str(find_world["varnamo"].uid)
    assert detail["progress"] == {"counted": 1, "done": 1, "percent": 100, "left_out": 0}
    status = detail["statuses"][0]
    action = Action.objects.get(pledge=find_world["varnamo"])
    assert status["action_uid"] == str(action.uid)
    assert status["status"] == "genomford"
    assert status["action_text"] == "Informera äldre om telefonbedrägerier"


def test_municipalities_by_code_with_their_published_pledges(client, find_world):
    data = get(client, "/api/v1/municipalities/0683/")

    assert data["name"] == "Värnamo"
    assert data["county"] == {"code": "06", "name": "Jönköpings län"}
    assert data["police_region"] == "Öst"
    assert [p["uid"] for p in data["pledges"]] == [str(find_world["varnamo"].uid)]
    assert get(client, "/api/v1/municipalities/0665/")["pledges"] == []  # only scheduled
    get(client, "/api/v1/municipalities/9999/", status=404)


def test_pages_with_links_and_a_maximum_size(client, db):
    first = get(client, "/api/v1/municipalities/", page_size="100")
    last = get(client, "/api/v1/municipalities/", page_size="100", page="3")

    assert first["count"] == 290
    assert first["pages"] == 3
    assert len(first["results"]) == 100
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/municipalities/?page_size=100&page=2"
    assert last["next"] is None
    assert last["previous"] == "http://testserver/api/v1/municipalities/?page_size=100&page=2"
    assert len(last["results"]) == 90
    assert get(client, "/api/v1/municipalities/")["page_size"] == 50


@pytest.mark.parametrize(
    "params, status, error",
    [
        ({"page_size": "101"}, 400, "page_size ska vara ett heltal från 1 till 100."),
        ({"page_size": "0"}, 400, "page_size ska vara ett heltal från 1 till 100."),
        ({"page": "abc"}, 400, "page ska vara ett positivt heltal."),
        ({"page": "99"}, 404, "Det finns ingen sida 99; sista sidan är 6."),
    ],
)
def test_bad_pages_get_a_clear_error(client, db, params, status, error):
    assert get(client, "/api/v1/municipalities/", status=status, **params) == {"error": error}


def test_the_api_only_reads(client, find_world):
    assert client.post("/api/v1/pledges/").status_code == 405
    assert client.delete(f"/api/v1/pledges/{find_world['varnamo'].uid}/").status_code == 405


@pytest.mark.parametrize("pledges", [2, 20])
def test_api_query_counts_do_not_grow(client, django_assert_num_queries, pledges):
    for _ in range(pledges):
        pledge = fill_pledge(make_pledge(("ljungby", "almhult")), actions=3)
        make_report(pledge, kind="ar", year=2024, statuses=DONE)

    # The count and the page; the municipalities (with counties), focus areas, actions and their
    # methods, signatories; the published reports and their statuses.
    with django_assert_num_queries(11):  # one more each for the targets and the parties
        assert len(get(client, "/api/v1/pledges/")["results"]) == pledges
    # The count and the page (with pledges and focus areas); methods, pledge municipalities;
    # the pledges' published reports and their statuses.
    with django_assert_num_queries(7):  # one more for the targets
        assert len(get(client, "/api/v1/actions/")["results"]) == min(50, 3 * pledges)
    # The count and the page (with pledges); the pledges' municipalities and the statuses.
    with django_assert_num_queries(4):
        assert len(get(client, "/api/v1/followups/")["results"]) == pledges
    # The count and the page (with counties and regions); police areas, published pledges.
    with django_assert_num_queries(4):
        assert len(get(client, "/api/v1/municipalities/")["results"]) == 50
