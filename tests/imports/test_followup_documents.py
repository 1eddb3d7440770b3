"""Follow-up documents: recognised as such, read promise by promise, and made a draft report of
the pledge they follow, never a new pledge."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from followups.models import FollowUpReport
from imports.documents import followup, measure
from imports.documents.followup_services import (
    create_draft_report_from_document,
    propose_pledge,
    span_candidates,
)
from imports.documents.services import create_draft_from_document
from municipalities.models import Membership, Municipality
from pledges.models import Action, Pledge
from tests.conftest import make_action, make_pledge
from tests.followups.conftest import make_report

DEV = measure.DEV
FOLLOWUP_URL = "admin:pledges_pledge_import_followup"
DOCUMENT_URL = "admin:pledges_pledge_import_document"


def dev(name):
    return (DEV / name).read_text(encoding="utf-8")


LULEA_FOLLOWUP = dev("lulea-2018-uppfoljning.txt")

# The promises of lulea-2018.txt, as its pledge holds them.
LULEA_PROMISES = [
    ("Minst en trafikkontroll varje dygn i kommunen.", Action.Responsible.POLICE),
    ("Arbeta trygghetsskapande i kommunens byar.", Action.Responsible.POLICE),
    (
        "Minst en trygghetsvandring med unga vuxna som målgrupp och med jämställdhet i fokus.",
        Action.Responsible.MUNICIPALITY,
    ),
    (
        "Dialog med ensamkommande flyktingbarn för att öka förståelsen för lagar och regler i "
        "Sverige samt polisens roll i samhället.",
        Action.Responsible.POLICE,
    ),
    ("Tillsyn av restauranger och krogar med serveringstillstånd.", Action.Responsible.POLICE),
    ("Minst två utbildningar för ansvarsfull alkoholservering.", Action.Responsible.MUNICIPALITY),
    (
        "Samordning av serveringstillstånd med andra myndigheter vid minst åtta tillfällen.",
        Action.Responsible.MUNICIPALITY,
    ),
    (
        "Informationskampanj riktad till årskurs 3 på gymnasiet för att motverka att unga vuxna "
        "langar alkohol till minderåriga.",
        Action.Responsible.JOINT,
    ),
    (
        "Kontroll av gångtunnlar fyra gånger per år samt åtgärda eventuell trasig belysning och "
        "skadegörelse i tunnlarna.",
        Action.Responsible.MUNICIPALITY,
    ),
]
# What the follow-up says, promise by promise (None: the document says nothing about it).
LULEA_EXPECTED = [
    ("delvis", 71),
    ("delvis", None),
    None,
    ("genomford", None),
    ("pagar", 10),
    None,
    None,
    None,
    None,
]


def make_lulea_pledge(**overrides):
    fields = {
        "title": "Medborgarlöften Luleå",
        "start_date": datetime.date(2018, 1, 1),
        "end_date": datetime.date(2018, 12, 31),
    }
    pledge = make_pledge(("lulea",), **{**fields, **overrides})
    for order, (promise, responsible) in enumerate(LULEA_PROMISES, start=1):
        make_action(pledge, text=promise, responsible=responsible, order=order)
    return pledge


@pytest.fixture
def people(django_user_model):
    """A Luleå editor (the owner), a Värnamo publisher (a colleague elsewhere), and staff
    without an organisation."""

    def staff(name):
        return django_user_model.objects.create_user(name, password="x" * 16, is_staff=True)

    owner, outsider, nobody = staff("lulea_red"), staff("varnamo_utg"), staff("ingen_org")
    Membership.objects.create(user=owner, municipality=Municipality.objects.get(slug="lulea"))
    Membership.objects.create(
        user=outsider,
        municipality=Municipality.objects.get(slug="varnamo"),
        role=Membership.Role.PUBLISHER,
    )
    return {"owner": owner, "outsider": outsider, "nobody": nobody}


# Telling a follow-up from a pledge -----------------------------------------------------------


# Follow-ups the readers miss, each counted in the kind's floor below and listed here so that
# the test says so: strict, so that one read right again must leave the list.
MISSED_FOLLOW_UPS = {
    # A local paper's news item: the year's work told in quotes ("Jag har gjort 15 skolbesök")
    # and one plan ("– Vi ska göra en trygghetsvandring till"); first met on 2026-12-01.
    "laholm-2018-uppfoljning.txt": "a news item that tells the year's work in quotes",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=MISSED_FOLLOW_UPS[name]))
        if name in MISSED_FOLLOW_UPS
        else name
        for name in sorted(p.name for p in DEV.glob("*-uppfoljning.txt"))
    ],
)
def test_the_dev_follow_ups_are_recognised(name):
    is_report, why = followup.is_followup(dev(name))
    assert is_report, why
    assert why.startswith("Det här ser ut som en uppföljning")


@pytest.mark.parametrize(
    "path",
    sorted(measure.SEEDS.glob("*.txt"))
    + [p for p in sorted(DEV.glob("*.txt")) if "uppfoljning" not in p.name],
    ids=lambda p: p.name,
)
def test_no_pledge_is_taken_for_a_follow_up(path):
    is_report, why = followup.is_followup(path.read_text(encoding="utf-8"))
    assert not is_report, why


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Så här har vi arbetat med medborgarlöftet i Flens kommun\n\nUnder året genomfördes "
            "drygt sextio fotpatruller i centrum. Vi har hållit 3 trygghetsvandringar.",
            True,
        ),
        (
            "Återkoppling av medborgarlöftet 2023\n\n• 303 trafikkontroller genomfördes.\n"
            "• Löftet om skolbesök är genomfört.",
            True,
        ),
        (
            "Medborgarlöfte 2024\n\nPolisen lovar att genomföra minst 4 trygghetsvandringar per "
            "år.\nKommunen lovar att ordna 2 möten per år.",
            False,
        ),
        ("Vi lovar att arbeta för ökad trygghet. Uppföljning sker årligen.", False),
        ("Ett brev om något helt annat.", False),
        # A news item: the promise told in the past tense, then the verdict on it.
        (
            "Polisen i Tallby försöker hålla löftet\n\nI våras lovade polisen att man minst "
            "tre gånger per vecka skulle patrullera på torget och minst en gång per vecka "
            "kontrollera trafiken. En uppföljning efter fyra månader visar att polisen till "
            "80 procent lyckats uppfylla löftet.",
            True,
        ),
    ],
)
def test_small_written_texts(written, expected):
    assert followup.is_followup(written)[0] is expected


# Reading statuses ----------------------------------------------------------------------------


def test_each_restated_promise_is_read_with_status_count_and_line():
    found = followup.read_followup(LULEA_FOLLOWUP)
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Trafiksäkerhet", "pagar", 71),
        ("Närvaro i glesbygd", "delvis", None),
        ("Våld i offentlig miljö", "pagar", 10),
        ("Information till ensamkommande flyktingbarn", "genomford", None),
    ]
    first = found[0]
    assert first.line == 9 and first.evidence.startswith("Polisen har utfört 71 trafikkontroller")
    assert [f.confidence for f in found] == ["osäker", "säker", "osäker", "säker"]


@pytest.mark.parametrize(
    ("written", "status", "count"),
    [
        ("• Vi har genomfört 3 av 2 planerade trygghetsvandringar.", "genomford", 3),
        ("• Vi har genomfört 1 av 4 planerade trygghetsvandringar.", "delvis", 1),
        ("• Skolbesöken har inte genomförts på grund av pandemin.", "ej_genomford", None),
        ("• Arbetet med belysningen pågår.", "pagar", None),
        ("• Kameran har skjutits upp till hösten.", "forsenad", None),
        ("• Löftet om nattvandring har strukits.", "struken", None),
        ("• Effekten på brottsligheten går inte att bedöma.", "kan_inte_bedomas", None),
        ("• Arbetet med föreningarna har inte påbörjats.", "ej_paborjad", None),
        # The past tense negated after the verb, and other plain verdicts.
        ("• Föräldramötet hölls inte i år.", "ej_genomford", None),
        ("• Cykelkursen har uteblivit.", "ej_genomford", None),
        ("• Vi har inte hunnit starta arbetet med skyltarna.", "ej_paborjad", None),
        ("• Målet är uppnått för året.", "genomford", None),
        ("• Klart.", "genomford", None),
        ("• Genomfört: 9 föreläsningar för föräldrar.", "genomford", 9),
        ("• Ombyggnaden har påbörjats men är ännu inte klar.", "pagar", None),
        ("• Arbetet med belysningen i parken kvarstår.", "pagar", None),
        ("• Mötet flyttades till våren.", "forsenad", None),
        # A passive supine negated is work not done, not a deed.
        ("• Den nya arbetsmodellen har ännu inte implementerats.", "ej_genomford", None),
    ],
)
def test_status_words(written, status, count):
    [found] = followup.read_followup("Uppföljning 2023\n\n" + written)
    assert (found.status, found.achieved_count, found.confidence) == (status, count, "säker")


@pytest.mark.parametrize(
    ("written", "count", "unit"),
    [
        ("• Antal genomförda cykelkontroller: 7.", 7, "cykelkontroller"),
        ("• Cykelkontroller: 7 genomförda.", 7, "cykelkontroller"),
        ("• 7 st cykelkontroller har genomförts.", 7, "cykelkontroller"),
        ("• Kommunen har ordnat ett trettiotal kvällsaktiviteter.", 30, "kvällsaktiviteter"),
        ("• Polisen har gjort 2 400 hastighetskontroller.", 2400, "hastighetskontroller"),
        ("• Kommunen har genomfört mer än 12 skolbesök.", 12, "skolbesök"),
        # "vid över 40 tillfällen": how many times the deed was done.
        ("• Patrullerat torget och stationen vid över 40 tillfällen.", 40, "tillfällen"),
    ],
)
def test_counts_of_what_was_done(written, count, unit):
    [found] = followup.read_followup("Uppföljning av medborgarlöftet 2023\n\n" + written)
    assert (found.status, found.achieved_count, found.unit) == ("genomford", count, unit)


def test_the_corpus_shape_has_not_started_as_not_done():
    written = (
        "Uppföljning av medborgarlöftet 2023\n\n• Arbetet med föreningarna har inte påbörjats."
    )
    assert followup.found_fields(written)["statuses"][0]["status"] == "ej_genomford"


def test_a_paragraph_restating_a_promise_heads_what_was_done_for_it():
    written = (
        "Uppföljning medborgarlöfte 2022–2023 i Exempelby kommun\n\n"
        "Polisen och kommunen lovar att minska skadegörelsen vid stationen.\n\n"
        "Kommunen har satt upp bättre belysning. Polisen har patrullerat kvällstid.\n\n"
        "Kommunen och polisen ger löfte om att nå ut till äldre om bedrägerier.\n\n"
        "Information har delats ut vid träffpunkterna."
    )
    assert followup.is_followup(written)[0]
    found = followup.read_followup(written)
    assert [(f.promise.split(" att ")[0], f.status) for f in found] == [
        ("Polisen och kommunen lovar", "genomford"),
        ("Kommunen och polisen ger löfte om", "genomford"),
    ]
    assert found[0].evidence.startswith("Kommunen har satt upp")


def test_a_paragraph_restating_a_promise_as_a_duty_heads_what_was_done_for_it():
    written = (
        "Uppföljning av medborgarlöftet 2023\n\n"
        "Polisen ska göra trafikkontroller vid skolorna. Fokus ska vara hastighet.\n\n"
        "Under året har polisen gjort 14 kontroller vid skolorna.\n\n"
        "Kontrollerna har lett till följande:\n\n"
        "• 9 fortkörare har rapporterats.\n"
        "• 3 mopeder har beslagtagits.\n\n"
        "Kommunen kommer att rusta upp belysningen i parken.\n\n"
        "Belysningen har bytts ut"  # a short line of its own: still what was done
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        (
            "Polisen ska göra trafikkontroller vid skolorna. Fokus ska vara hastighet.",
            "genomford",
            14,
        ),
        ("Kommunen kommer att rusta upp belysningen i parken.", "genomford", None),
    ]


def test_a_result_label_under_each_promise_makes_a_follow_up_of_an_untitled_page():
    written = (
        "Trygghet i skolan\n\n"
        "Skolbesök\n\n"
        "Polisen kommer att besöka alla skolor i kommunen.\n\n"
        "Resultat\n\n"
        "Polisen har besökt 9 skolor.\n\n"
        "Cykelkontroller\n\n"
        "Kommunen kommer att ordna cykelkontroller minst en gång per termin.\n\n"
        "Resultat\n\n"
        "Cykelkontrollerna har inte genomförts."
    )
    assert followup.is_followup(written)[0]
    found = followup.read_followup(written)
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Skolbesök: Polisen kommer att besöka alla skolor i kommunen.", "genomford", 9),
        (
            "Cykelkontroller: Kommunen kommer att ordna cykelkontroller minst en gång per termin.",
            "ej_genomford",
            None,
        ),
    ]


def test_a_count_of_offences_reported_gives_way_to_the_count_of_the_deed():
    written = (
        "Uppföljning av medborgarlöftet 2021\n\n"
        "Trafik\n\n"
        "Polisen har rapporterat 80 rattfylleribrott. Brotten har ökat från 60 till 80. "
        "Polisen har genomfört kontroller på landsvägarna vid 30 tillfällen."
    )
    [found] = followup.read_followup(written)
    assert (found.status, found.achieved_count) == ("genomford", 30)


def test_a_count_asked_for_before_the_verb_is_not_one_done():
    [found] = followup.read_followup(
        "Uppföljning 2023\n\n• Eleverna har fått gå minst två kvällar i veckan och rapportera "
        "vad de ser."
    )
    assert found.achieved_count is None


def test_bullets_further_right_belong_to_the_item_above():
    written = (
        "Uppföljning av medborgarlöftet 2023\n\n"
        " • Kommunen har ordnat informationsinsatser:\n"
        "  - Broschyrer har delats ut till 300 hushåll.\n"
        "  - Ett möte har hållits på biblioteket.\n"
        " • Polisen har genomfört 5 kontroller."
    )
    found = followup.read_followup(written)
    assert [f.promise.split(":")[0] for f in found] == [
        "Kommunen har ordnat informationsinsatser",
        "Polisen har genomfört 5 kontroller.",
    ]
    assert "Broschyrer" in found[0].promise


def test_quotes_and_the_about_section_are_no_report():
    written = (
        "Uppföljning av medborgarlöftet 2023\n\n"
        "• Polisen har genomfört 5 kontroller.\n\n"
        "– Vi har gjort ett bra jobb i år och skapat trygghet, säger Anna Berg, kommunalråd.\n\n"
        "Om Exempelby kommun\n\n"
        "Kommunen har 900 anställda och har arbetat länge med trygghet."
    )
    assert [f.achieved_count for f in followup.read_followup(written)] == [5]


def test_a_pledge_page_ending_with_last_years_follow_up_stays_a_pledge():
    written = (
        "Medborgarlöfte 2024\n\n"
        "Under 2024 lovar polisen och kommunen:\n\n"
        "• Minst 10 trafikkontroller. (Polis)\n"
        "• Två trygghetsvandringar. (Kommunen)\n\n"
        "Uppföljning av medborgarlöftet 2023\n\n"
        "Polisen har genomfört fler än sina 8 utlovade trafikkontroller."
    )
    assert not followup.is_followup(written)[0]


def test_a_count_after_ska_and_a_verb_in_any_form_is_promised_not_done():
    # "ska genomför" (present form after "ska", a slip of the pen) still says what will be done.
    written = (
        "Medborgarlöfte 2020-2021\n\n"
        "Polisen och kommunen har tecknat ett medborgarlöfte.\n\n"
        "Det gör vi genom följande aktiviteter:\n\n"
        "• Polisen ska genomföra minst tio trafikkontroller.\n"
        "• Polisen ska genomför minst tolv riktade insatser mot narkotika.\n\n"
        "Uppföljning\n\n"
        "Här kan du läsa hur arbetet går."
    )
    assert not followup.is_followup(written)[0]


def test_the_measure_reads_a_text_as_a_follow_up_when_the_importer_does(db):
    from imports.documents.reading.municipalities import Gazetteer

    written = (
        "Trygghet i skolan\n\n"
        "Skolbesök\n\n"
        "Polisen kommer att besöka alla skolor i kommunen.\n\n"
        "Resultat\n\n"
        "Polisen har besökt 9 skolor.\n\n"
        "Kvällar\n\n"
        "Kommunen kommer att hålla fritidsgården öppen två kvällar i veckan.\n\n"
        "Resultat\n\n"
        "Fritidsgården har hållit öppet som utlovat."
    )
    fields = measure.read_fields(written, Gazetteer.from_db())
    assert fields["kind"] == "followup" and fields["actions"] == []
    assert [s["achieved"] for s in fields["statuses"]] == [9, None]


def test_a_quarterly_report_reads_counts_against_the_promise_as_work_going_on():
    written = (
        "Kvartalsrapport medborgarlöften i Exempelby kommun\n\n"
        "Under årets första kvartal har polisen lagt 2 300 timmar av de 6 000 utlovade på "
        "synlighet. Dessa timmar har gått till bland annat tolv trafikkontroller.\n\n"
        "Föräldramöten\n\n"
        "Fyra föräldramöten har planerats in till hösten. Löftet är att minst tre sådana "
        "möten ska hållas under året."
    )
    found = followup.read_followup(written)
    assert [(f.status, f.achieved_count) for f in found] == [("pagar", 2300), ("pagar", None)]
    assert found[0].planned == 6000 and found[0].confidence == "osäker"
    # The text's own wording of the promise goes with the heading.
    assert found[1].promise == (
        "Föräldramöten: Löftet är att minst tre sådana möten ska hållas under året."
    )


def test_a_report_on_part_of_the_year_leaves_its_bullets_going_on():
    written = (
        "Så här har vi arbetat med medborgarlöftet\n\n"
        "En sammanfattning av arbetet mellan februari och sista maj 2019.\n\n"
        "• Polisen har genomfört ett 40-tal fotpatruller i centrum.\n"
        "• Kommunen arbetar aktivt med att få fler kameror till torget."
    )
    found = followup.read_followup(written)
    assert [(f.status, f.achieved_count) for f in found] == [("pagar", 40), ("pagar", None)]


def test_a_labelled_verdict_under_each_promise():
    written = (
        "Återrapport av medborgarlöftet 2024\n\n"
        "Löfte 1: Polisen ordnar cykelkontroller vid skolorna\nStatus: Genomfört\n\n"
        "Löfte 2: Kommunen rustar upp lekparken\nStatus: Försenat till hösten\n\n"
        "Nattvandringar\n\nStatus: Pågår"
    )
    assert followup.is_followup(written)[0]
    found = followup.read_followup(written)
    assert [(f.promise, f.status) for f in found] == [
        ("Löfte 1: Polisen ordnar cykelkontroller vid skolorna", "genomford"),
        ("Löfte 2: Kommunen rustar upp lekparken", "forsenad"),
        ("Nattvandringar", "pagar"),
    ]


def test_the_count_done_comes_from_the_text_under_the_promise_not_its_target():
    written = (
        "Uppföljning av medborgarlöftet 2023\n\n"
        "Kommunen har lovat att 6 föräldramöten genomförs under året.\n\n"
        "Vi har genomfört 4 föräldramöten, de flesta under hösten."
    )
    [found] = followup.read_followup(written)
    assert found.achieved_count == 4


def test_text_under_a_promise_that_tells_nothing_done_cannot_be_assessed():
    written = (
        "Uppföljning av medborgarlöftet 2021\n\n"
        "Cykelstölder\n\n"
        "Anmälda cykelstölder var 80 under året mot 95 året innan. Intresset för att starta "
        "en cykelverkstad har varit litet.\n\n"
        "Sammanfattning\n\n"
        "Kommunen har ökat tryggheten och polisen har genomfört många insatser."
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status, f.confidence) for f in found] == [
        ("Cykelstölder", "kan_inte_bedomas", "osäker")
    ]


def test_a_report_heading_below_the_sites_own_lines_makes_a_follow_up():
    written = (
        "SÖK PÅ SIDAN\n\nKontakta oss\n\nTelefon:\n\n0123-456 00\n\n"
        "Nytt medborgarlöfte för hösten\n\n"
        "Polisen och kommunen samverkar i det brottsförebyggande arbetet.\n\n"
        "Uppföljning mars-maj\n\n"
        "Inriktning\n\n"
        "• Polisen åtar sig att besöka skolorna\n"
        "• Trygghetsvandringar i centrum\n\n"
        "Exempel på arbete som har genomförts är:\n\n"
        "• Polisen har besökt skolorna i Norrby\n"
        "• En trygghetsvandring hölls i centrum"
    )
    is_report, why = followup.is_followup(written)
    assert is_report, why
    assert "Uppföljning mars-maj" in why and "har genomförts" in why


def test_a_pledge_page_opening_with_links_to_its_reports_stays_a_pledge():
    written = (
        "Norrby – medborgarlöften\n\n"
        "Återkoppling på arbetet med medborgarlöftena för år 2019\n(uppdaterad 2020-01-28)\n\n"
        "Uppföljning av medborgarlöftena i Norrby maj-augusti 2019\n\n"
        "Inledning\n\n"
        "Polisen och kommunen samverkar för att öka tryggheten.\n\n"
        "Uppföljning\n\n"
        "Uppföljning ska ske i samverkan där båda parter delar med sig av utförda aktiviteter."
    )
    is_report, why = followup.is_followup(written)
    assert not is_report, why


def test_a_past_span_told_in_the_past_tense_makes_a_follow_up():
    written = (
        "Trygghet i Norrby\n\n"
        "Under 2022 hade rådet ett ökat fokus på trafiken.\n\n"
        "Rådet har under perioden fördjupat lägesbilden kring mopeder."
    )
    assert followup.is_followup(written)[0]
    # "Under 2022 ska …" is what a pledge says.
    assert not followup.is_followup(
        "Trygghet i Norrby\n\nUnder 2022 ska rådet ha ett ökat fokus på trafiken."
    )[0]


def test_each_deed_goes_with_the_promise_it_tells_of():
    written = (
        "Uppföljning av medborgarlöftet våren 2024\n\n"
        "Inriktning\n\n"
        "• Polisen informerar om inbrott i sociala medier\n"
        "• Fler kontroller av mopeder\n"
        "• Kommunen åtar sig att starta nattvandringar\n"
        "• Trygghet för äldre\n\n"
        "Exempel på arbete som har genomförts är:\n\n"
        "• Kommunen har startat nattvandringar med föräldrar. De kommer att fortsätta i höst\n"
        "• Polisen informerade om inbrott på Facebook i april\n"
        "• Polisen har genomfört 12 kontroller av mopeder"
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Polisen informerar om inbrott i sociala medier", "genomford", None),
        ("Fler kontroller av mopeder", "genomford", 12),
        ("Kommunen åtar sig att starta nattvandringar", "pagar", None),
    ]  # "Trygghet för äldre": the page tells nothing of it


def test_more_deeds_than_areas_are_items_of_their_own():
    written = (
        "Uppföljning av medborgarlöfte 2020\n\n"
        "De fokusområden som pekades ut var:\n\n"
        "• Otrygga miljöer i centrum\n"
        "• Narkotika bland unga\n\n"
        "Under 2020 har polisen och kommunen bland annat:\n\n"
        "• Patrullerat parken vid 30 tillfällen.\n"
        "• Genomfört hundsök efter narkotika på skolorna.\n"
        "• Varit mer aktiva med trafikkontroller."
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Patrullerat parken vid 30 tillfällen.", "genomford", 30),
        ("Genomfört hundsök efter narkotika på skolorna.", "genomford", None),
        # No verb of its own: the lead-in's "har" tells it done.
        ("Varit mer aktiva med trafikkontroller.", "genomford", None),
    ]


def test_paragraphs_under_the_reports_own_headings_go_with_the_promises_restated_above():
    written = (
        "Uppföljning 2022\n\n"
        "I medborgarlöftet för 2022 lovade polisen och kommunen att:\n\n"
        "• Samarbetet mellan skola och socialtjänst ska fördjupas.\n"
        "• Parterna ska införa arbetsmodellen EST för en gemensam lägesbild.\n\n"
        "Insatser under året\n\n"
        "Arbetsmodellen EST har inte införts under året, men kan starta 2023.\n\n"
        "Polisen har haft regelbundna möten med skola och socialtjänst."
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status) for f in found] == [
        ("Samarbetet mellan skola och socialtjänst ska fördjupas.", "genomford"),
        ("Parterna ska införa arbetsmodellen EST för en gemensam lägesbild.", "ej_genomford"),
    ]


def test_the_sites_contact_lines_are_no_promise_and_a_heading_may_open_its_paragraph():
    written = (
        "Kontakta oss\n\nTelefon:\n\n0123-456 00\n\n"
        "Storgatan 1, Norrby\n\nÖppettider: Vardagar 8-12\n\n"
        "Fokusområde: Trygghet\n\n"
        "Här hittar du uppföljningar av tidigare aktiviteter.\n\n"
        "Under 2022 hade rådet ett ökat fokus på trafiken.\n\n"
        "Motorburen ungdom\n"
        "Rådet har fördjupat lägesbilden. Bland annat genomfördes en enkät på biblioteket."
    )
    found = followup.read_followup(written)
    assert [(f.promise, f.status) for f in found] == [("Motorburen ungdom", "genomford")]


def test_a_promise_no_item_matches_gets_no_status_and_is_flagged(db):
    pledge = make_lulea_pledge()
    proposals, unmatched = followup.match_to_pledge(
        followup.read_followup(LULEA_FOLLOWUP), pledge.actions.all()
    )
    assert not unmatched
    got = [(p.status, p.achieved_count) if p.found else None for p in proposals]
    assert got == LULEA_EXPECTED
    assert proposals[2].note == "ingen uppgift i dokumentet" and proposals[2].status == ""
    # 0,78 controls a day against one a day promised: partly done, not merely ongoing.
    assert "0.78 per dag" in proposals[0].note


def test_the_measure_prints_figures_for_the_dev_follow_ups(db, capsys):
    scores, misses = measure.measure_followups(DEV, DEV / "expected.json")
    with capsys.disabled():
        print("\nUppföljningar i corpus/dev (dokumenttyp, status och antal per löfte):")
        for field, (expected, found, correct) in scores.items():
            print(f"  {field:<10} väntat {expected:>3}  hittat {found:>3}  rätt {correct:>3}")
        for name, wrong in misses.items():
            print(f"  {name}: {wrong}")
    # Floors at what the readers reach on dev, which since holdout/ came also holds the former
    # measured part's follow-ups, and since the fu batch six follow-ups (and a pledge page ending
    # with one) collected to be unseen, read less well than the ones the rules were written
    # against. Since the fu3 batch, promises restated as a list are matched with the deeds
    # reported below them. The third measured-only part's three follow-ups, which joined dev
    # after their third measurement, read worst of all (status 1 of 9): status 48 of 60, achieved
    # count 21 of 28. The fu4 batch's eight follow-ups (news items in running text, promises
    # restated per side over the deeds, truncated pages) bring it to status 60 of 80 (81 found),
    # achieved count 30 of 40 (35 found). The fu5 batch's six follow-ups (a page rewritten after
    # its year, deed lists per side under one promise told in the past, a verdict on the whole
    # pledge, topics with a deed not started) and the fu5 rules bring it to status 72 of 89 (89
    # found), achieved count 32 of 41 (38 found: two counts on the new pages, "två grundskolor"
    # beside "En gymnasieskola" and the second of several deeds counted under one heading, are
    # no count of the promise). The fu6 batch's six follow-ups (a lead-in over promises restated
    # as a list, a report under headings of its own, lists under "Detta har polisen gjort:",
    # quarters of one year) and its rules bring it to status 87 of 105 (106 found), achieved
    # count 34 of 43 (41 found: "Fyra insatser" under a promise that names no number). The rd8b
    # batch's four follow-ups (status told in prose, focus areas restated as a list, a quarter
    # named by its number) and its rules bring status to 94 of 112 (113 found); achieved count
    # stays 34 of 43 (41 found). The fourth measured-only part, which joined dev after it had
    # been measured four times, brought three follow-ups whose statuses the readers miss (0 of
    # 7; achieved 0 of 2): with them status is 96 of 122 (118 found), achieved count 36 of 47
    # (45 found). Promises restated one by one as numbered items over their own account, named
    # by the count they ask for or tagged with their side ("… (Polis)"), and a list of such
    # promises over a longer list of deeds bring status to 105 of 122 (121 found), achieved count
    # to 43 of 47 (49 found). Two batches of real pages first met on 2026-12-01 brought eight
    # follow-ups (a news item that restates promises and judges none, a verdict on the pledge in
    # the perfect, deed lines with no promise restated, a tertial report, a municipal news item),
    # one of which, a news item, is read as a pledge (kind 536 of 537): status 114 of 142 (133
    # found), achieved count 45 of 54 (54 found). Thirty pages first met later that day brought
    # three more (a tertial report told in prose, a news item that tells the year's work in
    # quotes and is read as neither, an agreement's continuous follow-up): status 115 of 151
    # (135 found), achieved count 45 of 55 (56 found).
    floors = {"kind": (0.99, 0.99), "status": (0.85, 0.76), "achieved": (0.80, 0.81)}
    for field, (precision, recall) in floors.items():
        expected, found, correct = scores[field]
        assert correct / found >= precision and correct / expected >= recall, (field, scores[field])


# The span the report covers ------------------------------------------------------------------


def test_the_span_is_the_smallest_that_holds_the_documents_period(db):
    pledge = make_lulea_pledge()
    may_july = (datetime.date(2018, 5, 1), datetime.date(2018, 7, 31))
    candidates = span_candidates(pledge, may_july)
    assert (candidates[0].kind, candidates[0].number) == ("tertial", 2)
    assert span_candidates(pledge, None)[0].kind == "ar"
    outside = (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))
    assert span_candidates(pledge, outside)[0].kind == "ar"


# The service ---------------------------------------------------------------------------------


def test_the_lulea_follow_up_becomes_a_draft_report_of_the_lulea_pledge(people):
    pledge = make_lulea_pledge()
    report, _proposals = create_draft_report_from_document(
        text=LULEA_FOLLOWUP, pledge=pledge, user=people["owner"]
    )
    assert report.status == FollowUpReport.Status.DRAFT and report.pledge == pledge
    assert (report.kind, report.year, report.number) == ("tertial", 2018, 2)
    rows = list(report.statuses.order_by("order"))
    assert len(rows) == 9
    got = [(r.status, r.achieved_count) if r.status else None for r in rows]
    assert got == LULEA_EXPECTED
    assert "71 trafikkontroller" in rows[0].evidence
    assert "ingen uppgift i dokumentet" in report.import_notes
    assert "Rad 9" in report.import_notes
    assert report.history.first().history_user == people["owner"]


def test_a_taken_span_gives_the_next_free_one(people):
    pledge = make_lulea_pledge()
    make_report(pledge, kind="tertial", year=2018, number=2, published=False)
    report, _ = create_draft_report_from_document(
        text=LULEA_FOLLOWUP, pledge=pledge, user=people["owner"]
    )
    assert (report.kind, report.number) == ("tertial", 3)


@pytest.mark.parametrize("who", ["outsider", "nobody"])
def test_staff_who_may_not_edit_the_pledge_are_refused(people, who):
    pledge = make_lulea_pledge()
    with pytest.raises(PermissionDenied):
        create_draft_report_from_document(text=LULEA_FOLLOWUP, pledge=pledge, user=people[who])
    assert not FollowUpReport.objects.exists()


def test_a_text_that_reports_nothing_is_refused(people):
    pledge = make_lulea_pledge()
    with pytest.raises(ValidationError, match="redovisar inget"):
        create_draft_report_from_document(
            text="Uppföljning\n\nVi återkommer.", pledge=pledge, user=people["owner"]
        )


def test_the_proposed_pledge_is_the_owners_lulea_pledge_for_the_period(people):
    pledge = make_lulea_pledge()
    make_lulea_pledge(
        title="Luleå 2016",
        start_date=datetime.date(2016, 1, 1),
        end_date=datetime.date(2016, 12, 31),
    )
    make_pledge(
        ("varnamo",), start_date=datetime.date(2018, 1, 1), end_date=datetime.date(2018, 12, 31)
    )
    assert propose_pledge(LULEA_FOLLOWUP, people["owner"]) == [pledge]
    assert propose_pledge(LULEA_FOLLOWUP, people["outsider"]) == []


def test_a_follow_up_through_the_pledge_import_is_never_a_new_pledge(people):
    before = Pledge.objects.count()
    with pytest.raises(ValidationError, match="ser ut som en uppföljning"):
        create_draft_from_document(text=LULEA_FOLLOWUP, user=people["owner"])
    assert Pledge.objects.count() == before


# The admin -----------------------------------------------------------------------------------


def test_pasting_a_follow_up_in_the_document_import_asks_for_the_pledge(client, people):
    pledge = make_lulea_pledge()
    client.force_login(people["owner"])
    before = Pledge.objects.count()
    response = client.post(reverse(DOCUMENT_URL), {"text": LULEA_FOLLOWUP})
    assert response.status_code == 200
    assert Pledge.objects.count() == before
    assert "Det här ser ut som en uppföljning" in response.text
    assert f'<option value="{pledge.uid}" selected>Luleå 2018</option>' in response.text


def test_the_admin_flow_end_to_end(client, people):
    pledge = make_lulea_pledge()
    client.force_login(people["owner"])
    choose = client.post(reverse(DOCUMENT_URL), {"text": LULEA_FOLLOWUP})
    assert "Föreslagna" in choose.text
    response = client.post(
        reverse(FOLLOWUP_URL), {"text": LULEA_FOLLOWUP, "pledge": str(pledge.uid)}, follow=True
    )
    report = FollowUpReport.objects.get(pledge=pledge)
    assert response.redirect_chain[-1][0] == reverse(
        "admin:followups_followupreport_change", args=[report.pk]
    )
    assert "4 av 9 löften fick en status ur dokumentet" in response.text
    assert "Anteckningar från importen" in response.text
    assert report.statuses.filter(status="genomford").count() == 1


def test_an_outsider_cannot_post_a_report_for_a_pledge_they_may_not_edit(client, people):
    pledge = make_lulea_pledge()
    client.force_login(people["outsider"])
    response = client.post(
        reverse(FOLLOWUP_URL), {"text": LULEA_FOLLOWUP, "pledge": str(pledge.uid)}
    )
    assert response.status_code == 200
    assert "Välj ett giltigt alternativ" in response.text
    assert "Luleå 2018</option>" not in response.text  # not offered either
    assert not FollowUpReport.objects.exists()


def test_staff_without_an_organisation_are_refused(client, people):
    client.force_login(people["nobody"])
    assert client.get(reverse(FOLLOWUP_URL)).status_code == 403
    assert client.post(reverse(FOLLOWUP_URL), {"text": LULEA_FOLLOWUP}).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client):
    for response in (
        client.get(reverse(FOLLOWUP_URL)),
        client.post(reverse(FOLLOWUP_URL), {"text": LULEA_FOLLOWUP}),
    ):
        assert response.status_code == 302 and "login" in response["Location"]


def test_the_proposal_page_has_a_fixed_number_of_queries(client, people):
    make_lulea_pledge()
    client.force_login(people["owner"])
    client.post(reverse(DOCUMENT_URL), {"text": LULEA_FOLLOWUP})  # warm up sessions etc.

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.post(reverse(DOCUMENT_URL), {"text": LULEA_FOLLOWUP})
        assert "Det här ser ut som en uppföljning" in response.text
        return len(queries)

    few = count()
    for year in (2015, 2016, 2017):
        make_lulea_pledge(
            start_date=datetime.date(year, 1, 1), end_date=datetime.date(year, 12, 31)
        )
    assert count() == few
    # Session and user, the user's memberships, the municipalities and police areas the text
    # is read against, the proposed pledges and all the user's pledges with their
    # municipalities, and the admin's own: the same however many pledges there are.
    assert few == 16


# The command ---------------------------------------------------------------------------------


def test_the_import_followup_command_makes_a_draft_report(people, tmp_path):
    pledge = make_lulea_pledge()
    path = tmp_path / "lulea.txt"
    path.write_text(LULEA_FOLLOWUP, encoding="utf-8")
    out = io.StringIO()
    call_command("import_followup", str(path), pledge=str(pledge.uid), user="lulea_red", stdout=out)
    assert "Utkastet ”Uppföljning tertial 2 2018” är skapat" in out.getvalue()
    assert "4 av 9 löften" in out.getvalue()
    with pytest.raises(CommandError, match="Du kan bara skapa uppföljningar"):
        call_command(
            "import_followup", str(path), pledge=str(pledge.uid), user="varnamo_utg", stdout=out
        )


def test_the_document_import_links_to_the_follow_up_import(client, people):
    client.force_login(people["owner"])
    response = client.get(reverse(DOCUMENT_URL))
    assert f'<a href="{reverse(FOLLOWUP_URL)}">Importera uppföljning</a>' in response.text


def test_the_follow_up_import_on_its_own_lists_only_the_users_pledges(client, people):
    own = make_lulea_pledge()
    other = make_pledge(("varnamo",))
    client.force_login(people["owner"])
    response = client.get(reverse(FOLLOWUP_URL))
    assert response.status_code == 200
    assert '<label for="id_pledge">' in response.text and '<label for="id_text">' in response.text
    assert str(own.uid) in response.text and str(other.uid) not in response.text


def test_other_work_beside_the_deed_does_not_make_it_ongoing():
    found = followup.read_followup(
        "Uppföljning 2024\n\nPolisen ska kontrollera trafiken vid skolorna.\n\n"
        "Under året har polisen utfört 31 trafikkontroller vid skolorna. Detta utöver de "
        "kontroller som görs löpande."
    )
    assert [(f.status, f.achieved_count) for f in found] == [("genomford", 31)]


def test_occasions_counted_together_are_the_count_done():
    sentence = "Polisen har besökt fritidsgården vid sammanlagt ett 12-tal tillfällen."
    assert followup.count_in(sentence)[0] == 12


def test_promises_restated_per_side_pair_with_the_deeds_reported_below():
    found = followup.read_followup(
        "Uppföljning av medborgarlöftet 2024\n\n"
        "Polisens del i löftet:\n\n"
        "• Att hålla minst fyra föreläsningar om nätbedrägerier för seniorer.\n"
        "• Att patrullera i hamnen under sommarhelgerna.\n\n"
        "Kommunens del i löftet:\n\n"
        "• Att sätta upp ny belysning längs strandpromenaden.\n\n"
        "Polisens uppföljning\n\n"
        "• Polisen har hållit fem föreläsningar om nätbedrägerier på seniorträffar.\n"
        "• Polisen har patrullerat i hamnen varje sommarhelg.\n\n"
        "Kommunens uppföljning\n\n"
        "• Kommunen har satt upp ny belysning längs halva strandpromenaden."
    )
    assert [(f.promise[:40], f.achieved_count) for f in found] == [
        ("Att hålla minst fyra föreläsningar om nä", 5),
        ("Att patrullera i hamnen under sommarhelg", None),
        ("Att sätta upp ny belysning längs strandp", None),
    ]


def test_one_promise_told_in_the_past_heads_the_deed_lists_of_both_sides():
    found = followup.read_followup(
        "Uppföljning av medborgarlöfte 2021\n\n"
        "Polisen och Sjöby kommun lovade 2021 att särskilt arbeta mot buskörning på torget.\n\n"
        "Polisens insatser:\n\n"
        " • Riktade kontroller av mopeder vid torget.\n"
        " • Besökt skolorna och informerat om trafikregler.\n\n"
        "Kommunens insatser:\n\n"
        " • Har satt upp farthinder vid torget."
    )
    assert [(f.promise[:45], f.status) for f in found] == [
        ("Polisen och Sjöby kommun lovade 2021 att särs", "genomford")
    ]


def test_restated_promises_opening_with_an_infinitive_take_the_verdict_on_the_whole_pledge():
    found = followup.read_followup(
        "Uppföljning\n\n"
        "Året har varit svårt, men trots det har polisen genomfört insatser för att uppfylla "
        "medborgarlöftet i Sjöby.\n\n"
        "Polisens del i medborgarlöftet 2021\n\n"
        "I medborgarlöftet för 2021 lovade polisen och Sjöby kommun att fokusera på trafiken.\n\n"
        "  • Att genomföra hastighetskontroller vid skolorna.\n"
        "  • Genomföra insatser och prioritera lagföring mot langning."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("Att genomföra hastighetskontro", "genomford"),
        ("Genomföra insatser och priorit", "genomford"),
    ]


def test_a_lead_in_over_restated_promises_and_the_reports_own_headings_are_no_promises():
    found = followup.read_followup(
        "Uppföljning 2021 medborgarlöfte Sjöby\n\n"
        "Ett annorlunda år, men trots det har polisen genomfört insatser för att uppfylla "
        "medborgarlöftet i Sjöby.\n\n"
        "Polisens del i medborgarlöftet 2021\n\n"
        "I medborgarlöftet för 2021 lovade polisen och Sjöby kommun att fokusera på unga. "
        "Syftet var att tidigt se dem som far illa.\n\n"
        "  • Utifrån lägesbilden genomföra riktade insatser mot langning.\n"
        "  • Parterna ska tillsammans bjuda in föräldrar till ett möte.\n\n"
        "Insatser kopplade till medborgarlöftet\n\n"
        "Ungdomsarbete\n\n"
        "Vi har en nära samverkan där vi delar lägesbilder med varandra."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("Utifrån lägesbilden genomföra ", "genomford"),
        ("Parterna ska tillsammans bjuda", "genomford"),
    ]


def test_a_report_heading_tells_of_the_restated_promise_its_name_is_closest_to():
    found = followup.read_followup(
        "Uppföljning 2022\n\n"
        "I medborgarlöftet för 2022 lovade polisen och Sjöby kommun att fokusera på tryggheten. "
        "Fokus låg på hemmen.\n\n"
        "  • Genomföra hastighetskontroller vid skolorna.\n"
        "  • Det ska byggas upp ett mer operativt arbete i brottsförebyggande rådet.\n\n"
        "Brottsförebyggande arbete\n\n"
        "Rådet har startats om och har haft regelbundna möten under året."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("Det ska byggas upp ett mer ope", "genomford"),
    ]


def test_lists_under_detta_har_polisen_gjort_tell_of_the_one_promise_restated_above():
    found = followup.read_followup(
        "Uppföljning medborgarlöfte Sjöby\n\n"
        "Inför 2019 lovade polisen och Sjöby kommun ha fokus på trafiken vid skolorna. "
        "Stort fokus har legat på morgnarna.\n\n"
        "Så har vi uppfyllt vårt löfte\n\n"
        "Detta har polisen gjort:\n\n"
        " • Tolv (12) hastighetskontroller vid skolorna.\n"
        " • Informationsmöte med föräldrar.\n\n"
        "Detta har kommunen gjort:\n\n"
        " • Nya skyltar vid två skolor."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("Inför 2019 lovade polisen och ", "genomford"),
    ]


def test_har_lovat_att_restates_a_promise_and_a_year_told_quarter_by_quarter_is_whole():
    found = followup.read_followup(
        "Uppföljning medborgarlöfte Sjöby\n\n"
        "I Sjöby har polisen och kommunen lovat att arbeta mot langning till unga. Under 2019 "
        "har vi bland annat genomfört nedanstående åtgärder:\n\n"
        " • Under första kvartalet hölls ett möte med handlarna.\n\n"
        " • Under fjärde kvartalet har det genomförts en kontroll i butikerna."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("I Sjöby har polisen och kommun", "genomford"),
    ]


def test_a_crime_suffered_is_no_deed():
    assert not followup.DONE_VERB.search("Ett antal har på andra sätt utsatts för stöldbrott.")
    assert not followup.DONE_VERB.search("Polisen och kommunen har lovat att hålla möten.")


def test_a_topic_with_one_deed_not_started_beside_one_done_is_partly_kept():
    found = followup.read_followup(
        "Uppföljning av medborgarlöftet 2021\n\n"
        "Under året har följande åtgärder vidtagits:\n\n"
        "Trygga platser\n\n"
        "  • Otrygga platser kartläggs varje månad i polisens system.\n"
        "  • Arbetet med trygghetsvandringar har inte kommit igång under året."
    )
    assert [(f.promise, f.status) for f in found] == [("Trygga platser", "delvis")]


def test_a_page_rewritten_after_its_year_to_report_on_it_is_a_follow_up():
    page = (
        "Medborgarlöfte 2021\n\n"
        "Trafiken och skolvägarna – det är några av de löften som polisen och kommunen ger inför "
        "2021. Resultatet kommer att presenteras på ett möte.\n\n"
        "Uppföljning av medborgarlöftet för 2021\n\n"
        "Sjöby kommun och polisen lovade att under 2021 arbeta med tryggheten på skolvägarna."
    )
    assert followup.is_followup(page)[0] is True
    # A report on an earlier year beside a later pledge is last period's report on a pledge
    # page, not the page's own.
    later = page.replace("2021", "2022", 2)
    blocks = followup.structure.blocks_of(followup.text.clean(later))
    assert followup._late_report(blocks) is None


def test_promises_told_in_the_past_in_running_text_each_take_the_verdict_below():
    found = followup.read_followup(
        "Polisen håller sitt ord\n\n"
        "Foto: A Fotograf\n\n"
        "Trygghet i hamnen kom upp vid dialogerna. I sitt löfte lovade därför polisen att man "
        "varje vecka skulle patrullera i hamnen. Polisen lovade också att varje månad "
        "genomföra nykterhetskontroller vid färjan.\n\n"
        "En uppföljning efter ett halvår visar att polisen till 80 procent lyckats uppfylla "
        "löftena."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("I sitt löfte lovade därför pol", "delvis"),
        ("Polisen lovade också att varje", "delvis"),
    ]


def test_a_photo_credit_heads_no_promise():
    blocks = followup.structure.blocks_of("Rubrik\n\nFoto: A Fotograf\n\nBild: Polisen\n\nText.")
    assert followup._chrome_headings(blocks) == {1, 2}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Polisen har till 75 procent lyckats uppfylla löftet om patrullering.", "delvis"),
        ("Kommunen har uppfyllt löftet till 60 procent.", "delvis"),
    ],
)
def test_a_share_below_a_hundred_percent_is_partly_kept(sentence, expected):
    assert followup._status_of("", sentence, False)[0] == expected


def test_a_thing_the_promise_names_done_once_counts_one():
    found = followup.read_followup(
        "Uppföljning 2021\n\n"
        "Polisens löften:\n\n"
        "• Att genomföra narkotikasök med hund på gymnasiet.\n"
        "• Att hålla föräldramöten om droger.\n\n"
        "Polisens uppföljning\n\n"
        "• Under året har ett förebyggande narkotikasök med hund genomförts på gymnasiet.\n"
        "• Polisen har genomfört en rad föräldramöten om droger."
    )
    assert [(f.promise[:25], f.achieved_count) for f in found] == [
        ("Att genomföra narkotikasö", 1),
        ("Att hålla föräldramöten o", None),
    ]


def test_the_situation_and_the_aims_head_no_promise_to_report_on():
    found = followup.read_followup(
        "Uppföljning 2021 medborgarlöfte Sjöby\n\n"
        "Prioriterat område – tryggheten vid stationen\n\n"
        "Kommunen genomförde 2019 en enkät som visade otrygghet vid stationen.\n\n"
        "Det här vill vi uppnå\n\n"
        " • Vi vill minska skadegörelsen vid stationen.\n"
        " • Vi vill öka samverkan med näringslivet.\n\n"
        "Våra aktiviteter:\n\n"
        " • Åtgärda klotter vid stationen inom ett dygn. (kommunen)\n"
        " • Genomföra trygghetsvandringar vid stationen. (kommun och polis)"
    )
    assert found == []


def test_a_paragraph_of_promises_told_in_the_past_is_one_promise_a_sentence():
    found = followup.read_followup(
        "Uppföljning av medborgarlöftet för 2021\n\n"
        "Polisen lovade bland annat ökad närvaro för att minska buskörningen i centrum. Polisen "
        "lovade även att delta i kommunens trygghetsvandringar.\n\n"
        "Polisen har under året gjort en rad insatser\n\n"
        "Vi har genomfört trafikkontroller i centrum och cirka 200 förare har stoppats.\n\n"
        "Annat trygghetsskapande\n\n"
        "Polisen har deltagit i två trygghetsvandringar."
    )
    assert [(f.promise[:30], f.status, f.achieved_count) for f in found] == [
        ("Polisen lovade bland annat öka", "genomford", None),
        ("Polisen lovade även att delta ", "genomford", None),
    ]


def test_the_pledge_named_with_its_focus_heads_the_deed_lists_below_it():
    found = followup.read_followup(
        "Uppföljning av medborgarlöfte\n\n"
        "Medborgarlöfte 2024 med särskilt fokus på tryggheten vid badplatsen. "
        "Insatser mot nedskräpning och bråk.\n\n"
        "Så har vi uppfyllt vårt löfte\n\n"
        "Detta har polisen genomfört:\n\n"
        " • Kvällspatruller vid badplatsen.\n"
        " • Samtal med ungdomar på stranden.\n\n"
        "Detta har kommunen genomfört:\n\n"
        " • Fler papperskorgar och bättre belysning."
    )
    assert [(f.promise[:30], f.status) for f in found] == [
        ("Medborgarlöfte 2024 med särski", "genomford"),
    ]


def test_areas_restated_as_a_list_take_their_deeds_and_the_verdict_on_the_whole_pledge():
    found = followup.read_followup(
        "Uppföljning av medborgarlöfte 2024\n\n"
        "Sjöby kommun och polisen har arbetat aktivt med att uppfylla åtagandena i "
        "medborgarlöftet för 2024.\n\n"
        "Följande fokusområden har identifierats:\n\n"
        " 1. Unga i riskzon\n"
        " 2. Trafiken vid skolorna\n\n"
        "Trafikarbetet i kommunen ska inriktas på hastigheten vid skolorna.\n\n"
        "Under 2024 har kommunen och polisen bland annat genomfört följande:\n\n"
        "Unga i riskzon\n\n"
        " • Hundsök på fritidsgården genomfördes i mars.\n"
        " • Fältarna har träffat unga vid nio tillfällen. Därutöver en löpande närvaro "
        "i centrum."
    )
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Unga i riskzon", "genomford", None),
        ("Trafiken vid skolorna", "genomford", None),
    ]


def test_a_quarter_named_by_its_number_is_part_of_the_year_and_the_work_goes_on():
    found = followup.read_followup(
        "Uppföljning av medborgarlöfte kvartal 2 2024\n\n"
        "Sjöby kommun och polisen arbetar aktivt med att uppfylla åtagandena i medborgarlöftet.\n\n"
        "Följande fokusområden har identifierats:\n\n"
        " 1. Unga i riskzon\n"
        " 2. Trafiken vid skolorna\n\n"
        "Unga i riskzon\n\n"
        " • Skolinsats mot langning genomförd 3/5."
    )
    assert [(f.promise, f.status) for f in found] == [
        ("Unga i riskzon", "pagar"),
        ("Trafiken vid skolorna", "pagar"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Delårsrapport medborgarlöfte Sjöby januari–juni 2024",
        "Årsredovisning av medborgarlöftet i Sjöby 2024",
        "Hur gick det med medborgarlöftet 2024?",
    ],
)
def test_a_report_named_by_a_compound_or_asking_how_it_went_is_a_followup(title):
    raw = (
        f"{title}\n\n"
        "Trafik\n\n"
        "Polisen genomförde 14 hastighetskontroller vid skolan.\n\n"
        "Centrum\n\n"
        "Fältarna besökte torget varje fredag."
    )
    assert followup.is_followup(raw)[0]


def test_a_question_heads_no_promise_and_a_report_paragraph_goes_to_the_listed_promises():
    found = followup.read_followup(
        "Medborgarlöftet i Sjöby – ett år senare\n\n"
        "Vad lovade vi?\n\n"
        "I medborgarlöftet för 2024 åtog sig polisen och kommunen att:\n\n"
        " • öka närvaron vid simhallen på kvällstid\n"
        " • starta en grupp för nattvandringar\n"
        " • informera alla niondeklassare om langning\n\n"
        "Vad har vi gjort?\n\n"
        "Polisen har patrullerat vid simhallen vid 30 tillfällen på kvällstid. Gruppen för "
        "nattvandringar har startats i maj. Informationen om langning har inte genomförts."
    )
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("öka närvaron vid simhallen på kvällstid", "genomford", 30),
        ("starta en grupp för nattvandringar", "genomford", None),
        ("informera alla niondeklassare om langning", "ej_genomford", None),
    ]


def test_promises_listed_as_duties_in_the_past_are_restated_not_done():
    found = followup.read_followup(
        "Hur gick det med medborgarlöftet 2024?\n\n"
        "Förra året gav kommunen och polisen två löften:\n\n"
        " • Polisen skulle genomföra minst åtta trafikkontroller vid skolan.\n"
        " • Kommunen skulle anordna en trygghetsvandring i hamnen.\n\n"
        "Trafikkontroller\n\n"
        "Polisen har genomfört nio trafikkontroller vid skolan.\n\n"
        "Trygghetsvandring\n\n"
        "Trygghetsvandringen i hamnen har genomförts i september."
    )
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        ("Polisen skulle genomföra minst åtta trafikkontroller vid skolan.", "genomford", 9),
        ("Kommunen skulle anordna en trygghetsvandring i hamnen.", "genomford", None),
    ]


def test_a_verdict_word_negated_is_not_done_and_begun_is_going_on():
    found = followup.read_followup(
        "Uppföljning av medborgarlöfte Sjöby 2024\n\n"
        "Löfte 1: Polisen ska kontrollera mopeder vid skolan varje månad.\n"
        "Status: Ej uppnått. Polisen hann bara med två kontroller.\n\n"
        "Löfte 2: Kommunen ska bygga en ny skatepark.\n"
        "Status: Påbörjad. Marken är förberedd.\n\n"
        "Löfte 3: Polisen ska beslagta fordon som inte uppfyllt kraven.\n"
        "Status: Uppfyllt."
    )
    assert [f.status for f in found] == ["ej_genomford", "pagar", "genomford"]
    assert followup._status_of("Löftet är inte uppfyllt, eftersom mötet ställdes in.", "", False)[
        0
    ] == ("ej_genomford")
    assert followup._status_of(
        "Polisen har beslagtagit tolv fordon som inte uppfyllt kraven.", "", False
    )[0] == ("genomford")


@pytest.mark.parametrize(
    "deed",
    [
        "Belysningen i parken byttes ut i juni.",
        "Frågan lyftes på mötet med föräldrarna.",
        "Nya kameror köptes in till stationen.",
        "Polisen höll öppet hus på stationen.",
    ],
)
def test_a_deed_told_in_the_past_passive_or_a_strong_past_is_done(deed):
    assert followup._status_of("Tryggare park", deed, False)[0] == "genomford"


@pytest.mark.parametrize(
    "words", ["Kontakt kan tas telefonledes.", "Inom ett områdes gränser.", "Medverkandes namn."]
)
def test_adverbs_genitives_and_participles_in_des_tell_no_deed(words):
    assert not followup.DONE_VERB.search(words)


def test_a_status_label_under_a_short_line_is_that_promises_verdict():
    found = followup.read_followup(
        "Uppföljning medborgarlöften Sjöby 2024\n\n"
        "Mopeder vid skolan\n"
        "Status: Ej uppnått. Bara en kontroll hanns med.\n\n"
        "Ny fritidsgård i hamnen\n"
        "Status: Påbörjad. Lokalen är hyrd och personal söks."
    )
    assert [(f.promise, f.status) for f in found] == [
        ("Mopeder vid skolan", "ej_genomford"),
        ("Ny fritidsgård i hamnen", "pagar"),
    ]


def test_a_page_telling_what_the_work_has_led_to_is_a_report():
    page = (
        "Trygghetsarbete i Mossby\n\n"
        "Mossby kommun och polisen har sedan 2018 gemensamma medborgarlöften.\n\n"
        "Samarbetet med polisen har förbättrat kontakten med föreningarna. Hittills har "
        "arbetet resulterat i nya lampor vid skolan och fler kontroller på torget.\n"
    )
    is_report, why = followup.is_followup(page)
    assert is_report, why


def test_a_pledge_whose_background_tells_what_the_work_has_led_to_stays_a_pledge():
    page = (
        "Medborgarlöfte Mossby 2025\n\n"
        "Arbetet med medborgarlöften har stärkt samarbetet mellan kommunen och polisen.\n\n"
        "Polisen och Mossby kommun lovar att:\n\n"
        " • genomföra fyra trygghetsvandringar\n"
        " • anordna två föräldramöten\n"
    )
    is_report, why = followup.is_followup(page)
    assert not is_report, why


def test_numbered_promises_each_over_its_own_account_are_read_one_by_one():
    found = followup.read_followup(
        "Uppföljning av medborgarlöftet i Sjöby 2023\n\n"
        "Så här gick det med våra åtgärder\n\n"
        "1. Polisen kommer under hösten att hålla tre möten med föräldrar på skolorna.\n\n"
        "Tre möten hölls i oktober och november.\n\n"
        "2. Kommunen och polisen kommer vid fyra tillfällen, tillsammans med föreningarna, "
        "finnas på torget.\n\n"
        "Kommunens fritidsgård var med och stod på torget i maj.\n\n"
        "3. Kommunen ska byta belysningen i gångtunneln vid stationen.\n\n"
        "Arbetet pågår och blir klart till sommaren."
    )
    assert [(f.promise[:22], f.status, f.achieved_count) for f in found] == [
        ("Polisen kommer under h", "genomford", 3),
        ("Kommunen och polisen k", "genomford", None),
        ("Kommunen ska byta bely", "pagar", None),
    ]


def test_a_bulleted_promise_over_a_result_label_heads_that_result():
    found = followup.read_followup(
        "Återkoppling medborgarlöfte Mossby 2022\n\n"
        " • Att anordna en cykeldag för mellanstadiet.\n\n"
        "Resultat:\n\n"
        "Cykeldagen hölls i maj med 80 elever.\n\n"
        " • Att informera om inbrott i villaområdena.\n\n"
        "Resultat:\n\n"
        "Informationen har inte genomförts."
    )
    assert [(f.promise, f.status) for f in found] == [
        ("Att anordna en cykeldag för mellanstadiet.", "genomford"),
        ("Att informera om inbrott i villaområdena.", "ej_genomford"),
    ]


def test_a_lone_bullet_that_tells_a_deed_heads_nothing():
    found = followup.read_followup(
        "Uppföljning medborgarlöfte Mossby 2022\n\n"
        " • Polisen har hållit två möten med föreningarna.\n\n"
        "Mötena hölls i mars och i september."
    )
    assert [f.promise for f in found][:1] == ["Polisen har hållit två möten med föreningarna."]
    assert found[0].achieved_count == 2


@pytest.mark.parametrize(
    "tagged",
    [
        "Fler kontroller av mopeder och cyklar vid skolorna i kommunen. (Polis och kommun)",
        "Minst fyra kontroller av mopeder och cyklar vid skolorna i hela kommunen under året",
        "Kontroller av mopeder och cyklar vid skolorna i hela kommunen under våren. Polisen",
    ],
)
def test_a_promise_named_by_its_target_or_tagged_with_its_side_heads_its_account(tagged):
    found = followup.read_followup(
        "Uppföljning medborgarlöfte Mossby 2022\n\n"
        f"{tagged}\n\n"
        "Polisen genomförde 14 kontroller vid skolorna.\n\n"
        "Trygghetsvandringar i centrum. (Kommun)\n\n"
        "Två vandringar hölls i april.\n"
    )
    assert [(f.promise, f.status, f.achieved_count) for f in found] == [
        (tagged, "genomford", 14),
        ("Trygghetsvandringar i centrum. (Kommun)", "genomford", 2),
    ]


def test_a_report_with_a_side_tag_stays_a_report():
    found = followup.read_followup(
        "Uppföljning medborgarlöfte Mossby 2022\n\n"
        "Tolv kontroller genomfördes vid skolan under våren, de flesta på morgonen. (Polis)\n"
    )
    assert [(f.status, f.achieved_count) for f in found] == [("genomford", 12)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Det blev 40 genomförda hastighetskontroller vid skolorna.", 40),
        ("Under året: tolv utförda kontroller vid skolan.", 12),
        ("Polisen har uppfyllt löftet genom närvaro vid minst 200 tillfällen.", 200),
        ("Polisen har patrullerat vid minst 30 tillfällen.", 30),
        # The occasions of an aim told with "att" and an infinitive count nothing done.
        ("Målet att patrullera vid minst 200 tillfällen kan anses vara uppfyllt.", None),
        ("Tolv planerade kontroller står i planen.", None),
    ],
)
def test_counts_done_told_by_a_participle_or_as_occasions(sentence, count):
    assert followup.count_in(sentence)[0] == count


@pytest.mark.parametrize(
    "deed",
    ["Kommunen deltog i två föräldramöten.", "Fältassistenterna var med och nattvandrade."],
)
def test_taking_part_told_in_the_past_is_done(deed):
    assert followup._status_of("Nattvandring", deed, False)[0] == "genomford"


@pytest.mark.parametrize("label", ["Resultat.", "Så gick det"])
def test_promises_worded_as_such_take_a_longer_list_of_deeds_after_them(label):
    found = followup.read_followup(
        "Återkoppling medborgarlöfte Mossby 2021\n\n"
        "Våra löften om trafiken vid skolorna.\n\n"
        " • Minst sex hastighetskontroller vid skolorna. (Polis)\n"
        " • Ordna kvällsträffar för föräldrarna i årskurs fyra. (Kommun)\n\n"
        f"{label}\n\n"
        " • Åtta hastighetskontroller har genomförts vid skolorna.\n"
        " • Ordningsböter utfärdade vid kontrollerna.\n"
        " • Endast en kvällsträff har kunnat hållas för föräldrarna.\n"
    )
    assert [(f.promise[:20], f.status, f.achieved_count) for f in found] == [
        ("Minst sex hastighets", "genomford", 8),
        ("Ordna kvällsträffar ", "delvis", 1),
    ]


def test_a_deed_named_by_its_count_alone_is_done_with_that_count():
    found = followup.read_followup(
        "Återkoppling medborgarlöfte Mossby 2021\n\n"
        " • Minst sex hastighetskontroller vid skolorna. (Polis)\n"
        " • Tillsyn av parkerna på kvällstid. (Polis)\n\n"
        "Resultat:\n\n"
        " • Sex hastighetskontroller har genomförts vid skolorna.\n"
        " • Fartkameran har också placerats vid skolorna.\n"
        " • Drygt 40 tillsyner av parkerna på kvällstid.\n"
    )
    assert [(f.status, f.achieved_count) for f in found] == [("genomford", 6), ("genomford", 40)]


def test_areas_named_over_a_longer_list_of_deeds_stay_apart_from_them():
    found = followup.read_followup(
        "Återkoppling medborgarlöfte Mossby 2021\n\n"
        "Fokusområden:\n\n"
        " • Trafik\n"
        " • Narkotika\n\n"
        "Resultat:\n\n"
        " • Åtta hastighetskontroller har genomförts vid skolorna.\n"
        " • Två narkotikasök med hund har genomförts.\n"
        " • Ordningsböter har utfärdats vid kontrollerna.\n"
    )
    assert [f.achieved_count for f in found] == [8, 2, None]


@pytest.mark.parametrize(
    "report",
    [
        "Endast ett informationsmöte har kunnat genomföras på grund av pandemin.",
        "Bara två av mötena hölls under året.",
    ],
)
def test_only_some_held_is_partly_done(report):
    assert followup._status_of("Föräldramöten", report, False)[0] == "delvis"


SITUATION_PLEDGE = """Medborgarlöfte för Norrby 2025

Nulägesbeskrivning

Kommunen och polisen sammanställde under hösten var sin bild av läget. Samtliga
områden sammanfogades till en gemensam bild där tre områden utkristalliserades:

 • Otrygghet kring busstorget
 • Skadegörelse i skolmiljöer
 • Narkotika bland unga

Under 2024 anmäldes 214 fall av skadegörelse och 31 inbrott i förråd.

Aktiviteter

 • Insatser vid busstorget kvällstid (polisen)
 • Föräldraträffar i skolorna (kommunen)
"""

SURVEY_PLEDGE = """Trygghet i Västerby 2025

Trygghetsenkäten fanns på kommunens webbplats i sex veckor och besvarades av 412 invånare:

 • Var tredje svarade att centrum känns otryggt på kvällen
 • Många önskar fler synliga poliser

Trettio av de svarande hade utsatts för skadegörelse och 12 hade anmält den.

Aktiviteter

 • Trafikkontroller vid skolorna (polisen)
 • Belysningen i centrum ses över (kommunen)
"""


@pytest.mark.parametrize("written", [SITUATION_PLEDGE, SURVEY_PLEDGE])
def test_how_the_pledge_came_about_is_no_report(written):
    """What the situation section or a survey tells was done (a picture put together, areas
    found, answers counted) is how the pledge came about, not a report on its promises."""
    is_report, why = followup.is_followup(written)
    assert not is_report, why


def test_the_same_counts_under_a_report_heading_are_a_report():
    written = (
        SITUATION_PLEDGE.replace("Nulägesbeskrivning", "Så har vi arbetat").split(
            "Det här lovar vi"
        )[0]
        + "Under året genomfördes 12 trafikkontroller. Vi har hållit 4 trygghetsvandringar.\n"
    )
    is_report, why = followup.is_followup(written)
    assert is_report, why
