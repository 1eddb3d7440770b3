"""The municipalities reader by the grammar of how a name stands: in a list after the plural
noun, as a shared compound, glued into a police area's name, in apposition to the police's
areas, as the one place named, and inside the promises only."""

import pytest

from imports.documents.reading.municipalities import Gazetteer, find_municipalities
from imports.documents.reading.structure import blocks_of, is_heading

GAZETTEER = Gazetteer(
    [
        ("2418", "Malå"),
        ("2422", "Sorsele"),
        ("2421", "Storuman"),
        ("2462", "Vilhelmina"),
        ("2425", "Dorotea"),
        ("0186", "Lidingö"),
    ],
    [],
)


def codes(document):
    return sorted(f.value for f in find_municipalities(blocks_of(document), GAZETTEER, is_heading))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ett samarbete mellan kommunerna Malå, Sorsele, Storuman samt lokalpolisområdet.",
        "Löftet ges av kommunerna Malå, Sorsele, Storuman tillsammans med polisen.",
    ],
)
def test_a_comma_list_after_kommunerna_names_each_municipality(sentence):
    assert codes(f"Löfte\n\n{sentence}") == ["2418", "2421", "2422"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen har ett avtal med Malå-, Sorsele- och Storumans kommun.",
        "Malå-, Sorsele- samt Storuman kommun ger löftet tillsammans med polisen.",
    ],
)
def test_names_sharing_the_last_ones_kommun_by_a_hyphen_are_each_named(sentence):
    assert codes(f"Löfte\n\n{sentence}") == ["2418", "2421", "2422"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lokalpolisområde Södra Lappland Vilhelmina-Dorotea och Storumans kommun ger löftet.",
        "Lokalpolisområdet Västerbotten/Dorotea och Storuman kommun samverkar.",
    ],
)
def test_a_name_glued_by_a_hyphen_or_slash_ends_a_compound_name_not_a_list(sentence):
    assert codes(f"Löfte\n\n{sentence}") == ["2421"]


def test_a_list_in_apposition_to_the_polices_areas_tells_the_police_areas_reach():
    document = (
        "Löfte\n\nStorumans kommun och polisen ger löftet.\n\n"
        "Polisen har en lägesbild för vart och ett av ansvarsområdena Malå, Sorsele och "
        "Storuman kommun."
    )
    assert codes(document) == ["2421"]
    # Decoy: the same list after another noun names the municipalities.
    assert codes("Löfte\n\nLöftet ges i Malå, Sorsele och Storuman kommun.") == [
        "2418",
        "2421",
        "2422",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Det säger Eva Ek, kommunpolis i Dorotea.",
        "Arbetet utgår i Dorotea från det som redan görs.",
    ],
)
def test_the_one_place_a_text_names_as_where_things_are_is_the_pledges(sentence):
    found = find_municipalities(
        blocks_of(f"Nya löften\n\nPolisen lovar att synas mer. {sentence}"), GAZETTEER, is_heading
    )
    assert [(f.value, f.sure) for f in found] == [("2425", False)]


def test_one_place_named_otherwise_is_not_taken():
    # Decoy: named once, but not as where the pledge's work is ("från Dorotea").
    assert codes("Nya löften\n\nPolisen lovar att synas mer. Hon kommer från Dorotea.") == []


def test_a_municipality_named_only_inside_the_promises_is_one_they_work_with():
    document = (
        "Löfte\n\nLidingö stad och polisen lovar:\n\n"
        " • Delta i en utbildning som Malå kommun anordnar.\n"
        " • Bjuda in Sorsele kommun till ett möte."
    )
    assert codes(document) == ["0186"]
    # Decoy: with no municipality outside the list, the items' names still count.
    assert codes("Löfte\n\nVi lovar:\n\n • Malå kommun ska synas i centrum.") == ["2418"]
