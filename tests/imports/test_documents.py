"""Document import: pasted text or a .txt/.docx/.pdf file becomes a draft pledge."""

import datetime
import io
import json
import os
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from imports.documents import measure, readers, text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.structure import BULLET
from imports.documents.services import AlreadyImported, create_draft_from_document
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


# Cleaning -------------------------------------------------------------------------------------


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


def test_several_municipalities_and_a_district(db):
    document = text.clean(
        "Medborgarlöfte för Rosengård\n\nMalmö stad och polisen lovar för 2024, i stadsdelen "
        "Rosengård i Malmö kommun.\n\nKommunerna Öckerö, Tjörn och Stenungsund samverkar."
    )
    extraction = pipeline.read(document, Gazetteer.from_db())
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
    extraction = pipeline.read(text.clean(ROSENGARD), Gazetteer.from_db())
    assert [found.value for found in extraction.municipalities] == ["1280"]
    assert extraction.district.value == "Rosengård"
    assert extraction.period.value == ("2018-07-01", "2020-06-30")
    assert (extraction.signed_place.value, extraction.signed_on.value) == ("Malmö", "2018-05-03")
    assert [
        (a.heading, a.responsible, a.other_party, [t.as_dict() for t in a.targets])
        for a in extraction.actions
    ] == [
        (
            "Narkotika",
            "polisen",
            "",
            [{"count": 4, "unit": "narkotikainsatser", "per": "ar", "scope": ""}],
        ),
        ("Narkotika", "polisen", "", []),
        ("Narkotika", "kommunen", "", []),
        (
            "Narkotika",
            "kommunen",
            "MKB Fastighets AB",
            [{"count": 2, "unit": "trygghetsvandringar", "per": "ar", "scope": ""}],
        ),
    ]
    assert extraction.parties[0].value == {"name": "MKB Fastighets AB", "role": "medverkar"}
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
    overall = next(line for line in printed.splitlines() if line.startswith("totalt"))
    assert printed.splitlines()[0].split()[:2] == ["fält", "väntat"]
    precision, recall = (float(figure) for figure in overall.split()[-2:])
    assert precision >= 0.95 and recall >= 0.95, printed


@pytest.mark.django_db
def test_the_real_documents_read_at_the_figures_reached_and_the_holdout_part_is_only_printed(
    capsys,
):
    """The dev corpus (corpus/dev) has a floor at what the readers reach; the holdout part
    (corpus/holdout) is read but only its overall table is printed, with no floor."""
    gazetteer = Gazetteer.from_db()

    def read(raw):
        return measure.read_fields(raw, gazetteer)

    dev_scores, _, dev_sure = measure.measure_folder(
        measure.DEV, measure.DEV / "expected.json", read
    )
    dev_table = measure.table(dev_scores)
    with capsys.disabled():
        print("\nDokumentläsaren, corpus/dev:")
        print("\n".join(dev_table))
        print("\n".join(measure.certainty_lines(dev_sure)))
    # The holdout part is read only when MEASURE_ALL=1 (CI sets it): a figure seen after
    # every local change would be one the rules were tuned against.
    if os.environ.get("MEASURE_ALL"):
        holdout_scores, _, holdout_sure = measure.measure_folder(
            measure.HOLDOUT, measure.HOLDOUT / "expected.json", read
        )
        with capsys.disabled():
            print("\nDokumentläsaren, corpus/holdout (bara mätt, ingen gräns):")
            print("\n".join(measure.table(holdout_scores)))
            print("\n".join(measure.certainty_lines(holdout_sure)))
    precision, recall = measure.overall(dev_scores)
    # At what the readers reach on the 382 texts (0.946 / 0.918). Each batch joined as unseen
    # texts read once before any rule was written for them. The sixth round (fu5, prose6, par2
    # and two representative samples, rand6a and rand6b; first runs 0.75 / 0.58, 0.82 / 0.66,
    # 0.74 / 0.66, 0.70 / 0.72 and 0.76 / 0.81) follows the fifth (fu4, tgt4, sig3, prom5: 0.74 /
    # 0.65, 0.87 / 0.83, 0.79 / 0.61, 0.77 / 0.80), which left dev at 0.942 / 0.920 on 298. The
    # 23 texts of the third measured-only part, which joined dev after their third measurement
    # (0.77 / 0.71), and the fourth round's batches (resp3, fu3, tgt3, prom4, per4: 61 texts) had
    # lowered it from 0.96 / 0.955 on 167 (the second round, batches tgt2 and sig2, from 0.98 /
    # 0.97 on 132). The seventh round (rand7a, rand7b, sig4, fu6: first runs 0.89 / 0.71, 0.83 /
    # 0.82, 0.91 / 0.82, 0.64 / 0.75) left the figure where it was, and so did the eighth and
    # ninth (rd8a, rd8b, rd9, rd10: 0.74 / 0.74, 0.78 / 0.80, 0.83 / 0.75, 0.83 / 0.77), after
    # which the 422 texts read 0.951 / 0.926; with four reading conventions settled and 20
    # promises and 6 targets corrected in their expectations, 0.952 / 0.928, and 0.954 / 0.937
    # after the readers' rules by grammar. The fourth measured-only part (35 texts, last read
    # 0.88 / 0.83) then joined dev: 457 texts at 0.948 / 0.929, and 0.966 / 0.957 after the
    # next day's rules. 80 real pages first met that day then joined: 56 from 52 municipalities
    # (first run 0.83 / 0.78, the same after the rules from dev's misses) and 24 collected after
    # all the day's rules (0.76 / 0.70 with the readers before them, 0.78 / 0.74 after): 537
    # texts at 0.953 / 0.936. Thirty more pages first met later that day (15 from the north, 15
    # from the south; first runs 0.87 / 0.83 and 0.81 / 0.73) joined after them: 567 texts at
    # 0.947 / 0.928.
    assert precision >= 0.94 and recall >= 0.92, "\n".join(dev_table)


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
        (a["responsible"], [{"scope": "", **t} for t in a["targets"]]) for a in expected["actions"]
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
            bullet = BULLET.match(line)
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
    return pipeline.read(text.clean(raw), Gazetteer.from_db()).as_fields()


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
    ],
)
def test_garbage_or_empty_text_gives_a_clear_swedish_error(world, document, message):
    with pytest.raises(ValidationError) as error:
        create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert message in error.value.messages[0]


def test_a_document_naming_no_municipality_becomes_a_draft_for_the_staff_members_own(world):
    document = (
        "Medborgarlöfte\n\nPolisen och kommunen lovar att under 2031:\n\n"
        "• genomföra minst 4 trygghetsvandringar per år\n• synas i centrum"
    )
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert [m.slug for m in pledge.municipalities.all()] == ["ljungby"]
    assert "Osäkert: texten nämner ingen kommun" in pledge.import_notes


def test_a_document_naming_no_municipality_is_refused_for_staff_of_no_single_organisation(
    national,
):
    document = "Medborgarlöfte\n\nPolisen och kommunen lovar att under 2024:\n\n• synas"
    with pytest.raises(ValidationError, match="ingen kommun"):
        create_draft_from_document(text=document, user=national)


def test_a_document_stating_only_the_start_becomes_a_draft_shown_as_written(world):
    """The missing half stays empty and the page says what the text said; nothing invented."""
    document = "Ljungby kommun och polisen lovar att:\n\n• synas i centrum\n\nGäller från maj 2024."
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    pledge.refresh_from_db()
    assert (pledge.start_date, pledge.end_date) == (datetime.date(2024, 5, 1), None)
    assert pledge.start_precision == "manad"
    assert pledge.period_label == "från maj 2024"
    assert "Osäkert: texten anger bara början av perioden" in pledge.import_notes


def test_a_document_stating_no_period_becomes_a_draft_with_the_period_flagged(world):
    document = "Ljungby kommun och polisen lovar att arbeta för trygghet tillsammans."
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    pledge.refresh_from_db()
    assert pledge.status == Pledge.Status.DRAFT
    assert (pledge.start_date, pledge.end_date) == (None, None)
    assert pledge.period_label == "period ej angiven"
    assert "Osäkert: texten anger ingen period" in pledge.import_notes


def test_a_count_in_a_pledge_with_no_period_is_flagged_with_the_span_it_took(world):
    document = (
        "Ljungby kommun och polisen lovar att:\n\n• genomföra minst fyra trygghetsvandringar\n"
        "• under året hålla minst två dialogmöten"
    )
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    pledge.refresh_from_db()
    assert "Osäkert: löfte 1, mål ”minst fyra trygghetsvandringar”: perioden står inte" in (
        pledge.import_notes
    )
    assert "räknas per år" in pledge.import_notes


def test_a_follow_up_is_never_turned_into_a_pledge(world):
    document = (
        "Uppföljning av medborgarlöftet 2031 i Ljungby kommun\n\n"
        "• 303 trafikkontroller genomfördes.\n• 12 trygghetsvandringar har genomförts."
    )
    with pytest.raises(ValidationError) as error:
        create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert error.value.code == "followup" and "uppföljning" in error.value.messages[0]
    assert not Pledge.objects.filter(start_date__year=2031).exists()


def test_what_the_reader_is_unsure_of_is_flagged_in_swedish(world):
    document = (
        "Medborgarlöfte Ljungby kommun 2031\n\nPolisen lovar att:\n\n"
        "• genomföra minst 4 trygghetsvandringar per år och minst 2 dialogmöten per vecka\n"
        "• återkoppla inom 24 timmar"
    )
    pledge, extraction = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert "Osäkert: texten säger inte uttryckligen vem som ger löftet" in pledge.import_notes
    # The heading's year is the period, and is not flagged (corpus/README.md, "How sure").
    period = next(s for s in pledge.import_sources if s["field"] == "Period")
    assert period["confidence"] == "säker"
    first, second = pledge.actions.all()
    assert [(t.count, t.unit, t.per) for t in first.targets.all()] == [
        (4, "trygghetsvandringar", "ar"),
        (2, "dialogmöten", "vecka"),
    ]
    assert second.deadline_label == "inom 24 timmar"


def test_a_promise_read_from_running_text_is_flagged_at_its_field_and_in_the_notes(world):
    document = (
        "Medborgarlöfte Ljungby kommun 2031\n\nPolisen lovar att:\n\n"
        "• genomföra minst 4 trygghetsvandringar per år\n"
        "• besöka varje skola en gång per termin\n\n"
        "Under hösten ska polisen dessutom genomföra en informationskampanj om bedrägerier."
    )
    pledge, _ = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert pledge.actions.count() == 3
    assert "Osäkert: antalet löften (3): löfte 3 lästes ur löptext" in pledge.import_notes
    sources = {source["field"]: source for source in pledge.import_sources}
    assert sources["Antal löften"]["confidence"] == "osäker"
    assert [sources[f"Åtgärd {n}"]["confidence"] for n in (1, 2, 3)] == [
        "säker",
        "säker",
        "osäker",
    ]
    assert "löptext" in sources["Åtgärd 3"]["doubt"]


def test_the_text_the_draft_was_read_from_is_kept_and_shown_by_the_lines_it_names(client, world):
    document = (
        "Medborgarlöfte  Ljungby kommun 2031\n\n\n\nPolisen lovar att:\n\n"
        "• genomföra minst 4 trygghetsvandringar per år\n\n"
        "Under hösten ska polisen dessutom genomföra en informationskampanj om bedrägerier."
    )
    pledge, _ = create_draft_from_document(
        text=document, user=world["users"][EDITOR_A], filename="ljungby.txt"
    )
    # The text as the import read it: the line each source names holds the source's words.
    lines = pledge.imported_text.lines
    third = next(s for s in pledge.import_sources if s["field"] == "Åtgärd 2")
    assert lines[third["line"] - 1].startswith("Under hösten ska polisen")
    assert pledge.imported_text.filename == "ljungby.txt"

    change = reverse("admin:pledges_pledge_change", args=[pledge.pk])
    html = client_for(client, world, EDITOR_A).get(change).content.decode()
    assert f"Visa texten som importen läste ({len(lines)} rader)" in html
    number = third["line"]
    assert f"<li id='rad-{number}'>Under hösten ska polisen" in html
    assert f"<td><a href='#rad-{number}'>{number}</a></td>" in html
    # Staff of another organisation never see it.
    outsider = client_for(client, world, STAFF_B).get(change)
    assert outsider.status_code in (302, 403, 404)
    assert "Under hösten ska polisen" not in outsider.content.decode()


def test_importing_the_same_text_again_asks_and_a_second_draft_at_the_address_is_refused(
    national,
):
    first, _ = create_draft_from_document(text=seed("svenljunga-2019.txt"), user=national)
    # The same text with other line breaks and page leftovers is the same text.
    again = (
        "Sök på polisen.se\n\n"
        + seed("svenljunga-2019.txt").replace("\n", "\r\n")
        + "\nTill toppen\n"
    )
    with pytest.raises(AlreadyImported) as asked:
        create_draft_from_document(text=again, user=national)
    assert asked.value.drafts == [first]
    with pytest.raises(ValidationError, match="har redan ett löfte för 2019"):
        create_draft_from_document(text=again, user=national, again=True)


def test_a_conflict_between_title_and_text_is_settled_by_the_exact_dates_and_flagged(world):
    document = (
        "Medborgarlöfte Ljungby kommun 2031–2032\n\nPerioden är 1 juli 2031 – 30 juni 2032.\n\n"
        "Polisen lovar att:\n\n• synas i centrum"
    )
    pledge, extraction = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    pledge.refresh_from_db()
    assert (pledge.start_date, pledge.end_date) == (
        datetime.date(2031, 7, 1),
        datetime.date(2032, 6, 30),
    )
    conflict = (
        "Motstridigt: rubriken anger perioden ”2031–2032” (rad 1) men texten ”1 juli 2031 – "
        "30 juni 2032” (rad 3); utkastet har den mer exakta. Kontrollera perioden."
    )
    assert pledge.import_notes.startswith(conflict)
    period = next(s for s in pledge.import_sources if s["field"] == "Period")
    assert period["conflict"] == conflict


def test_a_title_and_text_that_agree_raise_no_conflict(world):
    document = (
        "Medborgarlöfte Ljungby kommun 2031\n\nLöftet gäller under 2031.\n\n"
        "Polisen lovar att:\n\n• synas i centrum"
    )
    pledge, extraction = create_draft_from_document(text=document, user=world["users"][EDITOR_A])
    assert extraction.conflicts() == [] and "Motstridigt" not in pledge.import_notes


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


def test_the_draft_says_at_its_top_that_title_and_text_disagree_until_staff_settle_it(
    client, world
):
    client = client_for(client, world, EDITOR_A)
    document = (
        "Medborgarlöfte Ljungby kommun 2031–2032\n\nPerioden är 1 juli 2031 – 30 juni 2032.\n\n"
        "Polisen lovar att:\n\n• synas i centrum"
    )
    response = client.post(reverse(IMPORT_URL), {"text": document}, follow=True)
    page = response.text
    banner = page.index("Importen fann två olika uppgifter i texten:")
    assert banner < page.index('name="title"')  # above the form's first field
    assert "rubriken anger perioden ”2031–2032”" in page[banner : banner + 600]
    pledge = Pledge.objects.get(start_date=datetime.date(2031, 7, 1))
    # Staff remove the sentence from the notes once the period is checked: the banner goes.
    pledge.import_notes = ""
    pledge.save()
    page = client.get(reverse("admin:pledges_pledge_change", args=[pledge.pk])).text
    assert "Importen fann två olika uppgifter" not in page


def test_importing_the_same_text_again_in_the_admin_asks_before_a_second_draft(client, world):
    client = client_for(client, world, EDITOR_A)
    document = (
        "Medborgarlöfte i Ljungby kommun\n\nPolisen och kommunen lovar att:\n\n"
        "• synas i centrum\n• genomföra trygghetsvandringar"
    )
    client.post(reverse(IMPORT_URL), {"text": document})
    first = Pledge.objects.get(import_fingerprint__gt="")
    response = client.post(reverse(IMPORT_URL), {"text": document})
    assert response.status_code == 200
    assert Pledge.objects.filter(import_fingerprint=first.import_fingerprint).count() == 1
    page = response.text
    assert "Den här texten har redan importerats till ett utkast:" in page
    assert reverse("admin:pledges_pledge_change", args=[first.pk]) in page
    assert 'value="Skapa ett utkast till"' in page
    assert 'name="again" value="True"' in page and "synas i centrum" in page
    response = client.post(reverse(IMPORT_URL), {"text": document, "again": "True"})
    assert response.status_code == 302
    assert Pledge.objects.filter(import_fingerprint=first.import_fingerprint).count() == 2


def test_the_same_text_in_another_organisations_draft_is_not_named(client, world, national):
    document = (
        "Medborgarlöfte i Ljungby kommun\n\nPolisen och kommunen lovar att:\n\n"
        "• synas i centrum\n• genomföra trygghetsvandringar"
    )
    create_draft_from_document(text=document, user=national)
    response = client_for(client, world, STAFF_B).post(reverse(IMPORT_URL), {"text": document})
    assert "redan importerats" not in response.text


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
    with pytest.raises(CommandError, match="Texten har redan importerats till ”Medborgarlöfte"):
        call_command("import_document", str(path), user=EDITOR_A, stdout=out)
    with pytest.raises(CommandError, match="har redan ett löfte för 2017–2018"):
        call_command("import_document", str(path), user=EDITOR_A, igen=True, stdout=out)


def test_a_clash_with_another_organisations_draft_does_not_name_it(world, django_user_model):
    from municipalities.models import Membership, Municipality, PoliceArea

    national = django_user_model.objects.create_user("riks", is_staff=True, is_superuser=True)
    create_draft_from_document(text=seed("svenljunga-2019.txt"), user=national)
    Pledge.objects.filter(title__icontains="Svenljunga").update(
        title="Hemligt utkast", police_area=None
    )
    police = django_user_model.objects.create_user("polis", is_staff=True)
    svenljunga = Municipality.objects.get(slug="svenljunga")
    Membership.objects.create(user=police, police_area=svenljunga.police_areas.first())
    assert PoliceArea.objects.filter(municipalities=svenljunga).count() == 1
    with pytest.raises(ValidationError) as error:
        create_draft_from_document(text=seed("svenljunga-2019.txt"), user=police)
    assert "har redan ett löfte för 2019" in " ".join(error.value.messages)
    assert "Hemligt utkast" not in " ".join(error.value.messages)
