"""The verbs by which a giver commits itself are listed once (parties.COMMIT_*) and every
reading that asks whether a side promises builds on them: a sentence with any of them is a
promise to each of those readings alike."""

import pytest

from imports.documents.reading import kind, lists, parties, structure


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen lovar att anordna fler trygghetsvandringar.",
        "Kommunen ska anordna fler trygghetsvandringar.",
        "Kommunen skall anordna fler trygghetsvandringar.",
        "Kommunen kommer att anordna fler trygghetsvandringar.",
        "Kommunen åtar sig att anordna fler trygghetsvandringar.",
        "Kommunen förbinder sig att anordna fler trygghetsvandringar.",
    ],
)
def test_a_giver_before_its_verb_of_commitment_promises_to_every_reading(sentence):
    assert parties.PROMISE_START.match(sentence)
    assert lists.COMMITS.search(sentence)
    assert lists.commits_in_lead_in(sentence)
    assert kind.gives_promise(sentence)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Under hösten ska polisen hålla ett föräldramöte.", "ska"),
        ("Under hösten kommer polisen att hålla ett föräldramöte.", "kommer"),
        ("Under hösten lovar polisen att hålla ett föräldramöte.", "lovar"),
    ],
)
def test_the_verb_before_its_giver_after_a_fronted_phrase(sentence, verb):
    found = parties.INVERTED.match(sentence)
    assert found and found["actor"].lower() == "polisen"
    assert verb in parties.COMMIT_VERB.split("|")
    assert lists.commits_in_lead_in(sentence)


@pytest.mark.parametrize("verb", ["lovar", "åtar sig", "förbinder sig"])
def test_one_more_att_clause_after_each_reflexive_or_promising_verb(verb):
    sentence = f"Föreningen {verb} att måla om lokalen och att städa parken."
    assert structure.att_clauses(sentence) == [
        f"Föreningen {verb} att måla om lokalen",
        "att städa parken.",
    ]
