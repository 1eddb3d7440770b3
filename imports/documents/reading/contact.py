"""The pledge's contact person."""

import re

from ..text import squeeze
from .signatories import NAME, NAME_LINE

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:telefon|tel|mobil)\.?:?\s*(.+)$|^(\+?[\d][\d\s\-–]{6,}.*)$", re.IGNORECASE)


def find_contact(block):
    """The contact person of a block with an e-mail address: name, role, e-mail, phone."""
    lines = [squeeze(line) for line in block.lines]
    email_index = next((i for i, line in enumerate(lines) if EMAIL.fullmatch(line)), None)
    if email_index is None:
        return None
    contact = {"name": "", "role": "", "email": lines[email_index], "phone": ""}
    before = lines[:email_index]
    if before and not NAME_LINE.match(before[-1]):
        contact["role"] = before.pop()
    if before and NAME_LINE.match(before[-1]):
        contact["name"] = before.pop()
    after = lines[email_index + 1 :]
    for line in after:
        m = PHONE.search(line)
        if m:
            contact["phone"] = (m[1] or m[2]).strip()
    if before or len(after) > 1 or (after and not contact["phone"]) or not contact["name"]:
        return None
    return contact


BYLINE = re.compile(
    rf"^/?\s*(?:genom|text:|kontakt:|kontaktperson:)\s*({NAME}), ([^,.]+?)(?: och |[.,]|$)"
)


def find_byline(text):
    """'/genom Staffan Käll, kommunpolis och …': the first person named as the writer."""
    m = BYLINE.match(text.strip())
    if not m:
        return None
    return {"name": m[1], "role": m[2].strip(), "email": "", "phone": ""}
