"""The same page reads the same however it was pasted: with or without blank lines between its
paragraphs, with its lines broken at a page's width, with any bullet mark. text.clean restores
the layout (unwrap, paragraphs) before the readers see the text."""

import textwrap

import pytest

from imports.documents import text
from imports.documents.reading import period, pipeline
from imports.documents.reading.municipalities import Gazetteer

GAZETTEER = Gazetteer([("9901", "Ekbyn")], [])


def without_blank_lines(document):
    return "\n".join(line for line in document.split("\n") if line.strip())


def wrapped(document, width):
    lines = []
    for line in document.split("\n"):
        lines.extend(
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
        )
    return "\n".join(lines)


# Unwrapping -----------------------------------------------------------------------------------


def test_a_long_line_without_a_mark_goes_on_in_the_lower_case_line_under_it():
    document = (
        "Medborgarlöftet är en del av arbetet för ett tryggare Ekbyn, en långsiktig\n"
        "satsning där polisen, kommunen och invånarna arbetar tillsammans."
    )
    assert text.clean(document) == (
        "Medborgarlöftet är en del av arbetet för ett tryggare Ekbyn, en långsiktig satsning "
        "där polisen, kommunen och invånarna arbetar tillsammans."
    )


def test_a_short_line_over_a_lower_case_line_is_not_joined():
    # "Anna Berg" over "kommunstyrelsens ordförande": a signature, not a broken sentence.
    document = "Anna Berg\nkommunstyrelsens ordförande\n\nPer Ek\nlokalpolisområdeschef"
    assert text.clean(document) == document


def test_a_list_item_is_never_a_continuation():
    document = (
        "Polisen och kommunen i Ekbyn ska under året arbeta med följande insatser\n"
        "• trygghetsvandringar i Norrby\n"
        "• föräldraträffar om narkotika"
    )
    assert text.clean(document).split("\n")[1:] == [
        "• trygghetsvandringar i Norrby",
        "• föräldraträffar om narkotika",
    ]


def test_once_a_text_shows_it_was_broken_a_name_in_upper_case_goes_on_too():
    document = (
        "Medborgarlöftet har tagits fram av kommunstyrelsens ordförande Lena Strand och\n"
        "lokalpolisområdeschefen i Ekbyn efter samtal med invånarna på torget och i\n"
        "skolorna. Det undertecknades av kommunalrådet Bertil Holmqvist och polischefen\n"
        "Maja Lind under en ceremoni i stadshuset."
    )
    assert text.clean(document).count("\n") == 0
    assert "polischefen Maja Lind" in text.clean(document)


def test_a_line_after_a_colon_is_not_joined_to_it():
    document = (
        "Kommunen och polisen i Ekbyn har efter dialoger med invånarna enats om detta:\n"
        "Genomföra trygghetsvandringar i Norrby\n"
        "Ordna föräldraträffar om narkotika och alkohol"
    )
    assert text.clean(document).count("\n") >= 2


# Paragraphs -------------------------------------------------------------------------------------

DENSE = """Medborgarlöfte Ekbyn 2031
Ekbyns kommun och lokalpolisområde Ekbyn har tagit fram löftet efter samtal med invånare.
Bakgrund
Under året har invånarna oroat sig för mopedåkning i centrum och för skadegörelse.
Kommunen lovar att
• Rusta upp belysningen vid busstationen
• Erbjuda fältassistenter på kvällstid
Polisen lovar att:
• Genomföra trafikkontroller mot mopeder
  Ansvarig: kommunpolisen
Löftet följs upp i december.
----------
Ekbyn den 3 mars 2031
Anna Berg
Kommunstyrelsens ordförande"""


def test_a_text_without_blank_lines_gets_its_paragraphs_back():
    assert text.clean(DENSE).split("\n\n") == [
        "Medborgarlöfte Ekbyn 2031",
        "Ekbyns kommun och lokalpolisområde Ekbyn har tagit fram löftet efter samtal med invånare.",
        "Bakgrund",
        "Under året har invånarna oroat sig för mopedåkning i centrum och för skadegörelse.",
        "Kommunen lovar att\n• Rusta upp belysningen vid busstationen\n"
        "• Erbjuda fältassistenter på kvällstid",
        "Polisen lovar att:\n• Genomföra trafikkontroller mot mopeder\n  Ansvarig: kommunpolisen",
        "Löftet följs upp i december.",
        "----------",
        "Ekbyn den 3 mars 2031",
        "Anna Berg\nKommunstyrelsens ordförande",
    ]


def test_a_heading_under_a_heading_stands_apart_when_a_paragraph_follows():
    document = (
        "Medborgarlöfte Ekbyn\nUppföljning 2030\nMedborgarlöfte 2029\n"
        "För att minska inbrotten lovade vi att:\n• Starta grannsamverkan i Norrby"
    )
    assert text.clean(document).split("\n\n")[:3] == [
        "Medborgarlöfte Ekbyn\nUppföljning 2030",
        "Medborgarlöfte 2029",
        "För att minska inbrotten lovade vi att:\n• Starta grannsamverkan i Norrby",
    ]


def test_what_a_colon_introduces_stands_apart():
    document = (
        "Medborgarlöfte 2031\nEkbyns medborgarlöfte 2031 har undertecknats av:\nAnna Berg, "
        "kommunstyrelsens "
        "ordförande\nPer Ek, lokalpolisområdeschef"
    )
    assert text.clean(document).split("\n\n") == [
        "Medborgarlöfte 2031",
        "Ekbyns medborgarlöfte 2031 har undertecknats av:",
        "Anna Berg, kommunstyrelsens ordförande\nPer Ek, lokalpolisområdeschef",
    ]


def test_a_paragraph_that_finishes_a_clause_open_at_att_stays_with_it():
    document = (
        "Medborgarlöfte Ekbyn 2031\nDetta gör vi genom att:\nPolis och kommun arbetar för att "
        "göra miljön kring resecentrum tryggare och för att synas mer i centrum.\nMer text."
    )
    assert "Detta gör vi genom att:\nPolis och kommun" in text.clean(document)


def test_a_quote_outside_a_list_is_a_paragraph_of_its_own():
    document = (
        "Nytt medborgarlöfte i Ekbyn\n– Vi ser att fler unga känner sig otrygga, säger "
        "kommunpolisen Per Ek.\nKommunen lovar att:\n• Anställa fler fältassistenter\n"
        "– Det behövs fler vuxna ute på kvällarna, säger Anna Berg."
    )
    assert text.clean(document).split("\n\n") == [
        "Nytt medborgarlöfte i Ekbyn",
        "– Vi ser att fler unga känner sig otrygga, säger kommunpolisen Per Ek.",
        # Under an item, the quote comments on it.
        "Kommunen lovar att:\n• Anställa fler fältassistenter\n"
        "– Det behövs fler vuxna ute på kvällarna, säger Anna Berg.",
    ]


def test_a_clause_open_at_its_verb_over_a_list_starts_a_paragraph_under_another_list():
    document = (
        "Invånarna oroar sig för:\n• Inbrott\n  • Skadegörelse\n  Aktörerna lovar\n"
        "• Starta grannsamverkan\nText efter listan finns inte."
    )
    assert "• Skadegörelse\n\n  Aktörerna lovar\n• Starta" in text.clean(document)


def test_a_line_ending_at_a_word_no_clause_ends_with_is_no_heading():
    document = (
        "Så här arbetar vi\nDet övergripande målet är att öka tryggheten och\n"
        "minska brotten i Ekbyn.\nMer text följer här."
    )
    assert text.clean(document).split("\n\n")[:2] == [
        "Så här arbetar vi",
        "Det övergripande målet är att öka tryggheten och\nminska brotten i Ekbyn.",
    ]


def test_a_text_with_blank_lines_keeps_its_own_paragraphs():
    document = (
        "Medborgarlöfte Ekbyn 2031\n\nVåra löften\nPolisen lovar att synas i centrum.\n"
        "Kommunen lovar att laga belysningen.\n\nAnna Berg\nKommunstyrelsens ordförande"
    )
    assert text.clean(document) == document


def test_cleaning_twice_changes_nothing_more():
    for document in (DENSE, wrapped(DENSE, 40), without_blank_lines(wrapped(PAGE, 60))):
        once = text.clean(document)
        assert text.clean(once) == once


# The same reading -------------------------------------------------------------------------------

PAGE = """Medborgarlöfte för Ekbyn 2031

Ekbyns kommun och lokalpolisområde Ekbyn har tillsammans tagit fram årets medborgarlöfte utifrån medborgardialoger, trygghetsmätningen och den gemensamma lägesbilden för centrala Ekbyn.

Bakgrund

Under de senaste åren har invånare i Ekbyn uttryckt oro för mopedåkning i centrum och för otrygga miljöer kring busstationen på kvällstid, framför allt under sommaren.

Målsättning

• Att fler invånare ska känna sig trygga i centrum
• Att färre unga ska börja använda narkotika

Kommunen lovar att

• Förbättra belysningen kring busstationen och gångtunneln vid Ekbyskolan
• Erbjuda fältassistenter på kvällstid under sommarlovet

Polisen lovar att

• Genomföra minst tio riktade trafikkontroller mot mopeder i centrum under året, med särskilt fokus på helger och skollov när störningarna är som störst
• Vara synlig vid busstationen fredags- och lördagskvällar

Ekbyn den 12 februari 2031

Anna Berg
Kommunstyrelsens ordförande

Jonas Lind
Lokalpolisområdeschef"""  # noqa: E501


def reading(document):
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    return (
        [(action.promise[:40], action.responsible) for action in extraction.actions],
        [(s.name, s.side) for s in extraction.signatories],
        extraction.signed_on.value if extraction.signed_on else None,
    )


@pytest.mark.parametrize(
    "layout",
    [
        without_blank_lines,
        lambda document: wrapped(document, 80),
        lambda document: wrapped(document, 60),
        lambda document: without_blank_lines(wrapped(document, 80)),
        lambda document: document.replace("•", "-"),
        lambda document: document.replace("•", "*"),
        lambda document: document.replace(" ", "\xa0", 40).replace("\n", "  \n"),
    ],
    ids=["no blank lines", "wrapped at 80", "wrapped at 60", "both", "dash", "star", "spaces"],
)
def test_a_page_reads_the_same_however_it_was_pasted(layout):
    assert reading(layout(PAGE)) == reading(PAGE)
    assert [side for _, side in reading(PAGE)[0]] == ["kommunen"] * 2 + ["polisen"] * 2


@pytest.mark.parametrize("mark", ["•", "*", "-", "–", "1."])
def test_a_year_in_a_list_item_is_read_whatever_the_items_mark(mark):
    item = f"{mark} Polisen lovar att delta vid kommunens dialoger under 2031"
    assert period.LIST_ITEM.match(item)
    assert pipeline.THE_YEAR.search(item)


def test_a_dash_that_opens_a_quote_marks_no_item():
    quote = "- Vi har lyssnat på invånarna inför 2031, säger Anna Berg, kommunpolis i Ekbyn."
    assert not period.LIST_ITEM.match(quote)
    assert not pipeline.THE_YEAR.search(quote.replace("inför", "under"))
