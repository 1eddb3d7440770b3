"""The change history in the admin, as staff read it: in Swedish, each change in full, only what
really changed, times in Swedish time (used by ScopedAdmin)."""

import datetime

from django.contrib.admin.utils import display_for_field
from django.utils.html import conditional_escape
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

from .models import local_time_label

EMPTY = "–"


def readable(field, value):
    """A field's value as the change form would show it: choices by their label, yes/no, dates
    in Swedish time, lists of names, "–" for nothing."""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or EMPTY
    if value is None or value == "":
        return EMPTY
    if isinstance(value, datetime.datetime):
        return local_time_label(value)
    if field.is_relation:
        return str(value)
    return str(display_for_field(value, field, EMPTY))


class HistoryContext(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        value = super().prepare_delta_change_value(change, value)
        return readable(self.model._meta.get_field(change.field), value)

    def stringify_delta_change_values(self, change, old, new):
        # The whole text, not simple_history's "[143 chars]": what changed in a promise is
        # often in the middle of it.
        return conditional_escape(old), conditional_escape(new)

    def context_for_delta_changes(self, delta):
        # A value saved again unchanged (a relation to many written anew, a time to the
        # microsecond) is no change to the reader.
        return [
            change
            for change in super().context_for_delta_changes(delta)
            if str(change["old"]) != str(change["new"])
        ]


HISTORY_TYPES = {"+": _("Skapad"), "~": _("Ändrad"), "-": _("Borttagen")}
