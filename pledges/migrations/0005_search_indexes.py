"""GIN indexes for the Swedish full-text search, on PostgreSQL only.

Each index is on the same tsvector expression pledges/fulltext.py searches with, so that
PostgreSQL can use it; a test asks for the query plan to keep the two in step. The expressions
are written out here rather than imported, so that this migration means the same thing later.
SQLite has no full-text search of this kind: there the migration does nothing.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEXES = [
    (
        "Pledge",
        "pledge_search_gin",
        {
            "A": ["title"],
            "B": ["district", "introduction", "situation", "expected_effect", "other_text"],
        },
    ),
    ("Action", "action_search_gin", {"A": ["heading", "text"], "B": ["details", "other_party"]}),
]


def vector(fields):
    parts = [SearchVector(*names, config="swedish", weight=weight) for weight, names in fields.items()]
    combined = parts[0]
    for part in parts[1:]:
        combined = combined + part
    return combined


def indexes(apps):
    for model_name, name, fields in INDEXES:
        yield apps.get_model("pledges", model_name), GinIndex(vector(fields), name=name)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in indexes(apps):
            schema_editor.add_index(model, index)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in indexes(apps):
            schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [("pledges", "0004_published_version")]

    operations = [migrations.RunPython(create, drop)]
