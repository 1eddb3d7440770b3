import datetime

import pytest

from followups.spans import FINAL, HALF, QUARTER, TERTIAL, YEAR, Span, expected_spans

D = datetime.date


@pytest.mark.parametrize(
    ("span", "start", "end", "slug", "title"),
    [
        (Span(YEAR, 2024), D(2024, 1, 1), D(2024, 12, 31), "2024", "Uppföljning 2024"),
        (
            Span(TERTIAL, 2024, 2),
            D(2024, 5, 1),
            D(2024, 8, 31),
            "2024-t2",
            "Uppföljning tertial 2 2024",
        ),
        (
            Span(QUARTER, 2017, 3),
            D(2017, 7, 1),
            D(2017, 9, 30),
            "2017-q3",
            "Uppföljning kvartal 3 2017",
        ),
        (
            Span(HALF, 2024, 1),
            D(2024, 1, 1),
            D(2024, 6, 30),
            "2024-h1",
            "Uppföljning första halvåret 2024",
        ),
    ],
)
def test_span_dates_slug_and_title(span, start, end, slug, title):
    assert span.bounds(D(2017, 1, 1), D(2024, 12, 31)) == (start, end)
    assert span.slug == slug
    assert span.title("2017–2024") == title
    assert Span.from_slug(slug) == span


def test_final_report_covers_the_whole_period():
    span = Span(FINAL)
    assert span.bounds(D(2017, 1, 1), D(2018, 12, 31)) == (D(2017, 1, 1), D(2018, 12, 31))
    assert span.title("2017–2018") == "Slutrapport 2017–2018"
    assert Span.from_slug("slutrapport") == span


def test_span_is_clipped_to_a_period_that_does_not_follow_the_calendar():
    assert Span(YEAR, 2018).bounds(D(2018, 7, 1), D(2020, 6, 30)) == (
        D(2018, 7, 1),
        D(2018, 12, 31),
    )
    assert Span(YEAR, 2021).bounds(D(2018, 7, 1), D(2020, 6, 30)) is None


@pytest.mark.parametrize(
    "slug", ["2024-t4", "2024-q5", "2024-h3", "24", "abcd", "2024-x1", "2024-t"]
)
def test_unknown_slugs_name_no_span(slug):
    assert Span.from_slug(slug) is None


def test_expected_spans_touch_the_period():
    assert expected_spans(TERTIAL, D(2024, 1, 1), D(2024, 12, 31)) == [
        Span(TERTIAL, 2024, 1),
        Span(TERTIAL, 2024, 2),
        Span(TERTIAL, 2024, 3),
    ]
    assert [s.slug for s in expected_spans(YEAR, D(2018, 7, 1), D(2020, 6, 30))] == [
        "2018",
        "2019",
        "2020",
    ]
    assert len(expected_spans(QUARTER, D(2017, 1, 1), D(2018, 12, 31))) == 8
    assert expected_spans(FINAL, D(2017, 1, 1), D(2018, 12, 31)) == [Span(FINAL)]
