"""Which lists and sentences are promises, and who carries each."""

import re
from functools import cached_property

from .document import ActionFound
from .focus import focus_areas_in, methods_in
from .parties import (
    ACTOR_FIRST,
    BOTH,
    COMMIT_PROMISE,
    COMMIT_PROMISED,
    COMMIT_REFLEXIVE,
    COMMIT_REFLEXIVE_PERFECT,
    COMMIT_SHALL,
    COMMIT_VERB,
    COMMIT_WILL,
    GENITIVE_NAME,
    GIVER_OR_WE,
    INVERTED,
    MUNICIPALITY,
    MUNICIPALITY_WORDS,
    ORGANISATION_SUBJECT,
    ORGANISATION_WORDS,
    OWN_BODIES,
    PARTY_WORDS,
    POLICE,
    POLICE_WORDS,
    PROMISE_START,
    UNNAMED_SUBJECT,
    WE_PROMISE,
    lead_in_responsible,
    parse_responsible,
)
from .signatories import (
    _capitalised,
    find_signatories,
    signatories_in_columns,
    signatories_in_lines,
)
from .structure import (
    AIM,
    JOINED_INVERTED,
    NUMBERED,
    PASSIVE_BY_SIDE,
    PLEDGE_SAYS,
    Block,
    att_clauses,
    bullet_items,
    is_bullets,
    is_heading,
    is_numbered_promise,
    is_open_lead_in,
    is_quote,
    next_list,
    promise_is_deed,
    promise_lines,
    promise_owner,
    section_of,
)
from .targets import parse_deadline, parse_targets

_NOBODY = ("ej_angivet", "", "")
PROMISE_VERB = re.compile(rf"\b{COMMIT_PROMISE}\b|{COMMIT_REFLEXIVE}", re.IGNORECASE)
# "I arbetet med … kommer vi", a text cut off after the inverted subject of its last clause.
CUT_AFTER_SUBJECT = re.compile(
    rf"\b(?:{COMMIT_VERB}|vill)(?:\s+att)?\s+(?:vi|polisen|kommunen|man)\W*$",
    re.IGNORECASE,
)


NUMBER_LABEL = re.compile(
    r"^(?:medborgar)?(?:löfte|åtgärd|aktivitet|insats)\s+(?:nr\.?\s*)?\d{1,2}\s*[:.–\-]\s*",
    re.IGNORECASE,
)


def _new_action(line, text, heading, default, default_per="ar", default_doubt=""):
    """An action from one item; `default` is (responsible, other party, quote[, doubt]) from the
    list's introduction, used when the item itself names nobody."""
    text = _capitalised(text)
    default = (*default, "")[:4]
    # "Löfte 1: Polisen ska …": the number's label says nothing of who carries the promise;
    # nor does "I stort innebär medborgarlöftena att" before "polisen ska …".
    said = PLEDGE_SAYS.sub("", NUMBER_LABEL.sub("", text))
    responsible, other, quote = parse_responsible(said, default[:3])
    label = PARTY_LABEL.match(said) or RESPONSIBLE_FIELD.search(said)
    if label:
        # "Polisen: Ökad ordningsövervakning, …", "Ansvarig: kommunen/polisen": the label
        # names who does what the item lists.
        named = label["party"].lower()
        both = named == "gemensamt" or ("polis" in named and "kommun" in named)
        responsible = "gemensamt" if both else "polisen" if "polis" in named else "kommunen"
        other, quote = "", label["party"]
    own = (responsible, other, quote) != default[:3]
    if responsible == "annan" and default[0] in ("polisen", "kommunen", "gemensamt"):
        # "Kommunen lovar att: • … (Bostadsbolaget)": the list's actor with the named party.
        responsible = default[0]
    doubt = "" if own else default[3]
    action = ActionFound(
        text=text,
        line=line,
        heading=heading,
        responsible=responsible,
        other_party=other,
        responsible_quote=quote,
        responsible_sure=not doubt,
        responsible_doubt=doubt,
        targets=parse_targets(text, default_per, default_doubt),
        deadline=parse_deadline(text, line),
    )
    return action


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


# "• Polisen … kommer att samordna arbetet genom följande fokusområden;" over "  • minska
# risken …": an item that ends by naming focus areas, whose items further right are the areas,
# not promises of their own.
NAMES_AREAS_BELOW = re.compile(r"\bfokusområden\w*(?:\s+\S+){0,4}\s*[:;]\s*$", re.IGNORECASE)


# "Problembild: Av enkäten framkommer att det viktigaste kommunen ska göra är:": a label on
# the lead-in's first line names its section.
LABEL = re.compile(r"^([^:.]{3,40}):\s")


# Words of someone acting or promising in a lead-in.
ACTING = re.compile(
    r"\b(?:lovar|förbinder|åtar|ska|skall|kommer att|vill|genomför\w*|göra|gör)\b", re.IGNORECASE
)
# "Medborgarlöftena utgår från fyra prioriterade områden:": a lead-in whose last words name
# areas lists the areas, not what is done in them (unless it promises: "Polisen lovar att
# arbeta i följande områden:").
AREAS_NEXT = re.compile(r"\bområden\s*:$", re.IGNORECASE)


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


def _items_say_who_acts(items):
    """Whether most of a list's items say who will do them ("Vi ska tillsammans …", "Polisen
    gör fler fotpatruller")."""
    acting = sum(
        1
        for _line, item in items
        if ACTS_ITEM.match(item.strip()) or PRESENT_DEED_ITEM.match(item.strip())
    )
    return acting * 2 > len(items)


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


def _earlier_pledge(intro, years=()):
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


def _introduces_other_things(intro, years=()):
    """Whether a lead-in says its list holds aims, purposes, an earlier pledge's promises or
    where to follow the work."""
    intro = (intro or "").strip()
    return bool(
        AIMS_NEXT.search(intro)
        or PURPOSE.search(intro)
        or _earlier_pledge(intro, years)
        or FOLLOW_THE_WORK.search(intro)
        or PLACES_NEXT.search(intro)
        or addresses_the_reader(intro)
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
        or _earlier_pledge(intro, years)
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
            and not _earlier_pledge(text, ())
            and not (years and own_start and max(years) < own_start)
        ):
            return index
    return None


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


def _mostly(items, kinds):
    """Whether more than half of the items are of one of `kinds`."""
    hits = sum(1 for _line, item in items if item_kind(item) in kinds)
    return hits * 2 > len(items)


# "Dessa frågor prioriteras:", "Dessa punkter lyfts:": a lead-in that says what was chosen,
# which holds the situation or the promises as its items say.
CHOSEN = re.compile(r"prioriter|\blyft|identifier", re.IGNORECASE)


# "… lovar att öka tryggheten", "… minska brottsligheten": the pledge's goal, not a deed.
GOAL = re.compile(
    r"\b(?:öka|stärka)\s+(?:den\s+)?(?:upplevda\s+)?trygghet\w*|\bminska\s+brott\w*",
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


# "…, där ska kommun och polis genomföra informationsinsatser": a deed told in a relative
# clause, its subject after the verb.
RELATIVE_DEED = re.compile(
    r",\s+där\s+(?:ska|skall|kommer\s+att)\s+"
    r"((?:polisen|polis|kommunen|kommun)(?:\s+och\s+(?:polisen|polis|kommunen|kommun))?"
    r"\s+[a-zåäö]{4,}.*)",
    re.IGNORECASE,
)


# "X och lokalpolisområdet åtar sig att:": the wording of the agreement on working together.
AGREEMENT_LEAD_IN = re.compile(r"\båtar\s+sig\b|\bsamverkansöverenskommelse", re.IGNORECASE)
PLEDGE_HEADING = re.compile(r"^medborgarlöfte[nt]?a?\b", re.IGNORECASE)


# "… lovar genom medborgarlöftet att arbeta med följande: brottsförebyggande arbete, bättre
# tillgänglighet och närvaro samt uppföljning.": the areas named in a row after the colon, each
# a few words with no verb of its own, are what the work is about, not deeds.
AREAS_IN_A_ROW = re.compile(
    r"\barbeta\s+(?:med|inom|mot)\s+följande\s*:\s*"
    r"(?P<areas>[^.:;]+?,[^.:;]+?(?:\s+(?:och|samt)\s+[^.:;]+)?)\.?\s*$",
    re.IGNORECASE,
)


def _names_areas_in_a_row(line):
    m = AREAS_IN_A_ROW.search(line)
    if not m:
        return False
    areas = re.split(r",\s*|\s+samt\s+", m["areas"])
    return len(areas) >= 3 and all(
        len(area.split()) <= 5 and not WILL_ACT.search(area) for area in areas
    )


def _no_deed(line):
    """Whether a pledging line promises no deed: left open at its time, a state to reach, or
    areas named in a row."""
    return bool(OPEN_PLEDGE.search(line) or STATE_GOAL.search(line) or _names_areas_in_a_row(line))


# A lead-in in which someone will act: "… kommer att arbeta …", "… ska genomföra …".
WILL_ACT = re.compile(r"\b(?:ska|skall|kommer\s+att)\s+[a-zåäö]{3,}", re.IGNORECASE)


# "Under 2023 kommer polisen och kommunen att särskilt fokusera på narkotika.", "Fokus ligger på
# att öka tryggheten", "… ska ha ett särskilt fokus på …": a sentence whose verb is focusing names
# the pledge's focus area, not a deed, whether or not deeds follow it.
FOCUS_STATEMENT = re.compile(
    r"^[^.!?:]*?(?:\b(?:kommer|ska|skall|lovar|vill|avser)\b[^.!?:]*?\bfokusera\s+(?:på|mot)\b|"
    r"\bfokuserar\s+(?:vi\s+)?(?:på|mot)\b|\bfokus\s+ligger\s+på\b|"
    r"\b(?:ha|har)\s+(?:ett\s+)?(?:särskilt\s+|stort\s+)?fokus\s+på\b)",
    re.IGNORECASE,
)


# "Detta gör vi genom att:", "Det ska åstadkommas bland annat genom följande aktiviteter:": a
# line saying how the aim above it is reached, over the means.
MEANS_NEXT = re.compile(
    r"^\s*(?:\S+\s+){0,6}?genom\s+(?:att|följande(?:\s+[a-zåäö]+)?)\s*:\s*$", re.IGNORECASE
)


def _means_next(after):
    """Whether the blocks after an aim open with the means that carry it out: a line such as
    "Det ska åstadkommas genom följande aktiviteter:", or a list right under it."""
    following = [b for b in after if b.text.strip()][:1]
    if not following:
        return False
    first = following[0].text.strip().split("\n")[0]
    # "- Vi kommer …, säger X": a quote set with a dash is no list of means.
    listed = is_bullets(following[0]) and not SAID.search(following[0].text)
    return bool(MEANS_NEXT.match(first)) or listed


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


# "Syfte", "Syftet med medborgarlöftet", "Målsättning": a heading naming what the work is for.
PURPOSE_HEADING = re.compile(
    r"^(?:syfte|syftet|målsättning(?:en)?|ändamål)\b[^.!?:]{0,40}$", re.IGNORECASE
)


def names_the_purpose(heading):
    """Whether a heading names the purpose of the pledge, over paragraphs that tell it."""
    return bool(PURPOSE_HEADING.match(heading.strip()))


def not_a_promise(item):
    """Whether an item is, whatever list it stands in, no promise: the period the pledge runs,
    fields of the page's footer, or a mark with no word."""
    text = item.strip()
    return bool(
        PERIOD_SENTENCE.match(text)
        or PAGE_FIELDS.search(text)
        or not re.search(r"[A-Za-zÅÄÖåäö]", text)
    )


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


# "Kommunen ska arbeta mot klotter genom att sanera inom två dygn": the aim and, in the same
# sentence, the deed that carries it out.
MEANS_WITHIN = re.compile(r"\bgenom\s+att\s+[a-zåäö]{3,}", re.IGNORECASE)


def is_aim(sentence):
    """Whether a sentence naming who promises states the pledge's aim rather than an action:
    'Polisen och kommunen lovar att arbeta aktivt för att alla ska uppleva en ökad trygghet.'
    Standing over a list ("Löftet innebär:", "Polisen lovar att:") it is what the list carries
    out, not a promise of its own."""
    return bool(AIM.search(sentence))


def _aim_alone(sentence):
    """Whether a sentence told in running text names an aim and no deed: one that tells its
    means in the same sentence ("… arbeta mot klotter genom att sanera …") is a deed."""
    aim = AIM.search(sentence)
    return bool(aim) and not MEANS_WITHIN.search(sentence, aim.end())


def _side_pledges(sentence):
    """Whether a side, as the subject, promises in this sentence with a verb of promising
    ("Polisen lovar att …", "Under året åtar sig kommunen att …"), not only "ska"."""
    return bool(
        PROMISE_VERB.search(sentence)
        and (
            PROMISE_START.match(sentence) or INVERTED.match(sentence) or WE_PROMISE.match(sentence)
        )
    )


# "Vi kommer att stötta nattvandrarna och tillsammans arbeta för ökad trygghet": a deed, and an
# aim joined after it with "och".
_AND_BEFORE_AIM = re.compile(
    r"\boch\s+(?:(?:tillsammans|gemensamt|även|också|aktivt|vidare)\s+)?$", re.IGNORECASE
)


def _deed_then_aim(sentence):
    """Whether a sentence's aim ("arbeta för …") is joined with "och" to a verb phrase before
    it, a deed that the sentence's subject commits to first: the sentence is that deed."""
    aim = AIM.search(sentence)
    return bool(aim) and bool(_AND_BEFORE_AIM.search(sentence[: aim.start()]))


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


# "Enligt kommunpolis Nils Ek kommer polisen …", "Enligt henne ska …": what a person says,
# told as reported speech; "Enligt löftet ska polisen …" is the pledge's word.
REPORTED = re.compile(
    r"^enligt\s+(?:(?:hen|honom|henne|dem)\b|(?:[a-zåäö\-]+\s+){0,3}"
    r"(?-i:[A-ZÅÄÖ][a-zåäöéü\-]+\s+[A-ZÅÄÖ][a-zåäöéü\-]+)\b(?!\s+kommun))",
    re.IGNORECASE,
)


def _said_in_first_sentence(item):
    """Whether an item's first sentence, over however many lines, names its speaker ("– Vi
    kommer att …, / säger kommunpolis Lisa Ek."): the item is a quote."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ–—\-])", re.sub(r"\s+", " ", item).strip())[0]
    return bool(SAID.search(first))


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


# "• 1170px Torget 035 Bild: Anna Berg": an image and its caption left from the web page.
CAPTION = re.compile(r"^\d+px\b|^(?:bild|foto|fotograf|illustration)\s*:", re.IGNORECASE)


def is_section_item(item):
    """'• Bakgrund': a page's menu of sections, not a promise; nor is an image's caption."""
    if CAPTION.search(item):
        return True
    return len(item.split()) <= 3 and section_of(item) not in ("", "actions")


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


def _named_further_on(action, text):
    """ "Genomföra trafikkontroller … Polisen ska samverka … Polisen ska återkoppla …": a
    paragraph whose first sentence names no one is carried by the one side its later sentences
    name as their subject."""
    sides = set()
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text)[1:]:
        responsible, other, quote = parse_responsible(sentence)
        if responsible != "ej_angivet" and quote and sentence.startswith(quote):
            sides.add((responsible, other, quote))
    if len({side[0] for side in sides}) == 1:
        responsible, other, quote = sorted(sides)[0]
        if responsible in ("polisen", "kommunen", "gemensamt"):
            action.responsible, action.other_party, action.responsible_quote = (
                responsible,
                other,
                quote,
            )


def _same_sentence(one, other):
    """Whether two texts are the same sentence, one word changed at most ("vid otrygga
    platser" / "på otrygga platser"): a page that sets its lead twice."""
    a, b = one.split(), other.split()
    if len(a) != len(b) or len(a) < 6:
        return one == other
    return sum(x.lower() != y.lower() for x, y in zip(a, b, strict=True)) <= 1


def _sentence_keys(text):
    """Keys that two texts which are the same sentence (`_same_sentence`) share: a short text
    itself; else the word count with either half of its words, as the one word that may differ
    leaves the other half as it was."""
    words = text.split()
    if len(words) < 6:
        return [("text", text)]
    lower = tuple(word.lower() for word in words)
    half = len(lower) // 2
    return [("head", len(lower), lower[:half]), ("tail", len(lower), lower[half:])]


# "… trafikfarliga beteenden (polisen).": the side that carries an item, tagged at its end.
SIDE_TAG = re.compile(r"\(\s*[\wåäö ]*\b(?:polis|kommun)\w*[\wåäö ]*\)\s*[.!]?\s*$", re.IGNORECASE)

ANY_TAG = re.compile(r"\([^()]*\)\s*[.!]?\s*$")


def _mark_mixed_list(actions):
    """Marks the items of one list that name no one when all its other items, two or more,
    each end with a tag naming their own side, and not all the same one ("… (polisen).",
    "… (kommunen)."): a mixed list, in which an untagged item (one the page cut off before its
    tag, say) says nothing of who carries it."""
    named = [a for a in actions if a.responsible != "ej_angivet"]
    # "(Nämnda aktörer)": a tag of its own, which names the item's carriers in other words.
    unnamed = [a for a in actions if a.responsible == "ej_angivet" and not ANY_TAG.search(a.text)]
    if (
        unnamed
        and len(named) >= 2
        and len({a.responsible for a in named}) >= 2
        and all(SIDE_TAG.search(a.text) for a in named)
    ):
        for action in unnamed:
            action.in_mixed_list = True
    elif (
        unnamed
        and len(named) >= 2
        and len({a.responsible for a in named}) >= 2
        and all(_own_subject(a) for a in named)
    ):
        # "Polisen kommer …", "Kommunen ska …" and "Den strategiska gruppen kommer att träffas …"
        # in one list: an item whose own subject is neither side, in a list of items that each
        # open with their own side, says nothing of which side carries it.
        for action in unnamed:
            subject = OTHER_SUBJECT.match(action.text.strip())
            if subject and not (
                POLICE_WORDS.search(subject[0]) or MUNICIPALITY_WORDS.search(subject[0])
            ):
                action.in_mixed_list = True


# "Den strategiska säkerhetsgruppen (SSG) kommer att …": a subject of its own before the verb.
OTHER_SUBJECT = re.compile(
    r"^(?:den|det|de)?\s*(?:[A-ZÅÄÖa-zåäö][\wåäö\-]*\s+){0,3}(?:\([^()]{1,20}\)\s+)?"
    r"(?:ska|skall|kommer\s+att|kommer)\s+[a-zåäö]{2,}",
    re.IGNORECASE,
)


def _own_subject(action):
    """Whether an item opens with its own subject naming one side ("Polisen kommer …",
    "Kommunen ska …", "Områdespoliserna ska …"): a list of such items with sides that differ is
    a mixed list too."""
    quote = (action.responsible_quote or "").strip().lower()
    return (
        action.responsible in ("polisen", "kommunen")
        and bool(quote)
        and action.text.strip().lower().startswith(quote[:12])
    )


def _item_default(item, default, givers):
    """'Vi lovar att …' is a promise of those who give the pledge, when the text names both."""
    we = WE_PROMISE.match(item)
    if we and givers:
        return "gemensamt", "", we[0]
    return _owner_default(item, default)


def _owner_default(item, default):
    """'Några av polisens löften är att …': the side named as the promise's owner."""
    owner = promise_owner(item)
    return (owner, "", owner) if owner else default


# "Bostadsbolaget lovar att:", "McDonald’s förbinder sig att:": a name (capitalised words) that
# promises a list of its own.
OTHER_PROMISES = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][^\s:]*(?:\s+[A-ZÅÄÖ&][^\s:]*){0,3})\s+"
    r"(?:lovar|förbinder sig|åtar sig)(?:\s+att)?\s*:?$"
)
# "Exempeltrafiken", "Räddningstjänsten Exempelby:": a short heading that is an organisation's
# name alone.
ORGANISATION_HEADING = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][\wåäö&\-]+(?:\s+[A-ZÅÄÖ][\wåäö&\-]+){0,2})\s*:?$"
)
# Words that open such a sentence without being a name: adverbs, "vi", and a definite plural
# ("Parterna", "Aktörerna") that stands for those who give the pledge.
NOT_A_NAME = re.compile(
    r"^(?:vi|därför|tillsammans|dessutom|också|även|här|nu|alla|samtliga|båda|bägge|"
    r"\w*löfte\w*|\w+na)$",
    re.IGNORECASE,
)


def _list_default(lead_in, givers, earlier=""):
    """Who carries the items of a list, from the sentence or heading that introduces it
    ("Därför lovar kommunen att:", "Polisens aktiviteter:", "Tillsammans lovar vi att:"); when
    that names nobody ("Detta ska åstadkommas genom:"), from the paragraph before it ("Polis och
    kommun lovar att …"), flagged as inherited from a far introduction.
    Returns (responsible, other party, quote, doubt)."""
    said = lead_in_responsible(lead_in, givers)
    if said:
        return said[0], "", said[1], ""
    other = OTHER_PROMISES.match((lead_in or "").strip())
    if other and not NOT_A_NAME.match(other["name"]):
        # "Max lovar att:": an organisation other than the police and the municipality.
        return "annan", other["name"], other[0], ""
    heading = ORGANISATION_HEADING.match((lead_in or "").strip())
    if heading and ORGANISATION_WORDS.search(heading["name"]) and not OWN_BODIES.search(heading[0]):
        # "Exempeltrafiken" or "Räddningstjänst" as a heading over a group of items: that
        # organisation carries them.
        return "annan", heading["name"], heading[0], ""
    # "… lovar X lokalpolisområde och X kommun att … Detta ska ske genom att:": an earlier
    # sentence of the same introduction names who.
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", (lead_in or "").strip())[:-1]):
        said = lead_in_responsible(sentence, givers)
        if said and PROMISE_VERB.search(sentence):
            return said[0], "", said[1], ""
    said = lead_in_responsible(earlier, givers) if earlier else None
    if said and PROMISE_VERB.search(earlier):
        return said[0], "", said[1], "ansvaret ärvs från en inledning längre upp i texten"
    return "ej_angivet", "", "", ""


class ActionWords:
    """The long words of the actions read so far, in a trie, so that _explained_action finds the
    first action with a word that starts, or is started by, a paragraph's first word in time
    that grows with that word only, not with the number of actions. Actions are only ever
    appended to the list it indexes; `update` indexes the new ones."""

    def __init__(self):
        # A node: {"": [first action with a word through here, first whose word ends here],
        # char: node, ...}
        self.root = {}
        self.count = 0

    def update(self, actions):
        if len(actions) < self.count:
            self.__init__()
        for index in range(self.count, len(actions)):
            for candidate in re.findall(r"[\wåäö]{6,}", actions[index].text.lower()):
                node = self.root
                for char in candidate:
                    node = node.setdefault(char, {"": [index, None]})
                if node[""][1] is None:
                    node[""][1] = index
        self.count = len(actions)

    def first(self, word):
        """The index of the first action with a word that `word` starts with (at least six
        letters long) or that starts with `word`, or None."""
        best, node = None, self.root
        for char in word:
            node = node.get(char)
            if node is None:
                return best
            ends = node[""][1]  # an action's whole word that `word` starts with
            if ends is not None:
                best = ends if best is None else min(best, ends)
        # Every word below this node starts with `word`; the node holds the first action's.
        return node[""][0] if best is None else min(best, node[""][0])


def _explained_action(text, actions, words=None):
    """The action a paragraph after a list explains: 'Trygghetsvandringarna ska genomföras …'
    explains 'att genomföra minst 2 trygghetsvandringar per år'. `words`: an ActionWords kept
    for `actions` over a whole reading (else one is made for this call)."""
    first = re.match(r"[\wåäöÅÄÖ]+", text)
    if not first or len(first[0]) < 6:
        return None
    words = words or ActionWords()
    words.update(actions)
    index = words.first(first[0].lower())
    return actions[index] if index is not None else None


# The walk's decisions about promises -------------------------------------------------------


def pledge_givers(blocks):
    """Who gives the pledge, as the text names them together ("Polisen och kommunen lovar …"),
    for lists and sentences introduced with "vi"; "" when no sentence names both."""
    named = ""
    for block in blocks:
        m = BOTH.search(block.text)
        if m and re.search(
            r"\b(?:lovar|(?:medborgar)?löfte\w*|fokusera|avger)\b", block.text, re.IGNORECASE
        ):
            return m[0]
        named = named or (m[0] if m else "")
    # "Under 2017 har polisen och kommunen genomfört medborgardialoger … Vi lovar att …": the
    # two that the text names together are those who say "vi".
    return named


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
# "Polisen: Ökad ordningsövervakning, …", "Kommunen: Åtgärder i …": a paragraph labelled with
# the party that does what it lists.
PARTY_LABEL = re.compile(
    r"^(?P<party>polisen|polis|kommunen|kommun|polis och kommun|polisen och kommunen|"
    r"kommunen och polisen)\s*:\s+\S",
    re.IGNORECASE,
)
# "Summerat", "Sammanfattning", "I korthet": a heading over a list that sums up the paragraph
# above it.
SUMMARY_HEADING = re.compile(
    r"^(?:summerat|sammanfattning|sammanfattat|i korthet|kort sagt)$", re.I
)
# "Uppföljning sker vid de månatliga mötena med …": an item telling how the pledge is
# followed up, which the cadence reads, not a promise.
FOLLOW_UP_ITEM = re.compile(
    r"^(?:uppföljning|återkoppling|utvärdering|redovisning)\w*\b[^.]*?\b"
    r"(?:sker|görs|ska ske|skall ske|kommer att ske)\b",
    re.IGNORECASE,
)
# "– Ett nära samarbete …": a paragraph opened with a dash is a quote, not one more item of a
# list with other bullets right above it.
DASH = re.compile(r"^\s*[–—]\s")
DASH_OR_HYPHEN = re.compile(r"^\s*[–—\-]\s")


def _same_mark(one, other):
    """Whether two bulleted paragraphs open with the same kind of mark (numbers or bullets)."""
    return bool(NUMBERED.match(one.lines[0])) == bool(NUMBERED.match(other.lines[0]))


def _is_name_list(items):
    """Whether every item of a list is a short name with no sentence ('Huskurage',
    'Platssamverkan Ranten', 'SSPF (samverkan Skola, Socialtjänst, Polis, Fritid)')."""
    return all(
        len(item.split()) <= 6
        and not item.rstrip().endswith((".", "!", ":"))
        and not ACTING.search(item)
        for _, item in items
    )


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


# "Vi ska öka förtroendet för polisen.", "Vi ska även minska …": a result to reach.
RESULT_SENTENCE = re.compile(
    r"^\S+(?:\s+\S+){0,2}?\s+(?:ska|skall)\s+(?:även\s+|också\s+)?"
    r"(?:öka|minska|stärka|förbättra|höja|sänka)\b",
    re.IGNORECASE,
)


def _states_results(text):
    """Whether every sentence of a paragraph states a result to reach ("Vi ska öka …")."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
    return all(RESULT_SENTENCE.match(sentence) for sentence in sentences)


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


# "… ska tillsammans arbeta med åtgärder som bidrar till att öka tryggheten och minska
# brottsligheten", "… kommer att fortsätta att jobba aktivt för att öka tryggheten": working
# toward the pledge's own goal, with no deed named.
TOWARD_GOAL = re.compile(
    r"\b(?:arbeta|jobba|verka)\s+(?:[a-zåäö]+\s+){0,3}?"
    r"(?:för|mot|med\s+(?:åtgärder|insatser|aktiviteter)\s+som\s+(?:ska\s+)?bidra\w*\s+till)"
    r"\b[^.!?]*?(?:" + GOAL.pattern + r")",
    re.IGNORECASE,
)


def _works_toward_goal(sentence):
    """Whether a sentence has its subject work toward the pledge's goal (more safety, less
    crime) and names no means of its own ("genom att …")."""
    goal = TOWARD_GOAL.search(sentence)
    return bool(goal) and not MEANS_WITHIN.search(sentence, goal.start())


def _without_goal_beside_deeds(lines):
    """The promising sentences of one paragraph less those that only work toward the pledge's
    goal, when another sentence of the paragraph names a deed: "Polisen och kommunen kommer
    att fortsätta att jobba för att öka tryggheten. Under hösten genomförs …" holds one
    promise, the deed; the goal is what it serves."""
    if len(lines) < 2:
        return lines
    kept = [(line, item) for line, item in lines if not _works_toward_goal(item)]
    return kept if kept else lines


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


def _period_years(period):
    """(the years `period` (the Found period.find_period gave, or None) covers, or () when the
    text states none; whether it runs a year from a month to the same month of the next,
    "april 2020 – april 2021")."""
    if not period:
        return (), False
    years = [int(value[:4]) for value in period.value if value]
    start, end = period.value
    a_year = bool(
        start
        and end
        and len(start) == len(end) == 7
        and int(end[:4]) - int(start[:4]) == 1
        and int(end[5:7]) <= int(start[5:7])
    )
    return (tuple(range(min(years), max(years) + 1)) if years else ()), a_year


# "Omfattning: Minst 10 tillfällen under året. Ansvarig: Polisen": labelled fields of an item.
FIELD_LABEL = re.compile(r"(?:^|(?<=[.\s]))([A-ZÅÄÖ][a-zåäö]{3,}):\s")
# "Ansvarig: Polisen": the field that names who carries the item.
RESPONSIBLE_FIELD = re.compile(
    r"\bAnsvari?g?\w*:\s*(?P<party>"
    r"(?:polis(?:en)?|kommun(?:en)?)\s*(?:/|,|&|\boch\b)\s*(?:polis(?:en)?|kommun(?:en)?)|"
    r"polisen|polis|kommunen|kommun|gemensamt)\b",
    re.IGNORECASE,
)


def _labels(text):
    return {label.lower() for label in FIELD_LABEL.findall(text)}


def _signature_lines(blocks):
    """The first line of every signature in the text: a block of its own, or a name and a
    title written as separate one-line paragraphs."""
    lines = []
    for index, block in enumerate(blocks):
        if find_signatories(block):
            lines.append(block.start)
            continue
        for size in (3, 2):
            group = blocks[index : index + size]
            if len(group) != size or any(len(b.lines) != 1 for b in group):
                continue
            merged = Block(block.start, [b.lines[0] for b in group])
            if signatories_in_lines(merged) or signatories_in_columns(merged):
                lines.append(block.start)
                break
    return lines


# "I medborgarlöftet framgår att polisen ska …", "Löftet innebär att kommunen …": a sentence
# that retells what the pledge says; the promise is the clause after "att".
TOLD = re.compile(
    r"^(?:i\s+)?(?:medborgarlöfte\w*|löfte\w*|överenskommelsen|avtalet)\s+"
    # "Löftet innebär bland annat att …": an adverb or two before "att".
    r"(?:framgår|står|innebär|anges|säger)(?:\s+(?!att\b)[a-zåäö]+){0,3}?\s+att\s+(?=\S)|"
    # "I löftet står: ”Polisen ska …”", "Löftet lyder: …": the pledge's own words, quoted.
    r"^(?:i\s+|av\s+)?(?:medborgarlöfte\w*|löfte\w*|överenskommelsen|avtalet)\s+"
    r"(?:(?:framgår|står|lyder|anges)(?:\s+det)?|säger)\s*:\s*(?=\S)|"
    # "I stort innebär medborgarlöftena att polisen …": the verb first after an adverbial.
    r"^(?:i\s+stort|i\s+korthet|kort\s+sagt|sammanfattningsvis)\s+(?:innebär|säger)\s+"
    r"(?:medborgarlöfte\w*|löfte\w*|överenskommelsen|avtalet)\s+att\s+(?=\S)",
    re.IGNORECASE,
)
QUOTE_MARKS = '”“"»«'
# A sentence ends at ".", "!" or "?", also inside a closing quotation mark (".” Kommunen …").
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"»]))\s+(?=[A-ZÅÄÖ”“\"»])")


# "Tillägget innefattar att kommunen … ska arbeta …", "X, kommunalråd, berättar att kommunen
# bland annat ska bidra …": a verb of containing or telling whose "att" clause has a side as its
# subject and "ska"/"kommer att" as its verb tells what the side will do.
CONTENT_CLAUSE = re.compile(
    r"^[^.!?:;”\"]{0,140}?\b(?:innebär|innefattar|omfattar|innehåller|berättar|förklarar|"
    r"uppger|meddelar)\s+(?:(?!att\b)[a-zåäö]+\s+){0,3}?att\s+"
    rf"(?={GIVER_OR_WE}\b(?:\s+(?!att\b)[\wåäö]+,?){{0,6}}?\s+(?:ska|skall|kommer\s+att)\s)",
    re.IGNORECASE,
)


def _content_clause(sentence):
    """The "att" clause of a sentence that tells, with a verb of containing or telling, what a
    side will do (see CONTENT_CLAUSE), with a capital; else the sentence."""
    clause = CONTENT_CLAUSE.sub("", sentence)
    if clause == sentence:
        return sentence
    return clause[:1].upper() + clause[1:]


def _side_subject(sentence):
    """Whether a sentence opens with a side (or "vi") as its subject and a verb of its own."""
    return bool(
        PROMISE_START.match(sentence) or INVERTED.match(sentence) or WE_PROMISE.match(sentence)
    )


def _told_clause(sentence):
    """What a sentence that retells the pledge says it holds ("I löftet står att …", "Löftet
    lyder: ”Polisen ska …”"): the clause, without the quotation marks around it."""
    sentence = sentence.strip()
    clause = TOLD.sub("", sentence)
    if clause == sentence:
        return sentence
    if clause[:1] in QUOTE_MARKS:
        clause = clause[1:].replace("”", "").replace("»", "").replace('"', "").strip()
        clause = clause[:1].upper() + clause[1:]
    return clause


# "Gemensamma trygghetsvandringar kommer också att genomföras …": a joint deed in the passive.
JOINT_PASSIVE = re.compile(
    r"^gemensamm?a?\s+[a-zåäö]+\s+(?:ska|skall|kommer(?:\s+(?:också|även))?\s+att)\s+"
    r"(?:(?:också|även|regelbundet)\s+)?[a-zåäö]{3,}as\b",
    re.IGNORECASE,
)
# "Samverkan mellan kommunen och polisen kring skolorna fortsätter och utvecklas", "Samarbetet
# mellan fältgruppen och närpoliserna fördjupas": the working together of the sides as the
# subject, with a verb in the present that it goes on or grows; a joint deed (not how well it
# works: "Samarbetet fungerar bra").
COOPERATION_GOES_ON = re.compile(
    r"^(?:den\s+|det\s+)?(?:\w+\s+)?(?:samverkan|samarbete(?:t)?)\s+mellan\s+[^.!?]{3,80}?\s+"
    r"(?:fortsätter|utvecklas|fördjupas|förstärks|utökas|breddas|intensifieras)\b",
    re.IGNORECASE,
)
# "De ska också arbeta förebyggande …": the side of the sentence before, doing more.
SAME_SIDE_AGAIN = re.compile(
    r"^(?:de|den)\s+(?:ska|skall|kommer)\s+(?:också|även|dessutom)\b", re.IGNORECASE
)
# "… ska polisen fortsätta med trygghetsvandringar. Samt genomföra gemensam medborgardialog …":
# "samt" cannot open a clause of its own; the deed after it is the sentence before's subject's.
SAMT_DEED = re.compile(r"^samt\s+(?:(?:även|också)\s+)?[a-zåäö]{3,}a\s", re.IGNORECASE)
# "Även ökad närvaro i utvalda områden." right after a told promise: one more deed of the same
# side, written with no verb.
ALSO_MORE = re.compile(
    r"^(?:även|också|dessutom)\s+(?!\S+\s+(?:ska|skall|kommer|är|var|har|blir|kan)\b)"
    r"[a-zåäö]+[^.!?]{3,80}[.!]?$",
    re.IGNORECASE,
)
# "Några av aktiviteterna som polisen planerar för att uppnå årets löften är att vara mer
# synliga …": the deeds a side plans, told as what its activities are.
PLANNED_DEEDS = re.compile(
    r"^(?:några av |bland |en av )?(?:aktiviteterna|åtgärderna|insatserna)\s+som\s+"
    rf"(?P<actor>{POLICE}|{MUNICIPALITY})(?P<both>\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?\s+"
    r"(?:planerar|ska genomföra|kommer att genomföra|genomför)\b[^.]*?\s(?:är|blir)\s+att\s+"
    r"[a-zåäö]{2,}",
    re.IGNORECASE,
)
# "I medborgarlöftet för 2022 lovar kommunen och polisen att …", "Enligt det nya löftet ska
# polisen …", "Som en del av löftet kommer kommunen …", "Polisen och kommunen lovar genom
# medborgarlöftet att …": the pledge named only as where the promise is written down, in a
# phrase set before the verb of a V2 clause.
PLEDGE_AS_PLACE = re.compile(
    r"^(?:i|enligt|genom|inom\s+ramen\s+för|som\s+(?:en\s+)?del\s+av|utifrån)\s+"
    r"(?:(?:det|den|de|detta|nya|nytt|årets|vårt|ert|gemensamma)\s+){0,2}"
    r"(?:medborgar)?löfte\w*(?:\s+för\s+\d{4}(?:\s*[–-]\s*\d{4})?)?"
    r"\s*,?\s+(?=(?:" + COMMIT_VERB + "|" + COMMIT_REFLEXIVE + r"|ser|har)\s)",
    re.IGNORECASE,
)
PLEDGE_AS_MEANS = re.compile(
    r"\s+genom\s+(?:det\s+nya\s+)?medborgarlöfte\w*(?=\s+att\s)", re.IGNORECASE
)
# "Tillsammans ska kommun och polis …": both sides, named after the verb.
JOINT_OPENING = re.compile(
    rf"^(?:tillsammans|gemensamt)\s+(?:{COMMIT_VERB})\s+(?:{POLICE}|{MUNICIPALITY})"
    rf"\s+och\s+(?:{POLICE}|{MUNICIPALITY})\b",
    re.IGNORECASE,
)
# "En medborgardialog … kommer också att genomföras under 2019", "riktade insatser mot
# ungdomar ska göras": a deed in the passive, which those who give the pledge carry out (not
# the pledge's own follow-up: "Arbetet ska följas upp").
PASSIVE_DEED = re.compile(
    # Not the promises themselves ("Aktiviteterna ska genomföras under 2020"), means ("Resurser
    # kommer att tillföras"), a question or heading ("Vad som ska göras") or the pledge's own
    # follow-up.
    r"^(?!(?:det|detta|dessa|den|de|vad|när|hur|där|arbetet|resurser|resultat\w*|uppföljning\w*|"
    r"aktiviteterna|insatserna|åtgärderna|löftena)\s)"
    r"(?:en\s+|ett\s+)?[a-zåäö][a-zåäö\-]+"
    # A subject of a few words, with no clause of its own inside it.
    r"(?:\s+(?!(?:som|att|det|vill|kan|är|har)\b)[^\s,.;:]+){0,6}?\s+"
    r"(?:ska|skall|kommer(?:\s+(?:också|även))?\s+att)\s+(?:också\s+|även\s+)?"
    r"(?!följas|utvärderas|redovisas|kommuniceras|ses\s+över|planeras)[a-zåäö]{3,}as\b"
    r"[^.!?]*[.!?]?$",
    re.IGNORECASE,
)
# "Detta gör vi genom att:", "Det ska ske bland annat genom att:": a short line saying how the
# aim above is reached, over what is done.
MEANS_LEAD_IN = re.compile(r"^\s*(?:\S+\s+){0,5}genom\s+att\s*:\s*$", re.IGNORECASE)
# ", polisen ska fotpatrullera mer, riktade insatser … ska göras … samt genomföra …": where
# one sentence joins promises that each have their own verb.
_OWN_VERB = re.compile(
    rf"\b(?:{COMMIT_SHALL}|{COMMIT_WILL}\s+att|(?:{COMMIT_PROMISED})\s+att|"
    rf"(?:{COMMIT_REFLEXIVE})\s+sig(?:\s+\w+){{0,2}}?\s+att|"
    r"[a-zåäö]{3,}ar\s+för\s+att)\s+[a-zåäö]{2,}",
    re.IGNORECASE,
)
_BARE_DEED = re.compile(
    r"^(?:genomföra|arbeta|verka|starta|skapa|utveckla|fortsätta|öka|ha|hålla|erbjuda|"
    r"ordna|anordna|bjuda|delta|informera|besöka|träffa|samverka|genomför)\s",
    re.IGNORECASE,
)
# "… att polisen ska öka sin närvaro och att kommunen ska se över …", "…, medan polisen ska
# …": "och att" and "medan" open a clause of their own as a comma does.
_CLAUSE_BREAK = re.compile(r",\s+(?:och\s+|medan\s+)?|\s+samt\s+|\s+(?:och|medan)\s+(?=att\s)")
# The conjunction that joins such a clause, before a subject of its own: "medan polisen ska …".
_JOINING = re.compile(r"^(?:och|medan|men|samt)\s+(?:att\s+)?|^att\s+", re.IGNORECASE)
# "…, ha ökad närvaro och fortsätta samverkan …": in a list of deeds set apart with commas, "och"
# before the last deed of its own.
_LAST_DEED = re.compile(r"\s+och\s+(?=" + _BARE_DEED.pattern[1:] + r")", re.IGNORECASE)


# "Polisen lovar att … Kommunen lovar att …" in one item: another side promising in a sentence
# of its own, or a side glued on with its capital letter after a clause that has its verb
# ("… kring A-traktorer Kommunen ska …", a lost line break), begins a promise of its own.
_SIDE = rf"(?=(?-i:[A-ZÅÄÖ]))(?:{POLICE}|{MUNICIPALITY})(?:\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?"
_SIDE_PROMISES = re.compile(rf"(?<=[.!?])\s+(?={_SIDE}\s+lovar\s+att\s)", re.IGNORECASE)
_SIDE_GLUED = re.compile(
    rf"(?<=[a-zåäö0-9])\s+(?={_SIDE}\s+(?:{COMMIT_PROMISE}|{COMMIT_SHALL}|{COMMIT_WILL}\s+att)\s)",
    re.IGNORECASE,
)
_OWN_CLAUSE = re.compile(
    rf"\b(?:{COMMIT_PROMISE}|{COMMIT_SHALL}|{COMMIT_WILL}\s+att)\s", re.IGNORECASE
)
_PROMISES_ITSELF = re.compile(r"\blovar\s+att\s", re.IGNORECASE)


# "… lovar att tillsammans agera för att öka tryggheten": a verb with no object of its own whose
# only content is the purpose after it, an aim whatever the verb.
_PURPOSE_ONLY = re.compile(
    r"\batt\s+(?:(?:tillsammans|gemensamt|aktivt|fortsatt)\s+)?[a-zåäö]{3,}a\s+för\s+att\s",
    re.IGNORECASE,
)


# "Ett annat löfte är att …", "Ytterligare ett löfte är att …": one more of the promises just
# named.
_ANOTHER = re.compile(r"^(?:ett\s+annat|ytterligare\s+ett|ett\s+till)\b", re.IGNORECASE)


def _another_of_the_same(item, own, actions, line):
    """After "Några av polisens löften är att …", "Ett annat löfte är att …" in the same
    paragraph that names no owner is one more of that side's."""
    if not (_ANOTHER.match(item) and promise_is_deed(item) and not promise_owner(item)):
        return own
    named = next(
        (
            action
            for action in reversed(actions)
            if action.line == line and promise_owner(action.text)
        ),
        None,
    )
    if named is None:
        return own
    return named.responsible, named.other_party, named.responsible_quote


# "… förlänger tidigare års medborgarlöfte ytterligare ett år", "Löftet från 2022 förlängs": a
# page that extends an earlier pledge.
EXTENDS_PLEDGE = re.compile(
    r"\bförläng(?:er|s|des|t|a)\s+(?:\S+\s+){0,3}?(?:medborgar)?löfte|"
    r"\b(?:medborgar)?löfte\w*\s+(?:\S+\s+){0,4}?förläng(?:s|es|des|ts)\b",
    re.IGNORECASE,
)
# "Medborgarlöftet för 2021-2023 var att …": what the earlier pledge was, before its content.
PLEDGE_WAS = re.compile(
    r"^(?:det\s+|vårt\s+|tidigare\s+)?(?:medborgar)?löfte\w*"
    r"(?:\s+(?:för|från)\s+\d{4}(?:\s*[–-]\s*\d{4})?)?\s+var\s+(?:också\s+)?att\s+",
    re.IGNORECASE,
)
# "polisen och kommunen aktivt och tillsammans skulle jobba …", "Vi skulle även arbeta …": a
# side and the past of "ska" with an infinitive, subject first; a few adverbs may stand
# between.
PAST_PROMISE = re.compile(
    rf"^(?:vi|{GIVER_OR_WE}(?:\s+och\s+{GIVER_OR_WE})?)\s+(?:[a-zåäö]+\s+){{0,4}}?skulle\s+"
    # Not what could or would be wished ("skulle kunna", "skulle vilja"), a hypothesis.
    r"(?:(?:även|också|tillsammans|gemensamt|aktivt)\s+)*(?!(?:kunna|vilja|behöva)\b)"
    r"[a-zåäö]{2,}a\b",
    re.IGNORECASE,
)


# "Vårt löfte till barnen är att …", "Våra löften är att …": the speaker's own side's pledge.
OUR_PROMISE = re.compile(r"^(?:vårt|vår|våra)\s+(?:\w+\s+)?(?:medborgar)?löfte", re.IGNORECASE)


def _other_sides_list(done, default, line):
    """ "Polisen lovar att: • Medverka till …" and "Kommunen lovar att: • Medverka till …": the
    same item in two lists, each under a lead-in that names another side (`default`, the
    lead-in's side and its words), is a promise of each side."""
    sides = {done.responsible, default[0]}
    return (
        len(sides) == 2
        and sides <= {"polisen", "kommunen"}
        and bool(done.responsible_quote)
        and bool(default[2])
        and done.line != line
    )


# "Polisen kommer att aktivt jobba för fler synliga insatser. Detta kommer att genomföras genom
# att vi syns i media, …": the aim's means told in the sentence after it, which points back.
_MEANS_AFTER = re.compile(
    r"[.!?]\s+(?:detta|det|vilket|det\s+här)\s+(?:\S+\s+){0,4}?genom\s+att\s+[a-zåäö]{2,}",
    re.IGNORECASE,
)


def _means_in_next_sentence(text):
    """Whether a paragraph that opens with an aim tells, in a later sentence that points back
    to it, the means by which it is carried out: the paragraph is a deed, not a lead-in."""
    return bool(_MEANS_AFTER.search(text))


def _pledges_throughout(text):
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


def split_by_side(item):
    """[item], or the item's promises where another side than the one it opens with takes up
    a promise of its own inside it. A sentence that goes on with the same side ("Polisen ska
    även …") or one that opens with no side named stays with the item."""
    parts, start = [], 0
    breaks = sorted(
        [(m, True) for m in _SIDE_PROMISES.finditer(item)]
        + [(m, False) for m in _SIDE_GLUED.finditer(item)],
        key=lambda pair: pair[0].start(),
    )
    for m, sentence in breaks:
        before, after = item[start : m.start()], item[m.end() :]
        if not (_PROMISES_ITSELF if sentence else _OWN_CLAUSE).search(before):
            continue  # "Kommunen tillsammans med Polisen ska …": no promise of its own before
        side = parse_responsible(before)[0]
        if side == "ej_angivet" or side == parse_responsible(after)[0]:
            continue
        parts.append(before.strip())
        start = m.end()
    parts.append(item[start:].strip())
    return [part for part in parts if part]


def coordinated_promises(sentence):
    """The promises one sentence joins with commas and "samt" when each has a verb of its own
    ("Tillsammans ska kommun och polis …, polisen ska fotpatrullera mer, … ska göras samt
    genomföra trafikkontroller …"); a sentence whose parts do not all have one is one
    promise."""
    parts = _CLAUSE_BREAK.split(sentence)
    if (
        len(parts) > 1
        and _PROMISED_ATT.search(parts[0])
        and all(_ATT_DEED.match(part) for part in parts[1:])
    ):
        return parts
    if len(parts) > 1:
        parts = parts[:-1] + _LAST_DEED.split(parts[-1])
    if len(parts) < 2 or not _OWN_VERB.search(parts[0]):
        return [sentence]
    for part in parts[1:]:
        if not (_OWN_VERB.search(part) or _BARE_DEED.match(part)):
            return [sentence]
    return parts


# "Polisen ska arbeta mot langning och arbeta med synlig närvaro …", "Kommunen ska verka för
# ökad trygghet och erbjuda sommarjobb …": an aim and, joined to it with "och", a deed in the
# infinitive of the same subject.
_AND_DEED = re.compile(r"\s+och\s+(?=" + _BARE_DEED.pattern[1:] + r")", re.IGNORECASE)


def aim_then_deeds(sentence):
    """(aim, [deeds]) of a sentence whose first verb phrase names an aim ("arbeta mot X",
    "verka för Y") and whose later ones, joined with "och", name deeds; else None. Each verb
    phrase is judged on its own: a deed that follows an aim is a promise though the aim is
    not. An aim that states its means ("… genom att …") is a deed as it stands."""
    parts = _AND_DEED.split(sentence)
    if len(parts) < 2 or not _aim_alone(parts[0]) or any(AIM.search(p) for p in parts[1:]):
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
_ATT_DEED = re.compile(r"^att\s+[a-zåäö]{3,}a\b")


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


def _told_lines(block):
    """The lines of a paragraph of running text that may tell promises: a paragraph that is a
    quote ("– Vi ökar …, säger X.") has none; in a paragraph of several lines, the quoted lines
    are left out and so is a short heading glued above its sentences ("Fler poliser")."""
    text = block.text.strip()
    if len(block.lines) == 1:
        return [] if DASH_OR_HYPHEN.match(text) or SAID.search(text) else [text]
    kept = [
        line.strip()
        for line in block.lines
        if line.strip() and not (DASH_OR_HYPHEN.match(line) or SAID.search(line))
    ]
    if len(kept) < len(block.lines) and SAID.search(" ".join(kept)):
        return []
    if (
        len(kept) > 1
        and len(kept[0].split()) <= 5
        and not re.search(r"[.!?:;,]$", kept[0])
        and kept[1][:1].isupper()
    ):
        kept = kept[1:]
    if len(kept) == len([line for line in block.lines if line.strip()]) and SAID.search(text):
        return []
    return kept


class PromiseReader:
    """What the walk over the document's blocks knows about promises so far, and the decisions
    it takes on each block: is this list a list of promises, are these sentences promises, who
    carries each, and what introduces the next list.

    pipeline.py hands each block to the methods below in document order; each returns whether
    it took the block."""

    def __init__(self, blocks, period, default_per, default_doubt=""):
        self.givers = pledge_givers(blocks)
        self.default_per = default_per  # what a count with no time word counts
        self.default_doubt = default_doubt  # why that span is uncertain, if it is
        self.actions = []
        self._filed = (None, 0, {})  # self.actions by _sentence_keys: see _read_alike
        self.action_words = ActionWords()  # the actions' words, for explain()
        self.heading = ""  # the heading the next list's actions stand under
        self.heading_mode = False  # after 'Bland åtgärderna finns:' with no list
        self.lead_in = ""  # the sentence that introduces the next list
        self.earlier = ""  # the paragraph before a list's introduction
        self.seen = False  # whether some promise has been read
        self.listed = False  # whether promises have been read from a bulleted list
        self._open = []  # heading actions whose explanation is still being read
        self._last_list = None  # (promises?, who carries them) of the list just read
        self.template = ""  # "do" or "achieve" under the template headings, else ""
        self.blocks = blocks
        self.signed_at = _signature_lines(blocks)  # the first line of each signature
        self.years, a_year = _period_years(period)  # the years of the pledge's period
        if a_year and default_per == "period":
            # "Medborgarlöftena för perioden april 2020 – april 2021": a one-year pledge over
            # two calendar years; a count with no time word counts per year.
            self.default_per = "ar"
        self._fields = None  # the list default while paragraphs of labelled items go on
        self._glued = None  # the lead-in's default while groups with glued headings go on
        self._side_heading = False  # whether the last heading named one side for its list
        self._declined = set()  # paragraphs passed over before any promise was read
        self._did_heading = False  # whether "Det här ska vi göra" has headed promises

    def at_heading(self, text):
        """A heading: whether it is one of the template headings whose paragraphs may be
        promises. A heading naming one party right under a lead-in ("… lovar vi att under
        2018:" over "Åtgärder polisen") narrows who carries the list below it."""
        self._glued = None
        # "Åtgärder kommunen" over its list, then "Åtgärder polisen": a heading naming the
        # other side right after a list under such a heading narrows its own list as well.
        said = (
            lead_in_responsible(text, self.givers) if self.lead_in or self._side_heading else None
        )
        self._side_heading = False
        if said and said[0] in ("polisen", "kommunen") and len(text.split()) <= 4:
            self.earlier, self.lead_in = self.lead_in, text.rstrip(":").strip() + ":"
            self._side_heading = True
        template = (
            "do" if DO_HEADING.search(text) else "achieve" if ACHIEVE_HEADING.search(text) else ""
        )
        if template == "do":
            self._did_heading = True
        if not template and self.template == "do" and not section_of(text):
            # "Det här ska vi göra" over "Öka tryggheten i Billingsfors": a group heading under
            # it keeps its paragraphs promises.
            return
        self.template = template

    def in_promises(self, section, text=""):
        """Whether a paragraph here may hold promises written as sentences: in the section of
        promises, after promises under some other heading, and where a sentence says outright
        that someone promises ("Vi lovar att …" under a heading such as "Trygghetsvandringar";
        "Polisen och kommunen lovar att …" after a list of what that should reach)."""
        if section == "actions" or (self.seen and section in ("introduction", "unknown")):
            return True
        if section == "introduction" and self._lone_promise(text):
            return True
        # "Bland annat lovar polisen och kommunen att …": the verb before its subject.
        # "I medborgarlöftet ingår också trygghet i tätorterna. För att stärka tryggheten lovar
        # polisen att …": a later sentence of the paragraph may be the one that promises.
        pledged = any(
            re.search(r"^\S+(?:\s+\S+){0,5}?\s+lovar att\b", sentence)
            or (INVERTED.match(sentence) and re.match(r"^[^.]*?\slovar\s", sentence))
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
        )
        return pledged and (
            section == "unknown"
            or (self.seen and section == "effect")
            # Under a lead-in that announces what follows ("Satsningarna riktas mot tre
            # områden:"), not in a news item's running text (read at the end, see finish).
            or (section == "introduction" and self.lead_in and _pledges_throughout(text))
        )

    def _lone_promise(self, text):
        """ "Polisen lovar att öka närvaron vid otrygga platser." set alone at the top of the
        page: one sentence in which one side promises a deed (not an aim or the pledge's
        goal) is a promise."""
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
        return (
            len(sentences) == 1
            and text.strip().endswith(".")
            # "Exempelby kommun och lokalpolisområde Exempel lovar att …": both sides by name.
            and bool(re.match(r"^\S+(?:\s+\S+){0,5}?\s+lovar\s+att\s", text))
            and not GOAL.search(text)
            and bool(PROMISE_START.match(text))
            and not is_aim(text)
            and not re.search(r"löfte", text, re.IGNORECASE)
        )

    def read_list(self, items, section, continues=False, heads=None, before=""):
        """Reads a bulleted list as promises when its introduction (or the section) says it
        holds promises; returns whether it did. A list that `continues` the one just before it
        (only a blank line between) stands under that list's introduction. `heads`: each
        item's own first line, by line number. `before`: the paragraph right before the list,
        when it is one that does not end with ':'."""
        self._glued = None
        if self._group_heading(items):
            # "1. Narkotika" right above a list: the numbered name of the group below it.
            self.heading, self.lead_in = items[0][1].rstrip(":").strip(), ""
            return False
        if self._numbered_area(items):
            # "1. Trafik" over "Allmänheten upplever trafiken som …": the numbered name of an
            # area whose paragraph tells the situation; what is done follows it, if anything.
            self.heading, self.lead_in = items[0][1].rstrip(":").strip(), ""
            return False
        if not self.lead_in and self._aim_over_means(items):
            # "• Arbeta förebyggande mot …" over "Det ska vi åstadkomma genom följande
            # aktiviteter" and its list: the aim, which the means below carry out.
            self.seen = True
            return False
        if (continues and self._dash_after_bullets(items)) or self._dash_quote(items):
            # "– Ett nära samarbete …" right under a list with other bullets, or a paragraph
            # set with a dash where the page's other dashes open quotes: what someone says.
            promises, default = False, None
        elif not self.lead_in and (self._summarises_purpose(items) or self._under_purpose(items)):
            # "Syftet med medborgarlöften i Vänersborgs kommun är att:", or "Summerat" under a
            # paragraph that begins "Syftet med medborgarlöftet är …": what pledges are for.
            promises, default = False, None
        elif (
            continues
            and self._last_list is not None
            # "Tillsammans vill vi: • Stärka tryggheten …" then, after a blank line only,
            # "• Polisen kommer att …": a list whose items each name who acts is not the aims
            # above it; a decision that a list holds no promises does not pass to it.
            and (self._last_list[0] or not _items_say_who_acts(items))
        ):
            promises, default = self._last_list
        elif self._superseded(items):
            # "Medborgarlöfte 2023–2024" over its list, then "Medborgarlöfte 2025" over the
            # promises: the list of the pledge that came before.
            promises, default = False, None
        elif _mostly(items, ("done", "verdict")) and not commits_in_lead_in(self.lead_in):
            # "• Vi har genomfört fem trygghetsvandringar", "• Polisen höll två möten": what
            # was done, told in the past, is no promise whatever introduces it.
            promises, default = False, None
        elif not self.lead_in and before and self._names_problems(before, items):
            # "Utifrån enkätsvaren framkommer en bild av problem … Här presenterade i
            # rangordning." over "• narkotika • stölder och inbrott": the problems named.
            promises, default = False, None
        elif (not self.lead_in and before and introduces_no_promises(before)) or (
            AREAS_NEXT.search(self.lead_in.strip()) and not ACTING.search(self.lead_in)
        ):
            promises, default = False, None
        elif self.seen and (ACHIEVE_HEADING.search(self.lead_in) or AIMED_AT.search(self.lead_in)):
            # "Det här ska vi åstadkomma tillsammans:" after the promises: what they achieve.
            promises, default = False, None
        elif (
            not self.seen
            and not self._promises_lead_in(self.lead_in or self.heading)
            and not _items_say_who_acts(items)
            and self._promised_after(items)
        ):
            # "De vanligaste svaren i enkäten var:", "Under 2023 genomförde vi:" above "Polisen
            # lovar att:": before the place where the text says it promises, a list whose own
            # introduction promises nothing is what the promises answer to.
            promises, default = False, None
        elif (
            not self.seen
            and AGREEMENT_LEAD_IN.search(self.lead_in or self.heading)
            and self._pledge_heading_after(items)
        ):
            # "Kommunen och lokalpolisområdet åtar sig att:" in the agreement's section, above
            # the heading "Medborgarlöfte": what the agreement binds them to, not the pledge.
            promises, default = False, None
        elif self.seen and self._signed_between(items):
            # A list after the signatures (a fact box left from the page) is no promise.
            promises, default = False, None
        elif (
            not self.seen
            and not self.lead_in
            and section in ("introduction", "unknown")
            and _is_name_list(items)
            and self._actions_heading_after(items)
        ):
            # "I den breda samverkan pågår flera projekt." over "• Huskurage • Trygghetstrappan"
            # before the heading of what is promised: names of work going on, not promises.
            promises, default = False, None
        else:
            intro = self.lead_in or self.heading
            promises = is_promise_list(intro, section, self.years) or (
                # "Fokusområde Narkotika:" over "• Polisen ska …", "• Vi ska tillsammans …":
                # items that each say who will act are promises under a lead-in that only
                # names their group, unless it introduces aims, an earlier pledge or where
                # to follow the work.
                _items_say_who_acts(items)
                and section not in ("other", "followup")
                and not _introduces_other_things(intro, self.years)
            )
            if (
                not promises
                and intro
                and CHOSEN.search(intro)
                and not self.seen
                and section not in ("other", "followup", "contact", "effect")
                and not _introduces_other_things(intro, self.years)
                and not WISHED.search(intro)
                and _mostly(items, ("deed", "giver"))
                and not self._promise_list_elsewhere(items)
            ):
                # "Dessa frågor prioriteras:" over "• Genomföra …", "• Delta i …" with no other
                # list of promises on the page: what was chosen is done, as its items say.
                promises = True
            if (
                promises
                # "Medborgarlöfte 2019" right above the goals: the heading names them the pledge.
                and (intro or section != "actions")
                # "… har tecknat följande gemensamma medborgarlöfte." right above: the same.
                and not self._promises_lead_in(intro or before)
                and not _items_say_who_acts(items)
                and _mostly(items, ("goal", "noun"))
                # "Detta har kommunen bestämt sig för:" over "• Ny belysning vid torget": a
                # lead-in naming the side that carries the list makes its noun phrases that
                # side's deeds; goals ("• Öka tryggheten") stay aims under any lead-in.
                and (_mostly(items, ("goal",)) or not lead_in_responsible(intro, self.givers))
                and self._promise_list_elsewhere(items)
            ):
                # "Inriktning för året" over "• Öka tryggheten", or "• Inbrott • Klotter", on a
                # page with a list introduced as promises: aims or problems, not promises.
                promises = False
            default = promises and _list_default(
                self.lead_in or self.heading, self.givers, self.earlier
            )
            if (
                promises
                and default[0] == "ej_angivet"
                and self.actions
                and MEANS_LEAD_IN.match(self.lead_in or "")
                and self.actions[-1].responsible in ("polisen", "kommunen", "gemensamt")
            ):
                # "X kommun och lokalpolisområde Y lovar att införa …" read as a promise, then
                # "Detta ska göras genom att:" over the list: the means of those who promised.
                last = self.actions[-1]
                default = (last.responsible, "", last.responsible_quote, "")
        self._last_list = (promises, default)
        if not promises:
            if self.lead_in and self.heading == self.lead_in.rstrip(":").strip():
                self.heading = ""  # "Följande områden har identifierats:" heads nothing after
            self.lead_in = ""
            return False
        first = len(self.actions)
        areas_under = None
        for line, item in items:
            head = (heads or {}).get(line, item)
            indent = self._indent_at(line)
            if areas_under is not None and indent is not None and indent > areas_under:
                continue  # "  • minska risken för …" under "… genom följande fokusområden;"
            areas_under = indent if NAMES_AREAS_BELOW.search(head) else None
            if head.rstrip().endswith(":") and len(items) > 1:
                # "• Polisen ska:" over "◦ genomföra minst 20 trafikkontroller": an item that
                # introduces the items below it, which it names the party of.
                said = lead_in_responsible(head, self.givers)
                default = (said[0], "", said[1], "") if said else default
                continue
            if NAME_AND_TITLE.match(head):
                continue  # "Anna Ek - Kommunikationschef": a contact person under a heading
            if PAGE_STAMP.match(head.strip()):
                continue
            if describes_state(head):
                continue  # "Torget är en plats där …": the situation, told inside the list
            if VERDICT_ITEM.search(head.strip()):
                continue  # "Trygghetsvandring i Hamnen – genomförd": how an earlier deed went
            if (
                is_section_item(item)
                or SAID.search(head)
                or _said_in_first_sentence(item)
                or FOLLOW_UP_ITEM.match(head)
            ):
                # A quote in a bullet of its own is no promise; one that comments on a
                # numbered item below it leaves the item a promise.
                continue
            if self.template == "achieve" and (
                STATE.search(head)
                or RESULT_ITEM.search(head)
                or (
                    # "Antalet boende … ska" over "öka.": the head's sentence goes on below.
                    not head.rstrip().endswith((".", "!", "?"))
                    and RESULT_ITEM.search(re.split(r"(?<=[.!?])\s+", item)[0])
                )
            ):
                # "Via samverkan är målsättningen att …": an aim; what explains an item on the
                # lines below it ("Syftet är att …") does not make the item one.
                continue
            for part in split_by_side(item):
                self._add(line, part, self.heading, _item_default(part, default, self.givers))
        _mark_mixed_list(self.actions[first:])
        self.listed = self.listed or len(self.actions) > first
        self.seen, self.heading_mode, self.lead_in = True, False, ""
        return True

    def skip_list(self):
        """A list read as something else (focus areas): what introduced it is used up."""
        self.lead_in, self._last_list = "", None

    def read_sentences(self, block, section, after=(), after_lead_in=False):
        """Promises written as sentences, one a line ('Polisen lovar att …'); returns whether
        the paragraph was read as such. `after` are the blocks that follow it;
        `after_lead_in`: whether the block before it is the sentence in `lead_in`. When this
        is the first paragraph read as promises, the paragraphs of running text passed over
        right before it are read again (see `_read_earlier`)."""
        first = not self.actions
        read = self._read_sentences(block, section, after, after_lead_in)
        if not read:
            if first and section in ("introduction", "unknown"):
                self._declined.add(block.start)
            return False
        if first and self.actions:
            found, self.actions = self.actions, []
            for earlier in self._run_before(block):
                self._read_earlier(earlier)
            for action in found:
                if not any(_same_sentence(done.text, action.text) for done in self.actions):
                    self.actions.append(action)
        return True

    def _read_sentences(self, block, section, after=(), after_lead_in=False):
        if block.text.endswith(":"):
            return False
        if (
            len(block.lines) > 1
            and MEANS_LEAD_IN.match(block.lines[0])
            and not DASH_OR_HYPHEN.match(block.lines[1])
            and not is_bullets(block)
            and not SAID.search(block.text)
        ):
            # "Detta gör vi genom att:" with its paragraph on the next line: what it
            # introduces, the promises of those it names ("vi": those who give the pledge).
            default = _list_default(block.lines[0], self.givers)
            rest = " ".join(line.strip() for line in block.lines[1:])
            first = None
            for clause in coordinated_promises(rest):
                if first and _BARE_DEED.match(clause):
                    # ", ha ökad polisiär närvaro …": a deed of the subject the first clause
                    # names, whatever words of one side it has.
                    action = self._add(block.start + 1, clause, self.heading, first)
                    if action is not None:  # not the promise before, when this one is none
                        action.responsible, action.other_party = first[0], first[1]
                        action.responsible_quote = first[2]
                    continue
                first = _item_default(clause, default, self.givers)
                self._add(block.start + 1, clause, self.heading, first)
            self.seen, self.heading_mode, self.lead_in = True, False, ""
            return True
        said = after_lead_in and lead_in_responsible(self.lead_in, self.givers)
        if (
            said
            and is_promise_list(self.lead_in, section, self.years)
            and not ABOUT_PLEDGES.match(block.text)
        ):
            # "Tillsammans lovar polisen och kommunen:" over a paragraph, not a list: each
            # line of it is a promise of those the sentence names; a line opened by a field's
            # label ("Omfattning: Minst 10 tillfällen") goes on with the line above it.
            default = _list_default(self.lead_in, self.givers, self.earlier)
            glued = self._glued_heading(block)
            if glued:
                # "Polisen och kommunen lovar att:" over "Trafik" written straight above
                # "Polisen genomför …": the group's heading glued to its promise; more blocks
                # of the same shape follow under the same lead-in.
                heading, rest = glued
                self._add(rest.start, rest.text, heading, default)
                self._glued, self._fields = default, None
                self.seen, self.heading_mode, self.lead_in = True, False, ""
                return True
            items = []
            for index, line in enumerate(block.lines):
                if items and FIELD_LABEL.match(line.strip()):
                    items[-1][1] += " " + line.strip()
                else:
                    items.append([block.start + index, line.strip()])
            if len(items) == 1 and is_aim(items[0][1]) and _means_next(after):
                # "… formulerar följande medborgarlöfte:" over "Polisen och kommunen lovar att
                # arbeta för att …" and "Det ska åstadkommas genom följande aktiviteter:": the
                # aim, which the means below carry out.
                self.seen, self.lead_in = True, ""
                return True
            for line, item in items:
                self._add(line, item, self.heading, default)
            self._fields = default if any(_labels(item) for _, item in items) else None
            self.seen, self.heading_mode, self.lead_in = True, False, ""
            return True
        if self._fields and _labels(block.text) & _labels(self.actions[-1].text):
            # "Hastighetskontroller väg 172. Omfattning: … Ansvarig: Polisen." after an item
            # with the same labelled fields: one more item of the same list.
            self._add(block.start, block.text, self.heading, self._fields)
            return True
        self._fields = None
        if not self.in_promises(section, block.text):
            return False
        if (
            self.seen
            and (ACHIEVE_HEADING.search(self.heading) or AIMED_AT.search(self.heading))
            and (_states_results(block.text) or self._achieved_after_deeds(block.text))
        ):
            # "Det här ska vi åstadkomma tillsammans" over "Vi ska öka förtroendet …" after
            # the promises: what they are to achieve, not something more done.
            return False
        pledging = promise_lines(block, problem_first=not self.listed)
        lines = [
            (line, item)
            for line, item in pledging
            if not _no_deed(item) and not FOCUS_STATEMENT.match(item)
        ]
        if pledging and not lines and all(OPEN_PLEDGE.search(item) for _, item in pledging):
            # "Polisen och kommunen lovar att arbeta med" over headed paragraphs: the pledge's
            # promises begin here, though the line itself promises nothing yet.
            self.seen = True
        heading = self.heading
        glued = self._glued_heading(block)
        default = _NOBODY
        if not lines and (self.template or self._glued) and glued:
            # "Trafik" written straight above "Polisen genomför minst 20 trafikkontroller …": the
            # group's heading glued to its promise, under a template heading or after another
            # such group read under a lead-in (whose party an item naming none carries).
            heading, rest = glued
            lines = [(rest.start, rest.text)]
            default = self._glued or _NOBODY
        if not lines and self.template and is_deed(block.text):
            lines = [(block.start, block.text)]
        if not lines and self.template == "do" and PARTY_LABEL.match(block.text):
            # "Polisen: Ökad ordningsövervakning, …" under "Det här ska vi göra".
            lines = [(block.start, block.text)]
        lines = [
            (line, item)
            for line, item in lines
            if not _no_deed(item) and not FOCUS_STATEMENT.match(item)
        ]
        if not lines:
            return False
        one_line = len({line for line, _ in lines}) == 1  # however many sentences it holds
        labelled = PARTY_LABEL.match(block.text)  # an item of the party's, never an aim
        if (
            one_line
            and not labelled
            and (is_aim(block.text) or _works_toward_goal(block.text))
            and not _means_in_next_sentence(block.text)
            and (
                self._introduces(after, section, True)
                or _means_next(after)
                or means_line_next(after)
            )
        ):
            return False  # the pledge's aim, which the list below carries out
        lines = _without_goal_beside_deeds(lines)
        for line, item in lines:
            own = _item_default(item, default, self.givers)
            if (
                re.match(r"att\s", item)
                and self.actions
                and not (PROMISE_START.match(item[4:]) or WE_PROMISE.match(item[4:]))
            ):
                # "… och att starta …" split from the promise before: that promise's side.
                before = self.actions[-1]
                own = (before.responsible, before.other_party, before.responsible_quote)
            own = _another_of_the_same(item, own, self.actions, line)
            aim_first = aim_then_deeds(item)
            if aim_first and not labelled:
                # "Polisen ska arbeta mot langning och arbeta med närvaro …": the deeds, each
                # carried by the aim's subject; the aim itself is no deed.
                own = parse_responsible(aim_first[0], own)
                for deed in aim_first[1]:
                    action = self._add(line, deed, heading, own)
                    if action is not None:  # not the promise before, when this one is none
                        action.responsible, action.other_party = own[0], own[1]
                        action.responsible_quote = own[2]
                continue
            self._add(line, item, heading, own)
        self.seen, self.heading_mode, self.lead_in = True, False, ""
        return True

    def _run_before(self, block):
        """The paragraphs of running text right before `block` that were passed over before
        any promise was read, nearest last: the run goes back to the previous heading, list,
        lead-in or the page's start; a quote inside it is stepped over."""
        index = next((i for i, b in enumerate(self.blocks) if b.start == block.start), None)
        run = []
        for earlier in reversed(self.blocks[:index] if index else []):
            text = earlier.text.strip()
            if is_quote(earlier) or SAID.search(text):
                continue  # "– Vi ska synas mer, säger …", set with a dash as a bullet is
            if is_heading(earlier) or is_bullets(earlier) or text.endswith(":"):
                break
            if not _told_lines(earlier):
                continue
            if earlier.start not in self._declined:
                break
            run.append(earlier)
        return list(reversed(run))

    def _read_earlier(self, block):
        """ "Under hösten kommer vi att …" in a paragraph of its own before "Polisen lovar att
        …": running text of the same run that commits a side to a deed belongs to the
        promises, though it came before the first sentence that made the walk read them. Aims,
        the pledge itself and paragraphs that tell no promise stay out."""
        text = block.text.strip()
        if (
            is_aim(text)
            or ABOUT_PLEDGES.match(text)
            or re.search(r"löfte", PLEDGE_AS_PLACE.sub("", text), re.IGNORECASE)
            or self._other_years(text)
        ):
            return
        for line, item in promise_lines(block, problem_first=not self.listed):
            if _no_deed(item) or FOCUS_STATEMENT.match(item) or is_aim(item):
                continue
            self._add(line, item, self.heading, _item_default(item, _NOBODY, self.givers))

    def introduce(self, text, next_is_list, section, headed_deed=False):
        """A sentence or heading that ends with ':' introduces what follows. Returns the section
        it opens (or the one it stands in) and whether it was placed. `headed_deed`: whether a
        heading follows with a paragraph under it that says someone does something."""
        if self.lead_in and not lead_in_responsible(text) and lead_in_responsible(self.lead_in):
            self.earlier = self.lead_in  # "Polis och kommun lovar att:" over "Detta ska ske genom:"
        if headed_deed and not next_is_list and is_promise_list(text, section):
            # "Det här ska Solna stad och polisen tillsammans göra under 2022:" over headings,
            # each with a paragraph that does something: each heading holds one promise.
            self.heading_mode, self.heading, self.lead_in = "deeds", "", ""
            return "actions", True
        self.lead_in = text
        short = len(text.split()) <= 8
        kind = section_of(text)
        if short and kind in ("effect", "followup", "contact"):
            return kind, True
        if short and not next_is_list and kind == "actions":
            # "Följande löften har valts:" with the promises as headings or sentences below.
            self.heading_mode, self.heading = True, ""
            return "actions", True
        if short and (ACTOR_FIRST.match(text) or BOTH.search(text)):
            return section, True  # "Polisen lovar att:" names who, under the group's heading
        if short:
            self.heading = text.rstrip(":").strip()
            return (kind if kind not in ("", "actions") else section), True
        if (
            section == "situation"
            and PROMISE_VERB.search(text)
            and is_promise_list(text, "actions", self.years)
        ):
            # "För att öka medvetenheten kring droger … lovar vi att:" under "Lägesbild": the
            # promises start here, whatever heading the situation had.
            return "actions", False
        return section, False

    def start_heading_action(self, heading, block):
        """In heading mode, a heading with a paragraph under it is one promise; returns the
        action, to which later paragraphs add their explanation, or None."""
        if not self.heading_mode:
            return None
        if self.heading_mode == "deeds" and (
            ACHIEVE_HEADING.search(heading)
            or STATE.search(re.split(r"(?<=[.!?])\s+", block.text.strip())[0])
        ):
            # "Det här ska vi åstadkomma tillsammans" over "Målet med aktiviteterna är …": the
            # promises are done; what they aim at is no promise.
            self.heading_mode = False
            return None
        if not_a_promise(block.text) or block.text.rstrip().endswith(":"):
            # A page's footer under its last heading; "För att minska otryggheten:" under
            # a heading: the lead-in of the list below, not a promise.
            return None
        # "Löfte 2" names no content: the paragraph is the promise.
        heading = "" if is_numbered_promise(heading) else heading
        default = _item_default(block.text, _NOBODY, self.givers)
        action = _new_action(
            block.start, block.text, heading, default, self.default_per, self.default_doubt
        )
        action.under_own_heading = True
        if action.responsible == "ej_angivet":
            _named_further_on(action, block.text)
        self.actions.append(action)
        self._open.append(action)
        self.seen = True
        return action

    def another_deed(self, block):
        """Under a heading of headed deeds, a later paragraph with a subject and a deed of its
        own ("Solna stad ska, med … som grund, genomföra åtgärder …", "Vi ska arbeta med …") is
        a promise of its own, not the explanation of the one before; so is, under any heading
        holding promises, a paragraph labelled with its party ("Kommunen: Åtgärder i …")."""
        if self.heading_mode and PARTY_LABEL.match(block.text):
            return True
        return self.heading_mode == "deeds" and bool(promise_lines(block) or is_deed(block.text))

    def pledges_after_finding(self, block, heading):
        """Under a heading holding a promise, a later paragraph that first tells what was found
        ("Mätningarna visar …") and then has a side promise in a sentence of its own ("Under
        2025 lovar polisen att …"): each sentence in which a side promises, with the sentences
        after it that promise nothing, is a promise of its own. Returns the sentences before
        the first (the explanation of the promise above), or None when the paragraph holds
        no such sentence."""
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", " ".join(block.text.split()))
        starts = [i for i, sentence in enumerate(sentences) if _side_pledges(sentence)]
        if not starts or not starts[0]:
            return None
        for first, end in zip(starts, [*starts[1:], len(sentences)], strict=True):
            told = " ".join(sentences[first:end])
            default = _item_default(told, _NOBODY, self.givers)
            self._add(block.start, told, heading, default)
        return " ".join(sentences[: starts[0]])

    def read_quoted_pledge(self, block):
        """ "– Vårt löfte till barnen är att informera föräldrarna … Vi ska även anordna …,
        säger X.": a quote in which the speaker names the pledge as "our promise" and says what
        it is gives the pledge's words: that sentence and the ones after it in which "vi"
        commits itself are promises of those who give the pledge. Returns whether it read
        any."""
        said = SAID.search(block.text)
        if not said:
            return False
        words = DASH_OR_HYPHEN.sub("", " ".join(block.text[: said.start() + 1].split()))
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", words)
        if not (OUR_PROMISE.match(sentences[0]) and promise_is_deed(sentences[0])):
            return False
        default = _item_default("Vi lovar att", _NOBODY, self.givers)
        self._add(block.start, sentences[0], self.heading, default)
        for sentence in sentences[1:]:
            if WE_PROMISE.match(sentence):
                self._add(block.start, sentence.rstrip(","), self.heading, default)
        return True

    def explain(self, text):
        """A paragraph after a list that explains one of its promises goes to that promise's
        details; returns whether it did."""
        explained = _explained_action(text, self.actions, self.action_words)
        if explained:
            explained.details = (explained.details + "\n\n" + text).strip()
        return bool(explained)

    def finish(self):
        """The promises read, each with its methods and focus area. When the walk read none,
        the promises a news item tells in running text (see `_told_promises`)."""
        for action in self._open:
            _finish_action(action)
        self._open = []
        if not self.actions:
            for line, sentence, default in self._told_promises():
                self._add(line, sentence, "", default)
        if not self.actions:
            for line, sentence, default in self._extended_promises():
                self._add(line, sentence, "", default)
        return self.actions

    def _extended_promises(self):
        """[(line, sentence, default)] of an earlier pledge's promises, told in the past ("Löftet
        för 2021–2023 var att polisen och kommunen skulle …", "Vi skulle även …"), on a page
        that says it extends that pledge ("förlänger tidigare års medborgarlöfte"): what was
        promised then is promised again."""
        running = [
            block
            for block in self.blocks
            if not (is_heading(block) or is_bullets(block) or is_quote(block))
            and _told_lines(block)
        ]
        if not any(EXTENDS_PLEDGE.search(" ".join(_told_lines(b))) for b in running):
            return []
        found = []
        for block in running:
            for sentence in SENTENCE_END.split(" ".join(_told_lines(block))):
                said = PLEDGE_WAS.sub("", sentence)
                if not (
                    PAST_PROMISE.match(said)
                    or (said != sentence and _ATT_DEED.match(f"att {said}"))
                ):
                    continue
                default = parse_responsible(
                    said.replace("skulle", "ska"), _item_default(said, _NOBODY, self.givers)
                )
                found.append((block.start, sentence, default))
        return found

    def _told_promises(self):
        """[(line, sentence, default)] of the sentences in running text that say a side will do
        something ("Kommunen kommer i sin tur att röja …", "I medborgarlöftet framgår att
        polisen ska …"): in a text with no list or heading of promises, as a news item retells
        a pledge, these are its promises. "De ska också …" right after one is another promise
        of the same side, "Gemensamma trygghetsvandringar kommer att genomföras …" one of both
        sides; a named organisation that will do something ("Företagen ska …") in a
        paragraph with such sentences is one of the organisation's. Aims ("… ska arbeta för
        att …"), sentences about the pledge itself, quotes, headings, lists and lead-ins are
        left out."""
        found, others, achieve, purpose = [], [], False, False
        aims = []
        above = ""
        for block in self.blocks:
            text = block.text.strip()
            quoting, above = above, text
            if is_heading(block):
                # "Det här ska vi åstadkomma tillsammans": what follows is what the work is
                # to achieve, not something done.
                achieve = bool(ACHIEVE_HEADING.search(text) or AIMED_AT.search(text))
                purpose = names_the_purpose(text)
            if purpose and not is_heading(block):
                continue  # under "Syfte": what the pledge and the work together are for
            lines = _told_lines(block)
            index = self.blocks.index(block)
            if index and is_quote(block, self.blocks[index - 1]):
                continue  # "…, säger X, och fortsätter:" over more of what X says
            told_above = quoting.endswith(":") and TOLD.match(f"{quoting} ”")
            if lines and text[:1] in QUOTE_MARKS and told_above and told_above.end() > len(quoting):
                # "Löftet lyder:" over "”Polisen ska …”": the pledge's words, quoted below.
                lines = [quoting, *lines]
            if (
                (achieve and _states_results(text))
                or is_heading(block)
                or is_bullets(block)
                or text.endswith(":")
                or not lines
                or find_signatories(block)
            ):
                continue
            told, last = [], None
            sentences = [
                part
                for sentence in SENTENCE_END.split(" ".join(lines))
                for part in JOINED_INVERTED.split(sentence)
            ]
            clauses = [
                (clause, index > 0, len(parts) > 1)
                for sentence in sentences
                for parts in [coordinated_promises(_told_clause(sentence))]
                for index, clause in enumerate(parts)
            ]
            for sentence, joined, one_of_several in clauses:
                aim_first = not joined and not one_of_several and aim_then_deeds(sentence)
                if aim_first:
                    # "Polisen ska arbeta mot langning och arbeta med synlig närvaro …": the
                    # aim is no deed; the deeds joined to it are its subject's promises.
                    aim, deeds = aim_first
                    plain = PLEDGE_SAYS.sub("", PLEDGE_AS_MEANS.sub("", aim))
                    if (
                        PROMISE_START.match(plain)
                        or INVERTED.match(plain)
                        or WE_PROMISE.match(plain)
                    ) and not self._other_years(sentence):
                        last = parse_responsible(plain, _item_default(plain, _NOBODY, self.givers))
                        told.extend((block.start, deed, last) for deed in deeds)
                    else:
                        last = None
                    continue
                bare = _JOINING.sub("", sentence)
                if (
                    joined
                    and bare != sentence
                    and (PROMISE_START.match(bare) or INVERTED.match(bare))
                ):
                    # "… och att kommunen ska se över …": a subject and a verb of its own.
                    sentence = bare[:1].upper() + bare[1:]
                # "Nytt för i år är att polisen ska …": the promise after "är att".
                plain = PLEDGE_SAYS.sub("", PLEDGE_AS_MEANS.sub("", sentence))
                # "Tillägget innefattar att kommunen ska …": the side's deed in the clause.
                content = _content_clause(plain)
                in_content, plain = content != plain, content
                planned = PLANNED_DEEDS.match(plain)
                # One of several deeds joined in a sentence ("… ska arbeta för fler
                # grannsamverkansområden, polisen ska fotpatrullera mer, …") is a deed too.
                if planned:
                    # "… för att uppnå årets löften är att …": the pledge named as the deeds' aim.
                    side = "polisen" if "polis" in planned["actor"].lower() else "kommunen"
                    last = ("gemensamt" if planned["both"] else side, "", planned["actor"], "")
                    told.append((block.start, sentence, last))
                elif promise_is_deed(plain) and not self._other_years(sentence):
                    # "Ett annat löfte är att göra …": the promise named as a deed.
                    last = _owner_default(plain, _NOBODY)
                    told.extend((block.start, part, last) for part in att_clauses(sentence))
                elif (
                    (_aim_alone(plain) and not one_of_several and not _deed_then_aim(plain))
                    and _side_subject(plain)
                    and not re.search(r"\bfokus", plain, re.IGNORECASE)
                    and not REPORTED.match(plain)
                    and not re.search(r"löfte", PLEDGE_AS_PLACE.sub("", plain), re.IGNORECASE)
                    and not self._other_years(sentence)
                ):
                    # "Kommunen ska arbeta för att …": an aim; the page's promise only when the
                    # page tells no deed that carries it out.
                    aims.append((block.start, sentence, _item_default(plain, _NOBODY, self.givers)))
                    last = None
                elif (
                    (_aim_alone(plain) and not one_of_several and not _deed_then_aim(plain))
                    or REPORTED.match(plain)
                    or re.search(r"löfte", PLEDGE_AS_PLACE.sub("", plain), re.IGNORECASE)
                    or _names_areas_in_a_row(plain)
                ):
                    # "… lovar att tillsammans prioritera …", "… ska ta fram medborgarlöften":
                    # where the work is aimed, or the pledge itself, not something done.
                    last = None
                elif (
                    PROMISE_START.match(plain)
                    or INVERTED.match(plain)
                    or WE_PROMISE.match(plain)
                    or PASSIVE_BY_SIDE.match(plain)
                    # "… berättar att kommunen bland annat ska bidra …": the side and its
                    # "ska" with adverbs between, as the clause's grammar allows.
                    or in_content
                ):
                    last = parse_responsible(plain, _item_default(plain, _NOBODY, self.givers))
                    told.append((block.start, sentence, last))
                elif UNNAMED_SUBJECT.match(plain) and not self._other_years(sentence):
                    # "Under året ska man …", "Det kommer att finnas …", "Varje år ska två
                    # vandringar genomföras": those who give the pledge carry it.
                    last = _NOBODY
                    told.append((block.start, sentence, last))
                elif JOINT_OPENING.match(plain):
                    last = ("gemensamt", "", JOINT_OPENING.match(plain)[0], "")
                    told.append((block.start, sentence, last))
                elif RELATIVE_DEED.search(plain):
                    # "De äldre är utsatta, där ska kommun och polis informera …": the deed in
                    # a clause after the comma, its subject after the verb.
                    said = RELATIVE_DEED.search(plain)[1]
                    last = parse_responsible(said, _item_default(said, _NOBODY, self.givers))
                    told.append((block.start, sentence, last))
                elif going_on := COOPERATION_GOES_ON.match(sentence):
                    last = ("gemensamt", "", going_on[0], "")
                    told.append((block.start, sentence, last))
                elif joint := JOINT_PASSIVE.match(sentence):
                    last = ("gemensamt", "", joint[0], "")
                    told.append((block.start, sentence, last))
                elif last and (
                    SAME_SIDE_AGAIN.match(sentence)
                    or ALSO_MORE.match(sentence)
                    or SAMT_DEED.match(sentence)
                ):
                    told.append((block.start, sentence, last))
                elif joined and last and (_BARE_DEED.match(sentence) or _ATT_DEED.match(sentence)):
                    # "… samt genomföra trafikkontroller …": the clause before's side again.
                    told.append((block.start, sentence, last))
                elif PASSIVE_DEED.match(sentence) and not self._other_years(sentence):
                    last = _item_default(sentence, _NOBODY, self.givers)
                    told.append((block.start, sentence, last))
                elif (
                    (named := ORGANISATION_SUBJECT.match(sentence))
                    and (PARTY_WORDS.search(named["name"]) or GENITIVE_NAME.match(named["name"]))
                    and not re.search(r"polis|kommun", named["name"], re.IGNORECASE)
                ):
                    told.append((block.start, sentence, ("annan", named["name"], named[0], "")))
                else:
                    last = None
            if any(default[0] != "annan" for _, _, default in told):
                found.extend(told)
            else:
                # "Bostadsbolaget Bergsjöhem ska se över belysningen." in a paragraph of its
                # own: another organisation that commits itself gives a promise too, where
                # the text tells promises of those who give the pledge as well.
                others.extend(item for item in told if PROMISE_START.match(item[1]))
        if found and others:
            found = sorted(found + others, key=lambda item: item[0])
        if (
            not found
            and not others
            and not any(is_bullets(b) or b.text.rstrip().endswith(":") for b in self.blocks)
        ):
            # Running text with no list, no lead-in and no deed that carries the aims out: the
            # aims are the promises.
            found = aims
        return found

    def _introduces(self, after, section, aim=False):
        """Whether the sentence before `after` introduces a list of promises that comes next:
        not an aim list ("Målet är att:"), and not a list straight under it whose items each
        say who promises ("• Polisen lovar att …"). An `aim` ("… kommer polisen och kommunen
        att fokusera på …") also introduces a list of promises further down, past headings."""
        found = next_list(after)
        if found is None and aim:
            found = next(
                (
                    (
                        after[index - 1].text
                        if index and after[index - 1].text.endswith(":")
                        else "",
                        b,
                    )
                    for index, b in enumerate(after)
                    if is_bullets(b)
                ),
                None,
            )
        if found is None:
            return False
        intro, block = found
        if intro:
            return is_promise_list(intro, section, self.years)
        items = bullet_items(block)
        return not all(PROMISE_START.match(item) for _, item in items)

    def _glued_heading(self, block):
        """(heading, rest) of a paragraph whose first line is a heading written straight above
        a paragraph that says someone does something; else None."""
        if len(block.lines) < 2:
            return None
        first = Block(block.start, block.lines[:1])
        rest = Block(block.start + 1, block.lines[1:])
        if is_heading(first) and is_deed(rest.text):
            return first.text, rest
        return None

    def _block_text_at(self, line):
        block = self._block_at(line)
        return block.text if block is not None and block.start == line else None

    def _add(self, line, item, heading, default):
        """The promise read from `item`, added to those found; None when it is none."""
        if not_a_promise(item):
            return None
        if CUT_AFTER_SUBJECT.search(item):
            return None  # the page ends after the verb and its subject: nothing is promised yet
        if any(
            _same_sentence(done.text, item) and not _other_sides_list(done, default, line)
            for done in self._read_alike(item)
        ):
            return None  # the same sentence set twice on the page (a lead and its caption)
        action = _new_action(line, item, heading, default, self.default_per, self.default_doubt)
        _finish_action(action)
        self.actions.append(action)
        return action

    def _read_alike(self, item):
        """The promises read so far that may be the same sentence as `item` (`_same_sentence`):
        those filed under one of its keys. They are filed as promises are added, so a long list
        is not compared item by item with every item before it."""
        actions, filed, keys = self._filed
        if actions is not self.actions or filed > len(self.actions):
            actions, filed, keys = self.actions, 0, {}
        for action in actions[filed:]:
            for key in _sentence_keys(action.text):
                keys.setdefault(key, []).append(action)
        self._filed = (actions, len(actions), keys)
        return [action for key in _sentence_keys(item) for action in keys.get(key, ())]

    def _signed_between(self, items):
        """Whether a signature stands between the last promise read and these items."""
        if not items or not self.actions:
            return False
        last, first = self.actions[-1].line, items[0][0]
        return any(last < line < first for line in self.signed_at)

    def _indent_at(self, line):
        """How far right the raw line stands, or None when no paragraph holds it."""
        block = self._block_at(line)
        if block is None or not block.start <= line < block.start + len(block.lines):
            return None
        raw = block.lines[line - block.start]
        return len(raw) - len(raw.lstrip())

    def _block_at(self, line):
        return next((b for b in self.blocks if b.start <= line <= b.end), None)

    def _says_it_promises(self, intro):
        """Whether a list's introduction or heading says it holds what is promised or done."""
        intro = intro or ""
        if WISHED.search(intro):
            return False  # "Invånarna önskar att vi gör följande:": what residents ask for
        return bool(
            PROMISE_VERB.search(intro)
            or DO_HEADING.search(intro)
            or WE_DO.search(intro)
            or WILL_DO.search(intro)
            or section_of(intro) == "actions"
        )

    def _promised_after(self, items):
        """Whether, after these items, the text says outright that it promises: a lead-in
        with "lovar" ("Polisen lovar att:") or a heading such as "Det här ska vi göra". Not
        past a heading that names other years than the pledge's ("Medborgarlöfte 2018-2019"
        below the 2021–2022 pledge): what is promised there is an earlier pledge's."""
        last = items[-1][0] if items else 0
        for block in self.blocks:
            if block.start <= last:
                continue
            text = block.text.strip()
            if is_heading(block) and self._other_years(text):
                return False
            if (
                text.endswith(":")
                and PROMISE_VERB.search(text)
                and not _earlier_pledge(text, self.years)
            ):
                return True
            if is_heading(block) and DO_HEADING.search(text):
                return True
        return False

    def _promises_lead_in(self, intro):
        """Whether a list's lead-in or heading says it holds promises: a word of promising or
        doing, or one who gives the pledge and a verb of committing."""
        intro = intro or ""
        return self._says_it_promises(intro) or commits_in_lead_in(intro)

    def _promise_list_elsewhere(self, items):
        """Whether the page has another list of promises: one read already, or a later list
        whose lead-in says it promises or whose items each say who will act."""
        if self.listed:
            return True
        last = items[-1][0] if items else 0
        previous = None
        for block in self.blocks:
            if block.start <= last:
                previous = block
                continue
            if is_heading(block) and self._other_years(block.text.strip()):
                return False
            if is_bullets(block):
                intro = previous.text.strip() if previous is not None else ""
                opens = (
                    previous is not None
                    and not is_bullets(previous)
                    and (intro.endswith(":") or is_open_lead_in(previous, block))
                )
                if (
                    opens
                    and self._promises_lead_in(intro)
                    and not _introduces_other_things(intro, self.years)
                ):
                    return True
                if _items_say_who_acts(bullet_items(block)):
                    return True
            previous = block
        return False

    @cached_property
    def _pledge_heading_years(self):
        """[(line, years)] of the page's pledge headings that name years ("Medborgarlöfte
        2023–2024"), in page order; worked out once, since every list asks."""
        found = []
        for block in self.blocks:
            text = block.text.strip()
            if is_heading(block) and re.search(r"löfte", text, re.IGNORECASE):
                years = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", text)}
                if years:
                    found.append((block.start, years))
        return found

    def _superseded(self, items):
        """Whether the list stands under a pledge heading naming years ("Medborgarlöfte
        2023–2024") that a later pledge heading on the page follows with only later years
        ("Medborgarlöfte 2025"): the earlier pledge's list, kept on the page."""
        first = items[0][0] if items else 0
        above, later = set(), set()
        for start, years in self._pledge_heading_years:
            if start < first:
                above = years
            elif not later:
                later = years
        return bool(above and later and min(later) > max(above))

    def _other_years(self, text):
        """Whether `text` names years, none of them the pledge's (when those are known)."""
        named = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", text)}
        return bool(named and self.years and not named & set(self.years))

    def _blocks_after(self, items):
        """The blocks after the block holding `items`, in page order."""
        block = self._block_at(items[-1][0])
        return self.blocks[self.blocks.index(block) + 1 :] if block is not None else []

    def _next_block(self, items):
        """The block right after the block holding `items`, or None."""
        return next(iter(self._blocks_after(items)), None)

    def _numbered_area(self, items):
        """Whether a list of one numbered short name ('1. Narkotika') stands right above a
        paragraph that tells the situation, not a deed: the name heads an area of the pledge."""
        if len(items) != 1 or len(items[0][1].split()) > 3 or not _is_name_list(items):
            return False
        block = self._block_at(items[0][0])
        following = self._next_block(items)
        if block is None or following is None or not NUMBERED.match(block.lines[0]):
            return False
        if is_bullets(following) or is_heading(following) or following.text.endswith(":"):
            return False
        return tells_situation(following.text)

    def _aim_over_means(self, items):
        """Whether a list of one aim stands right above a line naming the means ("Det ska vi
        åstadkomma genom följande aktiviteter", with or without its colon) and their list."""
        if len(items) != 1 or not is_aim(items[0][1]):
            return False
        block = self._block_at(items[0][0])
        return block is not None and means_line_next(self._blocks_after(items))

    def _achieved_after_deeds(self, text):
        """Under "Det här ska vi åstadkomma tillsammans" after the promises read under its
        sibling "Det här ska vi göra": what the deeds are to bring about, told by "vi" however
        it is worded, is no more deeds. A paragraph that names the side doing something
        ("… ska kommunen och polisen gemensamt genomföra …") is a deed wherever it stands."""
        return (
            self._did_heading
            and self.template == "achieve"
            and parse_responsible(text)[0] == "ej_angivet"
        )

    def _group_heading(self, items):
        """Whether a list of one short name with no sentence ('1. Narkotika') stands right
        above another list: the name heads that list."""
        if len(items) != 1 or len(items[0][1].split()) > 3 or not _is_name_list(items):
            return False
        block = self._block_at(items[0][0])
        index = self.blocks.index(block) if block is not None else -1
        following = self.blocks[index + 1] if 0 <= index < len(self.blocks) - 1 else None
        if following is None or not is_bullets(following):
            return False
        # "• Trygghetsvandring" over "• Medborgardialog", each a paragraph of its own with the
        # same mark: a list spaced out with blank lines, not a heading over a group of one.
        return not (len(bullet_items(following)) == 1 and _same_mark(block, following))

    def _names_problems(self, before, items):
        """Whether a list of bare names comes right after a paragraph (with no ':') that speaks
        of problems, the situation or what residents said, and promises nothing."""
        return (
            _is_name_list(items)
            and bool(NOT_PROMISES.search(before))
            and not PROMISE_WORDS.search(before)
            and not self._says_it_promises(self.heading)
        )

    def _under_purpose(self, items):
        """Whether the line right above the list, set as a heading, names the pledge's purpose
        left open at its verb ("Syftet med medborgarlöftet är" over "• att skapa …")."""
        block = self._block_at(items[0][0]) if items else None
        index = self.blocks.index(block) if block is not None else 0
        return index > 0 and bool(PURPOSE.search(self.blocks[index - 1].text.strip()))

    def _summarises_purpose(self, items):
        """Whether the list stands under a summing-up heading right below a paragraph that
        states what the pledge is for."""
        block = self._block_at(items[0][0]) if items else None
        index = self.blocks.index(block) if block is not None else 0
        if index < 2 or not SUMMARY_HEADING.match(self.blocks[index - 1].text.strip()):
            return False
        return bool(re.match(r"(?:syftet|målet)\s+med\b", self.blocks[index - 2].text, re.I))

    def _dash_quote(self, items):
        """Whether a paragraph set with a dash, one item with no lead-in (or several sentences
        after one), is a quote: the page sets what people say with the same dash ("– …, säger
        kommunpolis Sven Gardell.")."""
        if len(items) != 1 or SAID.search(items[0][1]):
            return False  # a quote that names its speaker is left out item by item below
        block = self._block_at(items[0][0])
        if block is None or not DASH_OR_HYPHEN.match(block.lines[0]):
            return False
        index = self.blocks.index(block)
        above = self.blocks[index - 1] if index else None
        if above is not None and SPEAKER_INTRO.match(above.text.strip()):
            return True  # "Anna Berg kommenterar," over "- Det känns …": the words are hers
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", items[0][1])
        if self.lead_in and len(sentences) < 2:
            return False
        if not self.lead_in and SPOKEN.search(items[0][1]):
            return True  # "- Jag tror mycket på …": a dash, then someone speaking
        if (
            above is not None
            and is_bullets(above)
            and DASH_OR_HYPHEN.match(above.lines[0])
            and not SAID.search(above.text)
        ):
            return False  # "- c" after "- a - b": the last item of a dashed list (not a quote)
        below = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if below is not None and not is_bullets(below) and SAID.search(below.text):
            return True  # "– Vi kommer …" over "Vi ska också …, säger Per Ek.": one quote
        return any(
            other is not block and DASH_OR_HYPHEN.match(other.lines[0]) and SAID.search(other.text)
            for other in self.blocks
        )

    def _dash_after_bullets(self, items):
        """Whether a list that continues the one above opens with a dash where that one used
        another mark: a quote after the list, not an item of it."""
        block = self._block_at(items[0][0]) if items else None
        if block is None or not DASH.match(block.lines[0]):
            return False
        index = self.blocks.index(block)
        above = self.blocks[index - 1] if index else None
        return above is not None and is_bullets(above) and not DASH.match(above.lines[0])

    def _pledge_heading_after(self, items):
        """Whether a heading naming the pledge ("Medborgarlöfte") comes after these items."""
        last = items[-1][0] if items else 0
        return any(
            b.start > last and is_heading(b) and PLEDGE_HEADING.match(b.text.strip())
            for b in self.blocks
        )

    def _actions_heading_after(self, items):
        """Whether a heading of the promises' section comes after these items."""
        last = items[-1][0] if items else 0
        return any(
            b.start > last and is_heading(b) and section_of(b.text) == "actions"
            for b in self.blocks
        )
