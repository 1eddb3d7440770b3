"""Shapes of pledge pages the reader first met on unseen pages: which paragraphs and sentences
are promises. The texts are made up."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.sentences import is_deed

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


# A news item that tells what a side will do inside an "att" clause after a verb of containing or
# telling ("Avtalet omfattar att kommunen ska …", "X förklarar att polisen också ska …").


def test_side_deed_in_a_content_clause_is_a_promise():
    found = read(
        "Nytt avtal om trygghet i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett nytt medborgarlöfte för 2025.\n\n"
        "Bakom löftet ligger en enkät som över tusen invånare svarade på förra hösten.\n\n"
        "Kommunchefen Eva Lind förklarar att kommunen under året också ska anställa två "
        "fältassistenter som rör sig i centrum på kvällarna.\n\n"
        "Den nya delen omfattar att polisen ska hålla öppet på stationen varje lördag.\n"
    ).actions
    assert [(a.text[:25], a.responsible) for a in found] == [
        ("Kommunchefen Eva Lind för", "kommunen"),
        ("Den nya delen omfattar at", "polisen"),
    ]


def test_content_clause_without_a_side_as_subject_is_no_promise():
    # Decoy: the clause's subject is no side, and nothing will be done by anyone named.
    found = promises(
        "Nytt avtal om trygghet i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under ett nytt medborgarlöfte för 2025.\n\n"
        "Enkäten innebär att invånarna ska kunna tycka till om sin stadsdel varje år.\n"
    )
    assert found == []


# Running text whose only pledging sentence is an aim, with no list, lead-in or deed on the page
# that carries it out: the aim is the promise.


def test_aim_alone_in_a_news_item_is_the_promise():
    found = promises(
        "Förlängt löfte i Kiruna\n\n"
        "Kiruna kommun och polisen förlänger sitt medborgarlöfte med ett år.\n\n"
        "Nytt är att kommunen tillsammans med polisen ska arbeta för att minska "
        "nedskräpningen vid badplatserna.\n\n"
        "Löftet följs upp vid årets slut.\n"
    )
    assert found == [
        "Nytt är att kommunen tillsammans med polisen ska arbeta för att minska "
        "nedskräpningen vid badplatserna."
    ]


def test_aim_over_a_lead_in_or_a_focus_is_not_the_promise():
    # Decoys: the means follow under a lead-in (cut off where the page ends), and a focus.
    assert (
        promises(
            "Förlängt löfte i Kiruna\n\n"
            "Kiruna kommun och polisen förlänger sitt medborgarlöfte med ett år.\n\n"
            "Polisen och kommunen lovar att arbeta för att minska nedskräpningen vid "
            "badplatserna.\n\n"
            "Detta ska ske genom följande:\n"
        )
        == []
    )
    assert (
        promises(
            "Förlängt löfte i Kiruna\n\n"
            "Kiruna kommun och polisen förlänger sitt medborgarlöfte med ett år.\n\n"
            "Under året kommer polisen och kommunen att fokusera på nedskräpningen vid "
            "badplatserna.\n"
        )
        == []
    )
