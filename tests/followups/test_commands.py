import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from municipalities.models import Municipality
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db
D = datetime.date


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("followups_due", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def tertial_pledge():
    pledge = fill_pledge(make_pledge(followup_cadence="tertial", title="Löfte i Ljungby"), 2)
    make_report(pledge, kind="tertial", year=2024, number=1, statuses=DONE)
    return pledge


def test_lists_due_and_overdue_reports(tertial_pledge):
    out = run("--date", "2024-09-15")
    assert "1 uppföljning saknas 2024-09-15" in out
    assert "Ska lämnas nu" in out
    assert "Uppföljning tertial 2 2024" in out
    assert "tertial 1" not in out
    out = run("--date", "2024-10-15")
    assert "Försenad" in out


def test_says_so_when_nothing_is_due(tertial_pledge):
    assert "Inga uppföljningar är förfallna 2024-06-01." in run("--date", "2024-06-01")


def test_drafts_of_pledges_are_left_out():
    fill_pledge(make_pledge(status="utkast", published_at=None, followup_cadence="arligen"), 1)
    assert "Inga uppföljningar" in run("--date", "2025-06-01")


def test_email_goes_to_the_staff_addresses_of_the_municipality(tertial_pledge):
    Municipality.objects.filter(slug="ljungby").update(
        staff_emails="handlaggare@ljungby.se\nkommunpolis@polisen.se"
    )
    out = run("--date", "2024-10-15", "--email")
    assert "Påminnelser skickade till 2 adresser." in out
    assert sorted(m.to[0] for m in mail.outbox) == [
        "handlaggare@ljungby.se",
        "kommunpolis@polisen.se",
    ]
    assert "Uppföljning tertial 2 2024" in mail.outbox[0].body


def test_no_mail_without_addresses(tertial_pledge):
    out = run("--date", "2024-10-15", "--email")
    assert "har e-postadresser angivna" in out
    assert mail.outbox == []


def test_a_bad_date_is_a_clear_error():
    with pytest.raises(CommandError, match="ÅÅÅÅ-MM-DD"):
        run("--date", "15/10/2024")


def test_staff_addresses_are_validated():
    ljungby = Municipality.objects.get(slug="ljungby")
    ljungby.staff_emails = "ok@ljungby.se\ninte en adress"
    with pytest.raises(ValidationError) as error:
        ljungby.full_clean()
    assert error.value.message_dict["staff_emails"] == [
        "”inte en adress” är inte en giltig e-postadress."
    ]
