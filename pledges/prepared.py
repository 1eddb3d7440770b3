"""Querysets compiled to SQL once per process and run with new values on every request.

Turning a queryset into SQL costs Django far more than PostgreSQL takes to answer a query on
one pledge: on the pledge, follow-up and municipality pages most of a request's time went to
building the same few queries again. A PreparedQuery builds its queryset once, with stand-in
values for what changes between requests (a slug, a primary key, the time now), keeps the SQL
and puts the request's values in place of the stand-ins each time it runs. The queryset stays
the definition, so a renamed field or table still shows up where the query is written.

On PostgreSQL the statement is also prepared on the server: the values travel apart from the
SQL and the server parses and plans it once per connection instead of on every request. Planning
was most of what these queries cost the database (0.9 ms a run for the pledge page's main query,
0.3 ms prepared). Only these statements are prepared; the rest of the site keeps Django's
default (values inlined by the client, nothing kept on the server), since a plan made once can
be far worse than a fresh one for a query whose best plan depends on its values, as a search's
does. A connection pooler in front of PostgreSQL must keep one server connection per client
connection (pgbouncer's session mode) for prepared statements to work.

The rows are dicts keyed by the queryset's values() names, with the values converted as
Django converts them; write the queryset with values().
"""

import datetime
import json

import psycopg
from django.db import connection
from django.db.models import Field, ForeignObject, Lookup

# Stand-ins that no real value equals: the time now, the day, texts and numbers.
NOW = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)
TODAY = datetime.date(1901, 2, 3)


def text(name):
    return f"\x1fprepared:{name}\x1f"


def number(index):
    return -7_340_000 - index


def numbers(index):
    """A stand-in for a list of whole numbers (ids), for a `field__in_numbers=` filter."""
    return [number(index)]


def number_list(values, using=None):
    """A list of whole numbers as one value for the database: an array on PostgreSQL, JSON
    text on SQLite."""
    values = [int(value) for value in values]
    return values if (using or connection).vendor == "postgresql" else json.dumps(values)


class InNumbers(Lookup):
    """`field__in_numbers=[…]`: the field is one of a list of whole numbers, given to the
    database as one value rather than one placeholder per number (as `__in` does), so that the
    SQL is the same however many there are and a PreparedQuery can take the list as a value."""

    lookup_name = "in_numbers"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        value = number_list(self.rhs, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*params, value]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*params, value]


# Related fields keep lookups of their own, apart from other fields'.
Field.register_lookup(InNumbers)
ForeignObject.register_lookup(InNumbers)


# Django opens connections with psycopg's prepare_threshold at None, with which psycopg prepares
# nothing, even a statement asked for. A threshold no statement reaches keeps automatic
# preparing off and lets the statements asked for be prepared.
ONLY_WHEN_ASKED = 2**31 - 1


class _PreparingCursor(psycopg.Cursor):
    """psycopg's cursor with server-side binding, preparing every statement it runs."""

    def execute(self, query, params=None, **kwargs):
        return super().execute(query, params, prepare=True, **kwargs)


def cursor(on_server=True):
    """A cursor that prepares its statements on PostgreSQL (Django's own elsewhere, or with
    on_server=False), wrapped as Django wraps its cursors, so the queries are logged, counted and
    their errors translated."""
    if connection.vendor != "postgresql" or not on_server:
        return connection.cursor()
    connection.ensure_connection()
    database = connection.connection
    if database.prepare_threshold is None:
        database.prepare_threshold = ONLY_WHEN_ASKED
    with connection.wrap_database_errors:
        return connection._prepare_cursor(_PreparingCursor(database))


def adapted(value):
    """A value as Django hands it to the database driver (SQLite gets times as text)."""
    if isinstance(value, datetime.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, datetime.date):
        return connection.ops.adapt_datefield_value(value)
    if isinstance(value, (list, tuple)):
        return number_list(value)
    return value


class PreparedQuery:
    """`build(**stand_ins)` returns a values() queryset; rows(**values) runs it with values.

    With on_server=False the SQL is still built once, but PostgreSQL plans it afresh for every
    run, with the values in it: for a query whose best plan depends on its values (a search for
    a rare word against one that matches nearly every row), which one plan kept on the server
    for every value would serve badly."""

    def __init__(self, build, on_server=True, **stand_ins):
        self.build = build
        self.on_server = on_server
        self.stand_ins = stand_ins
        self.compiled = None

    def compile(self):
        query = self.build(**self.stand_ins).query
        compiler = query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        slots = []
        for param in params:
            name = next((n for n, s in self.stand_ins.items() if param == adapted(s)), None)
            slots.append((name, param))
        found = {name for name, _param in slots if name}
        missing = set(self.stand_ins) - found
        if missing:
            raise ValueError(f"The query does not use {', '.join(sorted(missing))}.")
        names = list(query.selected or [])  # as QuerySet.values() names the columns
        if not names:
            names = [*query.extra_select, *query.values_select, *query.annotation_select]
        # The conversions Django makes from what the database gives (JSON read from text, …).
        fields = [select[0] for select in compiler.select[: compiler.col_count]]
        converters = list(compiler.get_converters(fields).items())
        return sql, slots, names, converters

    def rows(self, **values):
        """The rows as dicts keyed by the values() names."""
        names = self._compiled()[2]
        return [dict(zip(names, row, strict=True)) for row in self.tuples(**values)]

    def tuples(self, **values):
        """The rows as sequences of values, in the order of the values() names."""
        sql, slots, _names, converters = self._compiled()
        params = [adapted(values[name]) if name else param for name, param in slots]
        with cursor(self.on_server) as prepared:
            prepared.execute(sql, params)
            rows = prepared.fetchall()
        if converters:
            rows = [list(row) for row in rows]
            for row in rows:
                for position, (functions, expression) in converters:
                    value = row[position]
                    for function in functions:
                        value = function(value, expression, connection)
                    row[position] = value
        return rows

    def _compiled(self):
        if self.compiled is None:
            self.compiled = self.compile()
        return self.compiled


def instance(model, row):
    """A model instance from a row of its own fields (the rest deferred), as a query makes it."""
    names = [field.attname for field in model._meta.concrete_fields if field.attname in row]
    return model.from_db(connection.alias, names, [row[name] for name in names])


def keep_prefetched(obj, name, model, related):
    """Keeps `related` (instances of `model`) as `obj`'s `name` relation, as prefetch_related
    leaves it, so that the model's own methods read them without a query."""
    cached = model.objects.all()
    cached._result_cache = list(related)
    cached._prefetch_done = True
    obj._prefetched_objects_cache = {**getattr(obj, "_prefetched_objects_cache", {}), name: cached}
