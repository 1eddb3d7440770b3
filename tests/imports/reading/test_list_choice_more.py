"""Which list of a page holds the promises: aims told apart from a list whose items name who
acts, a side's own list of noun phrases, more verbs of taking a task on, an earlier pledge's
list and what was done."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.lists import (
    addresses_the_reader,
    commits_in_lead_in,
    is_promise_list,
    item_kind,
    tells_what_was_done,
)
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.parties import lead_in_responsible

GAZETTEER = Gazetteer([("9911", "Sjöbacka"), ("9912", "Rimby")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def found(document):
    return [(a.text, a.responsible) for a in read(document).actions]


def test_items_naming_who_acts_do_not_inherit_the_aims_above_them():
    assert found(
        "Medborgarlöfte Sjöbacka 2027\n\n"
        "Det här vill vi uppnå:\n\n"
        "• Minska stölderna i hamnen\n• Öka tryggheten i Norrmalm\n\n"
        "• Polisen kommer att patrullera i hamnen på helgerna\n"
        "• Kommunen kommer att sätta upp lås på båtbryggorna\n"
    ) == [
        ("Polisen kommer att patrullera i hamnen på helgerna", "polisen"),
        ("Kommunen kommer att sätta upp lås på båtbryggorna", "kommunen"),
    ]


def test_a_second_list_of_aims_after_aims_stays_out():
    assert found(
        "Medborgarlöfte Sjöbacka 2027\n\n"
        "Tillsammans vill vi:\n\n"
        "• Minska stölderna i hamnen\n\n• Öka tryggheten i Norrmalm\n\n"
        "Polisen och kommunen lovar att:\n\n• Genomföra tre trygghetsvandringar\n"
    ) == [("Genomföra tre trygghetsvandringar", "gemensamt")]


def test_a_side_s_lead_in_keeps_its_noun_phrases_beside_another_promise_list():
    assert found(
        "Medborgarlöfte Rimby 2027\n\n"
        "Rimby kommun och polisen ger ett gemensamt löfte.\n\n"
        "Detta har kommunen beslutat:\n\n"
        "• Ny belysning på gångbron\n\n"
        "Polisen lovar att:\n\n"
        "• Genomföra nykterhetskontroller vid färjeläget\n"
        "• Besöka fritidsgården varje månad\n"
    ) == [
        ("Ny belysning på gångbron", "kommunen"),
        ("Genomföra nykterhetskontroller vid färjeläget", "polisen"),
        ("Besöka fritidsgården varje månad", "polisen"),
    ]


def test_goals_under_a_lead_in_naming_the_givers_stay_aims_beside_the_promises():
    assert found(
        "Medborgarlöfte Rimby 2027\n\n"
        "Polisen och kommunen vill:\n\n"
        "• Öka tryggheten på torget\n• Minska klottret\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "• Sanera klotter inom två dagar\n• Ordna en träff om trygghet\n"
    ) == [
        ("Sanera klotter inom två dagar", "gemensamt"),
        ("Ordna en träff om trygghet", "gemensamt"),
    ]


def test_taking_a_task_on_is_a_verb_of_committing():
    assert commits_in_lead_in("Kommunen tar på sig att:")
    assert commits_in_lead_in("Polisen har åtagit sig att:")
    assert lead_in_responsible("Lokalpolisen tar på sig att:") == (
        "polisen",
        "Lokalpolisen tar på sig att:",
    )
    assert lead_in_responsible("Detta har kommunen bestämt sig för:")[0] == "kommunen"
    assert found(
        "Medborgarlöfte Sjöbacka 2027\n\n"
        "Sjöbacka kommun och polisen har ett gemensamt löfte.\n\n"
        "Kommunen tar också på sig att:\n\n"
        "- laga trasiga gatlampor inom en vecka\n\n"
        "Lokalpolisen tar på sig att:\n\n"
        "- hålla öppet hus två gånger\n- besöka skolorna i Rimby\n"
    ) == [
        ("Laga trasiga gatlampor inom en vecka", "kommunen"),
        ("Hålla öppet hus två gånger", "polisen"),
        ("Besöka skolorna i Rimby", "polisen"),
    ]


def test_a_lead_in_that_tells_what_was_held_or_done_is_an_earlier_pledge():
    assert tells_what_was_done("Förra löftet är nu avslutat. Det innehöll:")
    assert tells_what_was_done("Under 2026 genomförde polisen och kommunen:")
    assert tells_what_was_done("Det här har vi gjort:")
    assert tells_what_was_done("Löftet har löpt ut. Här är vad det gällde:")
    # Committing, or telling how the pledge was made, is no report.
    assert not tells_what_was_done("Vi har arbetat fram följande löften:")
    assert not tells_what_was_done("Löftet 2026 är avslutat. I år lovar vi att:")
    assert not tells_what_was_done("Polisen och kommunen har enats om att:")
    assert not is_promise_list("Löftet för förra året är avslutat. Det bestod av:", "actions")
    assert found(
        "Medborgarlöfte Rimby\n\n"
        "Löftet som gällde 2025 har avslutats. Det omfattade:\n\n"
        "• Kontroller av båttrafiken\n• Informationsmöten om inbrott\n\n"
        "Nu gäller ett nytt löfte. Polisen och Rimby kommun ska:\n\n"
        "• Genomföra sex kontroller av båttrafiken\n"
    ) == [("Genomföra sex kontroller av båttrafiken", "gemensamt")]


def test_a_lead_in_of_what_the_pledge_should_bring_about_introduces_aims():
    assert not is_promise_list("Medborgarlöftet ska bidra till att:", "actions")
    assert not is_promise_list("Insatserna leder till att", "actions")
    assert is_promise_list("Polisen och kommunen lovar att:", "actions")


def test_items_telling_what_was_done_are_no_promises():
    assert item_kind("Vi har genomfört tre trygghetsvandringar") == "done"
    assert item_kind("Polisen höll ett möte med handlarna") == "done"
    assert item_kind("Kommunen anordnade en temakväll") == "done"
    # A commitment in the perfect, or "har" with a noun, is no report.
    assert item_kind("Kommunen har åtagit sig att laga belysningen") != "done"
    assert item_kind("Polisen har öppet hus varje månad") != "done"
    assert item_kind("Polisen har ett särskilt ansvar för trafiken") != "done"
    assert found(
        "Medborgarlöfte Sjöbacka 2027\n\n"
        "Hur gick det förra året?\n\n"
        "- Vi har genomfört fyra kontroller i hamnen\n- Polisen höll två föräldramöten\n\n"
        "Polisen och Sjöbacka kommun lovar under 2027 att:\n\n"
        "- Starta grannsamverkan i Norrmalm\n"
    ) == [("Starta grannsamverkan i Norrmalm", "gemensamt")]


def test_a_lead_in_said_to_the_reader_introduces_no_promises():
    assert addresses_the_reader("Hör av dig:")
    assert addresses_the_reader("Har du frågor? Så når du oss:")
    assert addresses_the_reader("Kontakta oss gärna:")
    assert not addresses_the_reader("Det här kan du förvänta dig av oss:")
    assert not addresses_the_reader("Vi lovar dig att:")
    assert not addresses_the_reader("Tillsammans med er ska vi:")
    assert found(
        "Medborgarlöfte Rimby 2027\n\n"
        "Rimby kommun och polisen lovar att:\n\n"
        "- sätta upp belysning vid färjeläget\n\n"
        "Hör av dig:\n\n"
        "- Skriv till kommunens kontaktcenter\n- Ring 114 14\n"
    ) == [("Sätta upp belysning vid färjeläget", "gemensamt")]


def test_a_lead_in_telling_what_was_answered_introduces_no_promises():
    assert tells_what_was_done("I dialogen svarade de flesta att de:")
    assert found(
        "Medborgarlöfte Sjöbacka 2027\n\n"
        "När vi frågade invånarna svarade många att de:\n\n"
        "- känner sig otrygga vid stationen\n- vill se fler vuxna ute\n\n"
        "Polisen och kommunen ska därför:\n\n"
        "- ordna nattvandringar vid stationen\n"
    ) == [("Ordna nattvandringar vid stationen", "gemensamt")]


def test_a_list_under_a_pledge_heading_that_a_later_pledge_heading_follows_is_earlier():
    assert found(
        "Sjöbacka – våra medborgarlöften\n\n"
        "Medborgarlöfte 2025–2026\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "• Genomföra kontroller i hamnen\n• Ordna en föräldrakväll\n\n"
        "Medborgarlöfte 2027\n\n"
        "• Starta grannsamverkan i Norrmalm\n• Laga belysningen vid bron\n"
    ) == [
        ("Starta grannsamverkan i Norrmalm", "gemensamt"),
        ("Laga belysningen vid bron", "gemensamt"),
    ]
