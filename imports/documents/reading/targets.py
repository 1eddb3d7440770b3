"""Countable targets and deadlines in one promise."""

import re

from .words import NUMBERS

# Words that end a target's unit: "minst 6 informationsträffar om bedrägerier för äldre under
# året" counts informationsträffar; what follows the preposition says what they are about.
UNIT_END = r"(?:vid|i|mot|om|för|på|med|till|av|inom|hos|kring|under|per|varje|och|där|som)"
# "minst 2 … per år", and a bare count before its unit: "två trafikinsatser per år".
TARGET = re.compile(
    r"(?<![\d\-])\b(?:(?:minst|åtminstone|totalt|sammanlagt)\s+)?(\d{1,3}|"
    + "|".join(NUMBERS)
    + rf")\s+((?:(?!{UNIT_END}\s)[a-zåäö\-]+\s+){{0,2}}?[a-zåäö\-]+)"
    r"(?:\s+" + UNIT_END + r"\b(?:\s+[\w\-]+){0,6}?)?"
    r"\s+(per år|varje år|om året|per kalenderår|"
    r"under året|under perioden|per period|under löftesperioden)\b",
    re.IGNORECASE,
)


def parse_target(text):
    """(count, unit, 'ar' or 'period', quote) of 'minst 2 trygghetsvandringar per år'."""
    m = TARGET.search(text)
    if not m:
        return None
    count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1].lower()]
    per = (
        "period"
        if m[3].lower() in ("under perioden", "per period", "under löftesperioden")
        else "ar"
    )
    return count, m[2].lower(), per, m[0]
