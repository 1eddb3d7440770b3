"""The cadence read by grammar: a verb or noun of the follow-up family, whose theme is the
pledge or its work, and the time expression in its own clause or item."""

import pytest

from imports.documents.reading.cadence import parse_cadence


def cadence_of(text):
    found = parse_cadence(text)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "cadence"),
    [
        # Every voice and form of the family: passive, infinitive, active with its object.
        ("Löftena stäms av varje kvartal i trygghetsrådet.", "kvartal"),
        ("Löftena kommer att stämmas av fyra gånger under året.", "kvartal"),
        ("Löftena ses över gemensamt en gång per halvår.", "halvar"),
        ("Rapportering av löftenas genomförande sker varje tertial till nämnden.", "tertial"),
        ("Redovisning av genomförda aktiviteter sker löpande i rådet.", "kontinuerligt"),
        (
            "Polisen och kommunen ska fortlöpande stämma av hur arbetet med löftena går.",
            "kontinuerligt",
        ),
        ("Vi utvärderar gemensamt varje halvår hur löftena har genomförts.", "halvar"),
        ("Polisen och kommunen följer upp löftena varje kvartal.", "kvartal"),
        ("Två gånger om året träffas styrgruppen för att följa upp löftena.", "halvar"),
        ("Hur arbetet fortskrider rapporteras varje tertial på webbplatsen.", "tertial"),
        # A follow-up noun with no theme, and a passive after a fronted phrase.
        ("Uppföljning sker löpande i samverkansgruppen.", "kontinuerligt"),
        ("Därefter utvärderas utfallet varje halvår.", "halvar"),
        # Subject before two coordinated verbs.
        (
            "Medborgarlöftet gäller i två år och följs upp och redovisas tre gånger per år.",
            "tertial",
        ),
        # New time expressions.
        ("Löftet utvärderas i samband med polisens trygghetsmätning.", "arligen"),
        ("Löftet följs upp varje oktober av styrgruppen.", "arligen"),
        ("Löftena följs upp varje vår och höst.", "halvar"),
    ],
)
def test_a_follow_up_of_the_pledge_in_any_form(text, cadence):
    assert cadence_of(text) == cadence


@pytest.mark.parametrize(
    "text",
    [
        # An activity's own routine, or someone else's reporting, is not the pledge's follow-up.
        "Skolorna följer upp elevernas trygghet varje termin genom en enkät.",
        "Kommunen ska följa upp trygghetsvandringarna varje kvartal.",
        "Polisen rapporterar varje månad till kommunen om läget i centrum.",
        "Polisen rapporterar löpande till kommunen.",
        "Polisen redovisar brottsstatistiken årligen.",
        "Statistik över anmälda brott redovisas årligen av polisen.",
        "Trafikanter som kör på gågatan ska informeras samt rapporteras varje vecka.",
        # A method described in general, with indefinite work.
        "Metoden går ut på att parterna samlar in information samt genomför och utvärderar "
        "insatser kontinuerligt.",
        # A follow-up of an earlier pledge.
        "Uppföljningen av förra årets medborgarlöfte visade att vandringarna gjordes varje "
        "kvartal.",
        # A survey's own rhythm, with the follow-up only its purpose.
        "Enkäten genomförs varje år bland eleverna för att utvärdera effekten av insatserna.",
        # Renewal is not follow-up.
        "Medborgarlöftet revideras årligen.",
    ],
)
def test_decoys_give_no_cadence(text):
    assert cadence_of(text) is None


def test_the_rhythm_is_read_in_the_follow_up_s_own_item():
    items = (
        "• Orosanmälningar och återkoppling till socialtjänsten. "
        "• Löpande platssamverkan kring utsatta platser."
    )
    assert cadence_of(items) is None
    decoy_first = (
        "Skolorna följer upp elevernas trygghet varje termin. "
        "Medborgarlöftet följs upp årligen av styrgruppen."
    )
    assert cadence_of(decoy_first) == "arligen"
