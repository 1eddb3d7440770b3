"""The people who sign the pledge: a newcomer who wants to teach the reader a new signature
form starts here."""

import re

from ..text import squeeze
from .document import SignatoryFound

# People: signatories and the contact person --------------------------------------------------

TITLES = [
    r"kommunstyrelsens (?:vice |förste vice |andre vice )?ordförande",
    r"kommunstyrelsens ordf\.",
    r"kommunfullmäktiges ordförande",
    r"kommunalråd",
    r"kommunchef",
    r"kommundirektör",
    r"stadsdirektör",
    r"stadsdelsdirektör",
    r"stadsdelschef",
    r"lokalpolisområdeschef",
    r"lokalområdespolischef",
    r"polisområdeschef",
    r"lokalpolischef",
    r"chef för lokalpolisområde \w+",
    r"kommunpolis",
    r"områdespolis",
    r"polischef",
    r"gruppchef",
    r"säkerhetschef",
    r"säkerhetsstrateg",
    r"kris och säkerhetsstrateg",
    r"trygghetssamordnare",
    r"brottsförebyggande samordnare",
    r"vd",
    r"verkställande direktör",
]
TITLE = r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")"
TITLE_LINE = re.compile(rf"^{TITLE}$", re.IGNORECASE)
ANY_TITLE = rf"(?i:{TITLE})"
WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
NAME = rf"{WORD}(?: {WORD}){{1,2}}"
NAME_LINE = re.compile(rf"^{NAME}$")
ORGANISATION_LINE = re.compile(
    r"^(?:Polismyndigheten|Polisen|Lokalpolisområde [A-ZÅÄÖ][\w\- ]+|"
    r"[A-ZÅÄÖ][\w\- ]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\w\-]+)$"
)
ORGANISATION = ORGANISATION_LINE.pattern.strip("^$")
GLUED_TITLE = re.compile(rf"^({NAME})({ANY_TITLE})$")
# "Kommunstyrelsens ordförande, Kalmar kommun" under a name.
TITLE_AND_ORGANISATION = re.compile(rf"^({ANY_TITLE}),\s+({ORGANISATION})$")
# "Karin Holmberg, kommunstyrelsens ordförande, Gislaveds kommun" on one line.
NAME_TITLE_ORGANISATION = re.compile(rf"^({NAME}),\s+({ANY_TITLE})(?:,\s+({ORGANISATION}))?$")
PERSON = re.compile(rf"({NAME}), ({ANY_TITLE})")


def side_of(title, organisation=""):
    words = f"{title} {organisation}".lower()
    if "polis" in words:
        return "polis"
    if "kommun" in words or "stad" in words:
        return "kommun"
    return "annan"


def _capitalised(text):
    return text[:1].upper() + text[1:]


def _person(name, title, organisation, line, quote):
    title = _capitalised(squeeze(title))
    return SignatoryFound(
        name=squeeze(name),
        title=title,
        side=side_of(title, organisation),
        organisation=organisation,
        line=line,
        quote=quote,
    )


def _unglue(line):
    """'Magnus GunnarssonKommunstyrelsens ordförande' as the two lines it was."""
    m = GLUED_TITLE.match(line)
    if m and m[2][:1].isupper():
        return [m[1], m[2]]
    return [line]


def signatories_in_lines(block):
    """Signatories of a block written one item a line: organisation, name, title; also
    'Name' over 'Title, Organisation', 'Title' over 'Name', and 'Name, title, Organisation'
    on one line."""
    people, organisation, title_first = [], "", ""
    for index, raw in enumerate(block.lines):
        for line in _unglue(squeeze(raw)):
            open_person = bool(people) and not people[-1][1]
            joined = TITLE_AND_ORGANISATION.match(line)
            whole = NAME_TITLE_ORGANISATION.match(line)
            if ORGANISATION_LINE.match(line):
                organisation = line
            elif whole and not open_person and not title_first:
                people.append([whole[1], whole[2], whole[3] or organisation, block.start + index])
            elif NAME_LINE.match(line):
                people.append([line, title_first, organisation, block.start + index])
                title_first = ""
            elif TITLE_LINE.match(line) and open_person:
                people[-1][1] = line
            elif joined and open_person:
                people[-1][1], people[-1][2] = joined[1], joined[2]
            elif TITLE_LINE.match(line) and not title_first:
                title_first = line  # the title above the name: "Stadsdelsdirektör\nMaria Ekström"
            else:
                return []
    if not people or not all(title for _, title, _, _ in people):
        return []
    quote = "\n".join(line.strip() for line in block.lines)
    return [_person(name, title, org, line, quote) for name, title, org, line in people]


def signatories_in_columns(block):
    """Signatories set in columns side by side: organisations, names, titles, one row each."""
    lines = [squeeze(line) for line in block.lines]
    if not 2 <= len(lines) <= 3:
        return []
    titles_line = lines[-1]
    titles = [m[0] for m in re.finditer(TITLE, titles_line, re.IGNORECASE)]
    if len(titles) < 2 or re.sub(TITLE, "", titles_line, flags=re.IGNORECASE).strip():
        return []
    tokens = lines[-2].split()
    per_name = len(tokens) // len(titles)
    if per_name not in (2, 3) or per_name * len(titles) != len(tokens):
        return []
    names = [" ".join(tokens[i : i + per_name]) for i in range(0, len(tokens), per_name)]
    if not all(NAME_LINE.match(name) for name in names):
        return []
    organisations = [""] * len(titles)
    if len(lines) == 3:
        found = re.split(r"\s{2,}", block.lines[0].translate({0xA0: " "}).strip())
        if len(found) != len(titles) or not all(ORGANISATION_LINE.match(o) for o in found):
            return []
        organisations = found
    quote = "\n".join(line.strip() for line in block.lines)
    return [
        _person(name, title, organisation, block.start + len(lines) - 2, quote)
        for name, title, organisation in zip(names, titles, organisations, strict=True)
    ]


def signatories_inline(block):
    """A paragraph that is only 'Anders Sund, lokalpolisområdeschef och Tobias Pettersson,
    kommunstyrelsens ordförande' (a signature or caption); quotes in running text are not."""
    text = block.text.rstrip(".")
    matches = list(PERSON.finditer(text))
    if not matches:
        return []
    rest = PERSON.sub("", text)
    if re.sub(r"\s*(?:,|och|samt)\s*", "", rest).strip():
        return []
    return [_person(m[1], m[2], "", block.start, block.text) for m in matches]


def find_signatories(block):
    return signatories_in_lines(block) or signatories_in_columns(block) or signatories_inline(block)
