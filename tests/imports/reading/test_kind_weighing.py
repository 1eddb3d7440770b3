"""The kind of a page weighed as a whole: a page that gives promises for now or later is a
pledge even when its background, or last period's report beside it, is told in the past tense;
a page whose promises are only told in the past, with what was done, is a follow-up."""

import importlib.util
from pathlib import Path

import pytest

from imports.documents import followup, text
from imports.documents.reading import kind
from imports.documents.reading.structure import blocks_of, is_heading


def _blocks(written):
    return blocks_of(text.clean(written))


def _kind(written):
    """The importer's decision: either reader saying follow-up makes it one."""
    if kind.read_kind(_blocks(written), is_heading).value == "followup":
        return "followup"
    return "followup" if followup.is_followup(written)[0] else "pledge"


def _earlier(written):
    blocks = _blocks(written)
    return [blocks[i].text[:30].strip() for i in sorted(kind.earlier_blocks(blocks, is_heading))]


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Polisen lovar att synas i parken.", True),
        ("Under 2026 ska polisen göra 20 kontroller.", True),
        ("Kommunen kommer att sätta upp belysning.", True),
        ("Polisen och Dalby kommun åtar sig att:", True),
        ("Polisen lovade att synas i parken.", False),
        ("Kommunen skulle sätta upp belysning.", False),
        ("Vad ska kommunen göra?", False),
        ("Trafiken är ett problem i centrum.", False),
    ],
)
def test_a_promise_for_now_or_later_is_a_giver_with_a_verb_of_commitment(sentence, gives):
    assert kind.commitment(_blocks(sentence)[0]) is gives


def test_past_tense_situation_above_the_promises_is_background():
    written = (
        "Medborgarlöfte 2025 för Dalby\n\n"
        "Under 2024 genomförde polisen 40 trafikkontroller.\n\n"
        "Polisen lovar att:\n\n• göra 50 trafikkontroller"
    )
    assert _earlier(written) == ["Under 2024 genomförde polisen"]


def test_a_heading_naming_an_earlier_year_marks_what_stands_under_it():
    written = (
        "Medborgarlöfte 2026\n\nPolisen ska göra 30 kontroller.\n\n"
        "Uppföljning av löftet 2025\n\nPolisen gjorde 28 kontroller.\n\nKommunen höll 3 möten."
    )
    assert _earlier(written) == [
        "Uppföljning av löftet 2025",
        "Polisen gjorde 28 kontroller.",
        "Kommunen höll 3 möten.",
    ]


def test_a_question_heading_about_last_year_marks_what_stands_under_it():
    written = (
        "Polisen kommer att:\n\n• synas i parken\n\n"
        "Hur gick det med förra årets löfte?\n\nTolv vandringar hölls."
    )
    assert _earlier(written) == ["Hur gick det med förra årets l", "Tolv vandringar hölls."]


def test_a_page_that_gives_no_promise_has_no_earlier_part():
    written = "Under 2024 genomförde polisen 40 kontroller.\n\nKommunen höll tre möten."
    assert _earlier(written) == []


def test_a_report_told_after_the_promises_of_the_same_year_is_not_earlier():
    written = (
        "Lägesrapport 2024\n\nLöfte 1: Polisen ska göra 20 kontroller.\n\n"
        "Hittills har 11 kontroller genomförts."
    )
    assert _earlier(written) == []


def test_a_report_title_beside_another_is_a_list_of_links_not_the_page_title():
    written = (
        "Dalby – medborgarlöften\n\n"
        "Återkoppling på arbetet med medborgarlöftena för år 2019\n(uppdaterad 2020-01-28)\n\n"
        "Uppföljning av medborgarlöftena i Dalby maj-augusti 2019\n\n"
        "Inledning\n\nPolisen och kommunen ska samverka för att öka tryggheten."
    )
    assert kind.read_kind(_blocks(written), is_heading).value == "pledge"


def test_a_report_title_alone_still_makes_a_follow_up():
    written = "Uppföljning av medborgarlöftena i Dalby maj-augusti 2019\n\nInledning\n\nText."
    assert kind.read_kind(_blocks(written), is_heading).value == "followup"


def test_a_sentence_mentioning_a_report_is_no_report_title():
    written = (
        "Medborgarlöfte Dalby 2025–2026\n\n"
        "Läs lägesrapporten för 2024 på kommunens webbplats. Där syns vad som gjordes.\n\n"
        "Polisen ska:\n\n- göra 40 trafikkontroller\n- informera om inbrott"
    )
    assert _kind(written) == "pledge"


def test_promises_told_only_in_the_past_with_deeds_make_a_follow_up():
    written = (
        "Medborgarlöftet i Dalby 2024 – vad blev gjort?\n\n"
        "Polisen lovade att genomföra 20 trafikkontroller. 24 trafikkontroller genomfördes.\n\n"
        "Kommunen skulle anordna två trygghetsvandringar. Båda hölls i oktober."
    )
    assert _kind(written) == "followup"


def test_last_years_duty_told_as_background_makes_no_follow_up():
    written = (
        "Medborgarlöfte Dalby\n\n"
        "Förra året skulle kommunen anordna fyra trygghetsvandringar. Fem hölls.\n\n"
        "I år ska polisen göra 30 kontroller och kommunen ordna två möten."
    )
    assert _kind(written) == "pledge"


# Set A: made-up pages written before the rules (pledges with past-tense backgrounds, news of
# last year's results beside new promises, follow-ups with and without a report title).
SET_A = Path(__file__).with_name("kind_pages.py")
_spec = importlib.util.spec_from_file_location("kind_pages", SET_A)
_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pages)


@pytest.mark.parametrize(("name", "expected", "written"), _pages.TEXTS, ids=lambda v: v[:30])
def test_made_up_pages(name, expected, written):
    assert _kind(written) == expected, name


def test_one_closing_sentence_of_promise_after_a_report_is_its_outlook():
    written = (
        "Polis och kommun höll vad de lovade i Dalby\n\n"
        "Under 2024 genomförde polisen 62 trafikkontroller, fler än de 50 som var utlovade. "
        "Kommunen har anordnat fem trygghetsvandringar.\n\n"
        "Löftet är genomfört, säger kommunpolisen.\n\n"
        "Under 2025 kommer polisen att genomföra fler kontroller vid skolorna."
    )
    assert _earlier(written) == []
    assert _kind(written) == "followup"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under 2025 kommer polisen att fortsätta med kontrollerna.",
        "Kommunen ska fortsätta vandringarna.",
    ],
)
def test_that_the_work_goes_on_gives_no_promise(sentence):
    assert not kind.commitment(_blocks(sentence)[0])
