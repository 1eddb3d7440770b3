"""The period reader by the grammar of the statement: how the two halves are joined, which
words introduce a period, and which clauses tell of the past rather than the pledge."""

import pytest

from imports.documents.reading.period import find_period, parse_period
from imports.documents.reading.structure import blocks_of, is_heading


def read(text):
    return find_period(blocks_of(text), is_heading)


@pytest.mark.parametrize(
    ("written", "period"),
    [
        # The halves joined by "fram till (och med)" or "t o m" written with spaces.
        ("Under tiden 1 mars 2025 fram till 28 februari 2026 ska vi", ("2025-03-01", "2026-02-28")),
        ("gäller 2026-01-01 fram till och med 2026-12-31", ("2026-01-01", "2026-12-31")),
        ("arbetet pågår från oktober 2024 t o m mars 2025", ("2024-10", "2025-03")),
        ("insatserna löper maj 2023 t. o. m. april 2024", ("2023-05", "2024-04")),
        # Dates written without separators.
        ("Löftet gäller 20240301–20250228.", ("2024-03-01", "2025-02-28")),
        ("Giltighet: 20230101 - 20241231", ("2023-01-01", "2024-12-31")),
        # A span of years from "från" to "till", each perhaps named "år".
        ("Löftena ska gälla från år 2026 till 2028.", ("2026-01-01", "2028-12-31")),
        ("gäller från och med 2024 fram till och med år 2025", ("2024-01-01", "2025-12-31")),
        # "perioden" introduces the years after it.
        ("Vi ska under perioden 2026/2027 arbeta mot klotter.", ("2026-01-01", "2027-12-31")),
        ("Fokus för perioden 2025 är trafiken.", ("2025-01-01", "2025-12-31")),
        # A plain "till" after a verb of lasting gives the end only.
        ("Löftet gäller till mars 2026.", (None, "2026-03")),
        ("Överenskommelsen om löftet löper till 30 juni 2025.", (None, "2025-06-30")),
        # "X ut": to the end of that year.
        ("Löftet gäller 2025 ut.", (None, "2025-12-31")),
        ("Insatserna pågår under 2026 ut och följs upp i januari.", (None, "2026-12-31")),
        # A year joined to "tills vidare", the word also written as one.
        ("2025 och tillsvidare", ("2025-01-01", None)),
        ("Från 2026 tillsvidare gäller löftet.", ("2026-01-01", None)),
    ],
)
def test_a_period_joined_or_introduced_in_more_ways(written, period):
    assert parse_period(written) == period


@pytest.mark.parametrize(
    "written",
    [
        # Decoys: "till" joining a year to something else, "ut" as a particle of another verb.
        "Vi bjuder in till 2025 års dialog.",
        "Polisen delar ut 2025 reflexvästar.",
        "Perioden är inte bestämd än.",
    ],
)
def test_look_alikes_of_those_forms_are_no_period(written):
    assert parse_period(written) in (None, ("2025-01-01", "2025-12-31"))
    assert parse_period(written) != (None, "2025-12-31")


def test_gäller_as_a_preposition_does_not_make_a_sentence_about_the_pledge():
    found, _ = read(
        "Medborgarlöfte 2026–2027\n\n"
        "Under 2025 har polisen tagit fram en bild vad gäller trafiken.\n\n"
        "Polisen lovar att synas."
    )
    assert found.value == ("2026-01-01", "2027-12-31")
    found, _ = read(
        "Trygghet i stan\n\n"
        "Under 2024 såg vi en ökning när det gäller inbrott.\n\n"
        "Löftet gäller 2025."
    )
    assert found.value == ("2025-01-01", "2025-12-31")
    # Decoy: "gäller" as the verb of validity still makes its sentence about the pledge.
    found, _ = read("Trygghet\n\nDet här gäller under 2026 för alla i kommunen.")
    assert found.value == ("2026-01-01", "2026-12-31") and found.doubt != (
        "perioden står inte i en mening om löftets giltighet"
    )


def test_until_further_notice_written_as_one_word_is_read():
    found, until = read("Medborgarlöfte\n\nLöftet gäller från 2025 och tillsvidare.")
    assert found.value == ("2025-01-01", None) and until.value is True
