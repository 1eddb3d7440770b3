"""Document import: pasted text or a .txt/.docx/.pdf file becomes a draft pledge."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from imports.documents import measure, parse, readers, text
from imports.documents.services import create_draft_from_document
from pledges.models import Pledge
from tests.conftest import EDITOR_A, NO_ORG, PUBLISHER_A, STAFF_B, client_for

SEEDS = measure.SEEDS
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))["documents"]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
IMPORT_URL = "admin:pledges_pledge_import_document"


def seed(name):
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture
def national(django_user_model):
    return django_user_model.objects.create_user(
        "riks", password="x" * 16, is_staff=True, is_superuser=True
    )


# Rules ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Medborgarlöftet för 2024", (2024, 1, 1), (2024, 12, 31)),
        ("Medborgarlöfte i Ljungby kommun 2017–2018.", (2017, 1, 1), (2018, 12, 31)),
        ("gäller 2017-2018", (2017, 1, 1), (2018, 12, 31)),
        ("löftet 2025–2027", (2025, 1, 1), (2027, 12, 31)),
        ("Perioden är 2018-07-01—2020-06-30.", (2018, 7, 1), (2020, 6, 30)),
        ("gäller 1 juni 2022–31 december 2023", (2022, 6, 1), (2023, 12, 31)),
        ("Medborgarlöfte 170101–181231", (2017, 1, 1), (2018, 12, 31)),
        ("under juli 2018 – juni 2020", (2018, 7, 1), (2020, 6, 30)),
        ("sommarlöfte juni–augusti 2024", (2024, 6, 1), (2024, 8, 31)),
        ("15 juni – 31 augusti 2024", (2024, 6, 15), (2024, 8, 31)),
        ("februari 2024 till januari 2025", (2024, 2, 1), (2025, 1, 31)),
    ],
)
def test_every_period_form_is_read_as_its_dates(written, start, end):
    assert parse.parse_period(written) == (datetime.date(*start), datetime.date(*end))


@pytest.mark.parametrize(
    "written", ["Sedan 2005 har vi mätt tryggheten", "trygghetsmätningen 2016", "i januari 2016"]
)
def test_a_year_that_is_not_the_pledges_period_is_not_read_as_one(written):
    assert parse.parse_period(written) is None


def test_the_period_is_the_one_the_pledge_states_not_an_earlier_years_situation():
    blocks = parse.blocks_of(
        "Medborgarlöfte i Ljungby kommun 2017-2018.\n\nUnder 2015 - 2016 har brotten minskat."
    )
    found = parse.find_period(blocks)
    assert found.value == (datetime.date(2017, 1, 1), datetime.date(2018, 12, 31))
    assert found.line == 1 and found.quote == "2017-2018"


def test_page_chrome_is_removed_and_the_pledge_kept():
    pasted = (
        "Javascript är inte påslaget i din webbläsare. Vi rekommenderar att javacsript är "
        "aktiverat.\r\nSök på polisen.se\r\n\r\nMedborgarlöfte i Ljungby\n\xa0\n\nDokument\n\n"
        "Till toppen\n"
    )
    assert text.clean(pasted) == "Medborgarlöfte i Ljungby"


def test_a_chrome_word_inside_a_sentence_stays():
    assert text.clean("Dokument som rör löftet finns hos kommunen.") == (
        "Dokument som rör löftet finns hos kommunen."
    )


@pytest.mark.parametrize(
    ("promise", "responsible", "other_party"),
    [
        ("Polisen lovar att genomföra trygghetsvandringar.", "polisen", ""),
        ("Kommunen lovar att sätta upp belysning.", "kommunen", ""),
        ("Polisen och kommunen lovar att hålla medborgardialoger.", "gemensamt", ""),
        ("Kommunen ska i samverkan med polisen starta ett råd.", "gemensamt", ""),
        (
            "Kommunen ska i samverkan med polisen och näringslivet starta ett nätverk.",
            "gemensamt",
            "näringslivet",
        ),
        ("Sätta upp kameror vid resecentrum (Bostadsbolaget AB).", "annan", "Bostadsbolaget AB"),
        ("Genomföra informationsträffar (polisen).", "polisen", ""),
        ("Ökad polisiär närvaro på otrygga platser.", "polisen", ""),
        ("Att genomföra dialogmöten i hela kommunen", "ej_angivet", ""),
        ("Fortsätta arbetet med EST (Effektiv samordning för trygghet)", "ej_angivet", ""),
    ],
)
def test_who_carries_a_promise_comes_from_its_own_words(promise, responsible, other_party):
    found = parse.parse_responsible(promise)
    assert (found[0], found[1]) == (responsible, other_party)


def test_a_countable_target_is_read_with_its_unit_and_per():
    assert parse.parse_target("att genomföra minst 2 trygghetsvandringar per år")[:3] == (
        2,
        "trygghetsvandringar",
        "ar",
    )
    assert parse.parse_target("minst tre medborgardialoger under perioden")[:3] == (
        3,
        "medborgardialoger",
        "period",
    )
    assert parse.parse_target("att vid behov genomföra riktade insatser") is None


@pytest.mark.parametrize(
    ("sentence", "cadence"),
    [
        ("Uppföljning av medborgarlöftet kommer att ske kvartalsvis.", "kvartal"),
        ("Uppföljning sker årligen och publiceras.", "arligen"),
        ("Löftet följs upp varje tertial.", "tertial"),
        ("Uppföljningen görs två gånger per år.", "halvar"),
        ("Medborgarlöftet förnyas årligen.", None),
        ("Uppföljning MedborgarlöfteVaggeryd, tertial 3 2020", None),
    ],
)
def test_the_follow_up_cadence_comes_from_a_sentence_about_follow_up(sentence, cadence):
    found = parse.parse_cadence(sentence)
    assert (found[0] if found else None) == cadence


def test_signatories_in_lines_with_a_glued_title():
    block = parse.Block(1, ["Ljungby kommun", "Magnus GunnarssonKommunstyrelsens ordförande"])
    [person] = parse.find_signatories(block)
    assert (person.name, person.title, person.side, person.organisation) == (
        "Magnus Gunnarsson",
        "Kommunstyrelsens ordförande",
        "kommun",
        "Ljungby kommun",
    )


def test_signatories_in_two_columns():
    block = parse.Block(
        3,
        [
            "Älmhults kommun \xa0Polismyndigheten",
            "Elizabeth Peltola Roger Olsson",
            "Kommunstyrelsens ordförande Lokalpolisområdeschef",
        ],
    )
    people = parse.find_signatories(block)
    assert [(p.name, p.title, p.side, p.organisation) for p in people] == [
        ("Elizabeth Peltola", "Kommunstyrelsens ordförande", "kommun", "Älmhults kommun"),
        ("Roger Olsson", "Lokalpolisområdeschef", "polis", "Polismyndigheten"),
    ]


def test_a_quote_naming_a_person_is_no_signature():
    quote = "— Bra samarbete, säger Tobias Pettersson, kommunstyrelsens ordförande."
    assert parse.find_signatories(parse.Block(1, [quote])) == []
    caption = "Anders Sund, lokalpolisområdeschef och Tobias Pettersson, kommunchef"
    assert [p.name for p in parse.find_signatories(parse.Block(1, [caption]))] == [
        "Anders Sund",
        "Tobias Pettersson",
    ]


def test_signing_place_and_date():
    assert parse.parse_place_and_date("Älmhult 2020-11-30") == (
        "Älmhult",
        datetime.date(2020, 11, 30),
    )
    assert parse.parse_place_and_date("Borås den 3 maj 2024") == (
        "Borås",
        datetime.date(2024, 5, 3),
    )
    signed = parse.parse_signed_in_text("Idag, måndag 22 april, undertecknade kommunen", 2024)
    assert signed[0] == datetime.date(2024, 4, 22) and signed[2] is False


@pytest.mark.parametrize(
    ("promise", "responsible", "other_party"),
    [
        ("Kommunen ska i samverkan med Kalmarhem erbjuda kurser.", "kommunen", "Kalmarhem"),
        ("Polisen ska i samverkan med Länstrafiken göra kontroller.", "polisen", "Länstrafiken"),
        (
            "Polisen och stadsdelsförvaltningen ska tillsammans med Stockholmshem genomföra "
            "trygghetsvandringar.",
            "gemensamt",
            "Stockholmshem",
        ),
        ("Stadsdelsförvaltningen ska anställa två fältassistenter.", "kommunen", ""),
        ("Fritidsgårdarna håller öppet till kl. 23.", "kommunen", ""),
        ("Polisen och kommunerna lovar att:", "gemensamt", ""),
        (
            "Tillsammans med Vimmerbybostäder lovar kommunen att rusta upp gångvägen.",
            "kommunen",
            "Vimmerbybostäder",
        ),
        (
            "Hålla trygghetsvandringar (polisen, kommunerna och fastighetsägare)",
            "gemensamt",
            "fastighetsägare",
        ),
    ],
)
def test_who_carries_a_promise_in_other_common_forms(promise, responsible, other_party):
    found = parse.parse_responsible(promise)
    assert (found[0], found[1]) == (responsible, other_party)


@pytest.mark.parametrize(
    ("written", "target"),
    [
        (
            "hålla minst 6 informationsträffar om bedrägerier för äldre under året",
            (6, "informationsträffar", "ar"),
        ),
        ("minst 10 trafikkontroller vid skolorna under året", (10, "trafikkontroller", "ar")),
        (
            "minst 20 riktade insatser mot narkotika under perioden",
            (20, "riktade insatser", "period"),
        ),
        ("genomföra två trafikinsatser per år på väg 40", (2, "trafikinsatser", "ar")),
        ("besöka varje skola minst en gång per termin", None),
        ("sedan 2005 per år", None),
    ],
)
def test_a_target_counts_the_noun_and_reads_a_bare_count(written, target):
    found = parse.parse_target(written)
    assert (found[:3] if found else None) == target


def test_promises_written_as_sentences_one_a_line():
    block = parse.Block(
        4,
        [
            "Polisen lovar att genomföra trygghetsvandringar.",
            "Vi lovar att hålla informationsträffar",
            "för äldre.",
            "Kommunen ska i samverkan med Kalmarhem erbjuda kurser.",
        ],
    )
    assert [line for line, _ in parse.promise_lines(block)] == [4, 5, 7]
    assert parse.promise_lines(block)[1][1] == "Vi lovar att hålla informationsträffar för äldre."
    assert parse.promise_lines(parse.Block(1, ["Bakgrund: polisen lovar att …"])) == []


def test_a_promise_heading_written_straight_above_its_promises_is_split_off():
    blocks = parse.blocks_of("Våra löften\nPolisen lovar att synas.\nKommunen lovar att lysa.")
    assert [b.text for b in blocks] == [
        "Våra löften",
        "Polisen lovar att synas. Kommunen lovar att lysa.",
    ]
    assert len(parse.blocks_of("Bakgrund\nPolisen lovar att synas.")) == 1


def test_we_promise_is_the_givers_promise_only_when_the_givers_are_named():
    assert (
        parse._item_default("Vi lovar att ses", ("ej_angivet", "", ""), "Polisen och kommunen")[0]
        == "gemensamt"
    )
    assert parse._item_default("Vi lovar att ses", ("ej_angivet", "", ""), "")[0] == "ej_angivet"


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        (
            ["Anna Lind", "Lokalpolisområdeschef, Lokalpolisområde Kalmar"],
            [("Anna Lind", "Lokalpolisområdeschef", "polis", "Lokalpolisområde Kalmar")],
        ),
        (
            ["Stadsdelsdirektör", "Maria Ekström"],
            [("Maria Ekström", "Stadsdelsdirektör", "kommun", "")],
        ),
        (
            [
                "Karin Holmberg, kommunstyrelsens ordförande, Gislaveds kommun",
                "Eva Berg, kommunchef",
            ],
            [
                ("Karin Holmberg", "Kommunstyrelsens ordförande", "kommun", "Gislaveds kommun"),
                ("Eva Berg", "Kommunchef", "kommun", ""),
            ],
        ),
    ],
)
def test_signatories_in_other_common_layouts(lines, people):
    found = parse.find_signatories(parse.Block(1, lines))
    assert [(p.name, p.title, p.side, p.organisation) for p in found] == people


def test_a_follow_up_written_with_vi_foljer_upp():
    assert parse.parse_cadence("Vi följer upp löftet efter varje tertial.")[0] == "tertial"


def test_several_municipalities_and_a_district(db):
    document = text.clean(
        "Medborgarlöfte för Rosengård\n\nMalmö stad och polisen lovar för 2024, i stadsdelen "
        "Rosengård i Malmö kommun.\n\nKommunerna Öckerö, Tjörn och Stenungsund samverkar."
    )
    extraction = parse.parse(document, parse.Gazetteer.from_db())
    codes = {found.value for found in extraction.municipalities}
    assert codes == {"1280", "1407", "1419", "1415"}
    assert extraction.district.value == "Rosengård"


ROSENGARD = """Medborgarlöfte Rosengård 2018-07-01—2020-06-30

Malmö stad och polisen ger detta medborgarlöfte för stadsdelen Rosengård i Malmö kommun.

Lägesbild

Otryggheten är hög kring torget på kvällstid.

Narkotika

Polisen lovar att:
• genomföra minst 4 riktade narkotikainsatser per år
• vara synlig vid torget på fredagskvällar

Kommunen lovar att:
1. sätta upp bättre belysning i parken
2. anordna minst 2 trygghetsvandringar per år (MKB Fastighets AB)

Uppföljning

Löftet följs upp varje tertial och redovisas på malmo.se.

Malmö den 3 maj 2018

Katrin Stjernfeldt Jammeh, kommunstyrelsens ordförande och Stefan Sintéus, lokalpolisområdeschef
"""


def test_a_district_pledge_with_promises_by_actor(db):
    extraction = parse.parse(text.clean(ROSENGARD), parse.Gazetteer.from_db())
    assert [found.value for found in extraction.municipalities] == ["1280"]
    assert extraction.district.value == "Rosengård"
    assert extraction.period.value == (datetime.date(2018, 7, 1), datetime.date(2020, 6, 30))
    assert (extraction.signed_place.value, extraction.signed_on.value) == (
        "Malmö",
        datetime.date(2018, 5, 3),
    )
    assert [(a.heading, a.responsible, a.other_party, a.target) for a in extraction.actions] == [
        ("Narkotika", "polisen", "", (4, "riktade narkotikainsatser", "ar")),
        ("Narkotika", "polisen", "", None),
        ("Narkotika", "kommunen", "", None),
        ("Narkotika", "kommunen", "MKB Fastighets AB", (2, "trygghetsvandringar", "ar")),
    ]
    assert extraction.cadence.value == "tertial"
    assert extraction.published_where.value == "malmo.se"
    assert [s.name for s in extraction.signatories] == [
        "Katrin Stjernfeldt Jammeh",
        "Stefan Sintéus",
    ]
    assert [b.text for b in extraction.sections["situation"]] == [
        "Otryggheten är hög kring torget på kvällstid."
    ]
    assert extraction.unplaced == []


# The five seed documents --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_measuring_command_prints_field_figures_for_the_seeds(capsys):
    call_command("measure_importer")
    printed = capsys.readouterr().out
    with capsys.disabled():
        print("\nmeasure_importer, de fem exempeldokumenten:\n" + printed)
    overall = printed.splitlines()[-1] if "saknas" not in printed else ""
    assert printed.splitlines()[0].split()[:2] == ["fält", "väntat"]
    assert overall.split()[-2:] == ["1.00", "1.00"], printed


@pytest.mark.django_db
def test_the_measuring_command_prints_field_figures_for_the_held_out_documents(capsys):
    """Documents in other styles than the seeds: a floor the rules reach, not perfection."""
    heldout = measure.HELDOUT
    call_command("measure_importer", str(heldout), str(heldout / "expected.json"))
    printed = capsys.readouterr().out
    with capsys.disabled():
        print("\nmeasure_importer, de utelämnade dokumenten (heldout/):\n" + printed)
    overall = next(line for line in printed.splitlines() if line.startswith("totalt"))
    precision, recall = (float(figure) for figure in overall.split()[-2:])
    assert precision >= 0.95 and recall >= 0.95, printed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_seed_document_becomes_a_draft_with_the_expected_fields(name, national):
    pledge, extraction = create_draft_from_document(text=seed(name), user=national)
    pledge = Pledge.objects.get(pk=pledge.pk)
    assert pledge.status == Pledge.Status.DRAFT and pledge.published_at is None
    found = measure.pledge_fields(pledge)
    expected = EXPECTED[name]
    for field in ["municipalities", "period", "signed_on", "cadence"]:
        assert found[field] == expected[field], field
    assert found["signatories"] == expected["signatories"]
    assert [(a["responsible"], a["targets"]) for a in found["actions"]] == [
        (a["responsible"], [{k: t[k] for k in ("count", "unit", "per")} for t in a["targets"]])
        for a in expected["actions"]
    ]
    # Each field shows where in the text it came from.
    sources = {source["field"] for source in pledge.import_sources}
    assert {"Kommun", "Period", "Åtgärd 1"} <= sources
    assert all(s["quote"] for s in pledge.import_sources if s["field"] == "Kommun")


def test_nothing_in_a_seed_document_is_lost(national):
    pledge, _ = create_draft_from_document(text=seed("ljungby-2017-2018.txt"), user=national)
    assert "Under åren 2017-2018 ska en kontinuerlig samverkan" in pledge.import_notes
    assert "Till toppen" not in pledge.import_notes
    assert pledge.signed_place == "Ljungby"
    assert pledge.police_area.slug == "ljungby"
    svenljunga, _ = create_draft_from_document(text=seed("svenljunga-2019.txt"), user=national)
    assert (svenljunga.contact_name, svenljunga.contact_email, svenljunga.contact_phone) == (
        "Annika Stomberg",
        "annika.stomberg@polisen.se",
        "0725-877431 (kontorstid)",
    )
    assert "trygghetsundersökning" in svenljunga.actions.last().text


def test_methods_and_focus_areas_are_linked(national):
    pledge, _ = create_draft_from_document(text=seed("almhult-2021.txt"), user=national)
    methods = [sorted(m.slug for m in action.methods.all()) for action in pledge.actions.all()]
    assert ["bo-tryggt-2030"] in methods and ["grannsamverkan"] in methods
    assert [a.heading for a in pledge.actions.all()][:3] == ["Samverkan", "Samverkan", "Synlighet"]
    vaggeryd, _ = create_draft_from_document(text=seed("vaggeryd-2023.txt"), user=national)
    assert {"narkotika", "bedragerier", "trafiksakerhet"} <= {
        f.slug for f in vaggeryd.focus_areas.all()
    }
    assert "Förbättrad" in vaggeryd.import_notes


# Files ----------------------------------------------------------------------------------------


def docx_bytes(document_text):
    import docx

    document = docx.Document()
    for block in document_text.split("\n\n"):
        lines = block.split("\n")
        for line in lines:
            bullet = parse.BULLET.match(line)
            if bullet:
                document.add_paragraph(bullet[1], style="List Bullet")
            elif line.strip():
                document.add_paragraph(line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(document_text):
    from fpdf import FPDF

    pdf = FPDF(format="A3")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=7)
    for line in document_text.split("\n"):
        pdf.multi_cell(0, 4, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def fields_of(raw):
    return measure.extraction_fields(parse.parse(text.clean(raw), parse.Gazetteer.from_db()))


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["ljungby-2017-2018.txt", "almhult-2021.txt"])
def test_a_docx_imports_like_the_same_text(name):
    raw = seed(name)
    assert fields_of(readers.read_docx(docx_bytes(text.clean(raw)))) == fields_of(raw)


@pytest.mark.django_db
@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu font to write Swedish in a PDF")
@pytest.mark.parametrize("name", ["ljungby-2017-2018.txt", "vaggeryd-2023.txt"])
def test_a_pdf_imports_like_the_same_text(name):
    raw = seed(name)
    assert fields_of(readers.read_pdf(pdf_bytes(text.clean(raw)))) == fields_of(raw)


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("loftet.docx", b"PK\x03\x04 inte ett riktigt dokument", "Word-dokument"),
        ("loftet.pdf", b"%PDF-1.4 trasig", "PDF"),
        ("loftet.odt", b"hej", ".txt, .docx eller .pdf"),
    ],
)
def test_a_corrupt_or_unknown_file_gives_a_clear_error(filename, content, message):
    with pytest.raises(ValidationError) as error:
        readers.read_upload(SimpleUploadedFile(filename, content))
    assert message in error.value.messages[0]


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 10)
    with pytest.raises(ValidationError, match="för stor"):
        readers.read_upload(SimpleUploadedFile("loftet.txt", b"x" * 11))


# Permissions and drafts -----------------------------------------------------------------------


def test_the_result_is_a_draft_even_for_a_publisher_with_history(world):
    publisher = world["users"][PUBLISHER_A]
    pledge, _ = create_draft_from_document(text=seed("ljungby-2017-2018.txt"), user=publisher)
    assert pledge.status == Pledge.Status.DRAFT and not pledge.is_published
    assert pledge.history.first().history_user == publisher
    assert pledge.actions.first().history.first().history_user == publisher


def test_staff_of_another_municipality_are_refused_in_swedish(world):
    with pytest.raises(ValidationError) as error:
        create_draft_from_document(text=seed("ljungby-2017-2018.txt"), user=world["users"][STAFF_B])
    assert error.value.messages == [
        "Dokumentet gäller Ljungby. Du kan bara skapa löften för dina egna organisationer."
    ]
    assert not Pledge.objects.filter(title="Medborgarlöfte i Ljungby").exists()


def test_staff_without_an_organisation_get_nothing(world):
    with pytest.raises(PermissionDenied):
        create_draft_from_document(text=seed("ljungby-2017-2018.txt"), user=world["users"][NO_ORG])


def test_another_municipality_named_in_the_document_is_left_out_and_noted(world):
    document = seed("ljungby-2017-2018.txt").replace(
        "Medborgarlöfte i Ljungby kommun 2017-2018.",
        "Medborgarlöfte i Ljungby kommun och Värnamo kommun 2017-2018.",
    )
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert [m.slug for m in pledge.municipalities.all()] == ["ljungby"]
    assert "Dokumentet nämner också Värnamo" in pledge.import_notes


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("", "Texten är tom eller för kort"),
        ("asdf qwerty " * 20, "Texten ser inte ut som ett medborgarlöfte"),
        (
            "Polisen lovar att hålla trygghetsvandringar under 2024 i hela länet. " * 2,
            "ingen kommun",
        ),
        ("Ljungby kommun och polisen lovar att arbeta för trygghet tillsammans.", "ingen period"),
    ],
)
def test_garbage_or_empty_text_gives_a_clear_swedish_error(world, document, message):
    with pytest.raises(ValidationError) as error:
        create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert message in error.value.messages[0]


def test_importing_twice_is_refused_with_the_existing_pledge_named(national):
    create_draft_from_document(text=seed("svenljunga-2019.txt"), user=national)
    with pytest.raises(ValidationError, match="har redan ett löfte för 2019"):
        create_draft_from_document(text=seed("svenljunga-2019.txt"), user=national)


# The admin ------------------------------------------------------------------------------------


def test_the_change_list_offers_the_document_import(client, world):
    response = client_for(client, world, EDITOR_A).get(reverse("admin:pledges_pledge_changelist"))
    assert reverse(IMPORT_URL).encode() in response.content
    assert "Importera dokument" in response.text


def test_pasting_a_seed_in_the_admin_makes_a_draft_to_check(client, world):
    client = client_for(client, world, EDITOR_A)
    form = client.get(reverse(IMPORT_URL))
    assert '<label for="id_text">' in form.text and '<label for="id_file">' in form.text
    document = seed("ljungby-2017-2018.txt")
    response = client.post(reverse(IMPORT_URL), {"text": document}, follow=True)
    pledge = Pledge.objects.get(title="Medborgarlöfte i Ljungby")
    assert response.redirect_chain[-1][0] == reverse(
        "admin:pledges_pledge_change", args=[pledge.pk]
    )
    assert "4 åtgärder" in response.text and "2 undertecknare" in response.text
    assert "Var i texten fälten hittades" in response.text
    assert "<q>minst 2 trygghetsvandringar per år</q>" in response.text
    assert "Under åren 2017-2018 ska en kontinuerlig samverkan" in response.text  # the notes
    assert pledge.status == Pledge.Status.DRAFT


def test_uploading_a_docx_in_the_admin(client, world):
    upload = SimpleUploadedFile(
        "ljungby.docx", docx_bytes(text.clean(seed("ljungby-2017-2018.txt")))
    )
    response = client_for(client, world, EDITOR_A).post(reverse(IMPORT_URL), {"file": upload})
    pledge = Pledge.objects.get(title="Medborgarlöfte i Ljungby")
    assert response.status_code == 302 and pledge.actions.count() == 4
    assert "ljungby.docx" in pledge.source_note


def test_a_corrupt_upload_in_the_admin_shows_the_error_not_a_500(client, world):
    upload = SimpleUploadedFile("loftet.pdf", b"%PDF-1.4 trasig")
    response = client_for(client, world, EDITOR_A).post(reverse(IMPORT_URL), {"file": upload})
    assert response.status_code == 200
    assert "Filen kunde inte läsas som en PDF" in response.text


def test_an_outsiders_document_in_the_admin_shows_the_refusal(client, world):
    response = client_for(client, world, STAFF_B).post(
        reverse(IMPORT_URL), {"text": seed("ljungby-2017-2018.txt")}
    )
    assert response.status_code == 200
    assert "Du kan bara skapa löften för dina egna organisationer" in response.text


def test_nothing_given_in_the_admin_asks_for_a_text_or_file(client, world):
    response = client_for(client, world, EDITOR_A).post(reverse(IMPORT_URL), {"text": " "})
    assert "Klistra in löftets text eller välj en fil." in response.text


@pytest.mark.parametrize("who", [NO_ORG])
def test_staff_without_an_organisation_cannot_open_the_import(client, world, who):
    response = client_for(client, world, who).get(reverse(IMPORT_URL))
    assert response.status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(reverse(IMPORT_URL))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_import_document_command_makes_a_draft(world, tmp_path):
    path = tmp_path / "ljungby.txt"
    path.write_text(seed("ljungby-2017-2018.txt"), encoding="utf-8")
    out = io.StringIO()
    call_command("import_document", str(path), user=EDITOR_A, stdout=out)
    assert (
        "Utkastet ”Medborgarlöfte i Ljungby” (2017–2018) är skapat med 4 åtgärder" in out.getvalue()
    )
    with pytest.raises(CommandError, match="Du kan bara skapa löften"):
        call_command("import_document", str(path), user=STAFF_B, stdout=out)
