import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from followups.models import FollowUpReport
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, ONGOING, make_report

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.se", "x" * 16)
    client.force_login(user)
    return client


@pytest.fixture
def pledge():
    return fill_pledge(
        make_pledge(start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="kvartal"),
        actions=3,
    )


def status_post(report, **overrides):
    """The change form's POST for the report's status rows as they are, with overrides."""
    rows = list(report.statuses.order_by("order", "pk"))
    data = {
        "summary": report.summary,
        "statuses-TOTAL_FORMS": str(len(rows)),
        "statuses-INITIAL_FORMS": str(len(rows)),
        "statuses-MIN_NUM_FORMS": "0",
        "statuses-MAX_NUM_FORMS": "0",
    }
    for i, row in enumerate(rows):
        data[f"statuses-{i}-id"] = str(row.pk)
        data[f"statuses-{i}-report"] = str(report.pk)
        data[f"statuses-{i}-status"] = row.status
        data[f"statuses-{i}-evidence"] = row.evidence
        data[f"statuses-{i}-achieved_count"] = row.achieved_count or ""
    data.update(overrides)
    return data


def test_adding_a_report_prefills_the_statuses_from_the_previous(admin_client, pledge):
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=[DONE, ONGOING, ONGOING])
    response = admin_client.post(
        reverse("admin:followups_followupreport_add"),
        {"pledge": pledge.pk, "kind": "kvartal", "year": "2017", "number": "2", "summary": ""},
    )
    report = FollowUpReport.objects.get(year=2017, number=2)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:followups_followupreport_change", args=[report.pk]
    )
    assert [s.status for s in report.statuses.order_by("order")] == [DONE, ONGOING, ONGOING]
    page = admin_client.get(response["Location"]).content.decode()
    assert "Fyll i status för varje löfte" in page
    assert "Spara och publicera" in page


def test_a_report_outside_the_period_is_refused_in_the_admin(admin_client, pledge):
    response = admin_client.post(
        reverse("admin:followups_followupreport_add"),
        {"pledge": pledge.pk, "kind": "ar", "year": "2019", "number": "0"},
    )
    assert response.status_code == 200
    assert "Uppföljningen ligger utanför löftets period (2017–2018)." in response.content.decode()
    assert not FollowUpReport.objects.exists()


def test_publish_is_refused_while_a_status_is_missing(admin_client, pledge):
    report = make_report(pledge, kind="kvartal", year=2017, number=1, published=False)
    url = reverse("admin:followups_followupreport_change", args=[report.pk])
    data = status_post(report, **{"statuses-0-status": DONE, "_publish": "1"})
    response = admin_client.post(url, data, follow=True)
    assert "Alla löften behöver en status" in response.content.decode()
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.DRAFT
    assert report.statuses.filter(status=DONE).count() == 1  # what was filled in is kept


def test_publish_with_every_status_set(admin_client, pledge):
    report = make_report(pledge, kind="kvartal", year=2017, number=1, published=False)
    url = reverse("admin:followups_followupreport_change", args=[report.pk])
    data = status_post(
        report,
        **{"statuses-0-status": DONE, "statuses-1-status": ONGOING, "statuses-2-status": DONE},
        _publish="1",
    )
    response = admin_client.post(url, data, follow=True)
    assert "är publicerad" in response.content.decode()
    report.refresh_from_db()
    assert report.status == FollowUpReport.Status.PUBLISHED
    assert report.published_at <= timezone.now()


def test_a_published_report_cannot_be_edited_in_the_admin(admin_client, pledge):
    report = make_report(pledge, kind="kvartal", year=2017, number=1, statuses=DONE)
    url = reverse("admin:followups_followupreport_change", args=[report.pk])
    admin_client.post(
        url, status_post(report, summary="Ändrad i efterhand", **{"statuses-0-status": ONGOING})
    )
    report.refresh_from_db()
    assert report.summary == ""
    assert report.statuses.filter(status=DONE).count() == 3


def test_due_overview_links_to_start_the_missing_report(admin_client, pledge):
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=DONE)
    response = admin_client.get(reverse("admin:followups_followupreport_due"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Uppföljning kvartal 2 2017" in page
    assert "Uppföljning kvartal 1 2017" not in page
    start = (
        reverse("admin:followups_followupreport_add")
        + f"?pledge={pledge.pk}&amp;kind=kvartal&amp;year=2017&amp;number=2"
    )
    assert start in page


def test_due_overview_query_count_is_constant(admin_client, django_assert_max_num_queries):
    url = reverse("admin:followups_followupreport_due")
    fill_pledge(
        make_pledge(followup_cadence="tertial", start_date=D(2020, 1, 1), end_date=D(2020, 12, 31)),
        2,
    )
    with django_assert_max_num_queries(20) as base:
        admin_client.get(url)
    for i in range(10):
        fill_pledge(
            make_pledge(
                followup_cadence="tertial",
                district=f"Område {i}",
                start_date=D(2020, 1, 1),
                end_date=D(2020, 12, 31),
            ),
            2,
        )
    with django_assert_max_num_queries(len(base.captured_queries)):
        admin_client.get(url)


def test_the_add_form_takes_the_span_from_the_link(admin_client, pledge):
    url = (
        reverse("admin:followups_followupreport_add")
        + f"?pledge={pledge.pk}&kind=kvartal&year=2017&number=2"
    )
    page = admin_client.get(url).content.decode()
    assert 'value="2017"' in page
