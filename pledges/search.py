"""The site search (/sok/): published pledges, promises, follow-ups and municipalities.

Matching is fulltext.py's (Swedish full-text search on PostgreSQL, `icontains` on SQLite).
Results come in groups by kind, best first, and each shows a piece of the text it was found in
with the matched words marked. The text is escaped first: only the <mark> tags are ours.
"""

import functools
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchRank
from django.db.models import F, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from followups.models import ActionStatus, FollowUpReport
from municipalities.models import Municipality

from . import fulltext
from .models import Action, Pledge, PledgeState
from .paging import IdsFirst, first_page
from .prepared import NOW, PreparedQuery, instance, keep_prefetched, numbers
from .templatetags.pledge_tags import pledge_name

SNIPPET_CHARS = 240
# Each state's and status's label, translated when shown.
STATE_LABELS = dict(PledgeState.choices)
STATUS_LABELS = dict(ActionStatus.Status.choices)


class Highlighter:
    """Marks the words a query matched in a text, after escaping it.

    On PostgreSQL `terms` are the stems the query was reduced to, so a word that *begins* with
    one is marked ("bedrägeri" marks "bedrägerier"); on SQLite any word that contains one.
    """

    def __init__(self, terms, prefix_only):
        self.pattern = None
        if terms:
            alternatives = "|".join(re.escape(term) for term in terms)
            start = r"(?<!\w)" if prefix_only else r"\w*"
            self.pattern = re.compile(rf"{start}(?:{alternatives})\w*", re.IGNORECASE)

    def finds(self, text):
        return bool(self.pattern and text and self.pattern.search(text))

    def mark(self, text):
        """The text, escaped, with each match in <mark>."""
        text = text or ""
        if not self.pattern:
            return escape(text)
        pieces, end = [], 0
        for match in self.pattern.finditer(text):
            pieces.append(escape(text[end : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            end = match.end()
        pieces.append(escape(text[end:]))
        return mark_safe("".join(pieces))

    def snippet(self, text, length=SNIPPET_CHARS):
        """About `length` characters of the text around its first match, marked."""
        text = " ".join((text or "").split())
        if len(text) <= length:
            return self.mark(text)
        match = self.pattern.search(text) if self.pattern else None
        start = max(0, match.start() - length // 3) if match else 0
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < (match.start() if match else len(text)) else start
        end = min(len(text), start + length)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        before = "… " if start else ""
        after = " …" if end < len(text) else ""
        return mark_safe(f"{before}{self.mark(text[start:end])}{after}")

    def first(self, texts):
        """A snippet of the first of `texts` with a match, else of the first non-empty one."""
        texts = [text for text in texts if text]
        found = next((text for text in texts if self.finds(text)), texts[0] if texts else "")
        return self.snippet(found)


@dataclass
class Result:
    title: str
    url: str
    meta: str = ""
    snippet: str = ""
    pledge: object = None  # a pledge hit: its state is shown
    status: str = ""  # a promise hit: its status in the latest follow-up, if any
    status_label: str = ""

    @property
    def state(self):
        return self.pledge.state

    @property
    def state_label(self):
        return STATE_LABELS[self.pledge.state]


@dataclass
class Group:
    kind: str
    label: str
    count: int
    results: list = field(default_factory=list)


def ranked(queryset, text):
    """`queryset` annotated with `rank` for `text` by its stored search vector: 0 on SQLite."""
    if fulltext.uses_postgres(queryset):
        return queryset.annotate(rank=SearchRank(F("search_vector"), fulltext.query(text)))
    return queryset.annotate(rank=Value(0.0))


PLACES = PreparedQuery(
    lambda ids: (
        Pledge.municipalities.through.objects.filter(pledge_id__in_numbers=ids)
        .order_by("municipality__code")
        .values(
            "pledge_id",
            "municipality_id",
            "municipality__code",
            "municipality__name",
            "municipality__slug",
            "municipality__county_id",
        )
    ),
    ids=numbers(1),
)


def with_places(items):
    """`items` (results of any kinds), their pledges' municipalities read in one query for
    all of them, as the names and addresses need them, and kept as a prefetch would keep
    them, so the pledges' own methods read them."""
    items = list(items)
    pledges = [
        item if isinstance(item, Pledge) else getattr(item, "pledge", None) for item in items
    ]
    pledges = [pledge for pledge in pledges if pledge is not None]
    if not pledges:
        return items
    places = {pledge.pk: [] for pledge in pledges}
    for row in PLACES.rows(ids=list(places)):
        fields = {"id": row["municipality_id"], "county_id": row["municipality__county_id"]}
        for name in ("code", "name", "slug"):
            fields[name] = row[f"municipality__{name}"]
        places[row["pledge_id"]].append(instance(Municipality, fields))
    for pledge in pledges:
        keep_prefetched(pledge, "municipalities", Municipality, places[pledge.pk])
    return items


# Each kind is found in two steps: `find` ranks the matches and reads only their ids (and, for
# a first page, how many there are, in the same query: see paging.IdsFirst), `load` reads what
# the results show of those few. Ranking and counting thus never carry every match's wide row.


def find_pledges(text, now):
    published = Pledge.objects.filter(status=Pledge.Status.PUBLISHED, published_at__lte=now)
    matches = fulltext.matching(published, fulltext.PLEDGE_FIELDS, text, True)
    return matches.order_by("-rank", Coalesce("start_date", "end_date").desc(nulls_last=True), "pk")


# What no result shows, and the stored search vectors (long, and read as text): not read.
PLEDGE_SKIPS = [
    "search_vector",
    "situation_basis",
    "followup_text",
    "source_note",
    "import_notes",
    "import_sources",
    "unpublish_reason",
]
# Of a promise's or a report's pledge only its name and address are shown: what they are made of.
PLEDGE_NAME_FIELDS = [
    "district",
    "district_slug",
    "period_slug",
    "start_date",
    "end_date",
    "start_precision",
    "end_precision",
    "until_further_notice",
]


def pledge_name_fields(path):
    return [f"{path}__{name}" for name in PLEDGE_NAME_FIELDS]


# The rows the results show are read by prepared queries (pledges/prepared.py): their plans do
# not depend on the ids, and building the querysets anew cost more than running them.
LOADED_PLEDGE_FIELDS = [
    f.attname for f in Pledge._meta.concrete_fields if f.name not in PLEDGE_SKIPS
]
LOAD_PLEDGES = PreparedQuery(
    lambda ids: Pledge.objects.filter(pk__in_numbers=ids).order_by().values(*LOADED_PLEDGE_FIELDS),
    ids=numbers(1),
)


def load_pledges(ids):
    return [instance(Pledge, row) for row in LOAD_PLEDGES.rows(ids=ids)]


def of_published_pledges(queryset, now):
    """The rows of `queryset` whose pledge is published, by a join on the pledge (which the
    ordering joins anyway) rather than a second scan of every pledge in a subquery."""
    return queryset.filter(pledge__status=Pledge.Status.PUBLISHED, pledge__published_at__lte=now)


def find_actions(text, now):
    published = of_published_pledges(Action.objects.all(), now)
    matches = fulltext.matching(published, fulltext.ACTION_FIELDS, text, True)
    return matches.order_by(
        "-rank",
        Coalesce("pledge__start_date", "pledge__end_date").desc(nulls_last=True),
        "pledge",
        "order",
        "pk",
    )


def _actions_shown(ids, now):
    # The promises are of published pledges already: only the reports' own state is asked.
    latest_status = (
        ActionStatus.objects.filter(
            action=OuterRef("pk"),
            report__status=FollowUpReport.Status.PUBLISHED,
            report__published_at__lte=now,
        )
        .order_by("-report__covers_end", "-report__published_at", "-report__pk")
        .values("status")[:1]
    )
    return (
        Action.objects.filter(pk__in_numbers=ids)
        .order_by()
        .values(
            "id",
            "uid",
            "pledge_id",
            "order",
            "heading",
            "text",
            "details",
            "other_party",
            *pledge_name_fields("pledge"),
            latest_status_value=Subquery(latest_status),
        )
    )


LOAD_ACTIONS = PreparedQuery(_actions_shown, ids=numbers(1), now=NOW)


def load_actions(ids):
    actions = []
    for row in LOAD_ACTIONS.rows(ids=ids, now=timezone.now()):
        action = instance(Action, row)
        names = {name: row[f"pledge__{name}"] for name in PLEDGE_NAME_FIELDS}
        action.pledge = instance(Pledge, {"id": row["pledge_id"], **names})
        action.latest_status_value = row["latest_status_value"]
        actions.append(action)
    return actions


def find_reports(text, now):
    if not fulltext.uses_postgres(FollowUpReport.objects.all()):
        published = of_published_pledges(
            FollowUpReport.objects.filter(
                status=FollowUpReport.Status.PUBLISHED, published_at__lte=now
            ),
            now,
        )
        matches = published.search(text)
        return ranked(matches, text).order_by("-rank", "-published_at", "pk")
    # The reports whose own texts match and those where a promise's evidence matches, each
    # found on its GIN index and joined in one list (a UNION), rather than an OR of the two
    # that has PostgreSQL read every report to test it.
    own = fulltext.matching(FollowUpReport.objects.all(), fulltext.REPORT_FIELDS, text)
    evidence = fulltext.matching(ActionStatus.objects.all(), fulltext.STATUS_FIELDS, text)
    published = of_published_pledges(
        FollowUpReport.objects.filter(
            status=FollowUpReport.Status.PUBLISHED, published_at__lte=now
        ),
        now,
    )
    either = own.order_by().values("pk").union(evidence.order_by().values("report_id"))
    matches = published.filter(pk__in=either)
    return ranked(matches, text).order_by("-rank", "-published_at", "pk")


def load_reports(ids):
    return (
        FollowUpReport.objects.filter(pk__in=ids)
        .select_related("pledge")
        .defer("search_vector", "import_notes", *[f"pledge__{n}" for n in PLEDGE_SKIPS])
        .prefetch_related(
            Prefetch("statuses", queryset=ActionStatus.objects.only("report", "evidence"))
        )
    )


def find_municipalities(text, now):
    return Municipality.objects.search(text).order_by("name")


def load_municipalities(ids):
    return Municipality.objects.filter(pk__in=ids).select_related("county")


def pledge_result(pledge, highlighter):
    texts = [pledge.introduction, pledge.situation, pledge.expected_effect, pledge.other_text]
    return Result(
        title=highlighter.mark(pledge_name(pledge)),
        url=pledge.get_absolute_url(),
        meta=pledge.title,
        snippet=highlighter.first([*texts, pledge.district, pledge.title]),
        pledge=pledge,
    )


def action_result(action, highlighter):
    return Result(
        title=highlighter.mark(pledge_name(action.pledge)),
        url=action.get_absolute_url(),
        meta=action.heading,
        snippet=highlighter.first([action.text, action.details, action.other_party]),
        status=action.latest_status_value or "",
        status_label=STATUS_LABELS.get(action.latest_status_value, ""),
    )


def report_result(report, highlighter):
    evidence = [status.evidence for status in report.statuses.all()]
    texts = [report.summary, report.effect, report.indicators, report.fulfilment, report.lessons]
    return Result(
        title=highlighter.mark(f"{pledge_name(report.pledge)}: {report.title}"),
        url=report.get_absolute_url(),
        meta=report.covers_label,
        snippet=highlighter.first([*texts, *evidence]),
    )


def municipality_result(municipality, highlighter):
    return Result(
        title=highlighter.mark(municipality.name),
        url=municipality.get_absolute_url(),
        meta=municipality.county.name,
    )


# The kinds in the order the page shows them: (kind, label, find, load, result).
KINDS = [
    ("kommuner", _("Kommuner"), find_municipalities, load_municipalities, municipality_result),
    ("loften", _("Medborgarlöften"), find_pledges, load_pledges, pledge_result),
    ("atgarder", _("Löften"), find_actions, load_actions, action_result),
    ("uppfoljningar", _("Uppföljningar"), find_reports, load_reports, report_result),
]
KIND_NAMES = [kind for kind, *_rest in KINDS]


def highlighter_for(text):
    terms = fulltext.highlight_terms(text)
    return Highlighter(terms, prefix_only=fulltext.uses_postgres(Pledge.objects.all()))


# On PostgreSQL the first page of a kind (its ids, and how many match in all) comes from a
# query built once per process, with the words searched for and the time as values
# (prepared.PreparedQuery): building and compiling the ranked queries anew was a third of a
# search's own time. PostgreSQL still plans it for every search (on_server=False), since the
# best plan for a rare word (the index) is not the best for one that matches nearly every row.
# The stand-in is a word, as fulltext.matching keeps it whole.
SEARCH_WORDS = "sokordenersattsvarjegang"
PREPARED_KINDS = {"loften", "atgarder", "uppfoljningar"}


@functools.cache
def _first_page_query(find, first):
    def build(text, now):
        return first_page(find(text, now), first).values("pk", "rows_in_all")

    return PreparedQuery(build, on_server=False, text=SEARCH_WORDS, now=NOW)


def matches_of(kind, find, load, text, first):
    """IdsFirst for one kind's matches, its first page read by a prepared query on
    PostgreSQL."""
    now = timezone.now()

    def ordered():
        return find(text, now)

    first_rows = None
    if kind in PREPARED_KINDS and fulltext.uses_postgres(Pledge.objects.all()):
        query = _first_page_query(find, first)

        def first_rows():
            return query.tuples(text=text, now=now)

    return IdsFirst(ordered, load, first, first_rows)


def groups(text, highlighter, limit):
    """Every kind with its number of matches and its `limit` best results."""
    found = []
    for kind, label, find, load, result in KINDS:
        matches = matches_of(kind, find, load, text, limit)
        group = Group(kind, label, matches.count())
        found.append((group, result, matches[:limit] if group.count else []))
    with_places(item for _group, _result, items in found for item in items)
    for group, result, items in found:
        group.results = [result(item, highlighter) for item in items]
    return [group for group, _result, _items in found]


def kind_matches(kind, text, per_page):
    """(label, matches, result) for one kind, to be paginated `per_page` at a time."""
    for name, label, find, load, result in KINDS:
        if name == kind:
            return label, matches_of(name, find, load, text, per_page), result
    raise ValueError(kind)
