"""Rules for pages as residents meet them (batch rd9): a lead-in left open at "kommer;" that
each item finishes with its subject and an infinitive, the police authority's list in the
genitive, a genitive subject with a field after it, a year inside one item of a list, a start
day that leaves out the year it shares with the end, and a signing told under an earlier
pledge's heading."""

from imports.documents.reading.parties import parse_responsible
from imports.documents.reading.period import find_period, parse_period
from imports.documents.reading.structure import blocks_of, is_heading

from .reading import promises_of, read


def test_items_that_finish_a_lead_in_left_open_at_kommer_name_their_own_side():
    found = promises_of(
        "Kiruna – medborgarlöften\n\n"
        "Lokalpolisområde Norrby och Kiruna kommun lovar att gemensamt arbeta för ökad trygghet "
        "genom följande aktiviteter:\n\n"
        "För att minska skadegörelsen kommer;\n\n"
        "  • Polisen att patrullera vid skolorna varje helg.\n\n"
        "För att öka tryggheten i parkerna kommer;\n\n"
        "  • Kommunen att byta trasiga lampor i parkerna två gånger per år.\n\n"
        "För att synas mer på landsbygden kommer;\n\n"
        "  • Polisen eftersträva att besöka byarna oftare.\n\n"
        "För att stärka föräldrarna kommer polisen och kommunen att samverka:\n\n"
        "  • Kommunen att bjuda in till föräldramöten.\n"
        "  • Polisen att berätta om droger på föräldramötena.\n"
    )
    assert [responsible for responsible, _ in found] == [
        "polisen",
        "kommunen",
        "polisen",
        "kommunen",
        "polisen",
    ]


def test_the_police_authoritys_list_in_the_genitive_is_the_polices():
    found = promises_of(
        "Medborgarlöfte i Kiruna 2031\n\n"
        "Kiruna kommun och polisen kommer under 2031 att arbeta för ökad trygghet.\n\n"
        "Polismyndighetens åtaganden:\n\n"
        "  • Bidra till färre olyckor på vägarna.\n"
        "  • Synas vid skolorna under skoltid.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "polisen"]


def test_a_genitive_subject_with_a_field_after_its_noun_carries_the_promise():
    assert parse_responsible("Polisens närvaro i centrum ska öka under kvällarna.")[0] == "polisen"
    assert parse_responsible("Kommunens arbete inom skolan ska stärkas.")[0] == "kommunen"


def test_a_year_after_the_deed_in_one_item_is_no_period():
    document = (
        "Kiruna – medborgarlöften\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "  • Polisen lovar att delta vid kommunens dialogmöten under 2031.\n"
        "  • Kommunen lovar att laga belysningen vid skolorna.\n"
    )
    found, _until = find_period(blocks_of(document), is_heading)
    assert found is None
    # The year before the deed's verb says when the work of the item runs.
    document = (
        "Kiruna – medborgarlöften\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "  • Kommunen och polisen ska under 2031 genomföra trygghetsvandringar i centrum.\n"
    )
    found, _until = find_period(blocks_of(document), is_heading)
    assert found.value == ("2031-01-01", "2031-12-31")


def test_a_count_in_a_page_with_no_period_counts_per_year_when_an_item_names_a_year():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "  • Kommunen ska hålla minst tre utbildningar för krogpersonal.\n"
        "  • Polisen ska göra tillsyn på krogarna vid minst sex tillfällen under 2031.\n"
    )
    assert extraction.period is None
    pers = [t.per for action in extraction.actions for t in action.targets]
    assert pers == ["ar", "ar"]


def test_a_start_day_shares_the_year_of_the_end_it_runs_to():
    assert parse_period(
        "Arbetet ska påbörjas 5 oktober och pågå till och med 20 december 2031."
    ) == ("2031-10-05", "2031-12-20")
    assert parse_period("Löftet börjar 1 november och gäller till och med 31 mars 2032.") == (
        "2031-11-01",
        "2032-03-31",
    )


def test_a_signing_under_an_earlier_pledges_heading_is_that_pledges():
    extraction = read(
        "Kiruna kommun\n\n"
        "Medborgarlöften 2032 diskuterades\n\n"
        "Under tisdagen bjöd polisen och kommunen in till en dialog om vad som ska göras under "
        "2032.\n\n"
        "Medborgarlöften 2030-2031\n\n"
        "Polisen och kommunen lovade att:\n\n"
        "  • Polis patrullerar vid torget varje fredag.\n\n"
        "Medborgarlöftena signerades den 3 mars 2030 i Kiruna mellan Eva Berg, "
        "lokalpolisområdeschef och Per Ek, kommunchef i Kiruna kommun.\n"
    )
    assert extraction.signed_on is None
    assert extraction.signatories == []


def test_a_short_verb_finishing_the_open_lead_in_names_its_side_as_well():
    assert (
        parse_responsible("Polisen att ge råd till föreningarna i kommunernas lokaler.")[0]
        == "polisen"
    )


def test_the_pages_stamp_set_as_a_bullet_is_no_promise():
    found = promises_of(
        "Kiruna kommun\n\n"
        "Löftet: fler poliser i centrum\n\n"
        " • Publicerad 08:15, 4 mars 2031\n\n"
        "Polisen ska patrullera i centrum varje fredag under 2031.\n"
    )
    assert [t for _, t in found] == ["Polisen ska patrullera i centrum varje fredag under 2031."]


def test_a_news_paragraph_that_tells_the_problem_first_holds_the_promises_after_it():
    found = promises_of(
        "Kiruna kommun\n\n"
        "Nytt löfte för en tryggare kommun\n\n"
        "Kommunstyrelsen har antagit löftena för 2031.\n\n"
        "Klotter vid stationen är ett av problemen som invånarna pekat ut. Polisen kommer "
        "därför att patrullera vid stationen på kvällarna. Trafikpolis kommer också "
        "genomföra minst tre hastighetskontroller.\n\n"
        "Cyklar stjäls ofta vid skolan. Enligt löftet ska kommunen sätta upp låsbara "
        "cykelställ.\n"
    )
    assert found == [
        ("polisen", "Polisen kommer därför att patrullera vid stationen på kvällarna."),
        ("polisen", "Trafikpolis kommer också genomföra minst tre hastighetskontroller."),
        ("kommunen", "Enligt löftet ska kommunen sätta upp låsbara cykelställ."),
    ]


def test_a_problem_paragraph_after_a_list_of_promises_holds_no_morepromises_of():
    found = promises_of(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "  • Genomföra trygghetsvandringar i centrum.\n\n"
        "Centrum är kommunens mötesplats. Polisen och kommunen kommer därför koncentrera "
        "arbetet kring torget.\n"
    )
    assert [t for _, t in found] == ["Genomföra trygghetsvandringar i centrum."]


def test_a_list_of_subjects_after_the_verb_that_names_both_sides_is_both():
    assert (
        parse_responsible(
            "Enligt löftet lovar polisen, kommunen och bostadsbolaget att sätta upp belysning."
        )[0]
        == "gemensamt"
    )


def test_a_sentence_opening_with_samverkan_med_lists_the_organisations_taking_part():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och Kiruna kommun lovar att:\n\n"
        "  • Kommunen kommer att hålla en kampanj mot langning i gymnasiet. Samverkan med "
        "Polis, Apoteket Norr, IK Kiruna och Kiruna Volley.\n"
    )
    names = sorted(party.value["name"] for party in extraction.parties)
    assert names == ["Apoteket Norr", "IK Kiruna", "Kiruna Volley"]


def test_vidare_kommer_vi_after_the_list_is_one_more_promise_of_both():
    found = promises_of(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och Kiruna kommun har tagit fram ett gemensamt medborgarlöfte för 2031.\n\n"
        "Det här ska vi göra\n\n"
        "Detta kommer vi att göra genom att:\n\n"
        "  • Patrullera vid skolorna.\n"
        "  • Arbeta med grannsamverkan.\n\n"
        "Vidare kommer vi tillsammans synas på mässor och i lokaltidningen.\n"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt"] * 3
    assert found[-1][1].startswith("Vidare kommer vi tillsammans synas")


def test_a_purpose_clause_ending_at_the_colon_introduces_the_means():
    found = promises_of(
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöften 2031\n\n"
        "Otrygghet i centrum\n\n"
        "För att minska den upplevda otryggheten kring busstationen:\n\n"
        " • Genomföra trygghetsvandringar med boende och handlare.\n"
    )
    assert [t for _, t in found] == ["Genomföra trygghetsvandringar med boende och handlare."]


def test_a_clause_joined_with_samt_with_a_verb_and_subject_of_its_own_is_a_promise_of_its_own():
    found = promises_of(
        "Kiruna kommun\n\n"
        "Nytt löfte för en tryggare kommun\n\n"
        "Rån har ökat vid torget. För att vända det kommer polisen göra kvällspatruller vid "
        "torget samt kommer kommunen sätta upp ny belysning i gränderna.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "kommunen"]
