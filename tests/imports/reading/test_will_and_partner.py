"""Promises in running text with "kommer" and no "att" before a partner phrase, a fronted
adverb of consequence, and a deed with an aim joined after it."""

import pytest

from imports.documents.reading.parties import INVERTED, PROMISE_START
from imports.documents.reading.sentences import deed_then_aim
from tests.imports.reading.reading import promises_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen kommer tillsammans med idrottsföreningarna starta en sommarskola.",
        "Vi kommer även i samverkan med Kirunabostäder (och skolan) bjuda in till möten.",
    ],
)
def test_will_with_a_partner_and_a_bare_infinitive(sentence):
    assert PROMISE_START.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen kommer tillsammans med polisen fram till vilka platser som ska åtgärdas.",
        "Vi kommer tillsammans med andra aktörer.",
        "Kommunen kommer tillsammans med polisen överens om nya mål.",
    ],
)
def test_no_infinitive_after_the_partner(sentence):
    assert not PROMISE_START.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Följaktligen ska polisen göra fler kontroller vid skolorna.",
        "Således kommer kommunen att anställa två fältsekreterare.",
    ],
)
def test_an_adverb_of_consequence_before_the_verb(sentence):
    assert INVERTED.match(sentence)


def test_a_deed_then_an_aim():
    assert deed_then_aim(
        "Kommunen ska rusta upp lekplatsen och tillsammans arbeta för en tryggare park."
    )
    assert not deed_then_aim("Kommunen ska arbeta för en tryggare park.")
    assert not deed_then_aim("Kommunen ska arbeta för en tryggare park och ökad trivsel.")


def test_a_news_item_with_a_deed_and_an_aim():
    document = (
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett medborgarlöfte för 2031.\n\n"
        "Invånarna saknar vuxna ute på kvällarna. Därmed kommer kommunen tillsammans med "
        "Kirunabostäder stötta nya nattvandrargrupper och gemensamt arbeta för fler trygga "
        "vuxna i centrum.\n"
    )
    found = promises_of(document)
    assert len(found) == 1
    assert found[0][1].startswith("Därmed kommer kommunen")
    assert found[0][0] == "kommunen"
