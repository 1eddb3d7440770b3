import datetime
import io
import json
import zoneinfo

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Prefetch

from followups import schedule
from followups.demo_reports import DEMO_FILE
from followups.models import ActionStatus, FollowUpReport
from followups.services import changes_since
from pledges.management.commands.load_demo import DEMO_FILE as PLEDGES_FILE
from pledges.models import Pledge

LJUNGBY = "eead50d8-b8c6-5a93-be36-218465017460"
VARNAMO = "8bcc1f46-01da-5911-bb0e-895e1b91e205"
ALMHULT = "6ad7834c-1c3a-58d0-acee-bcdd28c32642"
VAGGERYD = "340460ec-926f-5425-adb9-c8f2515c2313"
SVENLJUNGA = "d4ea28de-6208-5ade-a0e1-c763d050c867"
LJUNGBY_Q1_2017 = "65edc5dc-ad1a-525d-9a02-f29db95f6eb0"
TRYGGHETSVANDRINGAR = "add5f286-fb42-512e-89b0-015ed183e882"
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", "--no-user", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        "pledges": Pledge.objects.count(),
        "reports": FollowUpReport.objects.count(),
        "statuses": ActionStatus.objects.count(),
    }


def reports_data():
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def write(tmp_path, data, name="reports.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def ljungby_reports():
    return list(
        FollowUpReport.objects.published().filter(pledge__uid=LJUNGBY).in_order().select_related()
    )


@pytest.fixture
def loaded(db):
    return load_demo()


def test_loading_twice_gives_the_same_rows(loaded):
    first = counts()
    output = load_demo()

    assert counts() == first
    assert first == {"pledges": 5, "reports": 7, "statuses": 5 * 4 + 4 + 6}
    assert "Ljungby 2017–2018: 5 uppföljningar" in loaded
    assert "Värnamo 2024: 1 uppföljning\n" in loaded
    assert "7 exempeluppföljningar (7 nya, 0 uppdaterade) med 30 statusar" in loaded
    assert "7 exempeluppföljningar (0 nya, 7 uppdaterade) med 30 statusar" in output


def test_every_demo_report_says_it_is_an_example(loaded):
    reports = FollowUpReport.objects.all()

    assert reports
    for report in reports:
        assert report.is_example
        assert report.summary.startswith("Exempel: ")


def test_every_status_of_a_published_report_is_set_and_frozen(loaded):
    statuses = ActionStatus.objects.filter(report__status=FollowUpReport.Status.PUBLISHED)

    assert statuses.count() == 30
    for row in statuses.select_related("action"):
        assert row.status in ActionStatus.Status.values
        assert row.action_text == row.action.text
        assert row.target_count == row.action.first_target_count


def test_every_loaded_row_passes_full_clean(loaded):
    for obj in [*FollowUpReport.objects.all(), *ActionStatus.objects.all()]:
        obj.full_clean()


def test_ljungby_has_five_quarterly_reports_in_order(loaded):
    reports = ljungby_reports()

    assert [r.title for r in reports] == [
        "Uppföljning kvartal 1 2017",
        "Uppföljning kvartal 2 2017",
        "Uppföljning kvartal 3 2017",
        "Uppföljning kvartal 4 2017",
        "Uppföljning kvartal 1 2018",
    ]
    assert reports[0].published_at == datetime.datetime(2017, 4, 20, 10, tzinfo=STOCKHOLM)
    for report in reports:
        assert report.published_at.date() > report.covers_end
    assert [r for r in reports if r.effect and r.indicators and r.fulfilment and r.lessons]


def test_ljungby_trygghetsvandringar_are_counted_per_year(loaded):
    rows = [r.statuses.get(action__uid=TRYGGHETSVANDRINGAR) for r in ljungby_reports()]

    assert [row.count_label for row in rows] == ["1 av 2", "2 av 2", "2 av 2", "3 av 2", "1 av 2"]
    assert [row.status for row in rows] == ["pagar", "genomford", "genomford", "genomford", "pagar"]


def test_each_ljungby_report_changes_something_since_the_previous(loaded):
    reports = ljungby_reports()

    for previous, report in zip(reports, reports[1:], strict=False):
        assert changes_since(report, previous), report.title


def test_the_other_demo_reports_show_the_remaining_statuses(loaded):
    varnamo = FollowUpReport.objects.get(pledge__uid=VARNAMO)
    almhult = FollowUpReport.objects.get(pledge__uid=ALMHULT)

    assert varnamo.title == "Uppföljning 2024"
    assert set(varnamo.statuses.values_list("status", flat=True)) == {
        "genomford",
        "pagar",
        "delvis",
        "forsenad",
    }
    assert almhult.title == "Slutrapport 2021"
    struck = almhult.statuses.get(status=ActionStatus.Status.CANCELLED)
    assert struck.evidence.startswith("Struken")
    assert not FollowUpReport.objects.filter(pledge__uid__in=[VAGGERYD, SVENLJUNGA]).exists()


def test_ljungby_2018_reports_are_overdue(loaded):
    pledges = (
        Pledge.objects.published()
        .with_municipalities()
        .prefetch_related(Prefetch("reports", queryset=FollowUpReport.objects.in_order()))
    )

    late = schedule.late_reports(pledges, datetime.date(2026, 1, 1))

    assert [(str(e.pledge.uid), e.title) for e in late] == [
        (LJUNGBY, "Uppföljning kvartal 2 2018"),
        (LJUNGBY, "Uppföljning kvartal 3 2018"),
        (LJUNGBY, "Uppföljning kvartal 4 2018"),
    ]


def test_a_second_run_brings_published_reports_in_step_with_the_files(loaded, tmp_path):
    pledges = json.loads(PLEDGES_FILE.read_text(encoding="utf-8"))
    ljungby = next(item for item in pledges if item["uid"] == LJUNGBY)
    action = next(a for a in ljungby["actions"] if a["uid"] == TRYGGHETSVANDRINGAR)
    action["text"] = "Att genomföra minst 3 trygghetsvandringar per år"
    action["targets"] = ["3 trygghetsvandringar per år"]
    reports = reports_data()
    status = reports[0]["statuses"][2]
    assert status["action"] == TRYGGHETSVANDRINGAR
    status["evidence"] = "Ändrad text."

    load_demo(
        "--file",
        str(write(tmp_path, pledges, "pledges.json")),
        "--reports-file",
        str(write(tmp_path, reports)),
    )

    report = FollowUpReport.objects.get(uid=LJUNGBY_Q1_2017)
    row = report.statuses.get(action__uid=TRYGGHETSVANDRINGAR)
    assert report.is_published
    assert report.published_at == datetime.datetime(2017, 4, 20, 10, tzinfo=STOCKHOLM)
    assert row.evidence == "Ändrad text."
    assert row.action_text == "Att genomföra minst 3 trygghetsvandringar per år"
    assert row.count_label == "1 av 3"


def test_a_report_without_published_at_is_loaded_as_a_draft(db, tmp_path):
    data = reports_data()
    data[4]["published_at"] = None
    data[4]["statuses"][0]["status"] = ""

    load_demo("--reports-file", str(write(tmp_path, data)))

    draft = FollowUpReport.objects.get(uid=data[4]["uid"])
    assert draft.status == FollowUpReport.Status.DRAFT
    assert draft.published_at is None
    assert draft.missing_statuses().count() == 1
    assert len(ljungby_reports()) == 4


def bad_action(data):
    data[0]["statuses"][1]["action"] = "00000000-0000-0000-0000-000000000000"


def bad_status(data):
    data[1]["statuses"][0]["status"] = "klar"


def outside_period(data):
    data[4]["year"] = 2019


def missing_status(data):
    data[5]["statuses"].pop()


def no_prefix(data):
    data[6]["summary"] = "Allt gick bra."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            bad_action,
            "Ljungby 2017–2018, Uppföljning kvartal 1 2017, status 2: okänd åtgärd "
            "”00000000-0000-0000-0000-000000000000”.",
        ),
        (
            bad_status,
            "Ljungby 2017–2018, Uppföljning kvartal 2 2017, status 1: okänd status ”klar”",
        ),
        (
            outside_period,
            "Ljungby 2017–2018, Uppföljning kvartal 1 2019: "
            "Uppföljningen ligger utanför löftets period (2017–2018).",
        ),
        (missing_status, "Värnamo 2024, Uppföljning 2024: Alla löften behöver en status"),
        (no_prefix, "Älmhult 2021, Slutrapport 2021: sammanfattningen ska börja med ”Exempel: ”"),
    ],
)
def test_a_bad_reports_file_writes_nothing(db, tmp_path, change, message):
    data = reports_data()
    change(data)

    with pytest.raises(CommandError) as error:
        load_demo("--reports-file", str(write(tmp_path, data)))

    assert message in str(error.value)
    assert counts() == dict.fromkeys(counts(), 0)


def test_a_bad_reports_file_leaves_loaded_pledges_and_reports_alone(loaded, tmp_path):
    before = counts()
    pledges = json.loads(PLEDGES_FILE.read_text(encoding="utf-8"))
    next(item for item in pledges if item["uid"] == LJUNGBY)["title"] = "Ny titel"
    reports = reports_data()
    reports[0]["summary"] = "Exempel: Ändrad sammanfattning."
    bad_action(reports)

    with pytest.raises(CommandError, match="okänd åtgärd"):
        load_demo(
            "--file",
            str(write(tmp_path, pledges, "pledges.json")),
            "--reports-file",
            str(write(tmp_path, reports)),
        )

    assert counts() == before
    assert Pledge.objects.get(uid=LJUNGBY).title == "Medborgarlöfte i Ljungby"
    assert FollowUpReport.objects.get(uid=LJUNGBY_Q1_2017).summary == reports_data()[0]["summary"]
