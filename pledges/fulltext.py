"""Free-text matching: PostgreSQL's Swedish full-text search, or a plain `icontains` on SQLite.

On PostgreSQL each searchable model stores its tsvector (the `*_FIELDS` below, title-like fields
weighted A, the rest B) in its `search_vector` column, with a GIN index on it. A trigger made by
the migrations pledges/0013 and followups/0006 fills the column on every insert and update, so
a query neither computes a vector per row to match, rank or count, nor has to stay on an
expression index to be fast. tests/pledges/test_search.py compares the stored vectors with
vector() below, and asks PostgreSQL for the plan.

The 'swedish' configuration stems words, so "bedrägeri" finds "bedrägerier", and drops words such
as "och". Queries are read as web search syntax: "exakt fras", -utan, eller.

SQLite has no such thing: there every word of the query must occur, as a part of a word and in
any of the fields, which is enough for development and tests.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import F, Q, Value

CONFIG = "swedish"
MAX_LENGTH = 100

PLEDGE_FIELDS = {
    "A": ["title"],
    "B": ["district", "introduction", "situation", "expected_effect", "other_text"],
}
ACTION_FIELDS = {"A": ["heading", "text"], "B": ["details", "other_party"]}
REPORT_FIELDS = {"A": ["summary"], "B": ["effect", "indicators", "fulfilment", "lessons"]}
STATUS_FIELDS = {"B": ["evidence"]}


def clean(text):
    """The query as typed, without NUL (PostgreSQL refuses it) and surrounding space."""
    return (text or "").replace("\x00", "").strip()


def uses_postgres(queryset):
    return connections[queryset.db].vendor == "postgresql"


def vector(fields):
    """The weighted tsvector expression over `fields` ({weight: [field, …]})."""
    parts = [SearchVector(*names, config=CONFIG, weight=weight) for weight, names in fields.items()]
    combined = parts[0]
    for part in parts[1:]:
        combined = combined + part
    return combined


def query(text):
    return SearchQuery(text, config=CONFIG, search_type="websearch")


def words(text):
    return [word for word in clean(text).split() if word]


def matching(queryset, fields, text, rank=False):
    """The rows of `queryset` whose `fields` match `text`; with rank=True annotated with
    `rank` (0 on SQLite). An empty text matches nothing."""
    text = clean(text)
    if not words(text):
        return queryset.none()
    if uses_postgres(queryset):
        search = query(text)
        queryset = queryset.filter(search_vector=search)
        if rank:
            queryset = queryset.annotate(rank=SearchRank(F("search_vector"), search))
        return queryset
    names = [name for group in fields.values() for name in group]
    for word in words(text):
        any_field = Q()
        for name in names:
            any_field |= Q(**{f"{name}__icontains": word})
        queryset = queryset.filter(any_field)
    if rank:
        queryset = queryset.annotate(rank=Value(0.0))
    return queryset


def highlight_terms(text, using="default"):
    """What to mark in the results: the stems PostgreSQL matched on, else the words typed."""
    text = clean(text)
    if not words(text):
        return []
    connection = connections[using]
    if connection.vendor != "postgresql":
        return [word.lower() for word in words(text)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [CONFIG, text])
        (stems,) = cursor.fetchone()
    return sorted(stems or [], key=len, reverse=True)
