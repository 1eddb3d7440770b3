"""Which lists and sentences are promises, and who carries each."""

import re

from .document import ActionFound
from .focus import focus_areas_in, methods_in
from .parties import WE_PROMISE, lead_in_responsible, parse_responsible
from .signatories import _capitalised
from .targets import parse_deadline, parse_targets

_NOBODY = ("ej_angivet", "", "")
PROMISE_VERB = re.compile(r"\blovar\b|förbinder|åtar", re.IGNORECASE)


def _new_action(line, text, heading, default, default_per="ar"):
    """An action from one item; `default` is (responsible, other party, quote[, doubt]) from the
    list's introduction, used when the item itself names nobody."""
    text = _capitalised(text)
    default = (*default, "")[:4]
    responsible, other, quote = parse_responsible(text, default[:3])
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
        targets=parse_targets(text, default_per),
        deadline=parse_deadline(text, line),
    )
    return action


# A list introduced as the situation, contacts, general aims or an earlier pledge is no list
# of promises: "Kartläggningen visade följande problem:", "Kontakta oss:", "Medborgarlöften ska:".
NOT_PROMISES = re.compile(
    r"problem|lägesbild|kartläggning|visade|framkom|kontakt|kanal|tipsa|ring\b|"
    r"medborgarlöften (?:ska|är|syftar)|syfte|\bmålet\b|bakgrund|utgår från|tidigare|"
    r"föregående|förra|fokusområde|läs mer|otrygg|orsak|statistik|dialog\w* (?:visade|gav)",
    re.IGNORECASE,
)
PROMISE_WORDS = re.compile(
    r"\blovar\b|förbinder|åtar|aktiviteter|åtgärder|insatser|genom att|\bgenom\b|ska vi|"
    r"\bgöra\b|\bgäller\b|löfte",
    re.IGNORECASE,
)


def is_promise_list(intro, section):
    """Whether a list holds promises, decided by the sentence or heading that introduces it and
    the section it stands in."""
    if intro and PROMISE_WORDS.search(intro):
        return True
    if intro and NOT_PROMISES.search(intro):
        return False
    return section not in ("situation", "effect", "followup", "contact")


def is_section_item(item):
    """'• Bakgrund': a page's menu of sections, not a promise."""
    from .structure import section_of

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


def _item_default(item, default, givers):
    """'Vi lovar att …' is a promise of those who give the pledge, when the text names both."""
    if WE_PROMISE.match(item) and givers:
        return "gemensamt", "", givers
    return default


def _list_default(lead_in, givers, earlier=""):
    """Who carries the items of a list, from the sentence or heading that introduces it
    ("Därför lovar kommunen att:", "Polisens aktiviteter:", "Tillsammans lovar vi att:"); when
    that names nobody ("Detta ska åstadkommas genom:"), from the paragraph before it ("Polis och
    kommun lovar att …"), flagged as inherited from a far introduction.
    Returns (responsible, other party, quote, doubt)."""
    said = lead_in_responsible(lead_in, givers)
    if said:
        return said[0], "", said[1], ""
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
    word = first[0].lower()
    for action in actions:
        for candidate in re.findall(r"[\wåäö]{6,}", action.text.lower()):
            if word.startswith(candidate) or candidate.startswith(word):
                return action
    return None
