"""Quotes in news items about a pledge: a dash-led paragraph in which someone speaks (with or
without "säger"), a quote over several lines with its speaker at the end, a short paragraph
handing the word to someone, the pledge's own words quoted ("I löftet står: ”…”"), and a
"samt" sentence that goes on with the deed before it."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.prose import _told_clause
from imports.documents.reading.sentences import SPEAKER_INTRO, SPOKEN, said_in_first_sentence

GAZETTEER = Gazetteer([("9901", "Älvnäs")], [])


def _promises(document):
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    return [(a.responsible, a.text) for a in extraction.actions]


@pytest.mark.parametrize(
    "paragraph",
    ["Anna Berg kommenterar,", "Kommunchef Bo Sahl är mycket nöjd:", "Så här säger Per Ek:"],
)
def test_a_paragraph_handing_the_word_to_someone(paragraph):
    assert SPEAKER_INTRO.match(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    ["Kommunen lovar att:", "Polisen ska göra följande,", "Det här säger löftet om trafiken."],
)
def test_a_lead_in_hands_the_word_to_nobody(paragraph):
    assert not SPEAKER_INTRO.match(paragraph)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jag tror mycket på samarbetet.",
        "Det känns bra att vara igång.",
        "Vi ser verkligen fram emot hösten.",
        "Vi är väldigt stolta över löftet.",
    ],
)
def test_someone_speaking(sentence):
    assert SPOKEN.search(sentence)


def test_a_quote_names_its_speaker_on_a_later_line():
    assert said_in_first_sentence("Vi ska lyssna,\nsäger kommunpolis Lisa Ek.")
    assert not said_in_first_sentence("Polisen ska öka närvaron. – Bra, säger Lisa Ek.")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("I löftet står: ”Polisen ska besöka skolorna.”", "Polisen ska besöka skolorna."),
        ("Löftet lyder: Kommunen ska röja sly.", "Kommunen ska röja sly."),
        ("I medborgarlöftet står det att kommunen ska röja sly.", "kommunen ska röja sly."),
        ("Polisen ska besöka skolorna.", "Polisen ska besöka skolorna."),
    ],
)
def test_the_pledge_quoted_gives_its_clause(sentence, clause):
    assert _told_clause(sentence) == clause


def test_a_dash_paragraph_after_a_speaker_is_no_list_of_promises():
    document = (
        "Älvnäs kommun tecknar medborgarlöfte med polisen\n\n"
        "I medborgarlöftet lovar polisen att vara på plats i Norrby varannan fredag.\n\n"
        "Kommunen ska tillsammans med polisen genomföra två trygghetsvandringar.\n\n"
        "Anna Berg kommenterar,\n\n"
        "- Det är roligt att vi nu tar nästa steg tillsammans med polisen.\n\n"
        "- Vandringarna kommer att lyfta frågorna, vi vill fortsätta arbetet.\n"
    )
    found = _promises(document)
    assert [r for r, _ in found] == ["polisen", "kommunen"]
    assert found[1][1].startswith("Kommunen ska tillsammans")


def test_a_dash_paragraph_in_the_first_person_is_a_quote():
    document = (
        "Medborgarlöfte Älvnäs 2026\n\n"
        "Älvnäs kommun och polisen har undertecknat ett nytt löfte.\n\n"
        "Polisen ska besöka samtliga skolor två gånger per termin.\n\n"
        "Kommunen ska se över belysningen på skolvägarna.\n\n"
        "- Jag tror på samarbetet och vi kommer att följa upp det noga.\n"
    )
    assert [r for r, _ in _promises(document)] == ["polisen", "kommunen"]


def test_a_quote_over_several_lines_is_no_promise():
    document = (
        "Trygghetslöfte i Älvnäs\n\n"
        "Älvnäs kommun och polisen tar gemensamt ansvar för tryggheten.\n\n"
        "– Vi kommer att arbeta hårt med det här,\n"
        "och vi ska lyssna på invånarna,\n"
        "säger kommunpolis Lisa Ek.\n\n"
        "Polisen lovar att genomföra riktade insatser mot narkotika.\n\n"
        "Kommunen lovar att anordna en medborgardialog under våren.\n"
    )
    assert [r for r, _ in _promises(document)] == ["polisen", "kommunen"]


def test_the_pledge_quoted_is_a_promise():
    document = (
        "Medborgarlöfte i Älvnäs\n\n"
        "Älvnäs kommun och polisen har tecknat ett medborgarlöfte.\n\n"
        "I löftet står: ”Polisen ska genomföra sex trafikkontroller vid hamnen.”\n\n"
        "Kommunen ska också sätta upp fler papperskorgar vid badplatsen.\n\n"
        "– Det är ett bra löfte, säger kommunalrådet Maria Lind.\n"
    )
    assert _promises(document) == [
        ("polisen", "Polisen ska genomföra sex trafikkontroller vid hamnen."),
        ("kommunen", "Kommunen ska också sätta upp fler papperskorgar vid badplatsen."),
    ]


def test_samt_goes_on_with_the_deed_before():
    document = (
        "Medborgarlöfte i Älvnäs\n\n"
        "Älvnäs kommun och polisen har tecknat ett medborgarlöfte.\n\n"
        "Tillsammans med kommunen ska polisen fortsätta med trygghetsvandringar. "
        "Samt genomföra en medborgardialog i Norrby.\n"
    )
    found = _promises(document)
    assert [r for r, _ in found] == ["polisen", "polisen"]
    assert found[1][1].startswith("Samt genomföra")


def test_a_sentence_ending_inside_quotation_marks_is_no_heading():
    from imports.documents.reading.structure import Block, is_heading

    assert not is_heading(Block(1, ["Han sa: ”Vi kommer.”"]))
    assert is_heading(Block(1, ["Trafik och trygghet"]))


_BASE = (
    "Medborgarlöfte i Älvnäs\n\n"
    "Älvnäs kommun och polisen har tecknat ett medborgarlöfte.\n\n"
    "Kommunen ska sätta upp fler papperskorgar vid badplatsen.\n\n"
)


def test_a_dash_quote_whose_speaker_comes_in_the_next_paragraph():
    document = _BASE + (
        "– Vi kommer att vara ute mer på kvällarna.\n\n"
        "Vi ska också besöka skolorna, säger Per Ek.\n"
    )
    assert [r for r, _ in _promises(document)] == ["kommunen"]


def test_reported_speech_after_enligt_and_a_name_is_no_promise():
    document = _BASE + "Enligt kommunpolisen Per Ek kommer polisen att vara mer synlig.\n"
    assert [r for r, _ in _promises(document)] == ["kommunen"]


def test_enligt_the_pledge_is_still_a_promise():
    document = _BASE + "Enligt löftet kommer polisen att vara mer synlig i hamnen.\n"
    assert [r for r, _ in _promises(document)] == ["kommunen", "polisen"]


def test_the_pledge_quoted_in_the_paragraph_below_its_lead():
    document = _BASE + "Löftet lyder:\n\n”Polisen ska genomföra trafikkontroller vid hamnen.”\n"
    assert _promises(document)[1] == (
        "polisen",
        "Polisen ska genomföra trafikkontroller vid hamnen.",
    )
