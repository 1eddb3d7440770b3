"""What the readers find: a value with the line and words it came from, and how sure it is."""

from dataclasses import dataclass, field


@dataclass
class Found:
    value: object
    line: int
    quote: str


@dataclass
class ActionFound:
    text: str
    line: int
    heading: str = ""
    details: str = ""
    responsible: str = "ej_angivet"
    other_party: str = ""
    responsible_quote: str = ""
    target: tuple | None = None  # (count, unit, "ar" or "period")
    target_quote: str = ""
    methods: list = field(default_factory=list)
    focus_area: str = ""


@dataclass
class SignatoryFound:
    name: str
    title: str
    side: str
    organisation: str
    line: int
    quote: str


@dataclass
class Extraction:
    title: Found | None = None
    municipalities: list = field(default_factory=list)  # of Found(code)
    police_area: Found | None = None
    district: Found | None = None
    period: Found | None = None  # value: (start, end)
    signed_on: Found | None = None
    signed_place: Found | None = None
    signatories: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    focus_areas: list = field(default_factory=list)  # of Found(slug)
    cadence: Found | None = None
    published_where: Found | None = None
    contact: Found | None = None  # value: dict(name, role, email, phone)
    sections: dict = field(default_factory=dict)  # field name -> list of Block
    unplaced: list = field(default_factory=list)  # of Block
    remarks: list = field(default_factory=list)  # what the reader should know, in Swedish
