"""The admin's choice fields with many options, as comboboxes you can type in.

A plain <select> (or <select multiple>) that works without JavaScript, enhanced by
static/js/combobox.js with GOV.UK's accessible-autocomplete (static/vendor/): a text box with
role="combobox" that keeps the field's label, help text, errors and "obligatoriskt", announces
the highlighted option and the number of matches, and for several values lists each chosen one
as a button "Ta bort …" that the keyboard reaches. It replaces Django's autocomplete_fields
(select2), whose search box had no name and whose chosen values could not be removed by
keyboard.

The choices are the form field's queryset, so each admin's scoping of them (PledgeAdminForm,
formfield_for_foreignkey) applies as it did to the autocomplete.
"""

import json

from django import forms
from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

MEDIA = forms.Media(
    css={
        "all": [
            "vendor/accessible-autocomplete/accessible-autocomplete.min.css",
            "css/combobox.css",
        ]
    },
    js=["vendor/accessible-autocomplete/accessible-autocomplete.min.js", "js/combobox.js"],
)


def texts():
    """What the combobox says, for combobox.js; %s is an option's name, %d a number."""
    return json.dumps(
        {
            "remove": str(_("Ta bort %s")),
            "added": str(_("%s tillagd")),
            "removed": str(_("%s borttagen")),
            "chosen": str(_("Valda")),
            "noneChosen": str(_("Inget valt ännu.")),
            "noResults": str(_("Inga träffar")),
            "hint": str(
                _(
                    "Skriv för att söka, eller tryck på pil ned för att se alla. Välj med "
                    "pilarna och Enter."
                )
            ),
            "results": str(_("%d träffar.")),
            "oneResult": str(_("1 träff.")),
            "highlighted": str(_("%s, %d av %d, markerad.")),
        }
    )


class ComboboxMixin:
    """Marks a select for static/js/combobox.js, with the Swedish texts it speaks."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"data-combobox": "", **(attrs or {})}, choices)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-combobox-texts"] = texts()
        return context

    @property
    def media(self):
        return MEDIA


class ComboboxSelect(ComboboxMixin, forms.Select):
    pass


class ComboboxSelectMultiple(ComboboxMixin, forms.SelectMultiple):
    pass


class DateInput(forms.DateInput):
    """A date typed as ÅÅÅÅ-MM-DD, whatever language the browser speaks (the field's help text
    says so). Django's calendar opened without moving focus into it, a hundred Tabs away, and
    the browser's own date field expects the browser's date order."""

    def __init__(self, attrs=None):
        attrs = {"size": 10, "inputmode": "numeric", "autocomplete": "off", **(attrs or {})}
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    def __init__(self, attrs=None):
        attrs = {"size": 5, "inputmode": "numeric", "autocomplete": "off", **(attrs or {})}
        super().__init__(attrs, format="%H:%M")


class SplitDateTimeWidget(forms.SplitDateTimeWidget):
    """A date and a time, each named (Django writes "Datum:" and "Tid:" beside the inputs but
    labels neither) and each pointing to the field's help text, if it has one."""

    help_text = False

    def __init__(self, attrs=None):
        forms.MultiWidget.__init__(self, [DateInput, TimeInput], attrs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.help_text and attrs and attrs.get("id"):
            for widget in context["widget"]["subwidgets"]:
                widget["attrs"]["aria-describedby"] = f"{attrs['id']}_helptext"
        return context


class AccessibleFields:
    """A ModelAdmin or inline mixin for fields a keyboard and a screen reader can use:

    - the relation fields named in `combobox_fields` get a combobox instead of a plain select;
    - dates are typed as ÅÅÅÅ-MM-DD, as their help text says;
    (A required field says so in words under it: templates/admin/includes/fieldset.html.)
    """

    combobox_fields = ()
    formfield_overrides = {
        models.DateField: {"widget": DateInput},
        models.DateTimeField: {"widget": SplitDateTimeWidget},
    }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.combobox_fields:
            multiple = db_field.many_to_many
            kwargs["widget"] = ComboboxSelectMultiple if multiple else ComboboxSelect
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is None:
            return formfield
        if db_field.name in self.combobox_fields and db_field.many_to_many:
            # Not Django's "Håll ner Control…": the combobox is no list box.
            formfield.help_text = db_field.help_text
        widget = getattr(formfield.widget, "widget", formfield.widget)
        if isinstance(widget, DateInput | SplitDateTimeWidget):
            formfield.help_text = " ".join(
                str(text)
                for text in [
                    formfield.help_text,
                    _("Datum skrivs ÅÅÅÅ-MM-DD, till exempel 2025-05-01.")
                    if isinstance(widget, DateInput)
                    else _("Datum skrivs ÅÅÅÅ-MM-DD och tid TT:MM, till exempel 2025-05-01 09:00."),
                ]
                if text
            )
        if isinstance(widget, SplitDateTimeWidget):
            widget.help_text = bool(formfield.help_text)
            date, time = widget.widgets
            date.attrs.setdefault("aria-label", f"{capfirst(formfield.label)}, {_('datum')}")
            time.attrs.setdefault("aria-label", f"{capfirst(formfield.label)}, {_('tid')}")
        return formfield


def boolean_icon(value):
    """Django admin's yes/no icon, with its alternative text in Swedish: Django writes "True",
    "False" and "None"."""
    names = {True: ("yes", _("Ja")), False: ("no", _("Nej")), None: ("unknown", _("Okänt"))}
    icon, text = names[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)
