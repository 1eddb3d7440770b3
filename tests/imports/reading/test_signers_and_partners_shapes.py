"""Signers, other organisations and who carries a promise, read by the grammar of shapes that
news items and municipal pages use: partners before the supine of a perfect, contact cards
under a lead-in, a speaker named with a title, a title with its area before a signer's name."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.parties import other_parties
from imports.documents.reading.structure import blocks_of

PLACES = ["Norrby", "Söderby"]
GAZETTEER = Gazetteer([("9901", "Norrby")], [])


def parties(text):
    return [
        (p.value["name"], p.value["role"]) for p in other_parties([], [], blocks_of(text), PLACES)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norrby kommun har tillsammans med polisen och Västkustens Räddningsförbund skrivit "
        "löftena i år.",
        "Polisen har tillsammans med kommunen och Exempelby Bostäder AB formulerat tre löften.",
    ],
)
def test_partners_before_the_supine_of_a_perfect_take_part(sentence):
    found = parties(f"Löfte\n\n{sentence}")
    assert len(found) == 1
    assert found[0][1] == "medverkar"
    assert found[0][0] in ("Västkustens Räddningsförbund", "Exempelby Bostäder AB")


def test_places_after_a_supine_are_not_partners():
    # Decoy: the places where the dialogues were held come after the verb, not among partners.
    page = (
        "Löfte\n\nI Norrby har polisen tillsammans med kommunen ordnat samtal vid Vårmässan, "
        "Sommarfesten och Julmarknaden."
    )
    assert parties(page) == []


def _signers(document):
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    return [person.name for person in extraction.signatories]


@pytest.mark.parametrize(
    "card",
    [
        "Vill du veta mer, kontakta gärna:\n\nLena Borg, kommunalråd\nmobil: 070-111 22 33, "
        "e-post: lena.borg@norrby.se",
        "Kontaktpersoner\n\nOskar Lind\n\nKommunpolis\n\nTelefon: 010-56 78 90",
        "Frågor om löftet besvaras av:\n\nOskar Lind\nKommunpolis",
    ],
)
def test_a_contact_card_is_no_signature(card):
    page = (
        "Medborgarlöfte för Norrby\n\nPolisen och Norrby kommun lovar att genomföra fyra "
        f"trygghetsvandringar under året.\n\n{card}\n"
    )
    assert _signers(page) == []


def test_a_signature_block_without_contact_details_is_still_read():
    # Decoy: names and titles under the promises, no phone, no e-mail, no contact heading.
    page = (
        "Medborgarlöfte för Norrby\n\nPolisen och Norrby kommun lovar att genomföra fyra "
        "trygghetsvandringar under året.\n\nLena Borg\nKommunalråd\n\nOskar Lind\n"
        "Lokalpolisområdeschef\n"
    )
    assert _signers(page) == ["Lena Borg", "Oskar Lind"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Polischefen för Söderbygd, Oskar Lind och Norrby kommunalråd Lena Borg har skrivit "
            "under löftet för i år.",
            "Polischefen för Söderbygd",
        ),
        (
            "Löftet undertecknades av kommunalrådet Lena Borg och Lokalpolisområdeschef i "
            "Östra Söderbygd Oskar Lind.",
            "Lokalpolisområdeschef i Östra Söderbygd",
        ),
    ],
)
def test_a_title_with_its_area_before_the_signers_name(sentence, title):
    from imports.documents.reading.signatories import signatories_in_sentence

    people = {person.name: person.title for person in signatories_in_sentence(sentence, 1)}
    assert people["Oskar Lind"] == title
    assert "Lena Borg" in people


def test_a_place_after_a_name_is_not_read_as_a_signer():
    # Decoy: "i Söderbygd" after the title is no area before a name; no one is named after it.
    from imports.documents.reading.signatories import signatories_in_sentence

    people = signatories_in_sentence(
        "Oskar Lind, lokalpolisområdeschef i Söderbygd, och Lena Borg, kommunalråd, har "
        "undertecknat löftet.",
        1,
    )
    assert [person.name for person in people] == ["Oskar Lind", "Lena Borg"]


@pytest.mark.parametrize(
    "sentence",
    [
        "– Sedan vi undertecknade löftet har mycket hänt, säger kommunpolisen Oskar Lind.",
        "– När vi signerade avtalet visste vi vad som behövdes, berättar kommunchef Lena Borg.",
    ],
)
def test_the_speaker_of_a_quote_named_with_a_title_is_no_signer(sentence):
    from imports.documents.reading.signatories import signatories_in_sentence

    assert signatories_in_sentence(sentence, 1) == []


def test_a_signer_named_with_a_title_after_the_verb_is_still_read():
    # Decoy: the title and name follow the signing verb, not a verb of saying.
    from imports.documents.reading.signatories import signatories_in_sentence

    people = signatories_in_sentence("Löftet undertecknades av kommunchef Lena Borg.", 1)
    assert [person.name for person in people] == ["Lena Borg"]


@pytest.mark.parametrize(
    "item",
    [
        "Vi ska gemensamt göra hamnen tryggare. Mer belysning och polisiära kontroller är vägen "
        "dit.",
        "Tillsammans ska vi minska stölderna i garagen. Därför behövs polisiär synlighet "
        "kvällstid.",
    ],
)
def test_a_police_deed_in_a_later_sentence_does_not_take_a_promise_from_vi(item):
    from imports.documents.reading.parties import parse_responsible

    assert parse_responsible(item, ("gemensamt", "", ""))[0] == "gemensamt"


def test_a_police_deed_after_a_sentence_with_no_subject_still_names_the_police():
    # Decoy: the first sentence names no one; the second tells that the police carry it.
    from imports.documents.reading.parties import parse_responsible

    item = "Hamnen ska bli tryggare. Detta genom polisiär närvaro kvällstid."
    assert parse_responsible(item, ("gemensamt", "", ""))[0] == "polisen"


@pytest.mark.parametrize(
    "item",
    ["Förstärkt polisiär synlighet vid busstationen.", "Polisiär övervakning av torget."],
)
def test_a_verbless_item_naming_a_police_kind_of_deed_is_the_givers(item):
    from imports.documents.reading.parties import parse_responsible

    lead_in = ("gemensamt", "", "Under hösten genomför vi följande:")
    assert parse_responsible(item, lead_in)[0] == "gemensamt"


def test_a_police_outcome_under_a_lead_in_of_aims_stays_the_polices():
    # Decoy: the lead-in names what both want to reach, not what both will do.
    from imports.documents.reading.parties import parse_responsible

    lead_in = ("gemensamt", "", "Detta vill vi uppnå:")
    item = "Förstärkt polisiär synlighet vid busstationen."
    assert parse_responsible(item, lead_in)[0] == "polisen"


@pytest.mark.parametrize(
    "item",
    [
        # Decoys: a clause with its own verb, and a pledge that is not given jointly.
        ("Polisiära kontroller ska göras vid busstationen.", "gemensamt"),
        ("Förstärkt polisiär synlighet vid busstationen.", "ej_angivet"),
    ],
)
def test_a_police_deed_with_a_verb_or_outside_a_joint_list_stays_the_polices(item):
    from imports.documents.reading.parties import parse_responsible

    text, default = item
    assert parse_responsible(text, (default, "", "Under hösten genomför vi:"))[0] == "polisen"
