import datetime

import pytest
from django.utils import timezone

from pledges.models import Pledge
from pledges.prepared import NOW, PreparedQuery, number, text
from tests.conftest import make_pledge

pytestmark = pytest.mark.django_db


def published_in(municipality, now):
    return (
        Pledge.objects.filter(municipalities__slug=municipality, published_at__lte=now)
        .order_by("title")
        .values("title", "districts", "start_date")
    )


QUERY = PreparedQuery(published_in, municipality=text("municipality"), now=NOW)


def test_a_prepared_query_answers_with_the_values_of_each_run():
    make_pledge(title="Ljungbys", districts=["Centrum", "Hov"])
    make_pledge(municipalities=["varnamo"], title="Värnamos")
    later = make_pledge(
        title="Ljungbys senare", published_at=timezone.now() + datetime.timedelta(days=1)
    )

    rows = QUERY.rows(municipality="ljungby", now=timezone.now())
    # Named as values() names them, converted as Django converts them (JSON to a list).
    assert rows == [
        {
            "title": "Ljungbys",
            "districts": ["Centrum", "Hov"],
            "start_date": datetime.date(2024, 1, 1),
        }
    ]
    assert [row["title"] for row in QUERY.rows(municipality="varnamo", now=timezone.now())] == [
        "Värnamos"
    ]
    tomorrow = later.published_at + datetime.timedelta(minutes=1)
    assert [row["title"] for row in QUERY.rows(municipality="ljungby", now=tomorrow)] == [
        "Ljungbys",
        "Ljungbys senare",
    ]


def test_a_stand_in_the_query_does_not_use_is_an_error():
    unused = PreparedQuery(lambda pk: Pledge.objects.values("title"), pk=number(99))
    with pytest.raises(ValueError, match="does not use pk"):
        unused.rows(pk=1)


def test_on_postgresql_the_statement_is_planned_once_and_still_counted_as_a_query(
    django_assert_num_queries,
):
    from django.db import connection

    make_pledge(title="Ljungbys")
    with django_assert_num_queries(2):
        for _ in range(2):
            assert QUERY.rows(municipality="ljungby", now=timezone.now())[0]["title"] == "Ljungbys"
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%pledges_pledge%"],
        )
        assert cursor.fetchone()[0] == 1


def test_a_list_of_ids_is_one_value_whatever_its_length():
    from pledges.prepared import numbers

    pledges = [make_pledge(title=f"Löfte {i}", period_slug=f"20{10 + i}") for i in range(3)]
    by_ids = PreparedQuery(
        lambda ids: Pledge.objects.filter(pk__in_numbers=ids).order_by("title").values("title"),
        ids=numbers(1),
    )
    assert [r["title"] for r in by_ids.rows(ids=[pledges[2].pk])] == ["Löfte 2"]
    assert [r["title"] for r in by_ids.rows(ids=[p.pk for p in pledges])] == [
        "Löfte 0",
        "Löfte 1",
        "Löfte 2",
    ]
    assert by_ids.rows(ids=[]) == []
    # The same lookup in an ordinary queryset, also across a relation.
    assert Pledge.objects.filter(pk__in_numbers=[pledges[0].pk, pledges[1].pk]).count() == 2
    through = Pledge.municipalities.through.objects
    assert through.filter(pledge__in_numbers=[pledges[0].pk]).count() == 1
