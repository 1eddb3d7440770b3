"""The pledge each municipality shows on /kommuner/ is stored (pledges/listing.py): every kind
of write shows at once, and a period that starts or ends, or a scheduled publication that falls
due, shows without any write."""

import datetime
import random
import re
import threading
import time

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from imports.structured import import_pledges
from municipalities.models import Municipality, PledgeListing
from pledges import exports, listing
from pledges.models import Pledge
from tests.conftest import (
    PUBLISHER_A,
    SUPERUSER,
    client_for,
    fill_pledge,
    make_pledge,
    pledge_post,
)

pytestmark = pytest.mark.django_db
D = datetime.date
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one write at a time; CI runs the suite on PostgreSQL too",
)


def row(slug="ljungby", path="/kommuner/"):
    """What the list says beside the municipality: its pledge's state and period, or none."""
    html = Client().get(path).content.decode()
    found = re.search(
        rf'<li><a class="municipality-list__name" href="/kommuner/{slug}/">'
        rf"[^<]+</a> (.*?)</li>",
        html,
    )
    if not found:
        return None
    return re.sub(r"<[^>]+>", "", found.group(1)), re.findall(r'href="([^"]+)"', found.group(1))


def travel(monkeypatch, moment):
    monkeypatch.setattr(timezone, "now", lambda: moment)


def today_plus(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def test_a_period_that_starts_shows_as_in_force_without_a_write(monkeypatch):
    make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31))
    make_pledge(start_date=today_plus(10), end_date=today_plus(375))
    assert row()[0].startswith("Kommande")
    assert row(path="/kommuner/?visa=gallande") is None

    travel(monkeypatch, timezone.now() + datetime.timedelta(days=11))

    assert row()[0].startswith("Gäller nu")
    assert row(path="/kommuner/?visa=gallande")[0].startswith("Gäller nu")


def test_a_period_that_ends_shows_as_ended_and_an_earlier_one_in_force_comes_back(monkeypatch):
    make_pledge(start_date=today_plus(-400), end_date=None, until_further_notice=True)
    make_pledge(start_date=today_plus(-30), end_date=today_plus(5), district="Centrum")
    text, links = row()
    assert text.startswith("Gäller nu") and "Centrum" in text

    travel(monkeypatch, timezone.now() + datetime.timedelta(days=6))

    # The newest no longer applies; the older one without an end still does.
    text, links = row()
    assert text.startswith("Gäller nu") and "tills vidare" in text and "Centrum" not in text


def test_a_scheduled_publication_shows_when_it_falls_due(monkeypatch):
    make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31))
    at = timezone.now() + datetime.timedelta(hours=1)
    make_pledge(start_date=D(2021, 1, 1), end_date=D(2021, 12, 31), published_at=at)
    assert row()[1] == ["/kommuner/ljungby/2020/"]

    travel(monkeypatch, at + datetime.timedelta(seconds=1))

    assert row()[1] == ["/kommuner/ljungby/2021/"]


def test_an_edit_in_the_admin_and_a_restored_version_show_at_once(client, world):
    pledge = fill_pledge(make_pledge(start_date=D(2022, 1, 1), end_date=D(2022, 12, 31)), 1)
    assert row()[1] == ["/kommuner/ljungby/2023/"]  # the world's newer pledge
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    client_for(client, world, PUBLISHER_A)

    client.post(url, pledge_post(pledge, start_date="2025-01-01", end_date="2025-12-31"))
    assert row()[1] == ["/kommuner/ljungby/2025/"]

    first = pledge.history.earliest()
    form = client.get(f"{url}?version={first.history_id}").context["adminform"].form
    restored = {name: form.initial[name].isoformat() for name in ("start_date", "end_date")}
    pledge.refresh_from_db()
    client.post(url, pledge_post(pledge, **restored))
    assert pledge.history.latest().start_date == D(2022, 1, 1)
    assert row()[1] == ["/kommuner/ljungby/2023/"]


def test_publishing_and_unpublishing_in_the_admin_show_at_once(client, world):
    draft = world["a_draft"]  # Ljungby 2024, newer than the published 2023
    url = reverse("admin:pledges_pledge_change", args=[draft.pk])
    client_for(client, world, PUBLISHER_A)

    client.post(url, pledge_post(draft, status="publicerad"))
    assert row()[1] == ["/kommuner/ljungby/2024/"]

    draft.refresh_from_db()
    client.post(url, pledge_post(draft, status="utkast", unpublish_reason="Fel period."))
    assert row()[1] == ["/kommuner/ljungby/2023/"]


def test_other_municipalities_in_the_admin_move_the_pledge_at_once(client, world):
    pledge = world["a_published"]
    url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    client_for(client, world, SUPERUSER)
    both = [Municipality.objects.get(slug=slug).pk for slug in ("ljungby", "alvesta")]

    client.post(url, pledge_post(pledge, municipalities=both))
    # Alvesta (0764) comes before Ljungby (0781) by code: the shared address is Alvesta's.
    assert row()[1] == row("alvesta")[1] == ["/kommuner/alvesta/2023/"]

    pledge.municipalities.remove(Municipality.objects.get(slug="alvesta"))
    assert row("alvesta")[0] == "Inget publicerat löfte"
    assert row()[1] == ["/kommuner/ljungby/2023/"]

    pledge.municipalities.clear()
    assert row()[0] == "Inget publicerat löfte"


def test_a_deleted_pledge_goes_at_once():
    make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31))
    newer = make_pledge(start_date=D(2021, 1, 1), end_date=D(2021, 12, 31))
    newer.delete()
    assert row()[1] == ["/kommuner/ljungby/2020/"]
    Pledge.objects.all().delete()
    assert row()[0] == "Inget publicerat löfte"


def test_an_imported_pledge_shows_at_once(world):
    rows = exports.rows(Pledge.objects.filter(pk=world["a_published"].pk), lambda p: p)
    content = "".join(exports.csv_lines(rows))
    content = content.replace(str(world["a_published"].uid), "11111111-1111-4111-8111-111111111111")
    content = re.sub(r"\b2023-", "2030-", content)
    for action in world["a_published"].actions.all():
        content = content.replace(str(action.uid), str(action.uid)[:-4] + "9999")
    import_pledges(
        content=content.encode(), file_name="a.csv", user=world["users"][PUBLISHER_A], publish=True
    )
    assert row()[1] == ["/kommuner/ljungby/2030/"]


def test_a_municipality_given_another_slug_changes_the_addresses_at_once():
    make_pledge(["ljungby", "alvesta"], start_date=D(2020, 1, 1), end_date=D(2020, 12, 31))
    alvesta = Municipality.objects.get(slug="alvesta")
    alvesta.slug = "alvesta-kommun"
    alvesta.save()
    assert row()[1] == ["/kommuner/alvesta-kommun/2020/"]


def test_the_stored_choice_agrees_with_the_queries_on_every_later_day(monkeypatch):
    """Random pledges written today; on days up to three years on, what the stored candidates
    give is what Municipality.objects.with_latest_pledge finds with its subqueries."""
    rng = random.Random(7)
    slugs = ["ljungby", "alvesta", "almhult", "markaryd"]
    today = timezone.localdate()
    for _ in range(40):
        start = today + datetime.timedelta(days=rng.randint(-1500, 700))
        end = start + datetime.timedelta(days=rng.randint(0, 900))
        kind = rng.random()
        fields = {"start_date": start, "end_date": end}
        if kind < 0.1:
            fields = {"start_date": None, "end_date": None}
        elif kind < 0.2:
            fields = {"start_date": start, "end_date": None, "until_further_notice": True}
        elif kind < 0.3:
            fields = {"start_date": None, "end_date": end}
        if rng.random() < 0.15:
            fields["published_at"] = timezone.now() + datetime.timedelta(days=rng.randint(1, 600))
        if rng.random() < 0.1:
            fields.update(status=Pledge.Status.DRAFT, published_at=None)
        make_pledge(
            rng.sample(slugs, rng.randint(1, 2)), district=rng.choice(["", "Norr"]), **fields
        )
    municipalities = Municipality.objects.filter(slug__in=slugs)
    real_now = timezone.now()
    for days in [0, 1, 30, 200, 365, 500, 700, 1100]:
        moment = real_now + datetime.timedelta(days=days)
        travel(monkeypatch, moment)
        expected = {
            m["pk"]: (m["current_pledge_id"], m["latest_pledge_id"])
            for m in municipalities.with_latest_pledge(Pledge.objects.published()).values(
                "pk", "current_pledge_id", "latest_pledge_id"
            )
        }
        stored = {
            m.municipality_id: tuple(
                c and c["pk"]
                for c in listing.choose(
                    m.candidates, moment.timestamp(), timezone.localdate().isoformat()
                )
            )
            for m in PledgeListing.objects.filter(municipality__in=municipalities)
        }
        assert stored == expected, days


def test_a_draft_published_through_review_and_a_published_change_show_at_once(world):
    from desk import services

    publisher = world["users"][PUBLISHER_A]
    review = services.send_for_review(pledge=world["a_draft"], user=publisher)  # Ljungby 2024
    services.publish(review=review, user=publisher)
    assert row()[1] == ["/kommuner/ljungby/2024/"]

    revision = services.start_revision(pledge=world["a_draft"], user=publisher)
    revision.start_date, revision.end_date = D(2026, 1, 1), D(2026, 12, 31)
    revision.save()
    revision.municipalities.add(Municipality.objects.get(slug="alvesta"))
    services.publish(
        review=services.send_for_review(pledge=revision, user=publisher), user=publisher
    )
    assert row()[1] == row("alvesta")[1] == ["/kommuner/alvesta/2026/"]


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_pledges_published_at_once_are_both_kept():
    """Two writes to one municipality's pledges at the same moment: the second waits for the
    first to commit before it reads the pledges, so neither is left out."""
    make_pledge(start_date=D(2020, 1, 1), end_date=D(2020, 12, 31))
    ljungby = Municipality.objects.get(slug="ljungby")
    waiting = threading.Event()

    def second():
        try:
            waiting.set()
            make_pledge(start_date=D(2031, 1, 1), end_date=D(2031, 12, 31))
        finally:
            connection.close()

    with transaction.atomic():
        first = make_pledge(start_date=D(2030, 1, 1), end_date=D(2030, 12, 31))
        thread = threading.Thread(target=second)
        thread.start()
        waiting.wait()
        time.sleep(0.5)  # the second write is now waiting for this one
    thread.join(timeout=10)

    stored = PledgeListing.objects.get(municipality=ljungby).candidates
    assert [c["p"] for c in stored] == ["2031", "2030"]
    assert stored[1]["pk"] == first.pk
    assert row()[1] == ["/kommuner/ljungby/2031/"]
