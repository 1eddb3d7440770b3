"""What one sentence says: a deed someone will do, an aim, a state to reach, several promises
joined in one sentence, or someone speaking rather than the pledge.

The questions, in the order they stand here: whether a sentence is a deed (`is_deed`, and the
words of promising and doing the other readers build on: `PROMISE_VERB`, `WILL_ACT`, `DEED`,
`STATE`); whether it tells the situation (`tells_situation`); whether it is the pledge's aim
rather than a deed (`is_aim`, `aim_alone`, `works_toward_goal`, `states_results`); whether a
line that pledges promises no deed yet (`no_deed`, `FOCUS_STATEMENT`, `ABOUT_PLEDGES`); the
promises one sentence joins (`coordinated_promises`, `aim_then_deeds`); and quotes (`SAID`,
`SPEAKER_INTRO`, `SPOKEN`). To teach the reader a new kind of aim sentence, start at `is_aim`
(its pattern, `AIM`, is in structure.py) and `aim_alone`; a new way of joining promises in one
sentence goes to `coordinated_promises`; a new way a quote names its speaker to `SAID`.
"""

import re

from .parties import (
    ACTOR_FIRST,
    COMMIT_PROMISE,
    COMMIT_PROMISED,
    COMMIT_REFLEXIVE,
    COMMIT_SHALL,
    COMMIT_VERB,
    COMMIT_WILL,
    INVERTED,
    PROMISE_START,
    WE_PROMISE,
    parse_responsible,
)
from .structure import AIM

PROMISE_VERB = re.compile(rf"\b{COMMIT_PROMISE}\b|{COMMIT_REFLEXIVE}", re.IGNORECASE)


# A lead-in in which someone will act: "… kommer att arbeta …", "… ska genomföra …".
WILL_ACT = re.compile(r"\b(?:ska|skall|kommer\s+att)\s+[a-zåäö]{3,}", re.IGNORECASE)


# Under "Det här ska vi åstadkomma tillsammans", an item naming a state reached ("Minskat
# problem med …", "Ökad vilja att …", "Den öppna handeln ska märkbart minska.") is an aim; an
# item that does something ("Öka tryggheten genom …", "Agera mot …") is a promise.
RESULT_ITEM = re.compile(
    r"^(?:(?:minska|öka|förbättra)[dt]e?|stärkta?|höjda?|sänkta?|färre|fler|bättre|högre|lägre)\s|"
    r"^(?!(?:polis|kommun|vi)\b)[^.]*\b(?:ska|skall)\s+(?:inte\s+)?(?:\w+\s+)?"
    r"(?:minska|öka|sjunka|förbättras|stärkas)\s*(?:\.|$|jämfört\b)|"
    # "Att antalet inbrott minskar.", "Invånarna upplever en ökad trygghet.": a state in the
    # present tense, with no party doing it.
    r"^(?!(?:polis|kommun|vi)\b)(?:att\s+)?[^.]*\b(?:minskar|ökar|sjunker|förbättras|stärks)"
    r"\s*(?:\.|$)|"
    r"^(?:att\s+)?(?:invånarna|medborgarna|boende|fler|färre|allt fler)\b[^.]*\b"
    r"(?:upplever|känner)\b",
    re.IGNORECASE,
)
STATE = re.compile(
    r"\b(?:är målsätt\w*|målsättning\w* är|är målet|målet är|syftar till|syftet är|har som mål|"
    r"(?:ska|skall) bidra till|bidrar till|(?:ska|skall) uppnå)",
    re.IGNORECASE,
)
DEED = re.compile(
    r"\b(?:ska|skall|sker|arbetar|genomför\w*|kommer\b[^.]{0,80}?\batt)\b", re.IGNORECASE
)


# "har själva inlett", "har redan genomfört": the perfect tense reports what is done.
DONE = re.compile(r"\b(?:har|hade)\s+(?:[a-zåäö]+\s+){0,2}?[a-zåäö]{3,}(?:at|it|tt|ts)\b")


# "Polisen upplever en allt mer liberal syn på …", "Kommunen uppger att kostnaderna ökat": a side
# as the subject of a verb of perceiving, feeling or saying tells the situation as that side sees
# it; it does nothing ("Polisen ser till att …" does).
PERCEIVING_VERB = re.compile(
    r"\b(?:upplever|uppger|känner|märker|noterar|konstaterar|bedömer|anser|menar|tycker|"
    r"rapporterar|oroar|ser)$",
    re.IGNORECASE,
)


def _perceives(sentence, verb_end):
    """Whether the side's present-tense verb that ends at `verb_end` (as ACTOR_FIRST reads it)
    is one of perceiving or saying."""
    if re.match(r"\s+(?:till|över)\b", sentence[verb_end:], re.IGNORECASE):
        return False  # "ser till att …", "ser över …": a deed
    return bool(PERCEIVING_VERB.search(sentence[:verb_end].rstrip()))


def is_deed(paragraph):
    """Whether a paragraph says that someone does something ('… ska kommunen och polisen
    gemensamt genomföra trygghetsvandringar'), not what state should be reached, and names who
    does it."""
    first = re.split(r"(?<=[.!?])\s+", paragraph.strip())[0]
    # "Kommunen förbättrar belysningen …": a side and a verb in the present tense.
    present = ACTOR_FIRST.match(first)
    if present and re.search(r"\b(?:har|är|finns|blir)$", present[0], re.IGNORECASE):
        present = None  # what a side has or is, not what it does
    if present and _perceives(first, present.end()):
        present = None  # what a side sees or reports, not what it does
    deed = DEED.search(first) or present
    if STATE.search(first) or not deed:
        return False
    done = DONE.search(first)
    if done and done.start() < deed.start():
        # "Kommunen har själva inlett märkning … och polisen kommer att …": what has been done,
        # told before what comes of it.
        return False
    return parse_responsible(first)[0] != "ej_angivet"


# "Narkotika är förbjudet och bidrar till otrygghet", "Allmänheten upplever trafiken som ett
# stort problem": a first sentence that tells how things are, with no one committing to a deed.
SITUATION_VERB = re.compile(
    r"\b(?:är|var|upplever|upplevs|visar|finns|bidrar|ökar|minskar|har\s+ökat|har\s+minskat)\b",
    re.IGNORECASE,
)


def tells_situation(paragraph):
    """Whether a paragraph's first sentence tells the situation: a verb of being or feeling,
    and no deed or promise."""
    first = re.split(r"(?<=[.!?])\s+", paragraph.strip())[0]
    return bool(
        SITUATION_VERB.search(first) and not DEED.search(first) and not PROMISE_VERB.search(first)
    )


def side_pledges(sentence):
    """Whether a side, as the subject, promises in this sentence with a verb of promising
    ("Polisen lovar att …", "Under året åtar sig kommunen att …"), not only "ska"."""
    return bool(
        PROMISE_VERB.search(sentence)
        and (
            PROMISE_START.match(sentence) or INVERTED.match(sentence) or WE_PROMISE.match(sentence)
        )
    )


# "… lovar att öka tryggheten", "… minska brottsligheten": the pledge's goal, not a deed.
GOAL = re.compile(
    r"\b(?:öka|stärka)\s+(?:den\s+)?(?:upplevda\s+)?trygghet\w*|\bminska\s+brott\w*",
    re.IGNORECASE,
)


# "Kommunen ska arbeta mot klotter genom att sanera inom två dygn": the aim and, in the same
# sentence, the deed that carries it out.
MEANS_WITHIN = re.compile(r"\bgenom\s+att\s+[a-zåäö]{3,}", re.IGNORECASE)


def is_aim(sentence):
    """Whether a sentence naming who promises states the pledge's aim rather than an action:
    'Polisen och kommunen lovar att arbeta aktivt för att alla ska uppleva en ökad trygghet.'
    Standing over a list ("Löftet innebär:", "Polisen lovar att:") it is what the list carries
    out, not a promise of its own."""
    return bool(AIM.search(sentence))


def aim_alone(sentence):
    """Whether a sentence told in running text names an aim and no deed: one that tells its
    means in the same sentence ("… arbeta mot klotter genom att sanera …") is a deed."""
    aim = AIM.search(sentence)
    return bool(aim) and not MEANS_WITHIN.search(sentence, aim.end())


# "Vi kommer att stötta nattvandrarna och tillsammans arbeta för ökad trygghet": a deed, and an
# aim joined after it with "och".
_AND_BEFORE_AIM = re.compile(
    r"\boch\s+(?:(?:tillsammans|gemensamt|även|också|aktivt|vidare)\s+)?$", re.IGNORECASE
)


def deed_then_aim(sentence):
    """Whether a sentence's aim ("arbeta för …") is joined with "och" to a verb phrase before
    it, a deed that the sentence's subject commits to first: the sentence is that deed."""
    aim = AIM.search(sentence)
    return bool(aim) and bool(_AND_BEFORE_AIM.search(sentence[: aim.start()]))


# "… ska tillsammans arbeta med åtgärder som bidrar till att öka tryggheten och minska
# brottsligheten", "… kommer att fortsätta att jobba aktivt för att öka tryggheten": working
# toward the pledge's own goal, with no deed named.
TOWARD_GOAL = re.compile(
    r"\b(?:arbeta|jobba|verka)\s+(?:[a-zåäö]+\s+){0,3}?"
    r"(?:för|mot|med\s+(?:åtgärder|insatser|aktiviteter)\s+som\s+(?:ska\s+)?bidra\w*\s+till)"
    r"\b[^.!?]*?(?:" + GOAL.pattern + r")",
    re.IGNORECASE,
)


def works_toward_goal(sentence):
    """Whether a sentence has its subject work toward the pledge's goal (more safety, less
    crime) and names no means of its own ("genom att …")."""
    goal = TOWARD_GOAL.search(sentence)
    return bool(goal) and not MEANS_WITHIN.search(sentence, goal.start())


def without_goal_beside_deeds(lines):
    """The promising sentences of one paragraph less those that only work toward the pledge's
    goal, when another sentence of the paragraph names a deed: "Polisen och kommunen kommer
    att fortsätta att jobba för att öka tryggheten. Under hösten genomförs …" holds one
    promise, the deed; the goal is what it serves."""
    if len(lines) < 2:
        return lines
    kept = [(line, item) for line, item in lines if not works_toward_goal(item)]
    return kept if kept else lines


# "Vi ska öka förtroendet för polisen.", "Vi ska även minska …": a result to reach.
RESULT_SENTENCE = re.compile(
    r"^\S+(?:\s+\S+){0,2}?\s+(?:ska|skall)\s+(?:även\s+|också\s+)?"
    r"(?:öka|minska|stärka|förbättra|höja|sänka)\b",
    re.IGNORECASE,
)


def states_results(text):
    """Whether every sentence of a paragraph states a result to reach ("Vi ska öka …")."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
    return all(RESULT_SENTENCE.match(sentence) for sentence in sentences)


# "Polisen kommer att aktivt jobba för fler synliga insatser. Detta kommer att genomföras genom
# att vi syns i media, …": the aim's means told in the sentence after it, which points back.
_MEANS_AFTER = re.compile(
    r"[.!?]\s+(?:detta|det|vilket|det\s+här)\s+(?:\S+\s+){0,4}?genom\s+att\s+[a-zåäö]{2,}",
    re.IGNORECASE,
)


def means_in_next_sentence(text):
    """Whether a paragraph that opens with an aim tells, in a later sentence that points back
    to it, the means by which it is carried out: the paragraph is a deed, not a lead-in."""
    return bool(_MEANS_AFTER.search(text))


# "… lovar att tillsammans agera för att öka tryggheten": a verb with no object of its own whose
# only content is the purpose after it, an aim whatever the verb.
_PURPOSE_ONLY = re.compile(
    r"\batt\s+(?:(?:tillsammans|gemensamt|aktivt|fortsatt)\s+)?[a-zåäö]{3,}a\s+för\s+att\s",
    re.IGNORECASE,
)


def pledges_throughout(text):
    """ "För att öka tryggheten kommer polisen att patrullera … Kommunen lovar att se över …": a
    paragraph of the introduction that opens with a side committing itself to a deed and
    speaks of no pledge as such holds promises, as one under their heading would."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", " ".join(text.split()))
    first = sentences[0]
    return (
        len(sentences) > 1
        and bool(PROMISE_START.match(first) or INVERTED.match(first))
        and not is_aim(first)
        and not _PURPOSE_ONLY.search(first)
        and not re.search(r"löfte", text, re.IGNORECASE)
    )


# "I arbetet med … kommer vi", a text cut off after the inverted subject of its last clause.
CUT_AFTER_SUBJECT = re.compile(
    rf"\b(?:{COMMIT_VERB}|vill)(?:\s+att)?\s+(?:vi|polisen|kommunen|man)\W*$",
    re.IGNORECASE,
)


# "… lovar att de prioriterade områdena ska bli tryggare stadsdelar": a state that something
# else is to reach, not a deed of those who promise.
STATE_GOAL = re.compile(
    r"\blovar\s+att\s+(?:[a-zåäö]+\s+){1,4}ska\s+bli\s+(?:[a-zåäö]+\s+)?[a-zåäö]+are\b",
    re.IGNORECASE,
)


# "Polisen och kommunen lovar att under 2019" with the lists below it: a lead-in left open,
# with no colon and no deed after the time it names.
# "Polisen och kommunen lovar att arbeta med" over headed paragraphs, each naming its work: a
# lead-in left open at its preposition.
OPEN_PLEDGE = re.compile(
    r"\blovar\s+att(?:\s+(?:under|för|i)\s+(?:år\s+)?(?:\d{4}|året|perioden))?\s*$|"
    r"\blovar\s+att\s+(?:[a-zåäö]+\s+){1,2}(?:med|inom|mot|kring)\s*$",
    re.IGNORECASE,
)


# "… lovar genom medborgarlöftet att arbeta med följande: brottsförebyggande arbete, bättre
# tillgänglighet och närvaro samt uppföljning.": the areas named in a row after the colon, each
# a few words with no verb of its own, are what the work is about, not deeds.
AREAS_IN_A_ROW = re.compile(
    r"\barbeta\s+(?:med|inom|mot)\s+följande\s*:\s*"
    r"(?P<areas>[^.:;]+?,[^.:;]+?(?:\s+(?:och|samt)\s+[^.:;]+)?)\.?\s*$",
    re.IGNORECASE,
)


def names_areas_in_a_row(line):
    m = AREAS_IN_A_ROW.search(line)
    if not m:
        return False
    areas = re.split(r",\s*|\s+samt\s+", m["areas"])
    return len(areas) >= 3 and all(
        len(area.split()) <= 5 and not WILL_ACT.search(area) for area in areas
    )


def no_deed(line):
    """Whether a pledging line promises no deed: left open at its time, a state to reach, or
    areas named in a row."""
    return bool(OPEN_PLEDGE.search(line) or STATE_GOAL.search(line) or names_areas_in_a_row(line))


# "Under 2023 kommer polisen och kommunen att särskilt fokusera på narkotika.", "Fokus ligger på
# att öka tryggheten", "… ska ha ett särskilt fokus på …": a sentence whose verb is focusing names
# the pledge's focus area, not a deed, whether or not deeds follow it.
FOCUS_STATEMENT = re.compile(
    r"^[^.!?:]*?(?:\b(?:kommer|ska|skall|lovar|vill|avser)\b[^.!?:]*?\bfokusera\s+(?:på|mot)\b|"
    r"\bfokuserar\s+(?:vi\s+)?(?:på|mot)\b|\bfokus\s+ligger\s+på\b|"
    r"\b(?:ha|har)\s+(?:ett\s+)?(?:särskilt\s+|stort\s+)?fokus\s+på\b)",
    re.IGNORECASE,
)


# "Medborgarlöften är en del i polisens och kommunens samverkan.": what pledges are in general,
# not one of this pledge's promises, even right under "… lovar att … genom följande:".
ABOUT_PLEDGES = re.compile(
    r"^medborgarlöft\w*\s+"
    r"(?:är|ska|skall|syftar|bygger|handlar|utgår|grundar|baseras)\b|"
    # "Utifrån … har följande målsättningar och aktiviteter tagits fram som grund för …": a
    # sentence telling that what follows was drawn up introduces it; it is no deed itself.
    r"^[^.!?]*\bföljande\s+[^.!?]*?\b(?:tagits|arbetats|utarbetats|tagit|arbetat)\s+fram\b",
    re.IGNORECASE,
)


# ", polisen ska fotpatrullera mer, riktade insatser … ska göras … samt genomföra …": where
# one sentence joins promises that each have their own verb.
_OWN_VERB = re.compile(
    rf"\b(?:{COMMIT_SHALL}|{COMMIT_WILL}\s+att|(?:{COMMIT_PROMISED})\s+att|"
    rf"(?:{COMMIT_REFLEXIVE})\s+sig(?:\s+\w+){{0,2}}?\s+att|"
    r"[a-zåäö]{3,}ar\s+för\s+att)\s+[a-zåäö]{2,}",
    re.IGNORECASE,
)
BARE_DEED = re.compile(
    r"^(?:genomföra|arbeta|verka|starta|skapa|utveckla|fortsätta|öka|ha|hålla|erbjuda|"
    r"ordna|anordna|bjuda|delta|informera|besöka|träffa|samverka|genomför)\s",
    re.IGNORECASE,
)
# "… att polisen ska öka sin närvaro och att kommunen ska se över …", "…, medan polisen ska
# …": "och att" and "medan" open a clause of their own as a comma does.
_CLAUSE_BREAK = re.compile(r",\s+(?:och\s+|medan\s+)?|\s+samt\s+|\s+(?:och|medan)\s+(?=att\s)")


# "…, ha ökad närvaro och fortsätta samverkan …": in a list of deeds set apart with commas, "och"
# before the last deed of its own.
_LAST_DEED = re.compile(r"\s+och\s+(?=" + BARE_DEED.pattern[1:] + r")", re.IGNORECASE)


def coordinated_promises(sentence):
    """The promises one sentence joins with commas and "samt" when each has a verb of its own
    ("Tillsammans ska kommun och polis …, polisen ska fotpatrullera mer, … ska göras samt
    genomföra trafikkontroller …"); a sentence whose parts do not all have one is one
    promise."""
    parts = _CLAUSE_BREAK.split(sentence)
    if (
        len(parts) > 1
        and _PROMISED_ATT.search(parts[0])
        and all(ATT_DEED.match(part) for part in parts[1:])
    ):
        return parts
    if len(parts) > 1:
        parts = parts[:-1] + _LAST_DEED.split(parts[-1])
    if len(parts) < 2 or not _OWN_VERB.search(parts[0]):
        return [sentence]
    for part in parts[1:]:
        if not (_OWN_VERB.search(part) or BARE_DEED.match(part)):
            return [sentence]
    return parts


# "Polisen ska arbeta mot langning och arbeta med synlig närvaro …", "Kommunen ska verka för
# ökad trygghet och erbjuda sommarjobb …": an aim and, joined to it with "och", a deed in the
# infinitive of the same subject.
_AND_DEED = re.compile(r"\s+och\s+(?=" + BARE_DEED.pattern[1:] + r")", re.IGNORECASE)


def aim_then_deeds(sentence):
    """(aim, [deeds]) of a sentence whose first verb phrase names an aim ("arbeta mot X",
    "verka för Y") and whose later ones, joined with "och", name deeds; else None. Each verb
    phrase is judged on its own: a deed that follows an aim is a promise though the aim is
    not. An aim that states its means ("… genom att …") is a deed as it stands."""
    parts = _AND_DEED.split(sentence)
    if len(parts) < 2 or not aim_alone(parts[0]) or any(AIM.search(p) for p in parts[1:]):
        return None
    return parts[0], parts[1:]


# "Polis och kommun lovar bland annat att utföra insatser …, att utföra trygghetsvandringar …":
# after "lovar att" each clause opened by "att" and a verb is one more promise.
# "Polisen har lovat att … samt att …", "Kommunen åtar sig att …, att …": the same for the
# other verbs by which a side commits itself.
_PROMISED_ATT = re.compile(
    rf"\b(?:{COMMIT_PROMISED}|(?:{COMMIT_REFLEXIVE})\s+sig)\b(?:\s+\w+){{0,2}}?\s+att\b",
    re.IGNORECASE,
)
ATT_DEED = re.compile(r"^att\s+[a-zåäö]{3,}a\b")


# "– Polisens uppdrag är att …, säger Lotta Petersson": a quote set with a dash, which reads as
# a bullet, is what someone says, not a promise.
# The speaker may come after a title: "…, säger kommunchef Eva Ek".
# A quote may also run into its speaker with no comma ("… från Karlstadsborna säger Frida
# Lejon, säkerhetskoordinator"): then a first name and a surname follow the verb.
SAID = re.compile(
    r"[,.!?]\s*(?:säger|berättar|menar|konstaterar|fortsätter|tillägger|förklarar|betonar|"
    r"understryker|påpekar)\s+(?:[a-zåäö\-]+\s+){0,3}[A-ZÅÄÖ]|"
    r"\s(?:säger|berättar)\s+(?:[a-zåäö\-]+\s+){0,3}(?-i:[A-ZÅÄÖ][a-zåäöé]+\s+"
    r"(?:(?:von|af|de)\s+)?[A-ZÅÄÖ][a-zåäöé]+)|"
    # "… i ett gemensamt medborgarlöfte berättar Anders von Wachenfeldt, kommunpolis": the
    # comma before the verb left out, the speaker's full name and a comma still tell a quote.
    r"\s(?:säger|berättar|menar|konstaterar)\s+(?:[a-zåäö\-]+\s+){0,2}"
    r"[A-ZÅÄÖ][a-zåäö\-]+(?:\s+(?:von|af|de|van|der))?(?:\s+[A-ZÅÄÖ][a-zåäö\-]+)+\s*,"
)


# "Anna Berg kommenterar,", "Kommunchef Bo Sahl är nöjd:": a short paragraph that hands the
# word to someone; what follows it, set with a dash, is what that person says.
SPEAKER_INTRO = re.compile(
    r"^(?!.*\b(?:lovar|ska|skall|åtar)\b)[^.!?]{0,80}?\b(?:"
    r"kommenterar|säger|berättar|menar|konstaterar|betonar|tillägger|förklarar|understryker|"
    r"påpekar|fortsätter|svarar|tycker|"
    r"(?:är|var)\s+(?:[a-zåäö]+\s+)?(?:nöjd|nöjda|glad|glada|stolt|stolta|positiv|positiva)"
    r")\b[^.!?]{0,40}[,:]$",
    re.IGNORECASE,
)
# "- Det känns jättebra att …", "… jag ser fram emot arbetet": a paragraph in the first person
# singular, or one telling a feeling or a hope, is someone speaking, not the pledge's words.
SPOKEN = re.compile(
    r"\b(?:jag|mig|min|mitt|mina)\b|\bkänns\b|\bser\s+(?:[a-zåäö]+\s+)?fram\s+emot\b|"
    r"\bhoppas\b|\b(?:är|blir)\s+(?:[a-zåäö]+\s+)?(?:glad|glada|stolt|stolta|nöjd|nöjda)\b",
    re.IGNORECASE,
)


def said_in_first_sentence(item):
    """Whether an item's first sentence, over however many lines, names its speaker ("– Vi
    kommer att …, / säger kommunpolis Lisa Ek."): the item is a quote."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ–—\-])", re.sub(r"\s+", " ", item).strip())[0]
    return bool(SAID.search(first))


# "– Ett nära samarbete …": a paragraph opened with a dash is a quote, not one more item of a
# list with other bullets right above it.
DASH = re.compile(r"^\s*[–—]\s")
DASH_OR_HYPHEN = re.compile(r"^\s*[–—\-]\s")


# "Vårt löfte till barnen är att …", "Våra löften är att …": the speaker's own side's pledge.
OUR_PROMISE = re.compile(r"^(?:vårt|vår|våra)\s+(?:\w+\s+)?(?:medborgar)?löfte", re.IGNORECASE)
