"""Runs the readers in order over the document and returns an Extraction.

Order: the kind (pledge or follow-up), municipalities, police area and districts, the period
(its span decides what a count with no time word counts), then one walk over the blocks that
places signatures, the signing place and date, the contact person, lists and sentences of
promises and the sections; then what is stated in running text (cadence, signing in a
sentence), other parties and the issuer; last, how sure the promises are (certainty.py).

Whether a list or a sentence is a promise, who carries it and what introduces the next list are
decided in promises.py (PromiseReader); this module only hands it the blocks in order. The
questions PromiseReader asks live in lists.py (which lists hold promises), sentences.py (deeds,
aims, several promises in one sentence, quotes), sides.py (who carries each promise) and
prose.py (promises told in running text).
"""

import re

from pledges import periods

from .cadence import parse_cadence, parse_cadence_label, parse_published_where
from .certainty import weigh_promises
from .contact import find_byline, find_contact
from .document import Extraction, Found
from .focus import focus_areas_in
from .kind import read_kind
from .lists import describes_the_work, earlier_pledge_ends, forward_lead_in, names_focus_areas
from .municipalities import (
    find_districts,
    find_municipalities,
    find_police_area,
    find_police_area_name,
)
from .parties import carried_by_issuer, lead_in_responsible, other_parties, read_issuer
from .period import earlier_pledge_at, find_period, starts_at_signing, years_from_signing
from .promises import PromiseReader
from .sentences import is_deed
from .signatories import (
    better_reading,
    find_signatories,
    is_contact_card,
    over_caption,
    signatories_in_columns,
    signatories_in_lines,
    signatories_in_sentence,
    signatories_inline,
    split_glued_signature,
)
from .signing import (
    day_of_weekday,
    parse_date_alone,
    parse_month_alone,
    parse_page_day,
    parse_place_and_date,
    parse_signed_in_month,
    parse_signed_in_text,
    parse_signed_on_weekday,
    parse_signed_on_weekday_across_lines,
    parse_signed_today,
    parse_signing_clause,
)
from .structure import (
    GENERIC_TITLE,
    Block,
    blocks_of,
    bullet_heads,
    bullet_items,
    continues_quote,
    is_bullets,
    is_heading,
    is_numbered_promise,
    is_open_lead_in,
    is_quote,
    promise_lines,
    section_of,
)

# "Under året genomföra minst fyra samverkansmöten": the pledge runs one year.
# "under året", "under hösten 2015": a promise done within one year.
# "• … vid minst åtta tillfällen under 2018": a year named in a promise of a list (any bullet
# mark; a dash that opens a quote is none), on a page that states no period.
THE_YEAR = re.compile(
    r"\bunder (?:året|(?:våren|hösten|sommaren|vintern) \d{4})\b|"
    r"^\s*(?:[•●◦▪■*·]|[\-–](?!.*\b(?:säger|berättar|menar|konstaterar)\b)|\d{1,2}[.)])\s+"
    r".*\bunder (?:19|20)\d\d\b(?!\s*[-–—/]\s*\d)",
    re.IGNORECASE | re.MULTILINE,
)


def _earlier_parts(blocks, period):
    """The parts of the page that are earlier pledges, as (first, after) block indexes: each
    opens at a heading or lead-in naming an earlier pledge and runs until this pledge resumes
    (a heading or lead-in of this period, or a side promising now), or to the end."""
    parts, offset = [], 0
    while offset < len(blocks):
        at = earlier_pledge_at(blocks[offset:], period)
        if at is None:
            break
        at += offset
        ends = earlier_pledge_ends(blocks, at, int(period.value[0][:4]))
        parts.append((at, ends if ends is not None else len(blocks)))
        if ends is None:
            break
        offset = ends
    return parts


def read(text, gazetteer):
    """Reads cleaned text (see text.clean) into an Extraction."""
    extraction = Extraction()
    blocks = split_glued_signature(blocks_of(text))
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

    extraction.kind = read_kind(blocks, is_heading)
    extraction.municipalities = find_municipalities(blocks, gazetteer, is_heading)
    codes = [f.value for f in extraction.municipalities]
    area, inferred = find_police_area(blocks, gazetteer, codes)
    extraction.police_area = area
    if inferred:
        extraction.remarks.append(
            "Lokalpolisområdet står inte i texten; det är det område som kommunen hör till."
        )
    extraction.police_area_name = find_police_area_name(blocks)
    extraction.districts = find_districts(blocks)
    extraction.period, extraction.until_further_notice = find_period(blocks, is_heading)
    start, end = extraction.period_dates()
    # A count with no time word: per year in a one-year pledge, else for the whole period. A
    # pledge of twelve months is one year also when it runs over two calendar years
    # ("2021-05-01 – 2022-05-01").
    one_year = bool(start and end and 300 < (end - start).days <= 370)
    default_per = "ar" if one_year else "period"
    default_doubt = ""
    if not (start or end):
        # No period stated: "Under året genomföra …" in a promise says the pledge runs a year;
        # either way the span of a count with no time word is a choice staff should check.
        if any(THE_YEAR.search(block.text) for block in blocks):
            default_per = "ar"
            default_doubt = "perioden står inte i texten; antalet räknas per år (”under året”)"
        else:
            default_doubt = "perioden står inte i texten; antalet räknas för hela löftet"
    if generic:
        label = periods.period_label(start, end) if start and end else ""
        extraction.title.value = f"Medborgarlöfte {generic[1]} {label}".strip()

    promises = PromiseReader(blocks, extraction.period, default_per, default_doubt)
    section = "introduction"
    focus_list_next = False
    # An earlier pledge printed below this one: its promises are not this pledge's.
    # "Under förra löftesperioden (2024–2025) arbetade vi med:" over its list, then "För
    # 2026–2027 har polisen åtagit sig att:": the earlier part ends where this pledge resumes.
    earlier_parts = _earlier_parts(blocks, extraction.period)
    earlier = earlier_parts[0][0] if earlier_parts else None

    def in_earlier(index):
        return any(start <= index < end for start, end in earlier_parts)

    if earlier is not None:
        extraction.remarks.append(
            f"Texten från ”{blocks[earlier].lines[0]}” (rad {blocks[earlier].start}) är ett "
            "tidigare medborgarlöfte; dess punkter lästes inte som det här löftets."
        )
    index = 0 if 0 not in placed else 1
    captions = []
    while index < len(blocks):
        block = blocks[index]
        if in_earlier(index):
            place(index, "other")
            index += 1
            continue
        text = block.text
        following = blocks[index + 1] if index + 1 < len(blocks) else None

        people, taken = find_signatories(block), 1
        for size in (3, 2):
            # A signature written as separate paragraphs (as Word documents often have it).
            lines = [b.lines[0] for b in blocks[index : index + size] if len(b.lines) == 1]
            if len(lines) != size or len(block.lines) != 1 or (people and taken == 1):
                continue
            merged = Block(block.start, lines)
            found = signatories_in_lines(merged) or signatories_in_columns(merged)
            # "Anna Ek" over "Kommunchef" over "Per Olsson" (whose title follows): a third
            # paragraph that adds nothing to the people read (no one's title, name or
            # organisation) is left for the next signature.
            if found and (not people or _same_people(found, people)):
                people, taken = found, size
        if people and is_contact_card(blocks, index, taken):
            people = []
        if people:
            # "Anna Ek, kommunalråd" as a paragraph of its own: a caption's reading, which a
            # sentence about the signing may name more fully.
            captions.append(
                taken == 1 and len(block.lines) == 1 and bool(signatories_inline(block))
            )
            extraction.signatories.extend(people)
            for offset in range(taken):
                place(index + offset)
            index += taken
            continue
        place_date = parse_place_and_date(text) if len(block.lines) == 1 else None
        if place_date:
            extraction.signed_place = Found(place_date[0], block.start, text)
            extraction.signed_on = Found(place_date[1].isoformat(), block.start, text)
            place(index)
            index += 1
            continue
        # A date alone on its line, right before or after a signature, is the signing date.
        signed_date = parse_date_alone(text) if len(block.lines) == 1 else None
        if signed_date is None and len(block.lines) == 1:
            # "Malå i mars 2024": only the month, kept as a month.
            signed_date = parse_month_alone(text)
        if signed_date and any(
            other is not None and find_signatories(other)
            for other in (following, blocks[index - 1] if index else None)
        ):
            value = signed_date if isinstance(signed_date, str) else signed_date.isoformat()
            extraction.signed_on = Found(value, block.start, text)
            place(index)
            index += 1
            continue
        contact = find_contact(block)
        if contact:
            extraction.contact = Found(contact, block.start, "\n".join(block.lines))
            place(index)
            index += 1
            continue

        if index and not is_bullets(block) and continues_quote(blocks[index - 1]):
            # "– …, säger X, och fortsätter:" over a paragraph: more of X's words.
            place(index, "other")
            index += 1
            continue

        if is_bullets(block):
            items = bullet_items(block)
            if is_quote(block) and promises.read_quoted_pledge(block):
                # "- Vårt löfte är att …, säger X": a quote set with a dash, as a bullet is.
                place(index)
            elif focus_list_next:
                for line, item in items:
                    slugs = focus_areas_in(item)
                    for slug in slugs:
                        extraction.focus_areas.append(Found(slug, line, item))
                    if not slugs:
                        extraction.remarks.append(
                            f"Fokusområdet ”{item}” (rad {line}) motsvarar inget fokusområde "
                            "i portalen."
                        )
                promises.skip_list()
                place(index)
            elif promises.read_list(
                items,
                section,
                index > 0 and is_bullets(blocks[index - 1]),
                bullet_heads(block),
                before=_paragraph_before(blocks, index),
            ):
                place(index)
            else:
                place(index, "situation" if section == "introduction" else section)
            focus_list_next = False
            index += 1
            continue

        if (
            QUESTION_LEAD.match(text)
            and lead_in_responsible(text)
            and following is not None
            and not is_heading(following)
            and not is_bullets(following)
        ):
            # The answer's sentences are the side's promises, as items under "… lovar att:".
            promises.lead_in = text[:-1].rstrip() + ":"
            sentences = re.split(r"(?<=[.!])\s+(?=[A-ZÅÄÖ])", following.text)
            line = following.start
            if promises.read_list([(line, sentence) for sentence in sentences], "actions"):
                section = "actions"
                place(index)
                place(index + 1)
                index += 2
                continue
        open_lead_in = is_open_lead_in(block, following)
        forward = not text.endswith(":") and _list_follows(blocks, index) and forward_lead_in(text)
        if open_lead_in:
            text = text + ":"
        elif forward:
            text = forward
        elif promises.read_sentences(
            block,
            section,
            blocks[index + 1 :],
            after_lead_in=index > 0
            and blocks[index - 1].text == promises.lead_in
            and not is_heading(block),
        ):
            place(index)
            index += 1
            continue

        if text.endswith(":"):
            focus_list_next = names_focus_areas(text)
            next_is_list = following is not None and is_bullets(following)
            section, placed_here = promises.introduce(
                text, next_is_list, section, _headed_deed(blocks, index + 1)
            )
            if placed_here:
                place(index)
            elif not promises.seen:
                place(index, "introduction")
            index += 1
            continue

        if is_heading(block):
            promises.at_heading(text)
            numbered = is_numbered_promise(text)
            if numbered:
                # "Löfte 1" over a paragraph: each numbered heading holds one promise.
                promises.heading_mode = True
            # "Håbo – medborgarlöften", the page's title: the text under it is the
            # introduction, not promises.
            kind = "introduction" if GENERIC_TITLE.match(text) else section_of(text)
            if kind and kind != "actions":
                section, promises.heading_mode, promises.heading = kind, False, ""
                place(index)
            elif (
                following is not None
                # "Löfte 2" over a short line with no full stop: the line is its promise.
                and (
                    not is_heading(following)
                    or (numbered and not is_numbered_promise(following.text))
                )
                and not is_bullets(following)  # a heading over a list groups its items
                and (action := promises.start_heading_action(text, following))
            ):
                # An action: this heading, the paragraph after it, and any more paragraphs
                # until the next heading are its explanation.
                place(index)
                place(index + 1)
                index += 2
                while (
                    index < len(blocks)
                    and not is_heading(blocks[index])
                    and not is_bullets(blocks[index])
                    and not find_signatories(blocks[index])
                ):
                    if promises.another_deed(blocks[index]) and (
                        deed := promises.start_heading_action(text, blocks[index])
                    ):
                        action = deed
                        place(index)
                        index += 1
                        continue
                    before = promises.pledges_after_finding(blocks[index], text)
                    if before is not None:
                        # "Mätningarna visar … Under 2025 lovar polisen att …": the finding
                        # explains the promise above, the pledging sentences are new ones.
                        action.details = (action.details + "\n\n" + before).strip()
                        place(index)
                        index += 1
                        continue
                    action.details = (action.details + "\n\n" + blocks[index].text).strip()
                    place(index)
                    index += 1
                continue
            elif (
                kind == "actions"
                and len(listed := _paragraph_list(blocks, index + 1)) >= 2
                and not describes_the_work([b.text for b in listed])
            ):
                # "Medborgarlöftet" over short paragraphs of one sentence each ("Två gemensamma
                # trygghetsvandringar i …."): a list written without bullets.
                section, promises.heading, promises.lead_in = "actions", "", ""
                place(index)
                promises.read_list([(b.start, b.text) for b in listed], section)
                for offset in range(len(listed)):
                    place(index + 1 + offset)
                index += 1 + len(listed)
                continue
            elif kind == "actions":
                section, promises.heading = "actions", ""
                if _headed_deed(blocks, index + 1) and not section_of(following.text):
                    # "Aktiviteter" over "Trafik" and a paragraph of what is done: each heading
                    # below holds one promise.
                    promises.heading_mode = "deeds"
                place(index)
            else:
                promises.heading = text
                next_is_lead_in = following is not None and following.text.endswith(":")
                if following is not None and (is_bullets(following) or next_is_lead_in):
                    # A group of promises: "Narkotika", "Samverkan", "Synlighet".
                    section = "actions"
                    place(index)
                elif promises.template == "do":
                    section = "actions"  # "Det här ska vi göra" over paragraphs of promises
                    if _headed_paragraph(blocks, index + 1):
                        # "Det här ska vi göra" over "Trafik" and its paragraph, "Trygghet" and
                        # its paragraph: each heading below holds one promise.
                        promises.heading_mode = "deeds"
                elif section == "actions" or promises.seen:
                    section = "unknown"
            index += 1
            continue

        # A paragraph.
        promises.earlier = text
        if is_quote(block) and promises.read_quoted_pledge(block):
            place(index)
        elif is_quote(block):
            place(index, "other")
        elif promises.seen and section in ("actions", "introduction", "unknown"):
            if promises.explain(text):
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
        elif section == "actions" and not promises.seen:
            place(index, "introduction")
        index += 1
    extraction.actions = promises.finish()

    for index, block in enumerate(blocks):
        if index not in placed:
            extraction.unplaced.append(block)

    # Facts stated in running text.
    # The cadence: a sentence in the section about follow-up first, then anywhere.
    # An earlier pledge printed below this one follows up on its own rhythm.
    own_blocks = [block for index, block in enumerate(blocks) if not in_earlier(index)]
    followup_blocks = extraction.sections.get("followup", [])
    for block in [*followup_blocks, *own_blocks]:
        if extraction.cadence is None:
            cadence = parse_cadence(block.text)
            if cadence:
                extraction.cadence = Found(cadence[0], block.start, cadence[1])
    years = (start.year, end.year) if start and end else None
    for block in own_blocks:
        if extraction.cadence is None:
            cadence = parse_cadence_label("\n".join(block.lines), years)
            if cadence:
                extraction.cadence = Found(cadence[0], block.start, cadence[1])
                extraction.cadence.sure = False
                extraction.cadence.doubt = "rytmen är läst ur namnet på en uppföljning"
    for index, block in enumerate(blocks):
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
        # A signing told under an earlier pledge's heading ("Medborgarlöften 2015-2016" below the
        # 2017 pledge a news item is about: "… signerades den 27 november 2015") is that pledge's.
        if extraction.signed_on is None and not in_earlier(index):
            for line_index, line in enumerate(block.lines):
                signed = parse_signed_in_text(line, start.year if start else None)
                if not signed and line_index + 1 < len(block.lines):
                    signed = parse_signed_on_weekday_across_lines(
                        line,
                        " ".join(block.lines[line_index + 1 : line_index + 3]),
                        start.year if start else None,
                    )
                month = parse_signed_in_month(line, start.year if start else None)
                if re.match(r"\s*(?:uppdaterad|publicerad|senast)", line, re.IGNORECASE):
                    continue
                if signed:
                    extraction.signed_on = Found(
                        signed[0].isoformat(), block.start + line_index, signed[1]
                    )
                    if not signed[2]:
                        extraction.signed_on.sure = False
                        extraction.signed_on.doubt = (
                            f"undertecknandet ”{signed[1]}” anger inget år; året är periodens"
                        )
                    break
                if month:
                    extraction.signed_on = Found(month[0], block.start + line_index, month[1])
                    break
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
    if extraction.signed_on is None:
        _signed_on_the_pages_day(blocks, extraction)
    if extraction.signed_on is None:
        own = [block for index, block in enumerate(blocks) if not in_earlier(index)]
        _signed_in_a_clause(own, blocks, extraction, start.year if start else None)
    if extraction.period is None and extraction.signed_on:
        span = years_from_signing(blocks, extraction.signed_on.value)
        if span:
            extraction.period = Found(span[0], extraction.signed_on.line, span[1])
    if extraction.period and extraction.signed_on:
        moved = starts_at_signing(blocks, extraction.period.value, extraction.signed_on.value)
        if moved:
            extraction.period.value = moved[0]
            extraction.period.quote = f"{extraction.period.quote} … {moved[1]}"
    for action in extraction.actions:
        if action.focus_area:
            extraction.focus_areas.append(Found(action.focus_area, action.line, action.heading))
    if not extraction.signatories or all(captions):
        whole = "\n".join(block.text for block in blocks)
        # Of several sentences about the signing (a caption, then the news text), the one that
        # names the most signers: a caption may give one of them by a nickname.
        read = []
        for block in own_blocks:
            people = signatories_in_sentence(block.text, block.start, whole)
            if better_reading(people, read):
                read = people
        # Signers read only from captions take the titles a sentence about the signing gives
        # them, and the sentence's other signers when it names all of the caption's.
        extraction.signatories = over_caption(extraction.signatories, read) if captions else read
    extraction.parties = other_parties(
        extraction.actions,
        extraction.signatories,
        blocks,
        [name for _, name in gazetteer.municipalities],
    )
    extraction.issuer = read_issuer(
        blocks, extraction.signatories, extraction.actions, bool(extraction.municipalities)
    )
    carried_by_issuer(extraction.actions, extraction.issuer)
    if not extraction.is_followup:
        weigh_promises(blocks, extraction, in_earlier)
    unique = {}
    for found in extraction.focus_areas:
        unique.setdefault(found.value, found)
    extraction.focus_areas = list(unique.values())
    return extraction


def _list_follows(blocks, index):
    """Whether a bulleted list comes right after the paragraph at `index`, or after one heading
    ("Åtgärder kommunen") between them."""
    after = blocks[index + 1 : index + 3]
    return bool(after) and (
        is_bullets(after[0]) or (len(after) == 2 and is_heading(after[0]) and is_bullets(after[1]))
    )


def _paragraph_list(blocks, index):
    """The paragraphs from blocks[index] on that read as the items of a list without bullets:
    each a single line of one sentence (at most 30 words) ending with a full stop, none
    introducing anything or a quote, that make up the whole section up to the next heading."""
    listed = []
    for block in blocks[index:]:
        text = block.text
        if (
            len(block.lines) != 1
            or is_heading(block)
            or is_bullets(block)
            or is_quote(block)
            or not text.endswith(".")
            or len(text.split()) > 30
            or re.search(r"[.!?]\s+[A-ZÅÄÖ]", text)
        ):
            break
        listed.append(block)
    after = index + len(listed)
    if after < len(blocks) and (not is_heading(blocks[after]) or blocks[after].text.endswith(":")):
        return []  # the short paragraphs are the section's opening, not the whole of it
    return listed


# "Vilket ansvar har Polisen i Medborgarlöfte 2022-2024?": a question asking what one side
# does introduces the paragraph that answers it, as "Polisen lovar att:" would.
QUESTION_LEAD = re.compile(
    r"^(?:vilket|vilka|vad)\b[^?]*\b(?:ansvar\w*|åtagande\w*|gör|göra|lovar)\b[^?]*\?$",
    re.IGNORECASE,
)


def _headed_deed(blocks, index):
    """Whether blocks[index] is a heading with a paragraph under it that says someone does
    something ("Trafik" over "Polisen ska genomföra …"), the first of headed promises."""
    if index + 1 >= len(blocks):
        return False
    heading, paragraph = blocks[index], blocks[index + 1]
    if not is_heading(heading) or is_heading(paragraph) or is_bullets(paragraph):
        return False
    return bool(promise_lines(paragraph) or is_deed(paragraph.text))


def _headed_paragraph(blocks, index):
    """Whether blocks[index] is a heading with a paragraph of sentences under it."""
    if index + 1 >= len(blocks):
        return False
    heading, paragraph = blocks[index], blocks[index + 1]
    return (
        is_heading(heading)
        and not section_of(heading.text)
        and not is_heading(paragraph)
        and not is_bullets(paragraph)
        and paragraph.text.endswith((".", "!"))
    )


def _paragraph_before(blocks, index):
    """The text of the paragraph right before blocks[index]: not a list, a heading or a
    sentence that ends with ':'; "" when there is none."""
    if index == 0:
        return ""
    block = blocks[index - 1]
    if is_bullets(block) or block.text.endswith(":"):
        return ""
    if is_heading(block) and not block.text.endswith("!"):
        return ""
    return block.text


PAGE_DATE_PREFIX = re.compile(r"^\s*(?:publicerad|publicerat|datum)\s*:?\s*", re.IGNORECASE)
# "Publicerad: 2020-12-18 Senast ändrad:": the page's other date label after its date.
PAGE_DATE_TAIL = re.compile(r"\s+(?:senast\s+ändrad|uppdaterad|ändrad)\b.*$", re.IGNORECASE)


def _same_people(found, other):
    def key(people):
        return [(p.name, p.title, p.organisation) for p in people]

    return key(found) == key(other)


def _first_in_lines(blocks, parse):
    """(line number, what `parse` found) for the first line of `blocks` it finds anything in,
    or None."""
    return next(
        (
            (block.start + i, found)
            for block in blocks
            for i, line in enumerate(block.lines)
            for found in [parse(line)]
            if found
        ),
        None,
    )


def _page_day(blocks):
    """(date, line) of the page's own date: a line labelled "Publicerad …" anywhere ("Publicerad:
    20 jun 2022" may stand at the page's foot), or a line that opens with a date in the page's
    first blocks; else None."""
    for number, block in enumerate(blocks):
        labelled_only = number >= 4
        for line in block.lines:
            day = parse_page_day(line, labelled_only=labelled_only)
            if day is None and (not labelled_only or PAGE_DATE_PREFIX.match(line)):
                day = parse_date_alone(PAGE_DATE_TAIL.sub("", PAGE_DATE_PREFIX.sub("", line)))
            if day:
                return day, line
    return None


def _signed_in_a_clause(own_blocks, blocks, extraction, default_year):
    """A signing told by a clause's grammar: a signing verb and its time adverbial ("Januari
    2023 skrev X och Y på", "signerade löftet i veckan" under the page's date, "I går skrev …"),
    the year from the page or the period when the sentence gives none."""
    page_day = (_page_day(blocks) or (None, ""))[0]
    for block in own_blocks:
        lines = [
            line
            for line in block.lines
            if not re.match(r"\s*(?:uppdaterad|publicerad|senast)", line, re.IGNORECASE)
        ]
        found = parse_signing_clause(" ".join(lines), default_year, page_day)
        if found:
            extraction.signed_on = Found(found[0], block.start, found[1])
            extraction.signed_on.sure = False
            extraction.signed_on.doubt = (
                f"undertecknandet läst ur meningen ”{found[1]}” och dess tidsadverbial"
            )
            return


def _signed_on_the_pages_day(blocks, extraction):
    """ "Idag undertecknade kommunen och polisen löftet" under the page's own date ("23 mars
    2020" on a line of its own at the top, or "Publicerad 23 mars 2020"): signed that day,
    flagged, since the page's date is not always the day its text was written."""
    said = _first_in_lines(blocks, parse_signed_today)
    weekday = None
    if said is None:
        # "Under måndagen skrev X och Y på …" on a page dated that Monday.
        weekday = _first_in_lines(blocks, parse_signed_on_weekday)
        if weekday is None:
            return
        said = (weekday[0], weekday[1][2])
    page = _page_day(blocks)
    if page is None:
        return
    day, line = page
    if weekday:
        day = day_of_weekday(day, weekday[1][0], weekday[1][1])
        if not day:
            return  # the page's date is not that weekday
    extraction.signed_on = Found(day.isoformat(), said[0], f"{line.strip()} … {said[1]}")
    extraction.signed_on.sure = False
    extraction.signed_on.doubt = "undertecknat ”idag”; datumet är sidans"
