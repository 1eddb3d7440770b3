"""What the readers find: a value with the line and words it came from, and how sure it is.

Every found value is a `Found`: the value, the line in the cleaned text, the words it came from,
and `sure`. A reader that is unsure says why in `doubt` (Swedish, for staff: "perioden hittades
bara i rubriken"); the value is kept but flagged, never guessed.
"""

import calendar
import datetime
from dataclasses import dataclass, field

SURE, UNSURE = "säker", "osäker"


@dataclass
class Found:
    value: object
    line: int
    quote: str
    sure: bool = True
    doubt: str = ""
    # Two readings of the field in the text (a heading's "2025–2026" and the text's "1 juli
    # 2025 – 30 juni 2026"): which the value took and which it did not, for staff to check.
    conflict: str = ""

    @property
    def confidence(self):
        return SURE if self.sure else UNSURE


def _sure(found):
    return found.sure if found is not None else True


@dataclass
class Target:
    count: int
    unit: str
    per: str  # "dag" | "vecka" | "manad" | "termin" | "ar" | "period"
    scope: str = ""
    quote: str = ""
    # A target read by a rule that had to choose (the span of a count in a pledge with no stated
    # period, a unit that only looks like the thing counted) is kept but flagged for staff.
    sure: bool = True
    doubt: str = ""

    def as_dict(self):
        return {"count": self.count, "unit": self.unit, "per": self.per, "scope": self.scope}


@dataclass
class ActionFound:
    text: str
    line: int
    heading: str = ""
    details: str = ""
    responsible: str = "ej_angivet"
    other_party: str = ""
    responsible_quote: str = ""
    responsible_sure: bool = True
    responsible_doubt: str = ""
    targets: list = field(default_factory=list)  # of Target
    deadline: Found | None = None
    methods: list = field(default_factory=list)
    focus_area: str = ""
    # A heading with its own paragraph ("Bekämpning av bedrägerier" and what is done), not an
    # item of a list under a lead-in.
    under_own_heading: bool = False
    # An item naming no one in a list whose other items each name their own, differing side
    # ("… (polisen).", "… (kommunen)."): nothing says who carries it.
    in_mixed_list: bool = False
    # Whether the promise itself is read surely (certainty.py): one read from running text is not.
    sure: bool = True
    doubt: str = ""

    @property
    def promise(self):
        return f"{self.heading}: {self.text}" if self.heading else self.text


@dataclass
class SignatoryFound:
    name: str
    title: str
    side: str
    organisation: str
    line: int
    quote: str
    sure: bool = True
    doubt: str = ""


def _date_of(value, end=False):
    """A date for a period half written "YYYY-MM-DD" or "YYYY-MM" (the month's first or last
    day), or None."""
    if not value:
        return None
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    year, month = parts
    return datetime.date(year, month, calendar.monthrange(year, month)[1] if end else 1)


@dataclass
class Extraction:
    kind: Found | None = None  # "pledge" | "followup"
    title: Found | None = None
    municipalities: list = field(default_factory=list)  # of Found(code)
    police_area: Found | None = None
    police_area_name: Found | None = None  # the place name as the text writes it
    districts: list = field(default_factory=list)  # of Found(name)
    issuer: Found | None = None  # "kommun_och_polis" | "polisen" | "kommunen"
    period: Found | None = None  # value: (start, end), each "YYYY-MM-DD", "YYYY-MM" or None
    until_further_notice: Found | None = None
    signed_on: Found | None = None  # value: "YYYY-MM-DD" or "YYYY-MM"
    signed_place: Found | None = None
    signatories: list = field(default_factory=list)
    parties: list = field(default_factory=list)  # of Found({"name", "role"})
    actions: list = field(default_factory=list)
    focus_areas: list = field(default_factory=list)  # of Found(slug)
    cadence: Found | None = None
    published_where: Found | None = None
    contact: Found | None = None  # value: dict(name, role, email, phone)
    sections: dict = field(default_factory=dict)  # field name -> list of Block
    unplaced: list = field(default_factory=list)  # of Block
    remarks: list = field(default_factory=list)  # what the reader should know, in Swedish
    # value: the number of promises, unsure when the reader may have missed or added some
    promise_count: Found | None = None

    @property
    def district(self):
        return self.districts[0] if self.districts else None

    @property
    def is_followup(self):
        return bool(self.kind and self.kind.value == "followup")

    def period_dates(self):
        """(start, end) as dates, a month written alone read as its first or last day; either
        may be None."""
        if not self.period:
            return None, None
        start, end = self.period.value
        return _date_of(start), _date_of(end, end=True)

    def signed_on_date(self):
        """The signing date as a date; a month alone is its first day."""
        return _date_of(self.signed_on.value) if self.signed_on else None

    def doubts(self):
        """What the reader is unsure of, as Swedish sentences for staff."""
        found = [
            self.kind,
            *self.municipalities,
            self.police_area,
            *self.districts,
            self.issuer,
            self.period,
            self.until_further_notice,
            self.signed_on,
            *self.parties,
            self.cadence,
        ]
        lines = [f"Osäkert: {f.doubt}" for f in found if f is not None and not f.sure]
        count = self.promise_count
        if count is not None and not count.sure:
            lines.append(f"Osäkert: antalet löften ({count.value}): {count.doubt}")
        lines += [
            f"Osäkert: undertecknaren {s.name}: {s.doubt}" for s in self.signatories if not s.sure
        ]
        for number, action in enumerate(self.actions, start=1):
            if not action.responsible_sure:
                lines.append(f"Osäkert: löfte {number}, ansvarig: {action.responsible_doubt}")
            lines += [
                f"Osäkert: löfte {number}, mål ”{target.quote}”: {target.doubt}"
                for target in action.targets
                if not target.sure
            ]
        return lines

    def conflicts(self):
        """Where the text gives two readings of a field, as Swedish sentences for staff."""
        return [f"Motstridigt: {f.conflict}" for f in [self.period] if f is not None and f.conflict]

    def as_fields(self):
        """The extraction in the shape of a corpus's expected.json (corpus/README.md)."""
        followup = self.is_followup
        return {
            "kind": "followup" if followup else "pledge",
            "municipalities": [found.value for found in self.municipalities],
            "districts": [found.value for found in self.districts],
            "issuer": self.issuer.value if self.issuer else None,
            "police_area": self.police_area_name.value if self.police_area_name else None,
            "period": list(self.period.value) if self.period else None,
            "until_further_notice": bool(self.until_further_notice),
            "signed_on": self.signed_on.value if self.signed_on else None,
            "signatories": [
                {"name": s.name, "title": s.title, "side": s.side} for s in self.signatories
            ],
            "parties": [dict(found.value) for found in self.parties],
            "actions": []
            if followup
            else [
                {
                    "promise": action.promise,
                    "responsible": action.responsible,
                    "targets": [target.as_dict() for target in action.targets],
                    "deadline": action.deadline.value if action.deadline else None,
                    "sure": action.sure,
                    "responsible_sure": action.responsible_sure,
                    "targets_sure": [target.sure for target in action.targets],
                }
                for action in self.actions
            ],
            "cadence": self.cadence.value if self.cadence else "ej_angivet",
            # Not in expected.json: which values the reader marks sure (measure.certainty).
            "sure": {
                "municipalities": [found.sure for found in self.municipalities],
                "period": _sure(self.period),
                "signed_on": _sure(self.signed_on),
                "signatories": [s.sure for s in self.signatories],
                "parties": [found.sure for found in self.parties],
                "issuer": _sure(self.issuer),
                "promise_count": _sure(self.promise_count),
                "cadence": _sure(self.cadence),
            },
            "statuses": [],
        }
