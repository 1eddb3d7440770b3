"""Lead-ins known by their position and grammar, and which list of a page holds the promises."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.lists import (
    commits_in_lead_in,
    earlier_pledge,
    is_promise_list,
    item_kind,
)
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.structure import Block, is_open_lead_in

GAZETTEER = Gazetteer([("9901", "Ekdala"), ("9902", "Lönnberga")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def found(document):
    return [(a.text, a.responsible) for a in read(document).actions]


def test_a_clause_with_a_finite_verb_right_above_a_list_is_its_lead_in():
    bullets = Block(3, ["• Rusta upp belysningen"])
    assert is_open_lead_in(Block(1, ["För kommunens del innebär löftet"]), bullets)
    assert is_open_lead_in(Block(1, ["Från polisens sida gäller detta"]), bullets)
    # A heading (a noun phrase) and the template headings stay headings.
    assert not is_open_lead_in(Block(1, ["Trygghet i centrum"]), bullets)
    assert not is_open_lead_in(Block(1, ["Det här ska vi göra"]), bullets)
    # A sentence closed with a full stop is no lead-in; nor is a line with no list under it.
    assert not is_open_lead_in(Block(1, ["Löftet gäller hela året."]), bullets)
    assert not is_open_lead_in(Block(1, ["För kommunens del innebär löftet"]), None)


def test_the_side_a_lead_in_with_no_colon_names_carries_to_its_items():
    assert found(
        "Medborgarlöfte Lönnberga 2025\n\n"
        "Lönnberga kommun och polisen har skrivit under ett nytt medborgarlöfte.\n\n"
        "För kommunens del innebär löftet\n\n"
        "- att fältgruppen arbetar ute på kvällar\n- att belysningen ses över i tunnlarna\n\n"
        "För polisens del innebär löftet\n\n- att polisen är synlig vid skolorna\n"
    ) == [
        ("Att fältgruppen arbetar ute på kvällar", "kommunen"),
        ("Att belysningen ses över i tunnlarna", "kommunen"),
        ("Att polisen är synlig vid skolorna", "polisen"),
    ]


def test_a_lead_in_committing_a_giver_outweighs_the_heading_of_aims_above():
    assert commits_in_lead_in("Vi kommer att:")
    assert commits_in_lead_in("Kommunen åtar sig att:")
    assert commits_in_lead_in("Därför lovar kommunen och polisen att:")
    # A wish, or a giver inside a clause that reports what others think, commits no one.
    assert not commits_in_lead_in("Det invånarna tycker att kommunen ska prioritera är:")
    assert not commits_in_lead_in("Invånarna önskar att polisen ska:")
    assert is_promise_list("Vi kommer att:", "effect")
    assert found(
        "Ekdala kommun och polisen – medborgarlöfte 2025\n\n"
        "Målet med löftet är att\n\n• Öka tryggheten vid stationen\n• Minska skadegörelsen\n\n"
        "Vi kommer att\n\n• Genomföra nattvandringar med föräldrar\n"
        "• Erbjuda skolorna besök av kommunpolisen\n"
    ) == [
        ("Genomföra nattvandringar med föräldrar", "gemensamt"),
        ("Erbjuda skolorna besök av kommunpolisen", "gemensamt"),
    ]


def test_a_lead_in_in_the_past_tense_naming_other_years_is_an_earlier_pledge():
    assert earlier_pledge("Löftet för 2023–2024 innehöll:", (2025,))
    assert earlier_pledge("Under 2022 genomfördes:", (2025,))
    assert not earlier_pledge("Löftet för 2025 innehåller:", (2025,))
    assert not earlier_pledge("Under 2024 ska vi:", (2025,))
    # With the pledge's years unknown, a passive past names no earlier pledge; a pledge that
    # "innehöll" (held, in the past) is over whatever years are known.
    assert not earlier_pledge("Under 2022 genomfördes:", ())
    assert earlier_pledge("Löftet för 2023–2024 innehöll:", ())
    actions = found(
        "Medborgarlöfte Ekdala 2025\n\nLöftet för 2023–2024 innehöll:\n\n"
        "• Genomföra trygghetsvandringar i Västerby\n• Sätta upp belysning i parken\n\n"
        "Det nya löftet för 2025 innebär att kommunen och polisen ska:\n\n"
        "• Starta nattvandring i centrum\n"
    )
    assert [t.split(": ")[-1] for t, _ in actions] == ["Starta nattvandring i centrum"]


def test_items_are_told_apart_by_their_grammar():
    assert item_kind("Genomföra fyra trygghetsvandringar i centrum") == "deed"
    assert item_kind("Delta i skolornas föräldramöten") == "deed"
    assert item_kind("att anordna en föräldraträff") == "deed"
    assert item_kind("Öka tryggheten i centrum") == "goal"
    assert item_kind("Förebygga brott bland unga") == "goal"
    assert item_kind("Färre inbrott") == "goal"
    assert item_kind("Inbrott") == "noun"
    assert item_kind("Trafiken på Storgatan") == "noun"
    assert item_kind("Polisen ska genomföra kontroller vid skolorna") == "giver"


def test_a_list_of_what_was_chosen_holds_promises_when_its_items_are_deeds():
    assert found(
        "Medborgarlöfte Lönnberga 2025\n\n"
        "Lönnberga kommun och polisen har träffat invånare på torget.\n\n"
        "Dessa frågor prioriteras:\n\n"
        "- Samverka med fastighetsägare om nattvandring\n"
        "- Genomföra riktade kontroller mot mopedtrafik\n- Delta i skolornas föräldramöten\n"
    ) == [
        ("Samverka med fastighetsägare om nattvandring", "gemensamt"),
        ("Genomföra riktade kontroller mot mopedtrafik", "gemensamt"),
        ("Delta i skolornas föräldramöten", "gemensamt"),
    ]


def test_a_list_of_what_was_chosen_is_the_situation_when_its_items_are_nouns():
    assert (
        found(
            "Medborgarlöfte Lönnberga 2025\n\n"
            "Lönnberga kommun och polisen har träffat invånare.\n\n"
            "Dessa frågor prioriterades av invånarna:\n\n- Inbrott\n- Klotter\n- Mopeder\n"
        )
        == []
    )


def test_the_chosen_list_stays_out_when_a_list_of_promises_follows():
    actions = found(
        "Medborgarlöfte Lönnberga 2025\n\nI dialogerna lyftes dessa frågor:\n\n"
        "- Genomföra fler kontroller\n- Anordna fler träffar\n\n"
        "Polisen lovar att:\n\n- Patrullera i centrum på fredagar\n"
    )
    assert [t.split(": ")[-1] for t, _ in actions] == ["Patrullera i centrum på fredagar"]


def test_goals_and_bare_nouns_are_no_promises_beside_a_list_introduced_as_promises():
    actions = found(
        "Medborgarlöfte Ekdala 2025\n\nInriktning för året\n\n"
        "• Öka tryggheten i centrum\n• Minska bostadsinbrotten\n• Stärka förtroendet\n\n"
        "Polisen lovar att:\n\n• Genomföra tio fotpatruller i Västerby\n"
    )
    assert [t.split(": ")[-1] for t, _ in actions] == ["Genomföra tio fotpatruller i Västerby"]
    actions = found(
        "Medborgarlöfte Ekdala 2025\n\nTrygghet i Ekdala\n\n• Inbrott\n• Klotter\n• Mopeder\n\n"
        "Kommunen och polisen ska:\n\n• Sanera klotter inom ett dygn\n"
    )
    assert [t.split(": ")[-1] for t, _ in actions] == ["Sanera klotter inom ett dygn"]


def test_goals_named_the_pledge_itself_stay_promises():
    # "… har tecknat följande medborgarlöfte." right above the goals names them the pledge.
    actions = found(
        "Ekdala – medborgarlöften\n\n"
        "Polisen och Ekdala kommun har tecknat följande gemensamma medborgarlöfte.\n\n"
        "• Att öka trafiksäkerheten genom kontroller.\n\n"
        "Det ska vi åstadkomma genom följande aktiviteter:\n\n"
        "• Polisen ska genomföra minst tio trafikkontroller.\n"
    )
    assert len(actions) == 2


def test_a_deed_list_under_a_pledge_heading_with_no_other_list_is_the_promises():
    assert found(
        "Medborgarlöfte för Ekdala 2025\n\n"
        "Ekdala kommun och polisen har kommit fram till att trafiken oroar mest. "
        "Därför har vi valt att arbeta med detta under året.\n\n"
        "• Genomföra trygghetsvandringar i centrum\n• Anordna en temakväll om trafik\n"
    ) == [
        ("Genomföra trygghetsvandringar i centrum", "gemensamt"),
        ("Anordna en temakväll om trafik", "gemensamt"),
    ]


def test_the_sentence_closing_a_paragraph_with_no_mark_is_the_lead_in():
    bullets = Block(3, ["• Rusta upp belysningen"])
    paragraph = Block(1, ["Löftet bygger på dialoger med invånare. För kommunens del innebär det"])
    assert is_open_lead_in(paragraph, bullets)
    assert not is_open_lead_in(Block(1, ["Löftet bygger på dialoger. Trygghet i centrum"]), bullets)
    assert found(
        "Medborgarlöfte Ekdala 2025\n\n"
        "Ekdala kommun och polisen har tagit fram löftet. För polisens del innebär det\n\n"
        "• Fotpatrullering i centrum på fredagar\n• Kontroller vid skolorna\n"
    ) == [
        ("Fotpatrullering i centrum på fredagar", "polisen"),
        ("Kontroller vid skolorna", "polisen"),
    ]
