"""Staff and their organisations: someone put in an organisation can log in, someone who cannot
is told why, and the national administrator invites a colleague to choose their own password."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from municipalities.models import Membership, Municipality
from municipalities.services import add_membership

pytestmark = pytest.mark.django_db
PASSWORD = "ett-långt-lösenord-123"


@pytest.fixture
def national(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "nationell", "nationell@example.se", PASSWORD, first_name="Nina", last_name="Nord"
    )
    client.force_login(user)
    return user


def log_in(client, username, password=PASSWORD):
    client.logout()
    return client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}
    )


def test_a_user_added_with_an_organisation_can_log_in(client, national, django_user_model):
    ljungby = Municipality.objects.get(slug="ljungby")
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "kollega",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "usable_password": "true",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-municipality": ljungby.pk,
            "memberships-0-role": Membership.Role.EDITOR,
        },
    )
    assert response.status_code == 302
    user = django_user_model.objects.get(username="kollega")
    assert user.is_staff
    assert user.memberships.get().municipality == ljungby
    response = log_in(client, "kollega")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_membership_service_makes_the_user_staff(django_user_model):
    user = django_user_model.objects.create_user("ny", password=PASSWORD)
    add_membership(user=user, municipality=Municipality.objects.get(slug="ljungby"))
    user.refresh_from_db()
    assert user.is_staff


def test_a_member_without_the_staff_flag_is_told_why_not_wrong_password(client, django_user_model):
    user = django_user_model.objects.create_user("gammal", password=PASSWORD)
    Membership.objects.create(user=user, municipality=Municipality.objects.get(slug="ljungby"))
    page = log_in(client, "gammal").content.decode()
    assert "har ännu inte behörighet att logga in" in page
    assert "lösenordet eller engångskoden stämmer inte" not in page
    # A wrong password still reads as one.
    page = log_in(client, "gammal", "fel-lösenord").content.decode()
    assert "lösenordet eller engångskoden stämmer inte" in page
    assert "har ännu inte behörighet" not in page


def test_a_user_without_organisation_gets_the_usual_answer(client, django_user_model):
    django_user_model.objects.create_user("utan", password=PASSWORD)
    page = log_in(client, "utan").content.decode()
    assert "lösenordet eller engångskoden stämmer inte" in page


def test_the_national_administrator_invites_a_colleague_who_sets_a_password(
    client, national, django_user_model
):
    changelist = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "Bjud in en kollega" in changelist
    ljungby = Municipality.objects.get(slug="ljungby")
    response = client.post(
        reverse("admin:auth_user_invite"),
        {
            "email": "Anna.Berg@ljungby.se",
            "first_name": "Anna",
            "last_name": "Berg",
            "municipality": ljungby.pk,
            "role": Membership.Role.PUBLISHER,
        },
    )
    user = django_user_model.objects.get(email="Anna.Berg@ljungby.se")
    assert response["Location"] == reverse("admin:auth_user_change", args=[user.pk])
    assert user.username == "anna.berg@ljungby.se"
    assert user.is_staff and not user.has_usable_password()
    assert user.memberships.get().role == Membership.Role.PUBLISHER
    [message] = mail.outbox
    assert message.to == ["Anna.Berg@ljungby.se"]
    assert "Nina Nord har bjudit in dig" in message.body
    assert "Ljungby" in message.body
    link = re.search(r"http://testserver(/admin/valj-losenord/\S+)", message.body).group(1)

    client.logout()
    form = client.get(link, follow=True)
    assert "Nytt lösenord" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": PASSWORD, "new_password2": PASSWORD},
        follow=True,
    )
    assert done.status_code == 200
    assert log_in(client, "anna.berg@ljungby.se")["Location"] == "/admin/"
    # The link works once.
    assert "Nytt lösenord" not in client.get(link, follow=True).content.decode()


def test_an_invitation_needs_one_organisation_and_a_new_address(client, national):
    url = reverse("admin:auth_user_invite")
    page = client.post(url, {"email": "nationell@example.se", "role": "redaktor"})
    text = page.content.decode()
    assert "Det finns redan en användare med den adressen." in text
    assert "Välj antingen en kommun eller ett lokalpolisområde." in text
    assert not mail.outbox
