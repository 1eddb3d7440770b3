"""A list page does the same work however much content there is: its queries and the model
instances it loads stay the same when the country's pledges, promises and follow-ups triple.

The pages are measured with data for N municipalities and again for 3N, made by the same
generator `make bench` uses. Every pledge gets the same shape (the same number of promises and
of follow-ups), so any difference is work that grows with the data: a query per row, or rows
loaded only to be counted.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from followups import spans
from followups.models import FollowUpReport

pytestmark = pytest.mark.django_db

LIST_PAGES = [
    "/",
    "/kommuner/",
    "/kommuner/?visa=med-lofte",
    "/uppfoljningar/",
    "/loften/",
    "/loften/?ar=2024",
    "/loften/?lan=01",
    "/sok/?q=trygghet",
    "/sok/?q=trygghet&typ=atgarder",
    "/sok/?q=trygghet&typ=uppfoljningar",
]
# More than a page of everything: 2 years × 30 municipalities = 60 pledges, then 180.
SMALL, LARGE = 30, 90


def generate(municipalities):
    """Pledges for 2023 and 2024 in the first `municipalities` municipalities, each with four
    promises and three follow-ups (the quarterly ones lose their fourth)."""
    call_command(
        "generate_national_data",
        municipalities=municipalities,
        years=2,
        actions=4,
        last_year=2024,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    FollowUpReport.objects.filter(kind=spans.QUARTER, number=4).delete()


class Instances:
    """How many model instances are made (post_init) inside `with`."""

    def __enter__(self):
        self.count = 0
        post_init.connect(self.seen)
        return self

    def __exit__(self, *exc_info):
        post_init.disconnect(self.seen)

    def seen(self, **kwargs):
        self.count += 1


def work(client, path):
    with CaptureQueriesContext(connection) as queries, Instances() as instances:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries), instances.count


def test_list_pages_do_not_grow_with_the_data(client):
    generate(SMALL)
    small = {path: work(client, path) for path in LIST_PAGES}
    generate(LARGE)
    large = {path: work(client, path) for path in LIST_PAGES}

    grown = {path: (small[path], large[path]) for path in LIST_PAGES if small[path] != large[path]}
    assert not grown, f"(queries, instances) with {SMALL} and {LARGE} municipalities: {grown}"
