"""The text of an uploaded .txt, .docx or .pdf file; nothing here reaches the network.

Every file is read within bounds, so that no upload can fill a worker's memory or time: the
file's size, what a .docx unpacks to (its members' declared and actual sizes, and how much they
shrank), no DTD (and so no entity to expand) in its XML, the paragraphs and table cells of a
.docx and the pages of a PDF, and the characters of the text a reader gets. A file outside the
bounds, or one that cannot be read, gets a Swedish message.
"""

import io
import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, iterparse
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
# A pledge or a follow-up is a few pages: the longest real one is some 30,000 characters.
MAX_CHARACTERS = 200_000
# What a .docx may unpack to, in all and per member compared with its packed size (Word's XML
# packs some ten times smaller; a file made to fill memory a thousand times).
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_PACKING_RATIO = 100
MAX_MEMBERS = 2_000
# Paragraphs and table cells of a .docx, empty ones too, and pages of a PDF.
MAX_PARTS = 20_000
MAX_PAGES = 200
EXTENSIONS = (".txt", ".docx", ".pdf")


def bounded(text):
    """The text without NUL characters (PostgreSQL cannot store them), refused in Swedish when
    it is longer than any pledge."""
    text = text.replace("\x00", "")
    if len(text) > MAX_CHARACTERS:
        raise too_long()
    return text


def too_long():
    return ValidationError(
        _(
            "Texten är för lång för ett medborgarlöfte (högst %(count)s tecken). Importera "
            "bara löftet eller uppföljningen, inte bilagor."
        )
        % {"count": f"{MAX_CHARACTERS:,}".replace(",", " ")},
        code="too_long",
    )


def read_txt(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return bounded(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("Textfilen kunde inte läsas."), code="bad_txt")


def bad_docx():
    return ValidationError(
        _("Filen kunde inte läsas som ett Word-dokument (.docx). Är den skadad?"),
        code="bad_docx",
    )


def too_large_unpacked():
    return ValidationError(
        _(
            "Word-dokumentet blir för stort när det packas upp (högst %(mb)s MB). Spara det "
            "utan bilder eller klistra in texten."
        )
        % {"mb": MAX_UNPACKED_BYTES // (1024 * 1024)},
        code="too_large_unpacked",
    )


def check_docx_package(data):
    """Refuses a .docx that is no zip, lacks its document, unpacks to more than the bounds
    (declared sizes checked first, then the bytes actually unpacked counted as they come),
    or holds XML with a DTD: Word never writes one, and a DTD is where entities that expand
    a thousandfold are declared."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise bad_docx() from error
    with package:
        members = package.infolist()
        if len(members) > MAX_MEMBERS or "word/document.xml" not in package.namelist():
            raise bad_docx()
        if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
            raise too_large_unpacked()
        for member in members:
            if member.file_size > 1024 * 1024 and (
                member.file_size > MAX_PACKING_RATIO * max(member.compress_size, 1)
            ):
                raise too_large_unpacked()
        unpacked = 0
        try:
            for member in members:
                # zipfile stops a member at its declared size and checks its checksum at the
                # end, so a member that lies about its size is refused here.
                with package.open(member) as stream:
                    while chunk := stream.read(64 * 1024):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise too_large_unpacked()
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with package.open(member) as stream:
                        # A DTD comes before the first element: stop at that element.
                        for _event in iterparse(stream, events=("start",), forbid_dtd=True):
                            break
        except (zipfile.BadZipFile, ParseError, DefusedXmlException, EOFError, OSError) as error:
            raise bad_docx() from error
        except (RuntimeError, NotImplementedError) as error:  # encrypted, unknown compression
            raise bad_docx() from error


def read_docx(data):
    """Paragraphs in order, list items with a bullet, table rows cell by cell; an empty line
    between paragraphs as in a pasted text."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    check_docx_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as error:
        raise bad_docx() from error
    parts, characters = [], 0
    paragraphs = document.paragraphs
    if len(paragraphs) > MAX_PARTS:
        raise too_long()
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        characters += len(text)
        if characters > MAX_CHARACTERS:
            raise too_long()
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        is_list = (
            "list" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        )
        if is_list and parts and parts[-1].startswith("• "):
            parts[-1] += "\n• " + text
        else:
            parts.append(f"• {text}" if is_list else text)
    cells = 0
    for table in document.tables:
        for row in table.rows:
            row_cells = row.cells
            cells += len(row_cells)
            if cells > MAX_PARTS:
                raise too_long()
            parts.append("\n".join(cell.text.strip() for cell in row_cells if cell.text.strip()))
            characters += len(parts[-1])
            if characters > MAX_CHARACTERS:
                raise too_long()
    return bounded("\n\n".join(parts))


def read_pdf(data):
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import PdfReadError, PyPdfError

    # pypdf's own bounds on what one stream may unpack to, lowered to the .docx's.
    limits = dict.fromkeys(
        (
            "zlib_maximum_output_length",
            "lzw_maximum_output_length",
            "run_length_maximum_output_length",
            "brotli_maximum_output_length",
            "array_based_stream_maximum_output_length",
            "maximum_declared_stream_length",
        ),
        MAX_UNPACKED_BYTES,
    )
    try:
        with apply_configuration(**limits):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise ValidationError(
                    _("PDF-filen är lösenordsskyddad. Spara den utan lösenord och försök igen."),
                    code="encrypted_pdf",
                )
            if len(reader.pages) > MAX_PAGES:
                raise ValidationError(
                    _(
                        "PDF-filen har för många sidor (högst %(pages)s). Importera bara löftet "
                        "eller uppföljningen, inte bilagor."
                    )
                    % {"pages": MAX_PAGES},
                    code="too_many_pages",
                )
            pages, characters = [], 0
            for page in reader.pages:
                pages.append(page.extract_text() or "")
                characters += len(pages[-1])
                if characters > MAX_CHARACTERS:
                    raise too_long()
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ValidationError(
            _("Filen kunde inte läsas som en PDF. Är den skadad?"), code="bad_pdf"
        ) from error
    return bounded("\n\n".join(pages))


READERS = {".txt": read_txt, ".docx": read_docx, ".pdf": read_pdf}


def read_upload(upload):
    """The text of an uploaded file; ValidationError with a Swedish message for a file that is
    too large, of another kind, or unreadable."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("Filen är för stor (högst %(mb)s MB).") % {"mb": MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    extension = Path(upload.name).suffix.lower()
    if extension not in READERS:
        raise ValidationError(
            _("Välj en fil av typen .txt, .docx eller .pdf."), code="bad_extension"
        )
    return READERS[extension](upload.read())
