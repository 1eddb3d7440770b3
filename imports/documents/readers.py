"""The text of an uploaded .txt, .docx or .pdf file; nothing here reaches the network."""

import io
import zipfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
EXTENSIONS = (".txt", ".docx", ".pdf")


def read_txt(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("Textfilen kunde inte läsas."), code="bad_txt")


def read_docx(data):
    """Paragraphs in order, list items with a bullet, table rows cell by cell; an empty line
    between paragraphs as in a pasted text."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ValidationError(
            _("Filen kunde inte läsas som ett Word-dokument (.docx). Är den skadad?"),
            code="bad_docx",
        ) from error
    parts = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        is_list = (
            "list" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        )
        if is_list and parts and parts[-1].startswith("• "):
            parts[-1] += "\n• " + text
        else:
            parts.append(f"• {text}" if is_list else text)
    for table in document.tables:
        for row in table.rows:
            parts.append("\n".join(cell.text.strip() for cell in row.cells if cell.text.strip()))
    return "\n\n".join(parts)


def read_pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(
                _("PDF-filen är lösenordsskyddad. Spara den utan lösenord och försök igen."),
                code="encrypted_pdf",
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ValidationError(
            _("Filen kunde inte läsas som en PDF. Är den skadad?"), code="bad_pdf"
        ) from error
    return "\n\n".join(pages)


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
