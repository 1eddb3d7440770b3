"""Which municipalities, police area and districts the pledge is given for."""

import bisect
import re
from dataclasses import dataclass

from .document import Found


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


# Well-known city districts (stadsdelar) and the municipality they lie in, for a pledge that
# names only its district ("Medborgarlöfte i Angered").
DISTRICTS = {
    "1480": "Angered Biskopsgården Hammarkullen Hjällbo Gårdsten Lövgärdet Bergsjön Kortedala "
    "Tynnered Frölunda Majorna Torslanda Lundby Örgryte Härlanda Askim",
    "0180": "Rinkeby Tensta Kista Husby Skärholmen Järva Farsta Hägersten Liljeholmen Spånga "
    "Bromma Vällingby Hässelby Enskede Årsta Skarpnäck Älvsjö Södermalm Norrmalm Östermalm "
    "Kungsholmen Rågsved Hagsätra Bredäng",
    "1280": "Rosengård Hyllie Fosie Husie Oxie Limhamn Kirseberg Lindängen Holma Kroksbäck Seved "
    "Möllevången",
    "0380": "Gottsunda Valsätra Sävja Gränby",
    "1880": "Vivalla Brickebacken Oxhagen",
    "1980": "Bäckby Pettersberg Råby",
    "0581": "Navestad Hageby Ljura Klockaretorpet",
    "0580": "Skäggetorp",
    "1283": "Drottninghög Planteringen",
    "0680": "Råslätt Öxnehaga Österängen",
    "1490": "Hässleholmen",
    "0181": "Ronna Hovsjö Geneta Fornhöjden",
    "0127": "Alby Fittja Hallunda Norsborg",
    "0126": "Flemingsberg Skogås Vårby",
    "1380": "Vallås",
}
DISTRICT_TO_MUNICIPALITY = {
    name: code for code, names in DISTRICTS.items() for name in names.split()
}
DISTRICT_NAME = re.compile(
    r"(?<![\wåäöÅÄÖ])(" + "|".join(sorted(DISTRICT_TO_MUNICIPALITY, key=len, reverse=True)) + r")"
    r"(?![\wåäöÅÄÖ])"
)


# A line that is an item of a bulleted or numbered list.
LIST_ITEM = re.compile(r"^\s*(?:[•●◦▪■*·\-–]|\d{1,2}[.)])\s+\S")


AFTER_POLICE_AREA = re.compile(r"(?:lokalpolisområde|LPO)\s*", re.IGNORECASE)
# "Lokalpolisområde Enköping/Håbo": a police area named for two places, each after a slash.
AREA_SLASHED = re.compile(r"[A-ZÅÄÖ][\w\-]*(?:\s*/\s*)")


# "Lokalpolisområde Katrineholm (Flen, Katrineholm och Vingåkers kommun)": the parenthesis
# tells which municipalities the police area covers, not which ones the pledge is given for.
AREA_MEMBERS = re.compile(
    r"(?:lokalpolisområde|LPO)\s+[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?\s*\(([^)]*)\)",
    re.IGNORECASE,
)


class AreaMembers:
    """Where in a line a police area's member list stands, found once for the whole line (not
    again for each name in it, which made a long line of names take quadratic time)."""

    def __init__(self, text):
        spans = [(m.start(1), m.end(1)) for m in AREA_MEMBERS.finditer(text)]
        self.starts = [start for start, _end in spans]
        self.ends = [end for _start, end in spans]

    def __contains__(self, position):
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


# "I Hallstahammar sker en nära samverkan mellan polis och kommun": a sentence about the two
# parties' work that names a place; the police also as "lokalpolisområdet".
ABOUT_BOTH = re.compile(
    r"\b(?:lokal)?polis\w*\b[^.]*\bkommun\w*|\bkommun\w*\b[^.]*\b(?:lokal)?polis", re.I
)


def _police_area_ends(text):
    """Where a name would stand right after 'lokalpolisområde' or 'LPO' in `text`: found once
    for the whole text rather than by searching the text before each name again."""
    ends = set()
    for m in AFTER_POLICE_AREA.finditer(text):
        ends.add(m.end())
        slashed = AREA_SLASHED.match(text, m.end())
        while slashed:
            ends.add(slashed.end())
            slashed = AREA_SLASHED.match(text, slashed.end())
    return ends


# "Foto: Ludvika kommun", "… ordförande. Bild: Grums kommun": a photo credit names who took or
# owns the picture, which may be a neighbour's; it names the pledge's municipality only when
# nothing else does (as a name inside a promise, see find_municipalities).
PHOTO_CREDIT = re.compile(r"\b(?:foto|bild|fotograf|illustration)\s*:\s*$", re.IGNORECASE)
# "skrev under medborgarlöften för sina respektive kommuner", "Alla kommuner skriver under egna
# löften", "Medborgarlöftena i respektive kommun": several municipalities, each its own pledge.
EACH_OWN_PLEDGE = re.compile(
    r"\b(?:sina|egna|respektive)\s+(?:\w+\s+)?(?:medborgar)?löfte(?:n|na)?\b"
    r"|\bför\s+sina\s+respektive\b"
    r"|\b(?:medborgar)?löfte\w*\s+(?:i|för)\s+respektive\s+kommun",
    re.IGNORECASE,
)


def _own_of_several(found, blocks, name_of):
    """On a page that names several municipalities each signing its own pledge (a news item
    on a joint signing), the one whose pledge the page gives: the one named alone as the
    owner of the pledge ("Vännäs kommuns medborgarlöften") or as the subject that signed it
    ("Umeå kommun har tecknat nya medborgarlöften"). Else `found` as it is."""
    if len(found) < 3:
        return found
    text = "\n".join(block.text for block in blocks)
    if not EACH_OWN_PLEDGE.search(text):
        return found
    owners = [
        code
        for code in found
        if re.search(
            rf"(?<![\wåäöÅÄÖ-]){re.escape(name_of[code])}s? (?:kommuns|stads)\s+(?:\w+\s+)?"
            rf"(?:medborgar)?löfte"
            rf"|(?<![\wåäöÅÄÖ-]){re.escape(name_of[code])}s? (?:kommun|stad) har\s+"
            r"(?:\w+\s+){0,2}?(?:tecknat|undertecknat|skrivit\s+under|antagit|ingått)\b",
            text,
        )
    ]
    if len(owners) == 1:
        return {owners[0]: found[owners[0]]}
    return found


def find_municipalities(blocks, gazetteer, is_heading=lambda block: False):
    """Municipalities the document names as 'Värnamo kommun', 'Vaggeryds kommun' or 'kommunerna
    X och Y' (sure); else by name in a heading ('Älmhult – medborgarlöften', also after page
    leftovers such as 'Sök'); else through a well-known district ('Medborgarlöfte i Angered',
    flagged); else the name the text uses most, at least twice (flagged). A name after
    'lokalpolisområde' is the police area's, not the municipality's."""
    by_name = sorted(gazetteer.municipalities, key=lambda row: len(row[1]), reverse=True)
    names = "|".join(re.escape(name) for _, name in by_name)
    code_of = {name: code for code, name in gazetteer.municipalities}
    with_kommun = re.compile(rf"(?<![\wåäöÅÄÖ])({names})s? (?i:kommun|stad)\b")
    # "Nacka-, Värmdö- och Tyresö kommun": the first names' hyphens stand for the word they
    # share with the last. A name glued to the word before it by a hyphen or a slash
    # ("Kungälv-Ale och Kungälvs kommun") is the end of a compound name, not a list's start.
    several = rf"(?<!\w-)(?<!\w/)((?:(?:{names})-?, )*(?:{names})-? (?:och|samt) (?:{names}))"
    # "Vårgårda, Lerum och Alingsås kommun": a list whose last name alone carries "kommun"
    # names every municipality in it; "kommunerna A, B, C samt lokalpolisområde D": so does
    # the plural noun before a list of names.
    listed = re.compile(
        rf"\b[Kk]ommunerna {several}\b|\b{several}s? (?i:kommuner|kommun)\b|"
        rf"\b[Kk]ommunerna ((?:{names})(?:, (?:{names}))+)\b"
    )
    # "för vart och ett av ansvarsområdena A, B och C kommun": a list in apposition to the
    # police's areas tells how far the police area reaches.
    areas_before = re.compile(r"område(?:n|na)\s+$", re.IGNORECASE)
    bare = re.compile(rf"(?<![\wåäöÅÄÖ])({names})s?(?![\wåäöÅÄÖ])")
    # "Halmstads stadskärna", "Landskronas centrala stadsdelar": a place that belongs to the
    # municipality, named in the genitive before a lower-case noun phrase.
    genitive = re.compile(rf"(?<![\wåäöÅÄÖ])({names})s (?=[a-zåäö])")
    found = {}
    outside_items = set()  # codes named somewhere other than in a list's item

    def add(code, line, quote, doubt=""):
        if code not in found:
            found[code] = Found(code, line, quote, sure=not doubt, doubt=doubt)

    for block in blocks:
        for index, line in enumerate(block.lines):
            police_area_ends = None
            members = None
            reach = []  # spans of lists that tell how far the police area reaches
            item = LIST_ITEM.match(line)
            for m in listed.finditer(line):
                # "Lokalpolisområde Norrköping och Söderköpings kommun": the first name is the
                # police area's.
                police_area_ends = _police_area_ends(line)
                if members is None:
                    members = AreaMembers(line)
                group = next(g for g in (1, 2, 3) if m[g])
                if areas_before.search(line[: m.start()]):
                    reach.append((m.start(), m.end()))
                    continue
                position = m.start(group)
                for name in re.split(r"-?, |-? och |-? samt ", m[group]):
                    position = line.index(name, position)
                    if position not in police_area_ends and position not in members:
                        add(code_of[name], block.start + index, m[0])
                        if not item:
                            outside_items.add(code_of[name])
                    position += len(name)
            for m in with_kommun.finditer(line):
                if police_area_ends is None:
                    police_area_ends = _police_area_ends(line)
                if members is None:
                    members = AreaMembers(line)
                if any(start <= m.start() < end for start, end in reach):
                    continue
                if m.start() not in police_area_ends and m.start() not in members:
                    add(code_of[m[1]], block.start + index, m[0])
                    if not item and not PHOTO_CREDIT.search(
                        line[max(0, m.start() - 30) : m.start()]
                    ):
                        outside_items.add(code_of[m[1]])
    # "• Delta i en utbildning som Borås stad anordnar" on Bollebygd's page: a municipality
    # named only inside the promises, beside one named in the page's own text, is one the
    # promises work with, not one the pledge is given for.
    if outside_items:
        found = {code: f for code, f in found.items() if code in outside_items}
    found = _own_of_several(found, blocks, {code: name for name, code in code_of.items()})
    if found or not blocks:
        return list(found.values())
    # The document's headings: the first block and short heading lines near the top.
    headings = [blocks[0], *[b for b in blocks[1:8] if is_heading(b)]]
    for block in headings:
        text = block.text
        police_area_ends = _police_area_ends(text)
        for m in bare.finditer(text):
            if m.start() not in police_area_ends:
                add(code_of[m[1]], block.start, text)
        if found:
            return list(found.values())
    for block in blocks:
        for m in DISTRICT_NAME.finditer(block.text):
            add(
                DISTRICT_TO_MUNICIPALITY[m[1]],
                block.start,
                m[0],
                f"kommunen hittades bara genom stadsdelen {m[1]}",
            )
            return list(found.values())
    counts = {}
    for block in blocks:
        text = block.text
        police_area_ends = None
        for m in bare.finditer(text):
            if police_area_ends is None:
                police_area_ends = _police_area_ends(text)
            if m.start() not in police_area_ends:
                counts.setdefault(m[1], []).append(block)
    if counts:
        name, places = max(counts.items(), key=lambda item: len(item[1]))
        if len(places) >= 2:
            add(
                code_of[name],
                places[0].start,
                name,
                f"kommunen står inte som ”{name} kommun”; den hittades bara som namnet {name}",
            )
            return list(found.values())
        # The one municipality the text names at all, named once in a sentence about the
        # police's and the municipality's work together ("I Hallstahammar sker en nära
        # samverkan mellan polis och kommun").
        if len(counts) == 1:
            sentence = next(
                (
                    s
                    for s in re.split(r"(?<=[.!?])\s+", places[0].text)
                    if re.search(rf"(?<![\wåäöÅÄÖ]){re.escape(name)}", s)
                ),
                "",
            )
            if ABOUT_BOTH.search(sentence):
                add(
                    code_of[name],
                    places[0].start,
                    sentence,
                    f"kommunen står inte som ”{name} kommun”; den nämns en gång, i en mening om "
                    "polisens och kommunens samverkan",
                )
                return list(found.values())
            # "områdespolis i Arvidsjaur", "Anmälda brott i Essunga": the one place the text
            # names at all, named as where things are, is where the pledge is given.
            if re.search(rf"\bi {re.escape(name)}s?(?![\wåäöÅÄÖ])", sentence):
                add(
                    code_of[name],
                    places[0].start,
                    sentence,
                    f"kommunen står inte som ”{name} kommun”; den nämns en gång, som platsen "
                    f"”i {name}”",
                )
                return list(found.values())
    # Named once, but as the owner of a place in it: only when that is the one such name.
    owners = {}
    for block in blocks:
        for m in genitive.finditer(block.text):
            owners.setdefault(m[1], (block, m[0]))
    if len(owners) == 1:
        [(name, (block, quote))] = owners.items()
        add(
            code_of[name],
            block.start,
            quote,
            f"kommunen står inte som ”{name} kommun”; den hittades bara i ”{quote.strip()} …”",
        )
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


def find_districts(blocks):
    """Districts the pledge is given for: 'stadsdelen Rosengård', or a well-known district
    named in the first heading ('Medborgarlöfte i Angered')."""
    found = {}
    for block in blocks:
        for index, line in enumerate(block.lines):
            for m in DISTRICT.finditer(line):
                found.setdefault(m[1], Found(m[1], block.start + index, m[0]))
    if not found and blocks:
        for m in DISTRICT_NAME.finditer(blocks[0].text):
            found.setdefault(m[1], Found(m[1], blocks[0].start, blocks[0].text))
    return list(found.values())


POLICE_AREA_NAME = re.compile(
    r"\b(?:lokalpolisområde|lokalpolisområdet|LPO)\s+([A-ZÅÄÖ][\w]+(?:-[A-ZÅÄÖ][\w]+)?)"
)


def find_police_area_name(blocks):
    """The local police area's place name as the text writes it: 'lokalpolisområde Hallsberg'."""
    for block in blocks:
        for index, line in enumerate(block.lines):
            m = POLICE_AREA_NAME.search(line)
            if m:
                return Found(m[1], block.start + index, m[0])
    return None
