import datetime

import pytest

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
