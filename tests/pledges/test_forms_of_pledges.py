"""Every form real pledges take (DOMAIN.md): periods stated in part, a month for a date, several
targets, a deadline, other parties, the police alone, several districts, continuous follow-up."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from pledges import periods
from pledges.models import Action, Party, Pledge, Target
from pledges.targets import format_targets, parse_targets
from tests.conftest import make_action, make_pledge
from tests.imports.test_structured import export_csv, export_json, import_pledges

pytestmark = pytest.mark.django_db
D = datetime.date


def page(client, pledge):
    response = client.get(pledge.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def listed_for(year):
    return set(Pledge.objects.published().for_year(year).values_list("title", flat=True))


@pytest.fixture
def forms():
    """One published pledge of each partial form, in Ljungby, plus one with everything else."""
    start_only = make_pledge(
        title="Från maj",
        start_date=D(2024, 5, 1),
        start_precision="manad",
        end_date=None,
        until_further_notice=True,
    )
    end_only = make_pledge(
        title="Till augusti",
        start_date=None,
        end_date=D(2022, 8, 31),
        end_precision="manad",
    )
    undated = make_pledge(title="Utan period", start_date=None, end_date=None)
    months = make_pledge(
        title="Maj till maj",
        start_date=D(2024, 5, 1),
        end_date=D(2025, 5, 31),
        start_precision="manad",
        end_precision="manad",
        signed_on=D(2022, 3, 1),
        signed_on_precision="manad",
        followup_cadence=Pledge.Cadence.CONTINUOUS,
    )
    rich = make_pledge(
        ("ljungby",),
        title="Polisen i Rinkeby",
        start_date=D(2023, 1, 1),
        end_date=D(2023, 12, 31),
        issuer=Pledge.Issuer.POLICE,
        district="Järvafältet",
        districts=["Rinkeby", "Tensta", "Husby"],
    )
    make_action(
        rich,
        text="Tillsyn och trygghetsvandringar",
        targets=[
            (2, "trygghetsvandringar", "ar"),
            (3, "tillsyner", "termin", "i varje skola"),
            (1, "möte", "vecka"),
            (4, "samtal", "manad", "per stadsdel"),
            (100, "tillfällen", "period"),
        ],
    )
    make_action(rich, text="Ta bort klotter", deadline_count=24, deadline_unit="timmar")
    Party.objects.create(pledge=rich, order=0, name="Bostadsbolaget", role="undertecknar")
    Party.objects.create(pledge=rich, order=1, name="Räddningstjänsten", role="medverkar")
    return {
        "start_only": start_only,
        "end_only": end_only,
        "undated": undated,
        "months": months,
        "rich": rich,
    }


# The model


def test_a_half_that_is_not_stated_stays_empty(forms):
    pledge = Pledge.objects.get(pk=forms["end_only"].pk)
    assert pledge.start_date is None
    assert pledge.end_date == D(2022, 8, 31)


def test_end_before_start_is_refused_only_when_both_are_stated(forms):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_pledge(start_date=D(2024, 12, 31), end_date=D(2024, 1, 1))
    make_pledge(start_date=D(2024, 12, 31), end_date=None)  # no end: nothing to compare


def test_until_further_notice_has_no_end(forms):
    pledge = Pledge(title="X", start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    pledge.until_further_notice = True
    with pytest.raises(ValidationError) as error:
        pledge.full_clean(exclude=["municipalities"])
    assert error.value.message_dict["until_further_notice"] == [
        "Ett löfte som gäller tills vidare har inget slutdatum."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        pledge.save()


def test_a_month_is_written_as_its_first_or_last_day():
    pledge = Pledge(
        title="X",
        start_date=D(2024, 5, 15),
        start_precision="manad",
        end_date=D(2025, 5, 1),
        end_precision="manad",
        signed_on=D(2022, 3, 9),
        signed_on_precision="manad",
    )
    with pytest.raises(ValidationError) as error:
        pledge.full_clean(exclude=["municipalities"])
    messages = error.value.message_dict
    assert messages["start_date"] == [
        "En start som anges som månad skrivs som månadens första dag."
    ]
    assert messages["end_date"] == ["Ett slut som anges som månad skrivs som månadens sista dag."]
    assert messages["signed_on"] == [
        "Ett undertecknande som bara anger månaden skrivs som månadens första dag."
    ]


def test_a_deadline_needs_both_a_count_and_a_unit():
    pledge = make_pledge()
    action = Action(pledge=pledge, text="Ta bort klotter", deadline_count=24)
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert error.value.message_dict["deadline_unit"] == [
        "En tidsgräns behöver både ett positivt antal och en enhet, t.ex. 24 timmar."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        make_action(pledge, deadline_count=24)


def test_a_party_needs_a_name():
    with pytest.raises(IntegrityError), transaction.atomic():
        Party.objects.create(pledge=make_pledge(), name="", role="medverkar")


def test_labels_read_as_written(forms):
    assert forms["start_only"].period_label == "från maj 2024, tills vidare"
    assert forms["end_only"].period_label == "till och med augusti 2022"
    assert forms["undated"].period_label == "period ej angiven"
    assert forms["months"].period_label == "maj 2024 – maj 2025"
    assert forms["months"].signed_on_label == "mars 2022"
    assert periods.label(None, None, until_further_notice=True) == "tills vidare"
    assert periods.label(D(2024, 5, 15), None) == "från 15 maj 2024"


def test_targets_read_like_the_document(forms):
    action = forms["rich"].actions.get(text__startswith="Tillsyn")
    assert action.targets_label == (
        "minst 2 trygghetsvandringar per år och minst 3 tillsyner per termin i varje skola "
        "och minst 1 möte per vecka och minst 4 samtal per månad per stadsdel och "
        "minst 100 tillfällen under perioden"
    )
    assert forms["rich"].actions.get(text="Ta bort klotter").deadline_label == "inom 24 timmar"


# Stable addresses


def test_addresses_of_partial_periods(forms):
    assert forms["start_only"].period_slug == "fran-2024-05"
    assert forms["end_only"].period_slug == "till-2022-08"
    assert forms["undated"].period_slug == f"utan-period-{forms['undated'].uid.hex[:6]}"
    assert forms["months"].period_slug == "2024-05-2025-05"
    assert periods.slug(D(2024, 5, 15), None) == "fran-2024-05-15"
    assert periods.slug(D(2024, 1, 1), D(2024, 12, 31)) == "2024"  # as before


def test_an_undated_address_stays_when_the_pledge_changes(forms):
    pledge = forms["undated"]
    before = pledge.get_absolute_url()
    pledge.title = "Nytt namn"
    pledge.save()
    assert pledge.get_absolute_url() == before


# The public page


def test_the_page_shows_partial_periods_as_written(client, forms):
    assert "från maj 2024, tills vidare" in page(client, forms["start_only"])
    assert "till och med augusti 2022" in page(client, forms["end_only"])
    assert "period ej angiven" in page(client, forms["undated"])
    text = page(client, forms["months"])
    assert "maj 2024 – maj 2025" in text
    assert "Undertecknat mars 2022" in text


def test_the_page_shows_targets_deadlines_parties_issuer_and_districts(client, forms):
    text = page(client, forms["rich"])
    assert "minst 3 tillsyner per termin i varje skola" in text
    assert "minst 1 möte per vecka" in text
    assert "minst 4 samtal per månad per stadsdel" in text
    assert "minst 100 tillfällen under perioden" in text
    assert "inom 24 timmar" in text
    assert "Bostadsbolaget (undertecknar)" in text
    assert "Räddningstjänsten (medverkar)" in text
    assert "Ges av" in text and "Polisen" in text
    assert "Gäller stadsdelarna Rinkeby, Tensta och Husby" in text


def test_the_municipality_page_lists_every_form(client, forms):
    text = client.get("/kommuner/ljungby/").content.decode()
    for key in forms:
        assert forms[key].title in text


def test_continuous_follow_up_is_shown(client, forms):
    assert "Löftet följs upp kontinuerligt." in page(client, forms["months"])


# The year filter


def test_a_start_only_pledge_counts_from_its_start_on(forms):
    assert "Från maj" not in listed_for(2023)
    assert "Från maj" in listed_for(2024)
    assert "Från maj" in listed_for(2030)


def test_an_end_only_pledge_counts_for_its_end_year(forms):
    assert "Till augusti" in listed_for(2022)
    assert "Till augusti" not in listed_for(2021)
    assert "Till augusti" not in listed_for(2023)


def test_an_undated_pledge_counts_for_no_year_but_is_listed(client, forms):
    assert all("Utan period" not in listed_for(year) for year in range(2020, 2031))
    assert "Utan period" in client.get("/loften/").content.decode()
    assert "Utan period" not in client.get("/loften/?ar=2024").content.decode()


def test_years_and_sorting_cope_with_missing_halves(forms):
    years = Pledge.objects.published().years()
    assert years[0] == 2022 and years[-1] >= 2025
    titles = list(Pledge.objects.published().newest_first().values_list("title", flat=True))
    assert titles[-1] == "Utan period"


def test_current_counts_an_ongoing_pledge(forms):
    current = Pledge.objects.current(on=D(2031, 6, 1)).values_list("title", flat=True)
    assert list(current) == ["Från maj"]


# The admin's target format


def test_the_target_format_reads_back_what_it_writes(forms):
    action = forms["rich"].actions.get(text__startswith="Tillsyn")
    text = format_targets(action.targets.all())
    assert text.splitlines()[1] == "3 tillsyner per termin, i varje skola"
    assert [t.as_dict() for t in parse_targets(text)] == [
        {"count": t.count, "unit": t.unit, "per": t.per, "scope": t.scope}
        for t in action.targets.all()
    ]


def test_a_line_that_is_not_a_target_is_named():
    with pytest.raises(ValidationError) as error:
        parse_targets("2 trygghetsvandringar per år\nvid behov")
    (message,) = error.value.messages
    assert message.startswith("Rad 2, ”vid behov”: skriv ett mål per rad som antal")


# The round trip


@pytest.mark.parametrize("export, name", [(export_csv, "a.csv"), (export_json, "a.json")])
def test_every_form_round_trips_byte_for_byte(forms, export, name):
    before = export()
    Pledge.objects.all().delete()

    import_pledges(content=before, file_name=name, publish=True)

    assert Target.objects.count() == 5
    assert Party.objects.count() == 2
    assert export() == before


def test_an_older_download_with_one_target_still_imports(forms):
    pledge = forms["months"]
    make_action(pledge, text="Trygghetsvandringar", targets=[(2, "trygghetsvandringar", "ar")])
    rows = export_csv(Pledge.objects.filter(pk=pledge.pk)).decode("utf-8-sig").splitlines()
    header = rows[0].split(";")
    keep = [i for i, column in enumerate(header) if column != "targets"]
    old = "\n".join(";".join(row.split(";")[i] for i in keep) for row in rows)
    Pledge.objects.filter(pk=pledge.pk).delete()

    import_pledges(content=old.encode(), file_name="gammal.csv")

    action = Action.objects.get(text="Trygghetsvandringar")
    assert action.targets_label == "minst 2 trygghetsvandringar per år"


# The migration that moved each action's one target into Target rows


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_existing_targets():
    before, after = (
        ("pledges", "0007_partial_periods_targets_parties"),
        ("pledges", "0008_move_targets"),
    )
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    pledge = old.get_model("pledges", "Pledge").objects.create(
        title="Gammalt", start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), period_slug="2017-2018"
    )
    OldAction = old.get_model("pledges", "Action")
    OldAction.objects.create(
        pledge=pledge,
        text="Trygghetsvandringar",
        target_count=2,
        target_unit="trygghetsvandringar",
        target_per="ar",
    )
    OldAction.objects.create(pledge=pledge, text="Vid behov")

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    walks = Action.objects.get(text="Trygghetsvandringar")
    assert walks.targets_label == "minst 2 trygghetsvandringar per år"
    assert Action.objects.get(text="Vid behov").targets_label == ""
