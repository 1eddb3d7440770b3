"""The cadence reader: how often the pledge is followed up."""

import pytest

from imports.documents.reading.cadence import parse_cadence, parse_cadence_label


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


def test_a_follow_up_named_after_its_tertial_implies_the_rhythm_within_the_pledges_years():
    label = "Så går arbetet\nUppföljning Malå kommun, tertial 2 2022.pdf"
    assert parse_cadence_label(label)[0] == "tertial"
    assert parse_cadence_label(label, (2022, 2023))[0] == "tertial"
    assert parse_cadence_label("Uppföljning 2022 kvartal 3 2022")[0] == "kvartal"
    # An earlier pledge's follow-up, or one spanning two tertials, says nothing of the rhythm.
    assert parse_cadence_label(label, (2024, 2025)) is None
    assert parse_cadence_label("Uppföljning 2022 tertial 1-2 2022") is None


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Uppföljning görs vid nämndens sista sammanträde 2026.", "vid_slut"),
        ("I mars 2025 lämnas en återrapport till kommunstyrelsen.", "vid_slut"),
        ("En gemensam uppföljning görs i slutet av 2026.", "vid_slut"),
        ("Resultatet redovisas för nämnden i början av 2027.", "vid_slut"),
        # More often than any span the model names, or twice a year by school terms.
        ("Arbetet följs upp varje månad i samverkansgruppen.", "kontinuerligt"),
        ("Löftet följs upp vid varje styrgruppsmöte.", "kontinuerligt"),
        ("Uppföljning sker en gång per termin.", "halvar"),
        # A named month beside a rhythm: the rhythm.
        ("Löftet följs upp årligen, första gången i mars 2025.", "arligen"),
    ],
)
def test_one_follow_up_at_a_stated_time_is_at_the_end(sentence, cadence):
    assert parse_cadence(sentence)[0] == cadence


def test_an_earlier_pledge_printed_below_keeps_its_own_rhythm():
    from imports.documents.reading import pipeline
    from imports.documents.reading.municipalities import Gazetteer

    page = (
        "Medborgarlöfte i Malå kommun 2024–2025\n\nPolisen och kommunen lovar att:\n\n"
        "• Polisen ska synas i centrum.\n• Kommunen ska ordna nattvandringar.\n\n"
        "Medborgarlöfte 2022–2023\n\nPolisen och kommunen lovar att:\n\n"
        "• Polisen ska utföra trafikkontroller.\n\n"
        "Resultatet följs upp och redovisas två gånger under 2023."
    )
    extraction = pipeline.read(page, Gazetteer([("2418", "Malå")], []))
    assert extraction.cadence is None
    on_its_own = page.replace(
        "Medborgarlöfte 2022–2023\n\nPolisen och kommunen lovar att:\n\n"
        "• Polisen ska utföra trafikkontroller.\n\n",
        "",
    )
    assert pipeline.read(on_its_own, Gazetteer([("2418", "Malå")], [])).cadence.value == "halvar"


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        # Followed up at a yearly event.
        ("Uppföljning sker vid den årliga medborgarenkäten.", "arligen"),
        ("Löftet följs upp i en årlig rapport till kommunstyrelsen.", "arligen"),
        # A yearly event that is no follow-up says nothing.
        ("Polisen deltar i den årliga marknaden.", None),
        # Shared pictures of the situation each quarter are the parties' work, not follow-up.
        (
            "Arbetet ska fortsätta med gemensamma lägesbilder och inriktningsbeslut, kvartalsvis.",
            None,
        ),
    ],
)
def test_a_follow_up_at_a_yearly_event(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        # Check-ins as the means of the work are no follow-up of the pledge.
        (
            "Kommunen startar ett råd som arbetar genom kontinuerliga avstämningar och samverkan.",
            None,
        ),
        ("Löftet följs upp genom kontinuerliga avstämningar.", "kontinuerligt"),
        ("Avstämning sker varje kvartal.", "kvartal"),
    ],
)
def test_check_ins_as_the_means_of_the_work_are_no_follow_up(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Vi får utvärdera resultatet om 3 månader.", "vid_slut"),
        ("Vi ska utvärdera arbetet om ett år.", "vid_slut"),
        ("Vi utvärderar om tre månader var vi står.", None),
    ],
)
def test_one_evaluation_a_span_from_now_is_at_the_end(sentence, cadence):
    found = parse_cadence(sentence)
    assert (found[0] if found else None) == cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        (
            "Medborgarlöftet följs gemensamt upp av kommunen och polisen innan årets utgång.",
            "vid_slut",
        ),
        ("Arbetet kommer att följas upp i slutet av respektive år.", "arligen"),
    ],
)
def test_a_follow_up_as_the_year_runs_out_or_in_each_year(sentence, cadence):
    assert parse_cadence(sentence)[0] == cadence


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("En utvärdering görs i slutet av året.", "vid_slut"),
        ("Uppföljning sker vid årsskiftet.", "vid_slut"),
        ("Medborgarlöftet följs upp vid löftesperiodens slut.", "vid_slut"),
        ("Löftet utvärderas efter ett år.", "vid_slut"),
        ("Arbetet följs upp i samverkansgruppen varannan månad.", "kontinuerligt"),
        ("Uppföljning av löftet sker i samband med trygghetsmätningen varje höst.", "arligen"),
        ("Återkoppling till medborgarna sker kvartalsvis.", "kvartal"),
    ],
)
def test_more_ways_to_say_when_the_pledge_is_followed_up(sentence, cadence):
    assert parse_cadence(sentence)[0] == cadence


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        ("Åtgärderna följs upp varje 6-månadersperiod.", "halvar"),
        # The rhythm in the sentence before, a follow-up sentence pointing back to it.
        (
            "Åtgärderna genomförs och revideras varje 6-månadersperiod. Detta innebär tre "
            "uppföljningstillfällen under löftets tid.",
            "halvar",
        ),
        (
            "Insatserna stäms av var tredje månad. Det innebär fyra uppföljningar om året.",
            "kvartal",
        ),
    ],
)
def test_a_span_of_months_and_a_follow_up_that_points_back_to_it(text, cadence):
    assert parse_cadence(text)[0] == cadence


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        ("Resultatet ska följas upp och redovisas 2 gånger/år.", "halvar"),
        ("Arbetet följs upp 4 gånger / år i styrgruppen.", "kvartal"),
    ],
)
def test_a_count_of_follow_ups_with_a_slash_for_per_year(text, cadence):
    assert parse_cadence(text)[0] == cadence


def test_one_follow_up_during_a_named_month_is_at_the_end():
    found = parse_cadence("Arbetet ska slutföras och följas upp under mars månad 2022.")
    assert found[0] == "vid_slut"
