"""Which municipalities, police area and districts the pledge is given for."""

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
