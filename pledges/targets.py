"""A promise's targets as lines of text: the admin's "Mål" field, the CSV column and importers.

The format, one target per line:

    <antal> <vad som räknas> <per dag | per vecka | per månad | per termin | per år |
        under perioden>[, <var>]

for example

    2 trygghetsvandringar per år
    1 tillsyn per termin, i varje skola
    100 tillfällen under perioden

The count is a whole number of at least 1 (a leading "minst" is allowed and dropped), the thing
counted is written as in the pledge, and what follows a comma after the period is where the
target applies ("per stadsdel", "i varje skola"). Empty lines are skipped. The period words
are Swedish in every language, like the rest of the data.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import Target

PER_WORDS = {
    "per dag": Target.Per.DAY,
    "per vecka": Target.Per.WEEK,
    "per månad": Target.Per.MONTH,
    "per termin": Target.Per.TERM,
    "per år": Target.Per.YEAR,
    "under perioden": Target.Per.PERIOD,
}
WORDS_FOR_PER = {per: words for words, per in PER_WORDS.items()}

# At most nine digits: a count the database can hold, and no number too long for Python to read.
_LINE = re.compile(
    r"^(?:minst\s+)?(?P<count>\d{1,9})\s+(?P<unit>.+?)\s+(?P<per>"
    + "|".join(re.escape(words) for words in PER_WORDS)
    + r")(?:\s*,\s*(?P<scope>.+?))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedTarget:
    count: int
    unit: str
    per: str
    scope: str = ""

    def as_dict(self):
        return {"count": self.count, "unit": self.unit, "per": self.per, "scope": self.scope}


def format_target(target):
    """One line for a Target (or anything with count, unit, per and scope)."""
    line = f"{target.count} {target.unit} {WORDS_FOR_PER[target.per]}"
    return f"{line}, {target.scope}" if target.scope else line


def format_targets(targets):
    return "\n".join(format_target(target) for target in targets)


def parse_line(line):
    """A ParsedTarget for one line, or None when the line does not follow the format."""
    match = _LINE.match(line.strip())
    if not match:
        return None
    count = int(match["count"])
    unit = match["unit"].strip()
    scope = (match["scope"] or "").strip()
    if count < 1 or len(unit) > 100 or len(scope) > 100:
        return None
    return ParsedTarget(count, unit, PER_WORDS[match["per"].lower()], scope)


def parse_targets(text):
    """The targets in `text`, in order; ValidationError naming every line it cannot read."""
    targets, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parsed = parse_line(line)
        if parsed is None:
            errors.append(
                ValidationError(
                    _(
                        "Rad %(number)s, ”%(line)s”: skriv ett mål per rad som antal, vad som "
                        "räknas och per dag, per vecka, per månad, per termin, per år eller under "
                        "perioden, t.ex. ”2 trygghetsvandringar per år” eller ”1 tillsyn per "
                        "termin, i varje skola”."
                    ),
                    code="target_format",
                    params={"number": number, "line": line.strip()},
                )
            )
        else:
            targets.append(parsed)
    if errors:
        raise ValidationError(errors)
    return targets


def set_targets(action, parsed, prepare=None):
    """Makes the action's targets `parsed` (ParsedTargets), in order, changing rows in place so
    that their history says what changed. `prepare(target)` is called before each save or
    delete, e.g. to set the history user. Returns whether anything changed."""
    prepare = prepare or (lambda target: target)
    existing = list(action.targets.order_by("order", "pk"))
    changed = False
    for order, wanted in enumerate(parsed):
        target = existing[order] if order < len(existing) else Target(action=action)
        values = {**wanted.as_dict(), "order": order}
        if target.pk and all(getattr(target, k) == v for k, v in values.items()):
            continue
        for name, value in values.items():
            setattr(target, name, value)
        prepare(target).save()
        changed = True
    for target in existing[len(parsed) :]:
        prepare(target).delete()
        changed = True
    return changed


def parsed_from(targets):
    """ParsedTargets for saved Target rows, to compare with what a file or form says."""
    return [ParsedTarget(t.count, t.unit, t.per, t.scope) for t in targets]
