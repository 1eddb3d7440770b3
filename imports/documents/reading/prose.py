"""Promises told in running text, read when a page has no list, heading or line of promises:
a news item that retells a pledge ("I medborgarlöftet framgår att polisen ska …", "Kommunen
kommer i sin tur att …") or a page that extends an earlier pledge and tells its promises in
the past ("Löftet för 2021–2023 var att polisen och kommunen skulle …").

`ProsePromises._told_promises` goes through the page's paragraphs (`told_lines` leaves quotes
out), cuts them into sentences and clauses, and keeps those in which a side will do something,
with who carries each: a clause after what the pledge says (`TOLD`, `CONTENT_CLAUSE`), a side as
subject, a joint or passive deed (`JOINT_OPENING`, `JOINT_PASSIVE`, `PASSIVE_DEED`), the
working together going on (`COOPERATION_GOES_ON`), the same side again (`SAME_SIDE_AGAIN`,
`SAMT_DEED`, `ALSO_MORE`). `_extended_promises` reads the extended pledge. A new way a news item
tells a promise goes to the chain of cases in `_told_promises`, with its pattern here.
"""

import re

from .lists import ACHIEVE_HEADING, AIMED_AT
from .parties import (
    COMMIT_REFLEXIVE,
    COMMIT_VERB,
    GENITIVE_NAME,
    GIVER_OR_WE,
    INVERTED,
    MUNICIPALITY,
    ORGANISATION_SUBJECT,
    PARTY_WORDS,
    POLICE,
    PROMISE_START,
    UNNAMED_SUBJECT,
    WE_PROMISE,
    parse_responsible,
)
from .sentences import (
    ATT_DEED,
    BARE_DEED,
    DASH_OR_HYPHEN,
    SAID,
    aim_alone,
    aim_then_deeds,
    coordinated_promises,
    deed_then_aim,
    names_areas_in_a_row,
    states_results,
)
from .sides import NOBODY, item_default, owner_default
from .signatories import find_signatories
from .structure import (
    JOINED_INVERTED,
    PASSIVE_BY_SIDE,
    PLEDGE_SAYS,
    att_clauses,
    is_bullets,
    is_heading,
    is_quote,
    promise_is_deed,
)


def told_lines(block):
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


# A sentence ends at ".", "!" or "?", also inside a closing quotation mark (".” Kommunen …").
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"»]))\s+(?=[A-ZÅÄÖ”“\"»])")


# "Syfte", "Syftet med medborgarlöftet", "Målsättning": a heading naming what the work is for.
PURPOSE_HEADING = re.compile(
    r"^(?:syfte|syftet|målsättning(?:en)?|ändamål)\b[^.!?:]{0,40}$", re.IGNORECASE
)


def names_the_purpose(heading):
    """Whether a heading names the purpose of the pledge, over paragraphs that tell it."""
    return bool(PURPOSE_HEADING.match(heading.strip()))


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


# "Enligt kommunpolis Nils Ek kommer polisen …", "Enligt henne ska …": what a person says,
# told as reported speech; "Enligt löftet ska polisen …" is the pledge's word.
REPORTED = re.compile(
    r"^enligt\s+(?:(?:hen|honom|henne|dem)\b|(?:[a-zåäö\-]+\s+){0,3}"
    r"(?-i:[A-ZÅÄÖ][a-zåäöéü\-]+\s+[A-ZÅÄÖ][a-zåäöéü\-]+)\b(?!\s+kommun))",
    re.IGNORECASE,
)


def _side_subject(sentence):
    """Whether a sentence opens with a side (or "vi") as its subject and a verb of its own."""
    return bool(
        PROMISE_START.match(sentence) or INVERTED.match(sentence) or WE_PROMISE.match(sentence)
    )


# The conjunction that joins such a clause, before a subject of its own: "medan polisen ska …".
_JOINING = re.compile(r"^(?:och|medan|men|samt)\s+(?:att\s+)?|^att\s+", re.IGNORECASE)


# "Tillsammans ska kommun och polis …": both sides, named after the verb.
JOINT_OPENING = re.compile(
    rf"^(?:tillsammans|gemensamt)\s+(?:{COMMIT_VERB})\s+(?:{POLICE}|{MUNICIPALITY})"
    rf"\s+och\s+(?:{POLICE}|{MUNICIPALITY})\b",
    re.IGNORECASE,
)


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


# "Några av aktiviteterna som polisen planerar för att uppnå årets löften är att vara mer
# synliga …": the deeds a side plans, told as what its activities are.
PLANNED_DEEDS = re.compile(
    r"^(?:några av |bland |en av )?(?:aktiviteterna|åtgärderna|insatserna)\s+som\s+"
    rf"(?P<actor>{POLICE}|{MUNICIPALITY})(?P<both>\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?\s+"
    r"(?:planerar|ska genomföra|kommer att genomföra|genomför)\b[^.]*?\s(?:är|blir)\s+att\s+"
    r"[a-zåäö]{2,}",
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


class ProsePromises:
    """The promises a page tells in running text, for PromiseReader.finish when the walk read
    none from lists, headings or lines of promises. PromiseReader is built on it; these read
    its `blocks`, `givers` and `_other_years`."""

    def _extended_promises(self):
        """[(line, sentence, default)] of an earlier pledge's promises, told in the past ("Löftet
        för 2021–2023 var att polisen och kommunen skulle …", "Vi skulle även …"), on a page
        that says it extends that pledge ("förlänger tidigare års medborgarlöfte"): what was
        promised then is promised again."""
        running = [
            block
            for block in self.blocks
            if not (is_heading(block) or is_bullets(block) or is_quote(block)) and told_lines(block)
        ]
        if not any(EXTENDS_PLEDGE.search(" ".join(told_lines(b))) for b in running):
            return []
        found = []
        for block in running:
            for sentence in SENTENCE_END.split(" ".join(told_lines(block))):
                said = PLEDGE_WAS.sub("", sentence)
                if not (
                    PAST_PROMISE.match(said) or (said != sentence and ATT_DEED.match(f"att {said}"))
                ):
                    continue
                default = parse_responsible(
                    said.replace("skulle", "ska"), item_default(said, NOBODY, self.givers)
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
            lines = told_lines(block)
            index = self.blocks.index(block)
            if index and is_quote(block, self.blocks[index - 1]):
                continue  # "…, säger X, och fortsätter:" over more of what X says
            told_above = quoting.endswith(":") and TOLD.match(f"{quoting} ”")
            if lines and text[:1] in QUOTE_MARKS and told_above and told_above.end() > len(quoting):
                # "Löftet lyder:" over "”Polisen ska …”": the pledge's words, quoted below.
                lines = [quoting, *lines]
            if (
                (achieve and states_results(text))
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
                        last = parse_responsible(plain, item_default(plain, NOBODY, self.givers))
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
                    last = owner_default(plain, NOBODY)
                    told.extend((block.start, part, last) for part in att_clauses(sentence))
                elif (
                    (aim_alone(plain) and not one_of_several and not deed_then_aim(plain))
                    and _side_subject(plain)
                    and not re.search(r"\bfokus", plain, re.IGNORECASE)
                    and not REPORTED.match(plain)
                    and not re.search(r"löfte", PLEDGE_AS_PLACE.sub("", plain), re.IGNORECASE)
                    and not self._other_years(sentence)
                ):
                    # "Kommunen ska arbeta för att …": an aim; the page's promise only when the
                    # page tells no deed that carries it out.
                    aims.append((block.start, sentence, item_default(plain, NOBODY, self.givers)))
                    last = None
                elif (
                    (aim_alone(plain) and not one_of_several and not deed_then_aim(plain))
                    or REPORTED.match(plain)
                    or re.search(r"löfte", PLEDGE_AS_PLACE.sub("", plain), re.IGNORECASE)
                    or names_areas_in_a_row(plain)
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
                    last = parse_responsible(plain, item_default(plain, NOBODY, self.givers))
                    told.append((block.start, sentence, last))
                elif UNNAMED_SUBJECT.match(plain) and not self._other_years(sentence):
                    # "Under året ska man …", "Det kommer att finnas …", "Varje år ska två
                    # vandringar genomföras": those who give the pledge carry it.
                    last = NOBODY
                    told.append((block.start, sentence, last))
                elif JOINT_OPENING.match(plain):
                    last = ("gemensamt", "", JOINT_OPENING.match(plain)[0], "")
                    told.append((block.start, sentence, last))
                elif RELATIVE_DEED.search(plain):
                    # "De äldre är utsatta, där ska kommun och polis informera …": the deed in
                    # a clause after the comma, its subject after the verb.
                    said = RELATIVE_DEED.search(plain)[1]
                    last = parse_responsible(said, item_default(said, NOBODY, self.givers))
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
                elif joined and last and (BARE_DEED.match(sentence) or ATT_DEED.match(sentence)):
                    # "… samt genomföra trafikkontroller …": the clause before's side again.
                    told.append((block.start, sentence, last))
                elif PASSIVE_DEED.match(sentence) and not self._other_years(sentence):
                    last = item_default(sentence, NOBODY, self.givers)
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
