"""Plain rules that read a pledge document's Swedish text into fields.

Each rule is a small function of the text (or of one paragraph) that returns what it found and
where: a `Found(value, line, quote)`, with the line number in the cleaned text and the words the
value came from, so that staff can check every field against the document. `parse()` runs the
rules over the whole document and returns an `Extraction`; what no rule placed is kept in
`Extraction.unplaced`, so nothing in the document is lost.

The rules know the forms of the five real documents in seeds/, of DOMAIN.md and of the
documents in heldout/ (other common styles: promises as sentences, "Vi lovar att", signatures as
"Name / Title, Organisation" or "Title / Name"); they never guess a value the text does not give.
"""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from pledges import periods

from .text import squeeze

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augusti": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DASH = r"\s*(?:-|–|—|−|till|t\.o\.m\.?)\s*"
YEAR = r"(?:19|20)\d\d"
NUMBERS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "tolv": 12,
}


@dataclass
class Found:
    value: object
    line: int
    quote: str


@dataclass
class Block:
    """Consecutive non-blank lines of the cleaned text; `start` is the first line's number."""

    start: int
    lines: list

    @property
    def text(self):
        return squeeze(" ".join(line.strip() for line in self.lines))

    @property
    def end(self):
        return self.start + len(self.lines) - 1


@dataclass
class ActionFound:
    text: str
    line: int
    heading: str = ""
    details: str = ""
    responsible: str = "ej_angivet"
    other_party: str = ""
    responsible_quote: str = ""
    target: tuple | None = None  # (count, unit, "ar" or "period")
    target_quote: str = ""
    methods: list = field(default_factory=list)
    focus_area: str = ""


@dataclass
class SignatoryFound:
    name: str
    title: str
    side: str
    organisation: str
    line: int
    quote: str


@dataclass
class Extraction:
    title: Found | None = None
    municipalities: list = field(default_factory=list)  # of Found(code)
    police_area: Found | None = None
    district: Found | None = None
    period: Found | None = None  # value: (start, end)
    signed_on: Found | None = None
    signed_place: Found | None = None
    signatories: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    focus_areas: list = field(default_factory=list)  # of Found(slug)
    cadence: Found | None = None
    published_where: Found | None = None
    contact: Found | None = None  # value: dict(name, role, email, phone)
    sections: dict = field(default_factory=dict)  # field name -> list of Block
    unplaced: list = field(default_factory=list)  # of Block
    remarks: list = field(default_factory=list)  # what the reader should know, in Swedish


# Periods ------------------------------------------------------------------------------------


def _date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month_end(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _short_year(two_digits):
    return 2000 + int(two_digits)


PERIOD_RULES = []


def period_rule(pattern):
    def register(function):
        PERIOD_RULES.append((re.compile(pattern, re.IGNORECASE), function))
        return function

    return register


@period_rule(rf"\b({YEAR})-(\d\d)-(\d\d){DASH}({YEAR})-(\d\d)-(\d\d)\b")
def _iso_range(m):
    return _date(m[1], m[2], m[3]), _date(m[4], m[5], m[6])


@period_rule(rf"\b(\d\d)(\d\d)(\d\d){DASH}(\d\d)(\d\d)(\d\d)\b")
def _short_range(m):
    """'170101–181231': the form some police documents use."""
    return (
        _date(_short_year(m[1]), m[2], m[3]),
        _date(_short_year(m[4]), m[5], m[6]),
    )


@period_rule(
    rf"\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?{DASH}(\d{{1,2}})\s+({MONTH})\s+({YEAR})\b"
)
def _day_month_range(m):
    """'1 juni 2022–31 december 2023', or '15 juni – 31 augusti 2024' with one year."""
    start_year = m[3] or m[6]
    return (
        _date(start_year, MONTHS[m[2].lower().rstrip(".")], m[1]),
        _date(m[6], MONTHS[m[5].lower().rstrip(".")], m[4]),
    )


@period_rule(rf"\b({MONTH})(?:\s+({YEAR}))?{DASH}({MONTH})\s+({YEAR})\b")
def _month_range(m):
    """'juli 2018 – juni 2020', or 'juni–augusti 2024' with one year: whole months."""
    first, last = MONTHS[m[1].lower().rstrip(".")], MONTHS[m[3].lower().rstrip(".")]
    start_year = int(m[2] or m[4])
    return datetime.date(start_year, first, 1), _month_end(int(m[4]), last)


@period_rule(rf"(?<![\d-])({YEAR}){DASH}({YEAR})(?![\d-])")
def _year_range(m):
    return datetime.date(int(m[1]), 1, 1), datetime.date(int(m[2]), 12, 31)


# A single year counts only after words that introduce a pledge's period ("medborgarlöftet för
# 2024", "under 2023", "Medborgarlöften 2023", "Ljungby kommun 2024"); "sedan 2005",
# "trygghetsmätningen 2016" and "i januari 2016" are not periods.
@period_rule(
    rf"\b(?:för|under|år|året|löfte|löftet|löften|medborgarlöfte|medborgarlöftet|"
    rf"medborgarlöften|kommun)\s+({YEAR})\b(?!\s*(?:-|–|—)\s*\d)"
)
def _single_year(m):
    return datetime.date(int(m[1]), 1, 1), datetime.date(int(m[1]), 12, 31)


def periods_in(text):
    """Every period stated in `text`, as (offset, start, end, quote), in text order; where two
    forms overlap ("2018-07-01—2020-06-30" also holds years) the more exact one wins."""
    found, taken = [], []
    for pattern, rule in PERIOD_RULES:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            dates = rule(m)
            if not dates or None in dates or dates[1] < dates[0]:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), dates[0], dates[1], m[0]))
    return sorted(found)


def parse_period(text):
    """(start, end) of the first period stated in `text`, or None."""
    found = periods_in(text)
    return (found[0][1], found[0][2]) if found else None


def find_period(blocks):
    """The pledge's period: the first one in a paragraph that speaks of the pledge (löfte), else
    the first one at all."""
    candidates = []
    for block in blocks:
        names_pledge = "löfte" in block.text.lower()
        for line_index, line in enumerate(block.lines):
            for _offset, start, end, quote in periods_in(line):
                candidates.append((not names_pledge, block.start + line_index, start, end, quote))
    if not candidates:
        return None
    _, line, start, end, quote = min(candidates, key=lambda c: (c[0], c[1]))
    return Found((start, end), line, quote)


# Signing ------------------------------------------------------------------------------------

PLACE_AND_DATE = re.compile(
    rf"^([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?),?\s+(?:den\s+)?"
    rf"(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})\s+({MONTH})\s+({YEAR}))\.?$"
)
SIGNED_IN_TEXT = re.compile(
    rf"(?:\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?,?\s+(?:undertecknade|undertecknades|"
    rf"skrev\w*\s+under)|(?:undertecknade|undertecknades|undertecknat|skrevs\s+under)\w*"
    rf"(?:\s+\w+){{0,6}}?\s+den\s+(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?)",
    re.IGNORECASE,
)


def parse_place_and_date(line):
    """('Ljungby', date(2017, 2, 9)) for a line 'Ljungby 2017-02-09', else None."""
    m = PLACE_AND_DATE.match(line.strip())
    if not m:
        return None
    iso = m[2] is not None
    day = _date(m[2], m[3], m[4]) if iso else _date(m[7], MONTHS[m[6].lower().rstrip(".")], m[5])
    return (m[1], day) if day else None


def parse_signed_in_text(text, default_year=None):
    """The signing date of 'Idag, måndag 22 april, undertecknade …' as (date, quote, year_given).
    A date without a year takes `default_year` (the period's)."""
    m = SIGNED_IN_TEXT.search(text)
    if not m:
        return None
    day, month, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    year_given = bool(year)
    year = year or default_year
    if not year:
        return None
    date = _date(year, MONTHS[month.lower().rstrip(".")], day)
    return (date, m[0], year_given) if date else None


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
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:telefon|tel|mobil)\.?:?\s*(.+)$|^(\+?[\d][\d\s\-–]{6,}.*)$", re.IGNORECASE)


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


# Promises ------------------------------------------------------------------------------------

BULLET = re.compile(r"^\s*(?:[•·▪◦‣●*\-–]|\d{1,2}[.)])\s+(.*)$")
# "Polisen i Oskarshamn" names the police only with a capitalised place after it.
POLICE = (
    r"(?:polisen i (?-i:[A-ZÅÄÖ])\w+|polisen|polis|polismyndigheten|lokalpolisområdet|"
    r"lokalpolisområde \w+)"
)
MUNICIPALITY = (
    r"(?:kommunerna|kommunen|kommun|[A-ZÅÄÖ]\w+s kommun|[A-ZÅÄÖ]\w+ kommun|"
    r"stadsdelsförvaltningen|[A-ZÅÄÖ]\w+s stadsdelsförvaltning|staden|[A-ZÅÄÖ]\w+s stad)"
)
# Municipal units that carry a promise as its subject: "Fritidsgårdarna håller öppet …".
MUNICIPAL_UNIT = (
    r"(?:\w*förvaltningen|socialtjänsten|fritidsgården|fritidsgårdarna|skolan|skolorna|"
    r"kommunens \w+)"
)
BOTH = re.compile(
    rf"\b(?:{POLICE}\s+och\s+{MUNICIPALITY}|{MUNICIPALITY}\s+och\s+{POLICE})\b", re.IGNORECASE
)
TOGETHER = re.compile(
    r"^(?P<actor>[\wÅÄÖåäö ]+?)\s+(?:ska|skall|lovar att|kommer att)?\s*"
    r"(?:i samverkan med|tillsammans med)\s+(?P<partners>.+?)\s+"
    r"(?:starta|genomföra|verka|arbeta|ta fram|skapa|utveckla|fortsätta|genomför|göra|\w+a\b)",
    re.IGNORECASE,
)
# "Tillsammans med Vimmerbybostäder lovar kommunen att …": the partner before the actor.
PARTNER_FIRST = re.compile(
    r"^(?:tillsammans med|i samverkan med)\s+(?P<partners>.+?)\s+(?:lovar|ska|skall|kommer)\s+"
    r"(?P<actor>[\wÅÄÖåäö ]+?)\s+att\b",
    re.IGNORECASE,
)
BETWEEN = re.compile(r"^I samverkan mellan\s+(?P<partners>.+?)\s+(?:[a-zåäö]+a)\b", re.IGNORECASE)
ACTOR_FIRST = re.compile(
    rf"^(?P<actor>{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT})\s+(?:lovar|ska|skall|kommer|"
    r"genomför|arbetar|tar|håller|erbjuder|startar|anordnar|bjuder|fortsätter|ansvarar)\b",
    re.IGNORECASE,
)
# A promise written as a sentence of its own: "Polisen lovar att …", "Kommunen ska …",
# "Polisen och kommunen lovar att …", "Vi lovar att …".
PROMISE_START = re.compile(
    rf"^(?:(?:{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT})(?:\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?"
    r"|vi)\s+(?:lovar att|ska|skall|kommer att)\b",
    re.IGNORECASE,
)
WE_PROMISE = re.compile(r"^vi\s+(?:lovar att|ska|skall|kommer att)\b", re.IGNORECASE)
IN_PARENTHESES = re.compile(r"\(\s*(?:ansvarig:?\s*)?([^()]{2,60}?)\s*\)\s*\.?$", re.IGNORECASE)
# What a party in parentheses is called: "(polisen)", "(kommunen)", "(Bostadsbolaget)".
PARTY_WORDS = re.compile(
    r"polis|kommun|bolag|skol|förvaltning|förening|\bAB\b|trafik|fastighet|region|"
    r"länsstyrelse|räddningstjänst|bostad|näringsliv|företag|socialtjänst|fritid",
    re.IGNORECASE,
)
POLICE_WORDS = re.compile(
    r"\b(?:polis|polisen|polisens|polisiär|polisiära|polismyndigheten)\b", re.I
)
MUNICIPALITY_WORDS = re.compile(
    r"\b(?:kommun|kommunen|kommunens|\w*förvaltning\w*|socialtjänsten|skolan|fritidsgården)\b",
    re.IGNORECASE,
)


def _parties(text):
    """'Polisen, Barn & utbildningsförvaltningen och Folkhälsan' as its three parties."""
    return [p.strip() for p in re.split(r",\s*|\s+och\s+", text) if p.strip()]


def _is_police(party):
    return bool(re.fullmatch(POLICE, party.strip(), re.IGNORECASE))


def _is_municipality(party):
    return bool(re.fullmatch(MUNICIPALITY, party.strip(), re.IGNORECASE)) or bool(
        MUNICIPALITY_WORDS.search(party)
    )


def _responsibility_of(parties):
    police = any(_is_police(p) for p in parties)
    municipality = any(_is_municipality(p) for p in parties)
    others = [p for p in parties if not _is_police(p) and not re.fullmatch(MUNICIPALITY, p, re.I)]
    other_party = " och ".join(others)
    if police and municipality:
        return "gemensamt", other_party
    if police:
        # "Polisen ska i samverkan med Länstrafiken …": the police carry it, with a partner;
        # only the police and the municipality together make it joint.
        return "polisen", other_party
    if municipality:
        return "kommunen", other_party
    return ("annan", other_party) if others else ("ej_angivet", "")


def parse_responsible(text, default=("ej_angivet", "", "")):
    """Who carries a promise, from its own words: (responsible, other party, quote)."""
    text = text.strip()
    m = TOGETHER.match(text)
    if m and len(m["actor"].split()) <= 4:
        # "Polisen och stadsdelsförvaltningen ska tillsammans med Stockholmshem …"
        parties = [*_parties(m["actor"]), *_parties(m["partners"])]
        responsible, other = _responsibility_of(parties)
        return responsible, other, m[0]
    m = PARTNER_FIRST.match(text)
    if m and len(m["actor"].split()) <= 4:
        responsible, other = _responsibility_of([*_parties(m["actor"]), *_parties(m["partners"])])
        return responsible, other, m[0]
    m = BETWEEN.match(text)
    if m:
        responsible, other = _responsibility_of(_parties(m["partners"]))
        return responsible, other, m[0]
    m = BOTH.search(text[:200])
    if m and (m.start() == 0 or "gemensam" in text.lower() or m.start() < 80):
        return "gemensamt", "", m[0]
    m = ACTOR_FIRST.match(text)
    if m:
        return ("polisen" if _is_police(m["actor"]) else "kommunen"), "", m[0]
    m = IN_PARENTHESES.search(text)
    if m and PARTY_WORDS.search(m[1]):
        responsible, other = _responsibility_of(_parties(m[1].replace("/", " och ")))
        if responsible != "ej_angivet":
            return responsible, other, m[0]
    m = re.search(r"\bpolisiär\w*", text, re.IGNORECASE)
    if m and not MUNICIPALITY_WORDS.search(text):
        return "polisen", "", m[0]
    m = BOTH.search(text)
    if m:
        return "gemensamt", "", m[0]
    return default


# Words that end a target's unit: "minst 6 informationsträffar om bedrägerier för äldre under
# året" counts informationsträffar; what follows the preposition says what they are about.
UNIT_END = r"(?:vid|i|mot|om|för|på|med|till|av|inom|hos|kring|under|per|varje|och|där|som)"
# "minst 2 … per år", and a bare count before its unit: "två trafikinsatser per år".
TARGET = re.compile(
    r"(?<![\d\-])\b(?:(?:minst|åtminstone|totalt|sammanlagt)\s+)?(\d{1,3}|"
    + "|".join(NUMBERS)
    + rf")\s+((?:(?!{UNIT_END}\s)[a-zåäö\-]+\s+){{0,2}}?[a-zåäö\-]+)"
    r"(?:\s+" + UNIT_END + r"\b(?:\s+[\w\-]+){0,6}?)?"
    r"\s+(per år|varje år|om året|per kalenderår|"
    r"under året|under perioden|per period|under löftesperioden)\b",
    re.IGNORECASE,
)


def parse_target(text):
    """(count, unit, 'ar' or 'period', quote) of 'minst 2 trygghetsvandringar per år'."""
    m = TARGET.search(text)
    if not m:
        return None
    count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1].lower()]
    per = (
        "period"
        if m[3].lower() in ("under perioden", "per period", "under löftesperioden")
        else "ar"
    )
    return count, m[2].lower(), per, m[0]


# Methods and focus areas, by the words that name them.
METHOD_WORDS = {
    "est": r"\bEST\b|effektiv samordning för trygghet",
    "bo-tryggt-2030": r"bo tryggt 2030",
    "grannsamverkan": r"grannsamverkan|grannsamverkans",
    "trygghetsvandring": r"trygghetsvandring",
    "hot-spots": r"hot ?spots?",
    "medborgardialog": r"medborgardialog|dialogmöte",
    "trygghetsmatning": r"trygghetsmätning|trygghetsundersökning|trygghetsenkät",
    "naringslivssamverkan": r"näringsliv",
    "informationsinsats": r"informationsinsats",
}
FOCUS_WORDS = {
    "trygghet": r"\btrygghet",
    "narkotika": r"narkotika|droger|droghantering",
    "valdsbrott": r"våldsbrott|\bvåld\b",
    "mans-vald-mot-kvinnor": r"mäns våld mot kvinnor|våld i nära relation",
    "skadegorelse": r"skadegörelse|klotter",
    "bedragerier": r"bedrägeri",
    "trafiksakerhet": r"trafiksäkerhet|trafikbrott",
    "unga": r"\bunga\b|ungdom",
    "inbrott": r"inbrott",
    "it-relaterad-brottslighet": r"it-relaterad",
    "kriminella-natverk": r"kriminella nätverk|kriminella gäng|gängkriminalitet",
}


def methods_in(text):
    return [slug for slug, words in METHOD_WORDS.items() if re.search(words, text, re.I)]


def focus_areas_in(text, generic=True):
    """Focus areas named in `text`; without `generic`, not the catch-all 'trygghet'."""
    return [
        slug
        for slug, words in FOCUS_WORDS.items()
        if (generic or slug != "trygghet") and re.search(words, text, re.IGNORECASE)
    ]


# Follow-up -------------------------------------------------------------------------------------

CADENCES = [
    ("tertial", r"tertial|var fjärde månad|tre gånger per år"),
    ("kvartal", r"kvartal"),
    ("halvar", r"halvår|två gånger per år|två gånger om året"),
    ("vid_slut", r"vid periodens slut|i slutet av perioden|när perioden är slut|efter perioden"),
    ("arligen", r"årligen|varje år|en gång per år|en gång om året|årsvis"),
]
FOLLOWUP_SENTENCE = re.compile(
    r"(?:uppföljning\w*|följs upp|följas upp|följa upp)[^.]*?\b(?:sker|ske|görs|göras|"
    r"kommer|följs|följas|redovisas|genomförs)\b[^.]*|(?:följs|följas|följer(?: vi)?) upp[^.]*",
    re.IGNORECASE,
)


def parse_cadence(text):
    """How often the pledge is followed up, from a sentence about follow-up: (cadence, quote).
    'Medborgarlöftet förnyas årligen' is renewal, not follow-up, and gives nothing."""
    for m in FOLLOWUP_SENTENCE.finditer(text):
        for cadence, words in CADENCES:
            if re.search(words, m[0], re.IGNORECASE):
                return cadence, m[0].strip()
    return None


PUBLISHED_WHERE = re.compile(
    r"\b(?:publiceras|redovisas|redovisar)\s+(?:\w+\s+){0,2}?på\s+(.+?)(?:\s+(?:för|hur|och "
    r"resultat)\b|[.,](?:\s|$)|$)",
    re.IGNORECASE,
)


def parse_published_where(text):
    m = PUBLISHED_WHERE.search(text)
    return (m[1].strip(), m[0]) if m else None


# Sections ----------------------------------------------------------------------------------

SECTION_WORDS = [
    ("followup", r"^(?:uppföljning|följ med|återkoppling|utvärdering|redovisning)"),
    ("situation", r"^(?:bakgrund|lägesbild|situationen|nuläge|problembild|orsaker)"),
    ("effect", r"^(?:effekt\b|förväntad effekt|mål\b|målet\b|målsättning|önskad effekt)"),
    ("introduction", r"^(?:inledning|syfte|om medborgarlöft)"),
    ("contact", r"^(?:kontakt|frågor)"),
    (
        "actions",
        r"löfte|åtgärd|aktivitet|insatser|det här vill vi|detta ska vi|vi lovar|så här gör vi",
    ),
]


def section_of(heading):
    words = heading.lower().strip().rstrip(":").strip()
    for section, pattern in SECTION_WORDS:
        if re.search(pattern, words):
            return section
    return ""


def is_heading(block):
    """A short line of its own without a full stop: 'Bakgrund', 'Samverkan', 'Effekt'."""
    if len(block.lines) != 1 or BULLET.match(block.lines[0]):
        return False
    text = block.text
    return (
        0 < len(text) <= 90
        and len(text.split()) <= 10
        and text[0].isupper()
        and not text.endswith((".", ",", ";", "!", "?"))
        and parse_place_and_date(text) is None
    )


def is_bullets(block):
    return bool(BULLET.match(block.lines[0]))


def bullet_items(block):
    """[(line number, text)] of a bulleted block; a line without a bullet continues the item."""
    items = []
    for index, line in enumerate(block.lines):
        m = BULLET.match(line)
        if m:
            items.append([block.start + index, m[1].strip()])
        elif items:
            items[-1][1] += " " + line.strip()
    return [(line, squeeze(text)) for line, text in items]


def is_quote(block):
    return bool(re.match(r"^[—–\-\"”»]", block.text)) and bool(
        re.search(r"\b(?:säger|berättar|menar|konstaterar)\b", block.text)
    )


# The whole document -------------------------------------------------------------------------


def blocks_of(text):
    """The paragraphs of the text; a line that introduces a list ("Polisen lovar att:") is a
    paragraph of its own even without a blank line before the list."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if current and BULLET.match(line) and not BULLET.match(current[0]):
            blocks.append(Block(start, current))
            current = []
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(Block(start, current))
            current = []
    if current:
        blocks.append(Block(start, current))
    return [part for block in blocks for part in _split_promise_heading(block)]


def _split_promise_heading(block):
    """'Våra löften' written straight above its promises, with no blank line between, as the
    heading and the promises: two paragraphs."""
    if len(block.lines) < 2:
        return [block]
    heading, rest = Block(block.start, block.lines[:1]), Block(block.start + 1, block.lines[1:])
    if is_heading(heading) and section_of(heading.text) == "actions" and promise_lines(rest):
        return [heading, rest]
    return [block]


@dataclass
class Gazetteer:
    """The names the rules look for: municipalities as (code, name), police areas as
    (slug, name, municipality codes)."""

    municipalities: list
    police_areas: list

    @classmethod
    def from_db(cls):
        from municipalities.models import Municipality, PoliceArea

        areas = [
            (area.slug, area.name, [m.code for m in area.municipalities.all()])
            for area in PoliceArea.objects.prefetch_related("municipalities")
        ]
        return cls(list(Municipality.objects.values_list("code", "name")), areas)


def find_municipalities(blocks, gazetteer):
    """Municipalities the document names as 'Värnamo kommun', 'Vaggeryds kommun' or in a
    heading ('Älmhult – medborgarlöften'); a name after 'lokalpolisområde' is the police
    area's, not the municipality's."""
    by_name = sorted(gazetteer.municipalities, key=lambda row: len(row[1]), reverse=True)
    names = "|".join(re.escape(name) for _, name in by_name)
    code_of = {name: code for code, name in gazetteer.municipalities}
    with_kommun = re.compile(rf"(?<![\wåäöÅÄÖ])({names})s? (?:kommun|stad)\b")
    several = rf"((?:(?:{names}), )*(?:{names}) och (?:{names}))"
    listed = re.compile(rf"\b[Kk]ommunerna {several}\b|\b{several}s? kommuner\b")
    bare = re.compile(rf"(?<![\wåäöÅÄÖ])({names})s?(?![\wåäöÅÄÖ])")
    found = {}

    def add(name, line, quote):
        code = code_of[name]
        if code not in found:
            found[code] = Found(code, line, quote)

    for block in blocks:
        for index, line in enumerate(block.lines):
            for m in listed.finditer(line):
                for name in re.split(r", | och ", m[1] or m[2]):
                    add(name, block.start + index, m[0])
            for m in with_kommun.finditer(line):
                if not re.search(r"lokalpolisområde\s*$", line[: m.start()], re.IGNORECASE):
                    add(m[1], block.start + index, m[0])
    if found or not blocks:
        return list(found.values())
    # No 'X kommun' anywhere: the name in the document's heading.
    first = blocks[0]
    for m in bare.finditer(first.text):
        add(m[1], first.start, first.text)
    return list(found.values())


def find_police_area(blocks, gazetteer, municipality_codes):
    named = {
        name.lower().removeprefix("lokalpolisområde ").strip(): slug
        for slug, name, _ in gazetteer.police_areas
    }
    pattern = re.compile(
        r"\b(?:lokalpolisområde|lokalpolisområdet|LPO)\s+([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?)"
    )
    for block in blocks:
        for index, line in enumerate(block.lines):
            for m in pattern.finditer(line):
                for candidate in (m[1], m[1].split()[0]):
                    slug = named.get(candidate.lower())
                    if slug:
                        return Found(slug, block.start + index, m[0]), False
    covering = [
        slug
        for slug, _, codes in gazetteer.police_areas
        if municipality_codes and set(municipality_codes) <= set(codes)
    ]
    if len(covering) == 1:
        return Found(covering[0], 0, ""), True
    return None, False


DISTRICT = re.compile(
    r"\b(?:stadsdel(?:en)?|stadsdelsområdet?)\s+([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?)"
)


def find_district(blocks):
    for block in blocks:
        for index, line in enumerate(block.lines):
            m = DISTRICT.search(line)
            if m:
                return Found(m[1], block.start + index, m[0])
    return None


GENERIC_TITLE = re.compile(r"^([A-ZÅÄÖ][\w\- ]+?)\s*[–—-]\s*medborgarlöften?$", re.IGNORECASE)


_NOBODY = ("ej_angivet", "", "")


def _new_action(line, text, heading, default):
    text = _capitalised(text)
    responsible, other, quote = parse_responsible(text, default)
    if responsible == "annan" and default[0] in ("polisen", "kommunen", "gemensamt"):
        # "Kommunen lovar att: • … (Bostadsbolaget)": the list's actor with the named party.
        responsible = default[0]
    action = ActionFound(
        text=text,
        line=line,
        heading=heading,
        responsible=responsible,
        other_party=other,
        responsible_quote=quote,
    )
    target = parse_target(text)
    if target:
        action.target, action.target_quote = target[:3], target[3]
    return action


def _finish_action(action):
    words = f"{action.heading} {action.text} {action.details}"
    action.methods = methods_in(words)
    areas = focus_areas_in(action.heading, generic=False)
    action.focus_area = areas[0] if areas else ""
    if action.responsible == "ej_angivet" and action.details:
        responsible, other, quote = parse_responsible(action.details)
        if responsible == "gemensamt":
            action.responsible, action.other_party, action.responsible_quote = (
                responsible,
                other,
                quote,
            )


def promise_lines(block):
    """[(line number, text)] of a paragraph of promises written as sentences, one a line:
    'Polisen lovar att …' / 'Kommunen ska i samverkan med Kalmarhem …'. A line that starts
    no promise continues the one before; a paragraph that starts with none gives []."""
    items = []
    for index, raw in enumerate(block.lines):
        line = squeeze(raw)
        if PROMISE_START.match(line):
            items.append([block.start + index, line])
        elif items:
            items[-1][1] += " " + line
        else:
            return []
    return [(line, text) for line, text in items]


def _item_default(item, default, givers):
    """'Vi lovar att …' is a promise of those who give the pledge, when the text names both."""
    if WE_PROMISE.match(item) and givers:
        return "gemensamt", "", givers
    return default


def _list_default(lead_in, givers):
    """Who carries the items of a list, from the sentence that introduces it: 'Ljungby kommun
    och lokalpolisområde Ljungby avger härmed löfte om … genom:', or 'Detta ska vi …' after
    'Vaggeryds kommun och polisen lovar …'."""
    if lead_in:
        m = BOTH.search(lead_in)
        if m:
            return "gemensamt", "", m[0]
        m = ACTOR_FIRST.match(lead_in)
        if m:
            return ("polisen" if _is_police(m["actor"]) else "kommunen"), "", m[0]
        if re.search(r"\bvi\b", lead_in, re.IGNORECASE) and givers:
            return "gemensamt", "", givers
    return "ej_angivet", "", ""


def parse(text, gazetteer):
    """Reads cleaned text (see text.clean) into an Extraction."""
    extraction = Extraction()
    blocks = blocks_of(text)
    if not blocks:
        return extraction
    placed = set()  # indexes of blocks that went into some field

    def place(index, section=None):
        placed.add(index)
        if section:
            extraction.sections.setdefault(section, []).append(blocks[index])

    # Title: the first line.
    first = blocks[0].text
    generic = GENERIC_TITLE.match(first)
    if len(first) <= 150:
        extraction.title = Found(first if not generic else "", blocks[0].start, first)
        place(0)

    extraction.municipalities = find_municipalities(blocks, gazetteer)
    codes = [f.value for f in extraction.municipalities]
    area, inferred = find_police_area(blocks, gazetteer, codes)
    extraction.police_area = area
    if inferred:
        extraction.remarks.append(
            "Lokalpolisområdet står inte i texten; det är det område som kommunen hör till."
        )
    extraction.district = find_district(blocks)
    extraction.period = find_period(blocks)
    if generic:
        label = periods.period_label(*extraction.period.value) if extraction.period else ""
        extraction.title.value = f"Medborgarlöfte {generic[1]} {label}".strip()

    # Who gives the pledge, for lists introduced with "vi".
    givers = ""
    for block in blocks:
        m = BOTH.search(block.text)
        if m and re.search(
            r"\b(?:lovar|(?:medborgar)?löfte\w*|fokusera|avger)\b", block.text, re.IGNORECASE
        ):
            givers = m[0]
            break

    section = "introduction"
    heading = ""  # the heading the next list's actions stand under
    heading_mode = False  # after 'Bland åtgärderna finns:' with no list: heading + text pairs
    focus_list_next = False
    lead_in = ""
    seen_actions = False
    index = 0 if 0 not in placed else 1
    while index < len(blocks):
        block = blocks[index]
        text = block.text
        following = blocks[index + 1] if index + 1 < len(blocks) else None

        people, taken = find_signatories(block), 1
        for size in (3, 2):
            # A signature written as separate paragraphs (as Word documents often have it).
            lines = [b.lines[0] for b in blocks[index : index + size] if len(b.lines) == 1]
            if people or len(lines) != size or len(block.lines) != 1:
                continue
            merged = Block(block.start, lines)
            people = signatories_in_lines(merged) or signatories_in_columns(merged)
            taken = size
        if people:
            extraction.signatories.extend(people)
            for offset in range(taken):
                place(index + offset)
            index += taken
            continue
        place_date = parse_place_and_date(text) if len(block.lines) == 1 else None
        if place_date:
            extraction.signed_place = Found(place_date[0], block.start, text)
            extraction.signed_on = Found(place_date[1], block.start, text)
            place(index)
            index += 1
            continue
        contact = find_contact(block)
        if contact:
            extraction.contact = Found(contact, block.start, "\n".join(block.lines))
            place(index)
            index += 1
            continue

        if is_bullets(block):
            items = bullet_items(block)
            if focus_list_next:
                for line, item in items:
                    slugs = focus_areas_in(item)
                    for slug in slugs:
                        extraction.focus_areas.append(Found(slug, line, item))
                    if not slugs:
                        extraction.remarks.append(
                            f"Fokusområdet ”{item}” (rad {line}) motsvarar inget fokusområde "
                            "i portalen."
                        )
            else:
                default = _list_default(lead_in, givers)
                for line, item in items:
                    action = _new_action(line, item, heading, _item_default(item, default, givers))
                    _finish_action(action)
                    extraction.actions.append(action)
                seen_actions = True
                heading_mode = False
            place(index)
            focus_list_next, lead_in = False, ""
            index += 1
            continue

        in_actions = section == "actions" or (
            seen_actions and section in ("introduction", "unknown")
        )
        promises = promise_lines(block) if in_actions and not text.endswith(":") else []
        if promises:
            # Promises as sentences under "Våra löften", one a line.
            for line, item in promises:
                action = _new_action(line, item, heading, _item_default(item, _NOBODY, givers))
                _finish_action(action)
                extraction.actions.append(action)
            seen_actions, heading_mode = True, False
            place(index)
            lead_in = ""
            index += 1
            continue

        if text.endswith(":") and not is_bullets(block):
            lead_in = text
            focus_list_next = "fokusområde" in text.lower()
            short = len(text.split()) <= 8
            next_is_list = following is not None and is_bullets(following)
            if short and section_of(text) in ("effect", "followup", "contact"):
                section = section_of(text)
                place(index)
            elif short and not next_is_list and section_of(text) == "actions":
                heading_mode, heading = True, ""
                place(index)
            elif short and (ACTOR_FIRST.match(text) or BOTH.search(text)):
                place(index)  # "Polisen lovar att:" names who, under the group's heading
            elif short:
                heading = text.rstrip(":").strip()
                if section_of(text) not in ("", "actions"):
                    section = section_of(text)
                place(index)
            elif not seen_actions:
                place(index, "introduction")
            index += 1
            continue

        if is_heading(block):
            kind = section_of(text)
            if kind and kind != "actions":
                section, heading_mode, heading = kind, False, ""
                place(index)
            elif heading_mode and following is not None and not is_heading(following):
                # An action: this heading, the paragraph after it, and any more paragraphs
                # until the next heading are its explanation.
                action_block = following
                action = _new_action(
                    action_block.start, action_block.text, text, ("ej_angivet", "", "")
                )
                place(index)
                place(index + 1)
                index += 2
                while (
                    index < len(blocks)
                    and not is_heading(blocks[index])
                    and not is_bullets(blocks[index])
                    and not find_signatories(blocks[index])
                ):
                    action.details = (action.details + "\n\n" + blocks[index].text).strip()
                    place(index)
                    index += 1
                _finish_action(action)
                extraction.actions.append(action)
                seen_actions = True
                continue
            elif kind == "actions":
                section, heading = "actions", ""
                place(index)
            else:
                heading = text
                next_is_lead_in = following is not None and following.text.endswith(":")
                if following is not None and (is_bullets(following) or next_is_lead_in):
                    # A group of promises: "Narkotika", "Samverkan", "Synlighet".
                    section = "actions"
                    place(index)
                elif section == "actions" or seen_actions:
                    section = "unknown"
            index += 1
            continue

        # A paragraph.
        if is_quote(block):
            place(index, "other")
        elif seen_actions and section in ("actions", "introduction", "unknown"):
            explained = _explained_action(text, extraction.actions)
            if explained:
                explained.details = (explained.details + "\n\n" + text).strip()
                place(index)
        elif section == "followup":
            if not extraction.sections.get("followup") or re.search(
                r"uppfölj|följ|redovis|publicer|utvärder", text, re.IGNORECASE
            ):
                place(index, "followup")
        elif section in ("situation", "effect", "introduction"):
            if section == "introduction" and "lägesbild" in text[:80].lower():
                place(index, "situation")
            else:
                place(index, section)
        elif section == "actions" and not seen_actions:
            place(index, "introduction")
        index += 1

    for index, block in enumerate(blocks):
        if index not in placed:
            extraction.unplaced.append(block)

    # Facts stated in running text.
    for block in blocks:
        if extraction.cadence is None:
            cadence = parse_cadence(block.text)
            if cadence:
                extraction.cadence = Found(cadence[0], block.start, cadence[1])
        if extraction.published_where is None:
            where = parse_published_where(block.text)
            if where and re.search(
                r"uppfölj|följs upp|arbetet|resultat", block.text, re.IGNORECASE
            ):
                extraction.published_where = Found(where[0], block.start, where[1])
        if extraction.contact is None:
            byline = find_byline(block.text)
            if byline:
                extraction.contact = Found(byline, block.start, block.text)
        if extraction.signed_on is None:
            year = extraction.period.value[0].year if extraction.period else None
            signed = parse_signed_in_text(block.text, year)
            if signed:
                extraction.signed_on = Found(signed[0], block.start, signed[1])
                if not signed[2]:
                    extraction.remarks.append(
                        f"Undertecknandet ”{signed[1]}” anger inget år; året är periodens."
                    )
        introduction = extraction.sections.get("introduction", [])
        if re.search(r"\bfokus", block.text, re.I) and any(b is block for b in introduction):
            # "Polisen och Vaggeryds kommun kommer under 2023 att fokusera på …"
            sentence = next(
                (
                    s
                    for s in re.split(r"(?<=[.:])\s+", block.text)
                    if re.search(r"\bfokus", s, re.I)
                ),
                "",
            )
            if re.search(r"fokusera på|fokus på|i fokus", sentence, re.IGNORECASE):
                for slug in focus_areas_in(sentence):
                    extraction.focus_areas.append(Found(slug, block.start, sentence))
    for action in extraction.actions:
        if action.focus_area:
            extraction.focus_areas.append(Found(action.focus_area, action.line, action.heading))
    unique = {}
    for found in extraction.focus_areas:
        unique.setdefault(found.value, found)
    extraction.focus_areas = list(unique.values())
    return extraction


def _explained_action(text, actions):
    """The action a paragraph after a list explains: 'Trygghetsvandringarna ska genomföras …'
    explains 'att genomföra minst 2 trygghetsvandringar per år'."""
    first = re.match(r"[\wåäöÅÄÖ]+", text)
    if not first or len(first[0]) < 6:
        return None
    word = first[0].lower()
    for action in actions:
        for candidate in re.findall(r"[\wåäö]{6,}", action.text.lower()):
            if word.startswith(candidate) or candidate.startswith(word):
                return action
    return None
