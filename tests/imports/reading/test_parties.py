"""The parties reader: who carries a promise, from its own words, a tag, or the list's
introduction; who gives the pledge; other organisations."""

import pytest

from imports.documents.reading.parties import lead_in_responsible, parse_responsible


@pytest.mark.parametrize(
    ("promise", "responsible", "other_party"),
    [
        ("Polisen lovar att genomföra trygghetsvandringar.", "polisen", ""),
        ("Kommunen lovar att sätta upp belysning.", "kommunen", ""),
        ("Polisen och kommunen lovar att hålla medborgardialoger.", "gemensamt", ""),
        ("Kommunen ska i samverkan med polisen starta ett råd.", "kommunen", ""),
        ("Polisen ska tillsammans med kommunen hålla dialogmöten.", "polisen", ""),
        (
            "Polisen och kommunen ska tillsammans med Kirunahem rensa buskage.",
            "gemensamt",
            "Kirunahem",
        ),
        ("Sätta upp kameror vid resecentrum (Bostadsbolaget AB).", "annan", "Bostadsbolaget AB"),
        ("Genomföra informationsträffar (polisen).", "polisen", ""),
        ("Fotpatrullering i centrum. / Polisen", "polisen", ""),
        ("Junior Bluelight Academy/ Polisen, kommunen och landstinget", "gemensamt", "landstinget"),
        ("Öka synligheten. Ansvarig: Polisen i samverkan med kommunen.", "polisen", ""),
        (
            "Polisen, Räddningstjänsten och Grums kommun kommer att genomföra vandringar.",
            "gemensamt",
            "Räddningstjänsten",
        ),
        ("Kommunen ska i samverkan med Kalmarhem erbjuda kurser.", "kommunen", "Kalmarhem"),
        (
            "Polisen ska genom samverkan tillsammans med stadsdelsförvaltningen arbeta mot brott.",
            "polisen",
            "",
        ),
        ("Att genomföra dialogmöten i hela kommunen", "ej_angivet", ""),
        ("Att polisen ska genomföra trafikkontroller", "polisen", ""),
        ("Polisen tillsammans med Kiruna kommun lovar att hålla kurser.", "polisen", ""),
        (
            "Kommunen i samverkan med Kirunabostäder ska rensa buskage.",
            "kommunen",
            "Kirunabostäder",
        ),
        ("Kiruna kommunen lovar att erbjuda trafikutbildning.", "kommunen", ""),
        ("I Kiruna kommun ska polisen genomföra patrulleringar.", "polisen", ""),
        ("För att skapa trygghet ska polisens synlighet bygga på lägesbilden.", "polisen", ""),
        (
            "I syfte att minska brotten ska kommun och polis verka för grannsamverkan.",
            "gemensamt",
            "",
        ),
        ("Under hösten kommer uniformerad polis att synas vid torget.", "polisen", ""),
        (
            "För att öka tryggheten kommer både Polisen och kommunen att arbeta med närvaro.",
            "gemensamt",
            "",
        ),
        ("Att kommunen ska se över hastighetsgränserna", "kommunen", ""),
        ("Att polisen och kommunen träffas i ett trafikråd", "gemensamt", ""),
        ("Närpolisen besöker skolorna varje termin.", "polisen", ""),
        ("Polis 2 kvällar/vecka ska patrullera vid hamnen.", "polisen", ""),
        ("Kommunen, genom fritidsförvaltningen, anordnar sommarlovsaktiviteter.", "kommunen", ""),
        ("Kommunen ser över belysningen i parken.", "kommunen", ""),
        ("Trygghetsvandring Syfte: se brister Ansvarig: kommunen/polisen", "gemensamt", ""),
        ("Nattvandring Syfte: vuxennärvaro Ansvarig: kommunen", "kommunen", ""),
        ("Polisen förbinder sig att patrullera i hamnen.", "polisen", ""),
        ("Räddningstjänsten ska hålla brandskyddskurser.", "annan", "Räddningstjänsten"),
        ("Kirunabostäder lovar att rensa buskage.", "annan", "Kirunabostäder"),
        ("Trygghetsvandringar ska genomföras i maj.", "ej_angivet", ""),
        ("Fritidsförvaltningen och polisen ska ordna nattvandring.", "gemensamt", ""),
        ("Trafikverket och polisen ska kontrollera hastigheten.", "polisen", "Trafikverket"),
        (
            "Stänga klockan 22. I samråd med kommunen och polisen kan tiderna ändras.",
            "ej_angivet",
            "",
        ),
    ],
)
def test_who_carries_a_promise_comes_from_its_own_words(promise, responsible, other_party):
    found = parse_responsible(promise)
    assert (found[0], found[1]) == (responsible, other_party)


@pytest.mark.parametrize(
    ("lead_in", "responsible"),
    [
        ("Därför lovar kommunen att:", "kommunen"),
        ("Och Polisen lovar att:", "polisen"),
        ("Polisen förbinder sig att:", "polisen"),
        ("Kommunen åtar sig att:", "kommunen"),
        ("Tillsammans lovar vi att:", "gemensamt"),
        ("Polisens aktiviteter:", "polisen"),
        ("Gemensamma aktiviteter:", "gemensamt"),
        ("Polisen och kommunerna lovar att:", "gemensamt"),
        (
            "Under 2024 lovar Kiruna lokalpolisområde och Kiruna kommun att öka tryggheten. "
            "Detta ska ske genom att:",
            None,
        ),
        ("Kartläggningen visade:", None),
        ("Polisen lovar att i samverkan med Kiruna kommun:", "polisen"),
        ("Tillsammans med polisen lovar kommunen att:", "kommunen"),
        ("Kiruna stad och lokalpolisområde Kiruna lovar att:", "gemensamt"),
        ("Följande medborgarlöften har gemensamt tagits fram:", "gemensamt"),
        ("Så här gör kommunen:", "kommunen"),
        ("Polisens åtaganden", "polisen"),
        ("Kommunen:", "kommunen"),
        ("Polisen har under året sett en ökning av:", None),
    ],
)
def test_who_carries_a_list_comes_from_the_sentence_that_introduces_it(lead_in, responsible):
    found = lead_in_responsible(lead_in)
    assert (found[0] if found else None) == responsible


def test_promises_carried_jointly_make_it_both_sides_pledge_though_one_side_signs():
    from imports.documents.reading.document import ActionFound, SignatoryFound
    from imports.documents.reading.parties import read_issuer
    from imports.documents.reading.structure import Block

    signer = SignatoryFound("Anna Berg", "kommunchef", "kommun", "", 9, "Anna Berg")
    joint = ActionFound("Vi lovar att genomföra trygghetsvandringar.", 3, responsible="gemensamt")
    alone = ActionFound("Sätta upp belysning.", 4, responsible="kommunen")
    blocks = [Block(1, ["Medborgarlöfte 2024"])]
    assert read_issuer(blocks, [signer], [joint], True).value == "kommun_och_polis"
    assert read_issuer(blocks, [signer], [alone], True).value == "kommunen"


def test_a_police_area_named_after_the_verb_is_the_police():
    found = parse_responsible("För att synas mer ska Lokalpolisområde Kirunas områdespoliser gå.")
    assert found[0] == "polisen"


def test_police_presence_joined_to_another_means_in_a_joint_list_stays_joint():
    joint = ("gemensamt", "", "Det här ska vi göra")
    assert (
        parse_responsible("Vuxennärvaro genom nattvandrare och polisiär synlighet.", joint)[0]
        == "gemensamt"
    )
    assert parse_responsible("Aktivt och synligt polisiärt arbete i centrum.", joint)[0] == (
        "polisen"
    )
    assert parse_responsible("Nattvandrare och polisiär synlighet.")[0] == "polisen"


def test_a_municipality_in_the_genitive_names_who_carries_the_list():
    assert lead_in_responsible("Kiruna kommuns roll kopplat till löftena:")[0] == "kommunen"


def test_an_organisation_working_together_with_the_givers_takes_part():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Kommunen och polisen, tillsammans med Exempelby Bostäder AB, lovar att verka."]),
        Block(2, ["Polisen kommer tillsammans med Räddningstjänsten att hålla en säkerhetsdag."]),
        Block(3, ["Polisen kommer tillsammans med skolan att informera."]),
    ]
    assert [name for name, _, _ in named_partners(blocks)] == [
        "Exempelby Bostäder AB",
        "Räddningstjänsten",
    ]


def test_the_police_promising_in_a_pledge_of_its_own_gives_it():
    from imports.documents.reading.parties import read_issuer
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Fler patruller"]),
        Block(3, ["Det utlovar Exempelpolisen nu i sitt medborgarlöfte för 2016."]),
    ]
    assert read_issuer(blocks, [], [], True).value == "polisen"


def test_a_city_named_without_the_genitive_is_the_municipality():
    assert parse_responsible("Kiruna stad ska, med enkäten som grund, byta belysning.")[0] == (
        "kommunen"
    )
    assert parse_responsible("Polisen och Kiruna stad ska genomföra två vandringar.")[0] == (
        "gemensamt"
    )


def test_a_passive_with_a_police_deed_as_subject_is_the_polices():
    assert parse_responsible("Vid behov ska polisiär närvaro prioriteras vid torget.")[0] == (
        "polisen"
    )
    assert (
        parse_responsible("För att minska buskörningen ska riktade polisinsatser göras.")[0]
        == "polisen"
    )


def test_residents_of_the_municipality_name_no_actor():
    text = "Polisiär närvaro på platser som upplevs otrygga bland kommunens invånare."
    assert parse_responsible(text)[0] == "polisen"


def test_a_promise_without_subject_done_with_one_side_is_the_others():
    text = "Intensifiera arbetet mot rekrytering genom bland annat samarbete med kommunen."
    assert parse_responsible(text)[0] == "polisen"


def test_kommer_before_tillsammans_med_keeps_the_subject_and_the_partner():
    text = "Polisen kommer tillsammans med Räddningstjänsten att besöka skolorna."
    assert parse_responsible(text)[:2] == ("polisen", "Räddningstjänsten")


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # The police alone make the pledge; the municipality is only where it holds.
        (
            "Polisen har efter samtal med invånarna tagit fram ett medborgarlöfte för "
            "Norrby kommun.",
            "polisen",
        ),
        (
            "Utifrån lägesbilden med Norrby stad avger Lokalpolisområde Norrby följande löfte.",
            "polisen",
        ),
        # The municipality beside the police as a giver keeps it both sides' pledge.
        (
            "Norrby kommun och lokalpolisområde Söder avger härmed löfte om trygghet.",
            "kommun_och_polis",
        ),
        ("Polisen har tillsammans med kommunen tagit fram ett medborgarlöfte.", "kommun_och_polis"),
    ],
)
def test_the_police_as_the_sole_subject_that_gives_the_pledge(sentence, issuer):
    from imports.documents.reading.parties import read_issuer
    from imports.documents.reading.structure import Block

    blocks = [Block(1, ["Medborgarlöfte"]), Block(3, [sentence])]
    assert read_issuer(blocks, [], [], True).value == issuer


def test_a_partner_listed_with_the_municipality_after_tillsammans_med_takes_part():
    from imports.documents.reading.parties import other_parties
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "I Norrby har polisen tillsammans med Norrby kommun och Norrbybo tagit fram "
                "ett löfte."
            ],
        ),
        Block(3, ["– Vi bjuder på vår kunskap, säger Lisa Ek, vd AB Norrbybo."]),
        # Beside no giver, a name that reads as no organisation's is left out.
        Block(5, ["Polisen kommer tillsammans med Hembygdsgården att visa film."]),
    ]
    found = other_parties([], [], blocks, ["Norrby"])
    # The name as the text also writes it with its company form.
    assert [p.value for p in found] == [{"name": "AB Norrbybo", "role": "medverkar"}]


@pytest.mark.parametrize(
    ("promise", "responsible"),
    [
        ("Upplevda otrygghetsfaktorer ska åtgärdas av kommunen.", "kommunen"),
        ("Trafikkontroller kommer att genomföras av polisen och kommunen.", "gemensamt"),
    ],
)
def test_the_agent_of_a_passive_carries_the_promise(promise, responsible):
    assert parse_responsible(promise, ("gemensamt", "", ""))[0] == responsible


def test_a_police_word_after_an_opening_verb_keeps_the_joint_list_default():
    default = ("gemensamt", "", "")
    assert parse_responsible("Öka den polisiära tillgängligheten och servicen.", default)[0] == (
        "gemensamt"
    )
    # As the subject, the police deed is the police's.
    assert parse_responsible("Vid skolorna ska den polisiära närvaron öka.", default)[0] == (
        "polisen"
    )
    # Joined to the other side's means: both.
    assert parse_responsible("Prioritera utredningarna polisiärt och socialt.", default)[0] == (
        "gemensamt"
    )


def test_a_short_present_tense_verb_after_the_subject():
    default = ("gemensamt", "", "")
    assert parse_responsible("Polisen ökar sin närvaro där ungdomar samlas.", default)[0] == (
        "polisen"
    )


def test_a_slash_inside_an_item_is_no_tag():
    assert parse_responsible(
        "Kumla kommun lovar att se över kameraövervakning/bevakning inom skolor."
    )[:2] == ("kommunen", "")
    default = ("gemensamt", "", "")
    assert (
        parse_responsible("Välja två aktiviteter som ska genomföras/åtgärdas av polis.", default)[0]
        != "kommunen"
    )


def test_a_list_of_givers_inside_a_sentence_about_the_pledge_names_the_partner():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "Som ett led i tryggheten utformar lokalpolisen i Norrby, Norrby kommun och "
                "Norrbys Brandförsvarsförbund medborgarlöften tillsammans."
            ],
        )
    ]
    assert [name for name, _, _ in named_partners(blocks, ["Norrby"])] == [
        "Norrbys Brandförsvarsförbund"
    ]


def test_of_two_readings_of_one_list_the_longer_name_stands():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "Löftet tas fram i samverkan mellan polisen, Norrby kommun och Region Hallands "
                "lokala nämnd i Norrby."
            ],
        )
    ]
    assert [name for name, _, _ in named_partners(blocks, ["Norrby"])] == [
        "Region Hallands lokala nämnd i Norrby"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Räddningstjänsten ska genomföra brandskyddsutbildning.",
        "Norrbybostäder lovar att förbättra belysningen i trapphusen.",
        "AB Norrbyhem ska rensa buskage.",
    ],
)
def test_an_organisation_named_as_such_starts_a_promise_of_its_own(sentence):
    from imports.documents.reading.structure import Block, promise_lines

    assert [text for _, text in promise_lines(Block(1, [sentence]))] == [sentence]
    assert parse_responsible(sentence)[0] == "annan"


def test_a_capitalised_word_that_names_no_organisation_starts_no_promise():
    from imports.documents.reading.structure import Block, promise_lines

    assert promise_lines(Block(1, ["Arbetet ska följas upp varje år."])) == []


def test_a_heading_of_joint_promises_alone_starts_no_promise():
    from imports.documents.reading.parties import PROMISE_START

    assert not PROMISE_START.match("Gemensamt lovar vi")
    assert PROMISE_START.match("Gemensamt lovar vi att hålla medborgardialoger.")


@pytest.mark.parametrize(
    ("promise", "responsible"),
    [
        ("Genomföra trygghetsvandringar. Ansvar: Kommunen", "kommunen"),
        ("Genomföra trygghetsvandringar. Ansvarig part: polisen", "polisen"),
        ("Genomföra trygghetsvandringar – polisen", "polisen"),
        ("Genomföra trygghetsvandringar – ett sätt att öka tryggheten", "gemensamt"),
        ("Polisen, i samverkan med kommunen, genomför insatser.", "polisen"),
        ("Områdespolisen finns på plats varje vecka.", "polisen"),
    ],
)
def test_the_party_an_item_names_beats_a_joint_list_default(promise, responsible):
    assert parse_responsible(promise, ("gemensamt", "", ""))[0] == responsible


def test_a_lead_in_with_its_subject_between_kommer_and_att():
    said = lead_in_responsible(
        "För att samordna arbetet kommer polisen i samverkan med kommunen under 2023 att:",
        "kommun_och_polis",
    )
    assert said[0] == "polisen"


def test_a_housing_company_in_a_bracketed_aside_and_a_list_closed_by_an_infinitive():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Vi ska tillsammans med Norrbybyggen (och polis) stötta nattvandrare."]),
        Block(
            3,
            [
                "Kommunen kommer tillsammans med lokala bostadsbolag, polisen och Norrby "
                "Räddningstjänstförbund stötta uppstart av nya grupper."
            ],
        ),
    ]
    assert [name for name, _, _ in named_partners(blocks, ["Norrby"])] == [
        "Norrbybyggen",
        "Norrby Räddningstjänstförbund",
    ]


def test_an_organisation_subject_with_a_present_tense_verb_carries_the_promise():
    assert parse_responsible("Vaktbolaget ökar sin rondering vid biblioteket.")[:2] == (
        "annan",
        "Vaktbolaget",
    )


def test_a_party_found_also_by_its_abbreviation_is_one_party_named_without_it():
    from imports.documents.reading.parties import other_parties
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Polisen, Norrby kommun och Norrby Bostads AB (NBAB) lovar att arbeta."]),
        Block(3, ["Polisen, Norrby kommun och NBAB lovar följande:"]),
    ]
    found = other_parties([], [], blocks, ["Norrby"])
    assert [p.value for p in found] == [{"name": "Norrby Bostads AB", "role": "medverkar"}]


def test_municipalities_named_in_the_genitive_in_a_list_are_no_organisations():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "Polisen har tecknat nya medborgarlöften med Kirunas, Gällivares, "
                "Exempelby Bostäder AB och Pajala kommun."
            ],
        )
    ]
    found = named_partners(blocks, place_names=["Kiruna", "Gällivare", "Pajala"])
    assert [name for name, _, _ in found] == ["Exempelby Bostäder AB"]


def test_the_agent_of_the_last_of_two_joined_passives_carries_the_item():
    found = parse_responsible("Trasiga lampor ska ses över och vid behov bytas av kommunen")
    assert found[0] == "kommunen"


def test_a_pledge_made_between_a_list_of_parties_names_the_other_organisations():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "Medborgarlöfte 2024–2025 mellan Norrtrafiken, Trafikverket, kommunerna Norrby, "
                "Söderby samt lokalpolisområde Norrby."
            ],
        )
    ]
    names = [name for name, _, _ in named_partners(blocks, ["Norrby", "Söderby"])]
    assert names == ["Norrtrafiken", "Trafikverket"]


def test_a_giver_paired_with_an_organisation_as_subjects_after_the_verb():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Därför kommer Norrby kommun och Norrbyggen vara med och stötta nattvandrare."]),
        Block(3, ["Polisen och Söderbo ska rensa buskage."]),
    ]
    names = [name for name, _, _ in named_partners(blocks, ["Norrby"])]
    assert names == ["Norrbyggen", "Söderbo"]


def test_municipalities_in_the_genitive_before_their_kind_are_no_organisations():
    from imports.documents.reading.parties import other_parties
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            ["Polisen har tecknat nya medborgarlöften med Norrbys, Söderbys och Västerby kommun."],
        )
    ]
    assert other_parties([], [], blocks, ["Norrby", "Söderby", "Västerby"]) == []


def test_working_together_said_with_a_verb_names_the_partners():
    from imports.documents.reading.parties import named_partners
    from imports.documents.reading.structure import Block

    blocks = [
        Block(
            1,
            [
                "Lokalpolisområde Norrby samverkar med kommunerna Norrby och Söderby samt "
                "Norrtrafik och Trafikverket för att göra stationerna tryggare."
            ],
        )
    ]
    names = [name for name, _, _ in named_partners(blocks, ["Norrby", "Söderby"])]
    assert names == ["Norrtrafik", "Trafikverket"]


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Norrtrafiken", True),
        ("Kollektivtrafiken", False),
        ("Norrby Idrottsförening", True),
        ("Svenska kyrkan", True),
        ("föreningslivet", False),
    ],
)
def test_organisation_name_shapes(name, organisation):
    from imports.documents.reading.parties import ORGANISATION_WORDS

    assert bool(ORGANISATION_WORDS.search(name)) is organisation


def test_a_group_named_by_its_kind_carries_a_promise_but_is_no_party():
    from imports.documents.reading.document import ActionFound
    from imports.documents.reading.parties import other_parties

    action = ActionFound(text="Företagen ska arbeta med sin butiksmiljö.", line=1)
    action.responsible, action.other_party = "annan", "Företagen"
    assert other_parties([action], [], [], []) == []


def test_the_police_presenting_a_pledge_of_their_own_give_it_whatever_the_headline_says():
    from imports.documents.reading.parties import read_issuer
    from imports.documents.reading.structure import Block

    blocks = [
        Block(1, ["Gemensamt medborgarlöfte mellan polis och kommun dröjer"]),
        Block(3, ["I våras presenterade Exempelpolisen sina egna medborgarlöften."]),
    ]
    assert read_issuer(blocks, [], [], True).value == "polisen"
