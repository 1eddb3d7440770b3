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


# A sentence in which the givers only work toward the pledge's own goal (more safety, less
# crime) is the aim: not a promise when the promises follow further down the page, nor beside a
# deed in the same paragraph.


def test_goal_at_the_top_with_the_promises_further_down_is_no_promise():
    found = promises(
        "Till innehållet\n\n"
        "Medborgarlöftet för Kiruna\n\n"
        "Polisen och Kiruna kommun ska under 2025 gemensamt arbeta med insatser som bidrar "
        "till att minska brottsligheten i hela kommunen.\n\n"
        "Lokala löften utgår från dialoger med invånarna. Löftet är en del av det arbete som "
        "polis och kommun gemensamt ansvarar för.\n\n"
        "Så här gör vi\n\n"
        "Polis och kommun kommer under året att göra följande:\n\n"
        "  • Polisen ska hålla öppet hus på stationen en gång i månaden.\n"
        "  • Kommunen ska rusta upp belysningen i gångtunnlarna.\n"
    )
    assert found == [
        "Polisen ska hålla öppet hus på stationen en gång i månaden.",
        "Kommunen ska rusta upp belysningen i gångtunnlarna.",
    ]


def test_goal_beside_a_deed_in_one_paragraph_leaves_the_deed():
    found = promises(
        "Nytt löfte för Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett nytt löfte för 2025.\n\n"
        "Medborgarlöftet\n\n"
        "Kommunen och polisen kommer att fortsätta att arbeta målmedvetet ihop för att öka "
        "tryggheten i centrum. I vår kommer det att hållas fyra möten med föreningarna i "
        "centrum.\n"
    )
    assert found == ["I vår kommer det att hållas fyra möten med föreningarna i centrum."]


def test_goal_with_its_means_in_the_sentence_is_a_promise():
    # Decoy: the sentence names how ("genom att …"), so it is a deed.
    found = promises(
        "Nytt löfte för Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett nytt löfte för 2025.\n\n"
        "Medborgarlöftet\n\n"
        "Kommunen och polisen ska arbeta för att öka tryggheten genom att hålla tre "
        "trygghetsvandringar. I vår kommer det att hållas fyra möten med föreningarna.\n"
    )
    assert len(found) == 2
