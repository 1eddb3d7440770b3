"""Cleaning pasted or extracted text before the readers in reading/ read it.

Text copied from polisen.se or a municipal site carries the page around the pledge: "Javascript
är inte påslaget…", "Sök på polisen.se", "Till toppen". Such lines are dropped whole; nothing
inside a sentence is touched.

The same page reads the same however it was copied: a line that a PDF or a narrow window broke
in the middle of a sentence is joined to the line it continues, and a text copied without blank
lines between its paragraphs gets them back where the shape of the lines shows a paragraph or a
heading ending (see `unwrap` and `paragraphs`).
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
    return "\n".join(paragraphs(unwrap(unhyphenate(lines))))


# "trygghets-" over "vandringar …": a word that a PDF copy split with a hyphen at the line's end.
# "alkohol-" over "och drogfrågor" is a compound left open before a conjunction, and stays.
SPLIT_WORD = re.compile(r"(?<=[a-zåäöéü])-$")
OPEN_COMPOUND_GOES_ON = re.compile(
    r"^(?:och|eller|samt|respektive|resp\.?|som|till|men|liksom)\b", re.IGNORECASE
)


def unhyphenate(lines):
    """The lines with each word split by a hyphen at a line's end joined again: the line ends in
    a letter and a hyphen, and the next line, no list item, goes on in lower case."""
    out = []
    for line in lines:
        if (
            out
            and SPLIT_WORD.search(out[-1].rstrip())
            and line.strip()[:1].islower()
            and not ITEM.match(line)
            and not OPEN_COMPOUND_GOES_ON.match(line.strip())
        ):
            out[-1] = out[-1].rstrip()[:-1] + line.strip()
        else:
            out.append(line)
    return out


# Layout --------------------------------------------------------------------------------------

# A bullet or a number that opens a list item: "•", "-", "*", "–", "1.", "2)", "3:".
ITEM = re.compile(r"^\s*(?:[•·▪◦‣●■*\-–—](?=\s)|\d{1,2}[.):](?!\d))")
# A line that a sentence or a clause does not end with; ":" and ";" introduce what follows.
OPEN_END = re.compile(r"[^.!?:;]$")
SENTENCE_END = re.compile(r"[.!?][\"”»)]?$")
# Words a Swedish clause does not end with: prepositions, conjunctions, articles ("… tillsammans
# med" over "Tanums kommun …"). "att" and "följande" also close a lead-in over its list.
FUNCTION_WORD_END = re.compile(
    r"\b(?:i|på|av|för|till|med|mot|om|vid|från|hos|inom|genom|under|efter|mellan|utan|"
    r"och|samt|eller|men|som|den|det|de|en|ett|dess|deras|sin|sitt|sina|vars)$",
    re.IGNORECASE,
)
# "Kommunen ska", "Aktörerna lovar att": a clause left open at its verb or at "att" that the
# list under it finishes.
OPEN_AT_VERB = re.compile(r"\b(?:ska|skall|lovar|att|kommer|vill|följande)$", re.IGNORECASE)
# A line this long that stops without a mark was broken by the page's width, not by its writer.
WRAPPED = 50
# "Ansvarig: kommunen", "Omfattning: minst tio tillfällen", "Telefon: 0123-456 78": a field of
# the item or the contact above, labelled with a word or two and a colon.
LABELLED = re.compile(r"^\s*[A-ZÅÄÖ][\w\-]*(?:\s+[\w\-]+)?:\s+\S")
# "– Vi har lyssnat på invånarna, säger kommunpolisen": a dash that opens a quote, no list item.
QUOTE = re.compile(r"^\s*[-–—]\s+.*\b(?:säger|berättar|menar|konstaterar)\b")
# "----------", "* * *": a line that only separates what comes before from what comes after.
SEPARATOR = re.compile(r"^\s*(?:[-–—_=*~•·.]\s*){3,}$")
# "Kvarnby den 12 februari 2025", "2023-01-31", "Åseda i mars 2024": the date a pledge was
# signed, on a short line of its own over the signatures.
DATE_LINE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:den\s+|i\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+\d{4})\.?$",
    re.IGNORECASE,
)


def _starts_lower(line):
    return line.strip()[:1].islower()


def _starts_upper(line):
    first = line.strip()[:1]
    return first.isupper() or first.isdigit() or first in '"”»('


def unwrap(lines):
    """The lines with each line that a page's width broke joined to the line it continues: a
    long line that ends without a mark ("… en långsiktig") over a line that goes on in lower
    case ("satsning där …"). Once the text shows at least twice that it was broken so, the
    width it was broken at is known, and a line is also joined to one in upper case when its
    first word would not have fitted on the line above ("… Christer" / "Bartholdsson", "… per
    vecka." / "Företrädesvis …"), or when the line above ends at a word no clause ends with
    ("… tillsammans med" / "Tanums kommun"). A list item is never a continuation."""
    lower = {
        index
        for index in range(1, len(lines))
        if _continues(lines[index - 1], lines[index]) and _starts_lower(lines[index])
    }
    width = max((len(lines[index - 1].rstrip()) for index in lower), default=0)
    # Without blank lines, a full line that ends a sentence may as well end its paragraph.
    dense = _is_dense(lines)
    out = []
    for index, line in enumerate(lines):
        if index in lower or (
            len(lower) >= 2
            and index
            and not (dense and SENTENCE_END.search(lines[index - 1].rstrip()))
            and _broken_before(lines[index - 1], line, width)
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _broken_before(before, line, width):
    """Whether `line`, in upper case, goes on from `before` in a text broken at `width`."""
    if not (
        before.strip()
        and line.strip()
        and len(before.strip()) >= WRAPPED
        and not ITEM.match(line)
        and _starts_upper(line)
        and not before.rstrip().endswith((":", ";"))
    ):
        return False
    first = line.split()[0]
    return bool(
        (OPEN_END.search(before.rstrip()) and FUNCTION_WORD_END.search(before.rstrip()))
        or len(before.rstrip()) + 1 + len(first) > width - 3
    )


def _continues(before, line):
    return bool(
        before.strip()
        and line.strip()
        and len(before.strip()) >= WRAPPED
        and OPEN_END.search(before.rstrip())
        and not ITEM.match(line)
    )


def _is_heading_line(line):
    """A short line of its own that starts in upper case and ends without a mark, and not at a
    word no clause ends with ("Det övergripande målet är att öka tryggheten och")."""
    words = line.split()
    return (
        0 < len(words) <= 10
        and len(line.strip()) <= 90
        and _starts_upper(line)
        and not ITEM.match(line)
        and not re.search(r"[.,;:!?]$", line.rstrip())
        and not FUNCTION_WORD_END.search(line.rstrip())
    )


def _is_sentence_line(line):
    words = line.split()
    return not ITEM.match(line) and (
        (len(words) >= 6 and SENTENCE_END.search(line.rstrip())) or len(words) >= 12
    )


def _indent(line):
    return len(line) - len(line.lstrip())


def _is_dense(lines):
    """Whether a text has at most one blank line to ten written ones: copied without them."""
    written = sum(1 for line in lines if line.strip())
    return written >= 4 and (len(lines) - written) * 10 <= written


def paragraphs(lines):
    """A text copied without blank lines between its paragraphs (at most one blank line to
    ten written ones) with a blank line where the shape of the lines shows a paragraph ending.
    Other texts are returned as they are."""
    if not _is_dense(lines):
        return lines
    out, list_indent, quoted = [], None, False
    for index, line in enumerate(lines):
        before = out[-1] if out else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not line.strip():
            list_indent, quoted = None, False
            out.append(line)
            continue
        # "– Vi ser att …, säger kommunpolisen": a quote outside a list is a paragraph of its
        # own; under a list's item it comments on the item.
        quote = quoted or bool(QUOTE.match(line) and list_indent is None)
        quoted = bool(QUOTE.match(line) and list_indent is None)
        if quote and before.strip():
            out.append("")
            list_indent = None
        if ITEM.match(line) and not SEPARATOR.match(line) and not QUOTE.match(line):
            if list_indent is None:
                list_indent = _indent(line)
            out.append(line)
            continue
        if (
            not quote
            and before.strip()
            and (
                SEPARATOR.match(line)
                or SEPARATOR.match(before)
                or _ends_paragraph(before, line, following, list_indent)
            )
        ):
            out.append("")
            list_indent = None
        out.append(line)
    return out


def _ends_paragraph(before, line, following, list_indent):
    """Whether a paragraph ends between `before` and `line` (not a list item)."""
    if LABELLED.match(line) and not line.rstrip().endswith(":"):
        return False
    if ITEM.match(following) and (line.rstrip().endswith(":") or OPEN_AT_VERB.search(line)):
        # "Aktörerna lovar", "Polisen ska:" right above a list, also right under another
        # list: the sentence that introduces the list below.
        return True
    if list_indent is not None:
        # A line standing no further right than the list's items, in upper case, after the
        # list: "• Öka …" / "Uppföljning".
        return _indent(line) <= list_indent and _starts_upper(line)
    end = before.rstrip()
    if ITEM.match(following) and (_is_heading_line(line) or line.rstrip().endswith(":")):
        # The line right above a list, a heading or a sentence that introduces it ("Polisen
        # ska", "Det här gör kommunen:"), is a paragraph of its own.
        return True
    if end.endswith(":"):
        # "Löftet undertecknades av:" over "Anna Berg": what a colon introduces stands apart,
        # but for a paragraph of sentences that finishes a clause left open at "att" ("Detta
        # gör vi genom att:" over "Polis och kommun arbetar för att …").
        return not (re.search(r"\batt:$", end) and _is_sentence_line(line))
    if not _starts_upper(line):
        return False
    if DATE_LINE.match(end.strip()):
        # "Kumla den 3 juli 2017" over "Anna Berg": the date stands apart from the signatures.
        return True
    if SENTENCE_END.search(end):
        # "… i centrum." over "Polisen lovar …": a sentence ended and a new one starts.
        return True
    if _is_heading_line(before):
        if _is_heading_line(line):
            # "Medborgarlöfte 2024" over "Bakgrund" over its paragraph: the heading right
            # above a paragraph stands apart; lines of a signature ("Per Ek, polischef") or an
            # address stay together.
            after = following.rstrip()
            return bool(
                after
                and "," not in line
                and not ITEM.match(following)
                and not _is_heading_line(following)
                and (SENTENCE_END.search(after) or after.endswith(":"))
            )
        # "Bakgrund" over "Under de senaste åren …": a heading over a longer line.
        return len(line.strip()) > len(before.strip())
    # A long line that ends without a mark, and not at a word no clause ends with, over a
    # line in upper case: a paragraph or a caption without its full stop.
    return len(end.split()) > 10 and not FUNCTION_WORD_END.search(end)


def squeeze(text):
    """Runs of spaces as one space, for text that goes into a field."""
    return re.sub(r" {2,}", " ", text).strip()
