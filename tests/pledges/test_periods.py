import datetime

import pytest

from pledges.periods import period_label, period_slug

D = datetime.date


@pytest.mark.parametrize(
    ("start", "end", "label", "slug"),
    [
        (D(2024, 1, 1), D(2024, 12, 31), "2024", "2024"),
        (D(2017, 1, 1), D(2018, 12, 31), "2017–2018", "2017-2018"),
        (D(2025, 1, 1), D(2027, 12, 31), "2025–2027", "2025-2027"),
        (D(2018, 7, 1), D(2020, 6, 30), "juli 2018 – juni 2020", "2018-07-2020-06"),
        (D(2022, 6, 1), D(2023, 12, 31), "juni 2022 – december 2023", "2022-06-2023-12"),
        (D(2024, 6, 1), D(2024, 8, 31), "juni–augusti 2024", "2024-06-2024-08"),
        (D(2024, 2, 1), D(2024, 2, 29), "februari 2024", "2024-02"),
        (D(2024, 6, 15), D(2024, 8, 31), "15 juni – 31 augusti 2024", "2024-06-15-2024-08-31"),
        (
            D(2023, 3, 15),
            D(2024, 3, 14),
            "15 mars 2023 – 14 mars 2024",
            "2023-03-15-2024-03-14",
        ),
    ],
)
def test_label_and_slug_follow_the_period(start, end, label, slug):
    assert period_label(start, end) == label
    assert period_slug(start, end) == slug
