"""Signers, other organisations and who carries a promise, read by the grammar of shapes that
news items and municipal pages use: partners before the supine of a perfect, contact cards
under a lead-in, a speaker named with a title, a title with its area before a signer's name."""

import pytest

from imports.documents.reading.parties import other_parties
from imports.documents.reading.structure import blocks_of

PLACES = ["Norrby", "Söderby"]


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
    text = (
        "Löfte\n\nI Norrby har polisen tillsammans med kommunen ordnat samtal vid Vårmässan, "
        "Sommarfesten och Julmarknaden."
    )
    assert parties(text) == []
