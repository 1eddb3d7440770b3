import datetime
import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from municipalities.models import Municipality
from pledges.management.commands.load_demo import DEMO_FILE
from pledges.models import Action, Pledge, Signatory

LJUNGBY = "eead50d8-b8c6-5a93-be36-218465017460"
VARNAMO = "8bcc1f46-01da-5911-bb0e-895e1b91e205"
VAGGERYD = "340460ec-926f-5425-adb9-c8f2515c2313"
SVENLJUNGA = "d4ea28de-6208-5ade-a0e1-c763d050c867"


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        "pledges": Pledge.objects.count(),
        "actions": Action.objects.count(),
        "signatories": Signatory.objects.count(),
        "users": get_user_model().objects.count(),
        "action methods": Action.methods.through.objects.count(),
        "pledge municipalities": Pledge.municipalities.through.objects.count(),
        "pledge focus areas": Pledge.focus_areas.through.objects.count(),
    }


def demo_data():
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def write(tmp_path, data):
    path = tmp_path / "pledges.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def loaded(db):
    return load_demo()


def test_loading_twice_gives_the_same_rows(loaded):
    first = counts()
    output = load_demo()

    assert counts() == first
    assert first["pledges"] == 5
    assert first["users"] == 3  # the national administrator and two staff users
    assert "Ljungby 2017–2018: 4 åtgärder" in loaded
    assert "(5 nya, 0 uppdaterade)" in loaded
    assert "(0 nya, 5 uppdaterade)" in output


def test_ljungby_2017_2018(loaded):
    pledge = Pledge.objects.get(uid=LJUNGBY)

    assert pledge.title == "Medborgarlöfte i Ljungby"
    assert pledge.period_label == "2017–2018"
    assert pledge.actions.count() == 4
    assert [a.targets_label for a in pledge.actions.all() if a.targets_label] == [
        "minst 2 grannsamverkansmöten per år",
        "minst 2 trygghetsvandringar per år",
    ]
    assert pledge.actions.get(text__contains="vid behov").targets_label == ""
    assert [(s.name, s.title, s.side) for s in pledge.signatories.all()] == [
        ("Anders Karlsson", "Lokalpolisområdeschef", Signatory.Side.POLICE),
        ("Magnus Gunnarsson", "Kommunstyrelsens ordförande", Signatory.Side.MUNICIPALITY),
    ]
    assert pledge.followup_cadence == Pledge.Cadence.QUARTERLY
    assert pledge.signed_on == datetime.date(2017, 2, 9)
    assert pledge.signed_place == "Ljungby"


def test_no_web_page_chrome_in_the_demo_texts(loaded):
    chrome = ["Javascript", "Sök på polisen.se", "Till toppen"]
    for pledge in Pledge.objects.all():
        texts = [pledge.introduction, pledge.situation, pledge.other_text, pledge.followup_text]
        texts += [a.text + a.details for a in pledge.actions.all()]
        assert not [text for text in texts for word in chrome if word in text]


def test_varnamo_2024(loaded):
    pledge = Pledge.objects.get(uid=VARNAMO)

    assert pledge.signed_on == datetime.date(2024, 4, 22)
    assert [a.heading for a in pledge.actions.all()] == [
        "Effektiv Samordning för Trygghet (EST)",
        "Förebyggande insatser bland unga",
        "Bekämpning av bedrägerier",
        "Involvering av invånare och andra aktörer",
    ]
    assert [s.name for s in pledge.signatories.all()] == ["Anders Sund", "Tobias Pettersson"]
    assert pledge.followup_cadence == Pledge.Cadence.YEARLY


def test_vaggeryd_2023_records_the_truncated_focus_area_without_completing_it(loaded):
    pledge = Pledge.objects.get(uid=VAGGERYD)

    assert "avbruten" in pledge.source_note
    assert "”Förbättrad”" in pledge.source_note
    texts = [pledge.introduction, pledge.situation, pledge.other_text, pledge.followup_text]
    texts += [area.name for area in pledge.focus_areas.all()]
    texts += [a.heading + a.text + a.details for a in pledge.actions.all()]
    assert not [text for text in texts if "Förbättrad" in text]
    assert pledge.followup_cadence == Pledge.Cadence.NOT_STATED
    assert pledge.signatories.count() == 0


def test_svenljunga_2019_has_its_kommunpolis_as_contact(loaded):
    pledge = Pledge.objects.get(uid=SVENLJUNGA)

    assert pledge.contact_name == "Annika Stomberg"
    assert pledge.contact_email == "annika.stomberg@polisen.se"
    assert pledge.police_area.slug == "boras"
    assert pledge.signed_on is None


@pytest.mark.parametrize("slug", ["varnamo", "vaggeryd", "almhult", "ljungby", "svenljunga"])
def test_each_demo_municipality_has_one_published_pledge(loaded, slug):
    municipality = Municipality.objects.get(slug=slug)

    assert Pledge.objects.published().for_municipality(municipality).count() == 1


def test_every_loaded_object_passes_full_clean(loaded):
    objects = [*Pledge.objects.all(), *Action.objects.all(), *Signatory.objects.all()]

    assert len(objects) == 5 + 20 + 6
    for obj in objects:
        obj.full_clean()


def admin_login(client, password):
    """Logs in through the admin's own login page, as a person would."""
    response = client.post(
        reverse("admin:login"), {"username": "demo", "password": password, "next": "/admin/"}
    )
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_printed_password_logs_in_and_a_second_run_keeps_it(loaded, client):
    password = re.search(r"med lösenordet (\S+)", loaded).group(1)
    assert admin_login(client, password)
    user = get_user_model().objects.get(username="demo")
    assert user.is_superuser
    assert user.is_staff

    output = load_demo()

    assert "lösenordet" not in output
    assert "Byt lösenord med: DEBUG=1 .venv/bin/python manage.py changepassword demo" in output
    client.logout()
    assert admin_login(client, password)


def test_no_user_option(db):
    output = load_demo("--no-user")

    assert get_user_model().objects.count() == 0
    assert "lösenord" not in output


def test_an_action_removed_from_the_file_is_deleted(loaded, tmp_path):
    data = demo_data()
    ljungby = next(item for item in data if item["uid"] == LJUNGBY)
    removed = ljungby["actions"].pop()

    # The example reports give that action a status, so they would refuse the file.
    output = load_demo("--file", str(write(tmp_path, data)), "--no-user", "--no-reports")

    assert "Ljungby 2017–2018: 3 åtgärder" in output
    assert not Action.objects.filter(uid=removed["uid"]).exists()
    assert Action.objects.count() == 19


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda item: item.update(municipalities=["9999"]), "okänd kommunkod ”9999”"),
        (
            lambda item: item.update(focus_areas=["trygghet", "spoken"]),
            "okänt fokusområde ”spoken”",
        ),
        (
            lambda item: item["actions"][2].update(methods=["spokjakt"]),
            "okänd arbetsmetod ”spokjakt”",
        ),
    ],
)
def test_a_bad_file_writes_nothing(db, tmp_path, change, message):
    data = demo_data()
    ljungby = next(item for item in data if item["uid"] == LJUNGBY)
    change(ljungby)
    path = write(tmp_path, data)

    with pytest.raises(CommandError) as error:
        load_demo("--file", str(path))

    assert "Medborgarlöfte i Ljungby (2017–2018)" in str(error.value)
    assert message in str(error.value)
    assert counts() == dict.fromkeys(counts(), 0)


def printed_password(output, username):
    return re.search(rf"som {username} med lösenordet (\S+)", output).group(1)


@pytest.mark.parametrize(
    ("username", "own", "other"),
    [
        ("varnamo-kommun", "Värnamo", "Ljungby"),
        ("lpo-ljungby", "Ljungby", "Värnamo"),
    ],
)
def test_demo_staff_change_only_their_own_pledges(loaded, client, username, own, other):
    password = printed_password(loaded, username)
    response = client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}
    )
    assert response.status_code == 302
    own_pledge = Pledge.objects.get(municipalities__name=own)
    other_pledge = Pledge.objects.get(municipalities__name=other)
    change = "admin:pledges_pledge_change"
    assert client.get(reverse(change, args=[own_pledge.pk])).status_code == 200
    # Another organisation's pledge looks like a missing one.
    assert client.get(reverse(change, args=[other_pledge.pk])).status_code == 404
    listing = client.get(reverse("admin:pledges_pledge_changelist")).content.decode()
    assert own_pledge.title in listing
    assert other_pledge.title not in listing


def test_every_seed_pledge_is_one_click_from_the_start_page(loaded, client):
    """A visitor reaches each of the five seed pledges from the start page (at most 3 clicks)."""
    start = client.get(reverse("pledges:home")).content.decode()
    for pledge in Pledge.objects.all():
        url = pledge.get_absolute_url()
        assert f'href="{url}"' in start, pledge
        page = client.get(url)
        assert page.status_code == 200
        assert pledge.title in page.content.decode()


def test_ljungby_shows_each_promises_latest_status_and_its_followups(loaded, client):
    pledge = Pledge.objects.get(uid=LJUNGBY)
    page = client.get(pledge.get_absolute_url()).content.decode()
    assert "Status enligt Uppföljning kvartal 1 2018" in page
    for report in pledge.reports.all():
        assert report.get_absolute_url() in page
        report_page = client.get(report.get_absolute_url()).content.decode()
        assert "Exempel" in report_page


def test_the_ljungby_page_shows_the_targets_and_both_signatories(loaded, client):
    page = client.get("/kommuner/ljungby/2017-2018/").content.decode()
    assert "minst 2 trygghetsvandringar per år" in page
    assert "minst 2 grannsamverkansmöten per år" in page
    assert "Anders Karlsson" in page
    assert "Magnus Gunnarsson" in page
    assert "Undertecknat i Ljungby 9 februari 2017" in page
