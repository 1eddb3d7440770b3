import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from municipalities.models import Membership, Municipality
from pledges.models import Pledge
from pledges.services import next_period
from tests.conftest import fill_pledge, make_pledge, pledge_post

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def publisher(client, django_user_model):
    user = django_user_model.objects.create_user("utgivare", password="x" * 16, is_staff=True)
    Membership.objects.create(
        user=user,
        municipality=Municipality.objects.get(slug="ljungby"),
        role=Membership.Role.PUBLISHER,
    )
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    ("start", "end", "new_start", "new_end"),
    [
        (D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 1), D(2025, 12, 31)),
        (D(2017, 1, 1), D(2018, 12, 31), D(2019, 1, 1), D(2020, 12, 31)),
        (D(2018, 7, 1), D(2020, 6, 30), D(2020, 7, 1), D(2022, 6, 30)),
        (D(2024, 6, 1), D(2024, 8, 31), D(2024, 9, 1), D(2024, 11, 30)),
        (D(2024, 3, 15), D(2024, 4, 14), D(2024, 4, 15), D(2024, 5, 15)),
    ],
)
def test_next_period_is_as_long_and_follows_directly(start, end, new_start, new_end):
    assert next_period(start, end) == (new_start, new_end)


THIS_YEAR = timezone.localdate().year


def test_copy_to_next_year_gives_a_draft_that_continues_the_pledge(client, publisher):
    pledge = fill_pledge(
        make_pledge(
            title=f"Medborgarlöfte Ljungby {THIS_YEAR}",
            start_date=D(THIS_YEAR, 1, 1),
            end_date=D(THIS_YEAR, 12, 31),
        ),
        actions=3,
    )
    response = client.post(
        reverse("admin:pledges_pledge_changelist"),
        {"action": "copy_to_next_period", "_selected_action": [pledge.pk]},
        follow=True,
    )
    copy = Pledge.objects.get(continues=pledge)
    assert "Utkastet" in response.content.decode()
    assert copy.title == f"Medborgarlöfte Ljungby {THIS_YEAR + 1}"
    assert copy.period_label == str(THIS_YEAR + 1)
    assert copy.status == Pledge.Status.DRAFT
    assert not copy.is_published
    assert [m.slug for m in copy.municipalities.all()] == ["ljungby"]
    assert set(copy.focus_areas.all()) == set(pledge.focus_areas.all())
    old_actions = list(pledge.actions.order_by("order"))
    new_actions = list(copy.actions.order_by("order"))
    assert [a.text for a in new_actions] == [a.text for a in old_actions]
    assert [a.targets_label for a in new_actions] == [a.targets_label for a in old_actions]
    assert [set(a.methods.all()) for a in new_actions] == [
        set(a.methods.all()) for a in old_actions
    ]
    assert {a.uid for a in new_actions}.isdisjoint({a.uid for a in old_actions})
    assert [s.title for s in copy.signatories.all()] == [s.title for s in pledge.signatories.all()]
    assert copy.signed_on is None


def test_the_bulk_copy_never_makes_a_period_that_is_over(client, publisher):
    pledge = fill_pledge(make_pledge(title="Medborgarlöfte Ljungby 2020"), actions=1)
    pledge.start_date, pledge.end_date = D(2020, 1, 1), D(2020, 12, 31)
    pledge.save()
    response = client.post(
        reverse("admin:pledges_pledge_changelist"),
        {"action": "copy_to_next_period", "_selected_action": [pledge.pk]},
        follow=True,
    )
    copy = Pledge.objects.get(continues=pledge)
    assert copy.period_label == str(THIS_YEAR)
    assert copy.title == f"Medborgarlöfte Ljungby {THIS_YEAR}"
    assert "Perioden direkt efter var redan slut" in response.content.decode()


def test_copying_twice_is_refused_with_a_message(client, publisher):
    pledge = fill_pledge(
        make_pledge(start_date=D(THIS_YEAR, 1, 1), end_date=D(THIS_YEAR, 12, 31)), actions=1
    )
    url = reverse("admin:pledges_pledge_changelist")
    data = {"action": "copy_to_next_period", "_selected_action": [pledge.pk]}
    client.post(url, data)
    response = client.post(url, data, follow=True)
    assert f"finns redan för {THIS_YEAR + 1}" in response.content.decode()
    assert Pledge.objects.filter(continues=pledge).count() == 1


def test_the_copy_button_asks_for_the_period_proposing_the_next_one(client, publisher):
    pledge = fill_pledge(
        make_pledge(start_date=D(THIS_YEAR, 1, 1), end_date=D(THIS_YEAR, 12, 31)), actions=1
    )
    change = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    copy_url = reverse("admin:pledges_pledge_copy", args=[pledge.pk])
    assert f'<a href="{copy_url}">Kopiera till ny period</a>' in change
    page = client.get(copy_url).content.decode()
    assert f'name="start_date" value="{THIS_YEAR + 1}-01-01"' in page
    assert f'name="end_date" value="{THIS_YEAR + 1}-12-31"' in page
    assert f"Förslaget är {THIS_YEAR + 1}." in page
    assert not Pledge.objects.filter(continues=pledge).exists()  # nothing made by looking


def test_the_copy_proposes_the_current_period_when_the_next_is_over(client, publisher):
    pledge = fill_pledge(make_pledge(start_date=D(2018, 7, 1), end_date=D(2019, 6, 30)), 1)
    page = client.get(reverse("admin:pledges_pledge_copy", args=[pledge.pk])).content.decode()
    today = timezone.localdate()
    start = D(today.year if today.month >= 7 else today.year - 1, 7, 1)
    assert f'name="start_date" value="{start.isoformat()}"' in page
    assert "Perioden direkt efter löftets är redan slut" in page


def test_the_copy_uses_the_chosen_period_and_opens_the_new_draft(client, publisher):
    pledge = fill_pledge(make_pledge(title="Tryggare Ljungby 2024"), actions=2)
    response = client.post(
        reverse("admin:pledges_pledge_copy", args=[pledge.pk]),
        {"start_date": "2027-01-01", "end_date": "2028-12-31"},
    )
    copy = Pledge.objects.get(continues=pledge)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:pledges_pledge_change", args=[copy.pk])
    assert (copy.start_date, copy.end_date) == (D(2027, 1, 1), D(2028, 12, 31))
    assert copy.title == "Tryggare Ljungby 2027–2028"
    assert copy.status == Pledge.Status.DRAFT
    assert copy.actions.count() == 2
    assert copy.history.latest().history_user == publisher


def test_the_copy_form_refuses_an_end_before_the_start_in_swedish(client, publisher):
    pledge = fill_pledge(make_pledge(), actions=1)
    response = client.post(
        reverse("admin:pledges_pledge_copy", args=[pledge.pk]),
        {"start_date": "2027-12-31", "end_date": "2027-01-01"},
    )
    assert response.status_code == 200
    assert "Periodens sista dag kommer före dess första dag." in response.content.decode()
    assert not Pledge.objects.filter(continues=pledge).exists()


def test_every_change_is_recorded_with_its_author(client, publisher):
    pledge = fill_pledge(make_pledge(status="utkast", published_at=None), actions=1)
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    client.post(url, pledge_post(pledge, title="Ny rubrik", **{"actions-0-text": "Ny text"}))
    pledge.refresh_from_db()
    assert pledge.title == "Ny rubrik"
    latest = pledge.history.latest()
    assert latest.history_user == publisher
    assert latest.history_type == "~"
    previous = latest.prev_record
    delta = latest.diff_against(previous)
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "title"] == [
        ("title", previous.title, "Ny rubrik")
    ]
    action = pledge.actions.get()
    assert action.history.latest().history_user == publisher
    history_page = client.get(reverse("admin:pledges_pledge_history", args=[pledge.pk]))
    page = history_page.content.decode()
    assert previous.title in page
    assert f"{previous.title} → Ny rubrik" in page  # the readable diff: old → new
    assert "utgivare" in page  # who made the change


def test_restoring_an_earlier_version_brings_the_old_values_back(client, publisher):
    pledge = fill_pledge(
        make_pledge(title="Första rubriken", status="utkast", published_at=None), 1
    )
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    client.post(url, pledge_post(pledge, title="Andra rubriken"))
    first = pledge.history.earliest()
    version_url = reverse("admin:pledges_pledge_simple_history", args=[pledge.pk, first.history_id])
    page = client.get(version_url)
    assert page.status_code == 200
    # The version's page is read only; restoring fills in the change form, saved as any edit.
    restore_url = f"{url}?version={first.history_id}"
    assert restore_url in page.content.decode()
    form = client.get(restore_url).context["adminform"].form
    assert form.initial["title"] == "Första rubriken"
    response = client.post(url, pledge_post(pledge, title=form.initial["title"]))
    assert response.status_code == 302
    pledge.refresh_from_db()
    assert pledge.title == "Första rubriken"
    assert pledge.history.latest().history_user is not None


def test_a_scheduled_pledge_appears_at_its_time(client, monkeypatch):
    publish_at = timezone.now() + datetime.timedelta(hours=2)
    pledge = fill_pledge(make_pledge(published_at=publish_at), actions=1)
    assert client.get(pledge.get_absolute_url()).status_code == 404
    assert pledge not in Pledge.objects.published()
    later = publish_at + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert pledge in Pledge.objects.published()
    assert client.get(pledge.get_absolute_url()).status_code == 200
