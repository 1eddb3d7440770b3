import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from followups.models import ActionStatus, FollowUpReport
from followups.services import changes_since, start_report
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import (
    CANCELLED,
    CANNOT_ASSESS,
    DONE,
    NOT_STARTED,
    ONGOING,
    make_report,
)

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def ljungby():
    return fill_pledge(
        make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="kvartal"),
        actions=4,
    )


def test_a_report_outside_the_period_is_refused_in_swedish(ljungby):
    with pytest.raises(ValidationError) as error:
        start_report(pledge=ljungby, kind="ar", year=2019)
    assert error.value.messages == ["Uppföljningen ligger utanför löftets period (2017–2018)."]
    assert not FollowUpReport.objects.exists()


def test_two_reports_for_the_same_span_are_refused(ljungby):
    make_report(ljungby, kind="kvartal", year=2017, number=3, statuses=DONE)
    with pytest.raises(ValidationError) as error:
        start_report(pledge=ljungby, kind="kvartal", year=2017, number=3)
    assert error.value.messages == [
        "”Uppföljning kvartal 3 2017” täcker redan samma tid för det här löftet."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUpReport.objects.create(pledge=ljungby, kind="kvartal", year=2017, number=3)


def test_impossible_numbers_are_refused(ljungby):
    with pytest.raises(ValidationError) as error:
        start_report(pledge=ljungby, kind="tertial", year=2017, number=4)
    assert "tertial 1–3" in error.value.messages[0]


def test_title_follows_the_span(ljungby):
    assert make_report(ljungby, kind="slut", year=0, statuses=DONE).title == "Slutrapport 2017–2018"
    assert make_report(ljungby, kind="kvartal", year=2017, number=3, statuses=DONE).title == (
        "Uppföljning kvartal 3 2017"
    )


def test_a_new_report_has_one_row_per_action_copied_from_the_previous(ljungby):
    first = make_report(
        ljungby, kind="kvartal", year=2017, number=1, statuses=[DONE, ONGOING, NOT_STARTED, ONGOING]
    )
    row = first.statuses.get(order=first.statuses.order_by("order").first().order)
    row.evidence = "Trygghetsvandring i centrum 12 mars."
    row.achieved_count = 1
    row.save()
    second = start_report(pledge=ljungby, kind="kvartal", year=2017, number=2)
    rows = list(second.statuses.order_by("order"))
    assert [r.status for r in rows] == [DONE, ONGOING, NOT_STARTED, ONGOING]
    assert rows[0].evidence == "Trygghetsvandring i centrum 12 mars."
    assert rows[0].achieved_count == 1


def test_the_first_report_starts_without_statuses(ljungby):
    report = start_report(pledge=ljungby, kind="kvartal", year=2017, number=1)
    assert report.statuses.count() == 4
    assert set(report.statuses.values_list("status", flat=True)) == {""}


def test_publishing_is_refused_while_a_promise_lacks_a_status(ljungby):
    report = start_report(pledge=ljungby, kind="kvartal", year=2017, number=1)
    report.statuses.update(status=DONE)
    missing = report.statuses.order_by("order").last()
    missing.status = ""
    missing.save()
    with pytest.raises(ValidationError) as error:
        report.publish()
    assert "Alla löften behöver en status" in error.value.messages[0]
    assert missing.action.text in error.value.messages[0]
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.DRAFT


def test_progress_leaves_out_cancelled_and_unassessable(ljungby):
    report = make_report(
        ljungby,
        kind="kvartal",
        year=2017,
        number=1,
        statuses=[DONE, ONGOING, CANCELLED, CANNOT_ASSESS],
    )
    progress = report.summary_counts()
    assert progress.counted == 2
    assert progress.done == 1
    assert progress.left_out == 2
    assert progress.percent == 75


def test_changes_since_lists_exactly_the_changed_promises(ljungby):
    first = make_report(
        ljungby, kind="kvartal", year=2017, number=1, statuses=[ONGOING, ONGOING, NOT_STARTED, DONE]
    )
    second = start_report(pledge=ljungby, kind="kvartal", year=2017, number=2)
    rows = list(second.statuses.order_by("order"))
    rows[1].status = DONE
    rows[1].save()
    rows[2].achieved_count = 2
    rows[2].save()
    second.publish()
    changes = changes_since(second, first)
    assert [(now.action_id, before.status, now.status) for now, before in changes] == [
        (rows[1].action_id, ONGOING, DONE),
        (rows[2].action_id, NOT_STARTED, NOT_STARTED),
    ]


def test_a_published_report_keeps_the_promise_as_it_read(ljungby):
    report = make_report(ljungby, kind="kvartal", year=2017, number=1, statuses=DONE)
    action = ljungby.actions.order_by("order").first()
    old_text = action.text
    action.text = "En helt ny formulering"
    action.save()
    make_report(ljungby, kind="kvartal", year=2017, number=2, statuses=ONGOING)
    row = report.statuses.get(action=action)
    assert row.action_text == old_text
    assert row.status == DONE


def test_status_rows_are_unique_per_action(ljungby):
    report = start_report(pledge=ljungby, kind="kvartal", year=2017, number=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionStatus.objects.create(report=report, action=ljungby.actions.first())


def test_count_label_shows_achieved_against_target(ljungby):
    report = make_report(ljungby, kind="kvartal", year=2017, number=1, statuses=DONE)
    row = report.statuses.exclude(target_count=None).first()
    row.achieved_count = 3
    assert row.count_label == "3 av 2"
