"""Rules from the tenth round's batch: places a pledge names over a list, a pledging line left
open at its preposition, a promise over the means list below it, a sentence that opens with
"Utöver …", a report line at a page's foot, the ground of the situation gathered in a year, an
organisation named before a short infinitive, and a side's unit named at the head of a cut item
(all texts made up)."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer

GAZETTEER = Gazetteer([("9901", "Exempelby"), ("9902", "Provstad")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def promises(extraction):
    return [(a.text[:40], a.responsible) for a in extraction.actions]


def test_places_listed_under_a_pledge_are_where_it_is_kept_not_promises():
    extraction = read(
        "Exempelby – medborgarlöften\n\n"
        "Medborgarlöfte\n\n"
        "Polis och kommun lovar att gemensamt öka tryggheten på följande platser i kommunen.\n\n"
        "Delar av Exempelby som innefattar:\n\n"
        " • Torget och busstationen\n"
        " • Idrottsplatsen\n"
    )
    assert len(extraction.actions) == 1
    assert extraction.actions[0].text.startswith("Polis och kommun lovar att gemensamt öka")
    assert extraction.actions[0].responsible == "gemensamt"


def test_a_list_of_focus_areas_is_still_read_as_before():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Polisen i Provstad kommer ha stort fokus på följande områden:\n\n"
        "Ungdomar\n\n"
        "Polisen ska arbeta uppsökande där ungdomar träffas på kvällarna.\n"
    )
    assert [a.responsible for a in extraction.actions] == ["polisen"]


def test_a_pledging_line_left_open_at_its_preposition_heads_the_paragraphs_below():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Medborgarlöfte 2031\n\n"
        "Polisen och Provstads kommun lovar att arbeta med\n\n"
        "Trygga stråk\n\n"
        "Polisen och kommunen ska tillsammans kartlägga de mörka gångvägarna i centrum.\n\n"
        "Ny lagstiftning\n\n"
        "Kommunen ska se över hur arbetet ska organiseras\n"
    )
    assert promises(extraction) == [
        ("Polisen och kommunen ska tillsammans kar", "gemensamt"),
        ("Kommunen ska se över hur arbetet ska org", "kommunen"),
    ]


def test_a_promise_over_a_means_list_is_read_and_its_side_carries_the_means():
    extraction = read(
        "Exempelby – medborgarlöften\n\n"
        "Medborgarlöftet 2031 handlar om gemensamma lägesbilder.\n\n"
        "Exempelby kommun och lokalpolisområde Provdal lovar att i samverkan ta fram "
        "lägesbilder över hela kommunen.\n\n"
        "Detta ska göras genom att:\n\n"
        "  • Varje månad ta fram en lägesbild från de kommunala samt polisiära verksamheterna.\n"
        "  • Besluta om gemensamma insatser utifrån lägesbilden.\n"
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt"] * 3
    assert extraction.actions[0].text.startswith("Exempelby kommun och lokalpolisområde Provdal")


def test_a_deed_besides_the_focus_areas_is_a_promise_but_work_besides_the_pledge_is_not():
    besides_areas = read(
        "Nytt medborgarlöfte i Exempelby\n\n"
        "Följande fokusområden har prioriterats:\n\n"
        "  • Trafik\n  • Narkotika\n\n"
        "Utöver dessa fokusområden kommer Exempelby kommun och polisen de kommande åren att "
        "kartlägga våld i nära relationer.\n"
    )
    assert promises(besides_areas) == [("Utöver dessa fokusområden kommer Exempel", "gemensamt")]
    besides_pledge = read(
        "Polisens nya plan i Exempelby\n\n"
        "Utöver medborgarlöftena ska polisen arbeta efter den nya handlingsplanen.\n"
    )
    assert besides_pledge.actions == []


def test_a_report_line_at_the_foot_of_a_pledge_news_item_gives_no_period():
    extraction = read(
        "Nytt medborgarlöfte i Exempelby\n\n"
        "Nu har nya löften tecknats mellan polis och kommun.\n\n"
        "Följande fokusområden har prioriterats för långsiktig samverkan:\n\n"
        "  • Trafiksäkerhet\n  • Narkotika bland unga\n\n"
        "Utöver tidigare arbete kommer Exempelby kommun och polisen att genomföra "
        "trygghetsvandringar.\n\n"
        "Uppföljning av medborgarlöfte 2029-2030, Exempelby kommun\n"
    )
    assert extraction.period is None


def test_a_report_heading_at_the_top_still_gives_its_years():
    extraction = read(
        "Uppföljning 2029-30 medborgarlöfte Exempelby\n\n"
        "I vårt medborgarlöfte har vi haft fokus på trafiken.\n\n"
        " • Minst 4 trafikinsatser. (Polis)\n\n"
        "Resultat.\n\n"
        " • 4 trafikinsatser har genomförts under året.\n"
    )
    assert extraction.period is not None
    assert extraction.period.value[0].startswith("2029")


def test_years_in_which_the_ground_was_gathered_are_not_the_period():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Bakgrund\n\n"
        "Ett flertal källor har analyserats och sammanställts under 2030.\n\n"
        "Fokusområden\n\n"
        " • Närvaro – polisen ska synas mer i centrum.\n"
    )
    assert extraction.period is None


def test_an_organisation_before_a_short_infinitive_is_named_alone():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Medborgarlöfte 2031\n\n"
        "Aktiviteter\n\n"
        " • Kommunen ska tillsammans med Provbostäder se över belysningen vid torget.\n"
        " • Polisen ska tillsammans med Exempelhem ta fram en plan för gården.\n"
    )
    assert [p.value["name"] for p in extraction.parties] == ["Provbostäder", "Exempelhem"]


def test_a_side_unit_at_the_head_of_a_cut_item_carries_it():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Medborgarlöfte 2031\n\n"
        "Aktiviteter\n\n"
        " • Polisen ska genomföra trafikkontroller vid skolorna.\n"
        " • Kommunen ska informera föräldrar om nattvandring.\n"
        " • Kommunens fältassistenter från fritid och skol"
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen", "kommunen"]


def test_activities_a_side_plans_are_its_promises_and_a_verbless_also_adds_one():
    extraction = read(
        "Nya löften i Provstad\n\n"
        "Under onsdagen skrev kommunen och polisen under årets medborgarlöfte.\n\n"
        "Mer närvaro\n"
        "Några av aktiviteterna som polisen planerar för att nå 2031 års löften är att "
        "patrullera torget varje lördagskväll. Även fler besök på skolorna.\n"
        "- Vi blir fler poliser i år, säger Per Provare.\n"
    )
    assert promises(extraction) == [
        ("Några av aktiviteterna som polisen plane", "polisen"),
        ("Även fler besök på skolorna.", "polisen"),
    ]


def test_a_politician_named_with_the_party_alone_signs_for_the_municipality():
    extraction = read(
        "Nya löften i Provstad\n\n"
        "Medborgarlöftet gäller under 2031.\n\n"
        "Karin Lund (C) och lokalpolischef Erik Berg har precis skrivit under 2031 års "
        "medborgarlöfte."
    )
    assert [(s.name, s.title, s.side) for s in extraction.signatories] == [
        ("Karin Lund", "", "kommun"),
        ("Erik Berg", "Lokalpolischef", "polis"),
    ]


def test_an_item_with_a_subject_of_its_own_in_a_list_of_sided_items_names_no_side():
    extraction = read(
        "Provstad – medborgarlöften\n\n"
        "Medborgarlöfte 2031\n\n"
        "Aktiviteter\n\n"
        " • Polisen kommer genomföra hundsök i skolorna.\n"
        " • Den lokala samverkansgruppen kommer att träffas varje månad om kommunens läge.\n"
        " • Kommunen ska fortsätta arbetet med föräldragrupper.\n"
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "ej_angivet", "kommunen"]


def test_pledges_run_on_into_the_year_their_heading_names_give_that_year():
    extraction = read(
        "Medborgarlöfte i Provstad\n\n"
        "Polisen och kommunen har valt att förlänga 2029 och 2030 års medborgarlöften till att "
        "gälla även under 2031.\n\n"
        "Medborgarlöfte 2031\n\n"
        " • Skapa trygga skolvägar.\n"
    )
    assert extraction.period.value == ("2031-01-01", "2031-12-31")
