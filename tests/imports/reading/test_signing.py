"""The signing reader: place and date, a date in a sentence, a month alone."""

import datetime

import pytest

from imports.documents.reading.signing import (
    parse_place_and_date,
    parse_signed_in_month,
    parse_signed_in_text,
)


def test_signing_place_and_date():
    assert parse_place_and_date("Älmhult 2020-11-30") == ("Älmhult", datetime.date(2020, 11, 30))
    assert parse_place_and_date("Borås den 3 maj 2024") == ("Borås", datetime.date(2024, 5, 3))


def test_a_date_in_a_sentence_takes_the_periods_year_when_it_has_none():
    signed = parse_signed_in_text("Idag, måndag 22 april, undertecknade kommunen", 2024)
    assert signed[0] == datetime.date(2024, 4, 22) and signed[2] is False


def test_a_month_alone():
    assert parse_signed_in_month("Löftet undertecknades i mars 2022.")[0] == "2022-03"
    assert parse_signed_in_month("Löftet gäller i mars 2022.") is None


def test_a_pages_update_date_is_no_signing_place():
    assert parse_place_and_date("Uppdaterad den 28 juni 2021") is None
    assert parse_place_and_date("Publicerad 2021-03-02") is None
    assert parse_place_and_date("Laxå den 26 oktober 2018") == ("Laxå", datetime.date(2018, 10, 26))


def test_signing_written_as_tecknade_or_with_a_date_in_digits():
    signed = parse_signed_in_text("Löftet tecknades den 4 april 2019.")
    assert signed[0] == datetime.date(2019, 4, 4)
    assert parse_signed_in_text("Löftet skrevs under 2018-03-23.")[0] == datetime.date(2018, 3, 23)
    signed = parse_signed_in_text("Den 23 mars 2018 skrev kommunen och polisen under löftet.")
    assert signed[0] == datetime.date(2018, 3, 23)
    assert parse_signed_in_month("Medborgarlöftet tecknades i maj 2021.")[0] == "2021-05"


def read(document):
    from imports.documents.reading import pipeline
    from imports.documents.reading.municipalities import Gazetteer

    return pipeline.read(document, Gazetteer([("2418", "Malå")], []))


def test_a_date_alone_next_to_the_signatures_is_the_signing_date():
    signatures = (
        "Anna Svensson\nKommunstyrelsens ordförande i Malå kommun\n\n"
        "Per Olsson\nChef lokalpolisområde Skellefteå"
    )
    for date in ("2024-02-15", "15 februari 2024"):
        before = read(f"Malå kommun\n\nPolisen lovar att synas.\n\n{date}\n\n{signatures}")
        assert before.signed_on.value == "2024-02-15"
        after = read(f"Malå kommun\n\nPolisen lovar att synas.\n\n{signatures}\n\n{date}")
        assert after.signed_on.value == "2024-02-15"


def test_a_date_alone_away_from_the_signatures_is_not_the_signing_date():
    extraction = read("2024-02-15\n\nMalå kommun\n\nPolisen lovar att synas.")
    assert extraction.signed_on is None


def test_signerades_is_signing_too():
    signed = parse_signed_in_text("Löftena signerades den 3 december 2019 i Malå.")
    assert signed[0] == datetime.date(2019, 12, 3)
    assert parse_signed_in_month("Löftet signerades i juni 2020.")[0] == "2020-06"


def test_last_year_in_a_text_about_the_pledges_year_is_the_year_before():
    signed = parse_signed_in_text("Förra året den 5 december tecknade kommunen löftet.", 2021)
    assert signed[0] == datetime.date(2020, 12, 5) and signed[2] is False
    signed = parse_signed_in_text("Den 5 maj tecknade kommunen löftet.", 2021)
    assert signed[0] == datetime.date(2021, 5, 5)


def test_signed_today_takes_the_pages_date_and_is_flagged():
    page = (
        "12 maj 2021\n\nNya löften i Malå\n\n"
        "I dag undertecknade kommunen och polisen årets medborgarlöfte.\n\n"
        "Polisen lovar att synas."
    )
    extraction = read(page)
    assert extraction.signed_on.value == "2021-05-12"
    assert extraction.signed_on.sure is False
    # Without a date for the page, "idag" says nothing.
    assert read(page.split("\n\n", 1)[1]).signed_on is None


def test_a_pledge_that_applies_from_its_signing_starts_that_day():
    page = (
        "Den 14 april undertecknade Malå kommun och polisen medborgarlöften för 2021–2022. "
        "Löftena börjar gälla från och med undertecknandet.\n\nPolisen lovar att synas."
    )
    assert read(page).period.value == ("2021-04-14", "2022-12-31")
    # Without the words, a span of years is read whole.
    plain = page.replace(" Löftena börjar gälla från och med undertecknandet.", "")
    assert read(plain).period.value == ("2021-01-01", "2022-12-31")


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Datum: 2024-02-15", "2024-02-15"),
        ("Ort och datum: Malå 2024-02-15", "2024-02-15"),
        ("Malå den 15/2 2024", "2024-02-15"),
        ("15.2.2024", "2024-02-15"),
        # Only a month: kept as a month.
        ("Malå i februari 2024", "2024-02"),
        ("Februari 2024", "2024-02"),
    ],
)
def test_more_date_lines_beside_the_signatures(line, signed):
    signatures = (
        "Anna Svensson\nKommunstyrelsens ordförande i Malå kommun\n\n"
        "Per Olsson\nChef lokalpolisområde Skellefteå"
    )
    extraction = read(f"Malå kommun\n\nPolisen lovar att synas.\n\n{line}\n\n{signatures}")
    assert extraction.signed_on.value == signed


def test_a_date_with_the_month_as_a_number_in_a_sentence():
    signed = parse_signed_in_text("Medborgarlöftet undertecknades 5/2 2024 i stadshuset.")
    assert signed[0] == datetime.date(2024, 2, 5)


def test_a_pledge_that_applies_for_years_from_its_signing():
    page = (
        "Malå kommun\n\nMedborgarlöftet undertecknades den 14 april 2023 och gäller under "
        "två år från undertecknandet.\n\nPolisen lovar att synas."
    )
    assert read(page).period.value == ("2023-04-14", "2025-04-13")


def test_a_day_before_both_signers_and_the_particle_after_them():
    signed = parse_signed_in_text(
        "Under måndagen den 6 juni skrev lokalpolisområdeschef Anna Lind och kommunstyrelsens "
        "ordförande Per Ek under nya medborgarlöften.",
        2023,
    )
    assert signed[0] == datetime.date(2023, 6, 6) and signed[2] is False


def test_a_day_then_a_clause_saying_it_was_signed_then():
    signed = parse_signed_in_text(
        "Kommunalrådet Anna Lind och kommunpolisen Per Ek den 19 maj 2021 då medborgarlöftet "
        "skrevs under."
    )
    assert signed[0] == datetime.date(2021, 5, 19) and signed[2] is True


def test_the_same_signing_with_its_year_wins_over_one_without():
    text = (
        "Onsdag den 21 december skrev X på ett löfte. Onsdag den 21 december 2016 skrev Mats "
        "Bäckström från Polisen och kommunstyrelsens ordförande Madelaine Jakobsson på ett "
        "medborgarlöfte."
    )
    signed = parse_signed_in_text(text, 2017)
    assert signed[0] == datetime.date(2016, 12, 21) and signed[2]


@pytest.mark.parametrize(
    "text",
    [
        "Torsdag 16 februari träffades kommunalrådet A B och C D för att underteckna löftet.",
        "Löftet skrevs under av A B, kommunchef, och C D, polischef, torsdagen den 16 februari.",
    ],
)
def test_a_day_named_by_its_weekday_in_a_sentence_about_signing(text):
    assert parse_signed_in_text(text, 2017)[0] == datetime.date(2017, 2, 16)


def test_a_weekday_date_in_a_sentence_about_something_else_is_no_signing():
    assert parse_signed_in_text("Torsdag 16 februari hölls en trygghetsvandring.", 2017) is None


def test_an_active_signing_verb_and_a_day_written_as_an_ordinal():
    signed = parse_signed_in_text(
        "Leif Carlberg, dåvarande kommunalråd ,skrev under detta avtal den 22:a december 2020."
    )
    assert signed[0] == datetime.date(2020, 12, 22) and signed[2]


@pytest.mark.parametrize(
    "text",
    [
        "Medborgarlöftet skrevs på den 5 april 2022.",
        "X och Y satte sina signaturer på medborgarlöftet den 5 april 2022.",
    ],
)
def test_more_verbs_of_signing_before_a_date(text):
    assert parse_signed_in_text(text)[0] == datetime.date(2022, 4, 5)


def test_a_december_day_without_a_year_is_the_year_before_the_periods():
    signed = parse_signed_in_text(
        "Onsdag den 21 december skrev X och Y på ett medborgarlöfte för ett tryggare Exempelby.",
        2017,
    )
    assert signed[0] == datetime.date(2016, 12, 21) and not signed[2]
    signed = parse_signed_in_text("Idag, måndag 22 april, undertecknade kommunen", 2024)
    assert signed[0] == datetime.date(2024, 4, 22)


@pytest.mark.parametrize(
    ("text", "default_year", "expected"),
    [
        ("Medborgarlöftet signerades i början av mars.", 2020, "2020-03"),
        ("Kommunchefen och polischefen undertecknade i maj ett medborgarlöfte.", 2022, "2022-05"),
        # A pledge is signed before or as its time starts: December is the year before.
        ("Löftet undertecknades i december.", 2024, "2023-12"),
        ("Löftet undertecknades i slutet av april 2019.", None, "2019-04"),
        # A month without a year and no period to take it from: nothing.
        ("Löftet undertecknades i mars.", None, None),
    ],
)
def test_a_month_of_signing_without_its_year_takes_the_periods(text, default_year, expected):
    found = parse_signed_in_month(text, default_year)
    assert (found[0] if found else None) == expected


def test_a_pledge_renewed_on_a_named_weekday_was_signed_that_day():
    text = "Fredag 10 februari förnyade Norrby stad och polisen sitt medborgarlöfte."
    assert parse_signed_in_text(text, 2023)[0] == datetime.date(2023, 2, 10)


def test_a_signing_day_written_as_an_ordinal_word_takes_the_periods_year():
    found = parse_signed_in_text("Den tredje mars undertecknades det nya medborgarlöftet.", 2021)
    assert found[0] == datetime.date(2021, 3, 3)


def test_a_day_before_skrev_with_signers_set_off_by_commas():
    signed = parse_signed_in_text(
        "Den 4 maj skrev kommunstyrelsens ordförande, Anna Berg, och chefen för "
        "lokalpolisområde Exempelby, Per Olsson, under löftet.",
        2021,
    )
    assert signed[0] == datetime.date(2021, 5, 4)


def test_a_signing_on_a_named_weekday_is_the_pages_day_when_it_is_that_weekday():
    # 2024-03-04 is a Monday; the page's date stands at its foot.
    text = (
        "Nytt medborgarlöfte i Malå\n\n"
        "Under måndagen skrev kommunalråd Anna Svensson och lokalpolisområdeschef Per Olsson "
        "på ett nytt medborgarlöfte.\n\nPolisen lovar att synas.\n\nPublicerad: 4 mar 2024"
    )
    assert read(text).signed_on.value == "2024-03-04"
    assert read(text.replace("4 mar 2024", "5 mar 2024")).signed_on is None


def test_i_mandags_is_the_monday_before_the_pages_day():
    text = (
        "Publicerad 2024-03-06\n\nI måndags signerade kommunen och polisen ett nytt "
        "medborgarlöfte för Malå.\n\nPolisen lovar att synas."
    )
    assert read(text).signed_on.value == "2024-03-04"


def test_a_pledge_that_has_now_been_signed_takes_the_pages_date():
    text = (
        "Publicerad: 2024-03-06 Senast ändrad:\n\nMalå kommun och polisen har nu skrivit under "
        "ett medborgarlöfte.\n\nPolisen lovar att synas."
    )
    assert read(text).signed_on.value == "2024-03-06"


def test_a_weekday_date_whose_signing_verb_stands_on_the_next_lines():
    text = (
        "Medborgarlöfte 2024 för Malå\n\n"
        "I dag, fredag 5 april, har kommunalrådet Anna Svensson\n"
        "och Per Olsson, chef för lokalpolisområde Skellefteå, tillsammans skrivit\n"
        "under ett förnyat medborgarlöfte.\n\nPolisen lovar att synas."
    )
    assert read(text).signed_on.value == "2024-04-05"
