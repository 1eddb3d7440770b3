"""Which lists and sentences are promises, and who carries each."""

import re

from .document import ActionFound
from .focus import focus_areas_in, methods_in
from .parties import ACTOR_FIRST, BOTH, WE_PROMISE, _is_police, parse_responsible
from .signatories import _capitalised
from .targets import parse_target

_NOBODY = ("ej_angivet", "", "")


def _new_action(line, text, heading, default):
    text = _capitalised(text)
    responsible, other, quote = parse_responsible(text, default)
    if responsible == "annan" and default[0] in ("polisen", "kommunen", "gemensamt"):
        # "Kommunen lovar att: • … (Bostadsbolaget)": the list's actor with the named party.
        responsible = default[0]
    action = ActionFound(
        text=text,
        line=line,
        heading=heading,
        responsible=responsible,
        other_party=other,
        responsible_quote=quote,
    )
    target = parse_target(text)
    if target:
        action.target, action.target_quote = target[:3], target[3]
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


def _item_default(item, default, givers):
    """'Vi lovar att …' is a promise of those who give the pledge, when the text names both."""
    if WE_PROMISE.match(item) and givers:
        return "gemensamt", "", givers
    return default


def _list_default(lead_in, givers):
    """Who carries the items of a list, from the sentence that introduces it: 'Ljungby kommun
    och lokalpolisområde Ljungby avger härmed löfte om … genom:', or 'Detta ska vi …' after
    'Vaggeryds kommun och polisen lovar …'."""
    if lead_in:
        m = BOTH.search(lead_in)
        if m:
            return "gemensamt", "", m[0]
        m = ACTOR_FIRST.match(lead_in)
        if m:
            return ("polisen" if _is_police(m["actor"]) else "kommunen"), "", m[0]
        if re.search(r"\bvi\b", lead_in, re.IGNORECASE) and givers:
            return "gemensamt", "", givers
    return "ej_angivet", "", ""


def _explained_action(text, actions):
    """The action a paragraph after a list explains: 'Trygghetsvandringarna ska genomföras …'
    explains 'att genomföra minst 2 trygghetsvandringar per år'."""
    first = re.match(r"[\wåäöÅÄÖ]+", text)
    if not first or len(first[0]) < 6:
        return None
    word = first[0].lower()
    for action in actions:
        for candidate in re.findall(r"[\wåäö]{6,}", action.text.lower()):
            if word.startswith(candidate) or candidate.startswith(word):
                return action
    return None
