"""Pages of a list, with a message in Swedish when the page asked for does not exist."""

from django.db.models import Count, Window
from django.utils.translation import gettext as _


def page_of(paginator, requested):
    """(page, message): the page asked for, else the nearest one and a message saying so."""
    page = paginator.get_page(requested)
    message = ""
    if requested is not None and requested != str(page.number):
        message = _("Det finns ingen sida ”%(page)s”. Här visas sida %(number)d av %(pages)d.") % {
            "page": requested[:20],
            "number": page.number,
            "pages": paginator.num_pages,
        }
    return page, message


def first_page(ordered, first):
    """The first `first` rows of `ordered`, each with the number of all rows as `rows_in_all`."""
    return ordered.annotate(rows_in_all=Window(Count("pk")))[:first]


class IdsFirst:
    """A list read as Paginator reads it (count(), slices): the ids in order first, then only
    those rows whole, by `load(ids)`.

    Counting and the first `first` ids come from one query, each id with the number of all
    rows (a window count), so a first page costs one scan and sort of narrow rows, not a count
    and then a sort that carries every row whole. Other slices read their ids on their own.
    `ordered` may be a function that returns the queryset, called only when it is needed.
    `first_rows`, if given, reads those (id, number of all rows) pairs instead of the queryset
    (a prepared query, say, that gives the same rows)."""

    def __init__(self, ordered, load, first, first_rows=None):
        self._ordered = ordered
        self.load = load
        self.first = first
        self.first_rows = first_rows
        self.first_ids = None
        self.total = None

    @property
    def in_order(self):
        if callable(self._ordered):
            self._ordered = self._ordered()
        return self._ordered

    def _read_first(self):
        if self.first_rows is not None:
            rows = self.first_rows()
        else:
            rows = list(first_page(self.in_order, self.first).values_list("pk", "rows_in_all"))
        self.first_ids = [pk for pk, _total in rows]
        self.total = rows[0][1] if rows else 0

    def count(self):
        if self.total is None:
            self._read_first()
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, bounds):
        if not isinstance(bounds, slice) or bounds.step is not None:
            raise TypeError("Read a slice at a time.")
        start, stop = bounds.start or 0, bounds.stop
        if start == 0 and stop is not None and stop <= self.first:
            if self.first_ids is None:
                self._read_first()
            ids = self.first_ids[:stop]
        else:
            ids = list(self.in_order.values_list("pk", flat=True)[bounds])
        if not ids:
            return []
        by_id = {item.pk: item for item in self.load(ids)}
        return [by_id[pk] for pk in ids if pk in by_id]
