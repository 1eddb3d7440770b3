"""The people who sign the pledge: a newcomer who wants to teach the reader a new signature
form starts here.

Each form is one small function of a block: `signatories_in_lines` (one item a line: name, title,
organisation, in either order), `signatories_in_columns` (names and titles side by side),
`signatories_inline` ("Name, title och Name, title") and `signatories_in_sentence` ("Löftet har
undertecknats av kommunalråd X och kommunpolis Y"). A name whose first word is not in
data/first_names.txt is kept but flagged as unsure.
"""

import re
from functools import cache
from pathlib import Path

from ..text import squeeze
from .document import SignatoryFound

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
    r"chef för lokalpolisområde [A-ZÅÄÖ][\w\-]+",
    r"chef lokalpolisområde [A-ZÅÄÖ][\w\-]+",
    # "Chef, lokalpolisområde Norrmalm, region Stockholm" under the name.
    r"chef, lokalpolisområde [A-ZÅÄÖ][\w\-]+(?:, (?:polis)?region [A-ZÅÄÖ][\w\-]+)?",
    r"biträdande lokalpolisområdeschef",
    r"områdespolischef",
    r"kommunråd",
    r"stadsdelsnämndens ordförande",
    r"räddningschef",
    r"förvaltningschef",
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
    # A title not in the list above, known by how Swedish titles end: "säkerhetsskyddschef",
    # "folkhälsostrateg", "trygghetskoordinator".
    # "kommunstyrelseordförande", "nämndordförande": the chair's title written as one word.
    r"[a-zåäö]{3,}(?:chef|strateg|samordnare|koordinator|direktör|handläggare|sekreterare|"
    r"ordförande)",
]
# "Tf lokalpolisområdeschef", "biträdande kommunchef": an acting or deputy holder of a title.
ACTING = r"(?:(?:tf\.?|t\.f\.|tillförordnad|ställföreträdande|biträdande|vice)\s+)?"
TITLE = ACTING + r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")"
TITLE_LINE = re.compile(
    rf"^{TITLE}(?:\s+(?:i|för|vid|inom)\s+[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?s?"
    rf"(?: (?:kommun|stad))?)?$",
    re.IGNORECASE,
)
ANY_TITLE = rf"(?i:{TITLE})"
WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
# "Karl von Krusenstjerna": a nobiliary particle between the names.
NAME = rf"{WORD}(?: (?:von |af |de |van )?{WORD}){{1,2}}"
# A politician's party after the name: "Anna Svensson (S)", "Per Ek (KD)".
PARTY = r"(?:\s*\((?:[A-ZÅÄÖ][A-Za-zåäö]{0,3})\))?"
NAME_LINE = re.compile(rf"^({NAME}){PARTY}$")
PARTY_AFTER = re.compile(r"\s*\((?:[A-ZÅÄÖ][A-Za-zåäö]{0,3})\)")
ORGANISATION_LINE = re.compile(
    r"^(?:Polismyndigheten|Polisen|[Ll]okalpolisområde [A-ZÅÄÖ][\w\- ]+|"
    r"[A-ZÅÄÖ][\w\- ]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\w\-]+|"
    # An organisation that co-signs: "Exempelbybostäder AB", "AB Exempelbyhem", "Räddningstjänsten
    # Exempelby", "Länsstyrelsen i X".
    r"[A-ZÅÄÖ][\w\-]*(?: [A-ZÅÄÖ][\w\-]*){0,2} AB|AB [A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?|"
    r"[A-ZÅÄÖ][\w\-]*(?:bostäder|hem|bolaget|fastigheter)|"
    r"Räddningstjänsten(?: [A-ZÅÄÖ][\w\-]+){0,2}|Länsstyrelsen(?: i [A-ZÅÄÖ][\w\-]+ län)?)$"
)
ORGANISATION = ORGANISATION_LINE.pattern.strip("^$")
GLUED_TITLE = re.compile(rf"^({NAME})({ANY_TITLE})$")
# "Kommunstyrelsens ordförande, Exempelby kommun" under a name.
TITLE_AND_ORGANISATION = re.compile(rf"^({ANY_TITLE}),?\s+({ORGANISATION})$")
# "Anna Svensson, kommunstyrelsens ordförande, Exempelby kommun" on one line.
NAME_TITLE_ORGANISATION = re.compile(rf"^({NAME}),\s+({ANY_TITLE})(?:,\s+({ORGANISATION}))?$")
# "Anna Svensson, Kommunalråd Exempelby kommun", "Per Ek, Lokalpolisområdeschef Exempelby": the
# organisation, or the place of the title, after the title without a comma.
NAME_TITLE_PLACE = re.compile(
    rf"^({NAME}),\s+({ANY_TITLE})\s+(?:({ORGANISATION})|((?:i\s+)?[A-ZÅÄÖ][\w\-/]+))$"
)
# Organisations side by side with single spaces: "Exempelby kommun Polisen".
ORGANISATION_CELL = (
    r"Polismyndigheten|Polisen|[Ll]okalpolisområde [A-ZÅÄÖ][\w\-]+|"
    r"[A-ZÅÄÖ][\w\-]+ (?:kommun|stad)|Region [A-ZÅÄÖ][\w\-]+"
)
PERSON = re.compile(rf"({NAME}){PARTY}, ({ANY_TITLE})")
TITLE_THEN_NAME_LINE = re.compile(rf"^({ANY_TITLE})\s+({NAME}){PARTY}$")


def side_of(title, organisation=""):
    words = f"{title} {organisation}".lower()
    if "polis" in words:
        return "polis"
    if "kommun" in words or "stad" in words:
        return "kommun"
    return "annan"


def _capitalised(text):
    return text[:1].upper() + text[1:]


@cache
def first_names():
    path = Path(__file__).parent / "data" / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_known_first_name(name):
    first = name.split()[0] if name.split() else ""
    return first in first_names() or first.split("-")[0] in first_names()


# A title word written with a capital inside a title ("Kommunstyrelsens vice Ordförande", a
# caption's style) is the same word.
INNER_TITLE_WORD = re.compile(
    r"(?<=\s)(?-i:[A-ZÅÄÖ])(?:rdförande|ommunalråd|ommunchef|hef|ommundirektör|"
    r"okalpolisområdeschef|olischef|ommunpolis)\b"
)


def _person(name, title, organisation, line, quote):
    title = _capitalised(squeeze(title))
    title = INNER_TITLE_WORD.sub(lambda m: m[0].lower(), title)
    name = squeeze(name)
    known = is_known_first_name(name)
    return SignatoryFound(
        name=name,
        title=title,
        side=side_of(title, organisation),
        organisation=organisation,
        line=line,
        quote=quote,
        sure=known,
        doubt="" if known else "förnamnet finns inte i listan över vanliga förnamn",
    )


def _unglue(line):
    """'Magnus GunnarssonKommunstyrelsens ordförande' as the two lines it was."""
    m = GLUED_TITLE.match(line)
    if m and m[2][:1].isupper():
        return [m[1], m[2]]
    return [line]


PHONE_LINE = re.compile(r"^(?:(?:tel|telefon|mobil)\.?:?\s*)?\+?\d[\d \-–]{6,}\d$", re.IGNORECASE)


def signatories_in_lines(block):
    """Signatories of a block written one item a line: organisation, name, title; also
    'Name' over 'Title, Organisation', 'Title' over 'Name', and 'Name, title, Organisation'
    on one line."""
    if any(PHONE_LINE.match(squeeze(raw)) for raw in block.lines):
        # "Anna Ek" over "Kommunpolis" over "010-123 45 67": a contact card, not a signature.
        return []
    people, organisation, title_first, unknown = [], "", "", 0
    for index, raw in enumerate(block.lines):
        if COLUMN_GAP.search(raw.strip()):
            # Cells side by side are columns (signatories_in_columns), not one item.
            unknown += 1
            continue
        for line in _unglue(squeeze(raw).lstrip("/").strip()):
            open_person = bool(people) and not people[-1][1]
            joined = TITLE_AND_ORGANISATION.match(line)
            whole = NAME_TITLE_ORGANISATION.match(line)
            placed = NAME_TITLE_PLACE.match(line)
            if placed and not whole:
                title = placed[2] if placed[3] else f"{placed[2]} {placed[4]}"
                whole = (line, placed[1], title, placed[3])
            if joined and open_person:
                # "VD Exempelbybostäder AB", "Kommunalråd Exempelby kommun" under a name: its
                # title and organisation, though the line reads as an organisation's name too.
                people[-1][1], people[-1][2] = joined[1], joined[2]
            elif ORGANISATION_LINE.match(line) and not TITLE_LINE.match(line):
                organisation = line
            elif whole and not open_person and not title_first:
                people.append([whole[1], whole[2], whole[3] or organisation, block.start + index])
            elif NAME_LINE.match(line) and not (open_person and TITLE_CELL.match(line)):
                name = NAME_LINE.match(line)[1]
                people.append([name, title_first, organisation, block.start + index])
                title_first = ""
            elif (
                TITLE_THEN_NAME_LINE.match(line)
                and not open_person
                and not re.match(ANY_TITLE, TITLE_THEN_NAME_LINE.match(line)[2])
            ):
                # "Kommunstyrelsens ordförande Anna Svensson" on one line.
                m = TITLE_THEN_NAME_LINE.match(line)
                people.append([m[2], m[1], organisation, block.start + index])
            elif (TITLE_LINE.match(line) or TITLE_CELL.match(line)) and open_person:
                # "Lokalpolisområdeschef Exempelby": the title and its place.
                people[-1][1] = line
            elif joined and open_person:
                people[-1][1], people[-1][2] = joined[1], joined[2]
            elif TITLE_LINE.match(line) and not title_first:
                title_first = line  # the title above the name: "Stadsdelsdirektör\nMaria Ekström"
            else:
                # One line that is no part of a signature (a place, a stray word) does not drop
                # the block; a block of mostly such lines is no signature.
                unknown += 1
    people = [person for person in people if person[1]]
    if not people or unknown > len(people):
        return []
    quote = "\n".join(line.strip() for line in block.lines)
    return [_person(name, title, org, line, quote) for name, title, org, line in people]


# A heading or lead-in over the people to contact: "Kontakt", "Kontaktpersoner:", "För mer
# information kontakta:", "Välkommen att höra av dig till:", "Frågor besvaras av:".
CONTACT_LEAD = re.compile(
    r"^(?:kontakt(?:a|person\w*|uppgifter)?\b[^.!?]{0,40}|"
    r"(?:för\s+)?(?:mer|mera|ytterligare)\s+information\b[^.!?]{0,40}|"
    r"(?:har\s+du\s+)?frågor\b[^.!?]{0,40})$|"
    r"\b(?:kontakta|höra\s+av\s+dig|hör\s+av\s+dig|vänd\s+dig|vända\s+dig|besvaras\s+av)\b"
    r"[^.!?]{0,40}:$",
    re.IGNORECASE,
)
# A line of a contact card: a phone number, an e-mail address, or a label for either.
CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^(?:tel|telefon|mobil|mobiltelefon|e-post|epost|mejl|mail)\b",
    re.IGNORECASE,
)


def is_contact_card(blocks, index, taken=1):
    """Whether the people read from `taken` blocks at `index` are whom to contact, not who
    signs: a name and title under a contact heading or lead-in ("För mer information
    kontakta:"), or beside a phone number or an e-mail address (in the block or right after
    it)."""
    lines = [squeeze(line) for block in blocks[index : index + taken] for line in block.lines]
    after = blocks[index + taken] if index + taken < len(blocks) else None
    if after is not None:
        lines.append(squeeze(after.lines[0]))
    if any(CONTACT_DETAIL.search(line) or PHONE_LINE.match(line) for line in lines):
        return True
    before = blocks[index - 1].text.strip() if index else ""
    return bool(before) and bool(CONTACT_LEAD.search(before))


# Two cells on one line: a wide run of spaces (or a tab) between words.
COLUMN_GAP = re.compile(r"\S(?:[ \u00a0]{3,}|\t)\s*\S")
# A title cell: the title, maybe with its place ("Lokalpolisområdeschef Hallsberg").
TITLE_CELL = re.compile(
    rf"^{TITLE}(?:\s+(?:i\s+|för\s+)?[A-ZÅÄÖ][\w\-/]+(?:\s+[A-ZÅÄÖ][\w\-/]+)?s?"
    rf"(?:\s+(?:kommun|stad))?)?$",
    re.IGNORECASE,
)


def _cells(line):
    return [cell for cell in re.split(r"(?:[ \u00a0]{3,}|\t)\s*", line.strip()) if cell]


def _signatories_in_cells(block, lines):
    """Names over titles, the cells of each row parted by wide gaps: 'Anna Ek      Per Olsson'
    over 'Kommunchef      Lokalpolisområdeschef Exempelby'."""
    names, titles = _cells(block.lines[-2]), _cells(block.lines[-1])
    if len(names) < 2 or len(names) != len(titles):
        return []
    names = [squeeze(name) for name in names]
    titles = [squeeze(title) for title in titles]
    if not all(NAME_LINE.match(n) for n in names) or not all(TITLE_CELL.match(t) for t in titles):
        return []
    organisations = [""] * len(titles)
    if len(lines) == 3:
        found = _cells(block.lines[0].translate({0xA0: " "}))
        if len(found) != len(titles) or not all(ORGANISATION_LINE.match(o) for o in found):
            return []
        organisations = found
    quote = "\n".join(line.strip() for line in block.lines)
    return [
        _person(NAME_LINE.match(name)[1], title, organisation, block.start + len(lines) - 2, quote)
        for name, title, organisation in zip(names, titles, organisations, strict=True)
    ]


def signatories_in_columns(block):
    """Signatories set in columns side by side: organisations, names, titles, one row each."""
    lines = [squeeze(line) for line in block.lines]
    if not 2 <= len(lines) <= 3:
        return []
    people = _signatories_in_cells(block, lines)
    if people:
        return people
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
        if len(found) != len(titles):
            # "Exempelby kommun Polisen": the organisations' cells flattened to single spaces.
            found = re.findall(ORGANISATION_CELL, lines[0])
            if " ".join(found) != lines[0]:
                return []
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
    text = block.text.lstrip("/ ").rstrip(".")
    text = re.sub(r",\s*(?:polis)?region [A-ZÅÄÖ]\w+", "", text)
    matches = list(PERSON.finditer(text))
    if not matches:
        return []
    rest = PERSON.sub("", text)
    if re.sub(r"\s*(?:,|och|samt)\s*", "", rest).strip():
        return []
    return [_person(m[1], m[2], "", block.start, block.text) for m in matches]


# The titles the list names, without the last entry that knows a title only by its ending.
KNOWN_TITLE = re.compile(
    ACTING + r"(?:" + "|".join(sorted(TITLES[:-1], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def better_reading(people, other):
    """Whether `people` read from one sentence about signing is a better reading than `other`
    from another: more signers, or as many with more titles the list knows ("okalpolisområdes-
    chef" in a caption is known only by its ending, "lokalpolisområdeschef" in the news text)."""

    def score(found):
        return len(found), sum(1 for person in found if KNOWN_TITLE.match(person.title))

    return score(people) > score(other)


def over_caption(caption, sentence):
    """The signers of a photo caption ("Anna Ek, kommunalråd") read again from a sentence about
    the signing that names them too ("… undertecknades av Anna Ek (C), kommunalråd för X kommun,
    och Per Olsson, …"): the sentence's reading when it names everyone the caption does, else
    the caption's people, each with the sentence's title where it names that person with one."""
    named = {person.name: person for person in sentence if person.title}
    if caption and all(person.name in named for person in caption):
        return sentence
    return [named.get(person.name, person) for person in caption]


def find_signatories(block):
    return signatories_in_lines(block) or signatories_in_columns(block) or signatories_inline(block)


SIGNING_VERB = re.compile(
    # "Löftet har signerats digitalt av …", "undertecknades idag av …": an adverb or two may
    # stand between the participle and its agent.
    r"(?:undertecknats|undertecknades|undertecknat|signerats)\s+(?:[a-zåäö]+\s+){0,2}?av\b|"
    r"\bsignerade[s]?\b|"
    # "Undertecknandet gjordes av X, kommunalråd och Y, …": the signing as a noun.
    # "Underskrifterna gjordes av X, titel, och Y, titel", "Undertecknandet skedde i stadshuset
    # av …", "Signeringen genomfördes …": any noun of the act, then a verb that it took place.
    r"\b(?:undertecknandet|underskrifterna|underskriften|signeringen|signerandet)\s+"
    r"(?:[a-zåäö]+\s+){0,2}?(?:gjordes|sköttes|utfördes|genomfördes|skedde|ägde\s+rum)\b|"
    r"\btecknade\b|"
    r"\btecknades av|\bhar tecknat\b|"
    # "Den 3 juni skrev kommunstyrelsens ordförande, X, och chefen för lokalpolisområde Y, Z,
    # under löftet": after an opening adverbial the subject, two people with their titles, stands
    # between the verb and its particle.
    r"skrev\w*(?:\s+[^\s.]+){0,10}?\s+(?:på|under)\b|"
    r"\bskrev(?:\s+[^\s.]+,?){2,16}?,\s+under\b|"
    # "skrevs en ny samverkansöverenskommelse … samt nya medborgarlöften under av …": the
    # particle and the agent close a passive however long its subject.
    r"\bskrevs\b[^.]*?\bunder av\b|"
    # "På plats för att underteckna medborgarlöftet var X och Y": those there to sign.
    r"för att underteckna\b|"
    r"undertecknade|skriver under|skrivit under|skrivits under av|"
    # "berättar om löftet och skriver sedan under": an adverb between the verb and its particle.
    r"\bskriver\s+(?:[a-zåäö]+\s+){1,2}?under\b|"
    # "X, kommunalråd och Y, polischef har undertecknat medborgarlöftet": the perfect tense.
    r"\bhar (?:undertecknat|signerat)\b|"
    # "X, kommunalråd, och Y, polischef, har nu undertecknat årets medborgarlöfte".
    r"\bhar\s+(?:nu|nyligen|idag|i\s+dag|även)\s+(?:undertecknat|signerat)\b|"
    # A photo caption in the present tense: "X, kommunalråd och Y, polischef signerar löftet".
    r"\bsignerar\b|\bundertecknar\b|"
    # "X tecknar under överenskommelsen och medborgarlöftet tillsammans med Y".
    r"\btecknar\s+under\b|"
    # "Här undertecknas det nya medborgarlöftet", "Löftet undertecknas av X och Y": the present
    # passive of a caption or of a signing still to come.
    r"\bundertecknas\b|"
    # "Det var X och Y som satte sina signaturer på dokumentet".
    r"\bsatte (?:sina|sin) (?:signatur|namnteckning)|"
    # One verb of the family in any tense or voice: the present passive of a signing still to
    # come ("Löftet tecknas av X", "signeras av", "skrivs under av"), the perfect ("har skrivit
    # på"), the infinitive ("ska skriva under").
    r"\b(?:under)?tecknas\b|\bsigneras\b|\bsignerats\b|\bundertecknats\b|"
    r"\bskriv(?:s|a|it|its)\s+(?:[a-zåäö]+\s+){0,2}?(?:under|på)\b|"
    # "satte X, titel, och Y, titel, sina namn på löftet", "sätter sitt namn under": the subject
    # may stand between the verb and its object after a fronted adverbial.
    r"\b(?:sätt(?:a|er)|satte|satt)\b(?:\s+[^\s.]+){0,16}?\s+(?:sitt|sina|sin)\s+"
    r"(?:namn|namnteckning\w*|signatur\w*|underskrift\w*)\s+(?:på|under)\b|"
    # "skrev sitt namn under", "skriver sina namn på": the name as the object.
    r"\bskr(?:ev|iver|iva|ivit)\s+(?:sitt|sina)\s+namn\s+(?:på|under)\b",
    re.IGNORECASE,
)
# In running text a title may stand in its definite form ("kommunalrådet Anna Svensson",
# "lokalpolisområdeschefen Per Olsson"), and a police title may carry its area's name after it
# ("Lotta Petersson, lokalpolisområdeschef Nybro undertecknade …").
# "t.f. lokalpolisområdeschef för södra Lappland Daniel Ek": the area may stand between the title
# and the name when a quarter of the compass marks it as a place.
# "Lokalpolisområdeschef i Västra Exempelbygd Per Ek": the quarter capitalised as part of the
# area's name.
AREA_BEFORE_NAME = (
    r"(?:\s+(?:i|för)\s+(?:[Nn]orra|[Ss]ödra|[Vv]ästra|[Öö]stra|[Mm]ellersta|[Nn]ordvästra|"
    r"[Nn]ordöstra|[Ss]ydvästra|[Ss]ydöstra)\s+[A-ZÅÄÖ][\w\-]+(?=\s+[A-ZÅÄÖ]))?"
)
TITLE_THEN_NAME = re.compile(rf"\b({ANY_TITLE}(?:en|et|n)?{AREA_BEFORE_NAME})\s+({NAME}){PARTY}")
# The place after a title: "lokalpolisområdeschef Nybro", "kommunchef i Arboga kommun",
# "lokalpolisområdeschef i Västra Mälardalen" (two words after "i"); not the next person's name.
# The place stays on the title's line ("lokalpolisområdeschef i Medelpad" at a paragraph's end is
# not continued by the next paragraph's first word) and may name two areas ("Örebro/Lekeberg").
# An organisation of several words after the title ("lokalchef Polisområde Nord Region Syd,")
# is taken whole only when a comma closes it.
TITLE_PLACE = (
    # "lokalpolisområdeschef västra Fyrbodal", "chef i södra Ångermanland": an area named with
    # its quarter of the compass.
    # "polischef Södra Ångermanland": the quarter capitalised as part of the area's name.
    r"(?:[ \t]+(?:i[ \t]+)?(?:[Nn]orra|[Ss]ödra|[Vv]ästra|[Öö]stra|[Mm]ellersta|[Nn]ordvästra|"
    r"[Nn]ordöstra|[Ss]ydvästra|[Ss]ydöstra)[ \t]+[A-ZÅÄÖ][\w\-/]+|"
    r"[ \t]+(?:[A-ZÅÄÖ][\w\-/]+[ \t]+){1,3}[A-ZÅÄÖ][\w\-/]+(?=,)|"
    # "polisområdeschef i Mora, Malung och Sälen": an area of several places listed.
    r"[ \t]+i[ \t]+[A-ZÅÄÖ][\w\-/]+(?:,[ \t]+[A-ZÅÄÖ][\w\-/]+)+[ \t]+och[ \t]+[A-ZÅÄÖ][\w\-/]+"
    r"(?![ \t]*[A-ZÅÄÖ])|"
    r"[ \t]+i[ \t]+[A-ZÅÄÖ][\w\-/]+(?:[ \t]+[A-ZÅÄÖ][\w\-/]+)?\b(?:s? kommun)?|"
    # "kommunalråd för Heby kommun": the municipality the title is held for.
    r"[ \t]+för[ \t]+[A-ZÅÄÖ][\w\-]+s?[ \t]+kommun\b|"
    r"[ \t]+[A-ZÅÄÖ][\w\-/]+\b(?:s? kommun)?)"
)
# "kommunalråd och ordförande för kommunstyrelsen i Bollnäs": a second office held beside the
# title, joined by "och", is part of it.
SECOND_OFFICE = (
    r"(?:[ \t]+och[ \t]+(?:vice[ \t]+)?ordförande[ \t]+(?:för|i)[ \t]+"
    r"(?:kommunstyrelsen|kommunfullmäktige|[a-zåäö]+nämnden))?"
)
NAME_THEN_TITLE = re.compile(
    # "Anna Ek, kommunalråd", or with the party and no comma: "Marit Holmstrand (S)
    # kommunstyrelsens ordförande". In a list "kommunchef Anna Ek, kommunalråd Per Olsson" the
    # title after the comma is the next person's (it is followed by a name), not Anna Ek's.
    rf"({NAME})(?:{PARTY},\s+|\s*\([A-ZÅÄÖ][A-Za-zåäö]{{0,3}}\)\s+)"
    rf"({ANY_TITLE}{SECOND_OFFICE}(?:{TITLE_PLACE}(?![ \t]*[A-ZÅÄÖ]))?)(?!(?:en|et|n)?\s+{NAME})"
)
# "säger Björn Ek, lokalpolisområdeschef i Västra Mälardalen": a person's title wherever the
# text gives it, for a signing sentence that names the person bare.
NAME_WITH_TITLE = re.compile(
    rf"({NAME}){PARTY},\s+({ANY_TITLE}(?:{TITLE_PLACE}(?![ \t]*[A-ZÅÄÖ]))?)"
    rf"|\b({ANY_TITLE})\s+({NAME}){PARTY}"
)
BARE_NAME = re.compile(rf"\b({NAME})\b")
# "skrev kommunstyrelsens ordförande, Anna Ek, och chefen för lokalpolisområde Exempelby, Per
# Olsson, under löftet": a title set before the name with a comma, the name closed by a comma.
# "Lokalpolisområdeschefen för Exempelbygd, Per Ek och kommunalrådet Anna Ek har
# undertecknat": the title may carry the area it is held for, and the name may end at "och".
TITLE_COMMA_NAME = re.compile(
    rf"\b((?i:chefen)\s+för\s+lokalpolisområde\s+[A-ZÅÄÖ][\w\-]+|{ANY_TITLE}(?:en|et|n)?"
    r"(?:\s+(?:för|i)\s+[A-ZÅÄÖ][\w\-]+)?),\s+"
    rf"({NAME}){PARTY}(?=,|\s+(?:och|samt)\s)"
)
# "Johan Ek kommunstyrelsens ordförande och Per Olsson Polischef Södra Exempelbygd": the title
# right after the name, with no comma (taken only for a known first name).
NAME_SPACE_TITLE = re.compile(
    rf"({NAME})[ \t]+({ANY_TITLE}(?:{TITLE_PLACE}(?![ \t]*[A-ZÅÄÖ]))?)(?![\wåäö])"
)
# "Anna Ek, högsta ansvariga tjänsteman i kommunen": in a signing sentence, the words after a
# known first name and a comma, up to the next comma, "och" or the sentence's end, are the
# person's title even when the list of titles does not know them.
NAME_APPOSITION = re.compile(
    rf"({NAME}){PARTY},\s+([a-zåäö][\wåäö\-]*(?:\s+[\wåäöÅÄÖ\-]+){{0,6}}?)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:och|samt|som)\s)"
)
# "Per Olsson från lokalpolisen Södra Exempelbygd", "Per Olsson, från Polisen": a signer named
# with the side he comes from and no title.
NAME_FROM = re.compile(
    rf"({NAME}){PARTY},?\s+från\s+((?i:(?:lokal)?polisen)(?:\s+[A-ZÅÄÖ][\w\-]+){{0,2}}|"
    rf"[A-ZÅÄÖ][\w\-]+s\s+kommun)"
)
# "…, säger Anna Ek, kommunstyrelsens ordförande": the speaker of a quote that mentions the
# signing ("när vi nu signerar löftet") is named as speaking, not as signing.
# "…, säger kommunpolis Per Ek": the speaker's title may stand between the verb and the name.
SPEAKER_BEFORE = re.compile(
    r"\b(?:säger|sa|sade|berättar|menar|konstaterar|förklarar|betonar)\s+"
    rf"(?:{ANY_TITLE}(?:en|et|n)?\s+)?$",
    re.IGNORECASE,
)


def _known_part(name):
    """The name from its first known first name on ('Nybro Lisa Ek' → 'Lisa Ek'), the name
    itself when it is two words none of which is known, else None."""
    words = name.split()
    for start in range(len(words) - 1):
        if is_known_first_name(" ".join(words[start:])):
            return " ".join(words[start:])
    return name if len(words) == 2 else None


def _title_elsewhere(name, document):
    """The title the document gives a person in another sentence ("säger Anna Ek,
    kommunchef"), or None."""
    for m in NAME_WITH_TITLE.finditer(document):
        if m[1] == name:
            return m[2]
        if m[4] == name:
            return m[3]
    return None


# A sentence ends at a stop before a capital or a dash; "t.f. lokalpolisområdeschef", "bl.a."
# inside a sentence are abbreviations.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ\-–—”\"0-9])")
OTHER_DOCUMENT = re.compile(r"överenskommelse|avtal", re.IGNORECASE)


def _signs_another_document(sentence, start):
    """Whether the person named at `start` signs something else than the pledge: 'X och Y
    undertecknar medborgarlöftet och kommunchef Z undertecknar samverkansöverenskommelsen' —
    the signing verb after the name has an object (up to the next signing verb) that names an
    agreement and no pledge."""
    verbs = [m for m in SIGNING_VERB.finditer(sentence) if m.start() > start]
    if not verbs:
        return False
    after = verbs[1].start() if len(verbs) > 1 else len(sentence)
    signed = sentence[verbs[0].end() : after]
    if not OTHER_DOCUMENT.search(signed) or "löfte" in signed.lower():
        return False
    # "X och Y satte sina namn på överenskommelsen" alone: the agreement signed is the pledge
    # the page is about; only a sentence that has the pledge signed by another verb as well
    # parts the two documents.
    others = [m for m in SIGNING_VERB.finditer(sentence) if m.start() != verbs[0].start()]
    return any("löfte" in sentence[m.end() : m.end() + 60].lower() for m in others)


# "… undertecknade löftet under överinseende av kommunpolis Z": one who watches the signing.
WITNESS = re.compile(r"\b(?:under överinseende|i närvaro|i sällskap)\s+av\b", re.IGNORECASE)


def _witness(sentence, start):
    """Whether the person named at `start` is named after the signing as one who watches it:
    'X och Y undertecknade under överinseende av Z' (a witness named before the verb, 'I
    närvaro av Z undertecknade X …', does not make X one)."""
    verbs = [m for m in SIGNING_VERB.finditer(sentence) if m.end() <= start]
    after = verbs[-1].end() if verbs else 0
    return bool(WITNESS.search(sentence[after:start]))


def signatories_in_sentence(text, line, document=""):
    """People named in a sentence about signing: 'Löftet har undertecknats av
    lokalpolisområdeschef X, kommunpolis Y och kommunalråd Z', 'Vårt kommunalråd X och
    områdespolischef Y skrev idag på medborgarlöftet'. Only the first such sentence counts.
    A person named bare ('X och kommunchef Y skrev under') takes the title `document` gives
    them elsewhere; a first name outside the list is kept beside its title but flagged."""
    for sentence in SENTENCE_END.split(text):
        if not SIGNING_VERB.search(sentence):
            continue
        spaced = [m for m in NAME_SPACE_TITLE.finditer(sentence) if is_known_first_name(m[1])]
        places = [m.span(2) for m in spaced]
        pairs = [
            (m.start(), m[2], m[1])
            for m in TITLE_THEN_NAME.finditer(sentence)
            # "Polischef Södra Exempelbygd" after a name: the title's place, not a person.
            if not any(start <= m.start(2) < end for start, end in places)
        ]
        pairs += [(m.start(), m[1], m[2]) for m in NAME_THEN_TITLE.finditer(sentence)]
        named = {name for _, name, _ in pairs}
        pairs += [
            (m.start(), m[2], m[1])
            for m in TITLE_COMMA_NAME.finditer(sentence)
            if m[2] not in named and is_known_first_name(m[2])
        ]
        named = {name for _, name, _ in pairs}
        pairs += [(m.start(), m[1], m[2]) for m in spaced if m[1] not in named]
        named = {name for _, name, _ in pairs}
        sides = {
            m[1]: m[2]
            for m in NAME_FROM.finditer(sentence)
            if m[1] not in named and is_known_first_name(m[1])
        }
        pairs += [
            (m.start(), m[1], _title_elsewhere(m[1], document) or "")
            for m in NAME_FROM.finditer(sentence)
            if m[1] in sides
        ]
        named = {name for _, name, _ in pairs}
        pairs += [
            (m.start(), m[1], m[2])
            for m in NAME_APPOSITION.finditer(sentence)
            if m[1] not in named and is_known_first_name(m[1])
        ]
        read = list(pairs)
        pairs = [pair for pair in pairs if not SPEAKER_BEFORE.search(sentence[: pair[0]])]
        titled = {name for _, name, _ in pairs}
        for m in BARE_NAME.finditer(sentence):
            name = m[1]
            if any(name in other for other in titled) or not is_known_first_name(name):
                continue
            if SPEAKER_BEFORE.search(sentence[: m.start(1)]):
                continue
            title = _title_elsewhere(name, document)
            if title:
                pairs.append((m.start(1), name, title))
            elif PARTY_AFTER.match(sentence, m.end(1)):
                # "Anna Ek (C) och lokalpolischef Per Ek har skrivit under": a politician
                # named with the party only, the municipality's signer though no title is given.
                pairs.append((m.start(1), name, ""))
                sides[name] = "kommunen"
        if not pairs:
            # "Det var en nöjd kvartett som undertecknade löftena. Från vänster X, Y …": a
            # signing sentence that names nobody, followed by a list of people.
            following = SENTENCE_END.split(text[text.find(sentence) + len(sentence) :].strip())
            listed = people_in_list(following[0]) if following and following[0] else []
            if len(listed) >= 2:
                quote = f"{sentence.strip()} {following[0].strip()}"
                return [_person(name, title, "", line, quote) for name, title in listed]
        # "lokalpolisområdeschef Västra Mälardalen" after a name is that person's title with its
        # place; the place read as a second person's name (no known first name) is none.
        pairs = [
            pair
            for pair in pairs
            if (
                is_known_first_name(pair[1])
                or not any(pair[1] in title and pair[1] != name for _, name, title in read + pairs)
            )
            and not _witness(sentence, pair[0])
        ]
        people, seen = [], set()
        for start, name, title in sorted(pairs):
            name = _known_part(name)
            if not name or name in seen or _signs_another_document(sentence, start):
                continue
            seen.add(name)
            people.append(_person(name, title, sides.get(name, ""), line, sentence.strip()))
        if people:
            return people
    return []


# "lokalpolischef i Lokalpolisområde Exempelby": a title may end the part with its place.
TITLE_AT_END = re.compile(
    rf"\b({ANY_TITLE}(?:en|et|n)?(?:\s+(?:i|för)\s+[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+)?)?)$"
)
# "Från vänster i bild:", "På bilden från vänster:": the lead of a caption before its people.
CAPTION_LEAD = re.compile(
    r"^(?:på bilden\s+)?från vänster(?:\s+(?:i bild|på bilden|till höger))?\s*:?\s*",
    re.IGNORECASE,
)
NAME_ALONE = re.compile(rf"^({NAME}){PARTY}$")
TITLE_AND_NAME = re.compile(rf"\b({ANY_TITLE}(?:en|et|n)?)\s+({NAME}){PARTY}$")
NAME_AND_TITLE = re.compile(rf"^({NAME}){PARTY}\s+({ANY_TITLE})$")


def people_in_list(text):
    """[(name, title)] of a list of people, as a photo caption gives it: "Från vänster
    kommunstyrelsens ordförande, Anna Ek, lokalpolisområdeschef Per Olsson samt kommunchef
    Jan Berg". Each part between commas, "och" and "samt" is a person ("kommunchef Jan Berg"),
    or a title or a name alone, paired with its neighbour; a part that is neither ends it."""
    people, pending = [], None
    text = CAPTION_LEAD.sub("", text.strip())
    for part in re.split(r",\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+", text.rstrip(".")):
        part = part.strip()
        whole = TITLE_AND_NAME.search(part) or NAME_AND_TITLE.match(part)
        if whole and not pending:
            title, name = (
                (whole[1], whole[2])
                if TITLE_AND_NAME.search(part)
                else (
                    whole[2],
                    whole[1],
                )
            )
            people.append((name, title))
            continue
        title = TITLE_AT_END.search(part)
        name = NAME_ALONE.match(part)
        if pending and title and pending[0] == "name":
            people.append((pending[1], title[1]))
            pending = None
        elif pending and name and pending[0] == "title":
            people.append((name[1], pending[1]))
            pending = None
        elif not pending and (title or name):
            pending = ("title", title[1]) if title else ("name", name[1])
        else:
            return []
    return [] if pending else people


# "… på olika platser i kommunen.Peter Lagerström" over "Tf lokalpolisområdeschef": the last
# paragraph and the first signatory's name run together where the page lost a line break.
GLUED_NAME = re.compile(rf"^(.*[a-zåäö0-9)][.!?])({NAME})\s*$")


def split_glued_signature(blocks):
    """The blocks with a name glued to the end of a paragraph, over a title line, moved into a
    block of its own with the lines below it, so that the paragraph stays a paragraph and the
    signature a signature."""
    from .structure import Block

    result = []
    for block in blocks:
        m = GLUED_NAME.match(block.lines[0]) if len(block.lines) > 1 else None
        if (
            m
            and is_known_first_name(m[2])
            and TITLE_LINE.match(squeeze(block.lines[1]))
            and signatories_in_lines(Block(block.start, [m[2], *block.lines[1:]]))
        ):
            result.append(Block(block.start, [m[1]]))
            result.append(Block(block.start, [m[2], *block.lines[1:]]))
        else:
            result.append(block)
    return result
