"""Grammar gaps in running text and signing: present-tense deeds whose verb ends in -ör or a long
vowel and -r, a municipal unit and the police as a subject pair after the verb, a foundation or
association committing in a paragraph of its own, the signing told with a noun, a quote the
speaker goes on with in the paragraph below, and a word split by a hyphen at a line's end."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.parties import parse_responsible
from imports.documents.reading.signatories import signatories_in_sentence

GAZETTEER = Gazetteer([("9901", "Älvnäs")], [])


def _promises(document):
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    return [(a.responsible, a.text) for a in extraction.actions]


@pytest.mark.parametrize(
    "item, side",
    [
        ("Polisen utför hastighetskontroller vid skolan varje månad.", "polisen"),
        ("Kommunen kör ut information till alla hushåll.", "kommunen"),
        ("Kommunen gör en inventering av klotter.", "kommunen"),
        ("Polisen går ronder i centrum på fredagar.", "polisen"),
        ("Kommunen ser över belysningen i gångtunneln.", "kommunen"),
    ],
)
def test_a_present_tense_deed_names_its_side(item, side):
    assert parse_responsible(item)[0] == side


def test_a_list_of_present_tense_deeds_keeps_each_side():
    page = (
        "Medborgarlöfte Älvnäs 2030\n\n"
        "• Polisen utför trafikkontroller vid skolan.\n"
        "• Kommunen ser över buskagen vid gångvägen.\n"
        "• Kommunen kör ut information till alla hushåll.\n"
    )
    assert [side for side, _ in _promises(page)] == ["polisen", "kommunen", "kommunen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "En gång i månaden ska fältassistenterna och polisen gå en runda i centrum.",
        "Under sommaren kommer socialtjänsten och polisen att besöka badplatserna.",
        "Varje fredag ska polisen och fritidsledarna röra sig i centrum.",
    ],
)
def test_a_municipal_unit_and_the_police_after_the_verb_are_both_sides(sentence):
    page = f"Medborgarlöfte Älvnäs 2030\n\n{sentence}\n\nKommunen ska laga belysningen på torget.\n"
    assert _promises(page) == [
        ("gemensamt", sentence),
        ("kommunen", "Kommunen ska laga belysningen på torget."),
    ]


def test_a_foundation_committing_in_its_own_paragraph_is_another_organisation():
    page = (
        "Medborgarlöfte Älvnäs 2030\n\n"
        "Kommunen lovar att öppna fritidsgården på fredagar.\n\n"
        "Stiftelsen Älvgården ska hålla läxhjälp på måndagar.\n"
    )
    assert _promises(page) == [
        ("kommunen", "Kommunen lovar att öppna fritidsgården på fredagar."),
        ("annan", "Stiftelsen Älvgården ska hålla läxhjälp på måndagar."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Underskrifterna gjordes av Eva Lind, kommunalråd, och Olle Berg, lokalpolisområdeschef.",
        "Undertecknandet skedde i stadshuset av Eva Lind, kommunalråd, och Olle Berg, "
        "lokalpolisområdeschef.",
        "Signeringen genomfördes av Eva Lind, kommunalråd, och Olle Berg, lokalpolisområdeschef.",
    ],
)
def test_the_signing_told_with_a_noun(sentence):
    found = [(p.name, p.side) for p in signatories_in_sentence(sentence, 1, sentence)]
    assert found == [("Eva Lind", "kommun"), ("Olle Berg", "polis")]


def test_a_noun_of_signing_with_no_verb_of_its_taking_place_is_no_signing():
    sentence = "Underskrifterna på namnlistan lämnades till Eva Lind, kommunalråd."
    assert signatories_in_sentence(sentence, 1, sentence) == []


@pytest.mark.parametrize("goes_on", ["och fortsätter:", "och tillägger:"])
def test_a_quote_goes_on_in_the_paragraph_below(goes_on):
    page = (
        "Medborgarlöfte Älvnäs 2030\n\n"
        f"– Tryggheten är viktig, säger kommunpolis Lars Ö, {goes_on}\n\n"
        "Vi ska bli bättre på att synas ute.\n\n"
        "• Polisen ska patrullera på torget.\n"
    )
    assert _promises(page) == [("polisen", "Polisen ska patrullera på torget.")]


def test_a_quote_going_on_in_prose_is_no_promise_of_a_news_item():
    page = (
        "Älvnäs förnyar sitt löfte\n\n"
        "– Det här är ett viktigt steg, säger kommunalrådet Eva Ström, och fortsätter:\n\n"
        "Kommunen ska ta ett större ansvar för de unga.\n\n"
        "Polisen kommer att genomföra kontroller av mopeder under våren.\n"
    )
    assert _promises(page) == [
        ("polisen", "Polisen kommer att genomföra kontroller av mopeder under våren.")
    ]


def test_a_lead_in_that_goes_on_is_no_quote():
    page = (
        "Medborgarlöfte Älvnäs 2030\n\n"
        "Arbetet fortsätter:\n\n"
        "Kommunen ska laga belysningen på torget.\n"
    )
    assert [side for side, _ in _promises(page)] == ["kommunen"]


def test_a_word_split_by_a_hyphen_at_a_line_end_is_joined():
    page = "Polisen och kommunen lovar att ordna trygghets-\nvandringar i alla områden.\n"
    assert "trygghetsvandringar i alla områden." in text.clean(page)


@pytest.mark.parametrize(
    "page",
    [
        "Kommunen ska arbeta med alkohol-\noch drogfrågor i skolorna.\n",
        "Polisen ska ha fler kontroller.\n- Kommunen ska laga lampor.\n",
        "Perioden gäller 2030-\n2031 för hela kommunen.\n",
        "Polisen ska besöka\nVästra skolan.\n",
    ],
)
def test_a_hyphen_that_splits_no_word_stays(page):
    assert text.unhyphenate(page.split("\n")) == page.split("\n")


def test_a_split_word_in_a_list_item_is_joined():
    lines = ["- Polisen ska besöka alla högstadie-", "  skolor under hösten."]
    assert text.unhyphenate(lines) == ["- Polisen ska besöka alla högstadieskolor under hösten."]
