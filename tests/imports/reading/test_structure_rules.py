"""Rules that read the document's structure rather than one promise: organisations listed beside
the two giving the pledge, a promise that names nobody, an earlier pledge printed below, the
follow-up rhythm within a year, signatures with titles outside the list, and the period."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.cadence import parse_cadence
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.period import parse_period
from imports.documents.reading.signatories import signatories_in_lines, signatories_in_sentence
from imports.documents.reading.structure import blocks_of

GAZETTEER = Gazetteer(
    [("0760", "Uppvidinge"), ("1882", "Askersund"), ("0763", "Tingsryd"), ("0764", "Alvesta")],
    [],
)


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def parties(document):
    return [(f.value["name"], f.value["role"]) for f in read(document).parties]


def test_organisations_listed_with_the_police_and_the_municipality_take_part():
    document = (
        "Uppvidinge kommun, Uppvidingehus, Bygdegårdarna och lokalpolisområde Växjö har kommit "
        "överens om ett medborgarlöfte för 2031.\n\nVi lovar att:\n\n• synas i centrum"
    )
    assert parties(document) == [("Uppvidingehus", "medverkar"), ("Bygdegårdarna", "medverkar")]


def test_places_and_the_municipalitys_own_bodies_in_such_a_list_are_no_parties():
    document = (
        "Medborgarlöfte 2031\n\nLöftet innebär ett samarbete med polisen, Tingsryd, Alvesta och "
        "Uppvidinge kommun, Socialtjänsten och Länstrafiken för att öka tryggheten.\n\n"
        "Vi lovar att:\n\n• synas på stationerna"
    )
    assert parties(document) == [("Länstrafiken", "medverkar")]


def test_a_clause_after_the_list_is_no_name():
    document = (
        "Medborgarlöfte Uppvidinge kommun 2031\n\nPolisen lovar att:\n\n"
        "• I samverkan mellan Polisen, skolan och Folkhälsan fokusera på värdegrundsarbete."
    )
    assert parties(document) == []


def test_two_partners_joined_by_samt_are_two():
    document = (
        "Medborgarlöfte Uppvidinge kommun 2031\n\nVi lovar att:\n\n"
        "• Polis och Uppvidinge kommun ska tillsammans med Räddningstjänsten samt Vidingehem "
        "samverka vid evenemang."
    )
    assert ("Räddningstjänsten", "medverkar") in parties(document)


@pytest.mark.parametrize(
    ("lead_in", "carried"),
    [
        (
            "Uppvidinge kommun och polisen har kommit överens om medborgarlöftet.\n\n"
            "Medborgarlöftet innehåller följande:",
            "gemensamt",
        ),
        ("Under åren 2031-2032 är polisens medborgarlöften följande.", "polisen"),
    ],
)
def test_a_promise_naming_nobody_is_carried_by_who_gives_the_pledge_flagged(lead_in, carried):
    extraction = read(
        f"Medborgarlöfte Uppvidinge kommun\n\n{lead_in}\n\n"
        "• Minst två trygghetsvandringar per år.\n• Information på föräldramöten."
    )
    assert [a.responsible for a in extraction.actions] == [carried, carried]
    assert all(not a.responsible_sure for a in extraction.actions)
    assert "löfte 1, ansvarig: löftet och meningen före listan nämner ingen part" in " ".join(
        extraction.doubts()
    )


def test_an_earlier_pledge_printed_below_gives_no_promises():
    extraction = read(
        "Uppvidinge – medborgarlöften\n\nMedborgarlöfte 2031-2032\n\n"
        "Polisen och Uppvidinge kommun lovar att:\n\n• synas i centrum\n• stödja grannsamverkan"
        "\n\nMedborgarlöfte i Uppvidinge 2029-2030\n\nPolisen och kommunen lovar att:\n\n"
        "• genomföra trafikkontroller\n• hålla medborgardialoger"
    )
    assert [a.text for a in extraction.actions] == ["Synas i centrum", "Stödja grannsamverkan"]
    assert any("tidigare medborgarlöfte" in remark for remark in extraction.remarks)


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Årligen genomförs s.k. tertialuppföljningar där polisen redogör för arbetet.", "tertial"),
        ("Uppföljning av medborgarlöftet ska ske årligen i maj och november.", "halvar"),
        ("Uppföljning och utvärdering sker efter arbetets slut.", "vid_slut"),
        ("En utvärdering kommer att presenteras innan utgången av 2031.", "vid_slut"),
        ("Medborgarlöftet följs upp årligen.", "arligen"),
    ],
)
def test_the_follow_up_rhythm(sentence, cadence):
    assert parse_cadence(sentence)[0] == cadence


def test_continuous_collaboration_is_no_follow_up_rhythm():
    assert parse_cadence("Uppföljning\nLöftet är ett åtagande om kontinuerlig samverkan.") is None


def test_a_signature_with_a_title_outside_the_list_and_the_area_in_lower_case():
    block = blocks_of("Ola Severinsson, kommunpolis, lokalpolisområde Växjö")[0]
    people = signatories_in_lines(block)
    assert [(p.name, p.title, p.side) for p in people] == [
        ("Ola Severinsson", "Kommunpolis", "polis")
    ]
    block = blocks_of("Per Gustavsson, säkerhetsskyddschef, Alvesta kommun")[0]
    assert [(p.name, p.title) for p in signatories_in_lines(block)] == [
        ("Per Gustavsson", "Säkerhetsskyddschef")
    ]


def test_a_signing_sentence_with_a_particle_in_the_name_and_a_party_without_comma():
    sentence = (
        "Under måndagen skrevs löftet under av lokalpolisområdeschef Karl von Krusenstjerna och "
        "Marit Holmstrand (S) kommunstyrelsens ordförande."
    )
    people = signatories_in_sentence(sentence, 1)
    assert [(p.name, p.title) for p in people] == [
        ("Karl von Krusenstjerna", "Lokalpolisområdeschef"),
        ("Marit Holmstrand", "Kommunstyrelsens ordförande"),
    ]


@pytest.mark.parametrize(
    ("written", "period"),
    [
        (
            "Kommunen och polisen har tagit fram 2031 års medborgarlöfte.",
            ("2031-01-01", "2031-12-31"),
        ),
        ("Medborgarlöfte 2031/2032", ("2031-01-01", "2032-12-31")),
        ("MEDBORGARLÖFTE FÖR UPPVIDINGE 2031", ("2031-01-01", "2031-12-31")),
    ],
)
def test_more_ways_to_state_the_period(written, period):
    assert parse_period(written) == period
