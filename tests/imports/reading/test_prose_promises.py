"""Promises told in running text, read by Swedish clause order: a giver as subject and a
verb by which it commits itself, subject first or after a fronted phrase (V2)."""

import pytest

from imports.documents.reading.parties import INVERTED, PROMISE_START, parse_responsible
from tests.imports.reading.reading import promises_of


@pytest.mark.parametrize(
    ("sentence", "responsible"),
    [
        ("Dessutom ska kommunen anställa två fältassistenter.", "kommunen"),
        ("Samtidigt lovar kommunen att rusta upp lekplatsen.", "kommunen"),
        ("Till sommaren kommer kommunen att anställa fyra sommarvärdar.", "kommunen"),
        ("Efter skolavslutningen ska polisen kontrollera mopeder.", "polisen"),
        ("Redan i vår ska Exempelby kommun röja sly längs gångvägen.", "kommunen"),
        ("Varje fredag kommer polisen att patrullera vid torget.", "polisen"),
        ("I medborgarlöftet åtar sig kommunen att erbjuda föräldrautbildning.", "kommunen"),
        ("Parallellt med detta förbinder sig polisen att besöka skolorna.", "polisen"),
        ("Samtidigt ser kommunen till att fritidsgården håller öppet.", "kommunen"),
        ("Nästa år har polis och kommun lovat att hålla tre dialoger.", "gemensamt"),
    ],
)
def test_a_fronted_phrase_then_the_verb_then_the_giver(sentence, responsible):
    assert INVERTED.match(sentence)
    assert parse_responsible(sentence)[0] == responsible


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen åtar sig samtidigt att byta ut belysningen.",
        "Polisen kommer framöver att vara synlig vid skolorna.",
        "Exempelby kommun ser för sin del till att gatubelysningen fungerar.",
        "Polis och kommun har lovat att hålla tre medborgardialoger.",
        "Polisen förbinder sig i sin tur att utbilda fritidsledare.",
    ],
)
def test_the_giver_first_with_an_adverb_between_its_verb_and_att(sentence):
    assert PROMISE_START.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A phrase before the verb that speaks of the promises as a whole.
        "Till varje löfte kommer polisen att ha tydliga aktiviteter.",
        "Med tolv konkreta löften ska kommunen och polisen göra orten tryggare.",
        # A finite verb of its own before: the giver is not the main clause's subject.
        "Dialogen visade att kommunen ska synas mer.",
        # Past tense: what was done, not promised.
        "Förra året genomförde polisen tolv trygghetsvandringar.",
    ],
)
def test_no_v2_promise(sentence):
    assert not INVERTED.match(sentence)


def test_agreeing_and_the_reader_addressed_are_nopromises_of():
    assert not PROMISE_START.match("Polisen och kommunen kommer överens om att ses i maj.")
    assert not PROMISE_START.match("Vi ser till att du får svar.")
    assert not PROMISE_START.match("Polis och kommun kommer i det gemensamma forumet följa upp.")


def test_a_news_item_with_v2_promises_quotes_and_background():
    found = promises_of(
        "Nytt medborgarlöfte i Granåker\n\n"
        "Granåkers kommun och lokalpolisområde Granåker har skrivit under ett nytt "
        "medborgarlöfte för 2025.\n\n"
        "Under 2024 anmäldes 140 inbrott i kommunen.\n\n"
        "Enligt löftet ska polisen patrullera till fots vid resecentrum varje fredagskväll. "
        "Kommunen åtar sig samtidigt att byta ut belysningen i gångtunneln.\n\n"
        "– Vi vill att fler ska känna sig trygga, säger kommunpolisen Erik Holm.\n\n"
        "Löftet följs upp i december.\n"
    )
    assert found == [
        (
            "polisen",
            "Enligt löftet ska polisen patrullera till fots vid resecentrum varje fredagskväll.",
        ),
        ("kommunen", "Kommunen åtar sig samtidigt att byta ut belysningen i gångtunneln."),
    ]


def test_att_and_att_with_a_new_subject_gives_twopromises_of():
    found = promises_of(
        "Medborgarlöfte för Ekbyn\n\n"
        "Medborgarlöften är ett sätt för polis och kommun att arbeta tillsammans.\n\n"
        "Löftet innebär bland annat att polisen ska öka sin närvaro på landsbygden och att "
        "kommunen ska se över belysningen vid busshållplatserna.\n\n"
        "Arbetet följs upp två gånger per år.\n"
    )
    assert found == [
        ("polisen", "Polisen ska öka sin närvaro på landsbygden"),
        ("kommunen", "Kommunen ska se över belysningen vid busshållplatserna."),
    ]


def test_medan_joins_a_promise_of_the_other_side():
    found = promises_of(
        "Tryggare Exempelby\n\n"
        "Många är oroliga för buskörning.\n\n"
        "Kommunen har lovat att bygga om korsningen vid torget, medan polisen ska öka "
        "kontrollerna av mopeder på helgerna.\n"
    )
    assert [responsible for responsible, _ in found] == ["kommunen", "polisen"]


def test_the_pledge_as_the_place_of_a_v2_promise():
    found = promises_of(
        "Tallmora förnyar medborgarlöftet\n\n"
        "Dialogen med invånarna visade att många oroar sig för narkotika.\n\n"
        "I medborgarlöftet åtar sig kommunen att erbjuda föräldrautbildning på skolorna. "
        "Polisen förbinder sig att genomföra insatser mot narkotikaförsäljning.\n"
    )
    assert [responsible for responsible, _ in found] == ["kommunen", "polisen"]


def test_a_later_sentence_of_a_paragraph_may_be_the_promise():
    found = promises_of(
        "Årets medborgarlöfte är klart\n\n"
        "Pressmeddelande\n\n"
        "I medborgarlöftet ingår också trygghet i tätorterna. För att stärka tryggheten i "
        "centrum lovar polisen att ha en fortsatt hög närvaro på helgerna.\n\n"
        "Kommunen lovar att belysa fler gångstråk. Befolkade gator skapar trygghet, därför "
        "lovar kommunen att engagera föräldrar att vara ute på kvällar.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "kommunen", "kommunen"]
    assert found[2][1].startswith("Därför lovar kommunen att engagera")


def test_another_organisation_committing_in_a_paragraph_of_its_own():
    found = promises_of(
        "Vårt medborgarlöfte – Bergsjö 2025\n\n"
        "Bergsjö kommun och polisen ger tillsammans detta medborgarlöfte.\n\n"
        "Vi kommer att ordna nattvandringar med föräldrar under skolavslutningen.\n\n"
        "Bostadsbolaget Bergsjöhem ska se över belysningen i sina områden.\n"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt", "annan"]


def test_an_organisation_alone_is_no_promise_in_a_text_with_none_of_the_givers():
    found = promises_of(
        "Trygghet i Bergsjö\n\nBostadsbolaget Bergsjöhem ska se över belysningen i sina områden.\n"
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "responsible"),
    [
        ("Kommunen och polisen tillsammans kommer också att göra en översyn.", "gemensamt"),
        ("Polis och kommun gemensamt ska genomföra två dialoger.", "gemensamt"),
    ],
)
def test_a_word_of_the_subject_between_it_and_its_verb(sentence, responsible):
    assert PROMISE_START.match(sentence)
    assert parse_responsible(sentence)[0] == responsible


def test_a_year_alone_before_the_verb():
    assert INVERTED.match("2026 ska polisen besöka alla skolor i Exempelby.")
    assert not INVERTED.match("2024 genomförde polisen tolv kontroller.")
