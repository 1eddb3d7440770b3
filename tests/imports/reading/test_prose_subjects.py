"""Promises told in running text: a count fronted before the verb, the officers and titles of
each side as subjects, another organisation named by a genitive and a capitalised noun, "har
lovat att … samt att …", an aim and a deed joined with "och", and paragraphs of the same run
before the first one the walk reads."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.parties import INVERTED, PROMISE_START, parse_responsible
from imports.documents.reading.sentences import aim_then_deeds
from tests.imports.reading.reading import GAZETTEER, promises_of


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Två gånger per termin ska polisen besöka skolorna.", "polisen"),
        ("Minst tio gånger under året kommer polisen att kontrollera mopeder.", "polisen"),
        ("Fyra gånger per år ska kommunen bjuda in till dialog.", "kommunen"),
        ("Varannan vecka kommer kommunen att städa parken.", "kommunen"),
        ("Var tredje månad ska polisen hålla öppet hus.", "polisen"),
        ("12 tillfällen per år ska polisen finnas på torget.", "polisen"),
    ],
)
def test_a_fronted_count_puts_the_subject_after_the_verb(sentence, side):
    assert INVERTED.match(sentence)
    assert parse_responsible(sentence)[0] == side


@pytest.mark.parametrize(
    "sentence",
    [
        # A count as the subject, with no side after the verb.
        "Två av tre invånare ska känna sig trygga.",
        "Tre gånger så många som förra året har anmält brott.",
    ],
)
def test_a_fronted_count_with_no_side_after_the_verb_is_no_promise(sentence):
    assert not INVERTED.match(sentence)


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Kommunpolisen ska hålla öppet hus på biblioteket.", "polisen"),
        ("Närpolisen ska besöka förskolorna.", "polisen"),
        ("Polisområdeschefen kommer att bjuda in till möte.", "polisen"),
        ("Lokalpolisområdeschefen ska träffa företagarna.", "polisen"),
        ("Kommunalrådet kommer att bjuda in företagare.", "kommunen"),
        ("Kommunchefen ska se till att skolorna får en kontaktperson.", "kommunen"),
        ("Kommunstyrelsens ordförande ska kalla till ett möte.", "kommunen"),
        ("Säkerhetssamordnaren kommer att ta fram en lägesbild.", "kommunen"),
        ("Varje månad kommer kommunpolisen att träffa ungdomsrådet.", "polisen"),
        ("Under våren ska områdespolisen besöka föreningarna.", "polisen"),
    ],
)
def test_a_sides_officers_carry_itspromises_of(sentence, side):
    assert PROMISE_START.match(sentence) or INVERTED.match(sentence)
    assert parse_responsible(sentence)[0] == side


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Exempelbys Energi ska sätta upp belysning.", "Exempelbys Energi"),
        ("Tallmons Bostäder kommer att byta lås.", "Tallmons Bostäder"),
    ],
)
def test_a_genitive_and_a_capitalised_noun_name_another_organisation(sentence, name):
    assert PROMISE_START.match(sentence)
    assert parse_responsible(sentence)[:2] == ("annan", name)


def test_a_genitive_before_the_municipality_is_the_municipality():
    assert parse_responsible("Exempelbys Kommun ska laga lamporna.")[0] == "kommunen"


@pytest.mark.parametrize(
    ("sentence", "deeds"),
    [
        (
            "Polisen ska arbeta mot langning och arbeta med synlig närvaro i centrum.",
            ["arbeta med synlig närvaro i centrum."],
        ),
        (
            "Kommunen ska verka för ökad trygghet och erbjuda sommarjobb till unga.",
            ["erbjuda sommarjobb till unga."],
        ),
    ],
)
def test_an_aim_and_a_deed_are_judged_each_on_its_own(sentence, deeds):
    assert aim_then_deeds(sentence)[1] == deeds


@pytest.mark.parametrize(
    "sentence",
    [
        # Two deeds: no aim to leave out.
        "Polisen ska genomföra kontroller och informera föräldrar.",
        # An aim that states its means is a deed as it stands.
        "Kommunen ska arbeta mot klotter genom att sanera och informera om klotter.",
        # Two aims.
        "Polisen ska arbeta mot droger och arbeta för ökad trygghet.",
    ],
)
def test_no_aim_then_deed(sentence):
    assert aim_then_deeds(sentence) is None


def test_an_aim_joined_to_deeds_in_running_text():
    document = """Medborgarlöfte Exempelby 2026

Exempelby kommun och polisen står bakom löftet.

Under året ska polisen arbeta mot langning och arbeta med synlig närvaro vid skolavslutningen.

Kommunen ska verka för ökad trygghet och erbjuda sommarjobb till 50 ungdomar.

Polisen ska arbeta för att fler ska känna sig trygga.
"""
    assert promises_of(document) == [
        ("polisen", "Arbeta med synlig närvaro vid skolavslutningen."),
        ("kommunen", "Erbjuda sommarjobb till 50 ungdomar."),
    ]


def test_has_promised_split_at_samt_att():
    document = """Nytt löfte i Exempelby

Exempelby kommun och polisen skrev i dag under ett nytt medborgarlöfte.

Polisen har lovat att öka närvaron i centrum samt att hålla möten om bedrägerier för äldre.

Kommunen ska sätta upp fler papperskorgar i parken.
"""
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "polisen", "kommunen"]
    assert found[1][1].lower().startswith("att hålla möten om bedrägerier")


def test_fronted_counts_and_titles_in_a_news_item():
    document = """Tryggare Exempelby

Polisen och Exempelby kommun ger tillsammans detta löfte för 2026.

{counts}

Under 2025 skadades tre barn i trafiken nära skolorna. {before}
""".format(
        counts="Minst tio gånger under året kommer polisen att genomföra trafikkontroller vid "
        "skolorna. Fyra gånger per år ska kommunalrådet bjuda in till medborgardialog.",
        before="Två gånger per år har polisen redan kontrollerat hastigheten där.",
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "kommunen"]
    assert found[0][1].startswith("Minst tio gånger")


def test_another_organisation_beside_the_givers_in_running_text():
    document = """Medborgarlöfte Exempelby

Polisen och Exempelby kommun har tagit fram ett medborgarlöfte.

Exempelbys Energi ska sätta upp belysning på tre gångstråk. {police}

Det som oroar invånarna mest är mörka gångvägar.
""".format(police="Polisen ska samtidigt genomföra kvällspatruller på samma stråk.")
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    assert [(a.responsible, a.other_party) for a in extraction.actions] == [
        ("annan", "Exempelbys Energi"),
        ("polisen", ""),
    ]


def test_earlier_paragraphs_of_the_run_are_read_with_the_first_promise():
    document = """Medborgarlöfte Exempelby 2026

Exempelby kommun och lokalpolisområde Exempelby har enats om löftet.

Vi vill att alla ska känna sig trygga i Exempelby.

Närpolisen ska besöka alla förskolor under året.

– Vi ska synas mer, säger polisområdeschefen Eva Berg.

I samband med julhandeln kommer kommunen och polisen att gemensamt informera om ficktjuvar.
"""
    assert promises_of(document) == [
        ("polisen", "Närpolisen ska besöka alla förskolor under året."),
        (
            "gemensamt",
            "I samband med julhandeln kommer kommunen och polisen att gemensamt informera om "
            "ficktjuvar.",
        ),
    ]


def test_earlier_paragraphs_under_another_heading_stay_out():
    document = """Medborgarlöfte Exempelby 2026

Bakgrund

Polisen ska enligt sitt uppdrag utreda brott.

Våra löften

Polisen lovar att patrullera vid stationen varje fredag.
"""
    assert promises_of(document) == [
        ("polisen", "Polisen lovar att patrullera vid stationen varje fredag."),
    ]


def test_an_aim_joined_to_a_deed_beside_a_list():
    document = """Medborgarlöfte Exempelby 2026

Polisen och kommunen lovar att:

• genomföra fyra trygghetsvandringar
• informera om grannsamverkan

Polisen ska även arbeta mot langning och hålla kontroller vid skolavslutningen.
"""
    found = promises_of(document)
    assert [side for side, _ in found] == ["gemensamt", "gemensamt", "polisen"]
    assert found[2][1].lower().startswith("hålla kontroller")


def test_a_deed_after_an_aim_that_repeats_a_promise_leaves_the_promise_before_alone():
    """The deed after the aim repeats the list's first promise and is left out as a repeat;
    the side its sentence names is not given to the promise read before it."""
    document = """Medborgarlöfte Kiruna 2025

Polisen och kommunen lovar att:

• erbjuda sommarjobb till unga i alla stadsdelar
• bjuda in föräldrar till en träff om droger

Polisen ska verka för ökad trygghet och erbjuda sommarjobb till unga i alla stadsdelar.
"""
    assert promises_of(document) == [
        ("gemensamt", "Erbjuda sommarjobb till unga i alla stadsdelar"),
        ("gemensamt", "Bjuda in föräldrar till en träff om droger"),
    ]
