"""Two-factor login for staff: a one-time code from an app (TOTP, django-otp) after the
password, for every staff user who has set one up; for all staff with REQUIRE_TWO_FACTOR."""

import time

import pytest
from django.contrib.admin.models import ADDITION, DELETION, LogEntry
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from municipalities.models import Membership, Municipality
from tests.conftest import ANONYMOUS, STAFF_B, SUPERUSER, client_for

pytestmark = pytest.mark.django_db

PASSWORD = "ratt-losenord-123"
SETTINGS_URL = "/admin/tvastegsverifiering/"


@pytest.fixture
def staff(django_user_model):
    """An utgivare for Ljungby, who sees Ljungby's pledges in the admin."""
    user = django_user_model.objects.create_user("handlaggare", password=PASSWORD, is_staff=True)
    Membership.objects.create(
        user=user,
        municipality=Municipality.objects.get(slug="ljungby"),
        role=Membership.Role.PUBLISHER,
    )
    return user


def add_device(user, confirmed=True):
    return TOTPDevice.objects.create(user=user, name="Telefon", confirmed=confirmed)


def code(device, at=None):
    """The code the user's app shows now (or at a given time), as the app shows it."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    return f"{totp.token():06d}"


def wrong_code(device):
    """A code that no moment within the device's tolerance accepts."""
    now = time.time()
    valid = {code(device, now + step * device.step) for step in range(-2, 3)}
    return next(f"{n:06d}" for n in range(1000, 1000000, 7919) if f"{n:06d}" not in valid)


def login(client, otp_token="", password=PASSWORD, ip="10.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {
            "username": "handlaggare",
            "password": password,
            "otp_token": otp_token,
            "next": "/admin/",
        },
        REMOTE_ADDR=ip,
    )


def logged_in(client):
    return client.get("/admin/").status_code == 200


# Login ----------------------------------------------------------------------------------------


def test_the_login_form_asks_for_the_code_with_a_label_and_help(client):
    html = client.get(reverse("admin:login")).content.decode()
    assert '<label for="id_otp_token">Engångskod:</label>' in html
    assert 'autocomplete="one-time-code"' in html
    assert 'inputmode="numeric"' in html
    assert 'aria-describedby="id_otp_token_helptext"' in html
    assert 'id="id_otp_token_helptext"' in html


def test_a_user_with_an_app_cannot_log_in_without_a_code(client, staff):
    add_device(staff)
    response = login(client)
    assert response.status_code == 200
    assert "lösenordet eller engångskoden stämmer inte" in response.content.decode()
    assert not logged_in(client)


def test_a_user_with_an_app_cannot_log_in_with_a_wrong_code(client, staff):
    device = add_device(staff)
    response = login(client, wrong_code(device))
    assert response.status_code == 200
    assert "lösenordet eller engångskoden stämmer inte" in response.content.decode()
    assert not logged_in(client)


def test_a_user_with_an_app_logs_in_with_the_right_code(client, staff):
    device = add_device(staff)
    response = login(client, code(device))
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert logged_in(client)


def test_the_code_may_be_typed_with_a_space_as_apps_show_it(client, staff):
    device = add_device(staff)
    right = code(device)
    assert login(client, f"{right[:3]} {right[3:]}").status_code == 302


def test_a_code_cannot_be_used_twice(client, staff):
    device = add_device(staff)
    right = code(device)
    assert login(client, right).status_code == 302
    client.logout()
    assert login(client, right).status_code == 200


def test_the_wrong_password_fails_whatever_the_code(client, staff):
    device = add_device(staff)
    response = login(client, code(device), password="fel")
    assert response.status_code == 200
    assert not logged_in(client)


def test_a_user_without_an_app_logs_in_as_before(client, staff):
    assert login(client).status_code == 302
    assert logged_in(client)


def test_an_app_not_yet_confirmed_asks_for_no_code(client, staff):
    add_device(staff, confirmed=False)
    assert login(client).status_code == 302


def test_a_wrong_code_counts_towards_the_lockout(client, staff, settings):
    from axes.models import AccessAttempt

    device = add_device(staff)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, wrong_code(device)).status_code == 200
    assert AccessAttempt.objects.get(username="handlaggare").failures_since_start == (
        settings.AXES_FAILURE_LIMIT - 1
    )
    assert login(client, wrong_code(device)).status_code == 429
    # Locked: the right password and the right code are refused as well.
    response = login(client, code(device))
    assert response.status_code == 429
    assert "tillfälligt spärrad" in response.content.decode()
    assert not logged_in(client)


def test_guesses_in_quick_succession_are_slowed_down(client, staff):
    device = add_device(staff)
    login(client, wrong_code(device))
    response = login(client, code(device))
    # Said as for any failed login: a message of its own would tell that the password was right.
    assert "efter flera fel i rad får du vänta" in response.content.decode()
    assert not logged_in(client)


def test_a_missing_code_counts_as_a_failure_too(client, staff, settings):
    from axes.models import AccessFailureLog

    add_device(staff)
    login(client)
    assert AccessFailureLog.objects.filter(username="handlaggare").count() == 1


# Required for all staff -------------------------------------------------------------------------


def test_with_two_factor_required_an_unenrolled_user_is_sent_to_enrol(client, staff, settings):
    settings.REQUIRE_TWO_FACTOR = True
    response = login(client)
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"] == SETTINGS_URL
    for path in ["/admin/", "/admin/pledges/pledge/", "/admin/pledges/pledge/add/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == SETTINGS_URL
    response = client.get(SETTINGS_URL)
    assert response.status_code == 200
    assert "Du behöver slå på tvåstegsverifiering" in response.content.decode()


def test_with_two_factor_required_an_enrolled_user_reaches_the_admin(client, staff, settings):
    settings.REQUIRE_TWO_FACTOR = True
    device = add_device(staff)
    assert login(client, code(device)).status_code == 302
    assert client.get("/admin/pledges/pledge/").status_code == 200


def test_with_two_factor_required_enrolling_opens_the_admin(client, staff, settings):
    settings.REQUIRE_TWO_FACTOR = True
    client.force_login(staff)
    client.get(SETTINGS_URL)
    device = TOTPDevice.objects.get(user=staff)
    assert client.post(SETTINGS_URL, {"otp_token": code(device)}).status_code == 302
    assert client.get("/admin/pledges/pledge/").status_code == 200


def test_a_session_that_gave_no_code_ends_once_an_app_is_set_up(client, staff, settings):
    settings.REQUIRE_TWO_FACTOR = True
    client.force_login(staff)
    add_device(staff)  # set up in another session
    response = client.get("/admin/pledges/pledge/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "_auth_user_id" not in client.session


def test_without_the_requirement_unenrolled_staff_use_the_admin(client, staff, settings):
    settings.REQUIRE_TWO_FACTOR = False
    client.force_login(staff)
    assert client.get("/admin/pledges/pledge/").status_code == 200


# Enrolment ------------------------------------------------------------------------------------


def test_the_enrolment_page_shows_a_qr_code_and_the_key(client, staff):
    client.force_login(staff)
    response = client.get(SETTINGS_URL)
    html = response.content.decode()
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert "<svg" in html and 'role="img"' in html and 'aria-labelledby="qr-code-title"' in html
    assert '<title id="qr-code-title">QR-kod' in html
    assert "data:" not in html
    from base64 import b32encode

    key = b32encode(device.bin_key).decode()
    assert key[:4] + " " + key[4:8] in html
    assert 'autocomplete="one-time-code"' in html
    # Reloading the page keeps the key that may already be in the app.
    client.get(SETTINGS_URL)
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_the_admin_header_links_to_the_enrolment_page(client, staff):
    client.force_login(staff)
    assert f'href="{SETTINGS_URL}"' in client.get("/admin/").content.decode()


def test_enrolment_is_confirmed_only_with_a_right_code(client, staff):
    client.force_login(staff)
    client.get(SETTINGS_URL)
    device = TOTPDevice.objects.get(user=staff)
    response = client.post(SETTINGS_URL, {"otp_token": wrong_code(device)})
    assert response.status_code == 200
    assert "Koden stämmer inte" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    # django-otp slows down guessing: the next try waits a second after a failure.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    response = client.post(SETTINGS_URL, {"otp_token": code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert "Tvåstegsverifiering är på" in client.get(SETTINGS_URL).content.decode()
    entry = LogEntry.objects.get(user=staff, action_flag=ADDITION)
    assert entry.object_id == str(device.pk)
    # And the next login asks for the code.
    client.logout()
    assert login(client).status_code == 200


def test_turning_off_needs_a_right_code(client, staff):
    device = add_device(staff)
    assert login(client, code(device)).status_code == 302
    response = client.post(SETTINGS_URL, {"otp_token": wrong_code(device)})
    assert response.status_code == 200
    assert TOTPDevice.objects.filter(user=staff).exists()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    # The code of the next step: the one of the login cannot be used again.
    next_code = code(device, time.time() + device.step)
    assert client.post(SETTINGS_URL, {"otp_token": next_code}).status_code == 302
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert LogEntry.objects.filter(user=staff, action_flag=DELETION).exists()
    client.logout()
    assert login(client).status_code == 302


def test_the_enrolment_page_is_for_staff_only(client, django_user_model):
    response = client.get(SETTINGS_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    visitor = django_user_model.objects.create_user("besokare", password=PASSWORD)
    client.force_login(visitor)
    assert client.get(SETTINGS_URL).status_code == 302
    assert not TOTPDevice.objects.exists()


# Removal by a superuser -------------------------------------------------------------------------


@pytest.mark.parametrize("who", [STAFF_B, ANONYMOUS])
def test_others_cannot_remove_a_users_app(client, world, staff, who):
    device = add_device(staff)
    client = client_for(client, world, who)
    url = reverse("admin:otp_totp_totpdevice_delete", args=[device.pk])
    response = client.post(url, {"post": "yes"})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("admin:login"))
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    assert client.get(reverse("admin:otp_totp_totpdevice_changelist")).status_code in (302, 403)


def test_staff_with_every_permission_still_cannot_remove_a_users_app(client, staff, world):
    from django.contrib.auth.models import Permission

    device = add_device(staff)
    colleague = world["users"][STAFF_B]
    colleague.user_permissions.set(Permission.objects.filter(content_type__app_label="otp_totp"))
    client.force_login(colleague)
    url = reverse("admin:otp_totp_totpdevice_delete", args=[device.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_a_superuser_removes_a_users_app_and_it_is_recorded(client, world, staff):
    device = add_device(staff)
    superuser = world["users"][SUPERUSER]
    client.force_login(superuser)
    changelist = client.get(reverse("admin:otp_totp_totpdevice_changelist"))
    assert changelist.status_code == 200
    change = client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert change.status_code == 200
    assert device.key not in change.content.decode()
    url = reverse("admin:otp_totp_totpdevice_delete", args=[device.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert LogEntry.objects.filter(
        user=superuser, action_flag=DELETION, object_id=str(device.pk)
    ).exists()
    # The user logs in with the password alone again, and may set up a new app.
    assert login(client).status_code == 302


def test_nobody_adds_an_app_for_somebody_else(client, world):
    client.force_login(world["users"][SUPERUSER])
    assert client.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403


def test_a_refused_next_lands_on_the_admin_index(client, staff):
    response = client.post(
        reverse("admin:login"),
        {"username": "handlaggare", "password": PASSWORD, "next": "https://example.com/"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_the_login_does_not_tell_a_right_password_from_a_wrong_one(client, staff):
    device = add_device(staff)
    answers = {
        "fel lösenord": login(client, code(device), password="fel-losenord", ip="10.0.0.2"),
        "ingen kod": login(client, "", ip="10.0.0.3"),
        "fel kod": login(client, wrong_code(device), ip="10.0.0.4"),
    }
    errors = {name: response.context["form"].errors for name, response in answers.items()}
    assert errors["fel lösenord"] == errors["ingen kod"] == errors["fel kod"], errors
    assert list(errors["fel kod"]) == ["__all__"]
    assert not logged_in(client)
