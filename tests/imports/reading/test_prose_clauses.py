"""Promises told in running text whose clause hides the giver: after "X är att", with a subject
that names no side ("man", existential "det", a passive with no agent), "vi" after a fronted
phrase, and "och att" after a giver's "lovar att"; and "arbeta med" an activity as a deed."""

import pytest

from imports.documents.reading.parties import UNNAMED_SUBJECT
from imports.documents.reading.sentences import is_aim
from imports.documents.reading.structure import PLEDGE_SAYS, att_clauses
from tests.imports.reading.reading import promises_of


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Nytt för i år är att polisen ska cykelmärka.", "polisen ska cykelmärka."),
        ("En av åtgärderna är att kommunen ska röja sly.", "kommunen ska röja sly."),
        ("Skillnaden mot i fjol blir att vi ska synas mer.", "vi ska synas mer."),
    ],
)
def test_x_is_that_tells_the_promise_after_att(sentence, rest):
    assert PLEDGE_SAYS.sub("", sentence) == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "Målet är att kommunen ska bli tryggare.",
        "Tanken är att polisen ska komma närmare invånarna.",
        "Syftet med löftet är att polisen ska synas.",
        "Invånarnas önskemål är att polisen ska patrullera mer.",
        "Vår förhoppning är att kommunen ska få fler tips.",
        "Det viktiga är att vi ska lyssna.",
        # No giver inside: a state to reach.
        "Nytt för i år är att tryggheten ska mätas.",
    ],
)
def test_an_aim_or_a_wish_is_that_is_no_promise(sentence):
    assert PLEDGE_SAYS.sub("", sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Varje år ska minst två trygghetsvandringar genomföras i Exempelby.",
        "Under hösten kommer en föräldrakväll att anordnas på skolan.",
        "Vid skolstarten kommer hastighetskontroller att göras vid skolorna.",
        "Under sommaren ska även fler papperskorgar sättas upp i parken.",
        "Under året ska man erbjuda föräldrar en träff om droger.",
        "Det kommer att finnas en polis på plats vid torget varje fredag.",
        "Dessutom ska det anordnas en temadag om bedrägerier.",
    ],
)
def test_a_clause_whose_subject_names_no_side(sentence):
    assert UNNAMED_SUBJECT.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A definite subject speaks of a deed already told.
        "Under våren ska kontrollerna göras vid skolorna.",
        # The pledge's own follow-up, a state, the reader's possibility.
        "I december ska arbetet följas upp.",
        "Under året ska centrum upplevas tryggare.",
        "Under året ska en kontinuerlig samverkan finnas mellan polis och kommun.",
        "Man ska kunna lämna tips anonymt.",
        "Det ska vara tryggt att gå i centrum.",
        # Past tense, and a side named later as the one who acts.
        "Under 2025 genomfördes tre trygghetsvandringar.",
        "Till varje område kommer det kopplas aktiviteter som polisen kommer genomföra.",
    ],
)
def test_no_unnamed_subject(sentence):
    assert not UNNAMED_SUBJECT.match(sentence)


def test_att_och_att_after_a_givers_verb():
    assert att_clauses("Polisen lovar att informera om brott och att starta grannsamverkan.") == [
        "Polisen lovar att informera om brott",
        "att starta grannsamverkan.",
    ]
    # What goes on from an aim is told with it.
    sentence = "Polisen lovar att verka för fler vuxna ute och att åtgärda mörka platser."
    assert att_clauses(sentence) == [sentence]
    # No giver's verb before: "att … och att …" of another kind.
    sentence = "Syftet är att öka tryggheten och att minska brotten."
    assert att_clauses(sentence) == [sentence]


def test_arbeta_med_an_activity_is_a_deed():
    assert not is_aim("Polisen ska arbeta med riktade insatser mot langning.")
    assert is_aim("Polisen ska arbeta för ökad trygghet i centrum.")
    assert is_aim("Kommunen ska arbeta tillsammans med skolan för färre skolk.")


def test_a_news_item_with_x_is_that_and_decoys():
    found = promises_of(
        "Nytt medborgarlöfte i Hallviken\n\n"
        "Hallvikens kommun och lokalpolisområde Hallviken har tecknat ett nytt "
        "medborgarlöfte för 2026.\n\n"
        "Under 2025 anmäldes 95 cykelstölder vid resecentrum.\n\n"
        "Nytt för i år är att polisen ska genomföra cykelmärkning vid resecentrum en gång i "
        "månaden. Tanken är att fler ska våga lämna cykeln vid stationen.\n\n"
        "Målet är att tryggheten ska öka i centrum.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen"]
    assert found[0][1].startswith("Nytt för i år är att polisen ska genomföra")


def test_passives_with_no_agent_are_the_giverspromises_of():
    found = promises_of(
        "Medborgarlöfte Björnås 2026\n\n"
        "Björnås kommun och polisen ger tillsammans detta medborgarlöfte.\n\n"
        "Varje år ska minst två trygghetsvandringar genomföras i Norrgärdet. Under hösten "
        "kommer en föräldrakväll att anordnas på Björnåsskolan.\n\n"
        "Under 2025 genomfördes tre trygghetsvandringar.\n"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt", "gemensamt"]


def test_man_and_existential_det():
    found = promises_of(
        "Tryggare Lommaby\n\n"
        "Polisen och Lommaby kommun har kommit överens om årets medborgarlöfte.\n\n"
        "Under året ska man erbjuda alla föräldrar i årskurs sju en träff om droger. Det "
        "kommer att finnas en polis på plats vid torget varje fredagskväll.\n\n"
        "Det finns många som upplever att centrum är otryggt på kvällarna.\n"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt", "gemensamt"]


def test_och_att_in_a_paragraph_the_walk_reads():
    found = promises_of(
        "Medborgarlöfte för Ringsjöby\n\n"
        "Inbrotten i villaområdena ökade förra året.\n\n"
        "Polisen lovar att informera om grannsamverkan på tre möten och att starta "
        "grannsamverkan i två nya områden.\n\n"
        "Kommunen ska laga gatubelysningen i villaområdena.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "polisen", "kommunen"]
    assert found[1][1].startswith("Att starta grannsamverkan")


def test_vi_after_a_fronted_phrase_under_a_wish():
    found = promises_of(
        "Medborgarlöfte Stensjö 2026\n\n"
        "Polisen och Stensjö kommun ger detta löfte.\n\n"
        "Vi vill att Stensjö ska vara en plats där alla känner sig trygga.\n\n"
        "I år kommer vi att ordna nattvandringar under skolavslutningen.\n\n"
        "Kommunen ska dessutom rusta upp belysningen i gångtunneln vid stationen.\n"
    )
    assert [responsible for responsible, _ in found] == ["gemensamt", "kommunen"]


def test_an_aim_beside_a_deed_of_arbeta_med():
    found = promises_of(
        "Sjövalla medborgarlöfte\n\n"
        "Medborgarlöftet tecknades i februari av kommunalrådet och lokalpolisområdeschefen.\n\n"
        "Polisen ska arbeta för ökad trygghet i centrum. Parallellt med detta ska polisen "
        "arbeta med riktade insatser mot langning av alkohol till unga.\n\n"
        "Kommunen kommer att arbeta mot klotter genom att sanera inom två dygn.\n"
    )
    assert [responsible for responsible, _ in found] == ["polisen", "kommunen"]
    assert found[0][1].startswith("Parallellt med detta ska polisen arbeta med")


def test_a_clause_cut_off_after_its_inverted_subject_promises_nothing():
    document = (
        "Medborgarlöfte Kiruna 2024\n\n"
        "Polisen och Kiruna kommun lovar att:\n\n"
        " • genomföra fyra trygghetsvandringar\n"
        " • delta i föräldramöten\n\n"
        "I arbetet med trygghet i de centrala delarna av Kiruna\nkommer vi\n"
    )
    texts = [promise for _, promise in promises_of(document)]
    assert len(texts) == 2
    assert not any("kommer vi" in promise for promise in texts)
