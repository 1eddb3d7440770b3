"""Countable targets and deadlines in one promise.

A target is a count the promise commits to, the thing counted, how often and where:
"minst fyra trygghetsvandringar per år", "Varje år kommer minst en tillsyn", "vid minst sex
tillfällen per år", "två gånger per termin i varje stadsdel". The count may stand before the
thing counted or the time word before the count; two counts in one promise are two targets. A
count with no time word counts per year in a one-year pledge and for the whole period otherwise.
"""

import re

from .document import Found, Target
from .words import MONTH, MONTHS, NUMBERS

NUMBER = r"(?:\d{1,4}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# Words that end a target's unit: "minst 6 informationsträffar om bedrägerier för äldre".
UNIT_END = (
    r"(?:vid|i|mot|om|för|på|med|till|av|inom|hos|kring|under|per|varje|och|där|som|samt|att|"
    r"ska|skall|kommer|eller|genom|från|efter|inför)"
)
PER_WORDS = [
    ("dag", r"per dag|varje dag|om dagen|per dygn|varje dygn|dagligen"),
    ("vecka", r"per vecka|varje vecka|i veckan|om veckan|/vecka"),
    ("manad", r"per månad|varje månad|i månaden|om månaden|/månad"),
    ("termin", r"per termin|varje termin|i terminen|/termin"),
    (
        "ar",
        r"per år|varje år|om året|på år|på ett år|per kalenderår|under året|årligen|/år|"
        r"i året|per läsår",
    ),
    ("period", r"under perioden|per period|under löftesperioden|under löftets löptid"),
]
PER = re.compile("|".join(f"(?P<{name}>{words})" for name, words in PER_WORDS), re.IGNORECASE)
# "minst 2 trygghetsvandringar", "vid minst sex tillfällen", "fyra gånger": a count and the
# thing counted (one to three words, up to a preposition).
# "minst 10 stycken trafikkontroller", "3 st. kontroller": the counting word is no part of the
# unit.
COUNTING_WORD = r"(?:(?:stycken|st\.?)\s+)?"
COUNT = re.compile(
    rf"(?<![\d\-,.])\b(?P<lead>minst|åtminstone|totalt|sammanlagt|cirka|ca|drygt|upp till)?\s*"
    rf"\b(?P<count>{NUMBER})\s+{COUNTING_WORD}(?P<unit>(?:(?!{UNIT_END}\b)[a-zåäöé\-/]+\s+){{0,2}}"
    rf"(?!{UNIT_END}\b)[a-zåäöé\-]+)",
    re.IGNORECASE,
)
# Words after a number that are no countable thing of a promise.
NOT_UNITS = re.compile(
    r"^(?:procent|år|åren|års|årskurs|kr|kronor|personer som|av\b|till\b|"
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"delar|olika|gång om|st\b|par\b)",
    re.IGNORECASE,
)
SCOPE = re.compile(
    r"\b(?:per|i varje|på varje|vid varje|för varje|i alla|på alla)\s+"
    r"(?!år\b|vecka\b|månad\b|termin\b|dag\b|dygn\b|period\b)[a-zåäö]+",
    re.IGNORECASE,
)
FULL_MONTH = "|".join(
    name for name in MONTHS if len(name) > 4 or name in ("maj", "mars", "juni", "juli")
)
DEADLINE = re.compile(
    rf"\binom\s+{NUMBER}\s+(?:timmar|timme|dagar|dag|dygn|veckor|vecka|månader|månad)\b|"
    rf"\bsenast\s+(?:den\s+)?(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{4}})?|"
    r"\bunder (?:det )?(?:första|andra) (?:halvåret|kvartalet|tertialet)(?: \d{4})?|"
    r"\bföre (?:sommaren|årsskiftet|jul|hösten|våren)(?: \d{4})?|"
    # "genomför i januari …": a month named for when the promise is done (full names only:
    # "jul" is Christmas and "mar" no month in running text).
    rf"(?<!\d )\b(?P<month>i\s+(?:{FULL_MONTH})(?:\s+\d{{4}})?)\b",
    re.IGNORECASE,
)
# A sentence about evaluating or following up the pledge: a month named in it is when the
# follow-up is done, not when the promise is.
FOLLOW_UP = re.compile(
    r"\butvärder\w*|\buppfölj\w*|\bfölj\w*\s+(?:\w+\s+){0,2}?upp\b|\bredovis\w*",
    re.IGNORECASE,
)
# "fyra gånger per år sammankalla till en nätverksträff": the times are counted as meetings.
TIMES_OF = re.compile(r"^\s+(?:\w+\s+){0,4}?(?:en|ett)\s+([a-zåäö]{4,})", re.IGNORECASE)


# "Genomföra en trygghetsvandring": after a verb of holding an event, "en" is a count of one
# event (a walk, a meeting, a check), not an article.
CONDUCT = re.compile(
    r"\b(?:genomföra|genomför|genomförs|anordna|anordnar|arrangera|arrangerar|hålla|håller|"
    r"bjuda in till|bjuder in till)\s+$",
    re.IGNORECASE,
)
EVENT = re.compile(
    r"(?:vandring|möte|träff|kontroll|insats|dag|kväll|utbildning|dialog|kampanj|tillsyn|"
    r"besök|aktivitet|föreläsning|konferens|workshop)$",
    re.IGNORECASE,
)


def _count(word):
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _plural_unit(unit):
    return unit.lower().strip("/ ")


def parse_targets(text, default_per="ar"):
    """The targets of one promise, in text order: [Target]. `default_per` is the span of a
    count with no time word ("ar" in a one-year pledge, else "period")."""
    targets = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        pers = list(PER.finditer(sentence))
        for m in COUNT.finditer(sentence):
            unit = _plural_unit(m["unit"])
            before = sentence[: m.start("count")]
            if NOT_UNITS.match(unit) or re.search(
                # "efter sex månader" is a point in time, not a count promised.
                r"\b(?:inom|kl\.?|klockan|år|årskurs|i|på|av|för|om|till|från|mellan|efter)\s*$",
                before,
                re.I,
            ):
                continue
            per_match = next((p for p in pers if 0 <= p.start() - m.end() <= 60), None) or next(
                (p for p in pers if p.end() <= m.start() and m.start() - p.end() <= 40), None
            )
            conducts = m["count"].lower() in ("en", "ett") and CONDUCT.search(before)
            if (m["count"].isdigit() or m["count"].lower() in ("en", "ett")) and not (
                m["lead"] or per_match or (conducts and EVENT.search(unit.split()[0]))
            ):
                # "en" and "ett" are articles, and a bare figure is often a road, a time or an
                # address, unless "minst" or a time word makes it a count.
                continue
            after = sentence[m.end() :]
            if unit.split()[0] in ("gång", "gånger"):
                unit = "gånger"
                times_of = TIMES_OF.match(after[per_match.end() - m.end() :]) if per_match else None
                if times_of:
                    unit = times_of[1].lower()
            per = per_match.lastgroup if per_match else default_per
            scope_match = SCOPE.search(after[:80])
            scope = scope_match[0].lower() if scope_match else ""
            count = _count(m["count"])
            if any(t.count == count and t.unit == unit for t in targets):
                continue
            end = per_match.end() if per_match and per_match.start() > m.start() else m.end()
            quote = sentence[m.start() : end].strip()
            targets.append(Target(count, unit, per, scope, quote=quote))
    return targets


def parse_target(text):
    """(count, unit, per, quote) of the first target, or None: the single target the current
    pledge model holds."""
    targets = parse_targets(text)
    if not targets:
        return None
    first = targets[0]
    return first.count, first.unit, first.per, first.quote


def parse_deadline(text, line=0):
    """A time limit the promise states: 'inom 24 timmar', 'inom en vecka', 'under det första
    halvåret 2017'."""
    first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip(), maxsplit=1)[0]
    for m in DEADLINE.finditer(text.strip()):
        if m["month"] and (m.start() >= len(first_sentence) or FOLLOW_UP.search(first_sentence)):
            # A month is a deadline only when the promise's own verb is done in it: in the
            # promise's own sentence, and not in one about evaluating it.
            continue
        return Found(m[0], line, m[0])
    return None
