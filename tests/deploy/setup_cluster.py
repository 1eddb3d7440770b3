"""The cluster tests' data, written to the cluster's own database by `manage.py shell` (see
conftest.py): staff with and without an authenticator app, a published pledge and a draft.
Whatever an earlier run left is removed first. Prints what the tests need, as JSON."""

import datetime
import json

from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from municipalities.models import Membership, Municipality
from pledges.models import Pledge
from tests.conftest import fill_pledge, make_pledge

PASSWORD = "kluster-losenord-123"
PUBLISHER, TWO_FACTOR = "kluster-utgivare", "kluster-tvasteg"
TITLE = "Klustertest"
# The authenticator app's secret, so that the tests can make its codes.
KEY = "3132333435363738393031323334353637383930"


def run():
    User = get_user_model()
    User.objects.filter(username__in=[PUBLISHER, TWO_FACTOR]).delete()
    AccessAttempt.objects.filter(username__in=[PUBLISHER, TWO_FACTOR]).delete()
    AccessFailureLog.objects.filter(username__in=[PUBLISHER, TWO_FACTOR]).delete()
    Pledge.objects.filter(title__startswith=TITLE).delete()

    ljungby = Municipality.objects.get(slug="ljungby")
    for username in (PUBLISHER, TWO_FACTOR):
        user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
        Membership.objects.create(user=user, municipality=ljungby, role=Membership.Role.PUBLISHER)
    TOTPDevice.objects.create(
        user=User.objects.get(username=TWO_FACTOR), name="Telefon", key=KEY, confirmed=True
    )
    period = {"start_date": datetime.date(2033, 1, 1), "end_date": datetime.date(2033, 12, 31)}
    later = {"start_date": datetime.date(2034, 1, 1), "end_date": datetime.date(2034, 12, 31)}
    published = fill_pledge(make_pledge(title=f"{TITLE}: publicerat", **period), actions=2)
    draft = fill_pledge(
        make_pledge(title=f"{TITLE}: utkast", status="utkast", published_at=None, **later),
        actions=2,
    )
    print(
        json.dumps(
            {
                "password": PASSWORD,
                "publisher": PUBLISHER,
                "two_factor": TWO_FACTOR,
                "key": KEY,
                "published_url": published.get_absolute_url(),
                "draft_id": draft.pk,
                "draft_title": draft.title,
                "draft_url": draft.get_absolute_url(),
            }
        )
    )
