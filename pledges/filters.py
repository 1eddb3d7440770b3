"""The filters of /loften/, also used by its CSV and JSON downloads and by the API.

Every filter narrows the pledges on its own; a filter on promises (focus area, method,
responsible, status) keeps a pledge that has at least one such promise. A value that is not
valid is left out and said so on the page (see `problems`), so a mistyped or outdated link
still shows something. The parameter names are Swedish and short, as the URL is shared.
"""

import html

import django_filters
from django import forms
from django.db.models import F, Min, Value, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils.choices import BaseChoiceIterator
from django.utils.functional import Promise
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from followups.models import ActionStatus
from municipalities.models import County, PoliceArea, PoliceRegion

from . import fulltext
from .caching import per_content_version
from .models import NEWEST_FIRST, Action, FocusArea, Method, Pledge, PledgeState


class LazyChoices(BaseChoiceIterator):
    """Choices read from the database when first needed, then kept: at most one query per
    field and request, and none for a field that is neither given nor shown."""

    def __init__(self, read):
        self.read = read
        self.choices = None

    def __iter__(self):
        if self.choices is None:
            self.choices = list(self.read())
        yield from self.choices

    def __deepcopy__(self, memo):
        # The form copies its fields, the widgets keep the original: share what was read.
        return self


def year_choices():
    return per_content_version(
        "year_choices",
        lambda: [(str(year), str(year)) for year in reversed(Pledge.objects.published().years())],
    )


def county_choices():
    return list(County.objects.order_by("code").values_list("code", "name"))


def region_choices():
    return list(PoliceRegion.objects.order_by("name").values_list("slug", "name"))


def police_area_choices():
    return list(PoliceArea.objects.order_by("name").values_list("slug", "name"))


def text(value):
    """The value escaped for HTML, as the templates escape it (conditional_escape) but
    without its lazy-argument wrapper, for the many options of a select."""
    if isinstance(value, Promise):
        value = str(value)
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


def attributes(attrs):
    """HTML attributes in their order, as django/forms/widgets/attrs.html writes them: True as
    the bare name, False left out."""
    return mark_safe(
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )


class FlatSelect(forms.Select):
    """A select built in Python, the same HTML as forms.Select's templates make: the filter
    form has some 170 options, and a template rendered per option costs more than the rest of
    /loften/. Options in groups are left to forms.Select."""

    option_lang = None  # a lang attribute for every option but the empty one

    def render(self, name, value, attrs=None, renderer=None):
        choices = list(self.choices)
        if any(isinstance(label, (list, tuple)) for _value, label in choices):
            return super().render(name, value, attrs, renderer)
        chosen = self.format_value(value)
        lang = f' lang="{escape(self.option_lang)}"' if self.option_lang else ""
        options, has_selected = [], False
        for option_value, label in choices:
            option_value = "" if option_value is None else str(option_value)
            selected = not has_selected and option_value in chosen
            has_selected |= selected
            options.append(
                f'\n  <option value="{html.escape(option_value)}"{" selected" if selected else ""}'
                f"{lang if option_value else ''}>{text(label)}</option>"
            )
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            name,
            attributes(self.build_attrs(self.attrs, attrs)),
            mark_safe("".join(options)),
        )


class SwedishNamesSelect(FlatSelect):
    """A select whose options are names written in Swedish (focus areas, methods): on the
    English pages they are marked as Swedish, for screen readers to pronounce them so."""

    option_lang = "sv"

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = "sv"
        return option


class NamedChoices:
    """The choices of the filters on places and subjects (counties by code; police regions,
    police areas, focus areas and methods by name), read together in one query when the first
    of them is needed (four queries fewer per page than reading each on its own), and then kept
    until the content changes."""

    SOURCES = {
        "lan": (County, "code", "code"),
        "polisregion": (PoliceRegion, "slug", "name"),
        "polisomrade": (PoliceArea, "slug", "name"),
        "fokusomrade": (FocusArea, "slug", "name"),
        "metod": (Method, "slug", "name"),
    }

    def __init__(self):
        self.read = None

    def __call__(self, name):
        return LazyChoices(lambda: self.choices()[name])

    def choices(self):
        if self.read is None:
            self.read = per_content_version("named_choices", self.read_all)
        return self.read

    def read_all(self):
        parts = [
            model.objects.order_by()
            .annotate(
                kind=Value(kind),
                position=Window(RowNumber(), order_by=[F(order).asc(), F("pk").asc()]),
            )
            .values_list("kind", "position", value, "name")
            for kind, (model, value, order) in self.SOURCES.items()
        ]
        rows = sorted(parts[0].union(*parts[1:], all=True), key=lambda row: row[:2])
        read = {kind: [] for kind in self.SOURCES}
        for kind, _position, option, label in rows:
            read[kind].append((option, label))
        return read


def focus_area_choices():
    return list(FocusArea.objects.order_by("name").values_list("slug", "name"))


def method_choices():
    return list(Method.objects.order_by("name").values_list("slug", "name"))


FOLLOWUP_CHOICES = [
    ("ja", _("Har en publicerad uppföljning")),
    ("nej", _("Saknar publicerad uppföljning")),
]

# Sort orders: the value in the URL, its label, and the QuerySet ordering.
# A pledge with only an end sorts by its end; one without any date comes last.
PERIOD = Coalesce("start_date", "end_date")
SORTS = {
    "nyast": (_("Nyaste perioden först"), [*NEWEST_FIRST, "pk"]),
    "aldst": (
        _("Äldsta perioden först"),
        [PERIOD.asc(nulls_last=True), F("end_date").asc(nulls_last=True), "district", "pk"],
    ),
    "kommun": (
        _("Kommun, A–Ö"),
        ["first_municipality", PERIOD.desc(nulls_last=True), "district", "pk"],
    ),
    "publicerad": (_("Senast publicerade först"), ["-published_at", "-pk"]),
}
DEFAULT_SORT = "nyast"


def invalid(message):
    return {"invalid_choice": message}


class PledgeFilter(django_filters.FilterSet):
    ar = django_filters.ChoiceFilter(
        label=_("År"),
        choices=year_choices,
        empty_label=_("Alla år"),
        widget=FlatSelect,
        method="filter_year",
        error_messages=invalid(_("Det finns inga publicerade löften för år ”%(value)s”.")),
    )
    lage = django_filters.ChoiceFilter(
        label=_("Läge i dag"),
        choices=PledgeState.choices,
        empty_label=_("Alla, oavsett period"),
        widget=FlatSelect,
        method="filter_state",
        error_messages=invalid(_("”%(value)s” är inte ett av alternativen för om löftet gäller.")),
    )
    lan = django_filters.ChoiceFilter(
        label=_("Län"),
        choices=county_choices,
        empty_label=_("Alla län"),
        widget=FlatSelect,
        method="filter_county",
        error_messages=invalid(_("Det finns inget län med koden ”%(value)s”.")),
    )
    polisregion = django_filters.ChoiceFilter(
        label=_("Polisregion"),
        choices=region_choices,
        empty_label=_("Alla polisregioner"),
        widget=FlatSelect,
        method="filter_region",
        error_messages=invalid(_("Det finns ingen polisregion ”%(value)s”.")),
    )
    polisomrade = django_filters.ChoiceFilter(
        label=_("Lokalpolisområde"),
        choices=police_area_choices,
        empty_label=_("Alla lokalpolisområden"),
        widget=FlatSelect,
        method="filter_police_area",
        error_messages=invalid(_("Det finns inget lokalpolisområde ”%(value)s”.")),
    )
    fokusomrade = django_filters.ChoiceFilter(
        label=_("Fokusområde"),
        choices=focus_area_choices,
        empty_label=_("Alla fokusområden"),
        widget=SwedishNamesSelect,
        method="filter_focus_area",
        error_messages=invalid(_("Det finns inget fokusområde ”%(value)s”.")),
    )
    metod = django_filters.ChoiceFilter(
        label=_("Arbetsmetod"),
        choices=method_choices,
        empty_label=_("Alla arbetsmetoder"),
        widget=SwedishNamesSelect,
        method="filter_method",
        error_messages=invalid(_("Det finns ingen arbetsmetod ”%(value)s”.")),
    )
    ansvarig = django_filters.ChoiceFilter(
        label=_("Ansvarig för ett löfte"),
        choices=Action.Responsible.choices,
        empty_label=_("Alla"),
        widget=FlatSelect,
        method="filter_responsible",
        error_messages=invalid(_("”%(value)s” är inte ett av alternativen för ansvarig.")),
    )
    uppfoljning = django_filters.ChoiceFilter(
        label=_("Uppföljning"),
        choices=FOLLOWUP_CHOICES,
        empty_label=_("Med eller utan"),
        widget=FlatSelect,
        method="filter_followup",
        error_messages=invalid(_("”%(value)s” är inte ett av alternativen för uppföljning.")),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status i senaste uppföljningen"),
        choices=ActionStatus.Status.choices,
        empty_label=_("Alla"),
        widget=FlatSelect,
        method="filter_status",
        error_messages=invalid(_("”%(value)s” är ingen status.")),
    )
    q = django_filters.CharFilter(
        label=_("Sökord"),
        method="filter_text",
        max_length=fulltext.MAX_LENGTH,
        error_messages={
            "max_length": _("Sökningen får vara högst %(limit_value)d tecken lång."),
            "null_characters_not_allowed": _("Sökningen innehåller ett otillåtet tecken."),
        },
    )
    ordning = django_filters.ChoiceFilter(
        label=_("Sortera"),
        choices=[(value, label) for value, (label, _ordering) in SORTS.items()],
        empty_label=None,
        widget=FlatSelect,
        method="sort",
        error_messages=invalid(_("”%(value)s” är inget sätt att sortera.")),
    )

    class Meta:
        model = Pledge
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        if data is not None:
            # PostgreSQL refuses NUL in text, and nobody means it.
            data = data.copy()
            for key in list(data):
                data.setlist(key, [value.replace("\x00", "") for value in data.getlist(key)])
        super().__init__(data, queryset=queryset, **kwargs)
        named = NamedChoices()
        for name, declared in self.filters.items():
            if name in NamedChoices.SOURCES:
                declared.extra["choices"] = named(name)
            elif callable(declared.extra.get("choices")):
                declared.extra["choices"] = LazyChoices(declared.extra["choices"])

    @property
    def qs(self):
        queryset = super().qs
        if not self.is_bound or not self.form.cleaned_data.get("ordning"):
            queryset = queryset.order_by(*SORTS[DEFAULT_SORT][1])
        return queryset

    def filter_year(self, queryset, name, value):
        return queryset.for_year(int(value))

    def filter_state(self, queryset, name, value):
        return queryset.in_state(value)

    def filter_county(self, queryset, name, value):
        return queryset.in_county(value)

    def filter_region(self, queryset, name, value):
        return queryset.in_police_region(value)

    def filter_police_area(self, queryset, name, value):
        return queryset.in_police_area(value)

    def filter_focus_area(self, queryset, name, value):
        return queryset.with_focus_area(value)

    def filter_method(self, queryset, name, value):
        return queryset.with_method(value)

    def filter_responsible(self, queryset, name, value):
        return queryset.with_responsible(value)

    def filter_followup(self, queryset, name, value):
        return queryset.with_published_report(value == "ja")

    def filter_status(self, queryset, name, value):
        return queryset.with_latest_status(value)

    def filter_text(self, queryset, name, value):
        return queryset.search(value) if fulltext.words(value) else queryset

    def sort(self, queryset, name, value):
        if value == "kommun":
            queryset = queryset.alias(first_municipality=Min("municipalities__name"))
        return queryset.order_by(*SORTS[value][1])

    def problems(self):
        """A sentence for each value that could not be used: [(label, message), …]."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        for name in self.form.errors:
            # The field says what is wrong beside it too (see includes/filter_field.html).
            self.form.fields[name].widget.attrs["aria-describedby"] = f"id_{name}-fel"
        return [
            (self.form.fields[name].label, message)
            for name, messages in self.form.errors.items()
            for message in messages
        ]

    def used(self):
        """The valid values given: {name: value}, empty ones and the sort order left out."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value and name != "ordning"
        }

    def active(self):
        """The filters in use, as [(label, value label)], for 'Visar: …'."""
        shown = []
        for name, value in self.used().items():
            field = self.form.fields[name]
            if hasattr(field, "choices"):
                shown.append((field.label, dict(field.choices).get(value, value)))
            else:
                shown.append((field.label, f"”{value}”"))
        return shown

    def file_name(self, base="medborgarloften"):
        """A download's name that says what it holds: medborgarloften-2024-kronobergs-lan."""
        words = [base]
        for name, value in self.used().items():
            field = self.form.fields[name]
            words.append(
                slugify(dict(field.choices).get(value, value))
                if hasattr(field, "choices")
                else slugify(value)
            )
        return "-".join(word for word in words if word)[:120].rstrip("-")

    def action_criteria(self):
        """The filters that concern single promises, for marking them in the results."""
        used = self.used()
        return {
            name: used[name]
            for name in ("fokusomrade", "metod", "ansvarig", "status")
            if name in used
        }


def matches(action, criteria, statuses):
    """Whether one promise (with its focus area and methods loaded) meets `criteria`;
    `statuses` maps action ids to their status in the latest report."""
    if "fokusomrade" in criteria and (
        action.focus_area is None or action.focus_area.slug != criteria["fokusomrade"]
    ):
        return False
    if "metod" in criteria and criteria["metod"] not in {m.slug for m in action.methods.all()}:
        return False
    if "ansvarig" in criteria and action.responsible != criteria["ansvarig"]:
        return False
    if "status" in criteria:
        status = statuses.get(action.pk)
        if status is None or status.status != criteria["status"]:
            return False
    return True


def mark_matching_actions(pledges, criteria):
    """Gives each pledge (latest report loaded) `matching_actions`: its promises that meet the
    filters on promises, each with `latest_status`; empty without such filters."""
    for pledge in pledges:
        pledge.matching_actions = []
        if not criteria:
            continue
        latest = pledge.latest_report
        statuses = {s.action_id: s for s in latest.statuses.all()} if latest else {}
        for action in pledge.actions.all():
            if matches(action, criteria, statuses):
                action.latest_status = statuses.get(action.pk)
                pledge.matching_actions.append(action)
    return pledges
