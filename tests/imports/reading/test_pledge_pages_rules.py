"""Rules for pledge pages as residents meet them: lead-ins named by a police area, focus areas
under an item, group labels of the police's deeds, worries, years given the pledge noun after
them, a sentence introducing what follows, and municipal units named without an article."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.parties import parse_responsible
from imports.documents.reading.period import find_period
from imports.documents.reading.structure import Block, blocks_of, is_heading, is_open_lead_in

GAZETTEER = Gazetteer([("2584", "Kiruna")], [])


def _promises(document):
    return [(a.responsible, a.text) for a in pipeline.read(text.clean(document), GAZETTEER).actions]


def test_a_lead_in_left_open_after_a_police_area_and_its_place_introduces_the_list():
    lead_in = Block(0, ["Lokalpolisområde Norrby kommer att genomföra"])
    assert is_open_lead_in(lead_in, Block(2, [" • Fotpatrullering i centrum."]))
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Löftet gäller från 1 januari 2030 - 31 december 2031.\n\n"
        "Lokalpolisområde Norrby kommer att genomföra\n\n"
        " • Fotpatrullering kring skolor och torg.\n"
        " • Hastighetskontroller vid ett tillfälle per vecka.\n\n"
        "Polisen och kommunen kommer tillsammans att:\n\n"
        " • Utveckla samverkan kring unga."
    )
    assert [responsible for responsible, _ in found] == ["polisen", "polisen", "gemensamt"]


def test_focus_areas_indented_under_an_item_that_names_them_are_no_promises():
    found = _promises(
        "Medborgarlöfte 2030\n\n"
        " • Polisen tillsammans med Kiruna kommun kommer att samordna arbetet mot droger "
        "genom följande fokusområden;\n"
        "  • färre unga som börjar använda droger\n"
        "  • färre rattfulla på vägarna\n"
        " • Polisen tillsammans med Kiruna kommun kommer att arbeta för en lugnare trafik\n"
    )
    assert len(found) == 2
    assert found[1][1].startswith("Polisen tillsammans med Kiruna kommun kommer att arbeta")


def test_a_label_of_the_polices_deeds_names_the_police():
    found = _promises(
        "Medborgarlöfte 2030\n\n"
        "Polisen och Kiruna kommun lovar att arbeta med följande aktiviteter.\n\n"
        "Gemensamma aktiviteter:\n\n • Föräldramöten om droger\n\n"
        "Polisiära aktiviteter:\n\n • Riktade kontroller vid skolor\n\n"
        "Polisiär aktivitet:\n\n • Cykelpatrullering"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt", "polisen", "polisen"]


def test_a_list_of_what_residents_worry_about_is_no_promise():
    found = _promises(
        "Medborgarlöfte 2030\n\n"
        "Medborgarlöfte 2030:\n\n"
        " • Kommunen ska tända fler gatlampor i parkerna.\n\n"
        "Det som oroar invånarna mest i Kiruna är:\n\n"
        " • Bilinbrott\n • Klotter\n"
    )
    assert [responsible for responsible, _ in found] == ["kommunen"]


def test_years_given_the_pledge_noun_after_them_are_its_period():
    found, _ = find_period(
        blocks_of(
            "Norrby – medborgarlöften\n\n"
            "Utifrån enkäter och statistik har följande aktiviteter tagits fram som grund för "
            "2030 och 2031 års medborgarlöften."
        ),
        is_heading,
    )
    assert found.value == ("2030-01-01", "2031-12-31")


def test_a_sentence_telling_what_follows_was_drawn_up_is_no_promise():
    found = _promises(
        "Medborgarlöfte\n\n"
        "Polisen och Kiruna kommun lovar att gemensamt arbeta för tryggheten genom följande "
        "aktiviteter:\n\n"
        "Utifrån enkäter och möten har följande mål och aktiviteter tagits fram för perioden.\n\n"
        "Trafik\n\n • Polisen genomför hastighetskontroller i byarna."
    )
    assert [responsible for responsible, _ in found] == ["polisen"]


def test_a_municipal_unit_named_without_its_article_is_the_municipalitys_side():
    assert parse_responsible("Polis och socialtjänst kommer att träffa föräldrar.")[0] == (
        "gemensamt"
    )
    assert parse_responsible("Polis, skola och socialtjänst ska ordna en temakväll.")[0] == (
        "gemensamt"
    )


def test_a_partner_named_before_the_verb_leaves_the_subject_after_it_carrying_the_promise():
    assert parse_responsible("Tillsammans med kommunen ska polisen ordna en cykeldag.")[0] == (
        "polisen"
    )
    found = _promises(
        "Nya medborgarlöften i Kiruna\n\n"
        "I de nya medborgarlöftena lovar polisen att patrullera i centrum varje fredag. "
        "Tillsammans med polisen ska kommunen genomföra en trygghetsvandring i oktober."
    )
    # The sentence is a promise of its own, not the end of the one before it.
    assert (
        "kommunen",
        "Tillsammans med polisen ska kommunen genomföra en trygghetsvandring i oktober.",
    ) in found


def test_areas_named_in_a_row_after_working_with_the_following_are_no_deeds():
    found = _promises(
        "Nya medborgarlöften i Kiruna\n\n"
        "Kiruna kommun och polisen presenterar nu medborgarlöften för åren 2030-2031.\n\n"
        "Polisen och Kiruna kommun lovar att under perioden arbeta med följande: trygga parker, "
        "säkrare skolvägar, färre inbrott samt tydligare information."
    )
    assert found == []
    found = _promises(
        "Nya medborgarlöften i Kiruna\n\n"
        "Polisen och Kiruna kommun lovar att under perioden arbeta med trygga parker.\n\n"
        "Polisen ska genomföra trafikkontroller vid skolorna varje vecka."
    )
    assert len(found) == 2
