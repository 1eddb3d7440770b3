"""The cadence reader: how often the pledge is followed up."""

import pytest

from imports.documents.reading.cadence import parse_cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Uppföljning av medborgarlöftet kommer att ske kvartalsvis.", "kvartal"),
        ("Uppföljning sker årligen och publiceras.", "arligen"),
        ("Löftet följs upp varje tertial.", "tertial"),
        ("Vi följer upp löftet efter varje tertial.", "tertial"),
        ("Uppföljningen görs två gånger per år.", "halvar"),
        ("Uppföljning av medborgarlöftena skall ske det första kvartalet 2019.", "vid_slut"),
        (
            "Resultatet ska följas upp genom fortlöpande redovisning av aktiviteter samt att det "
            "årligen görs en enkät.",
            "kontinuerligt",
        ),
        ("Medborgarlöftet förnyas årligen.", None),
        ("Uppföljning MedborgarlöfteVaggeryd, tertial 3 2020", None),
    ],
)
def test_the_cadence_comes_from_a_sentence_about_follow_up(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence
