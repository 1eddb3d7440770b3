"""Signing sentences read by one grammar (any verb of the family, in any tense or voice), the
title a signing sentence gives over a caption's, and the side of promises carried by a
municipal unit or told in the passive with an agent."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.parties import parse_responsible
from imports.documents.reading.signatories import signatories_in_sentence

GAZETTEER = Gazetteer([("9999", "Exempelby")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def people(sentence):
    return [(p.name, p.title, p.side) for p in signatories_in_sentence(sentence, 1, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Medborgarlöftet tecknas av kommunstyrelsens ordförande Anna Ek och lokalpolischef "
        "Per Olsson vid fullmäktiges möte i januari.",
        "Löftet signeras av kommunstyrelsens ordförande Anna Ek samt lokalpolischef Per Olsson "
        "på torsdag.",
        "Löftet skrivs under av kommunstyrelsens ordförande Anna Ek och lokalpolischef Per "
        "Olsson i kväll.",
        "Det var kommunstyrelsens ordförande Anna Ek (M) och lokalpolischef Per Olsson som "
        "satte sina namn på löftet.",
        "Under onsdagen satte Anna Ek, kommunstyrelsens ordförande, och Per Olsson, "
        "lokalpolischef, sina namn på årets medborgarlöfte.",
        "I stadshuset skrev Anna Ek, kommunstyrelsens ordförande, och Per Olsson, "
        "lokalpolischef, sina namn under löftet.",
        "Kommunstyrelsens ordförande Anna Ek och lokalpolischef Per Olsson har skrivit på löftet.",
    ],
)
def test_a_signing_verb_in_any_tense_or_voice_names_the_signers(sentence):
    assert people(sentence) == [
        ("Anna Ek", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Olsson", "Lokalpolischef", "polis"),
    ]


def test_an_agreement_signed_alone_is_the_pledge_the_page_is_about():
    sentence = (
        "Det var kommunalråd Anna Ek och lokalpolischef Per Olsson som satte sina namn på "
        "överenskommelsen i stadshuset."
    )
    assert [name for name, _, _ in people(sentence)] == ["Anna Ek", "Per Olsson"]


def test_an_agreement_signed_beside_the_pledge_is_another_document():
    sentence = (
        "Kommunalråd Anna Ek och lokalpolischef Per Olsson undertecknade medborgarlöftet och "
        "kommunchef Lars Berg undertecknade samverkansöverenskommelsen."
    )
    assert [name for name, _, _ in people(sentence)] == ["Anna Ek", "Per Olsson"]


def test_speakers_and_contacts_are_no_signers_of_a_page_that_tells_no_signing():
    page = (
        "Medborgarlöfte Exempelby\n\n"
        "Polisen och Exempelby kommun har tagit fram ett medborgarlöfte.\n\n"
        "– Vi har lyssnat på invånarna, säger Per Lind, kommunpolis.\n\n"
        "Frågor besvaras av Anna Holm, trygghetssamordnare.\n\n"
        "Polisen lovar att genomföra fyra trafikkontroller per månad.\n"
    )
    assert read(page).signatories == []


def test_a_caption_s_signer_takes_the_title_and_fellow_signers_of_the_signing_sentence():
    page = (
        "Löftet förnyades\n\n"
        "Anna Ek, kommunalråd\n\n"
        "Medborgarlöftet undertecknades av Anna Ek (C), kommunalråd för Exempelby kommun, och "
        "Per Olsson, chef för lokalpolisområde Exempelby.\n\n"
        "Polisen ska synas mer på landsbygden.\n"
    )
    found = [(p.name, p.title) for p in read(page).signatories]
    assert found == [
        ("Anna Ek", "Kommunalråd för Exempelby kommun"),
        ("Per Olsson", "Chef för lokalpolisområde Exempelby"),
    ]


def test_a_caption_keeps_its_signers_when_the_sentence_names_only_some():
    page = (
        "Löftet förnyades\n\n"
        "Anna Ek, kommunalråd och Per Olsson, lokalpolischef\n\n"
        "Löftet undertecknades av Anna Ek (C), kommunalråd för Exempelby kommun.\n\n"
        "Polisen ska synas mer på landsbygden.\n"
    )
    found = [(p.name, p.title) for p in read(page).signatories]
    assert found == [
        ("Anna Ek", "Kommunalråd för Exempelby kommun"),
        ("Per Olsson", "Lokalpolischef"),
    ]


@pytest.mark.parametrize(
    ("promise", "responsible"),
    [
        ("Polis och socialtjänst ska gemensamt besöka familjerna.", "gemensamt"),
        ("Fältgruppen ska röra sig i centrum under loven.", "kommunen"),
        ("Barn och utbildning ska erbjuda föräldrastöd på skolorna.", "kommunen"),
        ("Kultur och fritid ska anordna lovaktiviteter.", "kommunen"),
        ("Personal från socialtjänsten och fältgruppen kommer att nattvandra.", "kommunen"),
        ("Klotter ska tas bort av kommunen inom ett dygn.", "kommunen"),
        ("Otrygga platser ska ses över av polisen och kommunen.", "gemensamt"),
        ("Räddningstjänsten ska delta i trygghetsvandringarna.", "annan"),
    ],
)
def test_a_municipal_unit_or_a_passive_agent_names_the_side(promise, responsible):
    assert parse_responsible(promise)[0] == responsible


def test_sentences_whose_subject_is_a_unit_or_whose_agent_is_a_side_are_promises():
    page = (
        "Medborgarlöfte Exempelby 2025\n\n"
        "Polis och socialtjänst ska gemensamt besöka familjer där unga riskerar brott.\n\n"
        "Barn och utbildning ska erbjuda föräldrastöd på alla skolor.\n\n"
        "Klotter ska tas bort av kommunen inom ett dygn.\n"
    )
    found = [(a.text[:20], a.responsible) for a in read(page).actions]
    assert found == [
        ("Polis och socialtjän", "gemensamt"),
        ("Barn och utbildning ", "kommunen"),
        ("Klotter ska tas bort", "kommunen"),
    ]


def test_the_pledge_followed_up_by_a_side_is_no_promise():
    page = (
        "Medborgarlöfte Exempelby 2025\n\n"
        "Polisen ska genomföra trafikkontroller vid skolorna.\n\n"
        "Medborgarlöftet ska följas upp av polisen och kommunen varje halvår.\n"
    )
    assert [a.text[:20] for a in read(page).actions] == ["Polisen ska genomför"]
