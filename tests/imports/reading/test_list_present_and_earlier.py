"""Which list of a page holds the promises, third round: items naming a giver with a verb in the
present tense, an earlier period's part that ends where this pledge resumes, and a follow-up
part whose items carry a verdict or stand under a heading about results."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.lists import item_kind
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.structure import section_of

GAZETTEER = Gazetteer([("9921", "Kvarnsjö"), ("9922", "Hällby")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def found(document):
    return [(a.text, a.responsible) for a in read(document).actions]


@pytest.mark.parametrize(
    "item",
    [
        "Polisen gör fler fotpatruller vid stationen",
        "Kommunen anordnar läxhjälp i biblioteket",
        "Kommunen och polisen bjuder in till dialogmöte i mars",
        "Polisen ser över belysningen vid torget",
        "Vi tillsammans håller ett öppet möte",
    ],
)
def test_a_giver_with_a_verb_in_the_present_is_a_deed(item):
    assert item_kind(item) == "giver"


@pytest.mark.parametrize(
    "item",
    [
        "Polisen får många anmälningar om inbrott",
        "Kommunen har en fältgrupp",
        "Kommunen ser en ökning av klotter",
        "Polisen upplever att unga samlas vid stationen",
    ],
)
def test_having_receiving_or_perceiving_tells_the_situation(item):
    assert item_kind(item) != "giver"


@pytest.mark.parametrize(
    "item",
    [
        "Trygghetsvandring i Hamnen – genomförd",
        "Föräldramöte – delvis genomfört",
        "Kameror vid torget – pågår",
        "Trygghetsvandring: Klart",
        "Informationsträff: Ej påbörjad",
        "Kommunen skulle bygga en bana – genomförd.",
    ],
)
def test_an_item_ending_with_a_verdict_is_a_follow_up(item):
    assert item_kind(item) == "verdict"


def test_an_item_about_finished_work_ahead_is_no_verdict():
    assert item_kind("Genomföra två trygghetsvandringar i hamnen") == "deed"


@pytest.mark.parametrize(
    "heading",
    [
        "Så gick det med förra årets löfte",
        "Så här gick det 2025",
        "Resultat 2025",
        "Resultat för 2025",
    ],
)
def test_a_heading_about_how_it_went_opens_the_follow_up(heading):
    assert section_of(heading) == "followup"


def test_present_tense_giver_items_after_a_list_of_goals_are_promises():
    assert found(
        "Medborgarlöfte Kvarnsjö 2026\n\n"
        "Målen är:\n\n"
        "• Färre stölder i centrum\n• Ökad trygghet vid stationen\n\n"
        "• Polisen gör fler fotpatruller vid stationen\n"
        "• Kommunen anordnar läxhjälp i biblioteket\n"
        "• Kommunen och polisen bjuder in till dialogmöte i mars\n"
    ) == [
        ("Polisen gör fler fotpatruller vid stationen", "polisen"),
        ("Kommunen anordnar läxhjälp i biblioteket", "kommunen"),
        ("Kommunen och polisen bjuder in till dialogmöte i mars", "gemensamt"),
    ]


def test_present_tense_giver_items_after_problems_are_promises():
    assert found(
        "Medborgarlöfte Hällby 2026\n\n"
        "Problem som invånarna lyfter:\n\n"
        "- Buskörning på torget\n- Skadegörelse på skolan\n\n"
        "- Polisen kontrollerar mopeder på torget\n"
        "- Kommunen lagar skadorna på skolan inom en vecka\n"
    ) == [
        ("Polisen kontrollerar mopeder på torget", "polisen"),
        ("Kommunen lagar skadorna på skolan inom en vecka", "kommunen"),
    ]


def test_the_situation_told_in_the_present_stays_out():
    assert found(
        "Medborgarlöfte Hällby 2026\n\n"
        "Så ser det ut i dag:\n\n"
        "- Polisen får många anmälningar om inbrott\n- Unga samlas vid stationen\n\n"
        "Polisen och kommunen lovar att:\n\n"
        "- informera om inbrott\n- ordna aktiviteter för unga\n"
    ) == [("Informera om inbrott", "gemensamt"), ("Ordna aktiviteter för unga", "gemensamt")]


def test_an_earlier_period_s_list_ends_at_a_lead_in_naming_this_period():
    assert found(
        "Medborgarlöfte Hällby 2026–2027\n\n"
        "Under förra löftesperioden (2024–2025) arbetade vi med:\n\n"
        "- Trygghetsvandringar\n- Cykelstölder\n\n"
        "För 2026–2027 har polisen åtagit sig att:\n\n"
        "- göra kontroller vid skolan\n- ha en kontaktpolis i Hällby\n\n"
        "Kommunen har åtagit sig att:\n\n"
        "- öppna fritidsgården på söndagar\n"
    ) == [
        ("Göra kontroller vid skolan", "polisen"),
        ("Ha en kontaktpolis i Hällby", "polisen"),
        ("Öppna fritidsgården på söndagar", "kommunen"),
    ]


def test_an_earlier_period_s_list_ends_at_a_side_committing_in_the_future():
    assert found(
        "Medborgarlöfte Hällby 2026–2027\n\n"
        "Under förra löftesperioden (2024–2025) arbetade vi med:\n\n"
        "- Trygghetsvandringar\n- Cykelstölder\n\n"
        "Kommunen ska:\n\n"
        "- öppna fritidsgården på söndagar\n"
    ) == [("Öppna fritidsgården på söndagar", "kommunen")]


def test_an_earlier_period_s_part_ends_at_the_heading_of_this_year_s_pledge():
    assert found(
        "Medborgarlöfte Hällby 2026–2027\n\n"
        "Tidigare löfte (2024–2025)\n\n"
        "- Fler kontroller av mopeder\n- En trygghetsvandring\n\n"
        "Årets löfte\n\n"
        "- Polisen kontrollerar mopeder vid skolan varje vecka\n"
        "- Kommunen röjer sly längs gångvägen\n"
    ) == [
        ("Polisen kontrollerar mopeder vid skolan varje vecka", "polisen"),
        ("Kommunen röjer sly längs gångvägen", "kommunen"),
    ]


def test_an_earlier_pledge_printed_below_keeps_its_promises_out():
    assert found(
        "Medborgarlöfte Hällby 2026\n\n"
        "Polisen lovar att:\n\n- göra kontroller vid skolan\n\n"
        "Medborgarlöfte Hällby 2023–2024\n\n"
        "Polisen lovar att:\n\n- hålla öppet hus\n"
    ) == [("Göra kontroller vid skolan", "polisen")]


def test_items_carrying_a_verdict_after_the_promises_are_no_promises():
    assert found(
        "Medborgarlöfte Kvarnsjö 2026\n\n"
        "Polisen och kommunen lovar att\n\n"
        "• genomföra två trygghetsvandringar\n• starta grannsamverkan i Lillskogen\n\n"
        "Så gick det med förra årets löfte\n\n"
        "• Trygghetsvandring i Hamnen – genomförd\n"
        "• Föräldramöte – delvis genomfört\n"
        "• Kameror vid torget – pågår\n"
    ) == [
        ("Genomföra två trygghetsvandringar", "gemensamt"),
        ("Starta grannsamverkan i Lillskogen", "gemensamt"),
    ]


def test_a_list_under_a_heading_of_results_is_no_promise():
    assert found(
        "Medborgarlöfte Kvarnsjö 2026\n\n"
        "Kommunen lovar att:\n\n- röja sly vid gångvägen\n- tända belysningen i parken\n\n"
        "Resultat 2025\n\n- Sly vid skolan\n- Belysning i parken\n"
    ) == [("Röja sly vid gångvägen", "kommunen"), ("Tända belysningen i parken", "kommunen")]
