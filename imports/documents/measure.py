"""How well the importer reads documents: per-field precision and recall against expectations.

Both sides are dicts in the shape of a corpus's expected.json (corpus/README.md). Every field
is counted in items: a municipality, the period, the signing date, a signatory (name, title and
side), another party (name and role), who gives the pledge, the number of promises, the party
responsible for each promise, each target of a promise (count, span and the stem of what is
counted), a promise's deadline, the follow-up cadence; for follow-up documents also the kind
and each restated promise's status and achieved count. A value the document does not state
("ej_angivet", null, an empty list) is no item. Precision is correct / found, recall is
correct / expected.

Promises are matched by their text, not their position: an expected promise's opening words
are looked for among the found promises, so one missed or extra promise does not shift every
other one. A found promise that matches none counts as found and never correct.
"""

import json
import re
from pathlib import Path

from . import followup, readers

FIELDS = [
    ("kind", "dokumenttyp"),
    ("municipality", "kommun"),
    ("period", "period"),
    ("signed_on", "undertecknat"),
    ("signatories", "undertecknare"),
    ("parties", "andra parter"),
    ("issuer", "ges av"),
    ("action_count", "antal löften"),
    ("responsible", "ansvarig per löfte"),
    ("targets", "mål"),
    ("deadline", "tidsgräns"),
    ("cadence", "uppföljning"),
    ("status", "status per löfte"),
    ("achieved", "uppnått antal"),
]

WORD = re.compile(r"[0-9a-zåäöéü]+")
# Words too common in promises to tell two apart.
COMMON = {"att", "och", "i", "en", "ett", "med", "för", "som", "av", "på", "till", "om", "ska"}


def _lower_first(text):
    return text[:1].lower() + text[1:]


def words(text):
    return WORD.findall((text or "").lower())


def _similarity(expected, found):
    """The share of the expected opening's telling words that the found text has."""
    wanted = [w for w in words(expected) if w not in COMMON] or words(expected)
    if not wanted:
        return 0.0
    have = set(words(found))
    return sum(1 for w in wanted if w in have) / len(wanted)


def match_promises(expected, found, threshold=0.6):
    """{expected index: found index}, each used once, best matches first."""
    pairs = sorted(
        (
            (_similarity(e.get("promise", ""), f.get("promise", "")), i, j)
            for i, e in enumerate(expected)
            for j, f in enumerate(found)
        ),
        reverse=True,
    )
    matched, used = {}, set()
    for similarity, i, j in pairs:
        if similarity < threshold:
            break
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def _stem(unit):
    return "".join(words(unit))[:6]


def _flags(sure, name, count):
    """The reader's marks for a list field's `count` values; sure where it gave none."""
    given = sure.get(name)
    return given if isinstance(given, list) and len(given) == count else [True] * count


def _marks(fields, keys, status_keys):
    """[(field, item, sure)] for every countable item of a document's fields, with the mark the
    reader gave it (sure where it gave none, as in expected.json). Promises are keyed by
    `keys[index]`, statuses by `status_keys[index]`; field "promise" holds each promise by its
    key, for the certainty only."""
    sure = fields.get("sure") or {}
    marks = [("kind", fields.get("kind") or "pledge", True)]
    municipalities = fields.get("municipalities") or []
    for code, flag in zip(
        municipalities, _flags(sure, "municipalities", len(municipalities)), strict=True
    ):
        marks.append(("municipality", code, flag))
    period = fields.get("period")
    if period and any(period):
        marks.append(("period", tuple(period), sure.get("period", True)))
    for name in ("signed_on", "issuer"):
        if fields.get(name):
            marks.append((name, fields[name], sure.get(name, True)))
    signatories = fields.get("signatories") or []
    for person, flag in zip(
        signatories, _flags(sure, "signatories", len(signatories)), strict=True
    ):
        item = (person["name"], _lower_first(person.get("title") or ""), person["side"])
        marks.append(("signatories", item, flag))
    parties = fields.get("parties") or []
    for party, flag in zip(parties, _flags(sure, "parties", len(parties)), strict=True):
        marks.append(("parties", (party["name"], party["role"]), flag))
    actions = fields.get("actions") or []
    if actions:
        marks.append(("action_count", len(actions), sure.get("promise_count", True)))
    for index, action in enumerate(actions):
        key = keys[index]
        marks.append(("promise", key, action.get("sure", True)))
        if action.get("responsible", "ej_angivet") != "ej_angivet":
            item = (key, action["responsible"])
            marks.append(("responsible", item, action.get("responsible_sure", True)))
        targets = action.get("targets") or []
        for target, flag in zip(targets, _flags(action, "targets_sure", len(targets)), strict=True):
            if target.get("count"):
                item = (key, target["count"], target.get("per") or "", _stem(target.get("unit")))
                marks.append(("targets", item, flag))
        if action.get("deadline"):
            marks.append(("deadline", (key, " ".join(words(action["deadline"]))), True))
    if (fields.get("cadence") or "ej_angivet") != "ej_angivet":
        marks.append(("cadence", fields["cadence"], sure.get("cadence", True)))
    for index, entry in enumerate(fields.get("statuses") or []):
        key = status_keys[index]
        if entry.get("status"):
            marks.append(("status", (key, entry["status"]), True))
        if entry.get("achieved") is not None:
            marks.append(("achieved", (key, entry["achieved"]), True))
    return marks


def items(fields, keys=None, status_keys=None):
    """The countable items of a document's fields (the shape of expected.json). `keys` names
    each promise (by default its position); `status_keys` likewise for statuses."""
    if keys is None:
        keys = list(range(len(fields.get("actions") or [])))
    if status_keys is None:
        status_keys = list(range(len(fields.get("statuses") or [])))
    result = {name: set() for name, _ in FIELDS}
    for field, item, _ in _marks(fields, keys, status_keys):
        if field in result:
            result[field].add(item)
    return result


def _keys(expected, found):
    """Each found entry's key: the index of the expected one it matches, else ("extra", its
    own index)."""
    keys = [("extra", j) for j in range(len(found))]
    for i, j in match_promises(expected, found).items():
        keys[j] = i
    return keys


def compare(expected, found):
    """(expected items, found items) with found promises keyed by the expected one they match."""
    want = items(expected)
    keys = _keys(expected.get("actions") or [], found.get("actions") or [])
    status_keys = _keys(expected.get("statuses") or [], found.get("statuses") or [])
    return want, items(found, keys, status_keys)


def score(pairs):
    """{field: (expected, found, correct)} summed over (expected fields, found fields) pairs."""
    totals = {name: [0, 0, 0] for name, _ in FIELDS}
    for expected, found in pairs:
        want, got = compare(expected, found)
        for name, _ in FIELDS:
            totals[name][0] += len(want[name])
            totals[name][1] += len(got[name])
            totals[name][2] += len(want[name] & got[name])
    return {name: tuple(counts) for name, counts in totals.items()}


def _ratio(part, whole):
    return f"{part / whole:.2f}" if whole else "–"


def overall(scores):
    """(precision, recall) over every field together."""
    expected = sum(counts[0] for counts in scores.values())
    found = sum(counts[1] for counts in scores.values())
    correct = sum(counts[2] for counts in scores.values())
    return (correct / found if found else 1.0, correct / expected if expected else 1.0)


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


def read_fields(raw, gazetteer):
    """What the importer reads of a document, as fields: the pledge readers, and for a
    follow-up also the status and count of each restated promise."""
    from . import text
    from .reading import pipeline

    fields = pipeline.read(text.clean(raw), gazetteer).as_fields()
    # The importer takes a text for a follow-up when either reader says so (services.py,
    # admin_documents.py), and then reads no promises of a new pledge from it; the measure
    # counts what the importer does.
    if fields["kind"] == "followup" or followup.is_followup(raw)[0]:
        fields["kind"], fields["actions"] = "followup", []
        fields["statuses"] = followup.found_fields(raw)["statuses"]
    return fields


CERTAINTY_FIELDS = [
    (name, label)
    for name, label in FIELDS
    if name not in ("kind", "deadline", "status", "achieved")
]
# Each promise itself, beside the number of promises.
CERTAINTY_FIELDS.insert(
    [name for name, _ in CERTAINTY_FIELDS].index("action_count") + 1, ("promise", "löfte")
)


def certainty(pairs):
    """How often the values the reader marks sure, and those it marks unsure, are right, over
    (expected fields, found fields) pairs of pledges: {field: {True: [found, right], False:
    [found, right]}}. A promise is right when it matches an expected one, any other value when
    it is among the expected items."""
    result = {name: {True: [0, 0], False: [0, 0]} for name, _ in CERTAINTY_FIELDS}
    for expected, found in pairs:
        if "followup" in (expected.get("kind"), found.get("kind")):
            continue
        want, _ = compare(expected, found)
        keys = _keys(expected.get("actions") or [], found.get("actions") or [])
        status_keys = _keys(expected.get("statuses") or [], found.get("statuses") or [])
        for field, item, sure in _marks(found, keys, status_keys):
            if field not in result:
                continue
            right = not isinstance(item, tuple) if field == "promise" else item in want[field]
            tally = result[field][bool(sure)]
            tally[0] += 1
            tally[1] += right
    return result


def certainty_lines(result):
    """The certainty as the lines of a table: per field, the values marked sure and unsure,
    how many of each were right and what share."""
    lines = [
        "Hur ofta det som läsaren markerar säkert och osäkert är rätt:",
        f"{'fält':<22}{'säkert':>8}{'rätt':>6}{'andel':>7}{'osäkert':>9}{'rätt':>6}{'andel':>7}",
    ]
    for name, label in CERTAINTY_FIELDS:
        (sure, sure_right), (unsure, unsure_right) = result[name][True], result[name][False]
        lines.append(
            f"{label:<22}{sure:>8}{sure_right:>6}{_ratio(sure_right, sure):>7}"
            f"{unsure:>9}{unsure_right:>6}{_ratio(unsure_right, unsure):>7}"
        )
    return lines


def measure_folder(folder, expected_file, read):
    """(scores, per-document differences, certainty) for the documents that expected_file
    lists, each read from `folder` and turned into fields by `read(text) -> dict`."""
    expectations = json.loads(Path(expected_file).read_text(encoding="utf-8"))["documents"]
    pairs, misses = [], {}
    for name, expected in sorted(expectations.items()):
        path = Path(folder) / name
        raw = readers.READERS[path.suffix.lower()](path.read_bytes())
        found = read(raw)
        pairs.append((expected, found))
        want, got = compare(expected, found)
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
    return score(pairs), misses, certainty(pairs)


def _half(day, precision):
    if day is None:
        return None
    return day.isoformat()[:7] if precision == "manad" else day.isoformat()


def pledge_fields(pledge):
    """A saved pledge in the shape of expected.json."""
    period = [
        _half(pledge.start_date, pledge.start_precision),
        _half(pledge.end_date, pledge.end_precision),
    ]
    return {
        "kind": "pledge",
        "municipalities": sorted(m.code for m in pledge.municipalities.all()),
        "districts": list(pledge.districts),
        "issuer": pledge.issuer,
        "period": period if any(period) else None,
        "until_further_notice": pledge.until_further_notice,
        "signed_on": _half(pledge.signed_on, pledge.signed_on_precision),
        "signatories": [
            {"name": s.name, "title": s.title, "side": s.side} for s in pledge.signatories.all()
        ],
        "parties": [{"name": p.name, "role": p.role} for p in pledge.parties.all()],
        "actions": [
            {
                "promise": f"{a.heading}: {a.text}" if a.heading else a.text,
                "responsible": a.responsible,
                "targets": [
                    {"count": t.count, "unit": t.unit, "per": t.per, "scope": t.scope}
                    for t in a.targets.all()
                ],
                "deadline": a.deadline_label or None,
            }
            for a in pledge.actions.all()
        ],
        "cadence": pledge.followup_cadence,
    }


FOLLOWUP_FIELDS = ("kind", "status", "achieved")


def measure_followups(folder, expected_file):
    """{field: (expected, found, correct)} for the document kind, the status and the achieved
    count of every restated promise, over the documents `expected_file` lists, and the
    differences per document."""
    expectations = json.loads(Path(expected_file).read_text(encoding="utf-8"))["documents"]
    totals = {name: [0, 0, 0] for name in FOLLOWUP_FIELDS}
    misses = {}
    for name, expected in sorted(expectations.items()):
        path = Path(folder) / name
        raw = readers.READERS[path.suffix.lower()](path.read_bytes())
        actions = None
        if expected.get("follows"):
            followed = Path(folder) / expected["follows"]
            actions = followup.pledge_actions(readers.read_txt(followed.read_bytes()))
        want, got = compare(expected, followup.found_fields(raw, actions))
        for key in FOLLOWUP_FIELDS:
            totals[key][0] += len(want[key])
            totals[key][1] += len(got[key])
            totals[key][2] += len(want[key] & got[key])
            if want[key] != got[key]:
                misses.setdefault(name, {})[key] = (
                    sorted(want[key] - got[key], key=str),
                    sorted(got[key] - want[key], key=str),
                )
    return {key: tuple(counts) for key, counts in totals.items()}, misses


HERE = Path(__file__).parent
SEEDS = HERE / "seeds"
# Real documents (corpus/README.md): developed against, and measured only.
DEV = HERE / "corpus" / "dev"
HOLDOUT = HERE / "corpus" / "holdout"
