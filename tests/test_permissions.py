"""Who reaches what in the admin: the owner's editor and publisher, a colleague from another
municipality, a staff user without an organisation, a superuser and an anonymous visitor."""

import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from followups.models import FollowUpReport
from municipalities.models import Municipality, PoliceArea
from pledges.models import Action, Pledge
from tests.conftest import (
    EDITOR_A,
    NO_ORG,
    OUTSIDERS,
    PUBLISHER_A,
    STAFF_B,
    SUPERUSER,
    client_for,
    fill_pledge,
    make_pledge,
    pledge_post,
)
from tests.followups.conftest import DONE

pytestmark = pytest.mark.django_db


def admin_url(name, *args):
    return reverse(f"admin:{name}", args=args)


# Lists ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "sees", "hidden"),
    [
        (EDITOR_A, ["A utkast", "A publicerat"], ["B utkast", "B publicerat"]),
        (PUBLISHER_A, ["A utkast", "A publicerat"], ["B utkast", "B publicerat"]),
        (STAFF_B, ["B utkast", "B publicerat"], ["A utkast", "A publicerat"]),
        (SUPERUSER, ["A utkast", "B utkast"], []),
    ],
)
def test_pledge_list_shows_only_own_organisations(client, world, who, sees, hidden):
    page = client_for(client, world, who).get(admin_url("pledges_pledge_changelist"))
    text = page.content.decode()
    assert page.status_code == 200
    for title in sees:
        assert title in text
    for title in hidden:
        assert title not in text


@pytest.mark.parametrize(
    "name",
    [
        "pledges_pledge_changelist",
        "pledges_action_changelist",
        "followups_followupreport_changelist",
        "followups_followupreport_due",
    ],
)
def test_staff_without_organisation_and_anonymous_see_nothing(client, world, name):
    assert client_for(client, world, NO_ORG).get(admin_url(name)).status_code == 403
    client.logout()
    response = client.get(admin_url(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_organisation_gets_an_empty_admin(client, world):
    page = client_for(client, world, NO_ORG).get(admin_url("index")).content.decode()
    assert "Medborgarlöften" not in page.split('id="content"')[1].split("Senaste")[0] or (
        "Du har inte behörighet" in page
    )
    assert "A utkast" not in page


def test_report_list_and_action_list_are_scoped(client, world):
    client_for(client, world, STAFF_B)
    reports = client.get(admin_url("followups_followupreport_changelist")).content.decode()
    assert world["b_report"].title in reports
    assert str(world["a_published"]) not in reports
    actions = client.get(admin_url("pledges_action_changelist")).content.decode()
    a_text = world["a_draft"].actions.first().text
    assert a_text not in actions
    assert world["b_draft"].actions.first().text in actions


# One object: view, change, delete, history -----------------------------------------------------


@pytest.mark.parametrize("who", OUTSIDERS)
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("pledges_pledge_change", "a_draft"),
        ("pledges_pledge_delete", "a_draft"),
        ("pledges_pledge_history", "a_draft"),
        ("followups_followupreport_change", "a_report"),
        ("followups_followupreport_history", "a_report"),
    ],
)
def test_outsiders_cannot_open_another_organisations_object(client, world, who, name, key):
    response = client_for(client, world, who).get(admin_url(name, world[key].pk))
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert world[key].title not in client.get(response["Location"]).content.decode()


def test_history_of_a_single_version_is_refused_to_outsiders(client, world):
    pledge = world["a_draft"]
    version = pledge.history.latest()
    url = admin_url("pledges_pledge_simple_history", pledge.pk, version.history_id)
    assert client_for(client, world, STAFF_B).get(url).status_code in (302, 403, 404)


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_owners_open_their_pledge_and_its_history(client, world, who):
    client_for(client, world, who)
    assert client.get(admin_url("pledges_pledge_change", world["a_draft"].pk)).status_code == 200
    assert client.get(admin_url("pledges_pledge_history", world["a_draft"].pk)).status_code == 200


def test_outsider_post_to_change_changes_nothing(client, world):
    pledge = world["a_draft"]
    client_for(client, world, STAFF_B).post(
        admin_url("pledges_pledge_change", pledge.pk),
        pledge_post(pledge, title="Kapat", **{"actions-0-text": "Kapad åtgärd"}),
    )
    pledge.refresh_from_db()
    assert pledge.title == "A utkast"
    assert not Action.objects.filter(text="Kapad åtgärd").exists()


def test_outsider_post_to_delete_deletes_nothing(client, world):
    client_for(client, world, STAFF_B).post(
        admin_url("pledges_pledge_delete", world["a_draft"].pk), {"post": "yes"}
    )
    assert Pledge.objects.filter(pk=world["a_draft"].pk).exists()


def test_published_pledges_cannot_be_deleted_by_staff(client, world):
    pledge = world["a_published"]
    response = client_for(client, world, PUBLISHER_A).post(
        admin_url("pledges_pledge_delete", pledge.pk), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Pledge.objects.filter(pk=pledge.pk).exists()


def test_owner_may_delete_a_draft(client, world):
    client_for(client, world, EDITOR_A).post(
        admin_url("pledges_pledge_delete", world["a_draft"].pk), {"post": "yes"}
    )
    assert not Pledge.objects.filter(pk=world["a_draft"].pk).exists()


# Bulk actions --------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["delete_selected", "copy_to_next_period"])
def test_bulk_actions_with_another_organisations_id_do_nothing(client, world, action):
    before = Pledge.objects.count()
    client_for(client, world, STAFF_B).post(
        admin_url("pledges_pledge_changelist"),
        {"action": action, "_selected_action": [world["a_draft"].pk], "post": "yes"},
    )
    assert Pledge.objects.count() == before
    assert Pledge.objects.filter(pk=world["a_draft"].pk).exists()


def test_bulk_delete_of_a_published_pledge_is_refused(client, world):
    client_for(client, world, PUBLISHER_A).post(
        admin_url("pledges_pledge_changelist"),
        {"action": "delete_selected", "_selected_action": [world["a_published"].pk], "post": "yes"},
    )
    assert Pledge.objects.filter(pk=world["a_published"].pk).exists()


def test_bulk_publish_of_another_organisations_report_does_nothing(client, world):
    report = world["a_report"]
    report.statuses.update(status=DONE)
    client_for(client, world, STAFF_B).post(
        admin_url("followups_followupreport_changelist"),
        {"action": "publish_selected", "_selected_action": [report.pk]},
    )
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.DRAFT


# Choices, autocomplete and forged values -------------------------------------------------------


def test_municipality_autocomplete_offers_only_own(client, world):
    response = client_for(client, world, EDITOR_A).get(
        reverse("admin:autocomplete"),
        {
            "term": "",
            "app_label": "pledges",
            "model_name": "pledge",
            "field_name": "municipalities",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["Ljungby"]


def test_continues_autocomplete_offers_only_own_pledges(client, world):
    response = client_for(client, world, STAFF_B).get(
        reverse("admin:autocomplete"),
        {"term": "", "app_label": "pledges", "model_name": "pledge", "field_name": "continues"},
    )
    texts = [r["text"] for r in response.json()["results"]]
    assert texts and all(text.startswith("B ") for text in texts)


def test_report_pledge_autocomplete_offers_only_own_pledges(client, world):
    response = client_for(client, world, EDITOR_A).get(
        reverse("admin:autocomplete"),
        {
            "term": "",
            "app_label": "followups",
            "model_name": "followupreport",
            "field_name": "pledge",
        },
    )
    texts = [r["text"] for r in response.json()["results"]]
    assert texts and all(text.startswith("A ") for text in texts)


def offered(html, name):
    """The texts of the options of the select `name`, without the empty one."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)<', select)
    return [text for value, text in options if value]


def test_the_pledge_form_offers_only_own_municipalities_and_pledges(client, world):
    html = client_for(client, world, EDITOR_A).get(admin_url("pledges_pledge_add")).content.decode()
    assert offered(html, "municipalities") == ["Ljungby"]
    continues = offered(html, "continues")
    assert continues and all(text.startswith("A ") for text in continues)


def test_the_report_form_offers_only_own_pledges(client, world):
    response = client_for(client, world, EDITOR_A).get(admin_url("followups_followupreport_add"))
    pledges = offered(response.content.decode(), "pledge")
    assert pledges and all(text.startswith("A ") for text in pledges)


def test_autocomplete_is_refused_to_staff_without_organisation(client, world):
    response = client_for(client, world, NO_ORG).get(
        reverse("admin:autocomplete"),
        {
            "term": "",
            "app_label": "pledges",
            "model_name": "pledge",
            "field_name": "municipalities",
        },
    )
    assert response.status_code == 403


def test_forged_municipality_in_a_new_pledge_is_refused(client, world):
    varnamo = Municipality.objects.get(slug="varnamo")
    before = Pledge.objects.count()
    data = pledge_post(world["a_draft"], title="Smuggel", municipalities=[varnamo.pk])
    for key in [k for k in data if k.startswith(("actions-", "signatories-"))]:
        del data[key]
    data.update({"actions-TOTAL_FORMS": "0", "actions-INITIAL_FORMS": "0"})
    data.update({"signatories-TOTAL_FORMS": "0", "signatories-INITIAL_FORMS": "0"})
    response = client_for(client, world, EDITOR_A).post(admin_url("pledges_pledge_add"), data)
    assert response.status_code == 200
    assert "Välj ett giltigt alternativ" in response.content.decode()
    assert Pledge.objects.count() == before


def test_forged_municipality_added_to_own_pledge_is_refused(client, world):
    pledge = world["a_draft"]
    varnamo = Municipality.objects.get(slug="varnamo")
    municipalities = [m.pk for m in pledge.municipalities.all()] + [varnamo.pk]
    client_for(client, world, EDITOR_A).post(
        admin_url("pledges_pledge_change", pledge.pk),
        pledge_post(pledge, municipalities=municipalities),
    )
    assert list(pledge.municipalities.values_list("slug", flat=True)) == ["ljungby"]


def test_forged_police_area_is_refused(client, world):
    pledge = world["a_draft"]
    boras = PoliceArea.objects.get(slug="boras")
    client_for(client, world, EDITOR_A).post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, police_area=boras.pk)
    )
    pledge.refresh_from_db()
    assert pledge.police_area_id is None


def test_forged_action_id_of_another_pledge_changes_nothing(client, world):
    pledge = world["a_draft"]
    foreign = world["b_draft"].actions.first()
    data = pledge_post(pledge, **{"actions-0-id": foreign.pk, "actions-0-text": "Kapad"})
    client_for(client, world, EDITOR_A).post(admin_url("pledges_pledge_change", pledge.pk), data)
    foreign.refresh_from_db()
    assert foreign.text != "Kapad"
    assert foreign.pledge_id == world["b_draft"].pk


def test_forged_report_for_another_organisations_pledge_is_refused(client, world):
    before = FollowUpReport.objects.count()
    response = client_for(client, world, EDITOR_A).post(
        admin_url("followups_followupreport_add"),
        {"pledge": world["b_published"].pk, "span": "2024"},
    )
    assert response.status_code == 404
    assert FollowUpReport.objects.count() == before


def test_shared_pledge_keeps_the_other_organisation_when_saved(client, world):
    pledge = make_pledge(
        ("ljungby", "varnamo"),
        title="Delat",
        district="Gränsen",
        status="utkast",
        published_at=None,
    )
    fill_pledge(pledge, 1)
    response = client_for(client, world, EDITOR_A).post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, title="Delat, ändrat")
    )
    assert response.status_code == 302, _debug_errors(response)
    pledge.refresh_from_db()
    assert pledge.title == "Delat, ändrat"
    assert sorted(pledge.municipalities.values_list("slug", flat=True)) == ["ljungby", "varnamo"]


def test_vocabularies_are_read_only_for_staff(client, world):
    client_for(client, world, PUBLISHER_A)
    assert client.get(admin_url("pledges_focusarea_changelist")).status_code == 200
    assert client.get(admin_url("pledges_focusarea_add")).status_code == 403
    assert client.get(admin_url("auth_user_changelist")).status_code == 403


# Publishing ----------------------------------------------------------------------------------


def test_editor_cannot_publish(client, world):
    pledge = world["a_draft"]
    client_for(client, world, EDITOR_A).post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, status="publicerad")
    )
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.DRAFT


def test_editor_sees_a_published_pledge_read_only(client, world):
    pledge = world["a_published"]
    client_for(client, world, EDITOR_A)
    page = client.get(admin_url("pledges_pledge_change", pledge.pk))
    assert page.status_code == 200
    assert 'name="title"' not in page.content.decode()
    response = client.post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, title="Ändrat")
    )
    assert response.status_code == 403
    pledge.refresh_from_db()
    assert pledge.title == "A publicerat"


def test_publisher_publishes(client, world):
    pledge = world["a_draft"]
    response = client_for(client, world, PUBLISHER_A).post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, status="publicerad")
    )
    assert response.status_code == 302, _debug_errors(response)
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.PUBLISHED
    assert pledge.is_published


def test_publishing_needs_an_action(client, world):
    pledge = make_pledge(("ljungby",), title="Tomt", status="utkast", published_at=None)
    response = client_for(client, world, PUBLISHER_A).post(
        admin_url("pledges_pledge_change", pledge.pk), pledge_post(pledge, status="publicerad")
    )
    assert "minst en åtgärd" in response.content.decode()
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.DRAFT


def test_unpublishing_needs_a_reason(client, world):
    pledge = world["a_published"]
    client_for(client, world, PUBLISHER_A)
    url = admin_url("pledges_pledge_change", pledge.pk)
    response = client.post(url, pledge_post(pledge, status="utkast"))
    assert "Skriv varför löftet avpubliceras." in response.content.decode()
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.PUBLISHED
    client.post(url, pledge_post(pledge, status="utkast", unpublish_reason="Fel period."))
    pledge.refresh_from_db()
    assert (pledge.status, pledge.unpublish_reason) == (Pledge.Status.DRAFT, "Fel period.")
    assert pledge.unpublished_at is not None


def test_editor_cannot_publish_a_report(client, world):
    report = world["a_report"]
    report.statuses.update(status=DONE)
    client_for(client, world, EDITOR_A)
    url = admin_url("followups_followupreport_change", report.pk)
    assert "Spara och publicera" not in client.get(url).content.decode()
    client.post(url, {"summary": "", "_publish": "1", "statuses-TOTAL_FORMS": "0"})
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.DRAFT


def test_publisher_unpublishes_a_report_with_a_reason(client, world):
    report = world["b_report"]
    client_for(client, world, STAFF_B)
    url = admin_url("followups_followupreport_change", report.pk)
    rows = report.statuses.count()
    management = {"statuses-TOTAL_FORMS": rows, "statuses-INITIAL_FORMS": rows}
    page = client.post(url, {"_unpublish": "1", "unpublish_reason": "", **management}, follow=True)
    assert "Skriv varför uppföljningen avpubliceras." in page.content.decode()
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.PUBLISHED
    client.post(url, {"_unpublish": "1", "unpublish_reason": "Fel siffror.", **management})
    report.refresh_from_db()
    assert (report.status, report.unpublish_reason) == ("utkast", "Fel siffror.")


def _debug_errors(response):
    import re

    return re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S
    )


def test_a_new_pledge_starts_with_the_users_organisation(client, world):
    page = client_for(client, world, EDITOR_A).get(admin_url("pledges_pledge_add"))
    form = page.context["adminform"].form
    assert form.initial["municipalities"] == [Municipality.objects.get(slug="ljungby").pk]
    assert form.initial["police_area"] == PoliceArea.objects.get(slug="ljungby").pk


@pytest.mark.parametrize("who", OUTSIDERS)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_outsiders_cannot_open_another_organisations_action(client, world, who, view):
    action = world["a_draft"].actions.first()
    response = client_for(client, world, who).get(admin_url(f"pledges_action_{view}", action.pk))
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert action.text not in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_owners_see_the_report_and_its_statuses(client, world, who):
    report = world["a_report"]
    page = client_for(client, world, who).get(
        admin_url("followups_followupreport_change", report.pk)
    )
    assert page.status_code == 200
    assert report.statuses.first().action_text in page.content.decode()


# History: the list, one version, and restoring it ------------------------------------------

HISTORY_MODELS = [
    ("pledges_pledge", lambda world, key: world[key]),
    ("pledges_action", lambda world, key: world[key].actions.first()),
    ("followups_followupreport", lambda world, key: world[f"{key[0]}_report"]),
]


def _history_urls(name, obj):
    version = obj.history.latest().history_id
    return {
        "list": admin_url(f"{name}_history", obj.pk),
        "version": admin_url(f"{name}_simple_history", obj.pk, version),
    }


@pytest.mark.parametrize(("name", "get"), HISTORY_MODELS)
@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_owners_read_the_history_and_its_versions(client, world, who, name, get):
    urls = _history_urls(name, get(world, "a_published"))
    client_for(client, world, who)
    assert client.get(urls["list"]).status_code == 200
    assert client.get(urls["version"]).status_code == 200


@pytest.mark.parametrize(("name", "get"), HISTORY_MODELS)
@pytest.mark.parametrize("who", [STAFF_B, NO_ORG])
def test_another_organisations_history_looks_like_a_missing_one(client, world, who, name, get):
    obj = get(world, "a_published")
    urls = _history_urls(name, obj)
    client_for(client, world, who)
    for url in urls.values():
        assert client.get(url).status_code == 404
        assert client.post(url, {"title": "Kapat"}).status_code == 404
    missing = admin_url(f"{name}_history", 999999)
    assert client.get(missing).status_code == 404
    missing_version = admin_url(f"{name}_simple_history", obj.pk, 999999)
    assert client.get(missing_version).status_code == 404


@pytest.mark.parametrize(("name", "get"), HISTORY_MODELS)
def test_anonymous_visitors_are_sent_to_login_from_history(client, world, name, get):
    for url in _history_urls(name, get(world, "a_published")).values():
        for response in (client.get(url), client.post(url, {"title": "Kapat"})):
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize(("name", "get"), HISTORY_MODELS)
@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_a_version_is_never_saved_from_its_history_page(client, world, who, name, get):
    obj = get(world, "a_published")
    url = _history_urls(name, obj)["version"]
    response = client_for(client, world, who).post(url, {"title": "Kapat", "text": "Kapat"})
    assert response.status_code == 405
    assert not Pledge.objects.filter(title="Kapat").exists()
    assert not Action.objects.filter(text="Kapat").exists()


def test_editor_cannot_change_a_published_pledge_through_its_history(client, world):
    """The attack: the change form is refused, so the same POST goes to a version's page."""
    pledge = world["a_published"]
    client_for(client, world, EDITOR_A)
    url = _history_urls("pledges_pledge", pledge)["version"]
    client.post(url, pledge_post(pledge, title="Ändrat via historiken"))
    pledge.refresh_from_db()
    assert pledge.title == "A publicerat"
    page = client.get(url).content.decode()
    assert "Återställ" not in page


def test_editor_cannot_unpublish_a_report_through_its_history(client, world):
    report = world["a_report"]
    report.statuses.update(status=DONE)
    report.publish()
    draft = report.history.earliest()
    assert draft.status == FollowUpReport.Status.DRAFT
    client_for(client, world, EDITOR_A)
    url = admin_url("followups_followupreport_simple_history", report.pk, draft.history_id)
    client.post(url, {"summary": "Ändrat"})
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.PUBLISHED


def test_restoring_a_version_fills_the_change_form_and_saves_with_its_rules(client, world):
    pledge = world["a_draft"]
    old = pledge.history.latest()
    pledge.title = "Nytt namn"
    pledge.save()
    pledge.focus_areas.set([])
    client_for(client, world, EDITOR_A)
    url = admin_url("pledges_pledge_simple_history", pledge.pk, old.history_id)
    page = client.get(url).content.decode()
    assert "A utkast" in page
    assert "återställs inte" in page
    restore = admin_url("pledges_pledge_change", pledge.pk) + f"?version={old.history_id}"
    assert restore.replace("&", "&amp;") in page
    form = client.get(restore).context["adminform"].form
    assert form.initial["title"] == "A utkast"
    assert sorted(form.initial["focus_areas"]) == sorted(
        old.focus_areas.values_list("focusarea_id", flat=True)
    )
    assert "status" not in form.initial  # publishing is not restored


def test_editor_may_not_restore_a_published_pledge(client, world):
    pledge = world["a_published"]
    old = pledge.history.earliest()
    client_for(client, world, EDITOR_A)
    restore = admin_url("pledges_pledge_change", pledge.pk) + f"?version={old.history_id}"
    assert 'name="title"' not in client.get(restore).content.decode()
    response = client.post(restore, pledge_post(pledge, title="Återställt"))
    assert response.status_code == 403


@pytest.mark.parametrize("who", [STAFF_B, NO_ORG])
@pytest.mark.parametrize("view", ["change", "delete"])
def test_another_organisations_object_looks_like_a_missing_one(client, world, who, view):
    client_for(client, world, who)
    other = client.get(admin_url(f"pledges_pledge_{view}", world["a_draft"].pk))
    missing = client.get(admin_url(f"pledges_pledge_{view}", 999999))
    assert other.status_code == missing.status_code == 404


# Two staff editing the same thing ----------------------------------------------------------


def _token(page):
    import re

    return re.search(r'name="edited_version" value="([^"]+)"', page.content.decode()).group(1)


def test_a_save_based_on_an_older_version_is_refused_and_shows_what_changed(client, world):
    pledge = world["a_draft"]
    url = admin_url("pledges_pledge_change", pledge.pk)
    client_for(client, world, EDITOR_A)
    token = _token(client.get(url))
    first = client.post(url, pledge_post(pledge, title="Först", edited_version=token))
    assert first.status_code == 302, _debug_errors(first)
    second = client.post(
        url, pledge_post(pledge, title="A utkast", situation="Min text", edited_version=token)
    )
    assert second.status_code == 200
    page = second.content.decode()
    assert "har sparats av någon annan" in page
    assert "Rubrik" in page  # what the colleague changed
    assert "Min text" in page  # the user's own input is still there
    pledge.refresh_from_db()
    assert pledge.title == "Först"
    # Having seen the conflict, the user may save their version deliberately.
    again = pledge_post(pledge, title="A utkast", situation="Min text")
    third = client.post(url, {**again, "edited_version": _token(second)})
    assert third.status_code == 302, _debug_errors(third)
    pledge.refresh_from_db()
    assert (pledge.title, pledge.situation) == ("A utkast", "Min text")


def test_a_change_to_an_action_also_makes_the_pledge_form_stale(client, world):
    pledge = world["a_draft"]
    url = admin_url("pledges_pledge_change", pledge.pk)
    client_for(client, world, EDITOR_A)
    token = _token(client.get(url))
    action = pledge.actions.first()
    action.text = "Ändrad av kollegan"
    action.save()
    response = client.post(url, pledge_post(pledge, title="Mitt namn", edited_version=token))
    assert response.status_code == 200
    assert "har sparats av någon annan" in response.content.decode()
    pledge.refresh_from_db()
    assert pledge.title == "A utkast"


def test_a_report_saved_meanwhile_is_not_overwritten(client, world):
    report = world["a_report"]
    url = admin_url("followups_followupreport_change", report.pk)
    client_for(client, world, EDITOR_A)
    token = _token(client.get(url))
    rows = report.statuses.count()
    management = {"statuses-TOTAL_FORMS": rows, "statuses-INITIAL_FORMS": rows}
    for i, status in enumerate(report.statuses.all()):
        management.update({f"statuses-{i}-id": status.pk, f"statuses-{i}-status": status.status})
    report.summary = "Kollegans sammanfattning"
    report.save()
    response = client.post(url, {"summary": "Min", "edited_version": token, **management})
    assert response.status_code == 200
    assert "har sparats av någon annan" in response.content.decode()
    report.refresh_from_db()
    assert report.summary == "Kollegans sammanfattning"


def test_an_address_clash_in_the_admin_does_not_name_another_organisations_draft(
    client, world, django_user_model
):
    from municipalities.models import Membership

    police = django_user_model.objects.create_user("polis", is_staff=True)
    area = PoliceArea.objects.get(slug="ljungby")
    Membership.objects.create(user=police, police_area=area)
    data = pledge_post(world["a_draft"], title="Polisens", police_area=area.pk)
    for key in [k for k in data if k.startswith(("actions-", "signatories-"))]:
        del data[key]
    data.update({"actions-TOTAL_FORMS": "0", "actions-INITIAL_FORMS": "0"})
    data.update({"signatories-TOTAL_FORMS": "0", "signatories-INITIAL_FORMS": "0"})
    client.force_login(police)
    page = client.post(admin_url("pledges_pledge_add"), data).content.decode()
    assert "samma adress" in page
    assert "A utkast" not in page


# Reference data ------------------------------------------------------------------------------


def test_a_municipality_with_pledges_cannot_be_deleted(client, world):
    from django.db.models import ProtectedError

    ljungby = Municipality.objects.get(slug="ljungby")
    client_for(client, world, SUPERUSER)
    url = admin_url("municipalities_municipality_delete", ljungby.pk)
    page = client.get(url)
    assert page.status_code == 200
    assert "A publicerat" in page.content.decode()  # named as what keeps it
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "kan inte" in response.content.decode().lower()
    bulk = client.post(
        admin_url("municipalities_municipality_changelist"),
        {"action": "delete_selected", "_selected_action": [ljungby.pk], "post": "yes"},
    )
    assert bulk.status_code == 200
    assert Municipality.objects.filter(pk=ljungby.pk).exists()
    with pytest.raises(ProtectedError):
        ljungby.delete()
    with pytest.raises(ProtectedError):
        Municipality.objects.filter(pk=ljungby.pk).delete()
    assert world["a_published"].municipalities.filter(pk=ljungby.pk).exists()


def test_a_police_area_with_members_cannot_be_deleted(world):
    from django.db.models import ProtectedError

    from municipalities.models import Membership

    area = PoliceArea.objects.get(slug="ljungby")
    Membership.objects.create(user=world["users"][NO_ORG], police_area=area)
    with pytest.raises(ProtectedError):
        area.delete()


def test_an_unused_municipality_can_be_deleted(client, world):
    from municipalities.models import County

    lonely = Municipality.objects.create(
        code="9999", name="Ny kommun", slug="ny-kommun", county=County.objects.first()
    )
    client_for(client, world, SUPERUSER).post(
        admin_url("municipalities_municipality_delete", lonely.pk), {"post": "yes"}
    )
    assert not Municipality.objects.filter(pk=lonely.pk).exists()


# "Visa på webbplatsen" -----------------------------------------------------------------------


def _view_on_site(obj):
    from django.contrib.contenttypes.models import ContentType

    return admin_url("view_on_site", ContentType.objects.get_for_model(obj).pk, obj.pk)


@pytest.mark.parametrize("key", ["b_draft", "a_report"])
def test_view_on_site_does_not_tell_the_address_of_another_organisations_draft(client, world, key):
    obj = world[key] if key != "a_report" else world["a_report"]
    who = EDITOR_A if key == "b_draft" else STAFF_B
    response = client_for(client, world, who).get(_view_on_site(obj))
    assert response.status_code == 404


def test_view_on_site_of_another_organisations_action_on_a_draft_is_refused(client, world):
    action = world["b_draft"].actions.first()
    assert client_for(client, world, EDITOR_A).get(_view_on_site(action)).status_code == 404


def test_view_on_site_works_for_own_drafts_and_for_published_pledges(client, world):
    client_for(client, world, EDITOR_A)
    own = client.get(_view_on_site(world["a_draft"]))
    public = client.get(_view_on_site(world["b_published"]))
    assert own.status_code == public.status_code == 302
    assert public["Location"].endswith(world["b_published"].get_absolute_url())


# The API and its description -----------------------------------------------------------------


@pytest.mark.parametrize("who", [EDITOR_A, SUPERUSER, *OUTSIDERS])
def test_the_api_and_its_description_show_everyone_only_what_is_published(client, world, who):
    """Logged in or not, owner or not: the API has the published pledges and no draft, not
    even the user's own; its OpenAPI document and description are the same public pages."""
    client_for(client, world, who)

    pledges = client.get("/api/v1/pledges/").content.decode()
    assert "A publicerat" in pledges and "B publicerat" in pledges
    assert "utkast" not in pledges
    assert client.get(f"/api/v1/pledges/{world['a_draft'].uid}/").status_code == 404
    for path in ["/api/v1/openapi.json", "/api/v1/docs/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert "utkast" not in response.content.decode()


# The pledge's PDF (pledges/pdf.py) -------------------------------------------------------------


def preview_pdf_url(pledge):
    return reverse("pledges:preview_pdf", kwargs={"uid": pledge.uid})


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_owners_get_the_pdf_of_their_draft(client, world, who):
    response = client_for(client, world, who).get(preview_pdf_url(world["a_draft"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("who", [STAFF_B, NO_ORG])
def test_other_staff_get_no_pdf_of_a_draft(client, world, who):
    assert client_for(client, world, who).get(preview_pdf_url(world["a_draft"])).status_code == 404


def test_anonymous_visitors_are_sent_to_login_from_a_drafts_pdf(client, world):
    response = client.get(preview_pdf_url(world["a_draft"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("who", [*OUTSIDERS, EDITOR_A])
def test_the_public_pdf_address_never_gives_a_draft(client, world, who):
    draft = world["b_draft"]
    kwargs = {"municipality": "varnamo", "period": draft.period_slug}
    # Värnamo's published pledge has the same period: the public address gives that one.
    response = client_for(client, world, who).get(reverse("pledges:pdf", kwargs=kwargs))
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "B publicerat" in text
    assert "B utkast" not in text


# The desk: the start page, the review step and scheduling (desk/) --------------------------------


def desk_urls(world):
    """Each page of the desk for Ljungby's objects, with what it needs to exist."""
    from desk import services

    users = world["users"]
    review = services.send_for_review(pledge=world["a_draft"], user=users[EDITOR_A])
    scheduled = fill_pledge(
        make_pledge(
            ("ljungby",),
            title="A schemalagt",
            district="Centrum",
            published_at=timezone.now() + datetime.timedelta(days=3),
        ),
        1,
    )
    return [
        reverse("desk:send_for_review", args=[world["a_draft"].pk]),
        reverse("desk:review", args=[review.pk]),
        reverse("desk:cancel_schedule", args=[scheduled.pk]),
        reverse("desk:start_revision", args=[world["a_published"].pk]),
    ]


@pytest.mark.parametrize("who", [STAFF_B, NO_ORG])
def test_the_desk_pages_of_another_organisation_look_missing(client, world, who):
    urls = desk_urls(world)
    client_for(client, world, who)
    for url in urls:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"_publish": "1", "note": "x"}).status_code == 404, url
    assert not Pledge.objects.filter(revision_of=world["a_published"]).exists()
    assert Pledge.objects.get(title="A schemalagt").is_scheduled
    assert not Pledge.objects.get(pk=world["a_draft"].pk).is_published


def test_anonymous_visitors_are_sent_to_login_from_the_desk(client, world):
    for url in [reverse("admin:index"), *desk_urls(world)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_the_owners_open_the_desk_pages(client, world, who):
    urls = desk_urls(world)
    client_for(client, world, who)
    send, review, cancel, revise = urls
    assert client.get(review).status_code == 200
    assert client.get(revise).status_code == 200
    # A draft waiting for an utgivare is not sent twice: the link leads to its review.
    assert client.get(send)["Location"] == review
    expected = 403 if who == EDITOR_A else 200
    assert client.get(cancel).status_code == expected


def test_the_start_page_of_staff_without_organisation_has_no_work(client, world):
    page = client_for(client, world, NO_ORG).get(admin_url("index"))
    assert "desk" not in page.context
    assert "Att göra" not in page.content.decode()


# The pledge's next steps: a copy for a new period, a new follow-up; inviting a colleague -------


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_cannot_copy_another_organisations_pledge(client, world, who):
    url = admin_url("pledges_pledge_copy", world["a_published"].pk)
    client_for(client, world, who)
    assert client.get(url).status_code in (302, 403, 404)
    response = client.post(url, {"start_date": "2030-01-01", "end_date": "2030-12-31"})
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("admin:login"))
    assert not Pledge.objects.filter(continues=world["a_published"]).exists()


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, SUPERUSER])
def test_editors_and_publishers_copy_their_pledge_to_a_draft(client, world, who):
    client_for(client, world, who).post(
        admin_url("pledges_pledge_copy", world["a_published"].pk),
        {"start_date": "2030-01-01", "end_date": "2030-12-31"},
    )
    copy = Pledge.objects.get(continues=world["a_published"])
    assert copy.status == Pledge.Status.DRAFT  # a redaktör's copy too: publishing is apart


@pytest.mark.parametrize("who", [STAFF_B, SUPERUSER])
def test_a_new_report_of_another_organisations_pledge_is_not_found(client, world, who):
    pledge = world["a_published"]
    url = admin_url("followups_followupreport_add") + f"?pledge={pledge.pk}"
    response = client_for(client, world, who).get(url)
    if who == SUPERUSER:
        assert response.status_code == 200  # the national administrator sees every pledge
    else:
        assert response.status_code == 404
        response = client.post(url, {"pledge": pledge.pk, "span": "2023"})
        assert response.status_code == 404
        assert not pledge.reports.filter(year=2023, status="publicerad").exists()


def test_a_new_report_is_refused_to_staff_without_organisation_and_anonymous(client, world):
    url = admin_url("followups_followupreport_add")
    assert client_for(client, world, NO_ORG).get(url).status_code == 403
    client.logout()
    assert client.get(url)["Location"].startswith(reverse("admin:login"))


def test_an_editor_starts_a_report_and_may_not_publish_it(client, world):
    pledge = world["b_published"]
    client_for(client, world, STAFF_B)
    page = client.get(admin_url("pledges_pledge_change", pledge.pk)).content.decode()
    start = admin_url("followups_followupreport_add") + f"?pledge={pledge.pk}"
    assert f'href="{start}"' in page
    client.force_login(world["users"][EDITOR_A])
    pledge = world["a_published"]
    world["a_report"].delete()
    response = client.post(
        admin_url("followups_followupreport_add"), {"pledge": pledge.pk, "span": "2023"}
    )
    report = pledge.reports.get()
    assert response["Location"] == admin_url("followups_followupreport_change", report.pk)
    assert report.status == FollowUpReport.Status.DRAFT
    page = client.get(response["Location"]).content.decode()
    assert "Spara och publicera" not in page


def test_a_draft_pledge_offers_no_follow_up(client, world):
    client_for(client, world, PUBLISHER_A)
    page = client.get(admin_url("pledges_pledge_change", world["a_draft"].pk)).content.decode()
    assert "Ny uppföljning" not in page
    assert "Kopiera till ny period" in page


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A, STAFF_B, NO_ORG])
def test_only_the_national_administrator_invites(client, world, who):
    url = admin_url("auth_user_invite")
    client_for(client, world, who)
    assert client.get(url).status_code == 403
    data = {"email": "ny@ljungby.se", "municipality": world["a_draft"].municipalities.get().pk}
    client.post(url, {**data, "role": "utgivare"})
    assert not world["users"][EDITOR_A].__class__.objects.filter(email="ny@ljungby.se").exists()
    client.logout()
    assert client.get(url)["Location"].startswith(reverse("admin:login"))
