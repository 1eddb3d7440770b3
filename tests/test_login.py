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
