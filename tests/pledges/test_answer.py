"""Every page answers a resident's first question: what did they promise here, is it in force,
and did they do it? The pledge page's summary, the state on lists, the anchors of promises, the
years to choose among and the addresses of /loften/."""

import datetime
import json
import re

import pytest

from followups.models import ActionStatus
from pledges.models import Action, Pledge
from tests.conftest import make_action, make_pledge
from tests.followups.conftest import CANCELLED, DONE, ONGOING, make_report

D = datetime.date
DELAYED = ActionStatus.Status.DELAYED


@pytest.fixture
def today(monkeypatch):
    """Freezes today (timezone.localdate) at the date given: today(D(2024, 6, 1))."""

    def freeze(day):
        monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: day)
        return day

    return freeze


def answer_of(content):
    return content.split('<section class="answer"', 1)[1].split("</section>", 1)[0]


# The pledge page's summary


def test_the_summary_counts_are_the_latest_reports_statuses(client, db, today):
    today(D(2024, 6, 1))
    pledge = make_pledge()
    actions = [make_action(pledge) for _ in range(5)]
    make_report(pledge, kind="tertial", number=1, statuses=[ONGOING] * 5)
    latest = make_report(
        pledge, kind="tertial", number=2, statuses=[DONE, DONE, ONGOING, DELAYED, CANCELLED]
    )

    answer = answer_of(client.get(pledge.get_absolute_url()).content.decode())

    assert '<span class="state state--galler">Gäller nu</span>' in answer
    assert "<strong>2024</strong>" in answer
    # Struken is left out of the count and said apart.
    assert "2 av 4 löften genomförda" in answer
    assert "1 löfte struket" in answer
    assert f'href="{latest.get_absolute_url()}">{latest.title}</a>' in answer
    legend = answer.split('class="status-legend"', 1)[1].split("</ul>", 1)[0]
    counts = dict(re.findall(r'status--(\w+)">[^<]+</span>\s*(\d+)', legend))
    assert counts == {"genomford": "2", "pagar": "1", "forsenad": "1", "struken": "1"}
    assert answer.count('class="status-bar__part ') == 4
    for action in actions:
        assert f'href="#lofte-{action.uid}"' in answer
    assert "Nästa uppföljning väntas efter 31 december 2024" in answer


def test_an_ended_pledge_without_a_final_report_says_so_and_gives_the_last_known_status(
    client, db, today
):
    today(D(2019, 3, 1))
    pledge = make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31))
    make_action(pledge)
    make_report(pledge, kind="kvartal", year=2018, number=1, statuses=DONE)

    answer = answer_of(client.get(pledge.get_absolute_url()).content.decode())

    assert "Avslutat" in answer
    assert "Slutrapport saknas." in answer
    assert "Senast kända status (kvartal 1 2018):" in answer
    assert "Nästa uppföljning" not in answer


def test_an_ended_pledge_followed_up_to_its_end_does_not_miss_a_final_report(client, db, today):
    today(D(2025, 3, 1))
    pledge = make_pledge()
    make_action(pledge)
    make_report(pledge, statuses=DONE)

    answer = answer_of(client.get(pledge.get_absolute_url()).content.decode())

    assert "Slutrapport saknas" not in answer
    assert "1 av 1 löfte genomfört" in answer


def test_the_summary_comes_before_the_promises_and_the_introduction(client, db):
    pledge = make_pledge(introduction="Inledningen om Ljungby.")
    make_action(pledge)
    content = client.get(pledge.get_absolute_url()).content.decode()

    assert (
        content.index("<h1")
        < content.index('class="answer"')
        < content.index('id="vara-loften"')
        < content.index("<p>Inledningen om Ljungby.</p>")
    )


# Anchors


def test_anchors_stay_when_promises_are_reordered(client, db):
    pledge = make_pledge()
    first = make_action(pledge, order=1, text="Först")
    second = make_action(pledge, order=2, text="Sedan")
    before = client.get(pledge.get_absolute_url()).content.decode()
    Action.objects.filter(pk=first.pk).update(order=3)

    after = client.get(pledge.get_absolute_url()).content.decode()

    for action in (first, second):
        anchor = f'id="lofte-{action.uid}"'
        assert anchor in before and anchor in after
    assert after.index(f'id="lofte-{second.uid}"') < after.index(f'id="lofte-{first.uid}"')
    assert first.get_absolute_url() == f"{pledge.get_absolute_url()}#lofte-{first.uid}"


def test_the_downloads_and_the_api_give_each_promise_its_address_and_the_state(client, db, today):
    today(D(2024, 6, 1))
    pledge = make_pledge()
    action = make_action(pledge)

    (row,) = json.loads(b"".join(client.get("/loften.json").streaming_content))
    assert row["state"] == "galler"
    assert row["action_url"] == f"http://testserver{action.get_absolute_url()}"
    csv = b"".join(client.get("/loften.csv").streaming_content).decode("utf-8-sig")
    header, line = csv.splitlines()[:2]
    assert header.split(";")[-2:] == ["state", "action_url"]
    assert line.endswith(f";galler;http://testserver{action.get_absolute_url()}")

    data = client.get(f"/api/v1/pledges/{pledge.uid}/").json()
    assert data["state"] == {"code": "galler", "label": "Gäller nu"}
    assert data["actions"][0]["url"] == f"http://testserver{action.get_absolute_url()}"


def test_a_promise_found_by_search_links_to_its_place_with_its_status(client, db):
    pledge = make_pledge()
    action = make_action(pledge, text="Trygghetsvandringar i centrum")
    make_report(pledge, statuses=DONE)

    content = client.get("/sok/", {"q": "trygghetsvandringar"}).content.decode()

    assert f'href="{action.get_absolute_url()}"' in content
    assert '<span class="status status--genomford">Genomförd</span>' in content


# State on lists


def test_lists_show_each_pledges_state(client, db, today):
    today(D(2024, 6, 1))
    make_pledge(title="Nu")
    make_pledge(title="Förr", start_date=D(2022, 1, 1), end_date=D(2022, 12, 31))

    for url in ["/", "/kommuner/ljungby/", "/loften/", "/polisomraden/ljungby/"]:
        content = client.get(url).content.decode()
        assert '<span class="state state--galler">Gäller nu</span>' in content, url
    for url in ["/kommuner/ljungby/", "/loften/"]:
        content = client.get(url).content.decode()
        assert '<span class="state state--avslutat">Avslutat</span>' in content, url


def test_loften_can_be_narrowed_to_pledges_in_force(client, db, today):
    today(D(2024, 6, 1))
    make_pledge(title="Nu gällande")
    make_pledge(title="Förr gällande", start_date=D(2022, 1, 1), end_date=D(2022, 12, 31))

    content = client.get("/loften/", {"lage": "galler"}).content.decode()

    assert "Nu gällande" in content
    assert "Förr gällande" not in content
    assert "(1 filter valt)" in content


def test_kommuner_shows_and_narrows_by_pledges(client, db, today):
    today(D(2024, 6, 1))
    make_pledge(("ljungby",))
    make_pledge(("varnamo",), start_date=D(2022, 1, 1), end_date=D(2022, 12, 31))

    everyone = client.get("/kommuner/").content.decode()
    in_force = client.get("/kommuner/", {"visa": "gallande"}).content.decode()
    with_any = client.get("/kommuner/", {"visa": "med-lofte"}).content.decode()

    assert "Gäller nu" in everyone and "Avslutat" in everyone and "Gnosjö" in everyone
    assert ">Ljungby<" in in_force and ">Värnamo<" not in in_force
    assert ">Ljungby<" in with_any and ">Värnamo<" in with_any and ">Gnosjö<" not in with_any


# Years


def test_year_choices_run_to_this_year_and_default_to_it(client, db, today):
    today(D(2031, 3, 1))
    make_pledge(title="Gammalt", start_date=D(2021, 1, 1), end_date=D(2021, 12, 31))
    action = make_action(Pledge.objects.get(title="Gammalt"), focus_area_id=None)
    assert action

    listing = client.get("/loften/").content.decode()
    assert '<option value="2031">2031</option>' in listing
    assert '<option value="2021">2021</option>' in listing

    overview = client.get("/oversikt/")
    assert overview.context["years"] == list(range(2021, 2032))
    assert overview.context["year"] == 2031

    pledge = Pledge.objects.get(title="Gammalt")
    pledge.focus_areas.add(1)
    slug = pledge.focus_areas.get().slug
    focus = client.get(f"/fokusomraden/{slug}/")
    assert focus.context["years"][-1] == 2031
    assert focus.context["year"] == 2031


# Addresses and downloads of /loften/


def test_empty_parameters_are_dropped_by_a_redirect(client, db):
    response = client.get("/loften/?ar=&lan=07&q=&fokusomrade=")

    assert response.status_code == 302
    assert response["Location"] == "/loften/?lan=07"
    assert client.get("/loften/?ar=&q=")["Location"] == "/loften/"
    assert client.get("/loften/?lan=07").status_code == 200


def test_download_names_say_what_was_chosen(client, db):
    make_pledge()

    response = client.get("/loften.csv", {"ar": "2024", "lan": "07"})
    b"".join(response.streaming_content)  # read to the end, so the file (exports.py) is closed
    assert response["Content-Disposition"] == (
        'attachment; filename="medborgarloften-2024-kronobergs-lan.csv"'
    )
    response = client.get("/loften.json")
    b"".join(response.streaming_content)  # read to the end, so the file (exports.py) is closed
    assert response["Content-Disposition"] == 'attachment; filename="medborgarloften.json"'
    assert "Ladda ned som kalkylblad (CSV)" in client.get("/loften/").content.decode()


# The 404 under a known municipality


def test_an_unknown_period_lists_the_municipalitys_pledges(client, db):
    pledge = make_pledge()

    response = client.get("/kommuner/ljungby/1999/")

    assert response.status_code == 404
    assert f'href="{pledge.get_absolute_url()}"' in response.content.decode()
    assert client.get("/kommuner/finns-inte/2024/").status_code == 404


# Queries


@pytest.mark.parametrize("pledges", [1, 6])
def test_start_page_query_count_does_not_grow(
    client, db, django_assert_num_queries, pledges, today
):
    today(D(2024, 6, 1))
    slugs = ["ljungby", "varnamo", "gnosjo", "vaggeryd", "almhult", "alvesta"]
    for i in range(pledges):
        pledge = make_pledge((slugs[i],))
        make_action(pledge)
        make_report(pledge, kind="tertial", number=1, statuses=DONE)

    # The pledges in force, their municipalities, their published follow-ups with their
    # statuses counted, and the names for the suggestions.
    with django_assert_num_queries(4):
        content = client.get("/").content.decode()
    assert content.count('class="card"') == pledges
