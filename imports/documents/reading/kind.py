"""Whether the document is a pledge or a follow-up of one.

A follow-up reports what was done: its heading says so ("Uppföljning av medborgarlöftet",
"Så här har vi arbetat", "Så har vi uppfyllt vårt löfte"), or its lists tell what was done in
the past tense with counts ("303 trafikkontroller genomfördes", "Genomfört 57 riktade
trafikinsatser"). A pledge that only mentions how it will be followed up stays a pledge.
"""

import re

from .document import Found
from .parties import (
    COMMIT_PROMISE,
    COMMIT_REFLEXIVE,
    COMMIT_SHALL,
    COMMIT_VERB,
    COMMIT_WILL,
    GIVER_NAMED,
)

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
PROMISE_WORDS = rf"\b(?:{COMMIT_PROMISE}|(?:{COMMIT_REFLEXIVE})\s+sig|utlovas)\b"
PROMISES = re.compile(PROMISE_WORDS, re.IGNORECASE)


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


def _report_links(blocks, index):
    """Whether the report title at `index` stands right beside another short report title, with
    no text between: the top of a page listing its reports (links), not a report's own title."""

    def title(block):
        return bool(
            REPORT_TITLE.search(block.text)
            and len(block.lines) <= 2
            and not block.text.endswith(".")
        )

    return any(
        0 <= other < len(blocks) and title(blocks[other]) for other in (index - 1, index + 1)
    )


def read_kind(blocks, is_heading, earlier=None):
    """Found("followup") for a follow-up, else Found("pledge"). `earlier`: the page's
    `earlier_blocks`, when the caller has them already."""
    for index, block in enumerate(blocks[:4]):
        if (
            index == 0 or is_heading(block) or block.text.endswith(":")
        ) and FOLLOWUP_HEADING.search(block.text):
            years = [int(y) for y in YEAR.findall(block.text)]
            if years and _later_pledge(blocks[index + 1 :], is_heading, max(years)):
                break
            if _report_links(blocks, index):
                break
            return Found("followup", block.start, block.text)
        # A follow-up of last year's pledge below this year's promises is part of a pledge.
        if PROMISES.search(block.text):
            break
    # Counts of what was done in the pledge's background or in last year's report beside the
    # new promises tell of an earlier time, not of this page's.
    if earlier is None:
        earlier = earlier_blocks(blocks, is_heading)
    done = [
        (block.start + i, line)
        for index, block in enumerate(blocks)
        if index not in earlier
        for i, line in enumerate(block.lines)
        if DONE_WITH_COUNT.search(line.strip())
    ]
    if len(done) >= 2:
        line, quote = done[0]
        return Found("followup", line, quote.strip())
    return Found("pledge", blocks[0].start if blocks else 0, "")


# A sentence that gives a promise for now or later: "Polisen lovar att", "Kommunen åtar sig
# att", "Under 2026 ska polisen …", "Polisen kommer att:" — a giver with a verb of commitment
# in the present or future, in either order (a fronted phrase puts the verb before the giver).
# The givers and verbs are those of parties (GIVER_NAMED, COMMIT_*).
GIVER = GIVER_NAMED
COMMITS = re.compile(
    PROMISE_WORDS
    + rf"|\b{GIVER}\s+(?:och\s+[\wåäö]+(?:\s+kommun)?\s+)?(?:{COMMIT_SHALL}|{COMMIT_WILL}\s+att)\b"
    rf"|\b(?:{COMMIT_SHALL}|{COMMIT_WILL})\s+{GIVER}\b",
    re.IGNORECASE,
)
# "lovade", "skulle", "hade lovat": a promise told in the past is restated, not given.
PAST_PROMISE = re.compile(
    r"\b(?:lovade|utlovade|utlovades|skulle|hade\s+lovat|har\s+lovat)\b", re.IGNORECASE
)
# "Förra året", "i fjol", "Tidigare år": a sentence about a period before the page's own.
EARLIER_PERIOD = re.compile(
    r"\b(?:förra|förgångna|föregående)\s+år(?:et|ets)?\b|\bi\s+fjol\b|\bfjolåret\w*\b"
    r"|\btidigare\s+år(?:s|en)?\b|\bförra\s+årets\b|\båret\s+som\s+gått\b",
    re.IGNORECASE,
)
# A past-tense verb of doing, as a report tells a deed: "genomförde", "hölls", "har anordnat".
DONE_PAST = re.compile(
    r"\b(?!(?:inte|måste|\w*löfte|\w*gärde|\w*ände|\w*inde|\w*ande|\w*ende)\b)"
    r"\w{2,}[^aeiouyåäö\W](?:de|des|te|tes)\b|\b\w{3,}(?:ade|ades)\b|\b(?:hölls|höll|gjorde|gjordes|blev|grep|tog|togs|"
    r"satte|sattes|gick|var)\b|\bhar\s+(?:\w+\s+){0,3}?\w{3,}(?:at|it|tt|ats|its|tts)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ–\-\d])")


def _sentences(block):
    return [s for s in SENTENCE_END.split(block.text) if s]


# "Polisen kommer att fortsätta med kontrollerna": the work goes on, as a report's outlook says.
GOES_ON = re.compile(rf"\b(?:{COMMIT_VERB})\s+(?:\w+\s+){{0,4}}?fortsätta\b", re.IGNORECASE)


def gives_promise(sentence):
    """Whether the sentence gives a promise for now or later: a giver and a verb of commitment,
    not a promise told in the past ("Polisen lovade att …", "Kommunen skulle …"), not a
    question, and not only that the work goes on ("… kommer att fortsätta med kontrollerna")."""
    return bool(
        COMMITS.search(sentence)
        and not PAST_PROMISE.search(sentence)
        and not sentence.rstrip().endswith("?")
        and not GOES_ON.search(sentence)
    )


def commitment(block):
    """Whether the block gives a promise for now or later (gives_promise)."""
    return any(gives_promise(s) for s in _sentences(block))


def _pledge_heading(block, is_heading, first):
    """A heading that names a pledge and its years ("Medborgarlöfte 2025 för Ekhamra",
    "Grönvalla: medborgarlöfte 2026"), not a report on one."""
    if not (first or is_heading(block)):
        return False
    text = block.text
    return bool(
        re.search(r"löfte\w*\b", text, re.IGNORECASE)
        and YEAR.search(text)
        and not REPORT_TITLE.search(text)
        and not text.endswith("?")
    )


# A title that names a report: "Uppföljning …", "Återkoppling …", "Lägesrapport …".
REPORT_TITLE = re.compile(
    r"\b(?:uppföljning\w*|återkoppling\w*|återrapport\w*|redovisning\w*|utvärdering\w*|"
    r"\w*rapport(?:en)?|resultat(?:et)?)\b|\bså\s+(?:här\s+)?(?:gick\s+det|har\s+det\s+gått)\b"
    r"|\bhur\s+(?:gick|går)\s+det\b|\bhur\s+har\s+det\s+gått\b",
    re.IGNORECASE,
)


def pledge_years(blocks, is_heading):
    """The years of the pledge the page gives: those named by a heading over the pledge or by a
    sentence that gives a promise ("För 2025 lovar polisen …", "Under 2026 ska …")."""
    years = []
    for index, block in enumerate(blocks):
        if _pledge_heading(block, is_heading, index == 0):
            years += [int(y) for y in YEAR.findall(block.text)]
        for s in _sentences(block):
            if gives_promise(s):
                years += [int(y) for y in YEAR.findall(s)]
    return years


def earlier_blocks(blocks, is_heading):
    """The indices of blocks that tell of a time before the pledge the page gives: its
    background or last period's report. A page with no promise of its own has none.

    - a block whose years all come before the pledge's years, or that names an earlier period
      ("Förra året hölls …", "Under fjolåret …");
    - the blocks under a heading that does so ("Uppföljning av medborgarlöftet 2025" on the
      page of the 2026 pledge, "Hur gick det med förra årets löfte?");
    - past-tense text above the first promise, when the page's promises follow it: the
      situation the pledge answers ("Under 2024 genomförde polisen 55 trafikkontroller").
    """
    given = [
        i
        for i, b in enumerate(blocks)
        if commitment(b) and (b.text.endswith(":") or not is_heading(b))
    ]
    if not given:
        return set()
    only = blocks[given[0]]
    if (
        len(given) == 1
        and sum(gives_promise(s) for s in _sentences(only)) == 1
        and not only.text.endswith(":")
        and not any(DONE_PAST.search(b.text) for b in blocks[given[0] + 1 :])
    ):
        # One sentence of promise closing the page after what was done ("Under 2025 kommer
        # polisen att genomföra fler kontroller."): a report's outlook, not the page's pledge.
        return set()
    years = pledge_years(blocks, is_heading)
    first_year = min(years) if years else None

    def earlier(text):
        named = [int(y) for y in YEAR.findall(text)]
        if first_year is not None and named and max(named) < first_year:
            return True
        return bool(EARLIER_PERIOD.search(text))

    def heading(block):
        # "Hur gick det med förra årets löfte?": a question on a line of its own heads what
        # follows as well.
        return is_heading(block) or (
            len(block.lines) == 1 and len(block.text) <= 90 and block.text.endswith("?")
        )

    found, under = set(), False
    for index, block in enumerate(blocks):
        if heading(block) and index and index not in given:
            under = earlier(block.text) and not commitment(block)
            if under:
                found.add(index)
            continue
        if index in given:
            # A block that gives a promise and also tells of last year keeps its promise.
            continue
        if (
            under
            or earlier(block.text)
            or (
                index < given[0]
                and DONE_PAST.search(block.text)
                and not any(PAST_PROMISE.search(s) for s in _sentences(block))
            )
        ):
            found.add(index)
    return found
