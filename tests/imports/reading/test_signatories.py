"""The signatories reader: signature blocks in many layouts, and names it is unsure of."""

import pytest

from imports.documents.reading.signatories import (
    find_signatories,
    is_known_first_name,
    signatories_in_sentence,
)
from imports.documents.reading.structure import Block


def people(lines):
    return [(p.name, p.title, p.side) for p in find_signatories(Block(1, lines))]


def test_signatories_in_lines_with_a_glued_title():
    block = Block(1, ["Ljungby kommun", "Magnus GunnarssonKommunstyrelsens ordförande"])
    [person] = find_signatories(block)
    assert (person.name, person.title, person.side, person.organisation) == (
        "Magnus Gunnarsson",
        "Kommunstyrelsens ordförande",
        "kommun",
        "Ljungby kommun",
    )


def test_signatories_in_two_columns():
    block = Block(
        3,
        [
            "Älmhults kommun \xa0Polismyndigheten",
            "Elizabeth Peltola Roger Olsson",
            "Kommunstyrelsens ordförande Lokalpolisområdeschef",
        ],
    )
    assert [(p.name, p.title, p.organisation) for p in find_signatories(block)] == [
        ("Elizabeth Peltola", "Kommunstyrelsens ordförande", "Älmhults kommun"),
        ("Roger Olsson", "Lokalpolisområdeschef", "Polismyndigheten"),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Mats Scherp, chef lokalpolisområde Hallsberg"],
            [("Mats Scherp", "Chef lokalpolisområde Hallsberg", "polis")],
        ),
        (
            ["/Peter Ågren, chef lokalpolisområde Norrmalm, region Stockholm"],
            [("Peter Ågren", "Chef lokalpolisområde Norrmalm", "polis")],
        ),
        (
            ["Stadsdelsdirektör", "Maria Ekström"],
            [("Maria Ekström", "Stadsdelsdirektör", "kommun")],
        ),
        (
            ["Gunnar Åreng", "Kommunpolis", "Töreboda"],
            [("Gunnar Åreng", "Kommunpolis", "polis")],
        ),
        (
            ["Anna Lind", "Lokalpolisområdeschef, Lokalpolisområde Kalmar"],
            [("Anna Lind", "Lokalpolisområdeschef", "polis")],
        ),
    ],
)
def test_signature_forms_and_one_failing_line_does_not_drop_the_block(lines, expected):
    assert people(lines) == expected


def test_a_quote_naming_a_person_is_no_signature():
    assert people(["— Bra samarbete, säger Tobias Pettersson, kommunstyrelsens ordförande."]) == []
    assert [
        name for name, _, _ in people(["Anders Sund, kommunpolis och Eva Berg, kommunchef"])
    ] == [
        "Anders Sund",
        "Eva Berg",
    ]


def test_signatories_named_in_a_sentence_about_signing():
    found = signatories_in_sentence(
        "Löftet har undertecknats av lokalpolisområdeschef Anna Lind, kommunpolis Erik Berg, "
        "kommunalråd Karin Holm och kommunchef Lars Ek.",
        7,
    )
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Anna Lind", "lokalpolisområdeschef", "polis"),
        ("Erik Berg", "kommunpolis", "polis"),
        ("Karin Holm", "kommunalråd", "kommun"),
        ("Lars Ek", "kommunchef", "kommun"),
    ]
    found = signatories_in_sentence(
        "Vårt kommunalråd Susanne Andersson och områdespolischef Johan Rexhag skrev idag på "
        "medborgarlöftet.",
        3,
    )
    assert [p.name for p in found] == ["Susanne Andersson", "Johan Rexhag"]
    assert signatories_in_sentence("Kommunalråd Susanne Andersson besökte skolan.", 1) == []


def test_signatories_in_a_caption_in_the_present_tense():
    found = signatories_in_sentence(
        "Karin Holm, kommunalråd och Erik Berg, lokalpolisområdeschef signerar medborgarlöftet.",
        2,
    )
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Karin Holm", "kommunalråd", "kommun"),
        ("Erik Berg", "lokalpolisområdeschef", "polis"),
    ]


def test_a_name_outside_the_first_name_list_is_flagged():
    assert is_known_first_name("Anna Lind") and not is_known_first_name("Xyz Lind")
    [person] = find_signatories(Block(1, ["Zorro Lind", "Kommunpolis"]))
    assert person.sure is False and "förnamn" in person.doubt


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Kommunstyrelsens ordförande Anna Svensson"],
            [("Anna Svensson", "Kommunstyrelsens ordförande", "kommun")],
        ),
        (
            ["Anna Svensson (S)", "Kommunstyrelsens ordförande"],
            [("Anna Svensson", "Kommunstyrelsens ordförande", "kommun")],
        ),
        (
            ["Per Olsson", "Tf lokalpolisområdeschef", "Lokalpolisområde Kalmar"],
            [("Per Olsson", "Tf lokalpolisområdeschef", "polis")],
        ),
        (
            ["Eva Berg", "Kommunstyrelsens ordförande i Nybro kommun"],
            [("Eva Berg", "Kommunstyrelsens ordförande i Nybro kommun", "kommun")],
        ),
    ],
)
def test_more_signature_forms(lines, expected):
    assert people(lines) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kommunalrådet Anna Svensson och lokalpolisområdeschefen Per Olsson tecknade "
            "medborgarlöftet i går.",
            [("Anna Svensson", "kommunalrådet"), ("Per Olsson", "lokalpolisområdeschefen")],
        ),
        (
            "På måndagen skrev kommunstyrelsens ordförande Anna Svensson (S) och "
            "lokalpolisområdeschef Per Olsson under medborgarlöftet.",
            [
                ("Anna Svensson", "kommunstyrelsens ordförande"),
                ("Per Olsson", "lokalpolisområdeschef"),
            ],
        ),
        (
            "Eva Berg, kommunalråd och Lisa Ek, lokalpolisområdeschef Nybro undertecknade idag "
            "ett medborgarlöfte.",
            [("Eva Berg", "kommunalråd"), ("Lisa Ek", "lokalpolisområdeschef nybro")],
        ),
    ],
)
def test_news_sentences_about_signing(sentence, expected):
    assert [(p.name, p.title.lower()) for p in signatories_in_sentence(sentence, 1)] == expected
