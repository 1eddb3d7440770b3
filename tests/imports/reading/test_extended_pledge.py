"""A page that extends an earlier pledge and tells that pledge's promises in the past: what was
promised then is promised again."""

from imports.documents.reading.prose import EXTENDS_PLEDGE, PAST_PROMISE, PLEDGE_WAS
from tests.imports.reading.reading import promises_of


def test_the_shapes():
    assert EXTENDS_PLEDGE.search("Vi har beslutat att förlänga förra årets medborgarlöfte.")
    assert EXTENDS_PLEDGE.search("Medborgarlöftet från 2029 förlängs till och med 2031.")
    assert PLEDGE_WAS.match("Löftet för 2029–2030 var att polisen skulle patrullera i byarna.")
    assert PAST_PROMISE.match("Kommunen skulle också sätta upp belysning vid skolan.")
    assert not PAST_PROMISE.match("Kommunen skulle kunna göra mer, menade många.")


def test_an_extended_pledge_told_in_the_past():
    document = (
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöftet från 2029 var att kommunen skulle rusta upp belysningen i "
        "Luossavaara. Polisen skulle också besöka alla högstadieskolor varje termin.\n\n"
        "Eftersom arbetet inte är klart förlängs medborgarlöftet från 2029 till och med 2031.\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["kommunen", "polisen"]


def test_the_past_alone_is_no_promise():
    document = (
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöftet från 2029 var att kommunen skulle rusta upp belysningen i "
        "Luossavaara. Polisen skulle också besöka alla högstadieskolor varje termin.\n\n"
        "Nu tar polisen och kommunen fram en ny lägesbild.\n"
    )
    assert promises_of(document) == []
