"""Who carries each promise of a list or a paragraph: the police, the municipality, both, or
another organisation.

A sentence's own subject is read by parties.py (`parse_responsible`, `lead_in_responsible`);
here is what the reader makes of it for a list and its items: who gives the pledge
(`pledge_givers`, for "vi"), the carrier a lead-in or heading gives its items (`list_default`),
an item's own owner or "vi" (`item_default`), a side named by a label or a field ("Polisen: …",
"Ansvarig: Polisen"), a paragraph whose later sentences name the side (`named_further_on`),
"Ett annat löfte är att …" (`another_of_the_same`), a list whose items each tag their own side,
which says nothing of an untagged one (`mark_mixed_list`), the same item under two sides'
lead-ins (`other_sides_list`), and an item in which another side takes up a promise of its own
(`split_by_side`). A new way a lead-in names who carries its list goes to `list_default`.
"""

import re

from .parties import (
    BOTH,
    COMMIT_PROMISE,
    COMMIT_SHALL,
    COMMIT_WILL,
    MUNICIPALITY,
    MUNICIPALITY_WORDS,
    ORGANISATION_WORDS,
    OWN_BODIES,
    POLICE,
    POLICE_WORDS,
    WE_PROMISE,
    lead_in_responsible,
    parse_responsible,
)
from .sentences import PROMISE_VERB
from .structure import promise_is_deed, promise_owner

NOBODY = ("ej_angivet", "", "")


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


def list_default(lead_in, givers, earlier=""):
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


def item_default(item, default, givers):
    """'Vi lovar att …' is a promise of those who give the pledge, when the text names both."""
    we = WE_PROMISE.match(item)
    if we and givers:
        return "gemensamt", "", we[0]
    return owner_default(item, default)


def owner_default(item, default):
    """'Några av polisens löften är att …': the side named as the promise's owner."""
    owner = promise_owner(item)
    return (owner, "", owner) if owner else default


# "Polisen: Ökad ordningsövervakning, …", "Kommunen: Åtgärder i …": a paragraph labelled with
# the party that does what it lists.
PARTY_LABEL = re.compile(
    r"^(?P<party>polisen|polis|kommunen|kommun|polis och kommun|polisen och kommunen|"
    r"kommunen och polisen)\s*:\s+\S",
    re.IGNORECASE,
)


# "Ansvarig: Polisen": the field that names who carries the item.
RESPONSIBLE_FIELD = re.compile(
    r"\bAnsvari?g?\w*:\s*(?P<party>"
    r"(?:polis(?:en)?|kommun(?:en)?)\s*(?:/|,|&|\boch\b)\s*(?:polis(?:en)?|kommun(?:en)?)|"
    r"polisen|polis|kommunen|kommun|gemensamt)\b",
    re.IGNORECASE,
)


def named_further_on(action, text):
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


# "Ett annat löfte är att …", "Ytterligare ett löfte är att …": one more of the promises just
# named.
_ANOTHER = re.compile(r"^(?:ett\s+annat|ytterligare\s+ett|ett\s+till)\b", re.IGNORECASE)


def another_of_the_same(item, own, actions, line):
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


# "… trafikfarliga beteenden (polisen).": the side that carries an item, tagged at its end.
SIDE_TAG = re.compile(r"\(\s*[\wåäö ]*\b(?:polis|kommun)\w*[\wåäö ]*\)\s*[.!]?\s*$", re.IGNORECASE)

ANY_TAG = re.compile(r"\([^()]*\)\s*[.!]?\s*$")


def mark_mixed_list(actions):
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


def other_sides_list(done, default, line):
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
