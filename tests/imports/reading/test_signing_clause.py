"""The signing date read from the signing clause's grammar: a signing verb in any tense or
voice and the time adverbial of its own clause, with the year from the page or the period."""

import datetime

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.signing import (
    parse_page_day,
    parse_place_and_date,
    parse_signing_clause,
)

GAZETTEER = Gazetteer([("9999", "Exempelby")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def signed(document):
    found = read(document).signed_on
    return found.value if found else None


@pytest.mark.parametrize(
    "sentence, year, page, value",
    [
        # A month and year before the verb, in V2 order.
        ("Januari 2023 skrev Karin Holm och Anders Lund på löftena.", None, None, "2023-01"),
        ("I mitten av mars undertecknade kommunen och polisen löftet.", 2024, None, "2024-03"),
        # The adverbial of a meeting the signing took place at.
        (
            "Vid kommunstyrelsens möte den 7 februari 2022 undertecknades löftet av A och B.",
            None,
            None,
            "2022-02-07",
        ),
        # A day read against the page's date: the year before when it lies after the page's day.
        ("Löftet signerades den 20 december av A och B.", None, "2023-01-10", "2022-12-20"),
        ("Löftet signerades den 3 januari av A och B.", None, "2023-01-10", "2023-01-03"),
        # A day without a year read against the period: December is the year before.
        ("A och B tecknade den 14 december ett nytt löfte.", 2024, None, "2023-12-14"),
        # "i går", "i veckan", "förra veckan" against the page's date.
        ("I går skrev A och B under ett nytt medborgarlöfte.", None, "2022-05-18", "2022-05-17"),
        ("A och B signerade medborgarlöftena i veckan.", None, "2022-03-14", "2022-03"),
        (
            "I slutet av förra veckan samlades kommunerna för att underteckna sina löften.",
            None,
            "2021-09-20",
            "2021-09",
        ),
        # "slutet av förra veckan" from Monday 6 March: Thursday 2 to Sunday 5 March.
        ("I slutet av förra veckan undertecknade de löftena.", None, "2023-03-06", "2023-03"),
        # A clause opened by "då" takes the time of the clause before it.
        ("Den 2 februari var det dags: då skrev A och B under löftet.", 2022, None, "2022-02-02"),
    ],
)
def test_a_signing_verb_and_its_time_adverbial(sentence, year, page, value):
    page_day = datetime.date.fromisoformat(page) if page else None
    assert parse_signing_clause(sentence, year, page_day)[0] == value


@pytest.mark.parametrize(
    "sentence, year, page",
    [
        # No signing verb: a dialogue, a survey, a meeting.
        ("Den 12 oktober hölls en medborgardialog på biblioteket.", 2020, None),
        ("Trygghetsmätningen genomfördes den 4 mars 2020.", 2021, None),
        # The period's bounds are not the signing's time.
        ("Löftet som undertecknats gäller från den 1 januari 2021.", 2021, None),
        ("Löftet tecknades för tiden fram till den 31 december 2022.", 2022, None),
        # What came before the signing.
        ("Löftet undertecknades efter dialogen den 12 mars.", 2022, None),
        # A signing with no time at all.
        ("Löftet har undertecknats av A och B.", 2021, None),
        # Relative days with no page date to count from.
        ("I går skrev A och B under löftet.", 2021, None),
        # A week that straddles two months names no month.
        ("A och B signerade löftet förra veckan.", None, "2023-03-06"),
        # The signing of another document the pledge is part of.
        ("I november 2018 tecknades en ny samverkansöverenskommelse mellan A och B.", 2019, None),
    ],
)
def test_no_signing_date_from_other_times(sentence, year, page):
    page_day = datetime.date.fromisoformat(page) if page else None
    assert parse_signing_clause(sentence, year, page_day) is None


def test_the_nearest_adverbial_in_the_verbs_own_clause():
    sentence = "Den 12 oktober hölls en dialog, och löftet undertecknades den 3 november 2021."
    assert parse_signing_clause(sentence, 2022)[0] == "2021-11-03"


@pytest.mark.parametrize(
    "line, day",
    [
        ("Publicerad 3 maj 2021", datetime.date(2021, 5, 3)),
        ("Artikeln publicerades 6 mars 2023", datetime.date(2023, 3, 6)),
        ("14 mars 2022, kl. 10:12 - Kommun & politik", datetime.date(2022, 3, 14)),
        ("2022-05-18", datetime.date(2022, 5, 18)),
        ("3 maj 2021 hölls ett möte", None),
    ],
)
def test_the_pages_own_date(line, day):
    assert parse_page_day(line) == day


def test_a_place_and_an_ordinal_day_over_the_signatures():
    assert parse_place_and_date("Exempelby den 3:e april 2023") == (
        "Exempelby",
        datetime.date(2023, 4, 3),
    )


def test_a_weekday_date_in_december_without_a_year_is_the_year_before_the_pledges():
    page = (
        "Medborgarlöfte undertecknat\n\n"
        "Exempelby kommun och Polisen undertecknade fredagen 15 december medborgarlöfte för "
        "2024. Löftet bygger på dialog med invånarna.\n\n"
        "Under 2024 ska polisen och kommunen:\n- genomföra fyra trygghetsvandringar\n"
    )
    assert signed(page) == "2023-12-15"


def test_a_page_read_from_its_signing_clause():
    page = (
        "14 mars 2022, kl. 10:12 - Kommun & politik\n\n"
        "Anna Ek, kommunstyrelsens ordförande, och lokalpolisområdeschefen Olof Strand "
        "signerade medborgarlöftena i veckan.\n\n"
        "Exempelby kommun har tillsammans med Polisen signerat medborgarlöften för 2022–2023.\n\n"
        "• Polisen ska vara synlig i centrum på helgkvällar.\n"
    )
    found = read(page).signed_on
    assert found.value == "2022-03"
    assert found.sure is False


def test_a_published_page_without_a_signing_sentence_has_no_signing_date():
    page = (
        "Publicerad 3 maj 2021\n\nMedborgarlöften 2021 för Exempelby\n\n"
        "Trygghetsmätningen genomfördes den 4 mars 2020.\n\n"
        "Löftet har undertecknats av kommunalrådet Eva Ny och lokalpolisområdeschefen Nils Berg."
        "\n\n• Polisen ska öka närvaron vid skolorna.\n"
    )
    assert signed(page) is None
