"""Whether the document is a pledge or a follow-up of one.

A follow-up reports what was done: its heading says so ("Uppföljning av medborgarlöftet",
"Så här har vi arbetat", "Så har vi uppfyllt vårt löfte"), or its lists tell what was done in
the past tense with counts ("303 trafikkontroller genomfördes", "Genomfört 57 riktade
trafikinsatser"). A pledge that only mentions how it will be followed up stays a pledge.
"""

import re

from .document import Found

FOLLOWUP_HEADING = re.compile(
    r"^(?:uppföljning|återrapportering|återrapport|redovisning|utvärdering|årsrapport|"
    r"resultat(?:et)?)(?: av| för)?(?: \w+)? (?:medborgar)?löfte\w*|"
    # "Medborgarlöftet 2023 – så gick det"
    r"^(?:medborgar)?löfte\w*\b.{0,40}?\bså (?:här )?(?:gick det|har det gått)\b|"
    # "Så här gick det med polisens medborgarlöften": the verdict first, the pledge after.
    r"^så (?:här )?(?:gick det|har det gått) (?:med|för) .{0,40}?löfte\w*|"
    r"så (?:här )?har vi (?:arbetat|uppfyllt|gjort|genomfört)|"
    r"detta har (?:polisen|kommunen|vi) gjort|"
    # "Kvartalsrapport lokala medborgarlöften i Svedala kommun": a report over a span.
    r"^(?:kvartals|tertial|halvårs|del)rapport\w*(?: \w+){0,3} (?:medborgar)?löfte\w*",
    re.IGNORECASE,
)
# "303 trafikkontroller genomfördes", "Genomfört 57 riktade trafikinsatser", "har genomförts".
DONE_WITH_COUNT = re.compile(
    r"\b\d+\s+[a-zåäö\- ]{3,40}?\s+(?:genomfördes|har genomförts|genomfört|har hållits|hölls)\b|"
    r"^\W*(?:genomfört|rapporterat|beslagtagit|genomförde|hållit|kontrollerat)\s+\d+",
    re.IGNORECASE,
)


# "Under 2024 lovar polisen:", "Kommunen åtar sig att": the text gives a pledge of its own.
PROMISES = re.compile(r"\b(?:lovar|förbinder\s+sig|åtar\s+sig|utlovas)\b", re.IGNORECASE)


# "Medborgarlöfte 2024", "Nytt medborgarlöfte för 2023–2024": a heading that names a pledge
# by its year.
PLEDGE_HEADING = re.compile(
    r"^(?:nytt\s+|vårt\s+)?(?:medborgar)?löfte\w*\s+(?:för\s+)?(?:år\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _later_pledge(blocks, is_heading, year):
    """Whether a heading further down names a pledge of a later year than `year` and promises
    follow it ("Medborgarlöfte 2024" over "Polisen lovar att:"): the page is that pledge, and
    the report it opens with is last year's."""
    for index, block in enumerate(blocks):
        m = PLEDGE_HEADING.match(block.text)
        if not (m and is_heading(block) and int(m[1]) > year):
            continue
        if any(PROMISES.search(after.text) for after in blocks[index + 1 : index + 5]):
            return True
    return False


def read_kind(blocks, is_heading):
    """Found("followup") for a follow-up, else Found("pledge")."""
    for index, block in enumerate(blocks[:4]):
        if (
            index == 0 or is_heading(block) or block.text.endswith(":")
        ) and FOLLOWUP_HEADING.search(block.text):
            years = [int(y) for y in YEAR.findall(block.text)]
            if years and _later_pledge(blocks[index + 1 :], is_heading, max(years)):
                break
            return Found("followup", block.start, block.text)
        # A follow-up of last year's pledge below this year's promises is part of a pledge.
        if PROMISES.search(block.text):
            break
    done = [
        (block.start + i, line)
        for block in blocks
        for i, line in enumerate(block.lines)
        if DONE_WITH_COUNT.search(line.strip())
    ]
    if len(done) >= 2:
        line, quote = done[0]
        return Found("followup", line, quote.strip())
    return Found("pledge", blocks[0].start if blocks else 0, "")
