"""How sure the reader is of the promises it found: which promises staff should check first,
and whether the number of promises can be trusted.

The promises are the field the reader gets wrong most often on pages it has not met, and
mostly in one of three ways, each of which it can see for itself (corpus/README.md, "How
sure the reader is of the promises"):

- A promise read from running text (a sentence, or a paragraph under its own heading) is
  wrong far more often than one read from an item of a list: the sentence may tell a finding,
  an aim or what was done instead.
- A list left out that reads like deeds (its items name work, or the line before it
  promises) may hold the promises the reader missed.
- No promise found at all: the page holds them in a form the reader does not know.

Each promise read from running text is marked unsure, and the number of promises is marked
unsure when any of the three holds, with the reasons as Swedish sentences for staff.
"""

import re

from .document import Found
from .parties import COMMIT_VERB
from .structure import bullet_items, is_bullets

# Verbs that name work in a list's items: "Genomföra trygghetsvandringar", "Polisen ska …".
WORK = re.compile(
    r"\b(?:ska|skall|kommer att|lovar|åtar sig|förbinder sig|genomföra|genomför|arbeta|öka|"
    r"erbjuda|verka|delta|fortsätta|utveckla|genom att)\b",
    re.IGNORECASE,
)
# A line that promises what follows it: "Polisen och kommunen lovar att:".
PROMISING = re.compile(rf"\b(?:{COMMIT_VERB}|åtar sig|förbinder sig)\b", re.IGNORECASE)
# How much of the line before a list is looked at for a promising verb: its end, which
# introduces the list.
LEAD_IN_END = 120
# How many words of a list's first item name the list for staff.
FIRST_WORDS = 6


def _block_of(blocks, line):
    for index, block in enumerate(blocks):
        if block.start <= line <= block.end:
            return index
    return None


def _reads_like_deeds(blocks, index):
    """Whether the list at `index` names work: half its items or more have a verb of work, or
    the line before it promises."""
    items = bullet_items(blocks[index])
    working = sum(1 for _, item in items if WORK.search(item))
    lead_in = blocks[index - 1].text[-LEAD_IN_END:] if index > 0 else ""
    return working * 2 >= len(items) or bool(PROMISING.search(lead_in))


def lists_left_out(blocks, used, skip=lambda index: False):
    """The lists (as blocks) that no promise was read from and that read like deeds; `used`
    holds the indexes of the blocks promises were read from, `skip(index)` tells a block the
    reader has already explained (an earlier pledge on the same page)."""
    return [
        block
        for index, block in enumerate(blocks)
        if is_bullets(block)
        and index not in used
        and not skip(index)
        and _reads_like_deeds(blocks, index)
    ]


def _numbers(numbers):
    words = [str(number) for number in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} och {words[-1]}"


def weigh_promises(blocks, extraction, skip=lambda index: False):
    """Marks each promise of `extraction` read from running text unsure, and sets
    `extraction.promise_count`: the number of promises, unsure (with the reasons) when a
    promise came from running text, a list that reads like deeds was left out, or none was
    found."""
    places = [_block_of(blocks, action.line) for action in extraction.actions]
    from_text = []
    for number, (action, index) in enumerate(zip(extraction.actions, places, strict=True), start=1):
        if index is None or not is_bullets(blocks[index]):
            action.sure = False
            action.doubt = (
                "löftet lästes ur löptext, inte ur en punktlista; kontrollera att det är ett "
                "löfte och att det är helt"
            )
            from_text.append(number)
    left_out = lists_left_out(blocks, set(places), skip)
    reasons = []
    if not extraction.actions:
        reasons.append("inga löften hittades; lägg till dem från texten")
    if from_text:
        which = "löfte" if len(from_text) == 1 else "löftena"
        reasons.append(f"{which} {_numbers(from_text)} lästes ur löptext")
    for block in left_out:
        items = bullet_items(block)
        # Named by its first item's words, which staff can find in their own copy of the
        # document, and by its line in the text the import read.
        first_words = " ".join(items[0][1].split()[:FIRST_WORDS])
        reasons.append(
            f"punktlistan som börjar ”{first_words} …” (rad {block.start}, {len(items)} "
            "punkter) lästes inte som löften men ser ut att nämna åtgärder"
        )
    first = extraction.actions[0] if extraction.actions else None
    extraction.promise_count = Found(
        len(extraction.actions),
        first.line if first else (left_out[0].start if left_out else 1),
        first.text[:200] if first else "",
        sure=not reasons,
        doubt="; ".join(reasons),
    )
