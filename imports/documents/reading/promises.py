"""The walk's decisions about promises: PromiseReader, to which pipeline.py hands the document's
blocks in order, decides for each whether it is a list of promises, a sentence of promises, a
heading over one or a paragraph that explains one, and what introduces the next list; it makes
each promise (an ActionFound) with who carries it, its targets and its deadline.

The questions it asks live by topic: lists.py (which lists hold promises, and which items are
none), sentences.py (deeds, aims, several promises in one sentence, quotes), sides.py (who
carries each promise of a list or paragraph) and prose.py (promises told in running text, when
the page has no list of them). A new rule usually goes there; here only when it needs what the
walk knows of the page so far (the lead-in, the heading, the promises read, the blocks around).
"""

import re
from functools import cached_property

from .document import ActionFound
from .focus import focus_areas_in, methods_in
from .lists import (
    ACHIEVE_HEADING,
    ACTING,
    AGREEMENT_LEAD_IN,
    AIMED_AT,
    AREAS_NEXT,
    CHOSEN,
    DO_HEADING,
    FOLLOW_UP_ITEM,
    MEANS_LEAD_IN,
    NAME_AND_TITLE,
    NAMES_AREAS_BELOW,
    NOT_PROMISES,
    PAGE_STAMP,
    PLEDGE_HEADING,
    PROMISE_WORDS,
    PURPOSE,
    SUMMARY_HEADING,
    VERDICT_ITEM,
    WE_DO,
    WILL_DO,
    WISHED,
    commits_in_lead_in,
    describes_state,
    earlier_pledge,
    introduces_no_promises,
    introduces_other_things,
    is_name_list,
    is_promise_list,
    is_section_item,
    items_say_who_acts,
    means_line_next,
    means_next,
    mostly,
    not_a_promise,
    same_mark,
)
from .parties import (
    ACTOR_FIRST,
    BOTH,
    INVERTED,
    PROMISE_START,
    WE_PROMISE,
    lead_in_responsible,
    parse_responsible,
)
from .prose import PLEDGE_AS_PLACE, ProsePromises, told_lines
from .sentences import (
    ABOUT_PLEDGES,
    BARE_DEED,
    CUT_AFTER_SUBJECT,
    DASH,
    DASH_OR_HYPHEN,
    FOCUS_STATEMENT,
    GOAL,
    OPEN_PLEDGE,
    OUR_PROMISE,
    PROMISE_VERB,
    RESULT_ITEM,
    SAID,
    SPEAKER_INTRO,
    SPOKEN,
    STATE,
    aim_then_deeds,
    coordinated_promises,
    is_aim,
    is_deed,
    means_in_next_sentence,
    no_deed,
    pledges_throughout,
    said_in_first_sentence,
    side_pledges,
    states_results,
    tells_situation,
    without_goal_beside_deeds,
    works_toward_goal,
)
from .sides import (
    NOBODY,
    PARTY_LABEL,
    RESPONSIBLE_FIELD,
    another_of_the_same,
    item_default,
    list_default,
    mark_mixed_list,
    named_further_on,
    other_sides_list,
    pledge_givers,
    split_by_side,
)
from .signatories import (
    _capitalised,
    find_signatories,
    signatories_in_columns,
    signatories_in_lines,
)
from .structure import (
    NUMBERED,
    PLEDGE_SAYS,
    Block,
    bullet_items,
    is_bullets,
    is_heading,
    is_numbered_promise,
    is_open_lead_in,
    is_quote,
    next_list,
    promise_is_deed,
    promise_lines,
    section_of,
)
from .targets import parse_deadline, parse_targets

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


class PromiseReader(ProsePromises):
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
            or (section == "introduction" and self.lead_in and pledges_throughout(text))
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
            and (self._last_list[0] or not items_say_who_acts(items))
        ):
            promises, default = self._last_list
        elif self._superseded(items):
            # "Medborgarlöfte 2023–2024" over its list, then "Medborgarlöfte 2025" over the
            # promises: the list of the pledge that came before.
            promises, default = False, None
        elif mostly(items, ("done", "verdict")) and not commits_in_lead_in(self.lead_in):
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
            and not items_say_who_acts(items)
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
            and is_name_list(items)
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
                items_say_who_acts(items)
                and section not in ("other", "followup")
                and not introduces_other_things(intro, self.years)
            )
            if (
                not promises
                and intro
                and CHOSEN.search(intro)
                and not self.seen
                and section not in ("other", "followup", "contact", "effect")
                and not introduces_other_things(intro, self.years)
                and not WISHED.search(intro)
                and mostly(items, ("deed", "giver"))
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
                and not items_say_who_acts(items)
                and mostly(items, ("goal", "noun"))
                # "Detta har kommunen bestämt sig för:" over "• Ny belysning vid torget": a
                # lead-in naming the side that carries the list makes its noun phrases that
                # side's deeds; goals ("• Öka tryggheten") stay aims under any lead-in.
                and (mostly(items, ("goal",)) or not lead_in_responsible(intro, self.givers))
                and self._promise_list_elsewhere(items)
            ):
                # "Inriktning för året" over "• Öka tryggheten", or "• Inbrott • Klotter", on a
                # page with a list introduced as promises: aims or problems, not promises.
                promises = False
            default = promises and list_default(
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
                or said_in_first_sentence(item)
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
                self._add(line, part, self.heading, item_default(part, default, self.givers))
        mark_mixed_list(self.actions[first:])
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
            default = list_default(block.lines[0], self.givers)
            rest = " ".join(line.strip() for line in block.lines[1:])
            first = None
            for clause in coordinated_promises(rest):
                if first and BARE_DEED.match(clause):
                    # ", ha ökad polisiär närvaro …": a deed of the subject the first clause
                    # names, whatever words of one side it has.
                    action = self._add(block.start + 1, clause, self.heading, first)
                    if action is not None:  # not the promise before, when this one is none
                        action.responsible, action.other_party = first[0], first[1]
                        action.responsible_quote = first[2]
                    continue
                first = item_default(clause, default, self.givers)
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
            default = list_default(self.lead_in, self.givers, self.earlier)
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
            if len(items) == 1 and is_aim(items[0][1]) and means_next(after):
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
            and (states_results(block.text) or self._achieved_after_deeds(block.text))
        ):
            # "Det här ska vi åstadkomma tillsammans" over "Vi ska öka förtroendet …" after
            # the promises: what they are to achieve, not something more done.
            return False
        pledging = promise_lines(block, problem_first=not self.listed)
        lines = [
            (line, item)
            for line, item in pledging
            if not no_deed(item) and not FOCUS_STATEMENT.match(item)
        ]
        if pledging and not lines and all(OPEN_PLEDGE.search(item) for _, item in pledging):
            # "Polisen och kommunen lovar att arbeta med" over headed paragraphs: the pledge's
            # promises begin here, though the line itself promises nothing yet.
            self.seen = True
        heading = self.heading
        glued = self._glued_heading(block)
        default = NOBODY
        if not lines and (self.template or self._glued) and glued:
            # "Trafik" written straight above "Polisen genomför minst 20 trafikkontroller …": the
            # group's heading glued to its promise, under a template heading or after another
            # such group read under a lead-in (whose party an item naming none carries).
            heading, rest = glued
            lines = [(rest.start, rest.text)]
            default = self._glued or NOBODY
        if not lines and self.template and is_deed(block.text):
            lines = [(block.start, block.text)]
        if not lines and self.template == "do" and PARTY_LABEL.match(block.text):
            # "Polisen: Ökad ordningsövervakning, …" under "Det här ska vi göra".
            lines = [(block.start, block.text)]
        lines = [
            (line, item)
            for line, item in lines
            if not no_deed(item) and not FOCUS_STATEMENT.match(item)
        ]
        if not lines:
            return False
        one_line = len({line for line, _ in lines}) == 1  # however many sentences it holds
        labelled = PARTY_LABEL.match(block.text)  # an item of the party's, never an aim
        if (
            one_line
            and not labelled
            and (is_aim(block.text) or works_toward_goal(block.text))
            and not means_in_next_sentence(block.text)
            and (
                self._introduces(after, section, True)
                or means_next(after)
                or means_line_next(after)
            )
        ):
            return False  # the pledge's aim, which the list below carries out
        lines = without_goal_beside_deeds(lines)
        for line, item in lines:
            own = item_default(item, default, self.givers)
            if (
                re.match(r"att\s", item)
                and self.actions
                and not (PROMISE_START.match(item[4:]) or WE_PROMISE.match(item[4:]))
            ):
                # "… och att starta …" split from the promise before: that promise's side.
                before = self.actions[-1]
                own = (before.responsible, before.other_party, before.responsible_quote)
            own = another_of_the_same(item, own, self.actions, line)
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
            if not told_lines(earlier):
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
            if no_deed(item) or FOCUS_STATEMENT.match(item) or is_aim(item):
                continue
            self._add(line, item, self.heading, item_default(item, NOBODY, self.givers))

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
        default = item_default(block.text, NOBODY, self.givers)
        action = _new_action(
            block.start, block.text, heading, default, self.default_per, self.default_doubt
        )
        action.under_own_heading = True
        if action.responsible == "ej_angivet":
            named_further_on(action, block.text)
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
        starts = [i for i, sentence in enumerate(sentences) if side_pledges(sentence)]
        if not starts or not starts[0]:
            return None
        for first, end in zip(starts, [*starts[1:], len(sentences)], strict=True):
            told = " ".join(sentences[first:end])
            default = item_default(told, NOBODY, self.givers)
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
        default = item_default("Vi lovar att", NOBODY, self.givers)
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
            _same_sentence(done.text, item) and not other_sides_list(done, default, line)
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
                and not earlier_pledge(text, self.years)
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
                    and not introduces_other_things(intro, self.years)
                ):
                    return True
                if items_say_who_acts(bullet_items(block)):
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
        if len(items) != 1 or len(items[0][1].split()) > 3 or not is_name_list(items):
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
        if len(items) != 1 or len(items[0][1].split()) > 3 or not is_name_list(items):
            return False
        block = self._block_at(items[0][0])
        index = self.blocks.index(block) if block is not None else -1
        following = self.blocks[index + 1] if 0 <= index < len(self.blocks) - 1 else None
        if following is None or not is_bullets(following):
            return False
        # "• Trygghetsvandring" over "• Medborgardialog", each a paragraph of its own with the
        # same mark: a list spaced out with blank lines, not a heading over a group of one.
        return not (len(bullet_items(following)) == 1 and same_mark(block, following))

    def _names_problems(self, before, items):
        """Whether a list of bare names comes right after a paragraph (with no ':') that speaks
        of problems, the situation or what residents said, and promises nothing."""
        return (
            is_name_list(items)
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
