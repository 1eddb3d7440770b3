"""Promises told as what a promise is: "Ett av löftena är att …", "Att … är ett av
medborgarlöftena"; the subject is the promise itself and the infinitive after "är att" the
deed."""

import pytest

from imports.documents.reading.structure import att_clauses, promise_is_deed, promise_owner
from tests.imports.reading.reading import promises_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Ytterligare ett löfte är att hålla öppet hus på polisstationen varje vår.",
        "Kommunens största löfte blir att anställa två fältassistenter.",
        "Årets första medborgarlöfte är att ge alla skolor en kontaktpolis.",
        "Att tända belysningen i tunneln är också ett av medborgarlöftena.",
        "En första del av årets löfte är att starta en föräldragrupp i varje skola.",
    ],
)
def test_a_promise_said_to_be_a_deed(sentence):
    assert promise_is_deed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Syftet med löftet är att ge invånarna en tryggare vardag.",
        "Tanken bakom löftena är att samla alla goda krafter.",
        "Medborgarlöftet är att betrakta som en avsiktsförklaring.",
        "Löftet är att polisen ska synas mer.",
        "Det andra löftet är att öka tryggheten på torget.",
        "Målet med medborgarlöftet är att färre ska utsättas för brott.",
        "En stor del av arbetet med löftet är att samla in synpunkter.",
    ],
)
def test_no_deed_named_as_the_promise(sentence):
    assert not promise_is_deed(sentence)


def test_the_owner_in_the_genitive():
    assert promise_owner("Ett av kommunens löften är att rusta upp lekplatsen.") == "kommunen"
    assert promise_owner("Ett av löftena är att rusta upp lekplatsen.") == ""


def test_deeds_joined_with_och_att_are_split_but_an_aim_stays():
    parts = att_clauses("Två av löftena är att måla om tunneln och att laga lamporna vid torget.")
    assert parts == ["Två av löftena är att måla om tunneln", "att laga lamporna vid torget."]
    one = att_clauses("Årets nya löfte är att bjuda in till dialog samt att minska oron i centrum.")
    assert len(one) == 1


def test_a_news_item_that_names_its_promises_as_deeds():
    document = (
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett nytt medborgarlöfte för 2031.\n\n"
        "Ett av polisens löften är att hålla mobila poliskontor i byarna varje månad. "
        "Ytterligare ett löfte är att bjuda in till två medborgardialoger under hösten.\n\n"
        "Syftet med löftet är att ge invånarna en tryggare vardag.\n"
    )
    found = promises_of(document)
    assert [t.split()[0:4] for _, t in found] == [
        ["Ett", "av", "polisens", "löften"],
        ["Ytterligare", "ett", "löfte", "är"],
    ]
    assert found[0][0] == "polisen"


def test_another_promise_is_the_same_sides():
    document = (
        "Medborgarlöfte för Kiruna 2031\n\n"
        "Medborgarlöfte\n\n"
        "Kommunen lovar att rusta upp lekplatsen i Luossavaara.\n\n"
        "Ett av polisens löften är att besöka varje skola två gånger per termin. Ett annat "
        "löfte är att hålla öppet hus i byarna.\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["kommunen", "polisen", "polisen"]
