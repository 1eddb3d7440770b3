"""The editorial desk: the start page "Att göra", the review step from redaktör to utgivare,
draft changes of published pledges, and scheduling as a state of its own."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from desk import services
from desk.models import Review
from pledges.models import Action, Pledge
from tests.conftest import (
    EDITOR_A,
    PUBLISHER_A,
    STAFF_B,
    SUPERUSER,
    client_for,
    fill_pledge,
    make_pledge,
    pledge_post,
)

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def desk(world):
    """The world, with e-mail addresses, a scheduled pledge and a draft waiting for an utgivare
    in each organisation."""
    for name, user in world["users"].items():
        user.email = f"{name}@example.se"
        user.save()
    users = world["users"]
    in_a_week = timezone.now() + datetime.timedelta(days=7)
    for slug, letter in (("ljungby", "A"), ("varnamo", "B")):
        fill_pledge(
            make_pledge(
                (slug,),
                title=f"{letter} schemalagt",
                start_date=D(2026, 1, 1),
                end_date=D(2026, 12, 31),
                published_at=in_a_week,
            ),
            1,
        )
        waiting = fill_pledge(
            make_pledge(
                (slug,),
                title=f"{letter} väntar",
                status="utkast",
                published_at=None,
                start_date=D(2027, 1, 1),
                end_date=D(2027, 12, 31),
            ),
            1,
        )
        sender = users[EDITOR_A] if letter == "A" else users[STAFF_B]
        services.send_for_review(pledge=waiting, user=sender, note=f"Titta på {letter}")
    mail.outbox.clear()
    return world


def start_page(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return response


def titles(items):
    return sorted(item.title for item in items)


# The start page --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", [EDITOR_A, PUBLISHER_A])
def test_the_start_page_lists_exactly_the_users_own_work(client, desk, who):
    todo = start_page(client_for(client, desk, who)).context["desk"]
    late = [item.expected for item in todo["follow_ups"]]
    assert [(e.pledge.title, e.title, e.state) for e in late] == [
        ("A publicerat", "Uppföljning 2023", "forsenad")
    ]
    assert late[0].report == desk["a_report"]  # the draft already begun
    assert titles(todo["pledge_drafts"]) == ["A utkast"]
    assert [report.pledge.title for report in todo["report_drafts"]] == ["A publicerat"]
    assert [review.pledge.title for review in todo["waiting"]] == ["A väntar"]
    assert titles(todo["scheduled"]) == ["A schemalagt"]


def test_the_start_page_shows_how_late_and_links_to_the_work(client, desk):
    page = start_page(client_for(client, desk, PUBLISHER_A)).content.decode()
    report = desk["a_report"]
    assert "Att göra" in page
    days = (timezone.localdate() - D(2024, 1, 30)).days
    assert f"Försenad {days} dagar" in page
    assert reverse("admin:followups_followupreport_change", args=[report.pk]) in page
    waiting = Review.objects.get(pledge__title="A väntar")
    assert reverse("desk:review", args=[waiting.pk]) in page
    assert "Titta på A" in page
    assert reverse("admin:pledges_pledge_change", args=[desk["a_draft"].pk]) in page
    for other in ("B utkast", "B väntar", "B schemalagt", "Titta på B"):
        assert other not in page


def test_the_national_administrator_sees_every_organisations_work(client, desk):
    todo = start_page(client_for(client, desk, SUPERUSER)).context["desk"]
    assert [review.pledge.title for review in todo["waiting"]] == ["A väntar", "B väntar"]
    assert titles(todo["scheduled"]) == ["A schemalagt", "B schemalagt"]


def test_the_scheduled_publication_shows_its_swedish_time(client, desk):
    pledge = Pledge.objects.get(title="A schemalagt")
    # 23:30 UTC on 31 December is 00:30 on New Year's Day in Stockholm.
    pledge.published_at = datetime.datetime(2099, 12, 31, 23, 30, tzinfo=datetime.UTC)
    pledge.save()
    page = start_page(client_for(client, desk, EDITOR_A)).content.decode()
    assert "Schemalagd 1 januari 2100 kl. 00:30" in page


def test_colleagues_recent_changes_are_listed_but_not_ones_own(client, desk):
    client_for(client, desk, PUBLISHER_A)
    pledge = desk["a_draft"]
    client.post(
        reverse("admin:pledges_pledge_change", args=[pledge.pk]),
        pledge_post(pledge, title="A utkast, av utgivaren"),
    )
    changes = start_page(client).context["desk"]["recent_changes"]
    assert "A utkast, av utgivaren" not in [change.title for change in changes]
    client.force_login(desk["users"][EDITOR_A])
    page = start_page(client)
    changes = page.context["desk"]["recent_changes"]
    mine = [change for change in changes if change.title == "A utkast, av utgivaren"]
    assert [change.user.username for change in mine] == [PUBLISHER_A]
    assert "B utkast" not in [change.title for change in changes]


def test_the_start_page_says_when_there_is_nothing_to_do(client, django_user_model):
    from municipalities.models import Membership, Municipality

    user = django_user_model.objects.create_user("ny", password="x" * 16, is_staff=True)
    Membership.objects.create(user=user, municipality=Municipality.objects.get(slug="alvesta"))
    client.force_login(user)
    page = start_page(client).content.decode()
    assert "Inga utkast." in page
    assert "Inget väntar på en utgivare." in page
    assert "Inget är schemalagt." in page
    assert "Inga uppföljningar är försenade" in page


def test_the_start_page_query_count_does_not_grow_with_the_work(
    client, desk, django_assert_num_queries
):
    client_for(client, desk, PUBLISHER_A)
    start_page(client)  # the session and the content types, once
    # The session, the user and the memberships; the pledges, municipalities and reports of the
    # follow-ups; the drafts with their municipalities and reviews; the report drafts; the
    # waiting reviews; the scheduled pledges with their municipalities; two histories; the
    # admin's list of models and its recent actions; the session saved.
    with django_assert_num_queries(21):
        start_page(client)
    for i in range(3):
        draft = fill_pledge(
            make_pledge(title=f"Mer {i}", status="utkast", published_at=None, district=f"D{i}"),
            1,
        )
        services.send_for_review(pledge=draft, user=desk["users"][EDITOR_A])
        fill_pledge(make_pledge(title=f"Sent {i}", district=f"S{i}"), 1)
        fill_pledge(
            make_pledge(
                title=f"Senare {i}",
                district=f"L{i}",
                published_at=timezone.now() + datetime.timedelta(days=1),
            ),
            1,
        )
    with django_assert_num_queries(21):
        page = start_page(client)
    assert len(page.context["desk"]["waiting"]) == 4


# The review step -----------------------------------------------------------------------------


def test_a_redaktor_sends_a_draft_to_the_utgivare_with_a_note(
    client, desk, django_capture_on_commit_callbacks
):
    pledge = desk["a_draft"]
    client_for(client, desk, EDITOR_A)
    form = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    send_url = reverse("desk:send_for_review", args=[pledge.pk])
    assert send_url in form
    assert "Skicka till utgivare" in form
    assert "Granska och publicera" not in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(send_url, {"note": "Ny lägesbild i inledningen."}, follow=True)
    assert "är skickat till utgivaren" in response.content.decode()
    review = pledge.reviews.get()
    assert review.is_waiting
    assert review.sent_by.username == EDITOR_A
    assert review.history.latest().history_user.username == EDITOR_A
    [message] = mail.outbox
    assert message.to == [f"{PUBLISHER_A}@example.se"]
    assert "Ny lägesbild i inledningen." in message.body
    assert reverse("desk:review", args=[review.pk]) in message.body
    utgivare = start_page(client_for(client, desk, PUBLISHER_A)).context["desk"]
    assert pledge.title in [review.pledge.title for review in utgivare["waiting"]]
    assert pledge.title not in titles(utgivare["pledge_drafts"])


def test_a_redaktor_cannot_publish(client, desk):
    review = Review.objects.get(pledge__title="A väntar")
    client_for(client, desk, EDITOR_A)
    page = client.get(review.get_absolute_url()).content.decode()
    assert "Väntar på att en utgivare" in page
    assert 'name="_publish"' not in page
    response = client.post(review.get_absolute_url(), {"_publish": "1"})
    assert response.status_code == 403
    review.refresh_from_db()
    assert review.is_waiting
    assert review.pledge.status == Pledge.Status.DRAFT
    form = client.get(reverse("admin:pledges_pledge_change", args=[review.pledge.pk]))
    assert 'name="status"' not in form.content.decode()  # no publishing offered


def test_the_utgivare_previews_and_publishes(client, desk, django_capture_on_commit_callbacks):
    review = Review.objects.get(pledge__title="A väntar")
    client_for(client, desk, PUBLISHER_A)
    page = client.get(review.get_absolute_url()).content.decode()
    preview = reverse("pledges:preview", kwargs={"uid": review.pledge.uid})
    assert preview in page
    assert client.get(preview).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review.get_absolute_url(), {"_publish": "1"}, follow=True)
    assert "”A väntar” är publicerat." in response.content.decode()
    pledge = Pledge.objects.get(pk=review.pledge.pk)
    assert pledge.is_published
    assert pledge.history.latest().history_user.username == PUBLISHER_A
    assert client.get(pledge.get_absolute_url()).status_code == 200
    review.refresh_from_db()
    assert review.outcome == Review.Outcome.PUBLISHED
    [message] = mail.outbox
    assert message.to == [f"{EDITOR_A}@example.se"]


def test_the_utgivare_sends_it_back_and_the_redaktor_reads_why(
    client, desk, django_capture_on_commit_callbacks
):
    review = Review.objects.get(pledge__title="A väntar")
    client_for(client, desk, PUBLISHER_A)
    refused = client.post(review.get_absolute_url(), {"_return": "1", "comment": " "})
    assert "Skriv vad som behöver ändras." in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review.get_absolute_url(), {"_return": "1", "comment": "Lägg till målen."})
    review.refresh_from_db()
    assert review.is_returned
    assert review.pledge.status == Pledge.Status.DRAFT
    [message] = mail.outbox
    assert message.to == [f"{EDITOR_A}@example.se"]
    assert "Lägg till målen." in message.body
    client.force_login(desk["users"][EDITOR_A])
    assert "Lägg till målen." in start_page(client).content.decode()
    change = reverse("admin:pledges_pledge_change", args=[review.pledge.pk])
    form = client.get(change).content.decode()
    assert "Lägg till målen." in form
    assert reverse("desk:send_for_review", args=[review.pledge.pk]) in form


def test_a_draft_without_promises_is_not_sent(client, desk):
    pledge = make_pledge(title="Tomt", status="utkast", published_at=None, district="Tomt")
    client_for(client, desk, EDITOR_A)
    response = client.post(reverse("desk:send_for_review", args=[pledge.pk]), {"note": ""})
    assert "minst en åtgärd" in response.content.decode()
    assert not pledge.reviews.exists()


# A change to a published pledge, in a draft ------------------------------------------------------


def test_a_redaktor_changes_a_published_pledge_through_a_draft_the_utgivare_publishes(client, desk):
    published = desk["a_published"]
    published.mark_published_version()
    kept, removed = published.actions.order_by("order", "pk")
    status_of_kept = desk["a_report"].statuses.get(action=kept)
    client_for(client, desk, EDITOR_A)
    form = client.get(reverse("admin:pledges_pledge_change", args=[published.pk])).content
    assert reverse("desk:start_revision", args=[published.pk]) in form.decode()
    response = client.post(reverse("desk:start_revision", args=[published.pk]))
    revision = Pledge.objects.get(revision_of=published)
    assert response["Location"] == reverse("admin:pledges_pledge_change", args=[revision.pk])
    assert revision.status == Pledge.Status.DRAFT

    # The redaktör edits the draft in the ordinary form: a promise changed, one removed.
    data = pledge_post(revision, title="A publicerat, ändrat")
    actions = list(revision.actions.order_by("order", "pk"))
    data["actions-0-text"] = "Ny lydelse av löftet"
    data["actions-1-DELETE"] = "on"
    data["actions-1-id"] = actions[1].pk
    saved = client.post(reverse("admin:pledges_pledge_change", args=[revision.pk]), data)
    assert saved.status_code == 302, saved.content.decode()[:3000]
    public = client.get(published.get_absolute_url()).content.decode()
    assert "Ny lydelse av löftet" not in public  # residents still read the published one
    assert kept.text in public

    client.post(reverse("desk:send_for_review", args=[revision.pk]), {"note": "Ny lydelse"})
    review = Review.objects.get(pledge=revision)
    client.force_login(desk["users"][PUBLISHER_A])
    page = client.get(review.get_absolute_url()).content.decode()
    assert "ersätter det publicerade löftet" in page
    client.post(review.get_absolute_url(), {"_publish": "1"})

    assert not Pledge.objects.filter(pk=revision.pk).exists()
    published.refresh_from_db()
    assert published.title == "A publicerat, ändrat"
    assert published.is_published
    assert list(published.actions.values_list("pk", "text")) == [(kept.pk, "Ny lydelse av löftet")]
    assert not Action.objects.filter(pk=removed.pk).exists()
    status_of_kept.refresh_from_db()
    assert status_of_kept.action_id == kept.pk  # the follow-up stays with its promise
    public = client.get(published.get_absolute_url()).content.decode()
    assert "Ny lydelse av löftet" in public
    assert "ändrades till" in public  # the change log tells residents
    review.refresh_from_db()
    assert review.pledge == published
    assert review.outcome == Review.Outcome.PUBLISHED
    assert published.history.latest().history_user.username == PUBLISHER_A


def test_a_draft_change_cannot_be_published_through_its_form(client, desk):
    revision = services.start_revision(pledge=desk["a_published"], user=desk["users"][PUBLISHER_A])
    client_for(client, desk, PUBLISHER_A)
    form = client.get(reverse("admin:pledges_pledge_change", args=[revision.pk])).content.decode()
    assert 'name="status"' not in form
    assert reverse("desk:send_for_review", args=[revision.pk]) in form


# Scheduling -------------------------------------------------------------------------------------


def test_a_scheduled_pledge_is_shown_as_scheduled_with_its_swedish_time(client, desk):
    pledge = desk["a_draft"]
    client_for(client, desk, PUBLISHER_A)
    response = client.post(
        reverse("admin:pledges_pledge_change", args=[pledge.pk]),
        pledge_post(
            pledge,
            status="publicerad",
            published_at_0="2099-06-01",
            published_at_1="08:00:00",
        ),
        follow=True,
    )
    page = response.content.decode()
    assert "publiceras 1 juni 2099 kl. 08:00 (svensk tid)" in page  # the save message
    pledge.refresh_from_db()
    assert pledge.published_at == datetime.datetime(2099, 6, 1, 6, 0, tzinfo=datetime.UTC)
    assert pledge.is_scheduled
    listing = client.get(reverse("admin:pledges_pledge_changelist")).content.decode()
    assert "Schemalagd 1 juni 2099 kl. 08:00" in listing
    form = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    assert "Schemalagd 1 juni 2099 kl. 08:00" in form
    history = client.get(reverse("admin:pledges_pledge_history", args=[pledge.pk])).content
    assert "1 juni 2099 kl. 08:00" in history.decode()
    preview = client.get(reverse("pledges:preview", kwargs={"uid": pledge.uid})).content
    assert "löftet blir synligt för besökare 1 juni 2099 08:00" in preview.decode()


def test_a_scheduled_pledge_goes_public_at_its_time(client, desk, monkeypatch):
    review = Review.objects.get(pledge__title="A väntar")
    when = timezone.now() + datetime.timedelta(hours=3)
    local = timezone.localtime(when)
    client_for(client, desk, PUBLISHER_A)
    response = client.post(
        review.get_absolute_url(),
        {"_publish": "1", "publish_at": local.strftime("%Y-%m-%dT%H:%M")},
        follow=True,
    )
    assert "är schemalagt: publiceras" in response.content.decode()
    pledge = Pledge.objects.get(pk=review.pledge.pk)
    assert pledge.is_scheduled
    client.logout()
    assert client.get(pledge.get_absolute_url()).status_code == 404
    later = when + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(pledge.get_absolute_url()).status_code == 200
    assert not Pledge.objects.get(pk=pledge.pk).is_scheduled


def test_cancelling_a_schedule_returns_the_pledge_to_draft(client, desk):
    pledge = Pledge.objects.get(title="A schemalagt")
    url = reverse("desk:cancel_schedule", args=[pledge.pk])
    client_for(client, desk, EDITOR_A)
    form = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    assert url not in form  # not offered to a redaktör
    assert client.post(url).status_code == 403
    client.force_login(desk["users"][PUBLISHER_A])
    form = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).content.decode()
    assert url in form
    assert "Avbryt schemaläggning" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "är ett utkast igen" in response.content.decode()
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.DRAFT
    assert pledge.published_at is None
    assert pledge.history.latest().history_user.username == PUBLISHER_A


def test_publishing_follow_ups_in_bulk_is_not_offered_to_a_redaktor(client, desk):
    url = reverse("admin:followups_followupreport_changelist")
    assert "publish_selected" not in client_for(client, desk, EDITOR_A).get(url).content.decode()
    client.force_login(desk["users"][PUBLISHER_A])
    assert "publish_selected" in client.get(url).content.decode()


def test_a_change_to_a_pledge_unpublished_meanwhile_is_not_published(client, desk):
    published = desk["a_published"]
    revision = services.start_revision(pledge=published, user=desk["users"][EDITOR_A])
    review = services.send_for_review(pledge=revision, user=desk["users"][EDITOR_A])
    Pledge.objects.filter(pk=published.pk).update(status="utkast", unpublish_reason="Fel")
    client_for(client, desk, PUBLISHER_A)
    response = client.post(review.get_absolute_url(), {"_publish": "1"})
    assert "inte längre publicerat" in response.content.decode()
    assert Pledge.objects.filter(pk=revision.pk, status="utkast").exists()
