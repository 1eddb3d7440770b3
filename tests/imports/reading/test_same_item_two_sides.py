"""The same item in two lists, each under a lead-in naming another side, is a promise of each
side; the same sentence set twice for one side stays one promise."""

from tests.imports.reading.reading import promises_of


def test_one_item_under_each_side():
    document = (
        "Medborgarlöfte Kiruna 2031\n\n"
        "Polisen lovar att:\n\n"
        "  • delta i arbetsgruppen för unga i riskzonen\n"
        "  • göra tio trafikkontroller vid skolorna\n\n"
        "Kommunen lovar att:\n\n"
        "  • delta i arbetsgruppen för unga i riskzonen\n"
        "  • röja sly längs gångvägen till stationen\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "polisen", "kommunen", "kommunen"]


def test_one_side_twice_is_one_promise():
    document = (
        "Medborgarlöfte Kiruna 2031\n\n"
        "Polisen lovar att:\n\n"
        "  • patrullera vid busstorget och stationen varje fredag\n\n"
        "Polisen lovar också att:\n\n"
        "  • patrullera vid busstorget och stationen varje fredag\n"
        "  • besöka skolorna\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "polisen"]
