"""The period reader: every written form, partial periods, and which statement wins."""

import pytest

from imports.documents.reading.period import find_period, parse_period
from imports.documents.reading.structure import blocks_of, is_heading


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Medborgarlöftet för 2024", ("2024-01-01", "2024-12-31")),
        ("Medborgarlöfte i Ljungby kommun 2017–2018.", ("2017-01-01", "2018-12-31")),
        ("gäller 2017-2018", ("2017-01-01", "2018-12-31")),
        ("löftet 2025–2027", ("2025-01-01", "2027-12-31")),
        ("Perioden är 2018-07-01—2020-06-30.", ("2018-07-01", "2020-06-30")),
        ("Perioden är 2018-01-01--2019-12-31.", ("2018-01-01", "2019-12-31")),
        ("gäller 1 juni 2022–31 december 2023", ("2022-06-01", "2023-12-31")),
        ("Medborgarlöfte 170101–181231", ("2017-01-01", "2018-12-31")),
        ("under juli 2018 – juni 2020", ("2018-07", "2020-06")),
        ("sommarlöfte juni–augusti 2024", ("2024-06", "2024-08")),
        ("gäller juni till och med augusti 2021", ("2021-06", "2021-08")),
        ("maj 2024 – maj 2025", ("2024-05", "2025-05")),
        ("15 juni – 31 augusti 2024", ("2024-06-15", "2024-08-31")),
        ("Löftet gäller under hela 2019.", ("2019-01-01", "2019-12-31")),
        ("Löftet gäller från maj 2024.", ("2024-05", None)),
        ("Löftet gäller till och med augusti 2022.", (None, "2022-08")),
        ("ska gälla från 2023-06-20 till och med 2024-06-20", ("2023-06-20", "2024-06-20")),
        ("arbetet mellan februari och sista maj 2019", ("2019-02", "2019-05")),
        ("insatserna mellan oktober 2020 och mars 2021", ("2020-10", "2021-03")),
        # A day the month does not have: the month is what the text surely says.
        ("Löftet gäller från 31 april 2022 - 31 april 2024.", ("2022-04", "2024-04")),
        ("Medborgarlöfte för Tyresö kommun 2025/2026", ("2025-01-01", "2026-12-31")),
        ("Löftet gäller 1/7 2023 – 30/6 2024.", ("2023-07-01", "2024-06-30")),
        ("gäller från 2023-09-01 och ett år framåt", ("2023-09-01", "2024-08-31")),
    ],
)
def test_every_period_form_is_read_as_written(written, period):
    assert parse_period(written) == period


@pytest.mark.parametrize(
    "written", ["Sedan 2005 har vi mätt tryggheten", "trygghetsmätningen 2016", "i januari 2016"]
)
def test_a_year_that_is_not_a_period_is_not_read_as_one(written):
    assert parse_period(written) is None


def read(text):
    return find_period(blocks_of(text), is_heading)


def test_a_year_in_the_situation_text_does_not_win_over_the_pledges_own_period():
    found, _ = read(
        "Medborgarlöfte\n\nBrottsstatistik från 2020–2023 visar en ökning.\n\n"
        "Löftet gäller 2024–2025."
    )
    assert found.value == ("2024-01-01", "2025-12-31") and found.sure
    found, _ = read("Trygghetsvandringar har genomförts under 2016.\n\nLöftet gäller 2017.")
    assert found.value == ("2017-01-01", "2017-12-31")


def test_a_period_only_in_the_heading_is_the_pledges_and_not_flagged():
    # Right in 201 of 202 real texts: a flag there would nearly always be a false alarm.
    found, _ = read("Medborgarlöfte 2024\n\nPolisen lovar att synas i centrum.")
    assert found.value == ("2024-01-01", "2024-12-31")
    assert found.confidence == "säker" and found.doubt == ""


def test_a_half_period_is_flagged_and_until_further_notice_is_read():
    found, until = read("Löftet gäller från maj 2024.")
    assert found.value == ("2024-05", None) and not found.sure
    found, until = read("Löftet gäller under 2018 och vidare tills vidare.")
    assert found.value == ("2018-01-01", None) and until.value is True


def test_no_period_at_all():
    assert read("Polisen lovar att synas i centrum.") == (None, None)


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Löftet gäller mellan 1 maj 2024 och 30 april 2025.", ("2024-05-01", "2025-04-30")),
        ("Löftet gäller åren 2019 och 2020.", ("2019-01-01", "2020-12-31")),
        ("Löftet gäller 2019/2020.", ("2019-01-01", "2020-12-31")),
        ("Löftet gäller från och med 1 januari 2020 tills vidare.", ("2020-01-01", None)),
        ("Löftet gäller fr.o.m. 2020-03-01 och tills vidare.", ("2020-03-01", None)),
        ("Insatsen pågår till och med den 30 juni 2019.", (None, "2019-06-30")),
    ],
)
def test_more_period_forms(written, period):
    assert parse_period(written) == period


def test_two_years_apart_joined_by_och_are_no_period():
    assert parse_period("gäller 2019 och 2022") != ("2019-01-01", "2022-12-31")


def test_a_start_and_an_end_in_two_sentences_of_one_paragraph_are_one_period():
    found, _ = read(
        "Medborgarlöfte\n\nMed början torsdagen den 1 mars 2019 kommer polisen att synas på torget "
        "mellan kl. 10.00 och 11.00. Insatsen pågår fram till och med den 30 juni 2019."
    )
    assert found.value == ("2019-03-01", "2019-06-30")


def test_onwards_until_the_next_pledge_is_this_pledges_start_and_no_end():
    found, until = read(
        "Medborgarlöfte\n\nPolisen och kommunen ska under 2018 och vidare fram till nästa "
        "medborgarlöfte arbeta med trafiken."
    )
    assert found.value == ("2018-01-01", None) and until.value is True


@pytest.mark.parametrize(
    ("written", "period"),
    [
        # The end leaves out the year it shares with the start.
        ("Löftet sträcker sig över perioden 2022-03-01—12-31.", ("2022-03-01", "2022-12-31")),
        # An exact start and a month end: each half as exact as it is written.
        ("Det vi lovar 1 mars 2021 – april 2022 är:", ("2021-03-01", "2022-04")),
    ],
)
def test_periods_written_with_one_half_shortened(written, period):
    assert parse_period(written) == period


def test_years_that_qualify_another_agreement_are_not_the_pledges_period():
    found, _ = read(
        "Medborgarlöften\n\nLöftena bygger på samverkansavtalet och överenskommelsen kommun - "
        "polis 2021-2024 i länet.\n\nI år vill vi arbeta med skolgårdarna under 2022."
    )
    assert found.value == ("2022-01-01", "2022-12-31")


def test_statistics_that_the_pledge_is_based_on_do_not_make_its_sentence_a_situation():
    found, _ = read(
        "Löften\n\nMed utgångspunkt i enkäter och statistik ska kommunen och polisen arbeta med "
        "parkerna under 2023."
    )
    assert found.value == ("2023-01-01", "2023-12-31")


def test_a_list_of_what_was_done_in_a_year_states_the_year_followed_up():
    found, _ = read("Uppföljning\n\nDetta har kommunen genomfört 2021:\n\n• Tio vandringar.")
    assert found.value == ("2021-01-01", "2021-12-31")


def _period_of(text):
    found, _until = find_period(blocks_of(text), is_heading)
    return found.value


def test_an_extended_pledge_runs_to_its_new_end():
    assert _period_of(
        "Löftet gäller 2020-03-01 till 2020-12-31.\n\n"
        "Löftet förlängs från sluttid 2020-12-31 till ny sluttid 2021-06-30."
    ) == ("2020-03-01", "2021-06-30")
    assert _period_of(
        "Kommunen och polisen har valt att förlänga 2022 års medborgarlöfte till att gälla "
        "även för 2023."
    ) == ("2022-01-01", "2023-12-31")
    # Other things extended are not the pledge.
    assert _period_of(
        "Medborgarlöftet gäller 2022.\n\nFritidsgården förlänger öppettiderna till 2023."
    ) == ("2022-01-01", "2022-12-31")


def test_a_half_the_heading_agrees_with_takes_the_headings_period():
    text = (
        "Medborgarlöfte 2023-2024\n\nPolisen lovar att synas.\n\n"
        "Arbetet pågår till och med november 2024."
    )
    assert _period_of(text) == ("2023-01-01", "2024-12-31")


def test_a_verb_of_starting_before_a_day_names_the_start():
    found, _ = read(
        "Medborgarlöfte\n\nTidsram\n\nAktiviteterna ska påbörjas 2 oktober 2017 och pågå till och "
        "med april 2018."
    )
    assert found.value == ("2017-10-02", "2018-04")


def test_a_pledge_kept_for_the_years_after_its_own_runs_to_the_last():
    assert _period_of(
        "Medborgarlöfte\n\nUnder 2020 har medborgarlöftet gällt torget och avsikten är att "
        "hålla vid både 2021 och 2022."
    ) == ("2020-01-01", "2022-12-31")
    # Work continued in a later year, in a sentence that is not about the pledge, is not it.
    assert _period_of(
        "Medborgarlöftet gäller 2020.\n\nFöreningen vill fortsätta med nattvandringar 2021."
    ) == ("2020-01-01", "2020-12-31")


def test_a_title_line_over_its_subtitle_names_the_period_before_an_earlier_pledge_below():
    text = (
        "Exempelby – medborgarlöften\n\n"
        "Polisen och kommunen samverkar.\n\n"
        "Medborgarlöfte Exempelby kommun 2021-2022\nFokus på trygghet och narkotika\n\n"
        "Fokus på trygghet\n\n• Vi ska tillsammans genomföra trygghetsbesiktningar.\n\n"
        "Medborgarlöfte Exempelby kommun 2018-2019\n\n"
        "Polisen och kommunen lovar att:\n\n• ha större fokus på droger\n"
    )
    assert _period_of(text) == ("2021-01-01", "2022-12-31")


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("medborgarlöftet gäller i 3 månader fr.o.m 1/12 -2020.", ("2020-12-01", "2021-02-28")),
        ("Löftet gäller under två år från 2024-03-01.", ("2024-03-01", "2026-02-28")),
        ("gäller i sex månader från och med 31 augusti 2021", ("2021-08-31", "2022-02-28")),
        ("Löftet gäller i ett år från 15 maj 2023.", ("2023-05-15", "2024-05-14")),
    ],
)
def test_a_length_from_a_start_day_ends_the_day_before_the_same_date_on(written, period):
    assert parse_period(written) == period


def test_a_start_day_written_as_day_slash_month_and_year():
    assert parse_period("Löftet gäller fr.o.m. 1/12 2020.") == ("2020-12-01", None)


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Löftet gäller i två år, under åren 2023-24.", ("2023-01-01", "2024-12-31")),
        ("Medborgarlöfte 2015/16", ("2015-01-01", "2016-12-31")),
        # A two-digit end of twelve or less could be a month; a full date is no range.
        ("Medborgarlöfte 2011-12", None),
        ("Medborgarlöftet gäller från 2023-24-01", None),
    ],
)
def test_a_year_range_whose_end_keeps_two_digits(written, period):
    assert parse_period(written) == period


def test_the_years_right_after_the_pledge_noun_count_in_a_sentence_about_its_signing():
    text = (
        "Sök\n\nPolisen och Exempelby kommun tecknade ett nytt medborgarlöfte för 2022. "
        "Trafiken är ett av områdena."
    )
    assert _period_of(text) == ("2022-01-01", "2022-12-31")
    text = (
        "Sök\n\nIgår tecknade polisen och kommunen ett nytt medborgarlöfte och "
        "samverkansöverenskommelse för 2023-2024."
    )
    assert _period_of(text) == ("2023-01-01", "2024-12-31")
    # An earlier pledge's years, told in a sentence about what was done, are not the period.
    text = "Medborgarlöfte\n\nFörra årets medborgarlöfte för 2021 genomfördes med gott resultat."
    assert find_period(blocks_of(text), is_heading)[0] is None


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Medborgarlöftet gäller 2023-04-01 och ett år framåt.", ("2023-04-01", "2024-03-31")),
        ("Medborgarlöftet gäller i två år från april 2023.", ("2023-04", "2025-03")),
        ("Medborgarlöftet gäller från och med 2023 tills vidare.", ("2023-01-01", None)),
        ("Medborgarlöftet gäller tills vidare från 2023.", ("2023-01-01", None)),
    ],
)
def test_a_length_or_an_open_end_from_a_start(written, period):
    assert parse_period(written) == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Under 2023 upplevde invånarna otrygghet i centrum.",
        "Under 2021 ökade antalet inbrott kraftigt i kommunen.",
    ],
)
def test_a_year_in_a_sentence_about_what_people_felt_or_what_happened_is_no_period(sentence):
    text = f"Exempelby – medborgarlöften\n\n{sentence}\n\nPolisen lovar att synas."
    assert find_period(blocks_of(text), is_heading)[0] is None


def test_a_pledge_extended_to_also_apply_a_later_year():
    assert _period_of(
        "Exempelby – medborgarlöften\n\nMedborgarlöftet 2022 har förlängts och gäller även "
        "under 2023.\n\nPolisen lovar att synas."
    ) == ("2022-01-01", "2023-12-31")


def test_a_report_heading_above_a_pledge_page_names_the_earlier_pledge():
    text = (
        "Medborgarlöften i Exempelby\n\nKvartalsrapport 1 - 2018\n\n"
        "Slutrapport - Medborgarlöfte i Exempelby kommun 2017\n\n"
        "Medborgarlöfte i Exempelby kommun mars 2018 - mars 2019\n\n"
        "Polisen lovar att synas i centrum."
    )
    assert _period_of(text) == ("2018-03", "2019-03")
    # A follow-up's own heading names the pledge it follows, whatever comes after.
    text = (
        "Sök\n\nUppföljning medborgarlöfte 2021-2022 i Exempelby kommun\n\n"
        "Medborgarlöftet för 2021 - 2022 har summerats.\n\n"
        "Medborgarlöfte Exempelby kommun 2023-2024"
    )
    assert _period_of(text) == ("2021-01-01", "2022-12-31")


def test_sedan_as_then_is_no_situation_but_sedan_a_year_is():
    text = (
        "Nytt medborgarlöfte\n\nPolisen och kommunen har lyssnat. Utifrån synpunkterna har vi "
        "sedan tagit fram åtgärder att samarbeta kring under 2017."
    )
    assert _period_of(text) == ("2017-01-01", "2017-12-31")
    text = "Nytt medborgarlöfte\n\nSedan 2015 samarbetar kommunen och polisen under 2017 också."
    assert find_period(blocks_of(text), is_heading)[0] is None


def test_a_span_of_months_in_the_year_a_sentence_names_says_which_year_is_meant():
    text = (
        "Sök\n\nPolisens och stadens medborgarlöfte 2019 fokuserar på narkotikan.\n\n"
        "För att minska problemet lovar vi följande aktiviteter mellan februari 2019 till "
        "januari 2020:"
    )
    assert _period_of(text) == ("2019-02", "2020-01")


def test_a_heading_of_an_earlier_pledge_below_does_not_outweigh_the_pledge_named_first():
    text = (
        "Kiruna – medborgarlöften\n\n"
        "Lokalpolisområde Kiruna och kommunen har tecknat medborgarlöften för 2021-2023.\n\n"
        "Polisen och kommunen lovar att:\n\n• Synas mer i centrum\n\n"
        "Medborgarlöfte i Kiruna kommun 2018-2020\n\n"
        "Polisen lovar att:\n\n• Genomföra trygghetsvandringar"
    )
    found, _until = find_period(blocks_of(text), is_heading)
    assert found.value == ("2021-01-01", "2023-12-31")


def test_a_school_term_is_its_months():
    assert parse_period("Polisen lovar att under höstterminen 2021 besöka skolorna") == (
        "2021-08",
        "2021-12",
    )
    assert parse_period("under vårterminen 2022") == ("2022-01", "2022-06")


def test_the_years_an_agreement_is_to_hold_are_not_the_pledges():
    text = (
        "Malå kommuns och polisens medborgarlöfte för 2024-2025\n\n"
        "Malå kommun och lokalpolisområde Skellefteå har slutit en samverkansöverenskommelse "
        "som ska gälla från 2024 till 2028."
    )
    found, _until = find_period(blocks_of(text), is_heading)
    assert found.value == ("2024-01-01", "2025-12-31")
