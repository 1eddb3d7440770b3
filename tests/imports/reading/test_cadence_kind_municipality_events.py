"""Shapes of real pages the frame readers had not met (all texts made up): a follow-up told
as coming after the pledge's run, a verdict on the pledge in the perfect, a report whose only
commitments are about the next pledge, a photo credit naming a neighbour, a joint signing of
several municipalities' own pledges, and single events held after verbs and objects the
targets did not know."""

import pytest

from imports.documents import followup, text
from imports.documents.reading import kind
from imports.documents.reading.cadence import parse_cadence
from imports.documents.reading.municipalities import Gazetteer, find_municipalities
from imports.documents.reading.period import find_period
from imports.documents.reading.structure import blocks_of, is_heading
from imports.documents.reading.targets import parse_targets

GAZETTEER = Gazetteer(
    [("9901", "Exempelby"), ("9902", "Provstad"), ("9903", "Testvik"), ("9904", "Modellå")],
    [],
)


def codes(written):
    return sorted(f.value for f in find_municipalities(blocks_of(written), GAZETTEER, is_heading))


def targets(written, default_per="period"):
    return [(t.count, t.unit[:6], t.per) for t in parse_targets(written, default_per)]


def page_kind(written):
    if kind.read_kind(blocks_of(text.clean(written)), is_heading).value == "followup":
        return "followup"
    return "followup" if followup.is_followup(written)[0] else "pledge"


# The cadence -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Överenskommelsen gäller till och med juni 2027, därefter följs arbetet upp.",
        "Löftet löper över två år och sedan ska insatserna utvärderas av styrgruppen.",
        "Samarbetet pågår hela hösten och kommer efter det att utvärderas.",
    ],
)
def test_a_follow_up_after_the_pledge_has_run_its_time_is_at_the_end(sentence):
    assert parse_cadence(sentence)[0] == "vid_slut"


def test_a_pledge_in_force_since_a_date_and_followed_up_quarterly_keeps_its_rhythm():
    sentence = "Löftet gäller sedan januari och följs upp varje kvartal i rådet."
    assert parse_cadence(sentence)[0] == "kvartal"


# The kind of page ----------------------------------------------------------------------------


def test_a_verdict_on_the_pledge_in_the_perfect_makes_a_report():
    written = (
        "Trygghetsarbetet i Exempelby\n\n"
        "Polisen i norra länet har infriat sina medborgarlöften till kommunen och går nu vidare "
        "med ett nytt arbetssätt.\n\n"
        "– Vi har uppfyllt alla löften om fler kvällspatruller i centrum, säger kommunpolisen."
    )
    assert page_kind(written) == "followup"


def test_a_report_whose_only_commitments_are_about_the_next_pledge_is_a_report():
    written = (
        "Löftet går mot sitt slut\n\n"
        "Medborgarlöftet har förbättrat samarbetet mellan skolan och polisen.\n\n"
        "I löftet utlovades fler vandringar. Kommunen skulle också se över belysningen.\n\n"
        "Till sommaren ska polisen och kommunen ta fram ett nytt medborgarlöfte.\n\n"
        "– Nästa löfte ska bli tydligare. Vi kommer att fråga invånarna först, säger Eva Ek."
    )
    assert page_kind(written) == "followup"


def test_a_pledge_page_that_says_earlier_pledges_were_kept_stays_a_pledge():
    written = (
        "Medborgarlöfte 2027\n\n"
        "Polisen och kommunen har uppfyllt tidigare medborgarlöften. Kommunen har också "
        "infriat förra årets löften om belysning.\n\n"
        "Polisen och kommunen lovar att:\n\n• hålla två vandringar\n• öppna en mötesplats"
    )
    assert page_kind(written) == "pledge"


# The municipalities ----------------------------------------------------------------------------


def test_a_photo_credit_naming_a_neighbour_is_not_the_pledges_municipality():
    written = (
        "Nytt löfte för tryggheten\n\nFoto: Provstad kommun\n\n"
        "Polisen och Exempelby kommun har skrivit under ett medborgarlöfte."
    )
    assert codes(written) == ["9901"]


def test_a_photo_credit_at_the_end_of_a_caption_is_a_credit_too():
    written = (
        "Två personer skriver under. Bild: Testviks kommun\n\n"
        "Exempelby kommun och polisen har ett nytt löfte."
    )
    assert codes(written) == ["9901"]


def test_a_photo_credit_that_is_the_only_name_still_names_the_municipality():
    written = "Löftet undertecknat\n\nFoto: Provstad kommun\n\nPolisen och kommunen lovar mer."
    assert codes(written) == ["9902"]


@pytest.mark.parametrize(
    "written",
    [
        "Testviks kommun har undertecknat nya medborgarlöften med polisen.\n\n"
        "Samma dag skrev Exempelby, Provstad och Testviks kommun under egna löften.",
        "Kommunalrådet skriver under Testviks kommuns medborgarlöfte.\n\n"
        "Exempelby kommun, Provstad kommun och Testvik kommun samlades för att skriva under "
        "sina löften med polisen.",
    ],
)
def test_of_several_municipalities_each_signing_its_own_the_owner_is_the_pledges(written):
    assert codes(written) == ["9903"]


def test_a_joint_pledge_of_several_municipalities_keeps_them_all():
    written = (
        "Exempelby kommun har undertecknat ett gemensamt medborgarlöfte med Provstad och "
        "Testviks kommun och polisen."
    )
    assert codes(written) == ["9901", "9902", "9903"]


# The targets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A verb of holding in every voice: "ordna", "genomföras".
        ("Kommunen ska ordna en gemensam föreläsning om nätdroger.", [(1, "förelä", "period")]),
        (
            "Under våren ska det genomföras två enkäter och en utvärdering av insatserna.",
            [(2, "enkäte", "period"), (1, "utvärd", "period")],
        ),
        # Offered to someone named first, the event after.
        (
            "Polisen ska erbjuda eleverna i nian en föreställning om trafik.",
            [(1, "förest", "period")],
        ),
        # "ett tillfälle" is the noun, not an adjective before "utöva".
        (
            "Polis och kommun ska vid minst ett tillfälle göra gemensam kontroll av butikerna.",
            [(1, "tillfä", "period")],
        ),
    ],
)
def test_a_single_event_held_is_a_count_of_one(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Kommunen ska erbjuda stöd till en förening i centrum.",
        "Kommunen ska erbjuda föräldrar en plats i kursen.",
        "Polisen ska genomföra ett förebyggande arbete i skolan.",
    ],
)
def test_no_event_held_is_no_count(written):
    assert targets(written) == []


# The period ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Med stöd av samverkansavtalet 2020–2025 ska polisen och kommunen under 2023 arbeta "
        "mot skadegörelse.",
        "Enligt polisens och kommunens avtal för åren 2020-2025 gäller löftet under 2023.",
    ],
)
def test_the_years_of_another_agreement_named_avtal_are_not_the_pledges(written):
    found, _until = find_period(blocks_of(written), is_heading)
    assert found.value == ("2023-01-01", "2023-12-31")


def test_a_pledge_whose_only_years_are_its_own_keeps_them():
    written = "Avtalet om trygghet ger grund för löftet. Under 2023–2024 ska polisen synas."
    found, _until = find_period(blocks_of(written), is_heading)
    assert found.value == ("2023-01-01", "2024-12-31")
