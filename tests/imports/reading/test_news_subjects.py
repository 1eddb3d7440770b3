"""Subjects in news items that stand for the sides without naming them as such: people who
represent a side, and the sides' working together going on."""

import pytest

from imports.documents.reading.parties import INVERTED, UNNAMED_SUBJECT, parse_responsible
from imports.documents.reading.prose import COOPERATION_GOES_ON
from tests.imports.reading.reading import promises_of


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Varje vår ska företrädare från polisen delta i föräldramöten.", "polisen"),
        ("I höst kommer representanter för kommunen och polisen hålla öppet hus.", "gemensamt"),
    ],
)
def test_representatives_of_a_side_after_the_verb(sentence, side):
    assert INVERTED.match(sentence)
    assert parse_responsible(sentence)[0] == side


def test_representatives_of_others_are_no_side():
    assert not INVERTED.match("Under hösten ska representanter för föreningarna träffas.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Samarbetet mellan fältgruppen och närpoliserna fördjupas under året.",
        "Den lokala samverkan mellan polis och kommun kring skolorna breddas.",
    ],
)
def test_cooperation_that_goes_on(sentence):
    assert COOPERATION_GOES_ON.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Samarbetet mellan polis och kommun fungerar bra.",
        "Samverkan mellan polis och kommun har pågått sedan 2015.",
    ],
)
def test_cooperation_described_is_no_deed(sentence):
    assert not COOPERATION_GOES_ON.match(sentence)


def test_a_news_item_with_cooperation_going_on():
    document = (
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Kiruna kommun och polisen har kommit överens om ett nytt medborgarlöfte.\n\n"
        "I höst kommer representanter för kommunen och polisen hålla öppet hus i byarna. "
        "Samarbetet mellan fältgruppen och närpoliserna fördjupas.\n\n"
        "Samarbetet mellan polis och kommun fungerar bra, säger kommunalrådet.\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["gemensamt", "gemensamt"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Varje termin ska minst tre föräldramöten riktade till nyanlända familjer hållas.",
        "Under våren kommer två kvällsvandringar utmed ån och genom parken att genomföras.",
    ],
)
def test_a_passive_whose_subject_carries_a_phrase_after_its_noun(sentence):
    assert UNNAMED_SUBJECT.match(sentence)


def test_a_passive_of_the_pledges_own_follow_up_is_no_deed():
    assert not UNNAMED_SUBJECT.match(
        "Varje år ska resultaten av alla insatser mot ungdomar och droger följas upp."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I Exempelby kommun kommer det under hösten att finnas en fältgrupp ute på kvällarna.",
        "I Norrby stad ska det under 2031 anordnas fyra trygghetsvandringar.",
    ],
)
def test_the_municipality_as_the_place_before_an_existential_det(sentence):
    from imports.documents.reading.structure import _starts_promise

    assert _starts_promise(sentence)


def test_the_municipality_as_the_place_and_no_deed():
    from imports.documents.reading.structure import _starts_promise

    assert not _starts_promise("I Exempelby kommun kommer det att bli svårt att hitta personal.")
