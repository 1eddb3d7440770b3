"""The promises reader: which lists are promises, and who carries each item."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.lists import is_promise_list
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.sentences import SAID
from imports.documents.reading.structure import Block, is_open_lead_in

GAZETTEER = Gazetteer([("2584", "Kiruna"), ("1480", "Göteborg")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def test_items_inherit_the_party_named_once_for_the_list():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Kiruna kommun och polisen har kommit överens.\n\n"
        "Därför lovar kommunen att:\n\n• Sätta upp belysning i parken.\n• Rensa buskage.\n\n"
        "Och polisen lovar att:\n\n• Synas i centrum på fredagar.\n\n"
        "Tillsammans lovar vi att:\n\n• Genomföra minst två trygghetsvandringar per år."
    )
    assert [(a.responsible, a.responsible_sure) for a in extraction.actions] == [
        ("kommunen", True),
        ("kommunen", True),
        ("polisen", True),
        ("gemensamt", True),
    ]


def test_a_party_inherited_from_a_far_introduction_is_flagged():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polis och kommun lovar att tillsammans arbeta för tryggheten i centrum.\n\n"
        "Detta ska åstadkommas genom bland annat följande aktiviteter:\n\n"
        "• Trafikkontroller.\n• Trygghetsvandringar på prioriterade platser."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt", "gemensamt"]
    assert not extraction.actions[0].responsible_sure
    assert any("ansvar" in line for line in extraction.doubts())


def test_lists_that_are_no_promises_are_left_out():
    assert not is_promise_list("Kartläggningen visade följande problem:", "introduction")
    assert not is_promise_list("Kontakta oss:", "introduction")
    assert is_promise_list("Polisen lovar att:", "situation")
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLägesbild\n\nKartläggningen visade följande problem:\n\n"
        "• Inbrott i fritidshus.\n• Skadegörelse.\n\nPolisen lovar att:\n\n• Synas i centrum."
    )
    assert [a.text for a in extraction.actions] == ["Synas i centrum."]


def test_a_heading_prefix_is_part_of_the_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nNarkotika\n\nPolisen lovar att:\n\n• Göra insatser."
    )
    assert extraction.as_fields()["actions"][0]["promise"] == "Narkotika: Göra insatser."


def test_the_aim_over_a_list_is_no_promise_of_its_own():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVårt löfte till dig\n\n"
        "Polisen och kommunen lovar att arbeta aktivt för att alla ska känna sig trygga.\n\n"
        "Löftet innebär:\n\n• Minst en trafikkontroll varje vecka. (Polisen)\n"
        "• Belysning i parken. (Kommunen)"
    )
    assert [a.text for a in extraction.actions] == [
        "Minst en trafikkontroll varje vecka. (Polisen)",
        "Belysning i parken. (Kommunen)",
    ]


def test_the_aim_is_read_over_a_list_with_its_own_introduction_and_a_paragraph_between():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVårt löfte\n\n"
        "Polisen och kommunen ska tillsammans arbeta för att tryggheten ska öka.\n\n"
        "Vi har kommit överens om att narkotikabruket ska minska.\n\n"
        "Polisen lovar att:\n\n• Synas i centrum."
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Synas i centrum.", "polisen")
    ]


def test_a_promise_sentence_with_no_list_under_it_stays_a_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\n"
        "Polisen lovar att arbeta för att minska bostadsinbrotten.\n\n"
        "Kommunen lovar att sätta upp belysning."
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen"]


def test_an_item_going_on_with_att_keeps_its_own_subject_under_a_joint_introduction():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "För att öka tryggheten i trafiken lovar polisen och kommunen:\n\n"
        "• Att polisen ska genomföra trafikkontroller\n"
        "• Att kommunen ska se över hastighetsgränserna\n"
        "• Att polisen och kommunen träffas i ett trafikråd"
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen", "gemensamt"]


def test_a_list_split_by_blank_lines_stays_under_its_introduction():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLöfte\n\n"
        "Kiruna kommun och polisen ska under 2024 öka tryggheten genom att:\n\n"
        "• Stärka brottsförebyggande rådet.\n  Rådet ska få fler medlemmar.\n\n"
        "• Genomföra trygghetsvandringar.\n\n"
        "• Särskilt fokusera på trafiksäkerhet för elever."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt"] * 3


def test_a_problem_list_split_by_blank_lines_stays_out_of_the_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nKartläggningen visade följande problem:\n\n"
        "• Inbrott i fritidshus.\n\n• Skadegörelse vid skolan.\n\n"
        "Polisen lovar att:\n\n• Synas i centrum."
    )
    assert [a.text for a in extraction.actions] == ["Synas i centrum."]


def test_an_aim_sentence_over_a_list_of_full_promise_sentences_is_no_promise_of_its_own():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\nPolisen lovar att synas i centrum.\n\n"
        "Trygg trafik\n\n"
        "Polisen och kommunen lovar att arbeta för en trygg trafikmiljö.\n\n"
        "• Polisen tillsammans med Kiruna kommun lovar att hålla två cykelkampanjer.\n"
        "• Kommunen lovar att bygga cykelbanor."
    )
    # "… lovar att arbeta för en trygg trafikmiljö" is the aim the list below carries out.
    assert [a.responsible for a in extraction.actions] == ["polisen", "polisen", "kommunen"]


def test_a_sentence_over_an_aim_list_is_a_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\n"
        "Polisen och kommunen lovar att arbeta för att minska våldet i centrum.\n\n"
        "Målet är att:\n\n• Färre ska utsättas för misshandel."
    )
    assert [a.text for a in extraction.actions] == [
        "Polisen och kommunen lovar att arbeta för att minska våldet i centrum."
    ]


def test_promises_announced_without_a_list_follow_as_sentences():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nSituationen idag\n\nInbrotten har ökat.\n\n"
        "Följande löften har valts för 2024:\n\n"
        "Följande områden har identifierats som viktiga:\n\n• Våld\n• Trafik\n\n"
        "Polisen och kommunen lovar att arbeta för att minska våldet.\n\n"
        "Målet är att:\n\n• Färre ska utsättas för våld.\n\n"
        "Polisen och kommunen lovar att arbeta för en ökad trafiksäkerhet."
    )
    assert [(a.promise, a.responsible) for a in extraction.actions] == [
        ("Polisen och kommunen lovar att arbeta för att minska våldet.", "gemensamt"),
        ("Polisen och kommunen lovar att arbeta för en ökad trafiksäkerhet.", "gemensamt"),
    ]


def test_vi_lovar_under_a_topic_heading_is_a_promise_of_both():
    extraction = read(
        "Kiruna – medborgarlöften\n\nMedborgarlöfte 2024\n\n"
        "Under 2023 har polisen och Kiruna kommun hållit medborgardialoger.\n\n"
        "Trygghetsvandringar\n\nVi lovar att vi ska genomföra årliga trygghetsvandringar.\n\n"
        "Trafik\n\nVi lovar att vi ska verka för lägre hastigheter."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt", "gemensamt"]


def test_a_quote_set_with_a_dash_is_no_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\n"
        "– Polisens uppdrag är att stärka närvaron, säger Anna Berg, lokalpolisområdeschef.\n\n"
        "Polisen lovar att:\n\n• Synas i centrum."
    )
    assert [a.text for a in extraction.actions] == ["Synas i centrum."]


def test_paragraphs_under_the_template_heading_of_deeds_are_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Kiruna kommun och polisen har kommit överens om ett medborgarlöfte.\n\n"
        "Det här ska vi göra\n\n"
        "Med början i maj kommer uniformerad polis att finnas vid torget varje fredag.\n\n"
        "Kiruna kommuns fältassistenter ska möta unga på kvällarna.\n\n"
        "Samverkan sker regelbundet i det lokala brottsförebyggande rådet.\n\n"
        "Effekter som ska uppnås\n\n"
        "Kommunen och polisen ska bidra till en ökad trygghet."
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen", "gemensamt"]


def test_under_what_we_achieve_deeds_are_promises_and_states_are_not():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        "• Polisen lovar att synas i centrum.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "Genom närvaron ska kommunen och polisen gemensamt genomföra trygghetsvandringar.\n\n"
        "Kommunens och polisens arbete syftar till att öka tryggheten för alla.\n\n"
        "• Via samverkan är målsättningen att färre ska känna sig otrygga.\n"
        "• Agera mot langning av alkohol."
    )
    assert [a.text[:20] for a in extraction.actions] == [
        "Polisen lovar att sy",
        "Genom närvaron ska k",
        "Agera mot langning a",
    ]


def test_an_opening_adverbial_of_basis_does_not_make_a_list_the_situation():
    assert is_promise_list(
        "Utifrån medborgarnas synpunkter och statistik vill kommunen och polisen utveckla "
        "följande områden under 2024:",
        "introduction",
    )
    assert not is_promise_list("Statistiken visade följande problem:", "introduction")


def test_a_list_introduced_by_what_both_want_is_joint():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Utifrån statistik vill Kiruna kommun och polisen utveckla följande områden:\n\n"
        "1. Genomföra trygghetsvandringar.\n"
        "2. Genomföra dialoger i samverkan med boende i kommunens olika delar."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt", "gemensamt"]


def test_a_line_left_open_at_its_verb_introduces_the_list_below_it():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nDet här ska vi göra\n\n"
        "Kommunen ska\n\n• Öppna fritidsgården på fredagar.\n• Laga belysningen i parken.\n\n"
        "Polisen lovar att\n\n• Patrullera vid stationen.\n"
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Öppna fritidsgården på fredagar.", "kommunen"),
        ("Laga belysningen i parken.", "kommunen"),
        ("Patrullera vid stationen.", "polisen"),
    ]


def test_a_sentence_saying_where_the_work_is_aimed_above_a_list_is_no_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nDet här ska vi göra\n\n"
        "Under 2024 kommer polisen och Kiruna kommun att fokusera på tryggheten vid torget.\n\n"
        "Vi kommer under året göra följande:\n\n• Minst fyra trygghetsvandringar.\n"
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Minst fyra trygghetsvandringar.", "gemensamt")
    ]


def test_a_named_organisation_promising_a_list_carries_it_and_takes_part():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n• Patrullera vid köpcentret.\n\n"
        "Kirunagrillen lovar att:\n\n• Sätta upp kameror.\n"
        "• Stänga klockan 22. I samråd med kommunen och polisen kan tiderna ändras.\n\n"
        "Aktörerna lovar att:\n\n• Träffas varje månad.\n"
    )
    # "Aktörerna" stands for those who give the pledge, not for an organisation of that name.
    assert [a.responsible for a in extraction.actions][:3] == ["polisen", "annan", "annan"]
    assert extraction.actions[3].responsible != "annan"
    assert [p.value for p in extraction.parties] == [{"name": "Kirunagrillen", "role": "medverkar"}]


def test_vi_in_a_pledge_the_police_give_alone_is_the_police():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLokalpolisområde Kirunas medborgarlöften 2024.\n\n"
        "Polisen och kommunen har träffats i rådet.\n\n"
        "Vi uppfyller löftet genom att:\n\n• Vi arbetar mot langning.\n• Vi genomför kontroller.\n"
    )
    assert extraction.issuer.value == "polisen"
    assert [a.responsible for a in extraction.actions] == ["polisen", "polisen"]


def test_an_explanation_under_an_item_does_not_make_it_an_aim():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nDet här ska vi åstadkomma tillsammans\n\n"
        " • Föreläsa om droger för elever i årskurs 8\n"
        "   Syftet är att stärka ungdomarnas ställningstagande.\n"
        " • Via samverkan är målsättningen att alla ska känna sig trygga\n"
    )
    assert [a.text.split(" Syftet")[0] for a in extraction.actions] == [
        "Föreläsa om droger för elever i årskurs 8"
    ]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Polisen och kommunen ska under perioden fokusera arbetet mot målen att:",
        "Syftet med löftet är att parterna ska utveckla arbetet med inriktning på:",
        "Den utlovade närvaron i detta medborgarlöfte kommer att leda till:",
    ],
)
def test_a_list_of_aims_directions_or_effects_is_no_list_of_promises(lead_in):
    assert not is_promise_list(lead_in, "actions")
    extraction = read(
        f"Medborgarlöfte Kiruna 2024\n\n{lead_in}\n\n• Ökad trygghet i centrum.\n"
        "• Färre inbrott.\n\nPolisen lovar att:\n\n• Patrullera vid torget.\n"
    )
    assert [a.text for a in extraction.actions] == ["Patrullera vid torget."]


def test_headings_over_lists_after_a_lead_in_group_the_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen och kommunen lovar att arbeta för tryggheten.\n\n"
        "Det ska åstadkommas genom följande aktiviteter:\n\nTryggare centrum\n\n"
        "• genomföra trygghetsvandringar\n• öppna en mötesplats\n\nMindre narkotika\n\n"
        "• genomföra riktade insatser\n"
    )
    assert [(a.heading, a.text) for a in extraction.actions] == [
        ("Tryggare centrum", "Genomföra trygghetsvandringar"),
        ("Tryggare centrum", "Öppna en mötesplats"),
        ("Mindre narkotika", "Genomföra riktade insatser"),
    ]


def test_a_sentence_between_two_lists_introduces_the_second():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nDet här ska vi göra\n"
        "Polisen och kommunen ska fokusera arbetet mot målen att:\n"
        "- Minska narkotikabruket bland unga\n- Öka tryggheten\n"
        "Löftet omfattar följande insatser ur åtgärdsplanen.\n"
        "- Information till vårdnadshavare\n- Hastighetsmätningar vid skolorna\n"
    )
    assert [a.text for a in extraction.actions] == [
        "Information till vårdnadshavare",
        "Hastighetsmätningar vid skolorna",
    ]


def test_what_the_parties_shall_reach_under_the_achieve_heading_is_no_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar att:\n\n• Patrullera vid torget.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "• Polis och kommun ska uppnå ökad trygghet i centrum\n"
    )
    assert [a.text for a in extraction.actions] == ["Patrullera vid torget."]


def test_the_page_title_does_not_open_the_promises():
    extraction = read(
        "Sök\n\nKiruna – medborgarlöften\n\n"
        "Polisen och Kiruna kommun ska tillsammans öka tryggheten i centrum under 2024.\n\n"
        "Aktiviteter inom medborgarlöftet 2024:\n\n• Trygghetsvandringar i centrum.\n"
    )
    assert [a.text for a in extraction.actions] == ["Trygghetsvandringar i centrum."]


def test_a_paragraph_right_under_a_lead_in_naming_who_is_their_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen lovar:\n\nPolisen ska patrullera vid torget.\n\n"
        "Tillsammans lovar polisen och Kiruna kommun:\n\n"
        "Genomföra dialogmöten i varje stadsdel.\n"
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Polisen ska patrullera vid torget.", "polisen"),
        ("Genomföra dialogmöten i varje stadsdel.", "gemensamt"),
    ]


def test_a_promise_may_open_with_an_adverbial_before_its_verb_and_subject():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\n"
        "Vi lovar att genomföra trygghetsvandringar.\n\n"
        "I syfte att minska inbrotten ska kommun och polis starta fler grannsamverkansområden.\n"
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt", "gemensamt"]
    assert extraction.actions[1].text.startswith("I syfte att minska inbrotten")


def test_the_focus_stated_above_headings_and_a_list_or_alone_is_no_promise():
    focus = "Under 2024 kommer polisen och Kiruna kommun att fokusera på trafiken."
    with_list = read(
        f"Medborgarlöfte Kiruna 2024\n\nDet här ska vi göra\n\n{focus}\n\n"
        "Våra aktiviteter\n\n• Genomföra trafikkontroller.\n"
    )
    assert [a.text for a in with_list.actions] == ["Genomföra trafikkontroller."]
    alone = read(f"Medborgarlöfte Kiruna 2024\n\nLöftet 2024\n\n{focus}\n")
    assert [a.text for a in alone.actions] == []
    # A focus stated in a paragraph of deeds leaves the deeds promises.
    mixed = read(
        f"Medborgarlöfte Kiruna 2024\n\nLöftet 2024\n\n{focus} "
        "Vi kommer även att arbeta med trygghetsvandringar i centrum.\n"
    )
    assert [a.text for a in mixed.actions] == [
        "Vi kommer även att arbeta med trygghetsvandringar i centrum."
    ]


def test_an_adverb_before_att_still_starts_a_promise_and_a_caption_is_none():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen och Kiruna kommun lovar att:\n\n"
        "• Genomföra trygghetsvandringar.\n\n"
        "Vi kommer också att fortsätta samarbetet med skolorna.\n\n"
        "Bild\n\n• 1170px Torget 035\n  Bild: Anna Berg Fotograf: Per Ek\n"
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Genomföra trygghetsvandringar.", "gemensamt"),
        ("Vi kommer också att fortsätta samarbetet med skolorna.", "gemensamt"),
    ]


def test_organisations_named_with_the_givers_take_part():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Löftet tas fram i samverkan mellan polisen, Kiruna kommun och Region Norrbottens "
        "lokala nämnd i Kiruna.\n\nVåra löften:\n\n"
        "• Kommunen, polisen, Stiftelsen Kirunagården och andra inbjudna genomför "
        "trygghetsvandringar.\n"
    )
    assert [p.value["name"] for p in extraction.parties] == [
        "Stiftelsen Kirunagården",
        "Region Norrbottens lokala nämnd i Kiruna",
    ]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Medborgarna har lyft följande:",
        "I förra årets löfte lovade vi:",
        "Det här vill vi uppnå",
    ],
)
def test_lists_of_wishes_earlier_pledges_and_outcomes_hold_no_promises(lead_in):
    extraction = read(
        f"Medborgarlöfte Kiruna 2024\n\n{lead_in}\n\n• Färre mopeder i centrum.\n"
        "• Ökad trygghet.\n\nKommunen lovar att:\n\n• Städa parken.\n"
    )
    assert [a.text for a in extraction.actions] == ["Städa parken."]


def test_a_list_after_a_sentence_comparing_with_last_year_still_holds_promises():
    assert is_promise_list(
        "Vi bedömer likt föregående år att barn och unga behöver fokus. Vi ska:", "actions"
    )


def test_tillsammans_ska_vi_is_a_promise_of_those_who_give_the_pledge():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen och Kiruna kommun lovar följande.\n\n"
        "Våra löften\n\nTillsammans ska vi ordna en trygghetsdag i centrum.\n"
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Tillsammans ska vi ordna en trygghetsdag i centrum.", "gemensamt")
    ]


def test_a_priority_stated_above_a_list_is_its_aim():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nVåra löften\n\n"
        "Därför lovar vi att prioritera arbetet mot trafikbrott.\n\n"
        "• Genomföra hastighetskontroller.\n"
    )
    assert [a.text for a in extraction.actions] == ["Genomföra hastighetskontroller."]


def test_each_sentence_that_starts_a_promise_in_a_paragraph_is_one():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLöftet 2024\n\n"
        "Under 2024 kommer polisen och Kiruna kommun att fortsätta bekämpa narkotikan. "
        "Vi kommer även att arbeta med trafiken. Syftet är färre olyckor.\n"
    )
    assert [a.text for a in extraction.actions] == [
        "Under 2024 kommer polisen och Kiruna kommun att fortsätta bekämpa narkotikan.",
        "Vi kommer även att arbeta med trafiken. Syftet är färre olyckor.",
    ]


def test_a_list_of_where_to_follow_the_work_is_no_list_of_promises():
    assert not is_promise_list("Invånarna i Kiruna kan följa arbetet genom:", "")
    assert not is_promise_list("Följ hur det går genom:", "")
    assert is_promise_list("Det ska vi åstadkomma genom följande aktiviteter:", "")


def test_states_reached_under_the_achieve_heading_are_aims_not_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nPolisen och kommunen lovar att:\n\n"
        "• Genomföra trygghetsvandringar i centrum.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "• Minskad oro för inbrott i villaområdena.\n• Ökat förtroende för polis och kommun.\n"
        "• Skadegörelsen i parken ska märkbart minska.\n"
        "• Informera föräldrar om droger."
    )
    assert [a.text for a in extraction.actions] == [
        "Genomföra trygghetsvandringar i centrum.",
        "Informera föräldrar om droger.",
    ]


def test_each_numbered_promise_heading_holds_the_paragraph_under_it():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLokalpolisområde Kiruna avger följande löfte.\n\n"
        "Löfte 1\nFör att öka tryggheten ska Lokalpolisområde Kirunas områdespoliser synas i "
        "centrum.\n\n"
        "Löfte 2\nFör att möta önskemålen avdelas en patrull till skolorna"
    )
    assert [(a.heading, a.text[:22]) for a in extraction.actions] == [
        ("", "För att öka tryggheten"),
        ("", "För att möta önskemåle"),
    ]
    assert extraction.actions[0].responsible == "polisen"


def test_a_list_of_wished_effects_is_no_list_of_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att\n\n• Genomföra trafikkontroller vid skolorna.\n\n"
        "Önskade effekter av arbetet\n\n"
        "• Genom fler kontroller bidra till att föräldrar känner sig trygga."
    )
    assert [a.text for a in extraction.actions] == ["Genomföra trafikkontroller vid skolorna."]


def test_a_list_of_channels_is_no_list_of_promises():
    assert not is_promise_list(
        "Löftet ska spridas till invånarna när det börjar gälla, genom följande kanaler:",
        "unknown",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Polisen och kommunen kommer under året att fokusera på två områden.",
        "Fokusområdena står i avtalet mellan polisen och kommunen.",
        "Följ med i hur det går!",
    ],
)
def test_a_paragraph_naming_focus_areas_or_where_to_follow_heads_no_promises(paragraph):
    extraction = read(
        f"Medborgarlöfte Kiruna 2024\n\n{paragraph}\n\n"
        "• Öka tryggheten i centrum.\n• Förebygga inbrott i villaområden.\n\n"
        "Polisen lovar att\n\n• Genomföra trafikkontroller vid skolorna."
    )
    assert [a.text for a in extraction.actions] == ["Genomföra trafikkontroller vid skolorna."]


def test_a_quote_whose_speaker_comes_after_a_title_is_no_promise():
    extraction = read(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Polisen lovar att\n\n• Genomföra trafikkontroller vid skolorna.\n\n"
        "– Vi vill att alla ska känna sig trygga i centrum, säger kommunchef Eva Ek."
    )
    assert [a.text for a in extraction.actions] == ["Genomföra trafikkontroller vid skolorna."]


def test_a_paragraph_about_pledges_in_general_under_a_promising_lead_in_is_no_promise():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och Kiruna kommun lovar att arbeta för ökad trygghet genom följande:\n\n"
        "Medborgarlöften är en del av samverkan mellan polis och kommun.\n\n"
        "Polisen lovar att\n\n• Genomföra trafikkontroller vid skolorna."
    )
    assert [a.text for a in extraction.actions] == ["Genomföra trafikkontroller vid skolorna."]


def test_a_lead_in_labelled_as_the_problem_picture_heads_no_promises():
    assert not is_promise_list(
        "Problembild: Av enkäten framkommer att det viktigaste kommunen ska göra är:", "unknown"
    )


def test_an_achieve_lead_in_after_the_promises_lists_what_they_achieve():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen och kommunen lovar att:\n\n• Genomföra trygghetsvandringar i centrum.\n\n"
        "Det här ska vi åstadkomma tillsammans:\n\n"
        "• Genomföra vandringar och därmed öka tryggheten i centrum."
    )
    assert [a.text for a in extraction.actions] == ["Genomföra trygghetsvandringar i centrum."]


def test_promises_in_running_text_with_the_verb_before_its_subject():
    extraction = read(
        "Medborgarlöfte\n\n"
        "Tolv löften till invånarna\n\n"
        "Löftet bygger på vad invånarna har sagt i enkäten.\n\n"
        "Trygghet i centrum\n\n"
        "Bland annat lovar polisen och kommunen att ordna trygghetsvandringar i centrum. "
        "Att sätta upp belysning i parken är ett annat löfte. "
        "Polisen lovar också att synas mer på torget."
    )
    assert [(a.text[:30], a.responsible) for a in extraction.actions] == [
        ("Bland annat lovar polisen och ", "gemensamt"),
        ("Att sätta upp belysning i park", "gemensamt"),
        ("Polisen lovar också att synas ", "polisen"),
    ]


def test_headings_each_over_a_paragraph_of_deeds_after_a_lead_in_are_promises():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Situationen idag\n\nMånga upplever centrum som otryggt på kvällarna.\n\n"
        "Det här ska Kiruna kommun och polisen tillsammans göra under 2024:\n\n"
        "Trygghetsvandringar\n\nPolisen och Kiruna kommun ska tillsammans genomföra tre "
        "trygghetsvandringar.\n\n"
        "Kiruna kommun ska, med vandringarna som grund, byta belysning i parkerna.\n\n"
        "Fotpatrullering\n\nPolisen ska regelbundet patrullera till fots vid torget.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\nMålet med insatserna är en tryggare stad."
    )
    assert [(a.heading, a.responsible) for a in extraction.actions] == [
        ("Trygghetsvandringar", "gemensamt"),
        ("Trygghetsvandringar", "kommunen"),
        ("Fotpatrullering", "polisen"),
    ]
    assert [(t.count, t.unit) for t in extraction.actions[0].targets] == [
        (3, "trygghetsvandringar")
    ]


def test_an_actions_heading_over_topic_headings_with_deeds_holds_one_promise_each():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Aktiviteter\n\n"
        "Trafik\n\n"
        "För att minska buskörningen ska riktade polisinsatser genomföras vid skolorna.\n\n"
        "Unga\n\nPolis och kommun arbetar tillsammans med fältgruppen på helgerna.\n\n"
        "Ungdomarna uppskattar det."
    )
    assert [(a.heading, a.responsible) for a in extraction.actions] == [
        ("Trafik", "polisen"),
        ("Unga", "gemensamt"),
    ]


def test_a_lead_in_naming_areas_introduces_no_promises():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Löftet utgår från tre prioriterade områden:\n\n• Trygghet\n• Trafik\n• Ungdomar\n\n"
        "Det här ska vi göra\n\n1. Polisen ska genomföra trafikkontroller vid skolorna."
    )
    assert [a.text for a in extraction.actions] == [
        "Polisen ska genomföra trafikkontroller vid skolorna."
    ]


def test_a_numbered_situation_list_that_nobody_does_is_no_list_of_promises():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Situationen idag\n\n"
        "De områden där statistiken visar behov av åtgärder är främst:\n\n"
        "1. Narkotika\n\nMånga oroar sig för narkotika.\n\n2. Trafik\n\nMånga kör för fort.\n\n"
        "Våra löften\n\n• Polisen ska genomföra fler trafikkontroller."
    )
    assert [a.text for a in extraction.actions] == ["Polisen ska genomföra fler trafikkontroller."]


def test_short_paragraphs_under_the_pledge_heading_are_a_list_without_bullets():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöftet\n\n"
        "Tre gemensamma trygghetsvandringar i Kiruna kommun.\n\n"
        "Polisen kommer tillsammans med Räddningstjänsten att besöka skolorna.\n\n"
        "Effekt\n\nTryggare skolvägar."
    )
    assert [(a.responsible, a.other_party) for a in extraction.actions] == [
        ("gemensamt", ""),
        ("polisen", "Räddningstjänsten"),
    ]
    assert [(t.count, t.unit) for t in extraction.actions[0].targets] == [
        (3, "trygghetsvandringar")
    ]


def test_short_opening_paragraphs_under_the_pledge_heading_are_no_list():
    extraction = read(
        "Kiruna – medborgarlöften\n\nMedborgarlöfte 2024\n\n"
        "Bild på ett undertecknat löfte.\n\n"
        "Nytt medborgarlöfte har undertecknats av kommunen och polisen.\n\n"
        "Löftet bygger på dialoger med invånarna. Det gäller hela året.\n\n"
        "Polisen och kommunen lovar att:\n\n• Synas i centrum."
    )
    assert [a.text for a in extraction.actions] == ["Synas i centrum."]


def test_a_question_asking_what_one_side_does_introduces_its_promises():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Vilket ansvar har polisen i medborgarlöftet?\n\n"
        "Polisen ansvarar för att patrullera i centrum. Polisen ska också besöka skolorna.\n\n"
        "Vilket ansvar har kommunen?\n\n"
        "Kiruna kommun ansvarar för fritidsgårdarna. En grupp för ordningsfrågor är aktiv.\n\n"
        "Hur kom vi fram till löftet?\n\nGenom en enkät."
    )
    assert [a.responsible for a in extraction.actions] == [
        "polisen",
        "polisen",
        "kommunen",
        "kommunen",
    ]


def test_numbered_items_with_a_colon_keep_the_dash_comments_below_them():
    extraction = read(
        "Kiruna – medborgarlöften\n\nHär är polisens medborgarlöften.\n\n"
        "Polisen har tagit fram två punkter i samverkan med kommunen:\n"
        "1: Starta minst två nya grannsamverkansområden.\n"
        "– Det har vi gjort förut, säger kommunpolisen.\n\n"
        "2: ?Öka synligheten i centrum.\n"
        "– Upplevs det otryggt så kommer vi dit."
    )
    assert [a.text.split(".")[0] for a in extraction.actions] == [
        "Starta minst två nya grannsamverkansområden",
        "Öka synligheten i centrum",
    ]
    assert [a.responsible for a in extraction.actions] == ["polisen", "polisen"]


def test_paragraphs_working_together_in_the_infinitive_are_promises_of_both():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Polis och kommun lovar att öka tryggheten i centrum.\n\n"
        "Löftet\n\n"
        "I samverkan mellan polis och kommun fortsätta trygghetsinventeringarna.\n\n"
        "I samverkan genomföra krogkontroller på helgerna."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt", "gemensamt"]


def _promises(document):
    return [(a.responsible, a.text) for a in read(document).actions]


def test_what_the_promises_aim_for_after_them_is_no_promise():
    found = _promises(
        "Medborgarlöfte i Kiruna 2024\n\n"
        "Polisen och Kiruna kommun lovar följande:\n\n"
        " • Fotpatrullering i centrum. (polisen)\n"
        " • Trygghetsvandring i Lombolo. (kommunen)\n\n"
        "  Med medborgarlöftet önskar vi åstadkomma:\n"
        " • Ökad trygghet i centrum.\n"
        " • Minskad brottslighet.\n"
    )
    assert [text for _, text in found] == [
        "Fotpatrullering i centrum. (polisen)",
        "Trygghetsvandring i Lombolo. (kommunen)",
    ]


def test_goals_under_the_template_heading_of_what_is_achieved_are_no_promises():
    found = _promises(
        "Medborgarlöfte i Kiruna 2024\n\n"
        "Det här ska vi göra\n"
        "1. Öka insatserna mot narkotikamissbruket\n"
        "Polisen och kommunen ska öka insatserna mot narkotikamissbruket.\n\n"
        "Det här ska vi åstadkomma tillsammans\n"
        "1. Polisen har som mål att lagföra minst femton individer för narkotikabrott.\n\n"
        "2. Antalet bostadsinbrott i kommunen ska inte öka jämfört med år 2023.\n\n"
        "  3. Antalet boende som uppger att de känner sig trygga ska\n    öka.\n"
    )
    assert len(found) == 1
    assert found[0][1].startswith("Öka insatserna mot narkotikamissbruket")


def test_a_list_after_the_signatures_is_no_promise():
    found = _promises(
        "Medborgarlöfte i Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        " • Polisen ska genomföra minst fyra trafikkontroller per månad.\n\n"
        "Följ med i hur det går!\nMedborgarlöftet följs upp innan årets utgång.\n\n"
        "Anna Svensson\n\nLokalpolisområdeschef\n\n"
        "Per Olsson\n\nKommunalråd\n\n"
        "MärkDNA\n\n"
        " • kan appliceras på värdefulla ägodelar.\n"
        " • är spårbart.\n"
    )
    assert len(found) == 1


def test_a_quote_set_with_a_dash_under_a_list_is_no_item_of_it():
    found = _promises(
        "Medborgarlöfte i Kiruna 2024\n\n"
        "Det här lovar polisen\n\n"
        "• Riktade narkotikainsatser mot ungdomar.\n"
        "• Förstärka närvaron på otrygga platser.\n\n"
        "– Ett nära\n"
    )
    assert [text for _, text in found] == [
        "Riktade narkotikainsatser mot ungdomar.",
        "Förstärka närvaron på otrygga platser.",
    ]


def test_names_of_work_going_on_before_the_promises_heading_are_no_promises():
    found = _promises(
        "Medborgarlöftet för 2024 är undertecknat\n\n"
        "Fokus för år 2024\n\n"
        "I den breda samverkan pågår flera trygghetsskapande projekt och kampanjer.\n\n"
        " • Platssamverkan Ranten\n"
        " • Huskurage\n"
        " • SSPF (samverkan Skola, Socialtjänst, Polis, Fritid)\n\n"
        "Så här jobbar vi för att löftet ska uppfyllas\n\n"
        "Polisen ska genomföra riktade insatser mot narkotika i centrum.\n"
    )
    assert [text for _, text in found] == [
        "Polisen ska genomföra riktade insatser mot narkotika i centrum."
    ]


def test_paragraphs_labelled_with_a_party_under_the_template_heading_are_its_promises():
    found = _promises(
        "Medborgarlöfte för Kiruna kommun 2024\n\n"
        "Det här ska vi göra\n\n"
        "Öka tryggheten i Lombolo, framför allt under kvällar och nätter\n\n"
        "Polisen: Ökad ordningsövervakning, ökad samverkan med lokalsamhället.\n\n"
        "Kommunen: Åtgärder i brottsförebyggande syfte och fokus på integration.\n\n"
        "Arbeta för färre bostadsinbrott\n\n"
        "Polisen och kommunen ska gemensamt sprida kunskap om märkmetoden.\n\n"
        "Kiruna kommun har själva inlett märkning och polisen kommer att skaffa utrustning.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "  1. Antalet bostadsinbrott i kommunen ska minska.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "kommunen", "gemensamt"]


def test_paragraphs_with_labelled_fields_after_a_lead_in_are_one_item_each():
    found = read(
        "Medborgarlöfte i Kiruna kommun 2021-2022\n\n"
        "Löftet\n\n"
        "Under 2021 lovade Polisen och Kiruna kommun att arbeta utifrån följande inriktningar:\n\n"
        "Planerade insatser för att öka tryggheten, t.ex. fotpatrullering m.m.\n"
        "Omfattning: Minst 10 tillfällen under året. Ansvarig: Polisen\n\n"
        "Hastighetskontroller väg 172. Omfattning: Minst 10 tillfällen under året. "
        "Ansvarig: Polisen.\n\n"
        "Besök av det mobila poliskontoret. Omfattning: 1 dag i veckan. Ansvarig: Polisen.\n\n"
        "I dialogerna med invånarna framkom mycket.\n"
    ).actions
    assert [(a.responsible, [(t.count, t.per) for t in a.targets]) for a in found] == [
        ("polisen", [(10, "ar")]),
        ("polisen", [(10, "ar")]),
        ("polisen", [(1, "vecka")]),
    ]


def test_a_past_tense_lead_in_of_an_earlier_year_still_heads_an_earlier_pledge():
    assert not is_promise_list("Under 2019 lovade polisen och kommunen att:", "", (2021, 2022))
    assert is_promise_list("Under 2021 lovade polisen och kommunen att:", "", (2021, 2022))
    assert not is_promise_list("I förra årets löfte lovade vi att:", "", (2021, 2022))


def test_what_the_pledge_is_for_is_no_promise_whatever_word_of_pledging_it_holds():
    assert not is_promise_list("Syfte Syftet med medborgarlöften i Kiruna kommun är att:", "")
    assert not is_promise_list("Medborgarlöftet syftar till att:", "")
    found = _promises(
        "Medborgarlöfte 2024\n\n"
        "Syftet med medborgarlöftet är att öka invånarnas trygghet.\n\n"
        "Summerat\n\n"
        "  • Skapa och ta tillvara på engagemang i lokalsamhället\n"
        "  • Öka samverkan mellan Polisen och kommunen\n"
    )
    assert found == []


def test_a_paragraph_set_with_a_dash_is_a_quote_where_the_page_sets_quotes_so():
    found = _promises(
        "Medborgarlöfte med fokus på ungdomar\n\n"
        "– Det har hänt mycket bland våra ungdomar, säger kommunpolis Sven Gardell.\n\n"
        "Det är en bild stationsbefälet delar:\n\n"
        "– Under en period har det varit stökigt. Vi har haft mycket resurser här.\n\n"
        "Den här gången innebär medborgarlöftet att:\n\n"
        "  • Polisen skall besöka dessa platser enligt hot spots-metoden.\n\n"
        "- Polisens målsättning är att i samverkan med kommunen öka tryggheten genom att prio\n"
    )
    assert [text for _, text in found] == [
        "Polisen skall besöka dessa platser enligt hot spots-metoden."
    ]


def test_an_item_telling_how_the_pledge_is_followed_up_is_no_promise():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        "  • Polisen arbetar enligt HotSpotsmetoden inom de utpekade områdena.\n"
        "  • Uppföljning sker vid de månatliga mötena med Trygg och Säker kommun.\n"
    )
    assert len(found) == 1


def test_a_lead_in_that_promises_under_the_situation_heading_opens_the_promises():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Lägesbild\n\n"
        "Medborgarna känner oro över ungas inställning till droger.\n\n"
        "För att förebygga droganvändning bland unga lovar vi att:\n\n"
        "Åtgärder Polisen:\n\n"
        " • Delta i en utbildningsinsats om droger, riktad till chefer i kommunen.\n"
    )
    assert found == [
        ("polisen", "Delta i en utbildningsinsats om droger, riktad till chefer i kommunen.")
    ]


@pytest.mark.parametrize("glue", ["\n\n", "\n"])
def test_group_headings_under_det_har_lovar_vi_each_hold_a_promise(glue):
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här lovar vi\n\n"
        f"Trygghetsvandringar{glue}"
        "Kommunen genomför två trygghetsvandringar per år i centrum.\n\n"
        f"Trafik{glue}"
        "Polisen genomför minst 20 trafikkontroller under året.\n"
    )
    assert [responsible for responsible, _ in found] == ["kommunen", "polisen"]


def test_a_promise_numbered_with_a_label_names_its_party_after_the_label():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Våra löften\n\n"
        "Löfte 1: Polisen ska genomföra minst 20 trafikkontroller.\n\n"
        "Löfte 2: Kommunen ska genomföra två trygghetsvandringar.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "kommunen"]


def test_a_count_with_no_time_word_in_a_pledge_of_a_year_over_two_calendar_years_is_per_year():
    found = read(
        "Medborgarlöfte Kiruna\n\n"
        "Medborgarlöftena för perioden april 2020 – april 2021\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "  • Polisen genomför minst två insatser mot narkotikabrott bland ungdomar.\n"
    ).actions
    assert [(t.count, t.per) for t in found[0].targets] == [(2, "ar")]


def test_an_item_that_introduces_the_items_below_it_is_no_promise_and_names_their_party():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        "• Polisen ska:\n"
        "  ◦ genomföra minst 20 trafikkontroller\n"
        "  ◦ synas i centrum\n"
        "• Kommunen ska:\n"
        "  ◦ förbättra belysningen\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "polisen", "kommunen"]


def test_a_numbered_name_right_above_a_list_heads_it_and_is_no_promise():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Löften\n\n"
        "1. Narkotika\n\n"
        "• Polisen genomför fyra narkotikainsatser.\n"
        "• Kommunen utbildar personal.\n\n"
        "2. Trafik\n\n"
        "• Polisen genomför 20 trafikkontroller.\n"
    )
    assert len(found) == 3


def test_a_list_of_links_is_no_promise():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att:\n\n"
        "• Genomföra 20 trafikkontroller.\n\n"
        "Relaterade länkar\n\n"
        "• Polisens webbplats\n"
        "• Kommunens trygghetsarbete\n"
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "context",
    [
        "I medborgardialogen framkom att invånarna vill att polisen ska:\n\n"
        "• synas mer i centrum\n• kontrollera trafiken\n\n",
        "Invånarna önskar att vi gör följande:\n\n• Mer synlig polis\n• Bättre belysning\n\n",
        "De vanligaste svaren i enkäten var:\n\n• Narkotika\n• Trafik\n\n",
        "Under 2023 genomförde vi:\n\n• 15 trafikkontroller\n• 4 trygghetsvandringar\n\n",
        "Arbetet sker genom:\n\n• Regelbundna möten\n• Gemensam lägesbild\n\n",
        "I arbetet deltar:\n\n• Socialtjänsten\n• Skolan\n\n",
    ],
)
def test_a_list_before_the_text_says_it_promises_and_promising_nothing_itself_is_none(context):
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        + context
        + "Under 2024 lovar polisen att:\n\n• Genomföra 20 trafikkontroller.\n"
    )
    assert [text for _, text in found] == ["Genomföra 20 trafikkontroller."]


def test_states_in_the_present_tense_under_the_heading_of_what_is_achieved_are_aims():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        "• Polisen genomför 20 trafikkontroller.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "• Att antalet inbrott minskar.\n"
        "• Invånarna upplever en ökad trygghet i centrum.\n"
        "• Fortsätta att utveckla det gemensamma lägesbildsarbetet\n"
    )
    assert [text for _, text in found] == [
        "Polisen genomför 20 trafikkontroller.",
        "Fortsätta att utveckla det gemensamma lägesbildsarbetet",
    ]


def test_a_party_heading_right_under_a_lead_in_names_who_carries_the_list():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "För att förebygga droganvändning bland unga lovar vi att under 2024: \n\n"
        "Åtgärder polisen\n\n"
        " • Delta i en utbildningsinsats om cannabis.\n"
        " • Vara delaktig i arbetet gällande skolavslutningen\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "polisen"]


def test_a_list_saying_someone_will_do_it_stays_promises_before_a_later_lovar():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen och kommunen kommer under året att genomföra:\n\n"
        "• Fyra trygghetsvandringar.\n\n"
        "Dessutom lovar kommunen att:\n\n"
        "• Förbättra belysningen.\n"
    )
    assert len(found) == 2


def test_the_last_item_of_a_dashed_list_set_apart_is_no_quote():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "– Vi tar oron på allvar, säger kommunpolis Anna Berg.\n\n"
        "Polisen lovar att:\n\n"
        "- Genomföra 20 trafikkontroller.\n"
        "- Synas i centrum.\n\n"
        "- Besöka skolorna.\n"
    )
    assert len(found) == 3


def test_items_that_say_who_will_act_are_promises_before_an_earlier_pledges_lead_in():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Fokus på trygghet\n\n"
        " • Vi ska tillsammans genomföra trygghetsbesiktningar.\n"
        " • Polisen ska genomföra trafikkontroller vid skolorna.\n\n"
        "Fokus mot narkotika\n\n"
        " • Vi ska tillsammans sprida kunskap om stöd i narkotikafrågor.\n\n"
        "Medborgarlöfte Kiruna 2021\n\n"
        "Polisen och kommunen lovar att:\n\n"
        " • ha större fokus på droger bland unga\n"
    )
    assert [text for _, text in found] == [
        "Vi ska tillsammans genomföra trygghetsbesiktningar.",
        "Polisen ska genomföra trafikkontroller vid skolorna.",
        "Vi ska tillsammans sprida kunskap om stöd i narkotikafrågor.",
    ]


def test_a_list_of_what_residents_named_is_still_no_promise_before_the_lead_in():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Fokus på trygghet\n\n"
        " • Mer synlig polis i centrum.\n"
        " • Bättre belysning i parken.\n\n"
        "Polisen och kommunen lovar att:\n\n"
        " • genomföra fyra trygghetsvandringar\n"
    )
    assert [text for _, text in found] == ["Genomföra fyra trygghetsvandringar"]


def test_a_news_item_retelling_a_pledge_in_running_text_gives_its_promises():
    found = _promises(
        "Nytt medborgarlöfte undertecknat\n\n"
        "Kiruna kommun och polisen har förnyat sitt medborgarlöfte.\n\n"
        "I medborgarlöftet framgår att polisen ska genomföra fotpatrullering i centrum. "
        "De ska också utbilda personal i butikerna. Kiruna kommun åtar sig att förbättra "
        "belysningen. Företagen ska ha ett aktivt säkerhetsarbete.\n\n"
        "- Vi har ett bra samarbete, säger kommunalrådet Anna Berg. Polisen ska vara synlig.\n"
    )
    assert found == [
        ("polisen", "Polisen ska genomföra fotpatrullering i centrum."),
        ("polisen", "De ska också utbilda personal i butikerna."),
        ("kommunen", "Kiruna kommun åtar sig att förbättra belysningen."),
        ("annan", "Företagen ska ha ett aktivt säkerhetsarbete."),
    ]


def test_running_text_sentences_with_an_adverb_a_joint_passive_and_an_aim():
    found = _promises(
        "Förnyat medborgarlöfte i Kiruna\n\n"
        "Under året kommer polisen att öka sin närvaro i centrum. Kommunen kommer i sin tur "
        "att röja buskage. Gemensamma trygghetsvandringar kommer också att genomföras i "
        "parken.\n\n"
        "Polisen och kommunen ska tillsammans arbeta för en tryggare kommun.\n"
    )
    assert found == [
        ("polisen", "Under året kommer polisen att öka sin närvaro i centrum."),
        ("kommunen", "Kommunen kommer i sin tur att röja buskage."),
        ("gemensamt", "Gemensamma trygghetsvandringar kommer också att genomföras i parken."),
    ]


def test_running_text_is_not_read_when_a_list_of_promises_was():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen ska öka sin närvaro, säger lokalpolisområdeschefen.\n\n"
        "Polisen och kommunen lovar att:\n\n"
        " • genomföra fyra trygghetsvandringar\n"
    )
    assert [text for _, text in found] == ["Genomföra fyra trygghetsvandringar"]


def test_a_contact_person_under_a_heading_is_no_promise():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att genomföra fyra trygghetsvandringar.\n\n"
        "Kommunikation\n\n"
        " • Anna Berg - Kommunikations- och marknadschef\n"
    )
    assert [text for _, text in found] == ["Polisen lovar att genomföra fyra trygghetsvandringar."]


def test_aims_each_over_the_means_that_carry_them_out_are_no_promises():
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och kommunen formulerar därför följande gemensamma medborgarlöfte:\n\n"
        "Polisen och kommunen lovar att tillsammans arbeta för att Kiruna ska bli tryggare.\n\n"
        "Det ska åstadkommas genom följande aktiviteter:\n\n"
        "  • Polisen och kommunen ska ta fram en gemensam lägesbild.\n\n"
        "Polisen och kommunen lovar att tillsammans arbeta för att minska droganvändningen.\n\n"
        "Det ska åstadkommas genom följande aktiviteter:\n\n"
        "  • Vi ska möta unga i skolan.\n"
    )
    # Only the means are promises; each aim is what its means carry out.
    assert [text.split(": ")[-1] for _, text in found] == [
        "Polisen och kommunen ska ta fram en gemensam lägesbild.",
        "Vi ska möta unga i skolan.",
    ]
    assert {responsible for responsible, _ in found} == {"gemensamt"}


def test_both_sides_after_the_verb_in_running_text_carry_the_promise_jointly():
    found = _promises(
        "Medborgarlöfte 2024\n\n"
        "Hög upplevd otrygghet\n\n"
        "För att öka känslan av trygghet kommer både Polisen och kommunen att arbeta med "
        "ökad lokal närvaro.\n"
    )
    assert found == [
        (
            "gemensamt",
            "För att öka känslan av trygghet kommer både Polisen och kommunen att arbeta med "
            "ökad lokal närvaro.",
        )
    ]


@pytest.mark.parametrize(
    "over",
    ["Polisen och Kiruna kommun lovar att:\n\n", "Det här ska vi göra\n\n"],
)
def test_groups_with_headings_glued_to_their_promise_are_each_a_promise(over):
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n" + over + "Trafik\n"
        "Polisen genomför trafikkontroller varje vecka.\n\n"
        "Trygghet\n"
        "Kommunen förbättrar belysningen i parken.\n"
    )
    assert found == [
        ("polisen", "Polisen genomför trafikkontroller varje vecka."),
        ("kommunen", "Kommunen förbättrar belysningen i parken."),
    ]


def test_a_list_under_a_heading_naming_an_earlier_pledge_is_no_promise():
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Medborgarlöfte 2024\n\n"
        " • Polisen ska genomföra trafikkontroller.\n\n"
        "Tidigare medborgarlöfte\n\n"
        " • Polisen ska genomföra nattvandringar.\n"
    )
    assert found == [("polisen", "Polisen ska genomföra trafikkontroller.")]


def test_a_lead_in_naming_activities_within_each_focus_area_is_no_focus_list():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Varje fokusområde består av aktiviteter, bland annat:\n\n"
        "Trafik\n\n"
        " • Polisen ska genomföra hastighetskontroller.\n"
        " • Kommunen ska sätta upp farthinder.\n"
    )
    assert [who for who, _ in found] == ["polisen", "kommunen"]


def test_one_item_paragraphs_spaced_out_with_blank_lines_are_one_list():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Aktiviteter som polis och kommun samverkar kring:\n\n"
        "• Trafikkontroller vid skolorna\n\n"
        "• Nattvandring\n\n"
        "• Grannsamverkan\n"
    )
    assert [text for _, text in found] == [
        "Trafikkontroller vid skolorna",
        "Nattvandring",
        "Grannsamverkan",
    ]


def test_bare_names_after_a_paragraph_about_problems_are_no_promises():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Medborgarlöfte\n\n"
        "Av enkäten framkommer vilka problem invånarna ser. De är här i rangordning.\n\n"
        " • inbrott\n • buskörning\n\n"
        "Polisen lovar att:\n\n"
        " • Genomföra trafikkontroller i centrum.\n"
    )
    assert found == [("polisen", "Genomföra trafikkontroller i centrum.")]


def test_a_lead_in_typed_with_a_semicolon_introduces_its_list():
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Syftet med medborgarlöften är att;\n\n"
        " • öka tryggheten.\n • förebygga brott.\n\n"
        "Polisen lovar att:\n\n"
        " • Genomföra trafikkontroller i centrum.\n"
    )
    assert found == [("polisen", "Genomföra trafikkontroller i centrum.")]


def test_bullets_set_as_headings_each_hold_the_promise_of_their_paragraph():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här ska vi göra\n\n"
        "• Trafik\n\n"
        "Genomföra hastighetskontroller vid skolorna. Polisen ska redovisa resultaten "
        "för allmänheten.\n\n"
        "• Trygghet\n\n"
        "Polis och kommun ska genomföra två trygghetsvandringar. Kommunen ska "
        "åtgärda det som hittas.\n"
    )
    assert [who for who, _ in found] == ["polisen", "gemensamt"]
    assert found[0][1].startswith("Genomföra hastighetskontroller")


def test_items_saying_who_acts_are_promises_under_a_lead_in_naming_only_their_group():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Utifrån fokusområdena lovar polisen och kommunen följande\n\n"
        "Fokusområde Trafik:\n\n"
        " • Polisen ska genomföra hastighetskontroller vid skolorna.\n"
        " • Vi ska tillsammans ordna en trafikdag för åk 9.\n"
    )
    assert [who for who, _ in found] == ["polisen", "gemensamt"]


def test_a_side_that_will_act_introduces_its_list_under_the_problem_heading():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Problembild trafik\n\n"
        "Många upplever att det körs för fort i centrum.\n\n"
        "Kiruna kommun kommer att arbeta med trafikfrågor enligt nedan:\n\n"
        " • Sätta upp hastighetsskyltar vid skolorna.\n"
        " • Bygga om två övergångsställen.\n"
    )
    assert [who for who, _ in found] == ["kommunen", "kommunen"]


def test_the_sentence_ending_with_the_colon_says_what_the_items_are():
    found = _promises(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Medborgarlöftet 2024 syftar till ökad trygghet. Polisen har genomfört dialoger och "
        "områden som identifierats som viktiga är:\n\n"
        " • Oro för inbrott.\n • Buskörning med moped.\n\n"
        "Medborgarlöftet för 2024 lyder:\n\n"
        " • Polisen lovar att genomföra trafikkontroller i centrum.\n"
    )
    assert found == [("polisen", "Polisen lovar att genomföra trafikkontroller i centrum.")]


def test_a_paragraph_on_what_the_pledge_builds_on_is_no_promise_under_a_lead_in():
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Polisen och Kiruna kommun lovar att arbeta för tryggheten genom följande aktiviteter:\n\n"
        "Medborgarlöftet utgår från en gemensam lägesbild som tas fram av polis och kommun.\n\n"
        "Följande löften har valts för 2024:\n\n"
        " • Polisen genomför trafikkontroller varje vecka.\n"
    )
    assert found == [("polisen", "Polisen genomför trafikkontroller varje vecka.")]


def test_a_lone_promise_at_the_top_set_twice_is_one_promise():
    found = _promises(
        "Kiruna – medborgarlöften\n\n"
        "Polisen lovar att öka närvaron vid otrygga platser under helgerna.\n\n"
        "Polisen lovar att öka närvaron på otrygga platser under helgerna.\n\n"
        "Lägesbild\n\n"
        "Invånarna önskar en mer synlig polis.\n\n"
        "Kommunen lovar att:\n\n"
        " • Sätta upp belysning i parken.\n"
    )
    assert found == [
        ("polisen", "Polisen lovar att öka närvaron vid otrygga platser under helgerna."),
        ("kommunen", "Sätta upp belysning i parken."),
    ]


def test_the_pledge_named_only_as_where_a_promise_is_written_keeps_the_promise():
    found = _promises(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "I medborgarlöftet för 2024 lovar kommunen och polisen att hålla månatliga möten "
        "om ungdomarnas situation.\n\n"
        "Medborgarlöftet ska bidra till ökad trygghet.\n"
    )
    assert found == [
        (
            "gemensamt",
            "I medborgarlöftet för 2024 lovar kommunen och polisen att hålla månatliga möten "
            "om ungdomarnas situation.",
        )
    ]
    found = _promises(
        "Tätare samarbete i Kiruna\n\n"
        "Polisen och kommunen lovar genom medborgarlöftet att alltid dela sin lägesbild.\n"
    )
    assert found == [
        (
            "gemensamt",
            "Polisen och kommunen lovar genom medborgarlöftet att alltid dela sin lägesbild.",
        )
    ]


def test_promises_joined_in_one_sentence_each_with_its_own_verb_are_read_apart():
    found = _promises(
        "Medborgarlöfte förnyat\n\n"
        "Under våren skrev Kiruna kommun och polisen under ett nytt löfte.\n\n"
        "Polisen ska patrullera i parken, kommunen ska rensa buskagen vid skolan, "
        "gemensamma föräldramöten ska hållas samt genomföra en trygghetsvandring i centrum.\n"
    )
    assert found == [
        ("polisen", "Polisen ska patrullera i parken"),
        ("kommunen", "Kommunen ska rensa buskagen vid skolan"),
        ("gemensamt", "Gemensamma föräldramöten ska hållas"),
        ("gemensamt", "Genomföra en trygghetsvandring i centrum."),
    ]


def test_a_sentence_whose_parts_share_one_verb_stays_one_promise():
    found = _promises(
        "Medborgarlöfte förnyat\n\n"
        "Polisen ska kontrollera mopeder, bilar och lastbilar vid skolorna.\n"
    )
    assert found == [
        ("polisen", "Polisen ska kontrollera mopeder, bilar och lastbilar vid skolorna.")
    ]


def test_a_deed_in_the_passive_in_running_text_is_the_givers_but_not_a_later_years():
    found = _promises(
        "Nytt medborgarlöfte för 2024 i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit under årets medborgarlöfte.\n\n"
        "En trygghetsvandring kommer också att genomföras under 2024 i centrum. "
        "En större enkät ska genomföras under 2026. Aktiviteterna ska genomföras under året.\n"
    )
    assert found == [
        ("gemensamt", "En trygghetsvandring kommer också att genomföras under 2024 i centrum.")
    ]


def test_a_quote_running_into_its_speaker_with_no_comma_is_no_promise():
    found = _promises(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "– Vi har samlat in många synpunkter från invånarna säger Anna Berg, samordnare.\n\n"
        "– Vi har tillsammans gått igenom underlaget berättar Per von Ek, kommunpolis.\n\n"
        "– Vi har ett n\n"
    )
    assert found == []


def test_a_lead_in_typed_with_two_dots_introduces_its_list():
    found = _promises(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att..\n"
        "• synas i centrum på fredagar.\n\n"
        "Kiruna kommun lovar att..\n"
        "• sätta upp belysning i parken.\n"
    )
    assert found == [
        ("polisen", "Synas i centrum på fredagar."),
        ("kommunen", "Sätta upp belysning i parken."),
    ]


def test_a_clause_working_for_something_among_joined_deeds_is_a_deed():
    found = _promises(
        "Medborgarlöfte förnyat\n\n"
        "Tillsammans ska kommun och polis arbeta för fler nattvandrare, polisen ska "
        "patrullera i parken.\n\n"
        "Polisen och kommunen ska arbeta för en tryggare kommun.\n"
    )
    assert found == [
        ("gemensamt", "Tillsammans ska kommun och polis arbeta för fler nattvandrare"),
        ("polisen", "Polisen ska patrullera i parken."),
    ]


def test_a_paragraph_under_detta_gor_vi_genom_att_holds_its_deeds():
    found = _promises(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Kiruna kommun och polisen lovar att tillsammans arbeta för ökad trygghet i centrum.\n\n"
        "Detta gör vi genom att:\n"
        "Polis och kommun arbetar för att rusta upp torget, ha fler polisiära kontroller "
        "vid stationen och fortsätta samverka kring skolorna.\n\n"
        "- Vi ser fram emot arbetet, säger kommunalrådet Anna Berg.\n"
    )
    assert found == [
        ("gemensamt", "Polis och kommun arbetar för att rusta upp torget"),
        ("gemensamt", "Ha fler polisiära kontroller vid stationen"),
        ("gemensamt", "Fortsätta samverka kring skolorna."),
    ]


def test_two_deeds_of_one_subject_joined_by_och_alone_stay_one_promise():
    found = _promises(
        "Nytt medborgarlöfte i Kiruna\n\n"
        "Detta gör vi genom att:\n"
        "Polis och kommun har gemensamma tillsyner av krogar och ha ökad närvaro på helger.\n"
    )
    assert found == [
        (
            "gemensamt",
            "Polis och kommun har gemensamma tillsyner av krogar och ha ökad närvaro på helger.",
        )
    ]


def test_a_lead_in_left_open_with_dots_introduces_its_list():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att..\n• patrullera i centrum varje fredag.\n• besöka skolorna.\n\n"
        "Kiruna kommun lovar att..\n• laga belysningen i parken.\n• röja buskage vid stationen."
    )
    assert [a.responsible for a in extraction.actions] == [
        "polisen",
        "polisen",
        "kommunen",
        "kommunen",
    ]


def test_a_line_left_open_after_its_verb_introduces_the_list_below():
    lead_in = Block(3, ["Polisen kommer att genomföra"])
    bullets = Block(5, ["• Trafikkontroller vid skolorna.", "• Fotpatrullering i centrum."])
    assert is_open_lead_in(lead_in, bullets)
    assert not is_open_lead_in(Block(3, ["Trafikkontroller"]), bullets)


def test_a_quote_whose_speaker_is_named_without_a_comma_before_the_verb_is_said():
    assert SAID.search("– Vi har lyssnat på invånarna berättar Anna von Ek, kommunpolis.")
    assert SAID.search("– Det blev ett bra löfte säger Eva Ek, kommunpolis.")
    assert not SAID.search("Polisen berättar för föräldrar i Kiruna om narkotika.")


def test_what_pledges_in_general_shall_do_is_no_promise():
    assert not is_promise_list("Medborgarlöften ska:", "")
    assert is_promise_list("Polisen och kommunen ska:", "")


def test_a_lead_in_that_focuses_on_areas_lists_the_areas():
    assert not is_promise_list(
        "Under perioden lovar parterna att fokusera på följande områden:", ""
    )


def test_a_sentence_telling_what_the_pledge_holds_is_the_named_sides_promise():
    extraction = read(
        "Nytt medborgarlöfte i Kiruna 2024\n\n"
        "I stort innebär medborgarlöftena att polisen i lokalpolisområde Norra Lappland ska "
        "patrullera i centrum på helgerna.\n\n"
        "Kiruna kommun ska röja buskage vid stationen."
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen"]


def test_results_under_a_heading_of_what_to_achieve_are_no_promises():
    extraction = read(
        "Medborgarlöftet Kiruna 2024\n\n"
        "Samverkan\n\n"
        "Vi ska ha ett samverkansforum med invånarnas trygghet i fokus.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\n"
        "Vi ska öka förtroendet för polisen. Vi ska även minska oron i centrum."
    )
    assert [a.text for a in extraction.actions] == [
        "Vi ska ha ett samverkansforum med invånarnas trygghet i fokus."
    ]


def test_a_news_sentence_opened_by_the_pledge_and_its_year_is_the_named_sides_promise():
    extraction = read(
        "Medborgarlöfte för hösten klart\n\n"
        "Ett medborgarlöfte mellan Kiruna kommun och polisen sluts varje år. I medborgarlöftet "
        "för 2024 lovar kommunen och polisen att hålla gemensamma lägesmöten varje månad.\n\n"
        "Sidan publicerad av: Anna Ek"
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt"]


def test_the_local_police_named_with_its_place_and_the_municipality_promise_together():
    extraction = read(
        "Kiruna – medborgarlöften\n\n"
        "Det här ska vi göra\n\n"
        "Under 2024 kommer lokalpolisen Kiruna och Kiruna kommun att genomföra fyra "
        "trygghetsvandringar i centrum."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt"]


def test_a_sentence_promising_the_following_measures_introduces_the_side_headed_lists():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Det här lovar vi\n\n"
        "Polisen och kommunen lovar att under våren genomföra följande åtgärder i syfte att "
        "öka tryggheten vid skolorna. Arbetet följs upp i juni.\n\n"
        "Åtgärder kommunen\n\n• Ronder på varje skola.\n• Bättre belysning vid entréerna.\n\n"
        "Åtgärder polisen\n\n• Besök på skolorna.\n• Samverkan med fältassistenterna."
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        ("Ronder på varje skola.", "kommunen"),
        ("Bättre belysning vid entréerna.", "kommunen"),
        ("Besök på skolorna.", "polisen"),
        ("Samverkan med fältassistenterna.", "polisen"),
    ]


def test_what_the_pledge_itself_shall_do_is_its_aims_not_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen lovar att:\n\n• Genomföra fler trafikkontroller vid skolorna.\n\n"
        "Medborgarlöftet ska:\n\n• öka tryggheten\n• förebygga brott"
    )
    assert [a.text for a in extraction.actions] == ["Genomföra fler trafikkontroller vid skolorna."]


def test_a_purpose_line_left_open_at_its_verb_introduces_aims():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Syftet för medborgarlöftet är\n\n• att skapa engagemang\n• att öka förtroendet\n\n"
        "Polisen lovar att:\n\n• Patrullera i centrum varje fredag."
    )
    assert [a.text for a in extraction.actions] == ["Patrullera i centrum varje fredag."]


def test_short_paragraphs_telling_what_the_pledge_is_are_no_list_of_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Medborgarlöftet - ett gemensamt arbete\n\n"
        "Medborgarlöftet beskriver vad polisen och kommunen ska arbeta med i år.\n\n"
        "Arbetet är en satsning som görs av polis, kommun och invånare.\n\n"
        "Till grund för löftet ligger dialoger med invånarna.\n\n"
        "Medborgarlöftet 2024\n\n"
        "Polisen lovar att:\n\n• Patrullera i centrum varje fredag."
    )
    assert [a.text for a in extraction.actions] == ["Patrullera i centrum varje fredag."]


def test_areas_each_named_with_their_deed_under_a_focus_lead_in_are_no_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Under 2024 kommer polisen och kommunen tillsammans att fokusera på:\n\n"
        "• Trafik – arbeta mot buskörning vid skolorna.\n"
        "• Klotter – sanera snabbt på allmänna platser."
    )
    # The focus areas, however each names its work; the promises are the deeds set out for them.
    assert [a.text for a in extraction.actions] == []


def test_areas_named_alone_under_a_focus_lead_in_are_no_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\n"
        "Under 2024 kommer polisen och kommunen att fokusera på:\n\n• Trafik\n• Klotter\n\n"
        "Polisen lovar att:\n\n• Patrullera i centrum varje fredag."
    )
    assert [a.text for a in extraction.actions] == ["Patrullera i centrum varje fredag."]


def test_a_heading_that_is_an_organisations_name_carries_its_group_of_items():
    from imports.documents.reading.sides import list_default

    assert list_default("Norrtrafiken", "")[:2] == ("annan", "Norrtrafiken")
    assert list_default("Räddningstjänst", "")[:2] == ("annan", "Räddningstjänst")
    # A focus area is no organisation.
    assert list_default("Kollektivtrafiken", "")[0] == "ej_angivet"


def test_promises_in_running_text_after_lovar_bland_annat_att_split_at_each_att():
    extraction = read(
        "Nytt löfte i Kiruna\n\n"
        "KIRUNA. Kiruna kommun och polisen har tagit fram ett löfte. Polis och kommun lovar "
        "bland annat att genomföra insatser mot langning av alkohol, att ordna nattvandringar "
        "och hålla kontakt med föreningarna."
    )
    assert [(a.text, a.responsible) for a in extraction.actions] == [
        (
            "Polis och kommun lovar bland annat att genomföra insatser mot langning av alkohol",
            "gemensamt",
        ),
        ("Att ordna nattvandringar och hålla kontakt med föreningarna.", "gemensamt"),
    ]


def test_a_pledging_line_left_open_at_its_year_is_no_promise():
    extraction = read(
        "Medborgarlöfte 2025\n\n"
        "Så här gör vi\nPolisen och kommunen lovar att under 2025\n\n"
        "Polisen lovar:\n\n• Att patrullera i centrum varje helg.\n\n"
        "Kommunen lovar:\n\n• Att laga trasig belysning i parkerna."
    )
    assert [(a.responsible, a.text[:20]) for a in extraction.actions] == [
        ("polisen", "Att patrullera i cen"),
        ("kommunen", "Att laga trasig bely"),
    ]


def test_a_promise_that_a_place_shall_become_safer_is_the_goal():
    extraction = read(
        "Medborgarlöfte 2025\n\n"
        "Polisen och kommunen lovar att de utsatta kvarteren ska bli tryggare platser att bo i.\n\n"
        "Polisen lovar:\n\n• Att genomföra trafikkontroller vid skolorna."
    )
    assert [a.responsible for a in extraction.actions] == ["polisen"]


def test_a_deed_told_in_a_relative_clause_of_a_news_item():
    extraction = read(
        "Nya medborgarlöften i Kiruna\n\n"
        "Kiruna kommun och polisen har skrivit nya medborgarlöften för 2025.\n\n"
        "Många cyklister känner sig otrygga i centrum, där ska kommun och polis "
        "genomföra trafikkontroller under våren."
    )
    assert [a.responsible for a in extraction.actions] == ["gemensamt"]


def test_the_agreements_commitments_above_the_pledge_heading_are_no_promises():
    extraction = read(
        "Trygghet\n\n"
        "Samverkansöverenskommelse\n\n"
        "Kommunen och lokalpolisområdet åtar sig att:\n\n"
        "• Ta fram en gemensam lägesbild.\n• Följa de gemensamma åtgärdsplanerna.\n\n"
        "Medborgarlöfte\n\n"
        "Polisen lovar att:\n\n• Patrullera i centrum varje fredag."
    )
    assert [(a.responsible, a.text[:10]) for a in extraction.actions] == [("polisen", "Patrullera")]


def test_another_side_promising_inside_an_item_begins_a_promise_of_its_own():
    extraction = read(
        "Medborgarlöfte Kiruna 2025\n\n"
        "Det här ska vi göra:\n\n"
        "• Polisen lovar att besöka skolorna varje termin. Kommunen lovar att ordna läxhjälp.\n"
        "• Polisen ska kontrollera mopeder vid torget Kommunen ska sätta upp fler lampor.\n"
        "• Polisen lovar att synas mer i parken. Polisen ska också hålla öppet hus.\n"
        "• Kommunen tillsammans med Polisen ska ordna en dialog.\n"
        "• Kommunen ska laga cykelvägen. Polisen ska delta vid invigningen."
    )
    assert [(a.responsible, a.text[:22]) for a in extraction.actions] == [
        ("polisen", "Polisen lovar att besö"),
        ("kommunen", "Kommunen lovar att ord"),
        ("polisen", "Polisen ska kontroller"),
        ("kommunen", "Kommunen ska sätta upp"),
        ("polisen", "Polisen lovar att syna"),
        ("kommunen", "Kommunen tillsammans m"),
        ("kommunen", "Kommunen ska laga cyke"),
    ]


def test_lines_opened_by_an_ellipsis_complete_the_line_introducing_them():
    extraction = read(
        "Trygghet i Kiruna\n\n"
        "Kiruna kommun ger löften till invånarna tillsammans med polisen.\n\n"
        "Löftena består av två delar och innefattar:\n\n"
        "... att synas mer i centrum\n\n"
        "... att hålla fler trafikkontroller vid skolorna.\n\n"
        "Skriver under\n\n"
        "Det är kommunstyrelsens ordförande och chefen för lokalpolisområdet som undertecknar.\n\n"
        "Mer information\n\nläs mer om löftena"
    )
    assert [(a.responsible, a.text) for a in extraction.actions] == [
        ("gemensamt", "Att synas mer i centrum"),
        ("gemensamt", "Att hålla fler trafikkontroller vid skolorna."),
    ]


def test_what_a_side_will_prioritise_is_a_deed_unless_it_is_the_work_itself():
    extraction = read(
        "Medborgarlöftet Kiruna 2025\n\n"
        "Situationen idag\n\nMånga känner sig otrygga kring busstationen på kvällarna.\n\n"
        "Närvaro\n\n"
        "Vi ska prioritera närvaro kring busstationen då platsen upplevs som otrygg.\n\n"
        "Trafik\n\nVi ska prioritera hastighetskontroller vid skolorna.\n\n"
        "Samverkan\n\nVi ska ha ett gemensamt forum för trygghetsfrågor.\n\n"
        "Det här ska vi åstadkomma tillsammans\n\nVi ska öka förtroendet för polisen."
    )
    assert [a.text[:28] for a in extraction.actions] == [
        "Vi ska prioritera närvaro kr",
        "Vi ska prioritera hastighets",
        "Vi ska ha ett gemensamt foru",
    ]


def test_an_item_telling_what_a_place_is_describes_the_situation_inside_a_promise_list():
    extraction = read(
        "Medborgarlöfte Kiruna 2025\n\n"
        "Polisen och Kiruna kommun lovar att:\n\n"
        "• Torget är en plats där många unga samlas sent och där bråk är vanligt.\n"
        "• Polisen ska patrullera vid torget på helgerna.\n"
        "• Belysningen är viktig för tryggheten. Kommunen lovar att byta lamporna.\n"
        "• Fältassistenter finns ute bland ungdomarna på lördagar.\n"
        "• En fältgrupp är aktiv på kvällarna."
    )
    assert [a.text[:20] for a in extraction.actions] == [
        "Polisen ska patrulle",
        "Belysningen är vikti",
        "Fältassistenter finn",
        "En fältgrupp är akti",
    ]


def test_short_paragraphs_of_focus_and_wishes_under_the_pledge_heading_are_no_promises():
    extraction = read(
        "Medborgarlöfte Kiruna 2025\n\n"
        "Vårt löfte till invånarna\n\n"
        "Under 2025 kommer polisen och Kiruna kommun att särskilt fokusera på tryggheten "
        "i parken.\n\n"
        "Vi vill minska skadegörelsen och öka tryggheten kvällstid.\n\n"
        "Våra aktiviteter\n\n"
        "Löftet ska uppfyllas genom de aktiviteter som står nedan:\n\n"
        "• Att patrullera i parken varje fredag (polisen).\n"
        "• Att byta belysningen längs gångvägen (kommunen)."
    )
    assert [(a.responsible, a.text[:14]) for a in extraction.actions] == [
        ("polisen", "Att patrullera"),
        ("kommunen", "Att byta belys"),
    ]


def test_an_untagged_item_in_a_list_tagged_side_by_side_names_no_one():
    extraction = read(
        "Medborgarlöfte Kiruna 2025\n\n"
        "Polisen och Kiruna kommun ger följande löfte.\n\n"
        "Aktiviteterna är:\n\n"
        "• Att genomföra hastighetskontroller vid skolorna (polisen).\n"
        "• Att informera föräldrar om säkra skolvägar (kommunen).\n"
        "• Att se över övergångsställena vid skolorna. Det kan gälla både"
    )
    assert [a.responsible for a in extraction.actions] == ["polisen", "kommunen", "ej_angivet"]


def test_an_item_with_a_tag_of_its_own_in_a_tagged_list_is_carried_by_the_givers():
    extraction = read(
        "Medborgarlöfte Kiruna 2025\n\n"
        "Polisen och Kiruna kommun ger följande löfte.\n\n"
        "Aktiviteterna är:\n\n"
        "• Att genomföra hastighetskontroller vid skolorna (polisen).\n"
        "• Att informera föräldrar om säkra skolvägar (kommunen).\n"
        "• Att samordna färjetrafiken bättre (berörda aktörer)."
    )
    assert [a.responsible for a in extraction.actions][:2] == ["polisen", "kommunen"]
    assert extraction.actions[2].responsible != "ej_angivet"


def test_an_aim_sentence_with_a_quote_after_it_and_no_means_stays_a_promise():
    extraction = read(
        "Medborgarlöfte Kiruna 2024\n\nLöftet\n\n"
        "Polisen och kommunen kommer att arbeta aktivt mot den organiserade brottsligheten.\n\n"
        "- Vi kommer att prioritera arbetet, säger Anna Ek, kommunpolis.\n"
    )
    assert [a.text for a in extraction.actions] == [
        "Polisen och kommunen kommer att arbeta aktivt mot den organiserade brottsligheten."
    ]
