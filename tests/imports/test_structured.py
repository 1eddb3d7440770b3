"""The structured import (imports/structured.py) and its management command."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from followups.models import ActionStatus, FollowUpReport
from imports.structured import ImportRefused, import_pledges, plan_import
from municipalities.models import PoliceArea
from pledges import exports
from pledges.models import Action, Pledge, Signatory
from tests.conftest import PUBLISHER_A, SUPERUSER, fill_pledge, make_pledge, make_signatory

pytestmark = pytest.mark.django_db


def absolute(path):
    return f"http://testserver{path}"


def export_csv(pledges=None):
    pledges = Pledge.objects.all() if pledges is None else pledges
    rows = exports.rows(pledges.order_by("uid"), absolute)
    return "".join(exports.csv_lines(rows)).encode()


def export_json(pledges=None):
    pledges = Pledge.objects.all() if pledges is None else pledges
    rows = exports.rows(pledges.order_by("uid"), absolute)
    return "".join(exports.json_lines(rows)).encode()


def read_csv(content):
    reader = csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";")
    return list(reader)


def write_csv(rows, columns=None):
    columns = columns or list(rows[0])
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=";", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode()


def refused(content, file_name="loften.csv", **kwargs):
    with pytest.raises(ImportRefused) as error:
        import_pledges(content=content, file_name=file_name, **kwargs)
    return error.value.problems


def counts():
    return (
        Pledge.objects.count(),
        Action.objects.count(),
        Signatory.objects.count(),
        FollowUpReport.objects.count(),
        ActionStatus.objects.count(),
        Pledge.history.count(),
    )


@pytest.fixture
def rich(world):
    """The world, with everything the format carries filled in on the published Värnamo pledge."""
    pledge = world["b_published"]
    pledge.introduction = "Vi lovar.\r\nTvå rader."
    pledge.situation_basis = "Trygghetsmätning 2023"
    pledge.expected_effect = "Färre bedrägerier"
    pledge.other_text = "Övrigt; med semikolon"
    pledge.followup_text = "Uppföljning varje år"
    pledge.followup_published_where = "polisen.se"
    pledge.signed_on = datetime.date(2024, 2, 1)
    pledge.signed_place = "Värnamo"
    pledge.source_url = "https://example.se/lofte.pdf"
    pledge.source_note = "Texten är avbruten"
    pledge.police_area = PoliceArea.objects.get(slug="varnamo")
    pledge.district = "Centrum"
    pledge.continues = world["b_draft"]
    pledge.save()
    make_signatory(pledge, name="Anna Andersson", title="", organisation="Värnamo kommun")
    action = pledge.actions.first()
    action.details = "Med ”citat” och | streck"
    action.other_party = "Skolan"
    action.heading = "Synlighet"
    action.save()
    status = world["b_report"].statuses.get(action=action)
    ActionStatus.objects.filter(pk=status.pk).update(evidence="Tre möten", achieved_count=3)
    return world


# Round trips


def test_csv_round_trips_into_an_empty_database(rich):
    before = export_csv()
    Pledge.objects.all().delete()

    plan = import_pledges(content=before, file_name="loften.csv", publish=True)

    assert len(plan.created) == 4
    assert export_csv() == before


def test_json_round_trips_into_an_empty_database(rich):
    before = export_json()
    Pledge.objects.all().delete()

    import_pledges(content=before, file_name="loften.json", publish=True)

    assert export_json() == before


FORMULAS = {
    "title": '=HYPERLINK("http://evil.example","Klicka")',
    "introduction": "+46 70 123 45 67",
    "situation": "-2+3",
    "situation_basis": "@SUM(A1:A2)",
    "expected_effect": "\tFlik först",
    "other_text": "\rVagnretur först",
    "followup_text": "'=redan med apostrof",
    "signed_place": "'Apostrof först",
}


@pytest.fixture
def formulas(rich):
    pledge = rich["b_published"]
    for field_name, value in FORMULAS.items():
        setattr(pledge, field_name, value)
    pledge.save()
    action = pledge.actions.first()
    action.text = "=1+1"
    action.save()
    return rich


def test_csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe(formulas):
    rows = [row for row in read_csv(export_csv()) if row["pledge_title"].startswith("'=HYP")]

    assert rows
    row = rows[0]
    assert row["pledge_title"] == "'" + FORMULAS["title"]
    assert row["introduction"] == "'+46 70 123 45 67"
    assert row["situation"] == "'-2+3"
    assert row["situation_basis"] == "'@SUM(A1:A2)"
    assert row["expected_effect"] == "'\tFlik först"
    assert row["other_text"] == "'\rVagnretur först"
    # An apostrophe of the text's own is doubled, so that the import tells them apart.
    assert row["followup_text"] == "''=redan med apostrof"
    assert row["signed_place"] == "''Apostrof först"
    assert "'=1+1" in [r["action"] for r in rows]
    for value in (r[name] for r in read_csv(export_csv()) for name in r):
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_json_keeps_the_text_as_written(formulas):
    rows = json.loads(export_json())
    row = next(r for r in rows if r["pledge_title"] == FORMULAS["title"])
    assert row["introduction"] == "+46 70 123 45 67"
    assert row["followup_text"] == "'=redan med apostrof"
    assert "=1+1" in [r["action"] for r in rows]


def test_neutralised_csv_round_trips_byte_for_byte(formulas):
    before = export_csv()
    Pledge.objects.all().delete()

    import_pledges(content=before, file_name="loften.csv", publish=True)

    pledge = Pledge.objects.get(title=FORMULAS["title"])
    for field_name, value in FORMULAS.items():
        assert getattr(pledge, field_name) == value, field_name
    assert pledge.actions.filter(text="=1+1").exists()
    assert export_csv() == before


@pytest.mark.parametrize("export, name", [(export_csv, "a.csv"), (export_json, "a.json")])
def test_importing_a_download_again_changes_nothing(rich, export, name):
    before, rows_before = export(), counts()

    plan = import_pledges(content=before, file_name=name)

    assert len(plan.unchanged) == 4 and not plan.created and not plan.updated
    assert counts() == rows_before
    assert export() == before


def test_the_public_download_imports_as_it_is(client, rich):
    content = b"".join(client.get("/loften.csv").streaming_content)

    plan = plan_import(content=content, file_name="medborgarloften.csv")

    assert {p.uid for p in plan.unchanged} == {
        rich["b_published"].uid,
        rich["a_published"].uid,
    }


# Updating in place


def test_a_reimport_updates_changed_text_in_place(rich, django_user_model):
    rows = read_csv(export_csv())
    pledge = rich["a_draft"]
    mine = [row for row in rows if row["pledge_uid"] == str(pledge.uid)]
    for row in mine:
        row["pledge_title"] = "Ny rubrik"
    mine[0]["action"] = "Ändrad text"
    mine[0]["method_slugs"] = ""
    before = counts()[:5]
    user = django_user_model.objects.get(username=PUBLISHER_A)

    plan = import_pledges(
        content=write_csv([r for r in rows if r in mine]), file_name="a.csv", user=user
    )

    assert [p.outcome for p in plan.pledges] == ["updated"]
    assert counts()[:5] == before
    pledge.refresh_from_db()
    assert pledge.title == "Ny rubrik"
    action = Action.objects.get(uid=mine[0]["action_uid"])
    assert action.text == "Ändrad text"
    assert not action.methods.exists()
    latest = pledge.history.first()
    assert latest.history_user == user
    assert latest.history_change_reason == "Import från fil a.csv"
    assert action.history.first().history_user == user


def test_new_pledges_are_drafts_and_existing_ones_keep_their_status(rich):
    rows = read_csv(export_csv())
    new = dict(rows[0])
    new["pledge_uid"] = "11111111-1111-4111-8111-111111111111"
    new["action_uid"] = "22222222-2222-4222-8222-222222222222"
    new["district"] = "Nytt område"
    new["latest_followup_uid"] = new["latest_status"] = new["latest_evidence"] = ""
    new["achieved_count"] = ""

    import_pledges(content=write_csv([*rows, new]), file_name="a.csv")

    created = Pledge.objects.get(uid=new["pledge_uid"])
    assert created.status == Pledge.Status.DRAFT
    assert created.actions.get().uid.hex == new["action_uid"].replace("-", "")
    assert Pledge.objects.get(pk=rich["b_published"].pk).status == Pledge.Status.PUBLISHED


def test_a_file_without_optional_columns_leaves_those_fields_alone(rich):
    rows = read_csv(export_csv())
    columns = exports.FIELDNAMES[: exports.FIELDNAMES.index("achieved_count") + 1]

    plan = import_pledges(content=write_csv(rows, columns), file_name="gammal.csv")

    assert not plan.updated
    pledge = Pledge.objects.get(pk=rich["b_published"].pk)
    assert pledge.signatories.count() == 3
    assert pledge.introduction == "Vi lovar.\r\nTvå rader."


# Bad files: nothing written, and every problem said where


def test_one_bad_row_writes_nothing_and_names_row_and_column(rich):
    rows = read_csv(export_csv())
    for row in rows:
        row["pledge_title"] += " ändrad"
    rows[2]["targets"] = "två möten per år"
    before = counts()

    problems = refused(write_csv(rows))

    assert counts() == before
    assert [str(p) for p in problems] == [
        "loften.csv, rad 4, kolumn targets: Rad 1, ”två möten per år”: skriv ett mål per rad "
        "som antal, vad som räknas och per dag, per vecka, per månad, per termin, per år eller "
        "under perioden, t.ex. ”2 trygghetsvandringar per år” eller ”1 tillsyn per termin, i varje "
        "skola”."
    ]
    assert not Pledge.objects.filter(title__endswith="ändrad").exists()


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("municipality_codes", "9999", "Det finns ingen kommun med koden ”9999”."),
        ("start_date", "2024-13-01", "”2024-13-01” är inte ett datum."),
        ("end_date", "1 jan 2025", "”1 jan 2025” är inte ett datum."),
        ("end_date", "2023-06-30", "Slutdatumet kan inte vara före startdatumet."),
        ("focus_area_slug", "okand", "Det finns inget fokusområde med koden ”okand”."),
        ("method_slugs", "est, okand", "Det finns ingen arbetsmetod med koden ”okand”."),
        ("targets", "0 möten per år", "Rad 1, ”0 möten per år”: skriv ett mål per rad"),
        ("targets", "två möten per år", "Rad 1, ”två möten per år”: skriv ett mål per rad"),
        ("deadline_count", "två", "Ska vara ett heltal"),
        ("start_precision", "vecka", "Värdet 'vecka' är inget giltigt alternativ."),
        ("until_further_notice", "kanske", "Ska vara ja eller nej."),
        ("parties", "Bostadsbolaget", "skriv en part per rad som Namn | roll"),
        ("responsible", "grannen", "Värdet 'grannen' är inget giltigt alternativ."),
        ("police_area_slug", "mars", "Det finns inget lokalpolisområde med koden ”mars”."),
        ("pledge_uid", "inte-ett-id", "”inte-ett-id” är inte ett giltigt id (UUID)."),
        ("signatories", "Anna Andersson, ordförande", "skriv en undertecknare per rad"),
        ("latest_status", "klart", "Okänd status ”klart”."),
        ("latest_followup_span", "2030", "Uppföljningen ligger utanför löftets period"),
    ],
)
def test_each_kind_of_bad_value_is_named(rich, column, value, message):
    pledge = rich["a_draft"]
    rows = [row for row in read_csv(export_csv()) if row["pledge_uid"] == str(pledge.uid)]
    for row in rows:
        row["start_date"] = "2024-01-01"
        if column in ("latest_followup_span", "latest_status"):
            row["latest_followup_uid"] = "33333333-3333-4333-8333-333333333333"
            row["latest_followup_span"] = "2024"
            row["latest_status"] = "pagar"
    rows[0][column] = value
    before = counts()

    problems = refused(write_csv(rows))

    assert counts() == before
    assert problems[0].row == 2 and problems[0].column == column, problems
    assert message in problems[0].message


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Filen är tom."),
        (b"  \n", "Filen är tom."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "Filen är inte UTF-8-kodad."),
        (b"hej hopp", "Kolumnen saknas."),
        (b"action_uid,pledge_uid,action\n", "semikolon"),
    ],
)
def test_garbage_and_empty_files_are_refused(db, content, message):
    problems = refused(content)

    assert message in problems[0].message


def test_a_file_in_windows_1252_names_the_first_bad_row(rich):
    rows = read_csv(export_csv())
    rest = write_csv(rows[1:]).decode("utf-8-sig").split("\r\n", 1)[1]
    broken = write_csv(rows[:1]) + rest.encode("cp1252", errors="replace")

    problems = refused(broken)

    assert problems[0].row == 3
    assert "UTF-8" in problems[0].message


def test_missing_and_unknown_columns_are_named(rich):
    rows = read_csv(export_csv())
    columns = [c for c in exports.FIELDNAMES if c not in ("start_date", "action")] + ["ovrigt"]

    problems = refused(write_csv(rows, columns))

    assert {(p.row, p.column) for p in problems} == {
        (1, "start_date"),
        (1, "action"),
        (1, "ovrigt"),
    }


def test_bad_json_is_refused_with_its_position(db):
    assert "rad 2, tecken" in refused(b'[\n{"a": }]', "a.json")[0].message
    assert "en lista" in refused(b'{"action_uid": "x"}', "a.json")[0].message
    problems = refused(json.dumps([{"action_uid": "x"}, {"pledge_uid": "y"}]).encode(), "a.json")
    assert ("Fältet saknas på den här raden.", 2, "action_uid") in {
        (p.message, p.row, p.column) for p in problems
    }


def test_rows_of_one_pledge_must_agree(rich):
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid)]
    rows[1]["start_date"] = "2024-02-01"

    problems = refused(write_csv(rows))

    assert (problems[0].row, problems[0].column) == (3, "start_date")


def test_two_pledges_at_one_address_are_refused(rich):
    rows = read_csv(export_csv())
    new = dict(rows[0])
    new["pledge_uid"] = "11111111-1111-4111-8111-111111111111"
    new["action_uid"] = "22222222-2222-4222-8222-222222222222"
    new["latest_followup_uid"] = new["latest_status"] = new["latest_evidence"] = ""
    new["achieved_count"] = ""

    problems = refused(write_csv([new]))

    assert "samma adress" in problems[0].message


def test_a_published_report_is_not_changed_by_an_import(rich):
    rows = read_csv(export_csv())
    row = next(r for r in rows if r["latest_status"])
    row["latest_status"] = "ej_genomford"

    problems = refused(write_csv(rows))

    assert problems[0].column == "latest_status"
    assert "är publicerad" in problems[0].message


def test_statuses_of_a_draft_report_are_updated(rich):
    pledge = rich["a_published"]
    report = rich["a_report"]
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(pledge.uid)]
    for row in rows:
        row["latest_followup_uid"], row["latest_followup_span"] = str(report.uid), report.slug
        row["latest_status"], row["latest_evidence"] = "genomford", "Klart i maj"

    import_pledges(content=write_csv(rows), file_name="a.csv")

    assert {(s.status, s.evidence) for s in report.statuses.all()} == {("genomford", "Klart i maj")}
    assert report.statuses.count() == 2


# Permissions


def test_a_staff_user_cannot_import_into_another_organisation(rich):
    b_rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["b_draft"].uid)]
    publisher_a = rich["users"][PUBLISHER_A]
    before = counts()

    problems = refused(write_csv(b_rows), user=publisher_a)

    assert counts() == before
    assert problems[0].column == "pledge_uid"
    assert "dina egna organisationer" in problems[0].message


def test_a_staff_user_cannot_create_a_pledge_for_another_municipality(rich):
    row = next(r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid))
    row.update(
        pledge_uid="11111111-1111-4111-8111-111111111111",
        action_uid="22222222-2222-4222-8222-222222222222",
        municipality_codes="0683",
        start_date="2030-01-01",
        end_date="2030-12-31",
    )

    problems = refused(write_csv([row]), user=rich["users"][PUBLISHER_A])

    assert problems[0].column == "municipality_codes"
    assert not Pledge.objects.filter(uid=row["pledge_uid"]).exists()


def test_only_a_publisher_may_publish_by_importing(rich):
    row = next(r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid))
    row.update(
        pledge_uid="11111111-1111-4111-8111-111111111111",
        action_uid="22222222-2222-4222-8222-222222222222",
        start_date="2030-01-01",
        end_date="2030-12-31",
    )
    content = write_csv([row])

    problems = refused(content, user=rich["users"]["redaktor_a"], publish=True)
    assert "utgivare" in problems[0].message

    import_pledges(
        content=content, file_name="a.csv", user=rich["users"][PUBLISHER_A], publish=True
    )
    assert Pledge.objects.get(uid=row["pledge_uid"]).is_published


# The management command


def test_the_command_imports_with_a_progress_bar(rich, tmp_path):
    path = tmp_path / "loften.csv"
    path.write_bytes(export_csv())
    Pledge.objects.all().delete()
    out, err = io.StringIO(), io.StringIO()

    call_command("import_pledges", str(path), "--user", SUPERUSER, stdout=out, stderr=err)

    assert "loften.csv, 8 rader. Medborgarlöften som skapas: 4," in out.getvalue()
    assert "Medborgarlöften     4/4 [" in err.getvalue()
    assert Pledge.objects.count() == 4
    assert Pledge.history.filter(history_user__username=SUPERUSER).exists()


def test_the_command_dry_run_writes_nothing(rich, tmp_path):
    path = tmp_path / "loften.json"
    path.write_bytes(export_json())
    Pledge.objects.all().delete()
    out = io.StringIO()

    call_command("import_pledges", str(path), "--dry-run", stdout=out, stderr=io.StringIO())

    assert "Provkörning, inget sparat." in out.getvalue()
    assert Pledge.objects.count() == 0


def test_the_command_lists_the_errors_and_fails(rich, tmp_path):
    rows = read_csv(export_csv())
    rows[1]["end_date"] = "2020-01-01"
    path = tmp_path / "loften.txt"
    path.write_bytes(write_csv(rows))
    err = io.StringIO()

    with pytest.raises(CommandError, match="fel i loften.txt. Inget har sparats."):
        call_command("import_pledges", str(path), "--format", "csv", stderr=err)

    assert "loften.txt, rad 3, kolumn end_date: " in err.getvalue()


def test_many_pledges_are_planned_in_a_fixed_number_of_queries(db, django_assert_max_num_queries):
    for _ in range(30):
        fill_pledge(make_pledge(("ljungby",), district=f"Område {_}"), actions=3)
    content = export_csv()

    with django_assert_max_num_queries(14):  # one more each for the targets and the parties
        plan = plan_import(content=content, file_name="a.csv")
    assert len(plan.unchanged) == 30


def test_a_new_report_is_published_only_when_a_publisher_asks(rich):
    pledge = rich["a_draft"]
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(pledge.uid)]
    for row in rows:
        row["latest_followup_uid"] = "44444444-4444-4444-8444-444444444444"
        row["latest_followup_span"] = "2024"
        row["latest_status"] = "genomford"
    content = write_csv(rows)

    problems = refused(content, user=rich["users"]["redaktor_a"], publish=True)
    assert "Bara en utgivare kan publicera." in problems[0].message

    import_pledges(content=content, file_name="a.csv", user=rich["users"][PUBLISHER_A])
    report = FollowUpReport.objects.get(uid=rows[0]["latest_followup_uid"])
    assert report.status == FollowUpReport.Status.DRAFT
    report.delete()

    import_pledges(
        content=content, file_name="a.csv", user=rich["users"][PUBLISHER_A], publish=True
    )
    report = FollowUpReport.objects.get(uid=rows[0]["latest_followup_uid"])
    assert report.is_published
    assert {s.action_text for s in report.statuses.all()} == {a.text for a in pledge.actions.all()}


def test_an_action_id_twice_or_under_another_pledge_is_refused(rich):
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid)]
    twice = [rows[0], dict(rows[0])]
    assert refused(write_csv(twice))[0].message == "Samma id finns redan på rad 2."

    other = next(a for a in rich["a_published"].actions.all())
    rows[1]["action_uid"] = str(other.uid)
    problems = refused(write_csv(rows))
    assert (problems[0].row, problems[0].column) == (3, "action_uid")
    assert "kan inte flyttas" in problems[0].message


def test_a_municipality_code_without_its_leading_zero_is_understood(rich):
    rows = [r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid)]
    for row in rows:
        assert row["municipality_codes"] == "0781"
        row["municipality_codes"] = "781"

    plan = import_pledges(content=write_csv(rows), file_name="excel.csv")

    assert [p.outcome for p in plan.pledges] == ["unchanged"]


# Hostile values: a Swedish problem that says where, never a crash or a hang

HUGE_NUMBER = "9" * 5000


def draft_rows(rich):
    pledge = rich["a_draft"]
    return [row for row in read_csv(export_csv()) if row["pledge_uid"] == str(pledge.uid)]


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("deadline_count", HUGE_NUMBER, "Ska vara ett heltal"),
        ("targets", f"{HUGE_NUMBER} möten per år", "skriv ett mål per rad"),
        ("targets", "9999999999 möten per år", "skriv ett mål per rad"),
    ],
)
def test_a_huge_number_in_a_csv_cell_is_named(rich, column, value, message):
    rows = draft_rows(rich)
    rows[0][column] = value
    before = counts()

    problems = refused(write_csv(rows))

    assert counts() == before
    assert (problems[0].row, problems[0].column) == (2, column)
    assert message in problems[0].message


@pytest.mark.parametrize("column", ["deadline_count", "pledge_title"])
def test_a_huge_number_in_json_is_named(rich, column):
    rows = json.loads(export_json(Pledge.objects.filter(pk=rich["a_draft"].pk)))
    rows[0][column] = 0
    content = json.dumps(rows).replace(f'"{column}": 0', f'"{column}": {HUGE_NUMBER}', 1)

    problems = refused(content.encode(), "a.json")

    assert (problems[0].row, problems[0].column) == (1, column)
    assert "Ska vara" in problems[0].message


def test_deeply_nested_json_is_refused_with_its_position(db):
    content = b'[\n{"action_uid": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]"

    problems = refused(content, "a.json")

    assert (problems[0].file, problems[0].row) == ("a.json", None)
    assert "för djupt" in problems[0].message and "rad 2, tecken" in problems[0].message


@pytest.mark.parametrize(
    "export, name", [(export_csv, "a.csv"), (export_json, "a.json")], ids=["csv", "json"]
)
def test_nul_characters_in_cells_are_removed(rich, export, name):
    pledge = rich["a_draft"]
    content = export(Pledge.objects.filter(pk=pledge.pk)).decode("utf-8-sig")
    nul = "\\u0000" if name.endswith(".json") else "\x00"
    content = content.replace(pledge.title, f"Nytt{nul} namn")

    import_pledges(content=content.encode(), file_name=name)

    pledge.refresh_from_db()
    assert pledge.title == "Nytt namn"


# What a refusal may tell about other organisations' work


@pytest.fixture
def police_ljungby(rich, django_user_model):
    """Staff of Ljungby's police area: they may put Ljungby on a pledge, but the Ljungby drafts
    without a police area are not theirs."""
    from municipalities.models import Membership

    user = django_user_model.objects.create_user("polis_ljungby", is_staff=True)
    Membership.objects.create(user=user, police_area=PoliceArea.objects.get(slug="ljungby"))
    return user


def _new_ljungby_row(rich, **changes):
    row = next(r for r in read_csv(export_csv()) if r["pledge_uid"] == str(rich["a_draft"].uid))
    row.update(
        pledge_uid="11111111-1111-4111-8111-111111111111",
        action_uid="22222222-2222-4222-8222-222222222222",
        police_area_slug="ljungby",
        pledge_title="Polisens eget",
    )
    row.update(changes)
    return row


@pytest.mark.parametrize("status", ["draft", "scheduled"])
def test_an_address_clash_does_not_name_another_organisations_unpublished_pledge(
    rich, police_ljungby, status
):
    if status == "scheduled":
        Pledge.objects.filter(pk=rich["a_draft"].pk).update(
            status=Pledge.Status.PUBLISHED,
            published_at=datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC),
        )
    problems = refused(write_csv([_new_ljungby_row(rich)]), user=police_ljungby)
    messages = " ".join(p.message for p in problems)
    assert "samma adress" in messages
    assert "A utkast" not in messages


def test_an_address_clash_names_a_pledge_the_user_may_see(rich):
    row = _new_ljungby_row(rich, police_area_slug="")
    problems = refused(write_csv([row]), user=rich["users"][PUBLISHER_A])
    assert "A utkast" in " ".join(p.message for p in problems)


def test_continuing_another_organisations_draft_is_refused_as_an_unknown_uid(rich, police_ljungby):
    row = _new_ljungby_row(rich, district="Polisens område", continues_uid=str(rich["a_draft"].uid))
    unknown = _new_ljungby_row(
        rich, district="Polisens område", continues_uid="33333333-3333-4333-8333-333333333333"
    )
    problems = refused(write_csv([row]), user=police_ljungby)
    expected = refused(write_csv([unknown]), user=police_ljungby)
    assert [p.message.replace(str(rich["a_draft"].uid), "X") for p in problems] == [
        p.message.replace("33333333-3333-4333-8333-333333333333", "X") for p in expected
    ]
    assert problems and problems[0].column == "continues_uid"


def test_continuing_a_published_pledge_of_another_organisation_is_allowed(rich, police_ljungby):
    row = _new_ljungby_row(
        rich, district="Polisens område", continues_uid=str(rich["b_published"].uid)
    )
    plan = import_pledges(content=write_csv([row]), file_name="a.csv", user=police_ljungby)
    assert plan.created[0].pledge.continues == rich["b_published"]
