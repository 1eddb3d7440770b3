"""Uploads and pasted texts of the document imports within bounds: a Swedish message for each
file that is too big inside, made to expand, broken, or too long, never a 500; NUL removed."""

import io
import re
import struct
import sys
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from followups.models import FollowUpReport
from imports.documents import followup, readers, text
from imports.documents.reading import pipeline, promises
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.services import create_draft_from_document
from tests.conftest import EDITOR_A, client_for
from tests.imports.test_documents import FONT, SEEDS, docx_bytes, pdf_bytes, seed

IMPORT_URL = "admin:pledges_pledge_import_document"
FOLLOWUP_URL = "admin:pledges_pledge_import_followup"
LJUNGBY = "ljungby-2017-2018.txt"


def refusal(filename, content):
    with pytest.raises(ValidationError) as error:
        readers.read_upload(SimpleUploadedFile(filename, content))
    return error.value.messages[0]


def docx_with(replace=None, extra=None):
    """The Ljungby seed as a .docx, with members replaced or added: {name: bytes}."""
    original = zipfile.ZipFile(io.BytesIO(docx_bytes(text.clean(seed(LJUNGBY)))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in original.infolist():
            data = (replace or {}).get(item.filename, original.read(item))
            if data is not None:
                out.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return buffer.getvalue()


# .docx ---------------------------------------------------------------------------------------


def test_a_docx_that_unpacks_to_far_more_than_it_weighs_is_refused():
    bomb = docx_with(extra={"word/media/image1.bin": bytes(30 * 1024 * 1024)})
    assert len(bomb) < 100_000

    assert "för stort när det packas upp" in refusal("bomb.docx", bomb)


def test_a_docx_member_that_lies_about_its_size_is_refused():
    honest = docx_with(extra={"word/media/image1.bin": b"x" * 5000})
    # Make the central directory say 50 bytes: zipfile then stops there and the checksum fails.
    entry = honest.rindex(b"PK\x01\x02", 0, honest.rindex(b"word/media/image1.bin"))
    lying = honest[: entry + 24] + struct.pack("<I", 50) + honest[entry + 28 :]

    assert "kunde inte läsas som ett Word-dokument" in refusal("ljuger.docx", lying)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE w:document [
 <!ENTITY a "skratt">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"""


def test_a_docx_whose_xml_declares_entities_is_refused():
    bomb = docx_with(replace={"word/document.xml": BILLION_LAUGHS})

    assert "kunde inte läsas som ett Word-dokument" in refusal("skratt.docx", bomb)


@pytest.mark.parametrize(
    "content",
    [
        b"inte en zip alls",
        docx_with(replace={"word/document.xml": None}),
        docx_with(replace={"word/document.xml": b"<w:document><w:body><w:p>"}),
        docx_with(replace={"[Content_Types].xml": b"<Types"}),
    ],
    ids=["not-a-zip", "no-document", "broken-document-xml", "broken-content-types"],
)
def test_a_malformed_docx_gets_a_swedish_message(content):
    assert "kunde inte läsas som ett Word-dokument" in refusal("trasig.docx", content)


def test_a_malformed_docx_in_the_admin_is_no_500(client, world):
    upload = SimpleUploadedFile("trasig.docx", docx_with(replace={"word/document.xml": b"<w:"}))

    response = client_for(client, world, EDITOR_A).post(reverse(IMPORT_URL), {"file": upload})

    assert response.status_code == 200
    assert "kunde inte läsas som ett Word-dokument" in response.text


def test_a_docx_of_endless_empty_paragraphs_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_PARTS", 50)
    content = docx_with(
        replace={
            "word/document.xml": b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body>' + b"<w:p/>" * 51 + b"</w:body></w:document>"
        }
    )

    assert "för lång" in refusal("tom.docx", content)


# PDF -----------------------------------------------------------------------------------------


needs_font = pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu font")


@needs_font
def test_a_pdf_with_too_many_pages_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_PAGES", 1)
    content = pdf_bytes("\n".join(["Rad"] * 200))  # A3 at 4 mm a line: two pages

    assert "för många sidor" in refusal("lang.pdf", content)


@needs_font
def test_a_pdf_with_more_text_than_a_pledge_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_CHARACTERS", 1000)

    assert "för lång" in refusal("lang.pdf", pdf_bytes(text.clean(seed(LJUNGBY))))


# Text ----------------------------------------------------------------------------------------


def test_a_text_file_longer_than_any_pledge_is_refused():
    content = (seed(LJUNGBY) * 70).encode()
    assert len(content) < readers.MAX_BYTES

    assert "Texten är för lång för ett medborgarlöfte" in refusal("lang.txt", content)


@pytest.mark.parametrize(("url", "extra"), [(IMPORT_URL, {}), (FOLLOWUP_URL, {"pledge": ""})])
def test_a_pasted_text_longer_than_any_pledge_is_refused_in_the_admin(client, world, url, extra):
    response = client_for(client, world, EDITOR_A).post(
        reverse(url), {"text": "Medborgarlöfte. " * 13_000, **extra}
    )

    assert response.status_code == 200
    assert "som mest 200000 tecken" in response.text


def test_the_import_command_refuses_a_text_longer_than_any_pledge(world, tmp_path):
    path = tmp_path / "lang.txt"
    path.write_text(seed(LJUNGBY) * 70, encoding="utf-8")

    with pytest.raises(CommandError, match="för lång"):
        call_command("import_document", str(path), user=EDITOR_A, stdout=io.StringIO())


# NUL -----------------------------------------------------------------------------------------


def nul_in(document):
    return document.replace("Ljungby", "Ljung\x00by", 3)


def test_nul_in_a_text_file_is_removed():
    assert "\x00" not in readers.read_upload(
        SimpleUploadedFile("ljungby.txt", nul_in(seed(LJUNGBY)).encode())
    )


def test_nul_in_a_pasted_text_gets_a_swedish_message(client, world):
    response = client_for(client, world, EDITOR_A).post(
        reverse(IMPORT_URL), {"text": nul_in(seed(LJUNGBY))}
    )

    assert response.status_code == 200
    assert "Null-tecken är inte tillåtna." in response.text


def test_nul_in_text_given_to_the_import_itself_is_removed(world):
    pledge, _ = create_draft_from_document(
        text=nul_in(seed(LJUNGBY)), user=world["users"][EDITOR_A], filename="lj\x00.txt"
    )

    assert pledge.actions.count() == 4 and "\x00" not in pledge.source_note


def test_nul_in_an_uploaded_follow_up_is_removed(client, world):
    pledge = world["a_draft"]
    report = (
        "Uppföljning av medborgarlöftet i Ljungby 2024\n\n"
        "Vi har genomfört 3 trygghetsvandringar\x00 under året. Arbetet med "
        "föräldravandringar pågår och har gjorts 2 gånger."
    )
    upload = SimpleUploadedFile("uppf\x00oljning.txt", report.encode())

    response = client_for(client, world, EDITOR_A).post(
        reverse(FOLLOWUP_URL), {"file": upload, "pledge": str(pledge.uid)}
    )

    assert response.status_code == 302
    notes = [r.import_notes + r.title for r in FollowUpReport.objects.filter(pledge=pledge)]
    assert notes and not any("\x00" in note for note in notes)


# Reading grows with the text, not faster -----------------------------------------------------


def work_to_read(document, gazetteer):
    """Python and C function calls made reading the text: the same on every run, unlike time."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        pipeline.read(text.clean(document), gazetteer)
        followup.is_followup(document)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.django_db
def test_reading_twice_the_text_is_twice_the_work():
    gazetteer = Gazetteer.from_db()
    documents = "\n\n".join(seed(name) for name in sorted(p.name for p in SEEDS.glob("*.txt")))
    work_to_read(documents, gazetteer)  # patterns compiled once, outside the counts

    work = {copies: work_to_read(documents * copies, gazetteer) for copies in (20, 40)}

    assert work[40] / work[20] < 2.1, work


@pytest.mark.django_db
def test_a_long_line_of_police_areas_and_their_municipalities_is_read_in_linear_work():
    """Each name on the line is checked against the police areas' member lists, which are
    found once for the line, not once per name."""
    gazetteer = Gazetteer.from_db()
    unit = "Lokalpolisområde Ljungby (Ljungby kommun och Älmhults kommun), "
    work_to_read(unit, gazetteer)

    work = {copies: work_to_read(unit * copies, gazetteer) for copies in (200, 400)}

    assert work[400] / work[200] < 2.1, work


def explained_by_scanning(text, actions):
    """_explained_action as it was, scanning every action: what the index must agree with."""
    first = re.match(r"[\wåäöÅÄÖ]+", text)
    if not first or len(first[0]) < 6:
        return None
    word = first[0].lower()
    for action in actions:
        for candidate in re.findall(r"[\wåäö]{6,}", action.text.lower()):
            if word.startswith(candidate) or candidate.startswith(word):
                return action
    return None


@pytest.mark.django_db
def test_the_explained_action_is_found_as_by_scanning_every_action():
    gazetteer = Gazetteer.from_db()
    actions = []
    for path in sorted(SEEDS.glob("*.txt")):
        actions += pipeline.read(text.clean(path.read_text(encoding="utf-8")), gazetteer).actions
    words = {w for a in actions for w in re.findall(r"[\wåäöÅÄÖ]{4,}", a.text)}
    texts = sorted(
        {f"{w[:cut]} x" for w in words for cut in (4, 6, 8, len(w), None) if cut}
        | {f"{w}er och {w}" for w in words}
    )
    index = promises.ActionWords()
    for count in range(0, len(actions) + 1, 7):
        for paragraph in texts:
            assert promises._explained_action(
                paragraph, actions[:count], index
            ) is explained_by_scanning(paragraph, actions[:count]), (count, paragraph)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "item",
    [
        "• genomföra 2 trygghetsvandringar per år\n",
        "• genomföra {n} trygghetsvandringar i stadsdel nummer {n} under året\n",
    ],
)
def test_a_long_list_is_read_in_linear_work(item):
    """Each item is checked against the items before it that may be the same sentence, which
    are filed by their words, not by comparing it with every item before it."""
    gazetteer = Gazetteer.from_db()

    def page(copies):
        return "Polisen lovar att:\n" + "".join(item.format(n=n) for n in range(copies))

    work_to_read(page(10), gazetteer)

    work = {copies: work_to_read(page(copies), gazetteer) for copies in (400, 800)}

    assert work[800] / work[400] < 2.1, work


def test_every_pair_of_the_same_sentence_shares_a_key():
    """The sentences a new item is compared with are found by their keys: each pair that
    _same_sentence calls the same must share one, wherever the changed word stands."""
    sentences = [
        "Polisen lovar att genomföra minst fyra trygghetsvandringar vid otrygga platser",
        "Kommunen ska bjuda in till medborgardialog två gånger per år",
        "genomföra trafikkontroller",
        "Vi ska synas mer",
    ]
    for sentence in sentences:
        words = sentence.split()
        variants = {sentence, sentence.upper(), sentence.lower()}
        for index in range(len(words)):
            variants.add(" ".join(words[:index] + ["annat"] + words[index + 1 :]))
        for one in variants:
            for other in variants | {sentence}:
                if promises._same_sentence(one, other):
                    assert set(promises._sentence_keys(one)) & set(
                        promises._sentence_keys(other)
                    ), (one, other)
        two_changed = " ".join(["x", "y"] + words[2:])
        if len(words) >= 6:
            assert not promises._same_sentence(sentence, two_changed)
