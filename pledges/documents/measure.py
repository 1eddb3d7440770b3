"""How well the importer reads documents: per-field precision and recall against expectations.

Every field is counted in items: a municipality, the period, the signing date, a signatory
(name, title and side), the number of actions, the responsible party of the action at each
position, a target at each position, the follow-up cadence. A value the document does not
state ("ej_angivet", null, an empty list) is no item. Precision is correct / found, recall is
correct / expected.
"""

import json
from pathlib import Path

from . import readers

FIELDS = [
    ("municipality", "kommun"),
    ("period", "period"),
    ("signed_on", "undertecknat"),
    ("signatories", "undertecknare"),
    ("action_count", "antal åtgärder"),
    ("responsible", "ansvarig per åtgärd"),
    ("targets", "mål"),
    ("cadence", "uppföljning"),
]


def _lower_first(text):
    return text[:1].lower() + text[1:]


def items(fields):
    """The countable items of a document's fields (the shape of expected.json)."""
    actions = fields.get("actions") or []
    cadence = fields.get("cadence") or "ej_angivet"
    return {
        "municipality": set(fields.get("municipalities") or []),
        "period": {tuple(fields["period"])} if fields.get("period") else set(),
        "signed_on": {fields["signed_on"]} if fields.get("signed_on") else set(),
        "signatories": {
            (s["name"], _lower_first(s["title"]), s["side"])
            for s in fields.get("signatories") or []
        },
        "action_count": {len(actions)} if actions else set(),
        "responsible": {
            (i, a["responsible"]) for i, a in enumerate(actions) if a["responsible"] != "ej_angivet"
        },
        "targets": {(i, *a["target"]) for i, a in enumerate(actions) if a.get("target")},
        "cadence": {cadence} if cadence != "ej_angivet" else set(),
    }


def extraction_fields(extraction):
    """An Extraction in the shape of expected.json."""
    period = extraction.period.value if extraction.period else None
    return {
        "municipalities": [found.value for found in extraction.municipalities],
        "period": [period[0].isoformat(), period[1].isoformat()] if period else None,
        "signed_on": extraction.signed_on.value.isoformat() if extraction.signed_on else None,
        "signatories": [
            {"name": s.name, "title": s.title, "side": s.side} for s in extraction.signatories
        ],
        "actions": [
            {"responsible": a.responsible, "target": list(a.target) if a.target else None}
            for a in extraction.actions
        ],
        "cadence": extraction.cadence.value if extraction.cadence else "ej_angivet",
    }


def pledge_fields(pledge):
    """A saved pledge in the shape of expected.json."""
    return {
        "municipalities": sorted(m.code for m in pledge.municipalities.all()),
        "period": [d.isoformat() if d else None for d in (pledge.start_date, pledge.end_date)],
        "signed_on": pledge.signed_on.isoformat() if pledge.signed_on else None,
        "signatories": [
            {"name": s.name, "title": s.title, "side": s.side} for s in pledge.signatories.all()
        ],
        "actions": [
            {
                "responsible": a.responsible,
                "target": [(t := a.targets.first()).count, t.unit, t.per]
                if a.targets.exists()
                else None,
            }
            for a in pledge.actions.all()
        ],
        "cadence": pledge.followup_cadence,
    }


def score(pairs):
    """{field: (expected, found, correct)} summed over (expected fields, found fields) pairs."""
    totals = {name: [0, 0, 0] for name, _ in FIELDS}
    for expected, found in pairs:
        want, got = items(expected), items(found)
        for name, _ in FIELDS:
            totals[name][0] += len(want[name])
            totals[name][1] += len(got[name])
            totals[name][2] += len(want[name] & got[name])
    return {name: tuple(counts) for name, counts in totals.items()}


def _ratio(part, whole):
    return f"{part / whole:.2f}" if whole else "–"


def table(scores):
    """The scores as the lines of a table, with an overall line."""
    lines = [f"{'fält':<22}{'väntat':>8}{'hittat':>8}{'rätt':>6}{'precision':>11}{'recall':>8}"]
    sums = [0, 0, 0]
    for name, label in FIELDS:
        expected, found, correct = scores[name]
        sums = [sums[0] + expected, sums[1] + found, sums[2] + correct]
        lines.append(
            f"{label:<22}{expected:>8}{found:>8}{correct:>6}"
            f"{_ratio(correct, found):>11}{_ratio(correct, expected):>8}"
        )
    expected, found, correct = sums
    lines.append(
        f"{'totalt':<22}{expected:>8}{found:>8}{correct:>6}"
        f"{_ratio(correct, found):>11}{_ratio(correct, expected):>8}"
    )
    return lines


def measure_folder(folder, expected_file, parse_text):
    """(scores, per-document differences) for the documents that expected_file lists, each
    read from `folder` and parsed with `parse_text(text) -> Extraction`."""
    expectations = json.loads(Path(expected_file).read_text(encoding="utf-8"))["documents"]
    pairs, misses = [], {}
    for name, expected in sorted(expectations.items()):
        path = Path(folder) / name
        raw = readers.READERS[path.suffix.lower()](path.read_bytes())
        found = extraction_fields(parse_text(raw))
        pairs.append((expected, found))
        want, got = items(expected), items(found)
        wrong = {
            field: (
                sorted(want[field] - got[field], key=str),
                sorted(got[field] - want[field], key=str),
            )
            for field, _ in FIELDS
            if want[field] != got[field]
        }
        if wrong:
            misses[name] = wrong
    return score(pairs), misses


SEEDS = Path(__file__).parent / "seeds"
# Documents written for the project to measure generalisation (see heldout/expected.json).
HELDOUT = Path(__file__).parent / "heldout"
