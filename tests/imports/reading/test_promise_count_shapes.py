"""Shapes that made the promise reader count too many promises: names of areas, aims over a
means line, results under the template heading, the period and page leftovers among the
promises, and the same item promised by each side."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.lists import not_a_promise
from imports.documents.reading.municipalities import Gazetteer

GAZETTEER = Gazetteer([("2584", "Kiruna"), ("1480", "Göteborg")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def texts(document):
    return [action.text for action in read(document).actions]


# A numbered area name over a paragraph of the situation -----------------------------------


def test_a_numbered_area_over_its_situation_is_no_promise():
    assert (
        texts(
            "Kiruna\n\nMedborgarlöften – prioriterade områden\n\n1. Inbrott\n\n"
            "Inbrotten i fritidshus har ökat och boende upplever oro på vintern."
        )
        == []
    )
    assert texts(
        "Kiruna\n\nMedborgarlöften – våra områden\n\n2) Buskörning\n\n"
        "Buskörningen i centrum är ett stort problem för de boende.\n\n"
        "Polisen lovar att:\n\n• Genomföra trafikkontroller varje helg."
    ) == ["Genomföra trafikkontroller varje helg."]


def test_a_numbered_item_over_a_paragraph_of_deeds_is_not_taken_for_an_area():
    # Decoy: the paragraph under the numbered name tells what is done, not the situation.
    found = texts(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n1. Trygghetsvandringar\n\n"
        "Polisen ska genomföra fyra trygghetsvandringar under året."
    )
    assert found and found[0].startswith("Trygghetsvandringar")


# An aim over a means line set without its colon --------------------------------------------


def test_an_aim_over_a_means_line_without_colon_is_no_promise():
    assert texts(
        "Medborgarlöfte Kiruna 2024\n\n• Arbeta aktivt mot skadegörelse i skolorna.\n\n"
        "Detta når vi genom följande insatser\n\n"
        "• Polisen ska besöka skolorna varje månad.\n• Kommunen ska sanera klotter inom ett dygn."
    ) == ["Polisen ska besöka skolorna varje månad.", "Kommunen ska sanera klotter inom ett dygn."]
    assert texts(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen och kommunen kommer gemensamt att arbeta för en lugnare trafik i byarna.\n\n"
        "Följande åtgärder ska vidtas för att sänka hastigheterna\n\n"
        "• Polisen ska göra hastighetskontroller.\n• Kommunen ska bygga farthinder."
    ) == ["Polisen ska göra hastighetskontroller.", "Kommunen ska bygga farthinder."]


def test_an_aim_with_no_means_line_below_stays_a_promise():
    # Decoy: a heading that names no means stands between the aim and the next list.
    found = texts(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n"
        "• Arbeta aktivt mot skadegörelse i skolorna.\n\nKontakt\n\n• Ring 114 14."
    )
    assert found == ["Arbeta aktivt mot skadegörelse i skolorna."]


# Results under "Det här ska vi åstadkomma tillsammans" after the deeds ------------------------


TEMPLATE = (
    "Medborgarlöfte Kiruna 2024\n\nDet här ska vi göra\n\n"
    "Polisen ska genomföra trafikkontroller vid skolorna varje vecka.\n\n"
    "Kommunen ska sätta upp belysning i parken.\n\n"
    "Det här ska vi åstadkomma tillsammans\n\n{}\n\nFölj med i hur det går!"
)


def test_what_we_bring_about_under_the_achieve_heading_is_no_promise():
    for result in (
        "Vi ska fördjupa dialogen med föreningslivet om trafiken.",
        "Vi ska bygga vidare på samarbetet kring ungdomarna i centrum.",
    ):
        assert len(read(TEMPLATE.format(result)).actions) == 2


def test_a_deed_naming_its_sides_under_the_achieve_heading_stays_a_promise():
    # Decoy: the paragraph names the sides doing something.
    found = read(
        TEMPLATE.format(
            "Därför ska kommunen och polisen gemensamt genomföra två trygghetsvandringar."
        )
    ).actions
    assert len(found) == 3


# The period, page footers and marks with no word -----------------------------------------


def test_the_period_and_page_leftovers_are_no_promises():
    assert not_a_promise("Löftet gäller från 1 maj 2024 till och med 30 april 2025.")
    assert not_a_promise("Det nya medborgarlöftet löper under hela 2025.")
    assert not_a_promise("Kiruna kommun | Box 12, 981 85 Kiruna | Telefon 0980-700 00")
    assert not_a_promise("Läs mer | Polisen Länk till annan webbplats")
    assert not_a_promise(" , ")
    # Decoys: a promise that mentions the pledge, and one cut off to a letter.
    assert not not_a_promise("Medborgarlöftet följs upp av polisen varje kvartal.")
    assert not not_a_promise("Polisen ska under löftets giltighetstid patrullera i centrum.")
    assert not not_a_promise("F")


def test_the_period_sentence_among_promise_paragraphs_is_left_out():
    found = texts(
        "Kiruna\n\nMedborgarlöfte 2024\n\nPolisen ska patrullera i centrum på fredagar.\n\n"
        "Kommunen ska rusta upp belysningen vid stationen.\n\n"
        "Löftet gäller från 1 maj 2024 till och med 30 april 2025."
    )
    assert found == [
        "Polisen ska patrullera i centrum på fredagar.",
        "Kommunen ska rusta upp belysningen vid stationen.",
    ]


# The same item under each side's lead-in ---------------------------------------------------


def test_the_same_item_under_each_sides_lead_in_is_a_promise_of_each():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n"
        "• Delta i arbetet med en ny samverkansgrupp för unga i riskzonen.\n"
        "• Patrullera i centrum på fredagar.\n\nKommunen lovar att:\n\n"
        "• Delta i arbetet med en ny samverkansgrupp för unga i riskzonen.\n"
        "• Rusta upp belysningen vid stationen."
    )
    assert [a.responsible for a in extraction.actions] == [
        "polisen",
        "polisen",
        "kommunen",
        "kommunen",
    ]


def test_the_same_sentence_set_twice_for_one_side_is_read_once():
    # Decoy: both lists stand under the same side's lead-in.
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n"
        "• Patrullera i centrum på fredagar och lördagar under hela året.\n\n"
        "Polisen lovar också att:\n\n"
        "• Patrullera i centrum på fredagar och lördagar under hela året.\n"
        "• Besöka skolorna."
    )
    assert len(extraction.actions) == 2


def test_a_lead_in_under_a_group_heading_is_no_promise():
    for lead_in in (
        "För att minska otryggheten som boende berättat om i dialogerna:",
        "Med sikte på en lugnare helgnatt i centrum kommer vi att:",
    ):
        found = texts(
            "Kiruna\n\nSå här ser medborgarlöftena ut för 2024:\n\nTryggheten vid stationen\n\n"
            f"{lead_in}\n\n• Kommer polisen att patrullera vid stationen varje helg.\n"
            "• Kommer kommunen att rusta upp belysningen."
        )
        assert not any(item.endswith(":") for item in found)


# Paragraphs under a heading naming the purpose --------------------------------------------


def test_a_paragraph_under_a_purpose_heading_is_no_promise():
    for heading in ("Syfte", "Syftet med samarbetet"):
        found = texts(
            "Kiruna – medborgarlöften\n\nGäller från 1 maj 2024.\n\n"
            f"{heading}\n\nKommunen och polisen ska samarbeta för att göra det "
            "förebyggande arbetet tydligare och minska oron i byarna.\n\n"
            "Problembild\n\nMånga boende känner oro för inbrott."
        )
        assert found == []


def test_the_same_paragraph_under_another_heading_stays_a_promise():
    # Decoy: the heading names no purpose.
    found = texts(
        "Kiruna – medborgarlöften\n\nGäller från 1 maj 2024.\n\nInsatser i byarna\n\n"
        "Polisen ska genomföra fyra trafikkontroller i byarna under året."
    )
    assert found == ["Polisen ska genomföra fyra trafikkontroller i byarna under året."]
