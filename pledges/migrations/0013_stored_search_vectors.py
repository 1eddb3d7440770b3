"""Stored search vectors: each searchable row keeps its tsvector in `search_vector`, with a
GIN index on it, instead of an index on an expression that every query had to compute again
for every row it ranks or counts (a term that matches everything skipped the index and
recomputed it for all rows).

On PostgreSQL a trigger fills the column on every insert and every update of the searched
columns, so bulk_create, QuerySet.update() and raw SQL keep it right as well as save(); the
existing rows are filled here. The expression is the one in pledges/fulltext.py (written out
here, as in pledges/migrations/0005_search_indexes.py, so this migration means the same thing later); a test
compares the stored vector with fulltext.vector() to keep the two in step. SQLite has no such
search: there the column stays empty and the search matches words with `icontains`.
"""

import django.contrib.postgres.search
from django.db import migrations

VECTORS = [
    (
        "pledges_pledge",
        "pledge_search_gin",
        {
            "A": ["title"],
            "B": ["district", "introduction", "situation", "expected_effect", "other_text"],
        },
    ),
    (
        "pledges_action",
        "action_search_gin",
        {"A": ["heading", "text"], "B": ["details", "other_party"]},
    ),
]


def tsvector_sql(fields, row):
    """The weighted tsvector of `fields` ({weight: [column, …]}) of `row` ("NEW" in a trigger,
    the table in an UPDATE), the same expression as pledges/fulltext.py's vector()."""
    parts = []
    for weight, names in fields.items():
        text = " || ' ' || ".join(f"COALESCE({row}.\"{name}\", '')" for name in names)
        parts.append(f"setweight(to_tsvector('swedish'::regconfig, {text}), '{weight}')")
    return " || ".join(parts)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, old_index, fields in VECTORS:
        columns = ", ".join(f'"{name}"' for group in fields.values() for name in group)
        schema_editor.execute(f'DROP INDEX IF EXISTS "{old_index}"')
        schema_editor.execute(
            f'CREATE FUNCTION "{table}_search_vector"() RETURNS trigger AS $$ BEGIN '
            f"NEW.search_vector := {tsvector_sql(fields, 'NEW')}; RETURN NEW; "
            "END $$ LANGUAGE plpgsql"
        )
        schema_editor.execute(
            f'CREATE TRIGGER "{table}_search_vector" BEFORE INSERT OR UPDATE OF {columns} '
            f'ON "{table}" FOR EACH ROW EXECUTE FUNCTION "{table}_search_vector"()'
        )
        schema_editor.execute(f'UPDATE "{table}" SET search_vector = {tsvector_sql(fields, table)}')
        schema_editor.execute(
            f'CREATE INDEX "{table}_search_vector_gin" ON "{table}" USING gin (search_vector)'
        )
        schema_editor.execute(f'ANALYZE "{table}"')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, old_index, fields in VECTORS:
        schema_editor.execute(f'DROP TRIGGER "{table}_search_vector" ON "{table}"')
        schema_editor.execute(f'DROP FUNCTION "{table}_search_vector"()')
        schema_editor.execute(f'DROP INDEX "{table}_search_vector_gin"')
        vector = " || ".join(
            f"setweight(to_tsvector('swedish'::regconfig, "
            + " || ' ' || ".join(f"COALESCE(\"{n}\", '')" for n in names)
            + f"), '{weight}')"
            for weight, names in fields.items()
        )
        schema_editor.execute(f'CREATE INDEX "{old_index}" ON "{table}" USING gin (({vector}))')


class Migration(migrations.Migration):
    dependencies = [
        ("pledges", "0012_revisions"),
    ]

    operations = [
        migrations.AddField(
            model_name="action",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True, verbose_name="sökvektor"
            ),
        ),
        migrations.AddField(
            model_name="pledge",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True, verbose_name="sökvektor"
            ),
        ),
        migrations.RunPython(create, drop),
    ]
