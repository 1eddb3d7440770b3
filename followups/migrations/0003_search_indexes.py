"""GIN indexes for the Swedish full-text search of follow-ups, on PostgreSQL only.

The same expressions as in pledges/fulltext.py (REPORT_FIELDS and STATUS_FIELDS); see
pledges/migrations/0005_search_indexes.py for why they are written out. On SQLite this does
nothing.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEXES = [
    (
        "FollowUpReport",
        "report_search_gin",
        {"A": ["summary"], "B": ["effect", "indicators", "fulfilment", "lessons"]},
    ),
    ("ActionStatus", "status_search_gin", {"B": ["evidence"]}),
]


def vector(fields):
    parts = [SearchVector(*names, config="swedish", weight=weight) for weight, names in fields.items()]
    combined = parts[0]
    for part in parts[1:]:
        combined = combined + part
    return combined


def indexes(apps):
    for model_name, name, fields in INDEXES:
        yield apps.get_model("followups", model_name), GinIndex(vector(fields), name=name)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in indexes(apps):
            schema_editor.add_index(model, index)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in indexes(apps):
            schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [("followups", "0002_history_and_unpublishing")]

    operations = [migrations.RunPython(create, drop)]
