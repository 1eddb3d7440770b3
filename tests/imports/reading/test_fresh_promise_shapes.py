"""Shapes of pledge pages the reader first met on unseen pages: which paragraphs and sentences
are promises. The texts are made up."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.promises import is_deed

GAZETTEER = Gazetteer([("2584", "Kiruna"), ("1480", "Göteborg")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def promises(document):
    return [action.text for action in read(document).actions]


# A topic heading over a paragraph in which a side perceives or reports something: the situation
# of that topic, not a promise.


def test_a_side_perceiving_is_no_deed():
    assert not is_deed("Kommunen märker en tydlig ökning av nedskräpning i hamnen.")
    assert not is_deed("Polisen bedömer att langningen har flyttat till helgerna.")
    assert not is_deed("Kommunen uppger att vandaliseringen kostar mycket varje år.")
    # Decoys: a side doing something, also with "ser till".
    assert is_deed("Kommunen ser till att belysningen lagas inom en vecka.")
    assert is_deed("Polisen genomför fler kontroller vid hamnen.")


def test_situation_paragraph_under_a_topic_heading_is_not_a_promise():
    found = promises(
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöfte 2025-2026\n\n"
        "Nedskräpning\n\n"
        "Kommunen märker att skräpet i hamnen har blivit fler klagomål värt. Det drar till sig "
        "fler problem.\n\n"
        "Polisen och kommunen lovar:\n\n"
        " • Kommunen tömmer papperskorgarna i hamnen två gånger per dag.\n"
        " • Polisen gör fotpatruller i hamnen varje fredag.\n\n"
        "Langning\n\n"
        "Polisen bedömer att langningen till unga har ökat. Den sker mest på helger.\n\n"
        "Polisen och kommunen lovar:\n\n"
        " • Polisen kontrollerar bilar vid skolorna under helgerna.\n"
    )
    assert found == [
        "Kommunen tömmer papperskorgarna i hamnen två gånger per dag.",
        "Polisen gör fotpatruller i hamnen varje fredag.",
        "Polisen kontrollerar bilar vid skolorna under helgerna.",
    ]
