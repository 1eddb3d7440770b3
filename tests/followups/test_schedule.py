import datetime

import pytest
from django.core.exceptions import ValidationError

from followups import schedule
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db
D = datetime.date


def states(pledge, today):
    expected = schedule.expected_reports(pledge, list(pledge.reports.all()), today)
    return [(e.span.slug, e.state) for e in expected]


def test_yearly_cadence_across_a_period_that_does_not_follow_the_calendar():
    pledge = fill_pledge(
        make_pledge(start_date=D(2018, 7, 1), end_date=D(2020, 6, 30), followup_cadence="arligen"),
        2,
    )
    assert states(pledge, D(2019, 1, 15)) == [
        ("2018", "forfallen"),
        ("2019", "kommande"),
        ("2020", "kommande"),
    ]
    assert states(pledge, D(2019, 3, 1))[0] == ("2018", "forsenad")


def test_tertial_that_ended_without_a_report_is_overdue():
    pledge = fill_pledge(make_pledge(followup_cadence="tertial"), 2)
    make_report(pledge, kind="tertial", year=2024, number=1, statuses=DONE)
    assert states(pledge, D(2024, 10, 15)) == [
        ("2024-t1", "klar"),
        ("2024-t2", "forsenad"),
        ("2024-t3", "kommande"),
    ]


def test_quarterly_across_a_year_boundary():
    pledge = fill_pledge(
        make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="kvartal"),
        2,
    )
    result = dict(states(pledge, D(2018, 1, 10)))
    assert result["2017-q3"] == "forsenad"
    assert result["2017-q4"] == "forfallen"
    assert result["2018-q1"] == "kommande"
    assert len(result) == 8


def test_end_only_cadence_expects_one_final_report():
    pledge = fill_pledge(
        make_pledge(
            start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="vid_slut"
        ),
        2,
    )
    assert states(pledge, D(2018, 6, 1)) == [("slutrapport", "kommande")]
    assert states(pledge, D(2019, 1, 20)) == [("slutrapport", "forfallen")]
    assert states(pledge, D(2019, 3, 1)) == [("slutrapport", "forsenad")]
    make_report(pledge, kind="slut", year=0, statuses=DONE)
    assert states(pledge, D(2019, 3, 1)) == [("slutrapport", "klar")]


def test_a_final_report_covers_the_years_within_it():
    pledge = fill_pledge(
        make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="arligen"),
        2,
    )
    make_report(pledge, kind="slut", year=0, statuses=DONE)
    assert states(pledge, D(2019, 6, 1)) == [("2017", "klar"), ("2018", "klar")]


def test_no_cadence_stated_expects_nothing():
    pledge = fill_pledge(make_pledge(followup_cadence="ej_angivet"), 2)
    assert states(pledge, D(2025, 6, 1)) == []


def test_a_draft_report_does_not_count_as_done_but_is_linked():
    pledge = fill_pledge(make_pledge(followup_cadence="arligen"), 2)
    draft = make_report(pledge, kind="ar", year=2024, published=False)
    expected = schedule.expected_reports(pledge, list(pledge.reports.all()), D(2025, 3, 1))
    assert [(e.state, e.report) for e in expected] == [("forsenad", draft)]


def test_next_expected_report():
    pledge = fill_pledge(make_pledge(followup_cadence="tertial"), 2)
    upcoming = schedule.next_expected(pledge, [], D(2024, 6, 1))
    assert (upcoming.span.slug, upcoming.end) == ("2024-t2", D(2024, 8, 31))
    assert schedule.next_expected(pledge, [], D(2025, 6, 1)) is None


def test_a_continuous_follow_up_has_no_fixed_due_dates():
    pledge = fill_pledge(make_pledge(followup_cadence="kontinuerligt"), 2)
    assert states(pledge, D(2025, 6, 1)) == []


def test_an_ongoing_pledge_expects_its_years_up_to_now_and_no_final_report():
    pledge = make_pledge(
        start_date=D(2023, 5, 1),
        end_date=None,
        until_further_notice=True,
        followup_cadence="arligen",
    )
    assert states(pledge, D(2024, 3, 1)) == [("2023", "forsenad"), ("2024", "kommande")]
    pledge.followup_cadence = "vid_slut"
    assert states(pledge, D(2024, 3, 1)) == []


def test_a_pledge_without_a_start_expects_nothing_it_cannot_compute():
    pledge = make_pledge(start_date=None, end_date=D(2022, 8, 31), followup_cadence="kvartal")
    assert states(pledge, D(2023, 1, 1)) == []


def test_a_report_is_checked_only_against_the_stated_end():
    from followups.models import FollowUpReport

    pledge = make_pledge(start_date=None, end_date=D(2022, 8, 31), followup_cadence="arligen")
    inside = FollowUpReport(pledge=pledge, kind="ar", year=2022)
    inside.full_clean(exclude=["uid"])
    assert (inside.covers_start, inside.covers_end) == (D(2022, 1, 1), D(2022, 8, 31))
    outside = FollowUpReport(pledge=pledge, kind="ar", year=2023)
    with pytest.raises(ValidationError) as error:
        outside.full_clean(exclude=["uid"])
    assert "Uppföljningen ligger utanför löftets period (till och med 31 augusti 2022)." in str(
        error.value
    )
    final = FollowUpReport(pledge=pledge, kind="slut")
    with pytest.raises(ValidationError) as error:
        final.full_clean(exclude=["uid"])
    assert "En slutrapport kräver att löftets period har både start och slut." in str(error.value)
