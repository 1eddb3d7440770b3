import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from followups.models import FollowUpReport
from tests.conftest import fill_pledge, make_action, make_pledge
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
        reverse("admin:followups_followupreport_add"), {"pledge": pledge.pk, "span": "2017-q2"}
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
        reverse("admin:followups_followupreport_add"), {"pledge": pledge.pk, "span": "2019"}
    )
    assert response.status_code == 200
    assert "Den tiden finns inte bland de lediga för löftet" in response.content.decode()
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
    assert checked_spans(page) == ["2017-q2"]


def checked_spans(page):
    return re.findall(r'<input type="radio" name="span" value="([^"]+)"[^>]* checked', page)


def offered_spans(page):
    return re.findall(r'<input type="radio" name="span" value="([^"]+)"', page)


def test_a_new_report_offers_only_the_spans_still_free_with_their_dates(admin_client, pledge):
    make_report(pledge, kind="kvartal", year=2017, number=1, statuses=DONE)
    make_report(pledge, kind="kvartal", year=2017, number=2, published=False)
    url = reverse("admin:followups_followupreport_add") + f"?pledge={pledge.pk}"
    page = admin_client.get(url).content.decode()
    assert offered_spans(page) == [
        "2017-q3",
        "2017-q4",
        "2018-q1",
        "2018-q2",
        "2018-q3",
        "2018-q4",
    ]
    assert "Uppföljning kvartal 3 2017 (1 juli – 30 september 2017)" in page
    # The ones taken are named, with a link to them, but cannot be chosen again.
    assert "Uppföljning kvartal 2 2017</a> (1 april – 30 juni 2017, utkast)" in page
    response = admin_client.post(url, {"pledge": pledge.pk, "span": "2017-q2"})
    assert "Den tiden finns inte bland de lediga" in response.content.decode()
    assert FollowUpReport.objects.filter(pledge=pledge).count() == 2


def test_a_pledge_without_a_cadence_offers_its_years_and_a_final_report(admin_client):
    pledge = fill_pledge(
        make_pledge(
            start_date=D(2017, 1, 1), end_date=D(2018, 12, 31), followup_cadence="ej_angivet"
        ),
        actions=1,
    )
    url = reverse("admin:followups_followupreport_add") + f"?pledge={pledge.pk}"
    page = admin_client.get(url).content.decode()
    assert offered_spans(page) == ["2017", "2018", "slutrapport"]
    assert "Slutrapport 2017–2018 (1 januari 2017 – 31 december 2018)" in page


def test_the_pledge_choice_holds_published_pledges_told_apart(admin_client, pledge):
    same_title = make_pledge(
        ("almhult",), title=pledge.title, start_date=D(2019, 1, 1), end_date=D(2019, 12, 31)
    )
    draft = make_pledge(title="Ett utkast", status="utkast", published_at=None)
    page = admin_client.get(reverse("admin:followups_followupreport_add")).content.decode()
    assert f"{pledge.title}, 2017–2018, Ljungby</option>" in page
    assert f"{same_title.title}, 2019, Älmhult</option>" in page
    assert "Ett utkast" not in page
    # A draft named in the address is refused before anything is made, in words.
    response = admin_client.get(
        reverse("admin:followups_followupreport_add") + f"?pledge={draft.pk}"
    )
    text = response.content.decode()
    assert "Ett utkast följs upp först när det är publicerat" in text
    assert offered_spans(text) == []


def test_the_report_shows_one_card_per_promise_before_the_free_texts(admin_client):
    pledge = make_pledge(start_date=D(2024, 1, 1), end_date=D(2024, 12, 31))
    with_target = make_action(
        pledge, text="Genomföra trygghetsvandringar i centrum", targets=[(2, "vandringar", "ar")]
    )
    make_action(pledge, text="Fler kontroller av trafiken vid skolorna")
    report = make_report(pledge, kind="ar", year=2024, published=False)
    page = admin_client.get(
        reverse("admin:followups_followupreport_change", args=[report.pk])
    ).content.decode()
    legends = re.findall(r"<legend>(.*?)</legend>", page, re.S)
    texts = [" ".join(re.sub(r"<[^>]+>", "", legend).split()) for legend in legends]
    assert "Löfte 1: Genomföra trygghetsvandringar i centrum" in texts
    assert "Löfte 2: Fler kontroller av trafiken vid skolorna" in texts
    assert page.count("Genomföra trygghetsvandringar i centrum") == 1  # the promise once
    assert page.index("Status för varje löfte") < page.index("Sammanfattning")
    # A count only for the promise with a target, which the card states.
    assert page.count('name="statuses-0-achieved_count"') == 1
    assert 'name="statuses-1-achieved_count"' not in page
    assert "Mål:</strong> minst 2 vandringar per år" in page
    assert with_target.targets.count() == 1


def test_the_report_page_and_the_new_report_page_take_as_many_queries_for_more_promises(
    admin_client, django_assert_max_num_queries
):
    def report_with(actions):
        pledge = fill_pledge(
            make_pledge(district=f"Område {actions}", followup_cadence="arligen"), actions
        )
        return pledge, make_report(pledge, kind="ar", year=2024, published=False)

    few_pledge, few = report_with(2)
    many_pledge, many = report_with(9)
    change = "admin:followups_followupreport_change"
    start = reverse("admin:followups_followupreport_add") + "?pledge={}"
    with django_assert_max_num_queries(40) as base:
        admin_client.get(reverse(change, args=[few.pk]))
    with django_assert_max_num_queries(len(base.captured_queries)):
        admin_client.get(reverse(change, args=[many.pk]))
    with django_assert_max_num_queries(20) as base:
        admin_client.get(start.format(few_pledge.pk))
    with django_assert_max_num_queries(len(base.captured_queries)):
        admin_client.get(start.format(many_pledge.pk))
