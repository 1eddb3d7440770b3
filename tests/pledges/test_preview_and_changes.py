import pytest
from django.urls import reverse
from django.utils import timezone

from pledges.models import Target
from tests.conftest import (
    EDITOR_A,
    NO_ORG,
    PUBLISHER_A,
    STAFF_B,
    client_for,
    fill_pledge,
    make_pledge,
    pledge_post,
)
from tests.followups.conftest import DONE

pytestmark = pytest.mark.django_db


def preview_url(pledge):
    return reverse("pledges:preview", kwargs={"uid": pledge.uid})


def test_staff_preview_a_draft_as_visitors_will_see_it(client, world):
    draft = world["a_draft"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = client_for(client, world, EDITOR_A).get(preview_url(draft))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Förhandsgranskning." in page
    assert draft.title in page
    assert draft.actions.first().text in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in page


def test_visitors_cannot_open_a_preview(client, world):
    response = client.get(preview_url(world["a_draft"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("who", [STAFF_B, NO_ORG])
def test_other_staff_cannot_open_a_preview(client, world, who):
    assert client_for(client, world, who).get(preview_url(world["a_draft"])).status_code == 404


def test_admin_view_on_site_of_a_draft_is_its_preview(client, world):
    draft = world["a_draft"]
    page = client_for(client, world, EDITOR_A).get(
        reverse("admin:pledges_pledge_change", args=[draft.pk])
    )
    assert preview_url(draft) in page.content.decode()


def test_report_preview(client, world):
    report = world["a_report"]
    url = reverse("followups:preview", kwargs={"uid": report.uid})
    assert client.get(url).status_code == 302
    assert client_for(client, world, STAFF_B).get(url).status_code == 404
    client.logout()
    response = client_for(client, world, EDITOR_A).get(url)
    assert response.status_code == 200
    assert "Förhandsgranskning." in response.content.decode()
    assert report.title in response.content.decode()


def test_report_preview_shows_the_promise_as_it_reads_now(client, world):
    report = world["a_report"]
    action = world["a_published"].actions.order_by("order").first()
    action.text = "Omformulerat efter att utkastet påbörjades"
    action.save()
    page = client_for(client, world, EDITOR_A).get(
        reverse("followups:preview", kwargs={"uid": report.uid})
    )
    assert "Omformulerat efter att utkastet påbörjades" in page.content.decode()


def test_a_change_after_publication_shows_as_a_dated_change_log(client, world):
    draft = world["a_draft"]
    client_for(client, world, PUBLISHER_A)
    url = reverse("admin:pledges_pledge_change", args=[draft.pk])
    client.post(url, pledge_post(draft, status="publicerad"))
    draft.refresh_from_db()
    assert draft.is_published
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Ändringar efter publicering" not in page  # publishing itself is no change

    old_text = draft.actions.order_by("order", "pk").first().text
    response = client.post(
        url, pledge_post(draft, **{"actions-0-text": "Minst tre trygghetsvandringar"})
    )
    assert response.status_code == 302
    page = client.get(draft.get_absolute_url()).content.decode()
    today = timezone.localdate().isoformat()
    assert "Ändringar efter publicering" in page
    assert f"Ändrat {today}" in page
    assert f"Löftet ”{old_text}” ändrades till ”Minst tre trygghetsvandringar”." in page


def test_a_changed_target_is_logged_with_old_and_new_value():
    pledge = fill_pledge(make_pledge(), actions=2)
    pledge.mark_published_version()
    target = Target.objects.filter(action__pledge=pledge).first()
    target.count = 4
    target.save()
    (entry,) = [description for _date, description in pledge.change_log()]
    assert (
        "från minst 2 trygghetsvandringar per år till minst 4 trygghetsvandringar per år" in entry
    )


def test_a_published_report_is_not_changed_by_a_preview(client, world):
    report = world["a_report"]
    report.statuses.update(status=DONE)
    report.publish()
    url = reverse("followups:preview", kwargs={"uid": report.uid})
    assert client_for(client, world, EDITOR_A).get(url).status_code == 200
    report.refresh_from_db()
    assert report.status == "publicerad"


def test_admin_view_on_site_of_a_draft_report_is_its_preview(client, world):
    report = world["a_report"]
    page = client_for(client, world, EDITOR_A).get(
        reverse("admin:followups_followupreport_change", args=[report.pk])
    )
    assert reverse("followups:preview", kwargs={"uid": report.uid}) in page.content.decode()
