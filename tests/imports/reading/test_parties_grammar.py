"""Other organisations by the grammar of how they are named: those whose support or work
carries the pledge, those that sign it or between whom its agreement is made, an organisation
promising in a lead-in, a kind noun before a name; and people, who are no organisation."""

import pytest

from imports.documents.reading.document import SignatoryFound
from imports.documents.reading.parties import other_parties
from imports.documents.reading.structure import blocks_of

PLACES = ["Norrby", "Söderby"]


def parties(text, signatories=()):
    return [
        (p.value["name"], p.value["role"])
        for p in other_parties([], list(signatories), blocks_of(text), PLACES)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "En dialog ska hållas under hösten med stöd av Frivilliga Trygghetsgruppen i Norrby.",
        "Polisen synas mer, med hjälp av Frivilliga Trygghetsgruppen och polisens volontärer.",
    ],
)
def test_those_whose_support_carries_the_work_take_part(sentence):
    assert parties(f"Löfte\n\n{sentence}") == [("Frivilliga Trygghetsgruppen", "medverkar")]


def test_a_group_named_in_one_word_is_not_taken_for_an_organisation():
    # Decoy: "Citygruppen" may be the municipality's own.
    assert parties("Löfte\n\nSamverkan med Citygruppen om nattvandring.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi ska samarbeta med nätverket Trygga Föräldrar om en föreläsning.",
        "En föreläsning hålls i samverkan med föreningen Grannsamverkan Söder under våren.",
    ],
)
def test_a_kind_noun_before_a_name_makes_it_an_organisation(sentence):
    name = "Trygga Föräldrar" if "nätverket" in sentence else "Grannsamverkan Söder"
    assert parties(f"Löfte\n\n{sentence}") == [(name, "medverkar")]


def test_the_list_of_who_works_together_ends_at_a_means():
    text = (
        "Löfte\n\nSamverkan mellan polis, kommun och föreningslivet genom arbetsmodellen EST "
        "och IT-verktyget Exempelsystem."
    )
    assert parties(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Region Söderland, Norrby kommun och polisen har nu skrivit under ett medborgarlöfte.",
        "Medborgarlöftet bygger på överenskommelsen som tecknats mellan Norrby kommun, "
        "Region Söderland och polisen.",
    ],
)
def test_those_who_sign_or_between_whom_the_agreement_is_made_co_sign(sentence):
    assert parties(f"Löfte\n\n{sentence}") == [("Region Söderland", "undertecknar")]


def test_a_regional_body_named_with_its_region_is_no_body_of_the_municipality():
    text = (
        "Löfte\n\nLöftet fördjupar samverkansöverenskommelsen mellan Norrby kommun, "
        "Norrbynämnden i Region Söderland och polisen i Norrby."
    )
    assert parties(text) == [("Norrbynämnden i Region Söderland", "undertecknar")]
    # Decoy: the municipality's own board is none.
    assert parties("Löfte\n\nSamverkan mellan Norrby kommun, Socialnämnden och polisen.") == []


@pytest.mark.parametrize("lead_in", ["Exempelkedjan AB lovar att:", "Burgarbaren åtar sig att…"])
def test_an_organisation_promising_in_a_lead_in_takes_part(lead_in):
    name = lead_in.split(" lovar")[0].split(" åtar")[0]
    assert parties(f"Löfte\n\n{lead_in}") == [(name, "medverkar")]


@pytest.mark.parametrize("lead_in", ["Vi lovar att:", "Aktörerna lovar att:"])
def test_we_or_a_group_named_by_its_kind_in_a_lead_in_is_no_organisation(lead_in):
    assert parties(f"Löfte\n\n{lead_in}") == []


def test_people_in_a_list_of_signers_are_no_organisations():
    text = (
        "Löfte\n\nAnna Ek (S), kommunalråd för Norrby kommun, och Per Berg, chef för "
        "lokalpolisområde Norrby, har nu undertecknat årets löfte."
    )
    assert parties(text) == []
    signer = SignatoryFound("Per Berg", "chef", "polis", "", 3, "")
    text = "Löfte\n\nPer Berg, Norrby kommun och polisen har skrivit under löftet."
    assert parties(text, [signer]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommer kommunen, polisen och Norrbyåsens räddningsförbund (NRF) att hålla vandringar.",
        "Under året ska polisen, kommunen samt Exempelbolaget genomföra två insatser.",
    ],
)
def test_an_organisation_listed_after_the_givers_after_the_verb_takes_part(sentence):
    name = "Norrbyåsens räddningsförbund" if "NRF" in sentence else "Exempelbolaget"
    assert (name, "medverkar") in parties(f"Löfte\n\n • {sentence}")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "I år är Räddningstjänsten Norra Dalen – Söderby en del i årets medborgarlöfte.",
            "Räddningstjänsten Norra Dalen – Söderby",
        ),
        ("Exempelbostäder är nu en del av medborgarlöftet och bidrar.", "Exempelbostäder"),
    ],
)
def test_an_organisation_that_is_a_part_of_the_pledge_takes_part(sentence, name):
    assert parties(f"Löfte\n\n{sentence}") == [(name, "medverkar")]


def test_the_givers_or_a_place_being_a_part_of_the_pledge_are_no_other_party():
    assert parties("Löfte\n\nPolisen är en del av medborgarlöftet.") == []
    assert parties("Löfte\n\nNorrby är en del av medborgarlöftet.") == []
