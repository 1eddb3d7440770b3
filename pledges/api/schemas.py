"""The shapes of the API's answers, from which /api/v1/openapi.json is made.

Every answer is checked against its shape before it leaves (django-ninja validates what a view
returns), and a key the serializers add without a field here is an error (`extra="forbid"`), so
the document cannot drift from the answers. Dates, times and uids stay the strings the
serializers write; the annotations only tell their format.
"""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

Uid = Annotated[str, WithJsonSchema({"type": "string", "format": "uuid"})]
Url = Annotated[str, WithJsonSchema({"type": "string", "format": "uri"})]
Date = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
DateTime = Annotated[str, WithJsonSchema({"type": "string", "format": "date-time"})]


class Shape(BaseModel):
    # A class's docstring is its description in the document: written for the API's users.
    model_config = ConfigDict(extra="forbid")


class Error(Shape):
    """Ett fel: 400 för ett värde som inte går att använda, 404 för det som inte finns eller inte
    är publicerat."""

    error: str = Field(description="Vad som var fel, på svenska.")


class Index(Shape):
    """API:ts ingång: adresserna till listorna."""

    version: str = Field(description="API:ts version, den som står i adressen.")
    documentation: Url = Field(description="Sidan som beskriver de öppna datan och API:t.")
    openapi: Url = Field(description="API:ts OpenAPI-dokument.")
    municipalities: Url
    pledges: Url
    actions: Url
    followups: Url


class Page(Shape):
    count: int = Field(description="Hur många det finns totalt med de valda filtren.")
    page: int = Field(description="Sidans nummer, från 1.")
    page_size: int = Field(description="Hur många som högst finns på en sida.")
    pages: int = Field(description="Hur många sidor det finns.")
    next: Url | None = Field(description="Nästa sida, eller null på den sista.")
    previous: Url | None = Field(description="Föregående sida, eller null på den första.")


# Small parts


class CodeName(Shape):
    code: str
    name: str


class CodeLabel(Shape):
    code: str = Field(description="Koden, stabil mellan versioner.")
    label: str = Field(description="Koden i ord, på svenska.")


class SlugName(Shape):
    slug: str
    name: str


# Municipalities


class PledgeLink(Shape):
    uid: Uid
    api_url: Url


class Municipality(Shape):
    """En kommun."""

    code: str = Field(description="Kommunkoden, fyra siffror.")
    name: str
    slug: str
    county: CodeName
    police_region: str
    police_areas: list[SlugName]
    url: Url
    api_url: Url
    pledges: list[PledgeLink] = Field(description="De publicerade medborgarlöftena, nyaste först.")


class MunicipalityPage(Page):
    results: list[Municipality]


# Pledges and their actions


class Period(Shape):
    """Perioden löftet gäller, som i löftet: ett datum kan saknas (null)."""

    label: str = Field(description="Perioden i ord, t.ex. 2024.")
    start_date: Date | None
    end_date: Date | None
    start_precision: str = Field(description="dag, manad eller ar.")
    end_precision: str = Field(description="dag, manad eller ar.")
    until_further_notice: bool


class PledgeSummary(Shape):
    """Medborgarlöftet i korthet: vem, när och var."""

    uid: Uid = Field(description="Stabilt id, som aldrig ändras.")
    title: str
    period: Period
    state: CodeLabel = Field(
        description="Om löftet gäller i dag: galler, kommande, avslutat eller ej_angiven."
    )
    municipalities: list[CodeName]
    district: str = Field(description="Stadsdel eller område om löftet gäller en del av kommunen.")
    url: Url = Field(description="Medborgarlöftets sida.")
    api_url: Url


class LatestStatus(Shape):
    """Löftets status i medborgarlöftets senaste publicerade uppföljning."""

    status: str
    label: str
    achieved_count: int | None
    followup_uid: Uid


class Target(Shape):
    count: int
    unit: str
    per: str = Field(description="dag, vecka, manad, termin, ar eller period.")
    scope: str
    label: str


class FirstTarget(Shape):
    count: int
    unit: str
    per: str
    label: str


class Deadline(Shape):
    count: int
    unit: str
    label: str = Field(description="T.ex. inom 24 timmar.")


class ActionFields(Shape):
    uid: Uid
    api_url: Url
    url: Url = Field(description="Löftet på medborgarlöftets sida.")
    order: int
    heading: str
    text: str
    details: str
    focus_area: SlugName | None
    responsible: CodeLabel
    other_party: str
    methods: list[SlugName]
    target: FirstTarget | None = Field(description="Det första målet, som förut, eller null.")
    targets: list[Target]
    deadline: Deadline | None
    latest_status: LatestStatus | None = Field(
        description="Status i medborgarlöftets senaste publicerade uppföljning, eller null."
    )


class PledgeAction(ActionFields):
    """Ett löfte, som det står i sitt medborgarlöfte."""


class WithPledge(Shape):
    pledge: PledgeSummary


# The fields of the last base come first: `pledge`, then those of the action.
class Action(ActionFields, WithPledge):
    """Ett löfte för sig, med sitt medborgarlöfte i korthet."""


class ActionPage(Page):
    results: list[Action]


class Signatory(Shape):
    name: str
    title: str
    side: str
    organisation: str


class Party(Shape):
    name: str
    role: str = Field(description="undertecknar eller medverkar.")


class Followup(Shape):
    cadence: str
    cadence_label: str
    text: str
    published_where: str


class FollowupLink(Shape):
    uid: Uid
    title: str
    url: Url
    api_url: Url


class Pledge(PledgeSummary):
    """Ett medborgarlöfte med sina löften."""

    counties: list[CodeName]
    police_area: SlugName | None
    focus_areas: list[SlugName]
    introduction: str
    situation: str
    situation_basis: str
    expected_effect: str
    other_text: str
    followup: Followup
    issuer: CodeLabel = Field(description="kommun_och_polis, polisen eller kommunen.")
    districts: list[str]
    signed_on: Date | None
    signed_on_precision: str = Field(description="dag eller manad.")
    signed_on_label: str
    signed_place: str
    signatories: list[Signatory]
    parties: list[Party] = Field(description="Andra parter än kommunen och polisen.")
    continues: Uid | None = Field(description="uid för det medborgarlöfte som detta fortsätter.")
    source_url: str = Field(description="Originaldokumentets webbadress, eller en tom text.")
    published_at: DateTime
    actions: list[PledgeAction]
    followups: list[FollowupLink] = Field(description="De publicerade uppföljningarna.")


class PledgePage(Page):
    results: list[Pledge]


# Follow-ups


class Covers(Shape):
    label: str
    start_date: Date | None
    end_date: Date | None


class Progress(Shape):
    counted: int = Field(description="Löften som räknas in i andelen.")
    done: int = Field(description="Genomförda löften.")
    percent: int = Field(description="Andelen genomfört, i procent.")
    left_out: int = Field(description="Löften med en status som inte räknas in i andelen.")


class Status(Shape):
    """Ett löftes status i en uppföljning."""

    action_uid: Uid | None = Field(description="Löftet, eller null om det har tagits bort.")
    order: int
    heading: str
    focus_area: str
    action_text: str = Field(description="Löftet som det löd när uppföljningen publicerades.")
    responsible: str
    target: str
    status: str
    label: str
    evidence: str
    achieved_count: int | None


class Report(Shape):
    """En uppföljning med status för varje löfte, som löftet löd när den publicerades."""

    uid: Uid
    pledge: PledgeSummary
    title: str
    kind: str = Field(description="ar, tertial, kvartal, halvar eller slut.")
    year: int | None
    number: int | None
    covers: Covers
    url: Url
    api_url: Url
    published_at: DateTime
    is_example: bool = Field(description="Ett påhittat exempel.")
    summary: str
    effect: str
    indicators: str
    fulfilment: str
    lessons: str
    progress: Progress
    statuses: list[Status] = Field(description="En per löfte.")


class ReportPage(Page):
    results: list[Report]
