"""Cleaning pasted or extracted text before the readers in reading/ read it.

Text copied from polisen.se or a municipal site carries the page around the pledge: "Javascript
är inte påslaget…", "Sök på polisen.se", "Till toppen". Such lines are dropped whole; nothing
inside a sentence is touched.
"""

import re

# Whole lines that belong to the web page, not to the pledge (compared in lower case, without
# a trailing colon).
CHROME_LINES = {
    "sök på polisen.se",
    "till toppen",
    "dokument",
    "publicerat",
    "uppdaterat",
    "senast uppdaterad",
    "dela",
    "dela sidan",
    "skriv ut",
    "lyssna",
    "meny",
    "stäng",
    "hoppa till innehåll",
    "hoppa till huvudinnehåll",
    "läs upp",
    "tillbaka",
}
CHROME_STARTS = (
    "javascript är inte påslaget",
    "vi använder kakor",
    "den här webbplatsen använder kakor",
    "denna webbplats använder kakor",
)
# NUL goes too: no one means to write one, and PostgreSQL cannot store it.
SPACES = str.maketrans(
    {"\xa0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\u200b": "", "\x00": ""}
)


def is_chrome(line):
    words = line.strip().rstrip(":").strip().lower()
    return words in CHROME_LINES or words.startswith(CHROME_STARTS)


def clean(text):
    """The text with unified line ends and spaces, page chrome removed, at most one blank line
    in a row, and no blank lines at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(SPACES)
    lines = []
    for line in text.split("\n"):
        line = line.rstrip()
        if is_chrome(line):
            continue
        if not line.strip() and (not lines or not lines[-1].strip()):
            continue
        lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def squeeze(text):
    """Runs of spaces as one space, for text that goes into a field."""
    return re.sub(r" {2,}", " ", text).strip()
