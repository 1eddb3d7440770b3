"""Login protection: a username is locked at one address after repeated failures."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        "handlaggare", password="ratt-losenord-123", is_staff=True
    )


def login(client, password, ip):
    return client.post(
        reverse("admin:login"),
        {"username": "handlaggare", "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def test_lockout_after_repeated_failures_from_one_address(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "fel", "10.0.0.1").status_code == 200
    assert login(client, "fel", "10.0.0.1").status_code == 429
    response = login(client, "ratt-losenord-123", "10.0.0.1")
    assert response.status_code == 429
    assert "tillfälligt spärrad" in response.content.decode()


def test_the_right_password_from_another_address_still_works(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "fel", "10.0.0.1")
    response = login(client, "ratt-losenord-123", "10.0.0.2")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_lock_expires_after_the_cool_off(client, staff, settings):
    import datetime

    from axes.models import AccessAttempt
    from django.db.models import F

    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "fel", "10.0.0.1")
    assert login(client, "ratt-losenord-123", "10.0.0.1").status_code == 429
    # Let the cool-off pass: the failures now lie further back than it.
    age = settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - age)
    assert login(client, "ratt-losenord-123", "10.0.0.1").status_code == 302


def test_failed_and_successful_logins_are_logged(client, staff):
    from axes.models import AccessFailureLog, AccessLog

    login(client, "fel", "10.0.0.3")
    login(client, "ratt-losenord-123", "10.0.0.3")
    assert (
        AccessFailureLog.objects.filter(username="handlaggare", ip_address="10.0.0.3").count() == 1
    )
    assert AccessLog.objects.filter(username="handlaggare", ip_address="10.0.0.3").count() == 1


def test_password_validators_refuse_a_weak_password(staff):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("12345678", staff)


def test_staff_sessions_expire_after_inactivity(settings):
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE <= 60 * 60


# Behind a reverse proxy every request comes from the proxy's address; the lock must still be
# on the visitor's own address, the one the proxy appends to X-Forwarded-For.
PROXY = "10.0.0.100"


def login_via_proxy(client, password, forwarded_for):
    return client.post(
        reverse("admin:login"),
        {"username": "handlaggare", "password": password, "next": "/admin/"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def test_behind_a_proxy_a_stranger_cannot_lock_the_user_out(
    client, staff, settings, behind_one_proxy
):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        login_via_proxy(client, "fel", "203.0.113.66")
    assert login_via_proxy(client, "ratt-losenord-123", "203.0.113.66").status_code == 429

    response = login_via_proxy(client, "ratt-losenord-123", "198.51.100.7")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_behind_a_proxy_a_forged_forwarded_for_is_not_trusted(
    client, staff, settings, behind_one_proxy
):
    # The stranger writes the user's address first; the proxy appends the stranger's own.
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        login_via_proxy(client, "fel", "198.51.100.7, 203.0.113.66")

    assert login_via_proxy(client, "ratt-losenord-123", "198.51.100.7").status_code == 302


def test_without_a_trusted_proxy_forwarded_for_is_ignored(client, staff, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for forged in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            reverse("admin:login"),
            {"username": "handlaggare", "password": "fel"},
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{forged}",
        )
    assert response.status_code == 429
