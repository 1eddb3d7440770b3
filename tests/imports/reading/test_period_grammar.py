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


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Gäller från hösten 2025", ("2025-09", None)),
        ("Insatserna pågår med start sommaren 2026.", ("2026-06", None)),
    ],
)
def test_a_start_in_a_season_is_its_first_month(written, period):
    assert parse_period(written) == period


def test_a_season_without_a_start_word_is_no_period():
    assert parse_period("Trygghetsmätningen hösten 2024 visade oro.") is None


@pytest.mark.parametrize(
    "past",
    [
        # The year fronted before the perfect's auxiliary, its supine to come.
        "Under 2025 har polisen och kommunen tillsammans analyserat läget i centrum.",
        # The year between the auxiliary and the supine.
        "Kommunen har tillsammans med polisen under 2025 arbetat fram en lägesbild.",
        # The year right before a verb in the preterite.
        "Satsningen på fältarbete under 2025 föll väl ut.",
    ],
)
def test_a_year_told_in_the_past_on_a_pledge_page_is_not_its_period(past):
    found, _ = read(
        "Trygghet i kommunen\n\n"
        f"{past}\n\n"
        "Polisen och kommunen kommer under 2026 att arbeta mot narkotika.\n\n"
        "Löftet\n\n • Polisen lovar att genomföra fyra trafikkontroller."
    )
    assert found.value == ("2026-01-01", "2026-12-31")


def test_a_year_in_a_present_or_future_verb_phrase_stays_the_period():
    # Decoy: "har" as the main verb in the present, with no supine to come.
    found, _ = read(
        "Trygghet i kommunen\n\n"
        "Under 2026 har polisen och kommunen ett gemensamt fokus på trafiken.\n\n"
        "Statistiken från 2024 visar en ökning.\n\n"
        " • Polisen lovar att genomföra fyra trafikkontroller."
    )
    assert found.value == ("2026-01-01", "2026-12-31")


def test_with_only_a_past_year_the_agreement_the_pledge_belongs_to_gives_the_period():
    found, _ = read(
        "Trygg kommun\n\n"
        "Kommunen har i samarbete med polisen under 2024 tagit fram en "
        "samverkansöverenskommelse för 2025 och 2026. Den kompletteras med medborgarlöften.\n\n"
        " • Polisen lovar att synas i centrum."
    )
    assert found.value == ("2025-01-01", "2026-12-31")
    found, _ = read(
        "Trygghet\n\n"
        "Överenskommelsen avser perioden 2025-01-01 till 2027-12-31. Medborgarlöftet är en "
        "bilaga till den.\n\n"
        " • Polisen lovar att synas i centrum."
    )
    assert found.value == ("2025-01-01", "2027-12-31")


def test_an_agreements_period_gives_way_to_the_pledges_own():
    found, _ = read(
        "Trygghet\n\nSamverkansöverenskommelsen gäller 2024-2027.\n\nMedborgarlöftet gäller 2025."
    )
    assert found.value == ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    "making",
    [
        "Det pågår ett arbete med att ta fram ett nytt medborgarlöfte för 2027.",
        "Kommunen och polisen håller på att ta fram nästa års medborgarlöfte för 2027.",
    ],
)
def test_the_years_of_a_pledge_still_being_made_give_way_to_the_pledge_the_page_gives(making):
    found, _ = read(
        "Medborgarlöfte\n\n"
        f"{making} Här nedan kan du läsa vårt nuvarande löfte.\n\n"
        "Medborgarlöfte 2027\n\n"
        "Under 2026 kommer polisen och kommunen att arbeta mot klotter.\n\n"
        " • Polisen lovar att synas."
    )
    assert found.value == ("2026-01-01", "2026-12-31")


def test_a_pledge_being_made_is_the_period_when_the_page_names_no_other():
    found, _ = read(
        "Medborgarlöfte\n\nArbetet med att ta fram ett medborgarlöfte för 2027 pågår.\n\n"
        " • Polisen lovar att synas."
    )
    assert found.value == ("2027-01-01", "2027-12-31")


@pytest.mark.parametrize(
    "sentence",
    [
        "2026 kommer kommunen och polisen att fortsätta med trygghetsvandringar.",
        "2026 ska polisen synas mer i centrum.",
    ],
)
def test_a_bare_year_fronted_before_a_verb_of_what_is_to_come_is_a_period(sentence):
    assert parse_period(sentence) == ("2026-01-01", "2026-12-31")


def test_a_bare_year_before_another_verb_or_inside_a_sentence_is_none():
    assert parse_period("2024 ökade antalet inbrott.") is None
    assert parse_period("Vi såg att 2026 kommer fler att flytta hit.") is None


def test_a_more_exact_span_over_the_same_two_years_says_which_part_is_meant():
    found, _ = read(
        "Medborgarlöfte 2025-2026\n\n"
        "Det här lovar vi mellan mars 2025 - mars 2026\n\n"
        " • Polisen lovar att synas."
    )
    assert found.value == ("2025-03", "2026-03")
    # Decoy: a span inside only one of the two years is a part of the pledge, not its period.
    found, _ = read(
        "Medborgarlöfte 2025-2026\n\n"
        "Höstens insatser mellan september 2025 - december 2025\n\n"
        " • Polisen lovar att synas."
    )
    assert found.value == ("2025-01-01", "2026-12-31")


def test_a_follow_up_that_tells_of_the_pledge_kept_on_reports_on_its_own_years():
    found, _ = read(
        "Uppföljning medborgarlöfte 2025\n\n"
        "Under 2025 har medborgarlöftet fokuserat på centrum och avsikten är att hålla vid "
        "både 2026 och 2027.\n\n"
        "Resultat\n\n"
        " • Polisen genomförde 40 trafikkontroller. Genomfört.\n"
        " • Kommunen höll två trygghetsvandringar. Genomfört."
    )
    assert found.value == ("2025-01-01", "2025-12-31")
    # Decoy: on a pledge page the pledge kept on runs to the last year.
    found, _ = read(
        "Medborgarlöfte\n\n"
        "Under 2025 har medborgarlöftet fokuserat på centrum och avsikten är att hålla vid "
        "både 2026 och 2027.\n\n"
        " • Polisen lovar att synas."
    )
    assert found.value == ("2025-01-01", "2027-12-31")


@pytest.mark.parametrize(
    "sentence",
    ["Inför 2026 lovade polisen och kommunen att synas mer.", "Löftena som ges inför 2026."],
)
def test_inför_a_year_names_the_year_the_pledge_is_for(sentence):
    assert parse_period(sentence) == ("2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    "making",
    [
        "Ett nytt medborgarlöfte inför 2027 håller nu på att utarbetas.",
        "Medborgarlöftet för 2027 är under framtagande.",
    ],
)
def test_a_pledge_told_as_being_made_after_its_years_gives_way_to_the_one_given(making):
    found, _ = read(
        "Medborgarlöfte\n\n"
        "Berätta vad polisen och kommunen ska arbeta med under 2027.\n\n"
        f"{making}\n\n"
        "Medborgarlöftet 2026\n\n"
        "Polisen genomför följande aktiviteter under 2026:\n\n • Trafikkontroller"
    )
    assert found.value == ("2026-01-01", "2026-12-31")
