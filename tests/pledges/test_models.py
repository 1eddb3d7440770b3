import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from pledges.models import Action, Pledge, Target
from tests.conftest import make_action, make_pledge

pytestmark = pytest.mark.django_db
D = datetime.date


def test_end_before_start_is_refused_with_a_swedish_message():
    pledge = Pledge(title="Löfte", start_date=D(2024, 12, 31), end_date=D(2024, 1, 1))
    with pytest.raises(ValidationError) as error:
        pledge.full_clean()
    assert error.value.message_dict["end_date"] == ["Slutdatumet kan inte vara före startdatumet."]


def test_end_before_start_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.create(title="Löfte", start_date=D(2024, 12, 31), end_date=D(2024, 1, 1))


def test_target_must_be_positive():
    action = make_action(make_pledge())
    with pytest.raises(IntegrityError), transaction.atomic():
        make_action(action.pledge, targets=[(0, "trygghetsvandringar", "ar")])
    target = Target(action=action, count=0, unit="möten", per="ar")
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert "Målet måste vara ett positivt antal." in error.value.message_dict["count"]


def test_target_needs_a_unit_and_a_period():
    action = make_action(make_pledge())
    target = Target(action=action, count=2)
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert set(error.value.message_dict) == {"unit", "per"}
    with pytest.raises(IntegrityError), transaction.atomic():
        Target.objects.create(action=action, count=2, unit="", per="ar")


def test_other_party_must_be_named_when_it_alone_is_responsible():
    pledge = make_pledge()
    action = Action(pledge=pledge, text="Belysa gångvägen", responsible="annan")
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert error.value.message_dict["other_party"] == ["Ange vilken part som ansvarar."]
    with pytest.raises(IntegrityError), transaction.atomic():
        make_action(pledge, responsible="annan", other_party="")


def test_target_label_reads_like_the_document():
    action = make_action(make_pledge(), targets=[(2, "trygghetsvandringar", "ar")])
    assert action.targets_label == "minst 2 trygghetsvandringar per år"
    assert make_action(make_pledge()).targets_label == ""


def test_responsible_label_names_the_other_party():
    pledge = make_pledge()
    joint = make_action(pledge, responsible="gemensamt", other_party="näringslivet")
    other = make_action(pledge, responsible="annan", other_party="Bostadsbolaget")
    assert joint.responsible_label == "Polisen och kommunen, med näringslivet"
    assert other.responsible_label == "Bostadsbolaget"


def test_period_slug_and_district_slug_are_derived_on_save():
    pledge = make_pledge(
        start_date=D(2018, 7, 1), end_date=D(2020, 6, 30), district="Rosengård", title="Löfte"
    )
    assert pledge.period_slug == "2018-07-2020-06"
    assert pledge.district_slug == "rosengard"
    assert pledge.period_label == "juli 2018 – juni 2020"


def test_canonical_url_is_under_the_lowest_municipality_code():
    pledge = make_pledge(municipalities=("almhult", "ljungby"))
    assert pledge.get_absolute_url() == "/kommuner/almhult/2024/"
    district = make_pledge(municipalities=("ljungby",), district="Centrum")
    assert district.get_absolute_url() == "/kommuner/ljungby/2024/centrum/"


def test_published_excludes_drafts_and_future_publications():
    published = make_pledge()
    make_pledge(status=Pledge.Status.DRAFT, published_at=None)
    make_pledge(published_at=timezone.now() + datetime.timedelta(days=1))
    assert list(Pledge.objects.published()) == [published]


def test_publishing_sets_the_publication_time():
    pledge = make_pledge(status=Pledge.Status.DRAFT, published_at=None)
    assert pledge.published_at is None
    pledge.status = Pledge.Status.PUBLISHED
    pledge.save()
    assert pledge.published_at is not None


def test_a_multi_year_pledge_counts_for_every_year_it_touches():
    pledge = make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31))
    assert list(Pledge.objects.for_year(2017)) == [pledge]
    assert list(Pledge.objects.for_year(2018)) == [pledge]
    assert not Pledge.objects.for_year(2019).exists()


def test_conflicting_pledges_share_municipality_period_and_district():
    first = make_pledge(municipalities=("ljungby",))
    probe = Pledge(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    assert list(probe.conflicting_pledges(first.municipalities.all())) == [first]
    probe.district = "Centrum"
    assert not probe.conflicting_pledges(first.municipalities.all()).exists()


def test_a_pledge_cannot_continue_itself():
    pledge = make_pledge()
    pledge.continues = pledge
    with pytest.raises(ValidationError) as error:
        pledge.full_clean()
    assert error.value.message_dict["continues"] == ["Ett löfte kan inte fortsätta sig självt."]


def test_action_groups_follow_headings_and_focus_areas_in_order():
    pledge = make_pledge()
    make_action(pledge, heading="Samverkan", order=1, text="A")
    make_action(pledge, heading="Samverkan", order=2, text="B")
    make_action(pledge, heading="Synlighet", order=3, text="C")
    groups = [(heading, [a.text for a in actions]) for heading, actions in pledge.action_groups()]
    assert groups == [("Samverkan", ["A", "B"]), ("Synlighet", ["C"])]
