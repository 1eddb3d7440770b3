"""The document's structure: paragraphs (blocks), headings, lists and the sentence that
introduces a list, section names."""

import re
from dataclasses import dataclass

from ..text import squeeze
from .parties import (
    COMMIT_PROMISED,
    COMMIT_REFLEXIVE,
    COMMIT_SHALL,
    COMMIT_VERB,
    COMMIT_WILL,
    GIVER,
    GIVER_OR_WE,
    INVERTED,
    MUNICIPALITY,
    POLICE,
    PROMISE_START,
    UNNAMED_SUBJECT,
    WE_PROMISE,
)
from .signing import parse_place_and_date


@dataclass
class Block:
    """Consecutive non-blank lines of the cleaned text; `start` is the first line's number."""

    start: int
    lines: list

    @property
    def text(self):
        return squeeze(" ".join(line.strip() for line in self.lines))

    @property
    def end(self):
        return self.start + len(self.lines) - 1


# "1: Utveckla …" numbers an item with a colon as well; a character the page lost right after
# the number is copied as "?" ("1:? Utveckla", "2: ?Öka"). An ellipsis before a word in lower
# case ("... att arbeta för …") marks an item that completes the line introducing it.
BULLET = re.compile(
    r"^\s*(?:(?:[•·▪◦‣●*\-–]|\d{1,2}[.)])\s+|\d{1,2}:\s*\??\s*(?=[A-ZÅÄÖ])|"
    r"(?:\.{3}|…)\s*(?=[a-zåäö]))(.*)$"
)
NUMBERED = re.compile(r"^\s*\d{1,2}[.):]")


# Sections ----------------------------------------------------------------------------------

SECTION_WORDS = [
    # "Så gick det med förra årets löfte", "Resultat 2024": how the earlier pledge went.
    (
        "followup",
        r"^(?:uppföljning|följ med|återkoppling|utvärdering|redovisning)|"
        r"^så\s+(?:här\s+)?gick\s+det\b|^resultat(?:en)?\s+(?:av\s+|för\s+)?\S*\d{4}",
    ),
    ("situation", r"^(?:bakgrund|lägesbild|situationen|nuläge|problembild|orsaker)"),
    (
        "effect",
        r"^(?:effekt(?:er)?\b|förväntade? effekt|mål\b|målet\b|målsättning|önskade? effekt)|"
        r"\b(?:vill|ska) vi uppnå\b",
    ),
    ("introduction", r"^(?:inledning|syfte|om medborgarlöft)"),
    ("contact", r"^(?:kontakt|frågor)"),
    # "Tidigare medborgarlöfte", "Förra årets löften": an earlier pledge, not this one's.
    ("other", r"^(?:tidigare|förra|föregående)\s+(?:års?\s+|årets\s+|periodens\s+)?\w*löfte"),
    (
        "actions",
        r"löfte|åtgärd|aktivitet|insatser|det här vill vi|detta ska vi|vi lovar|så här gör vi",
    ),
]


def section_of(heading):
    words = heading.lower().strip().rstrip(":").strip()
    for section, pattern in SECTION_WORDS:
        if re.search(pattern, words):
            return section
    return ""


def is_heading(block):
    """A short line of its own without a full stop: 'Bakgrund', 'Samverkan', 'Effekt'."""
    if len(block.lines) != 1 or BULLET.match(block.lines[0]):
        return False
    text = block.text
    return (
        0 < len(text) <= 90
        and len(text.split()) <= 10
        and text[0].isupper()
        and not text.endswith((".", ",", ";", "!", "?"))
        # "I löftet står: ”Polisen ska …”": a full stop inside the closing quotation mark.
        and not re.search(r"[.,;!?][”\"»’]$", text)
        and parse_place_and_date(text) is None
    )


def is_bullets(block):
    return bool(BULLET.match(block.lines[0]))


def bullet_items(block):
    """[(line number, text)] of a bulleted block; a line without a bullet continues the item."""
    items = []
    numbered = NUMBERED.match(block.lines[0])
    for index, line in enumerate(block.lines):
        m = BULLET.match(line)
        if m and not (numbered and items and not NUMBERED.match(line)):
            items.append([block.start + index, m[1].strip()])
        elif items:
            # "1: Öka synligheten …" over "– Upplevs det en oro …": in a numbered list a line
            # with a dash comments on the numbered item above it.
            items[-1][1] += " " + line.strip()
    return [(line, squeeze(text)) for line, text in items]


def bullet_heads(block):
    """{line number: the item's own first line}: what an item says before the lines that
    explain it ("• Föreläsa om droger" over "  Syftet är att …")."""
    numbered = NUMBERED.match(block.lines[0])
    return {
        block.start + index: squeeze(m[1])
        for index, line in enumerate(block.lines)
        if (m := BULLET.match(line)) and (not numbered or NUMBERED.match(line))
    }


def is_quote(block, above=None):
    """Whether a paragraph is what someone says: set with a dash or a quotation mark and naming
    its speaker, or the paragraph after a quote that hands on the word to its speaker again
    (`above`: "– Vi har sett …, säger X, och fortsätter:")."""
    if above is not None and continues_quote(above):
        return not is_bullets(block)
    return bool(re.match(r"^[—–\-\"”»]", block.text)) and bool(
        re.search(r"\b(?:säger|berättar|menar|konstaterar)\b", block.text)
    )


# "…, säger X, och fortsätter:", "…, säger hon. Hon fortsätter:", "Han tillägger:": the speaker
# goes on in the paragraph below.
GOES_ON = re.compile(
    r"\b(?:fortsätter|tillägger|fyller\s+på|avslutar)(?:\s+(?:hen|han|hon|de))?\s*:$", re.IGNORECASE
)
SPEECH = re.compile(
    r"\b(?:säger|sade|sa|berättar|menar|konstaterar|förklarar|betonar)\b|^[—–\-\"”»]",
    re.IGNORECASE,
)


def continues_quote(block):
    """Whether a paragraph that quotes someone ends by handing them the word again: what
    follows is more of the same quote."""
    text = block.text.strip()
    return bool(GOES_ON.search(text) and SPEECH.search(text))


# The whole document -------------------------------------------------------------------------


def blocks_of(text):
    """The paragraphs of the text; a line that introduces a list ("Polisen lovar att:") is a
    paragraph of its own even without a blank line before the list."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if current and (
            (BULLET.match(line) and not BULLET.match(current[0])) or _leaves_list(current, line)
        ):
            blocks.append(Block(start, current))
            start = number
            current = []
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(Block(start, current))
            current = []
    if current:
        blocks.append(Block(start, current))
    parts = [
        part
        for block in blocks
        for inner in _split_lead_ins(block)
        for part in _split_promise_heading(inner)
    ]
    for block, following in zip(parts, parts[1:], strict=False):
        _colon_for_semicolon(block, following)
    return _bullets_as_headings(parts)


def _is_bullet_heading(block, following):
    """ "• Synlighet" alone, right above a paragraph of sentences: a bullet set as a heading."""
    if following is None or len(block.lines) != 1 or not is_bullets(block):
        return False
    name = BULLET.match(block.lines[0])[1].strip()
    return (
        0 < len(name.split()) <= 4
        and name[:1].isupper()
        and not name.endswith((".", ",", ";", "!", "?", ":"))
        and not is_bullets(following)
        and len(following.text.split()) > 6
        and following.text.endswith((".", "!"))
    )


def _bullets_as_headings(parts):
    """Bullets set as headings ("• Trafik" over its paragraph, "• Trygghet" over the next) are
    the headings of the paragraphs under them, when the page does so at least twice."""
    pairs = [
        index
        for index, block in enumerate(parts)
        if _is_bullet_heading(block, parts[index + 1] if index + 1 < len(parts) else None)
    ]
    if len(pairs) < 2:
        return parts
    for index in pairs:
        block = parts[index]
        parts[index] = Block(block.start, [BULLET.match(block.lines[0])[1].strip()])
    return parts


# A lead-in's last mark typed as ';', '..' or '…' for ':'.
_LEAD_IN_END = re.compile(r"\s*(?:;|\.\.+|…)$")


def _colon_for_semicolon(block, following):
    """ "Syftet med medborgarlöften är att;" or "Polisen lovar att.." right above a list: a
    lead-in typed with ';', '..' or '…' for ':', read as the sentence that introduces the list."""
    if (
        is_bullets(following)
        and not is_bullets(block)
        and _LEAD_IN_END.search(block.lines[-1].rstrip())
    ):
        block.lines[-1] = _LEAD_IN_END.sub("", block.lines[-1].rstrip()) + ":"


def _indent(line):
    return len(line) - len(line.lstrip())


def _leaves_list(current, line):
    """Whether a line ends the indented list above it: it stands further left than the bullets
    and starts a sentence of its own ("Resultatet följs upp …" right under the last item),
    where a line that continues an item is indented like it or more."""
    if not BULLET.match(current[0]) or BULLET.match(line) or not line.strip():
        return False
    return _indent(line) < _indent(current[0]) and line.strip()[0].isupper()


# "Medborgarlöftet omfattar följande insatser." between two lists with no blank line: the
# sentence that introduces the second list, not the end of the first list's last item.
LEAD_IN_LINE = re.compile(r":\s*$|\bföljande\b", re.IGNORECASE)


def _split_lead_ins(block):
    """A bulleted paragraph split before and after a line, standing no further right than the
    bullets, that introduces the bullets after it."""
    lines = block.lines
    if not BULLET.match(lines[0]):
        return [block]
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if (
            not BULLET.match(line)
            and _indent(line) <= _indent(lines[0])
            and LEAD_IN_LINE.search(line)
            and BULLET.match(lines[index + 1])
        ):
            rest = Block(block.start + index + 1, lines[index + 1 :])
            return [
                Block(block.start, lines[:index]),
                Block(block.start + index, [line]),
                *_split_lead_ins(rest),
            ]
    return [block]


# "Löfte 1", "Löfte nr 2", "Aktivitet 3:": a numbered heading over one promise's paragraph.
NUMBERED_PROMISE = re.compile(
    r"^(?:medborgar)?(?:löfte|åtgärd|aktivitet|insats)\s+(?:nr\.?\s*|nummer\s+)?\d{1,2}\s*:?$",
    re.IGNORECASE,
)


def is_numbered_promise(text):
    return bool(NUMBERED_PROMISE.match(text.strip()))


def _split_promise_heading(block):
    """'Våra löften' written straight above its promises, with no blank line between, as the
    heading and the promises: two paragraphs. A numbered heading ('Löfte 2') glued to its
    paragraph is split whatever the paragraph's first words."""
    if len(block.lines) < 2:
        return [block]
    heading, rest = Block(block.start, block.lines[:1]), Block(block.start + 1, block.lines[1:])
    if is_numbered_promise(heading.text):
        return [heading, rest]
    if is_heading(heading) and section_of(heading.text) == "actions" and promise_lines(rest):
        return [heading, rest]
    return [block]


# "Kommunen ska" / "Polisen lovar att" on a line of its own with the list right below: a
# sentence cut off at its verb or at "att", which each item of the list finishes.
OPEN_LEAD_IN = re.compile(
    r"\b(?:ska|skall|lovar|att|kommer|vill|genom|bland annat|följande)$|"
    # "Polisen kommer att genomföra" over "• Insatser mot …": left open after its verb; the
    # subject may be a name of two words ("Lokalpolisområde Karlstad kommer att genomföra").
    r"^\w+(?:\s+och\s+\w+|\s+[A-ZÅÄÖ]\w+)?\s+(?:ska|skall|kommer\s+att|lovar\s+att)\s+"
    r"[a-zåäö]{4,}$",
    re.IGNORECASE,
)


# "För kommunens del innebär löftet", "Från polisens sida gäller detta": a clause with a finite
# verb of being, meaning or committing, which a heading (a noun phrase: "Trygghet i centrum",
# "Åtgärder polisen") has not.
LEAD_IN_VERB = re.compile(
    r"\b(?:är|blir|innebär|betyder|gäller|omfattar|består|innehåller|handlar|ska|skall|kommer|"
    r"lovar|åtar|förbinder)\b",
    re.IGNORECASE,
)


def is_open_lead_in(block, following):
    """Whether a paragraph is a short sentence left open at its verb that the bulleted list
    after it finishes: it introduces the list as a sentence ending with ':' would. By position:
    one line with no closing mark, right above the bullets, that is a clause (a finite verb)
    rather than a heading, is the list's lead-in, whatever its words."""
    text = block.text.strip()
    if not (
        following is not None
        and is_bullets(following)
        and not is_bullets(block)
        and len(block.lines) <= 3
        and not text.endswith((".", ":", "!", "?"))
    ):
        return False
    if len(block.lines) == 1 and len(text.split()) <= 12 and OPEN_LEAD_IN.search(text):
        return True
    # "Löftet bygger på dialoger med invånare. För kommunens del innebär det" over the list:
    # the sentence that closes the paragraph with no mark is the lead-in.
    text = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text)[-1]
    if len(text.split()) > 12:
        return False
    # "Det här ska vi göra", "Så här gör vi": the template headings stay headings.
    return (
        bool(LEAD_IN_VERB.search(text))
        and section_of(text) in ("", "actions")
        and not TEMPLATE_HEADING.search(text)
        and len(text.split()) >= 3
    )


TEMPLATE_HEADING = re.compile(
    r"\b(?:ska|skall|vill)\s+vi\b|\bvi\s+(?:ska|skall|vill|lovar)\b|\bgör\s+vi\b", re.IGNORECASE
)


def next_list(after):
    """(introducing sentence or "", the list's block) of a list that comes next, directly or
    after its introducing sentence ("… att:"), with at most one more paragraph between and no
    heading; None when no list comes next."""
    after = list(after)
    for index, block in enumerate(after[:3]):
        if is_bullets(block):
            return "", block
        if block.text.endswith(":"):
            following = after[index + 1] if index + 1 < len(after) else None
            return block.text, (following if following and is_bullets(following) else None)
        if is_heading(block) or promise_lines(block):
            return None
    return None


GENERIC_TITLE = re.compile(r"^([A-ZÅÄÖ][\w\- ]+?)\s*[–—-]\s*medborgarlöften?$", re.IGNORECASE)


def promise_lines(block, problem_first=False):
    """[(line number, text)] of a paragraph of promises written as sentences, one a line:
    'Polisen lovar att …' / 'Kommunen ska i samverkan med Kalmarhem …'. A line that starts
    no promise continues the one before; a paragraph that starts with none gives []."""
    items = []
    lines = block.lines
    if (
        len(lines) > 1
        and len(lines[0].split()) <= 5
        and not PROMISE_START.match(squeeze(lines[0]))
        and PROMISE_START.match(squeeze(lines[1]))
    ):
        # "Mer tillgänglig polis." written straight above "Polisen lovar att …": a heading
        # glued to its promise, not the start of a sentence.
        return promise_lines(Block(block.start + 1, lines[1:]))
    if problem_first and len(lines) == 1 and not _starts_promise(squeeze(lines[0])):
        # "Narkotika bland unga är ett problem. Polisen kommer därför att …": in a text that
        # lists no promises, a news item's paragraph that tells the problem first and then
        # what someone will do about it; sentences before it that say what shall be done
        # ("I löftet framgår att polisen ska …") are read as they are.
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", squeeze(lines[0]))
        later = next(
            (i for i, sentence in enumerate(sentences) if i and _starts_promise(sentence)), None
        )
        if later is not None and not any(
            WILL_WORDS.search(sentence) for sentence in sentences[:later]
        ):
            rest = " ".join(sentences[later:])
            return [
                (block.start, clause)
                for part in _promise_sentences(rest)
                for clause in att_clauses(part)
            ]
    for index, raw in enumerate(block.lines):
        line = squeeze(raw)
        # "I syfte att minska brotten ska kommun och polis …": the subject after the verb.
        if _starts_promise(line):
            items.append([block.start + index, line])
        elif items:
            items[-1][1] += " " + line
        else:
            return []
    return [
        (line, clause)
        for line, text in items
        for part in _promise_sentences(text)
        for clause in att_clauses(part)
    ]


# "Klotter ska tas bort av kommunen inom ett dygn": a passive whose agent is one side, or
# both, says who will do it as a subject would; the pledge itself as the subject ("Löftet ska
# följas upp av …") is no deed.
PASSIVE_BY_SIDE = re.compile(
    r"^(?!(?:\w+\s+){0,2}\w*(?:löfte|uppföljning|arbetet)\w*\b)(?-i:[A-ZÅÄÖ])[^.:;]{2,80}?\s"
    r"(?:ska|skall|kommer\s+att)\s+(?:[a-zåäö]+\s+){0,3}?[a-zåäö]+s"
    r"(?:\s+(?:bort|upp|över|fram|in|ut|om))?\s+av\s+"
    rf"(?:{POLICE}|{MUNICIPALITY})(?:\s+(?:och|samt)\s+(?:{POLICE}|{MUNICIPALITY}))?\b",
    re.IGNORECASE,
)
WILL_WORDS = re.compile(r"\b(?:ska|skall|kommer|lovar|åtar|lovade)\b", re.IGNORECASE)


def _starts_promise(line):
    # "I år kommer vi att …", "Under året ska man …", "Varje år ska två vandringar
    # genomföras": a clause whose subject names no side (see UNNAMED_SUBJECT).
    return bool(
        PROMISE_START.match(line)
        or INVERTED.match(line)
        or WE_PROMISE.match(line)
        or UNNAMED_SUBJECT.match(line)
        or PASSIVE_BY_SIDE.match(line)
        or JOINT_INFINITIVE.match(line)
        or PROMISE_START.match(PLEDGE_SAYS.sub("", line))
        or INVERTED.match(PLEDGE_SAYS.sub("", line))
        or promise_is_deed(line)
        or UNNAMED_SUBJECT.match(PLACE_FIRST.sub("I området ", line))
    )


# "I Exempelby kommun kommer det under året att finnas …": the municipality named as the place
# in a phrase set before the verb is no subject, though its name stands right before "kommer".
PLACE_FIRST = re.compile(
    r"^I\s+(?:(?-i:[A-ZÅÄÖ])\w+s?\s+kommun|kommunen|(?-i:[A-ZÅÄÖ])\w+s?\s+stad)\s+"
    rf"(?=(?:{COMMIT_SHALL}|{COMMIT_WILL})\s+det\b)",
    re.IGNORECASE,
)


# "I stort innebär medborgarlöftena att polisen ska …": a sentence that tells what the pledge
# holds, the promise after "att".
# "Nytt för i år är att polisen ska …", "En av åtgärderna är att kommunen ska …": a clause "X
# är att …" whose X names what is new or one of the deeds tells the promise after "att". An X
# that is an aim, a purpose, a thought, a hope, a wish, a task or a value ("Målet är att …",
# "Tanken är att …", "Syftet med löftet är att …", "Medborgarnas önskemål är att …", "Det
# viktiga är att …") tells what is wished, not what is done.
_AIM_HEAD = (
    r"\S*(?:mål|syfte|tank|ambition|avsikt|hopp|önsk|vision|uppdrag|inriktning|utgångspunkt|"
    r"idé|strävan|förväntan|förväntning|mening|poäng|viktig|förutsättning|fokus|intention|"
    r"förslag|dröm|vilja|effekt|resultat|behov)"
)
PLEDGE_SAYS = re.compile(
    r"^(?:i\s+stort|i\s+korthet|kort\s+sagt|sammanfattningsvis)\s+innebär\s+"
    r"(?:medborgarlöfte\w*|löfte\w*)\s+att\s+(?=\S)|"
    r"^(?:(?!" + _AIM_HEAD + r")(?!(?:att|som|inte)\b)[^\s.;:!?–—\-][^\s.;:!?]*\s+){1,8}?"
    r"(?:är|blir)\s+(?:(?:också|även)\s+)?att\s+"
    rf"(?=(?:{POLICE}|{MUNICIPALITY}|vi)\b)",
    re.IGNORECASE,
)


# "I samverkan genomföra åtgärder vid otrygga platser …", "I samverkan mellan polis och kommun
# fortsätta arbetet …": a paragraph that opens like a list item, working together and a verb in
# the infinitive, is a promise of those who give the pledge.
JOINT_INFINITIVE = re.compile(
    r"^I samverkan(?:\s+mellan\s+[^,.:]{3,60}?)?\s+(?!att\b)[a-zåäö]{3,}a\b"
)


# "Att sätta upp belysning är ett annat löfte.": a sentence that calls itself a promise.
ANOTHER_PROMISE = re.compile(
    r"^Att\s[^.]*\bär\s+(?:ett\s+)?(?:annat|ytterligare\s+ett|ett\s+till|också\s+ett)\s+löfte\b"
)


# "Ett annat löfte är att göra minst 20 kontroller", "Några av polisens löften är att fortsätta
# …", "Årets nya medborgarlöften blir att satsa på …": a clause whose subject is the promise
# itself (the head noun "löfte", with only a determiner, an adjective, a genitive or "några
# av" before it and a year or "till X" after it), linked by "är"/"blir" to an infinitive: the
# infinitive is the deed promised. Not a noun that heads the subject with the promise after a
# preposition ("Syftet med löftet är att …", "Tanken bakom löftena är att …"), nor an "att"
# followed by a subject ("Löftet är att polisen ska …", read by PLEDGE_SAYS).
_DEGREE = r"(?:öka|minska|förbättra|stärka|höja|sänka|motverka|förhindra)\b"
_PROMISE_PREFIX = (
    r"(?:(?!"
    + _AIM_HEAD
    + r")(?!(?:med|bakom|för|i|om|till|från|inom|kring)\b)[^\s.;:!?]+\s+){0,3}?"
)
PROMISE_IS_DEED = re.compile(
    r"^(?:(?:några|en|ett|två|tre|flera|ytterligare)\s+av\s+)?"
    + _PROMISE_PREFIX
    # "En annan del av medborgarlöftet är att …": a part of the promise, the promise itself.
    + r"(?:(?:del|delar)\s+av\s+(?:det\s+|årets\s+|vårt\s+)?)?"
    + r"(?:medborgar)?löfte(?:t|n|na)?\b"
    r"(?:\s+(?!(?:att|är|blir|var|som)\b)[^\s.;:!?]+){0,4}?"
    r"\s+(?:är|blir)\s+(?:(?:också|även)\s+)?att\s+(?P<deed>)"
    # "Löftet är att betrakta som …": "är att" + an infinitive + "som", what it is to be taken as.
    # "Det tredje löftet är att öka tryggheten …": an infinitive of change in degree names what
    # the work is to achieve, an aim whose means follow, not a deed.
    r"(?!" + _DEGREE + r")"
    r"(?!(?:vi|man|det|de|du|ni)\b)(?![a-zåäö]+\s+som\b)(?:[a-zåäö]{2,}as?|ge|se|gå|stå|ha|nå|få)\b",
    re.IGNORECASE,
)
# "Att arrangera en trygghetsvandring är också ett av medborgarlöftena.": the infinitive as
# the subject, said to be one of the promises.
ONE_OF_THE_PROMISES = re.compile(
    r"^Att\s+[a-zåäö]{2,}[^.!?]*\bär\s+(?:(?:också|även)\s+)?ett\s+av\s+"
    r"(?:\w+\s+)?(?:medborgar)?löften(?:a)?\b"
)


def promise_is_deed(sentence):
    """Whether a sentence names one of the promises and says it is a deed in the infinitive
    ("Ett annat löfte är att göra …", "Att arrangera … är ett av medborgarlöftena")."""
    return bool(PROMISE_IS_DEED.match(sentence) or ONE_OF_THE_PROMISES.match(sentence))


# "Några av polisens löften är att …", "Kommunens löfte är att …": the side that owns the
# promise, named in the genitive before it.
_PROMISE_OWNER = re.compile(
    r"\b(?P<side>polisens|kommunens|[A-ZÅÄÖ]\w+ kommuns)\s+(?:nya\s+)?(?:medborgar)?löfte",
    re.IGNORECASE,
)


def promise_owner(sentence):
    """'polisen' or 'kommunen' when a promise-is-deed sentence names its owner, else ''."""
    owner = _PROMISE_OWNER.search(sentence)
    if not owner or not PROMISE_IS_DEED.match(sentence):
        return ""
    return "polisen" if "polis" in owner["side"].lower() else "kommunen"


# "… kommer polisen göra trygghetsvandringar samt kommer uniformerad polis göra insatser …":
# a clause joined with "samt" that has a verb and a subject of its own.
# "Befolkade gator skapar trygghet, därför lovar kommunen att …": after a comma, a sentence
# adverb and the verb before its subject open a main clause of its own.
JOINED_INVERTED = re.compile(
    rf"\s+samt\s+(?=(?:{COMMIT_SHALL}|{COMMIT_WILL})\s+(?:{GIVER}|[a-zåäö]+\s+polis)\b)|"
    r",\s+(?=(?:därför|dessutom|samtidigt|därtill|därutöver|också|även)\s+"
    rf"(?:{COMMIT_VERB})\s+{GIVER}\b)",
    re.IGNORECASE,
)


# "Polis och kommun lovar att tillsammans arbeta för …", "ska gemensamt arbeta mot en ökad
# trygghet", "ska … jobba aktivt och i samverkan för att …": working towards an aim.
# "… kommer polisen och kommunen att särskilt fokusera på att öka tryggheten", "Därför lovar vi
# att prioritera arbetet mot …": where the work is aimed. What is prioritised otherwise is a
# deed ("Vi ska prioritera närvaro i X", "… prioritera utredningar …"), as "genomföra" is.
# "Polisen ska arbeta med riktade insatser mot langning": "arbeta med" an activity is that
# activity, a deed; "mot" belongs to the activity. A partner after "med" ("arbeta tillsammans
# med skolan för …") leaves the aim.
AIM = re.compile(
    r"\b(?:(?:arbeta|jobba|verka)"
    r"(?:\s+(?:(?:tillsammans|samverkan|samarbete)\s+med|(?!med\b)[\wåäö]+)){0,4}?"
    r"\s+(?:för|mot)|"
    r"(?:fokusera|fokus|focus)\s+(?:på|mot)|"
    r"prioritera\s+(?:det\s+)?(?:[\wåäö\-]+\s+){0,2}?arbetet)\b",
    re.IGNORECASE,
)


# "Polisen lovar att informera om grannsamverkan och att starta grannsamverkan i två nya
# områden": after a giver's "lovar att" (or "åtar sig att", "förbinder sig att", "ser till
# att"), "och att" or "samt att" before a verb opens one more promise of the same giver; before
# a subject of its own ("… och att kommunen ska …") one of that subject.
_COMMITTED_ATT = re.compile(
    rf"\b(?:{COMMIT_PROMISED}|(?:{COMMIT_REFLEXIVE})\s+sig|ser(?:\s+\w+){{0,2}}?\s+till)"
    r"(?:\s+(?!att\b)\w+){0,3}?\s+att\s",
    re.IGNORECASE,
)
_AND_ATT = re.compile(
    r",?\s+(?:och|samt)\s+(?=att\s+(?:(?!arbeta\s+för\b)[a-zåäö]{2,}a\b|"
    rf"{GIVER_OR_WE}\s+(?:{COMMIT_SHALL}|{COMMIT_WILL})\b))",
    re.IGNORECASE,
)


def att_clauses(sentence):
    """A promising sentence split where "och att" opens one more promise (see _AND_ATT); the
    later parts begin with "att"."""
    first = _COMMITTED_ATT.search(sentence)
    deed = PROMISE_IS_DEED.match(sentence)
    if not first and not deed:
        return [sentence]
    end = first.end() if first else deed.start("deed")
    head, rest = sentence[:end], sentence[end:]
    parts = _AND_ATT.split(rest) if first else _deeds_apart(rest)
    if len(parts) < 2 or AIM.search(head + parts[0]):
        # "… lovar att verka för fler trygga vuxna … och att åtgärda …": what goes on from
        # an aim is told with it.
        return [sentence]
    return [head + parts[0], *parts[1:]]


def _deeds_apart(rest):
    """The deeds after "Löftet är att …" split at "och att"; an "att" clause of change in
    degree ("… samt att minska Y") tells what the deed is to achieve and stays with it."""
    parts, start = [], 0
    for m in _AND_ATT.finditer(rest):
        if re.match(r"att\s+" + _DEGREE, rest[m.end() :], re.IGNORECASE):
            continue
        parts.append(rest[start : m.start()])
        start = m.end()
    return [*parts, rest[start:]]


def _promise_sentences(text):
    """A line of promises split where a sentence starts a promise of its own ("Under 2022
    kommer polisen att … Vi kommer även att …"); other sentences explain the one before."""
    parts = []
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text)
    sentences = [part for sentence in sentences for part in JOINED_INVERTED.split(sentence)]
    for sentence in sentences:
        if parts and not (
            PROMISE_START.match(sentence)
            or INVERTED.match(sentence)
            or WE_PROMISE.match(sentence)
            or UNNAMED_SUBJECT.match(sentence)
            or PROMISE_START.match(PLEDGE_SAYS.sub("", sentence))
            or ANOTHER_PROMISE.search(sentence)
            or promise_is_deed(sentence)
            or re.match(r"(?:ska|skall|kommer)\s", sentence)
        ):
            parts[-1] += " " + sentence
        else:
            parts.append(sentence)
    return parts
