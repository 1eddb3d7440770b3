"""A pledge's state (Kommande, Gäller nu, Avslutat, Period ej angiven) from its dates and today:
the Python rule and the database's agree, at the boundaries and for partial periods."""

import datetime

import pytest

from pledges.models import Pledge, PledgeState
from tests.conftest import make_pledge

D = datetime.date
UPCOMING, CURRENT, ENDED, NOT_STATED = (
    PledgeState.UPCOMING,
    PledgeState.CURRENT,
    PledgeState.ENDED,
    PledgeState.NOT_STATED,
)

CASES = [
    # (start, end, until further notice, today, state)
    (D(2024, 1, 1), D(2024, 12, 31), False, D(2023, 12, 31), UPCOMING),
    (D(2024, 1, 1), D(2024, 12, 31), False, D(2024, 1, 1), CURRENT),  # first day
    (D(2024, 1, 1), D(2024, 12, 31), False, D(2024, 6, 15), CURRENT),
    (D(2024, 1, 1), D(2024, 12, 31), False, D(2024, 12, 31), CURRENT),  # last day
    (D(2024, 1, 1), D(2024, 12, 31), False, D(2025, 1, 1), ENDED),
    (D(2024, 5, 1), None, False, D(2024, 4, 30), UPCOMING),  # only a start
    (D(2024, 5, 1), None, False, D(2024, 5, 1), CURRENT),
    (D(2024, 5, 1), None, False, D(2031, 1, 1), CURRENT),
    (D(2024, 5, 1), None, True, D(2030, 1, 1), CURRENT),  # tills vidare, started
    (D(2024, 5, 1), None, True, D(2024, 1, 1), UPCOMING),  # tills vidare, not yet
    (None, D(2022, 8, 31), False, D(2019, 1, 1), CURRENT),  # only an end: until the end
    (None, D(2022, 8, 31), False, D(2022, 8, 31), CURRENT),
    (None, D(2022, 8, 31), False, D(2022, 9, 1), ENDED),
    (None, None, True, D(2024, 1, 1), CURRENT),  # tills vidare without dates
    (None, None, False, D(2024, 1, 1), NOT_STATED),
]


@pytest.mark.parametrize(("start", "end", "until_further_notice", "today", "state"), CASES)
def test_state_from_the_period_and_the_day(db, start, end, until_further_notice, today, state):
    pledge = make_pledge(start_date=start, end_date=end, until_further_notice=until_further_notice)
    assert pledge.state_on(today) == state
    in_db = Pledge.objects.with_state(today).get(pk=pledge.pk).state_value
    assert in_db == state
    assert list(Pledge.objects.in_state(state, today)) == [pledge]
    others = [s for s in PledgeState if s != state]
    assert not any(Pledge.objects.in_state(other, today).exists() for other in others)


def test_state_is_today_by_default(db, monkeypatch):
    pledge = make_pledge(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: D(2024, 12, 31))
    assert pledge.state == CURRENT
    assert pledge.state_label == "Gäller nu"
    assert list(Pledge.objects.current()) == [pledge]
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: D(2025, 1, 1))
    assert Pledge.objects.get(pk=pledge.pk).state == ENDED
    assert not Pledge.objects.current().exists()
