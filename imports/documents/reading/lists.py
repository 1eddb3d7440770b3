"""Which lists hold promises, and which of their items are none.

A list is judged by the sentence or heading that introduces it (`is_promise_list`: aims,
purposes, focus areas, an earlier pledge, the situation, or someone committing to what follows,
`commits_in_lead_in`), by an earlier pledge's part of the page (`tells_what_was_done`,
`earlier_pledge_ends`), by the paragraph right before it (`forward_lead_in`,
`introduces_no_promises`, `describes_the_work`, `names_focus_areas`), by the template headings
("Det här ska vi göra", `DO_HEADING`, `ACHIEVE_HEADING`), by a line naming the means under an
aim (`means_next`, `means_line_next`) and by what its items are (`item_kind`: a giver's deed, a
deed or goal in the infinitive, a bare noun, something done or a verdict; `is_name_list`). An
item that is no promise in any list (the period, a page's footer, a menu, a caption, the
situation, a name and title) is caught by `not_a_promise`, `is_section_item`, `describes_state`
and the patterns after them. A new kind of lead-in that introduces no promises goes to
`is_promise_list` or the patterns it asks; a new kind of item to `item_kind`.
PromiseReader.read_list (promises.py) asks these questions, with what it knows of the page.
"""

import re

from .parties import (
    ACTOR_FIRST,
    COMMIT_PROMISE,
    COMMIT_REFLEXIVE,
    COMMIT_REFLEXIVE_PERFECT,
    COMMIT_SHALL,
    COMMIT_VERB,
    COMMIT_WILL,
    GIVER_OR_WE,
    INVERTED,
    PROMISE_START,
    lead_in_responsible,
)
from .sentences import DEED, PROMISE_VERB, RESULT_ITEM, SAID, WILL_ACT
from .structure import NUMBERED, is_bullets, is_heading, section_of

# "Problembild: Av enkäten framkommer att det viktigaste kommunen ska göra är:": a label on
# the lead-in's first line names its section.
LABEL = re.compile(r"^([^:.]{3,40}):\s")


# A list introduced as the situation, contacts, general aims or an earlier pledge is no list
# of promises: "Kartläggningen visade följande problem:", "Kontakta oss:", "Medborgarlöften ska:".
# "För att arbeta med att minska …:", "För att öka tryggheten i centrum:": a purpose clause that
# ends at the colon introduces the means.
MEANS_FOR = re.compile(r"^För att\s+[a-zåäö]{2,}a\b[^.!?]*:$")
NOT_PROMISES = re.compile(
    r"problem|lägesbild|kartläggning|visade|framkom|kontakt|kanal|tipsa|ring\b|"
    r"medborgarlöften (?:ska|är|syftar)|syfte|\bmålet\b|bakgrund|utgår från|tidigare|"
    r"föregående|förra|fokusområde|läs mer|otrygg|orsak|statistik|dialog\w* (?:visade|gav)|"
    r"identifier|prioriter|\blyft|framfört|synpunkt|önskemål|upplev|\boro\b|\blänk|"
    # "Det som oroar medborgarna mest är:": what residents worry about.
    r"\boro(?:ar|ade)\b|\bbekymrar\b|"
    r"relaterade?\b|se även|mer information|\bdela\b",
    re.IGNORECASE,
)
PROMISE_WORDS = re.compile(
    r"\blovar\b|förbinder|åtar|aktiviteter|åtgärder|insatser|genom att|\bgenom\b|ska vi|vi ska|"
    r"\bgöra\b|\bgäller\b|löfte",
    re.IGNORECASE,
)


# "Utifrån medborgarnas synpunkter och statistik vill kommunen och polisen utveckla …": an
# opening adverbial names what the list is based on, not what it is; the main clause after
# its verb says that.
BASIS = re.compile(
    r"^(?:utifrån|med utgångspunkt i|baserat på|mot bakgrund av|med stöd av)\b[^:]*?\s"
    r"(?=(?:vill|ska|skall|kommer|lovar)\s)",
    re.IGNORECASE,
)


# The words right before the colon say what the items are: aims ("… mot målen att:"),
# directions ("med inriktning på:", "med fokus på:"), effects ("… kommer att leda till:") or
# channels ("… genom följande kanaler:"), whatever the sentence says of the pledge before them.
AIMS_NEXT = re.compile(
    r"(?:\bmål(?:en|et|sättning\w*)?(?:\s+är)?(?:\s+att)?|\binriktning\s+(?:på|mot)|"
    r"\bfokus\s+på|\bfokusera\w*(?:\s+\w+){0,6}?\s+(?:på|mot)|\bleda\s+till|\bleder\s+till|"
    r"\bbidra\s+till|\bresultera\s+i|\bkanaler|"
    # "… lovar parterna att fokusera på följande områden:": the areas, not what is done.
    r"\bfokusera\w*\s+(?:på|mot)\s+(?:följande|dessa|nedanstående)\s+(?:\w+\s+)?områden)\s*:$|"
    # "Löftet ska bidra till att:", "Arbetet leder till att" over the list: what it should
    # bring about, the clause left open after its "att".
    r"\b(?:leda|leder|bidra|bidrar|syfta|syftar)\s+till\s+att\s*:?$",
    re.IGNORECASE,
)


# "Syftet med medborgarlöften i Vänersborgs kommun är att:", "Medborgarlöftet syftar till
# att:": a lead-in naming what the pledge is for, whatever word of pledging it holds.
# "Syftet för medborgarlöftet är:" opens with the purpose whatever word follows it;
# "Medborgarlöftet ska:" over "öka tryggheten": what the pledge itself shall do is its aim.
PURPOSE = re.compile(
    r"(?:^|\s)(?:syftet|målet|målsättningen|avsikten)\s+med\b[^:.]*\bär(?:\s+att)?\s*:$|"
    r"\bsyftar\s+till(?:\s+att)?\s*:$|"
    # "Medborgarlöften ska:" over "• öka tryggheten": what pledges in general are for.
    r"(?:^|[.!?]\s+)medborgarlöft\w*\s+(?:ska|skall)\s*:$|"
    r"^(?:syftet|målet|målsättningen|avsikten)\b[^:.]*\bär(?:\s+att)?\s*:?$|"
    r"^(?:medborgar)?löfte(?:t|na|n)?\s+(?:ska|skall)\s*:$",
    re.IGNORECASE,
)
# "I förra årets löfte lovade vi:": what an earlier pledge held, whatever words of promising
# the sentence has.
EARLIER_PLEDGE = re.compile(
    r"\b(?:förra|föregående|tidigare)\s+(?:år(?:s|ets)?\s+|periodens\s+)?\w*löfte\w*|\blovade\b",
    re.IGNORECASE,
)


# "Invånarna kan följa arbetet genom:", "Följ hur det går på:": where to follow the work, not
# how it is done, whatever "genom" says.
FOLLOW_THE_WORK = re.compile(
    r"\bfölj\w*\s+(?:med\s+i\s+)?(?:arbetet|hur\b|utvecklingen|resultat\w*)", re.IGNORECASE
)


# "… höja tryggheten på följande platser i kommunen. Delar av Exempelby som innefattar:": a
# lead-in whose last words introduce places lists where the work is done, not deeds.
PLACES_NEXT = re.compile(
    r"\bföljande\s+(?:platser|orter|stadsdelar|bostadsområden)(?:\s+i\s+[\wåäö]+)?\s*[:.]?\s*$|"
    r"^(?:delar|platser|orter|stadsdelar)\s+(?:av|i)\s+[^:.]{2,40}?\s+som\s+"
    r"(?:innefattar|omfattar|inkluderar)\s*:?\s*$",
    re.IGNORECASE,
)


# "Hör av dig:", "Du når oss på:", "Tipsa oss om du ser något:": a lead-in addressed to the
# reader (the second person, or a verb in the imperative with "oss") tells where to turn or
# what the reader can do, not what the givers do; "Det här kan du förvänta dig av oss:" tells
# what they do.
TO_THE_READER = re.compile(r"\b(?:du|dig|ni)\b|^(?-i:[A-ZÅÄÖ])[a-zåäö]+\s+oss\b", re.IGNORECASE)


def addresses_the_reader(intro):
    """Whether a lead-in's last sentence is said to the reader and commits no one."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", (intro or "").strip())[-1]
    return bool(
        TO_THE_READER.search(last)
        and not re.search(r"\bförvänta", last, re.IGNORECASE)
        and not commits_in_lead_in(last)
        and not PROMISE_VERB.search(last)
        and not re.search(r"\b(?:vi|polisen|kommunen)\s+(?:ska|kommer)\b", last, re.IGNORECASE)
    )


def introduces_other_things(intro, years=()):
    """Whether a lead-in says its list holds aims, purposes, an earlier pledge's promises or
    where to follow the work."""
    intro = (intro or "").strip()
    return bool(
        AIMS_NEXT.search(intro)
        or PURPOSE.search(intro)
        or earlier_pledge(intro, years)
        or FOLLOW_THE_WORK.search(intro)
        or PLACES_NEXT.search(intro)
        or addresses_the_reader(intro)
    )


# Words of someone acting or promising in a lead-in.
ACTING = re.compile(
    r"\b(?:lovar|förbinder|åtar|ska|skall|kommer att|vill|genomför\w*|göra|gör)\b", re.IGNORECASE
)


def is_promise_list(intro, section, years=()):
    """Whether a list holds promises, decided by the sentence or heading that introduces it and
    the section it stands in; `years`: the years of the pledge's period, if known."""
    label = LABEL.match(intro or "")
    if label and section_of(label[1]) in ("situation", "effect", "followup", "contact"):
        return False
    if intro and (
        AIMS_NEXT.search(intro.strip())
        or PURPOSE.search(intro.strip())
        or earlier_pledge(intro, years)
        or FOLLOW_THE_WORK.search(intro)
        or PLACES_NEXT.search(intro.strip())
        or addresses_the_reader(intro)
    ):
        return False
    if intro:
        intro = BASIS.sub("", intro)
    if intro and commits_in_lead_in(intro) and section not in ("followup", "contact", "other"):
        # "Vi kommer att:", "Kommunen åtar sig att:" under a heading of aims: someone who gives
        # the pledge commits to what follows, whatever section the heading opened.
        return True
    if intro and section == "situation" and not ACTING.search(intro):
        # "De områden där statistiken visar på behov av åtgärder är främst:" under the
        # situation names problems, whatever words of acting it uses, unless someone does them.
        return False
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", intro.strip())[-1] if intro else ""
    # "Medborgarlöftet syftar till … Områden som identifierats som viktiga är:": the sentence
    # that ends with the colon says what the items are, whatever the sentences before it say
    # of the pledge.
    if (
        last != (intro or "").strip()
        and NOT_PROMISES.search(last)
        and not (PROMISE_WORDS.search(last) or WILL_ACT.search(last) or PROMISE_VERB.search(last))
    ):
        return False
    if intro and PROMISE_WORDS.search(intro):
        return True
    if intro and MEANS_FOR.match(last) and section not in ("followup", "contact", "other"):
        # "För att minska den upplevda otryggheten vid stationen:": what is done for a purpose,
        # whatever the purpose names of what residents feel.
        return True
    if intro and NOT_PROMISES.search(intro):
        return False
    if intro and WILL_ACT.search(intro) and lead_in_responsible(intro):
        # "Åstorp kommun kommer att arbeta med narkotikafrågor enligt nedan:" under the
        # heading of the problem: a side that will act introduces what it does.
        return section not in ("followup", "contact", "other")
    return section not in ("situation", "effect", "followup", "contact", "other")


# A verb of committing: "ska", "kommer att", "lovar", "åtar sig", "förbinder sig" (the verbs
# of parties' COMMIT_*).
COMMITS = re.compile(
    rf"\b(?:{COMMIT_SHALL}|{COMMIT_WILL}\s+(?:\S+\s+){{0,3}}?att|{COMMIT_PROMISE}|"
    rf"(?:{COMMIT_REFLEXIVE}|{COMMIT_REFLEXIVE_PERFECT})\s+sig|"
    r"t(?:ar|agit)\s+(?:\S+\s+){0,2}?på\s+sig|"
    # "Detta har kommunen beslutat:", "Detta har polisen bestämt sig för:": a side's decision.
    r"har\s+(?:\S+\s+){0,3}?(?:beslutat|bestämt\s+sig))\b",
    re.IGNORECASE,
)


# "Därför lovar kommunen och polisen att:", "Under året kommer vi att:": the verb before its
# subject, after a fronted word or phrase.
V2_COMMIT = re.compile(
    rf"^\S+(?:\s+\S+){{0,3}}?\s+(?:{COMMIT_VERB}|{COMMIT_REFLEXIVE}|tar|har)\s+{GIVER_OR_WE}\b",
    re.IGNORECASE,
)


def commits_in_lead_in(intro):
    """Whether the last sentence of a lead-in has one who gives the pledge as its subject and a
    verb of committing as its main verb ("Vi kommer att:", "Kommunen åtar sig att:", "Därför
    lovar kommunen att:"); not a wish or a report ("Det invånarna tycker att kommunen ska
    prioritera är:")."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", (intro or "").strip())[-1]
    if not COMMITS.search(last) or WISHED.search(last):
        return False
    return bool(
        PROMISE_START.match(last)
        or INVERTED.match(last)
        or ACTOR_FIRST.match(last)
        or V2_COMMIT.match(last)
        or re.match(r"^vi\s", last, re.IGNORECASE)
    )


# "Löftet för 2023–2024 innehöll:", "… omfattade:": a verb in the past tense.
PAST_VERB = re.compile(
    r"\b(?:var|hade|blev|gällde|innehöll|omfattade|lovade|gjordes?|[a-zåäö]{3,}(?:ades|des))\b",
    re.IGNORECASE,
)


# "Medborgarlöftet för 2024 är nu avslutat.", "Löftet har löpt ut": a pledge said to be over.
FINISHED = re.compile(
    r"\b(?:är|har)\s+(?:nu\s+|numera\s+)?(?:avslutat|avslutats|slut|löpt\s+ut|upphört)\b|"
    r"\bavslutades\b",
    re.IGNORECASE,
)
# "Det omfattade:", "Under 2025 gjorde vi följande:", "Vad har vi gjort hittills?": the last
# sentence of a lead-in telling what was held or done, its finite verb in the past tense (or
# "har" with a participle of doing); "Vi har arbetat fram följande löften:" tells how the
# pledge was made, not what was done.
DONE_LEAD_IN = re.compile(
    r"\b(?:omfattade|innehöll|gjorde|genomförde|handlade|bestod|arbetade(?!\s+fram))\b|"
    # "I enkäten svarade många att de:": what was said or answered, in the past tense.
    r"\b(?:svarade|tyckte|uppgav|angav|berättade|nämnde|upplevde|önskade)\b|"
    r"\b(?:har|hade)\s+(?:\S+\s+){0,2}?(?:gjort|genomfört|åstadkommit|uppnått|"
    r"arbetat(?!\s+fram))\b",
    re.IGNORECASE,
)


def tells_what_was_done(intro):
    """Whether a lead-in tells an earlier pledge's content or what was done, by its grammar:
    a sentence saying the pledge is over, or a last sentence in the past tense with no verb of
    committing ("Medborgarlöftet för 2024 är nu avslutat. Det omfattade:")."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", (intro or "").strip())
    last = sentences[-1]
    if COMMITS.search(last) or re.search(r"\blova[rt]?\b", last, re.IGNORECASE):
        return False
    return bool(DONE_LEAD_IN.search(last) or any(FINISHED.search(s) for s in sentences))


def earlier_pledge(intro, years=()):
    """Whether an introduction speaks of an earlier pledge; "Under 2021 lovade polisen och
    kommunen att arbeta utifrån följande inriktningar:" on the page of the 2021–2022 pledge
    tells this pledge's promises in the past tense. A lead-in in the past tense that names
    only years outside the pledge's ("Löftet för 2023–2024 innehöll:" on the 2025 page) tells
    an earlier period's list, whatever its words."""
    if tells_what_was_done(intro):
        return True
    found = [m[0].lower() for m in EARLIER_PLEDGE.finditer(intro)]
    if not found:
        stated = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", intro)}
        return bool(
            stated and years and not stated & set(years) and PAST_VERB.search(intro.split(":")[0])
        )
    stated = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", intro)}
    return not (set(found) == {"lovade"} and stated and years and stated <= set(years))


# "Årets löfte", "Löftet för i år", "Nu lovar vi att:": the pledge of this period, named as such.
THIS_PERIOD = re.compile(
    r"\bårets\s+\w*löfte|\b\w*löfte\w*\s+för\s+i\s+år\b|^(?:nu|i\s+år)\s+(?:"
    + COMMIT_VERB
    + r")\b",
    re.IGNORECASE,
)


def earlier_pledge_ends(blocks, earlier, own_start):
    """Where the page's own pledge resumes after an earlier pledge's part that opens at block
    `earlier`, or None when that part runs to the end: a heading or lead-in that names this
    period or a later one ("Löfte 2026–2027", "För 2026–2027 har polisen åtagit sig att:") or
    the pledge of this period ("Årets löfte"); after a past-tense lead-in over the earlier
    period's list ("Under förra löftesperioden (2024–2025) arbetade vi med:"), also a lead-in
    in which a giver promises in the present or the future ("Kommunen ska:")."""
    opener = blocks[earlier].text.strip()
    opener_is_lead_in = opener.endswith(":")
    if not (opener_is_lead_in or section_of(opener) == "other" or PAST_VERB.search(opener)):
        # "Medborgarlöfte i Exempelby 2017-2018" printed below this pledge: the older pledge
        # itself, which runs to the end of the page.
        return None
    for index in range(earlier + 1, len(blocks)):
        block = blocks[index]
        text = block.text.strip()
        if is_bullets(block) or len(text) > 200:
            continue
        years = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", text)}
        lead_in = text.endswith(":") and not tells_what_was_done(text)
        pledge_heading = is_heading(block) and re.search(r"löfte", text, re.IGNORECASE)
        if years and own_start and min(years) >= own_start and (pledge_heading or lead_in):
            return index
        if (pledge_heading or lead_in) and THIS_PERIOD.search(text):
            return index
        if (
            opener_is_lead_in
            and lead_in
            and commits_in_lead_in(text)
            and not earlier_pledge(text, ())
            and not (years and own_start and max(years) < own_start)
        ):
            return index
    return None


# A paragraph with no colon right before a list may still say what the list is: "Arbetet
# fokuserar på fem områden.", "Fokusområdena är inskrivna i överenskommelsen.", "Följ med i hur
# det går!". Unless a sentence of it promises, such a list names areas or where to follow the
# work, not promises.
FOCUS_OR_FOLLOW = re.compile(r"\bfokus\w*|" + FOLLOW_THE_WORK.pattern, re.IGNORECASE)


# "Polisen och kommunen lovar att under hösten genomföra följande åtgärder i syfte att … .
# Arbetet följs upp i oktober." over the lists: a sentence that promises what follows points to
# the list below it, ended by a full stop and followed by more sentences as it may be.
FORWARD = re.compile(
    r"\b(?:lovar|ska|skall|kommer\s+att|förbinder\s+sig)\b[^.!?:]*?\bföljande\s+"
    r"(?:åtgärder|aktiviteter|insatser|löften|punkter)\b",
    re.IGNORECASE,
)


def forward_lead_in(paragraph):
    """The sentence of a paragraph that promises 'följande åtgärder' (and so introduces the
    list after it), ending with ':', or None."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", paragraph.strip()):
        if FORWARD.search(sentence) and PROMISE_VERB.search(sentence):
            return sentence.rstrip(" .") + ":"
    return None


def introduces_no_promises(paragraph):
    """Whether the paragraph right before a list (not ending with ':') says that the list
    names focus areas or where to follow the work, or is the purpose left open at its verb
    ("Syftet med medborgarlöftet är" over the aims)."""
    if not paragraph.rstrip().endswith((".", "!", "?")) and PURPOSE.search(paragraph.strip()):
        return True
    return bool(FOCUS_OR_FOLLOW.search(paragraph)) and not PROMISE_VERB.search(paragraph)


# "Medborgarlöftet beskriver de åtaganden som …", "Arbetet är en långsiktig satsning …", "Till
# grund för medborgarlöftet ligger dialog …": a sentence telling what the pledge or the work is,
# its verb in the present tense near the start and no one set to act.
DESCRIBES = re.compile(
    r"^(?:\S+\s+){0,5}?(?:är|beskriver|innebär|ligger|bygger|handlar|utgår|grundar\s+sig)\b",
    re.IGNORECASE,
)


# "Under 2018 kommer polisen och kommunen att särskilt fokusera på …", "Vi vill minska
# felbeteenden i trafiken …": where the work is aimed, or the result wished for.
FOCUS_OR_WISH = re.compile(
    r"\b(?:fokusera\w*|fokus)\s+(?:\w+\s+){0,2}?(?:på|mot)\b|^\S+(?:\s+\S+){0,2}?\s+vill\s+",
    re.IGNORECASE,
)


def describes_the_work(paragraphs):
    """Whether most of a run of short paragraphs under a heading of the pledge tell what the
    pledge or the work is, where it is aimed or what it wishes to reach, rather than what
    someone will do: no list of promises."""
    telling = sum(
        1
        for text in paragraphs
        if (DESCRIBES.match(text) and not WILL_ACT.search(text.split(" som ")[0]))
        or FOCUS_OR_WISH.search(text)
    )
    return telling * 2 > len(paragraphs)


# "Fokusområden för kommunen blir:", "De fokusområden som pekades ut var:": a lead-in whose
# list names the focus areas. "Varje fokusområde består av aktiviteter, bland annat:" and
# "Fokusområde Narkotika:" introduce what is done within an area, not the areas.
FOCUS_AREAS = re.compile(r"\bfokusområden(?:a)?\b", re.IGNORECASE)
DONE_WITHIN = re.compile(r"\baktivitet|\båtgärd|\binsats|\blovar\b|förbinder|\båtar", re.IGNORECASE)


# "… lovar att arbeta … inom följande fokusområden:": the areas end the lead-in.
FOCUS_AREAS_LAST = re.compile(r"\bfokusområden\w*(?:\s+\S+){0,4}\s*:\s*$", re.IGNORECASE)


def names_focus_areas(lead_in):
    """Whether a lead-in ending with ':' introduces a list of focus areas."""
    return bool(FOCUS_AREAS_LAST.search(lead_in)) or (
        bool(FOCUS_AREAS.search(lead_in)) and not DONE_WITHIN.search(lead_in)
    )


# "Medborgarlöftena utgår från fyra prioriterade områden:": a lead-in whose last words name
# areas lists the areas, not what is done in them (unless it promises: "Polisen lovar att
# arbeta i följande områden:").
AREAS_NEXT = re.compile(r"\bområden\s*:$", re.IGNORECASE)


# "• Polisen … kommer att samordna arbetet genom följande fokusområden;" over "  • minska
# risken …": an item that ends by naming focus areas, whose items further right are the areas,
# not promises of their own.
NAMES_AREAS_BELOW = re.compile(r"\bfokusområden\w*(?:\s+\S+){0,4}\s*[:;]\s*$", re.IGNORECASE)


# "Dessa frågor prioriteras:", "Dessa punkter lyfts:": a lead-in that says what was chosen,
# which holds the situation or the promises as its items say.
CHOSEN = re.compile(r"prioriter|\blyft|identifier", re.IGNORECASE)


# The template headings "Det här ska vi göra" and "Det här ska vi åstadkomma tillsammans" may
# hold promises as plain paragraphs, with no subject first ("Med början i maj kommer polis att
# …"). Under the second, what the parties do is a promise; the state they aim for ("… är
# målsättningen att …", "Arbetet syftar till att …", "… ska bidra till ökad trygghet") is not.
# "Invånarna önskar att …", "… vill att polisen ska:": what residents ask for.
WISHED = re.compile(r"\bönska\w*|\bvill att\b|\befterfråga\w*", re.IGNORECASE)
# "Vi ska …", "kommer polisen att …": a lead-in that says what someone will do.
WE_DO = re.compile(
    r"\b(?:vi|polisen|kommunen|polis och kommun)\s+(?:ska|skall|kommer att)\b|"
    r"\b(?:ska|skall|kommer)\s+(?:vi|polisen|kommunen)\b",
    re.IGNORECASE,
)
# "… ska:", "Polisen och kommunen kommer under året att genomföra:": someone will do what
# follows (the past "genomförde" tells what was done).
WILL_DO = re.compile(
    r"\b(?:ska|skall)\b|\bkommer\b[^.:]{0,40}\batt\b|\bgenomför(?:a|s)?\b|\bgöra\b",
    re.IGNORECASE,
)
# "Det här lovar vi", "Så här gör vi" head promises as "Det här ska vi göra" does ("Det här lovar
# vi att åstadkomma" heads neither kind).
DO_HEADING = re.compile(
    r"\b(?:ska vi göra|vi ska göra|lovar vi|vi lovar|gör vi|vi gör)\b"
    r"(?!\s+\w+\s+(?:åstadkomma|uppnå))",
    re.IGNORECASE,
)
ACHIEVE_HEADING = re.compile(r"\bska vi (?:åstadkomma|uppnå)\b(?!\s+genom)", re.IGNORECASE)
# "Med medborgarlöftet önskar vi åstadkomma:" after the promises: the state they aim for.
AIMED_AT = re.compile(
    r"\b(?:(?:vill|önskar)\s+vi|vi\s+(?:vill|önskar))\s+(?:åstadkomma|uppnå)\b(?!\s+genom)",
    re.IGNORECASE,
)


# "Summerat", "Sammanfattning", "I korthet": a heading over a list that sums up the paragraph
# above it.
SUMMARY_HEADING = re.compile(
    r"^(?:summerat|sammanfattning|sammanfattat|i korthet|kort sagt)$", re.I
)


# "X och lokalpolisområdet åtar sig att:": the wording of the agreement on working together.
AGREEMENT_LEAD_IN = re.compile(r"\båtar\s+sig\b|\bsamverkansöverenskommelse", re.IGNORECASE)
PLEDGE_HEADING = re.compile(r"^medborgarlöfte[nt]?a?\b", re.IGNORECASE)


# "Detta gör vi genom att:", "Det ska ske bland annat genom att:": a short line saying how the
# aim above is reached, over what is done.
MEANS_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,5}genom\s+att\s*:\s*$", re.IGNORECASE)


# "Detta gör vi genom att:", "Det ska åstadkommas bland annat genom följande aktiviteter:": a
# line saying how the aim above it is reached, over the means.
MEANS_NEXT = re.compile(
    r"^\s*(?:\S+\s+){0,6}?genom\s+(?:att|följande(?:\s+[a-zåäö]+)?)\s*:\s*$", re.IGNORECASE
)


def means_next(after):
    """Whether the blocks after an aim open with the means that carry it out: a line such as
    "Det ska åstadkommas genom följande aktiviteter:", or a list right under it."""
    following = [b for b in after if b.text.strip()][:1]
    if not following:
        return False
    first = following[0].text.strip().split("\n")[0]
    # "- Vi kommer …, säger X": a quote set with a dash is no list of means.
    listed = is_bullets(following[0]) and not SAID.search(following[0].text)
    return bool(MEANS_NEXT.match(first)) or listed


# "Det ska vi åstadkomma genom följande aktiviteter", "Följande aktiviteter ska göras för att
# minska …", "Detta gör vi genom att": a line naming the means, set as a heading without its
# colon, over their list.
MEANS_HEADING = re.compile(
    r"^\s*(?:(?:\S+\s+){0,6}?genom\s+(?:att|följande(?:\s+[a-zåäö]+)?)|"
    r"följande\s+(?:aktiviteter|åtgärder|insatser)\s+(?:ska|skall|kommer)\b[^.!?:]*)\s*:?\s*$",
    re.IGNORECASE,
)


def means_line_next(after):
    """Whether the blocks after an aim open with a line naming the means (with or without its
    colon) and the list of means right under it."""
    following = [b for b in after if b.text.strip()][:2]
    if len(following) < 2 or len(following[0].lines) != 1:
        return False
    return bool(MEANS_HEADING.match(following[0].text)) and is_bullets(following[1])


# "Vi ska tillsammans …", "Polisen ska …", "Kommunen kommer att …": an item that says who will
# act is a promise wherever it stands.
ACTS_ITEM = re.compile(
    r"^(?:vi|polisen|kommunen|polis och kommun|polisen och kommunen)\s+"
    # "Polisen att genomföra …", "Kommunen eftersträva att …": the infinitive that finishes a
    # lead-in left open at "kommer;".
    r"(?:ska|skall|kommer att|lovar|att\s+(?:[a-zåäö]{2,}a|ge|gå|se|stå|få|ha|bli|dra|slå|tro)\b|"
    r"[a-zåäö]{3,}a\s+att)\b",
    re.IGNORECASE,
)


# "Polisen gör fler fotpatruller", "Kommunen och polisen bjuder in till …", "Vi anordnar …": a
# giver as subject and a finite verb in the present tense is a deed as much as "ska …"; not a
# verb of having, being, receiving or perceiving ("Polisen får många anmälningar", "Kommunen
# ser en ökning"), which tells the situation.
PRESENT_DEED_ITEM = re.compile(
    r"^(?:vi|polisen|kommunen|polis\s+och\s+kommun|polisen\s+och\s+kommunen|"
    r"kommunen\s+och\s+polisen|kommun\s+och\s+polis)\s+"
    r"(?:(?:tillsammans|gemensamt|också|även|båda)\s+)?"
    r"(?!(?:får|har|är|finns|blir|vet|tycker|anser|menar|upplever|känner|märker|ser(?!\s+över)|"
    r"saknar|behöver|bör|kan|måste|vill|önskar|bedömer|konstaterar|noterar|uppger|"
    r"rapporterar|visar|tror|hoppas|står|ligger)\b)"
    r"(?:gör|ger|tar|ser|går|når|(?-i:[a-zåäö]{2,}(?:ar|er|rr|yr|år|ör)))\b",
    re.IGNORECASE,
)


def items_say_who_acts(items):
    """Whether most of a list's items say who will do them ("Vi ska tillsammans …", "Polisen
    gör fler fotpatruller")."""
    acting = sum(
        1
        for _line, item in items
        if ACTS_ITEM.match(item.strip()) or PRESENT_DEED_ITEM.match(item.strip())
    )
    return acting * 2 > len(items)


# What a list's items are, by their grammar: a deed in the infinitive ("Genomföra …",
# "Anordna …", "Delta i …") or named as one ("Genomförande av …"); a goal in the infinitive
# ("Öka tryggheten", "Minska inbrotten", "Förebygga brott") or a result ("Ökad trygghet",
# "Färre inbrott"); a bare noun phrase naming no giver and no verb ("Inbrott", "Trafiken").
DEED_VERB = re.compile(
    r"^(?:att\s+)?(?:genomföra|arbeta|anordna|ordna|arrangera|erbjuda|delta|medverka|informera|"
    r"utbilda|samverka|besöka|bjuda|dela|starta|fortsätta|sätta|hålla|patrullera|kontrollera|"
    r"träffa|utföra|organisera|genomför|stötta|stödja|bevaka|kartlägga|sanera|anställa|rusta|"
    r"installera|bygga|byta|ta\s+fram|ge\s+ut|göra|finnas|synas|vara\s+(?:närvarande|synlig)|"
    r"[a-zåäö]+ande\s+av)\b",
    re.IGNORECASE,
)
GOAL_VERB = re.compile(
    r"^(?:att\s+)?(?:öka|minska|förebygga|stärka|förbättra|höja|sänka|motverka|främja|"
    r"förhindra|skapa|bidra|reducera|bryta|hindra|uppnå|få\s+(?:ner|bort))\b",
    re.IGNORECASE,
)


# "Vi har genomfört fem trygghetsvandringar", "Polisen höll två föräldramöten": an item that
# tells what was done, its verb in the perfect (har + a participle in -t) or the past tense.
DONE_ITEM = re.compile(
    r"^(?:(?:vi|polisen|kommunen|polis och kommun|polisen och kommunen|kommunen och polisen)\s+)?"
    r"(?:har|hade)\s+(?:(?:också|även|redan|nu|tillsammans|gemensamt)\s+)?"
    # "Kommunen har åtagit sig att …", "Polisen har lovat att …": a commitment, not a report.
    r"(?!(?:åtagit|lovat|tagit\s+på|förbundit|bestämt|beslutat)\b)"
    r"(?!(?:ett|det|mycket|litet|inget|något|eget|rätt|stort|särskilt|tydligt|nytt|gott|"
    r"kontakt|öppet|fast)\b)"
    r"[a-zåäö]{2,}t\b|"
    r"^(?:vi|polisen|kommunen|polis och kommun|polisen och kommunen|kommunen och polisen)\s+"
    r"(?:[a-zåäö]{3,}(?:ade|de|te)|höll|gjorde|satte|gav|tog|fick|var)\b",
    re.IGNORECASE,
)


# "Trygghetsvandring i Hamnen – genomförd", "Fler kameror: Ej påbörjad", "Föräldramöte – delvis
# genomfört": an item that ends with a verdict on how the work went, a follow-up of a pledge.
VERDICT_ITEM = re.compile(
    r"\S\s*(?:[–—:]|\s-)\s*(?:(?:ej|inte|delvis|helt|nästan)\s+)?"
    r"(?:genomför[dt]a?|klart?|pågår|pågående|påbörja[dt]|avslutad|avslutat|slutför[dt]|"
    r"uppnå[dt]d?|uppfyllt|uppfylld|färdig|fullföljd|fullföljt|inställd|inställt|utförd|utfört)"
    r"\s*[.!]?\s*(?:\(.*\))?$",
    re.IGNORECASE,
)


def item_kind(item):
    """ "giver", "deed", "goal", "noun", "done", "verdict" or "" for one list item, by its
    grammar."""
    item = item.strip()
    if VERDICT_ITEM.search(item):
        return "verdict"
    if DONE_ITEM.match(item):
        return "done"
    if ACTS_ITEM.match(item) or PROMISE_START.match(item) or PRESENT_DEED_ITEM.match(item):
        return "giver"
    if GOAL_VERB.match(item) or RESULT_ITEM.match(item):
        return "goal"
    if DEED_VERB.match(item):
        return "deed"
    if (
        len(item.split()) <= 4
        and not item.endswith((".", "!", ":"))
        and not ACTING.search(item)
        and not lead_in_responsible(item)
    ):
        return "noun"
    return ""


def mostly(items, kinds):
    """Whether more than half of the items are of one of `kinds`."""
    hits = sum(1 for _line, item in items if item_kind(item) in kinds)
    return hits * 2 > len(items)


def is_name_list(items):
    """Whether every item of a list is a short name with no sentence ('Huskurage',
    'Platssamverkan Ranten', 'SSPF (samverkan Skola, Socialtjänst, Polis, Fritid)')."""
    return all(
        len(item.split()) <= 6
        and not item.rstrip().endswith((".", "!", ":"))
        and not ACTING.search(item)
        for _, item in items
    )


def same_mark(one, other):
    """Whether two bulleted paragraphs open with the same kind of mark (numbers or bullets)."""
    return bool(NUMBERED.match(one.lines[0])) == bool(NUMBERED.match(other.lines[0]))


# "Medborgarlöftet gäller från 1 april 2018 till och med 31 mars 2019.": the pledge as the
# subject of a verb of lasting tells the period, set among the promises.
PERIOD_SENTENCE = re.compile(
    r"^(?:det\s+(?:nya\s+)?|detta\s+)?(?:medborgar)?löfte(?:t|na|n)?\s+(?:\S+\s+){0,3}?"
    r"(?:gäller|löper|sträcker\s+sig|varar)\b",
    re.IGNORECASE,
)
# "Kommunen | Box 203 | Telefon …", "Medborgarlöften | Polismyndigheten Länk till annan
# webbplats": fields of a page's footer or a link's title set apart by bars.
PAGE_FIELDS = re.compile(r"\S\s+\|\s+\S")


def not_a_promise(item):
    """Whether an item is, whatever list it stands in, no promise: the period the pledge runs,
    fields of the page's footer, or a mark with no word."""
    text = item.strip()
    return bool(
        PERIOD_SENTENCE.match(text)
        or PAGE_FIELDS.search(text)
        or not re.search(r"[A-Za-zÅÄÖåäö]", text)
    )


# "• 1170px Torget 035 Bild: Anna Berg": an image and its caption left from the web page.
CAPTION = re.compile(r"^\d+px\b|^(?:bild|foto|fotograf|illustration)\s*:", re.IGNORECASE)


def is_section_item(item):
    """'• Bakgrund': a page's menu of sections, not a promise; nor is an image's caption."""
    if CAPTION.search(item):
        return True
    return len(item.split()) <= 3 and section_of(item) not in ("", "actions")


# "Resecentrum är en plats där …", "Parken upplevs som otrygg": an item that tells what
# something is or how it is felt, with no deed anywhere in it, describes the situation inside
# a list of promises.
DESCRIBES_STATE = re.compile(
    r"^(?:[A-ZÅÄÖa-zåäö][\wåäö\-]*\s+){1,4}?(?:(?:är|var)\s+(?:en|ett|det)|upplevs|känns)\s",
    re.IGNORECASE,
)


def describes_state(item):
    """Whether a list item tells what something is rather than what anyone will do."""
    return bool(
        DESCRIBES_STATE.match(item.strip())
        and not DEED.search(item)
        and not PROMISE_VERB.search(item)
    )


# "Uppföljning sker vid de månatliga mötena med …": an item telling how the pledge is
# followed up, which the cadence reads, not a promise.
FOLLOW_UP_ITEM = re.compile(
    r"^(?:uppföljning|återkoppling|utvärdering|redovisning)\w*\b[^.]*?\b"
    r"(?:sker|görs|ska ske|skall ske|kommer att ske)\b",
    re.IGNORECASE,
)


# "Anna Tigerström - Kommunikations- och marknadschef": a person's name and title, nothing done.
# "• Publicerad 17:30, 16 feb 2017", "Uppdaterad: 2024-03-01": the page's own stamp set as a
# bullet, no promise.
PAGE_STAMP = re.compile(
    r"^(?:publicerad|publicerat|uppdaterad|senast\s+(?:uppdaterad|ändrad))\b[:\s]*"
    r"(?:den\s+)?[\d:., ]*(?:\d{1,2}\s+\w+\.?\s+)?\d{4}\b[\d:., -]*$",
    re.IGNORECASE,
)
NAME_AND_TITLE = re.compile(
    r"^(?-i:[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+){1,2})"
    r"\s+[-–—]\s+[^.!?:]{3,60}$"
)
