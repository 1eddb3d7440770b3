"""An aim whose means are told in the next sentence, pointing back to it, is a deed, not the
lead-in of the list below it."""

from imports.documents.reading.sentences import means_in_next_sentence
from tests.imports.reading.reading import promises_of


def test_the_means_in_the_next_sentence():
    assert means_in_next_sentence(
        "Kommunen ska arbeta för fler vuxna ute. Det sker genom att vi anställer nattvärdar."
    )
    assert means_in_next_sentence(
        "Polisen ska verka för färre inbrott. Vilket görs främst genom att grannsamverkan växer."
    )
    assert not means_in_next_sentence("Kommunen ska arbeta för fler vuxna ute på kvällarna.")


def test_an_aim_with_its_means_over_a_list_is_a_promise_too():
    document = (
        "Medborgarlöfte Kiruna 2031\n\n"
        "Det här gör vi\n\n"
        "Kommunen ska arbeta för fler vuxna ute på kvällarna. Det sker genom att vi anställer "
        "två nattvärdar.\n\n"
        "  • Polisen ska patrullera vid busstorget varje fredag och lördag kväll\n"
        "  • Kommunen ska tända belysningen i gångtunneln vid stationen\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["kommunen", "polisen", "kommunen"]


def test_an_aim_alone_over_a_list_stays_its_lead_in():
    document = (
        "Medborgarlöfte Kiruna 2031\n\n"
        "Det här gör vi\n\n"
        "Kommunen och polisen ska arbeta för fler vuxna ute på kvällarna.\n\n"
        "  • Polisen ska patrullera vid busstorget varje fredag och lördag kväll\n"
        "  • Kommunen ska tända belysningen i gångtunneln vid stationen\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "kommunen"]
