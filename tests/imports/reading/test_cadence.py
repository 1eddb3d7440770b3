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
        # A count of follow-ups in a year, in words or digits, makes the cadence.
        ("Löftet följs upp tre gånger om året i styrgruppen.", "tertial"),
        ("Arbetet följs upp fyra gånger per år.", "kvartal"),
        ("Resultatet redovisas 1 gång per år för nämnden.", "arligen"),
        ("Avstämning görs vid två tillfällen under året.", "halvar"),
        ("Uppföljning sker i rådet vid två tillfällen under 2025.", "halvar"),
        # So many months apart.
        ("Löftet följs upp var tredje månad.", "kvartal"),
        ("Efter sex månader ska löftena utvärderas med en enkät.", "halvar"),
        # Following up throughout the pledge's time is continuous.
        (
            "Vi kommer att följa upp aktiviteterna under den tid medborgarlöftet gäller.",
            "kontinuerligt",
        ),
        ("Medborgarlöftet förnyas årligen.", None),
        # A count in a promise, not about follow-up, is no cadence.
        ("Polisen ska patrullera vid två tillfällen per vecka.", None),
        ("Uppföljning MedborgarlöfteVaggeryd, tertial 3 2020", None),
    ],
)
def test_the_cadence_comes_from_a_sentence_about_follow_up(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Varje tertial följs löftet upp i styrgruppen.", "tertial"),
        ("Arbetet redovisas fortlöpande till styrgruppen.", "kontinuerligt"),
        ("Uppföljning sker fortlöpande.", "kontinuerligt"),
        ("Resultaten redovisas i maj och september.", "halvar"),
        ("Löftet följs upp i april, augusti och december.", "tertial"),
        ("Löftet följs upp i samband med nytt medborgarlöfte.", "vid_slut"),
        ("Följa upp arbetet i samband med att ett nytt medborgarlöfte tas fram.", "vid_slut"),
        ("Insatsen pågår till och med den 18 maj 2017, då utfallet ska utvärderas.", "vid_slut"),
        ("Löftet utvärderas årligen.", "arligen"),
        (
            "Det löpande arbetet går att följa på Facebook och arbetet följs upp tertialvis.",
            "tertial",
        ),
        ("Polisen redovisar brottsstatistiken och löftet förnyas årligen.", None),
        ("Uppföljning av medborgarlöftet, kvartal 2 2021", None),
    ],
)
def test_more_ways_of_saying_how_the_pledge_is_followed_up(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence
