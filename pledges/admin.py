from urllib.parse import urlencode

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import display_for_field, unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.db.models import Max, Q
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from config.widgets import AccessibleFields
from imports import admin_documents, admin_followup, admin_structured
from municipalities.models import County, Municipality, PoliceArea

from . import admin_copy
from .access import Scope
from .history import HISTORY_TYPES, HistoryContext
from .models import (
    Action,
    FocusArea,
    Method,
    Party,
    Pledge,
    Signatory,
    Target,
    local_time_label,
)
from .services import copy_to_next_period, leaves_a_gap, proposed_period
from .targets import format_targets, parse_targets, set_targets


def view_on_site(request, content_type_id, object_id):
    """The admin's "Visa på webbplatsen" (/admin/r/…/), for what the user may see: their own
    organisations' objects and published ones. Django's own answers for any object, and so
    told any staff user the address of another organisation's draft."""
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    model = content_type.model_class() if content_type else None
    model_admin = admin.site._registry.get(model)
    if model_admin is None or not model_admin.has_module_permission(request):
        raise Http404
    mine = model_admin.get_object(request, unquote(object_id)) is not None
    queryset = model._default_manager.all()
    public = (
        str(object_id).isdigit()
        and hasattr(queryset, "published")
        and queryset.published().filter(pk=object_id).exists()
    )
    if not (mine or public):
        raise Http404
    return shortcut(request, content_type_id, object_id)


def version_date(version):
    return formats.date_format(timezone.localtime(version.history_date), "DATETIME_FORMAT")


class ScopedAdmin(AccessibleFields, SimpleHistoryAdmin):
    """An admin limited to the rows of the user's organisations, with change history.

    Django's model permissions are not consulted for these models: belonging to an
    organisation is what gives access (see pledges.access). `pledge_path` says how the model
    reaches its pledge ("" for the pledge itself).
    """

    pledge_path = ""
    # Restoring an old version fills in the change form with these fields' old values (see
    # history_form_view); publishing is never restored, it is done on the form as usual.
    publishing_fields = {"status", "published_at", "unpublish_reason"}
    not_restored = ""  # what restoring leaves as it is now, said on the version's page

    change_form_template = "admin/scoped_change_form.html"
    object_history_template = "admin/scoped_object_history.html"
    object_history_list_template = "admin/scoped_object_history_list.html"

    def get_queryset(self, request):
        return Scope.of(request).filter(super().get_queryset(request), self.pledge_path)

    # Two staff editing the same object: the form carries the version it was opened at (the
    # newest history rows of the object and of what its form edits with it), and a save based
    # on an older version is refused with what changed meanwhile, the user's input kept.

    def edit_histories(self, obj):
        """The history rows that make up what the change form shows; the object's first."""
        return [obj.history.all()]

    def edit_token(self, obj):
        parts = [h.aggregate(newest=Max("history_id"))["newest"] for h in self.edit_histories(obj)]
        return ".".join(str(part or 0) for part in parts)

    def changes_since(self, obj, token):
        """In words, what was saved since the version `token`."""
        histories = self.edit_histories(obj)
        try:
            sent = [int(part) for part in token.split(".")]
        except ValueError:
            sent = []
        sent += [0] * (len(histories) - len(sent))
        newer = list(histories[0].filter(history_id__gt=sent[0]).order_by("history_id"))
        changed, people = [], set()
        base = histories[0].filter(history_id=sent[0]).first()
        if newer and base is not None:
            fields = newer[-1].diff_against(base).changed_fields
            changed += [capfirst(self.model._meta.get_field(name).verbose_name) for name in fields]
        for history, before in zip(histories[1:], sent[1:], strict=True):
            rows = list(history.filter(history_id__gt=before))
            if rows:
                changed.append(capfirst(history.model.instance_type._meta.verbose_name_plural))
                people.update(str(row.history_user) for row in rows if row.history_user)
        people.update(str(row.history_user) for row in newer if row.history_user)
        return changed, sorted(people)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            form = context["adminform"].form
            sent = request.POST.get("edited_version") if request.method == "POST" else None
            stale = getattr(form, "edited_meanwhile", False)
            context["edit_token"] = sent if sent and not stale else self.edit_token(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_object_or_404(self, request, object_id):
        """The object if the user may see it; another organisation's looks like a missing one."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_permission(request, obj):
            raise Http404
        return obj

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object_or_404(request, object_id)
        version_id = request.GET.get("version")
        if version_id is not None and request.method == "GET":
            version = self.get_version_or_404(obj, version_id)
            request._restore_initial = self.restore_initial(request, obj, version)
            self.message_user(
                request,
                format_html(
                    "{} {}",
                    _(
                        "Formuläret är ifyllt med versionen från %(date)s. Granska det och "
                        "spara för att återställa den."
                    )
                    % {"date": version_date(version)},
                    self.not_restored,
                ),
                messages.INFO,
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self.get_object_or_404(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    def get_deleted_objects(self, objs, request):
        """What deleting takes with it, without the rows that only link two objects (a pledge
        and a municipality, say), which Django names "Pledge_municipalities object (8)": the
        municipality stays, only the link goes, and that goes without saying."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [
            model._meta
            for model in apps.get_models(include_auto_created=True)
            if model._meta.auto_created
        ]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        plurals = {str(opts.verbose_name_plural) for opts in links}

        def prune(items):
            kept = []
            for item in items:
                if isinstance(item, list):
                    if item := prune(item):
                        kept.append(item)
                elif not str(item).startswith(prefixes):
                    kept.append(item)
            return kept

        counts = {name: count for name, count in counts.items() if str(name) not in plurals}
        return prune(deleted), counts, perms_needed, protected

    def history_view(self, request, object_id, extra_context=None):
        self.get_object_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_view_title(self, request, obj):
        return _("Historik: %(object)s") % {"object": obj}

    def get_historical_record_context_helper(self, request, historical_record):
        return HistoryContext(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, **kwargs):
        super().set_history_delta_changes(request, historical_records, **kwargs)
        for record in historical_records:
            record.history_type_label = HISTORY_TYPES.get(record.history_type, "")

    def revert_disabled(self, request, obj=None):
        # No version is saved from its history page: see history_form_view.
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """One old version, read only.

        simple_history saves an old version from this page with nothing but the view or change
        permission, bypassing what the change form enforces (who may change a published
        pledge, who publishes, the inlines). Here restoring goes through the change form
        instead: it opens filled in with the old values, and saving it is an edit like any
        other, with the same rules and the same history.
        """
        obj = self.get_object_or_404(request, object_id)
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        version = self.get_version_or_404(obj, version_id)
        restore_url = None
        if self.has_change_permission(request, obj) and self.restorable_fields(request, obj):
            query = urlencode({"version": version.history_id})
            restore_url = f"{reverse(self.admin_url_name('change'), args=[obj.pk])}?{query}"
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": _("Version från %(date)s") % {"date": version_date(version)},
            "opts": opts,
            "app_label": opts.app_label,
            "original": obj,
            "version": version,
            "rows": self.version_rows(request, obj, version),
            "restore_url": restore_url,
            "not_restored": self.not_restored,
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/history_version.html", context)

    def admin_url_name(self, view):
        return f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_{view}"

    def get_version_or_404(self, obj, version_id):
        if not str(version_id).isdigit():
            raise Http404
        version = obj.history.filter(history_id=version_id).first()
        if version is None:
            raise Http404
        return version

    def version_fields(self, request, obj):
        """The model fields of the change form that the history keeps."""
        history_fields = {f.name for f in obj.history.model._meta.get_fields()}
        tracked_m2m = {f.name for f in obj.history.model._history_m2m_fields}
        fields = []
        for name in self.get_form(request, obj).base_fields:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:  # a form field of its own (targets as text, say)
                continue
            if field.many_to_many and name not in tracked_m2m:
                continue
            if not field.many_to_many and name not in history_fields:
                continue
            fields.append(field)
        return fields

    def restorable_fields(self, request, obj):
        readonly = set(self.get_readonly_fields(request, obj))
        return [
            field
            for field in self.version_fields(request, obj)
            if field.name not in readonly and field.name not in self.publishing_fields
        ]

    def version_value(self, version, field):
        """A field's value in the version: pks for relations to many, else the stored value."""
        if field.many_to_many:
            target = field.m2m_reverse_field_name()
            return [getattr(row, f"{target}_id") for row in getattr(version, field.name).all()]
        return getattr(version, field.attname)

    def version_rows(self, request, obj, version):
        rows = []
        for field in self.version_fields(request, obj):
            value = self.version_value(version, field)
            if field.many_to_many:
                names = field.related_model.objects.filter(pk__in=value)
                shown = ", ".join(str(item) for item in names) or "–"
            elif field.is_relation:
                try:
                    shown = str(getattr(version, field.name) or "–")
                except ObjectDoesNotExist:
                    shown = _("(borttagen)")
            else:
                shown = display_for_field(value, field, "–")
            rows.append((capfirst(field.verbose_name), shown))
        return rows

    def restore_initial(self, request, obj, version):
        return {
            field.name: self.version_value(version, field)
            for field in self.restorable_fields(request, obj)
        }

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and obj.pk:
            form = type(form.__name__, (EditedMeanwhileCheck, form), {"admin": self})
        restore = getattr(request, "_restore_initial", None)
        if restore is None or request.method != "GET":
            return form

        def __init__(self, *args, **kwargs):
            kwargs["initial"] = {**restore, **(kwargs.get("initial") or {})}
            form.__init__(self, *args, **kwargs)

        return type(form.__name__, (form,), {"__init__": __init__})

    def pledge_id_of(self, obj):
        if not self.pledge_path:
            return obj.pk
        target = obj
        *steps, last = self.pledge_path.split("__")
        for step in steps:
            target = getattr(target, step)
        return getattr(target, f"{last}_id")

    def in_scope(self, request, obj):
        scope = Scope.of(request)
        if not scope.is_member:
            return False
        return obj is None or obj.pk is None or scope.allows_pledge_id(self.pledge_id_of(obj))

    def has_module_permission(self, request):
        return Scope.of(request).is_member

    def has_view_permission(self, request, obj=None):
        return self.in_scope(request, obj)

    def has_add_permission(self, request):
        return Scope.of(request).is_member

    def has_change_permission(self, request, obj=None):
        return self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.in_scope(request, obj)


class EditedMeanwhileCheck:
    """Refuses a save based on an older version than the one in the database (see
    ScopedAdmin.edit_token). A POST without a version (not from the change form) is not
    checked."""

    admin = None

    def clean(self):
        cleaned = super().clean()
        sent = self.data.get("edited_version")
        if sent and sent != self.admin.edit_token(self.instance):
            self.edited_meanwhile = True
            changed, people = self.admin.changes_since(self.instance, sent)
            raise ValidationError(
                _(
                    "Det här har sparats av någon annan (%(people)s) sedan du öppnade sidan. "
                    "Ändrat: %(changed)s. Dina ändringar är inte sparade men står kvar nedan: "
                    "jämför med det som gäller nu (öppna sidan i en ny flik) och spara igen om "
                    "dina ändringar ska gälla."
                ),
                code="edited_meanwhile",
                params={
                    "people": ", ".join(people) or _("okänd"),
                    "changed": ", ".join(str(name) for name in changed) or _("okänt"),
                },
            )
        return cleaned


class ScopedInline(AccessibleFields):
    """An inline that may do what its parent admin lets the user do with the parent."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(self, admin.TabularInline):
            # A tabular inline names its fields only in the column headers, which screen
            # readers do not read out for a field.
            widget = getattr(formfield.widget, "widget", formfield.widget)
            widget.attrs.setdefault("aria-label", capfirst(formfield.label))
            if formfield.help_text:
                # The help text is in the column header (templates/admin/edit_inline/tabular.html).
                widget.attrs["aria-describedby"] = f"{self.prefix()}-{db_field.name}-helptext"
        return formfield

    def prefix(self):
        """The formset's prefix: the name of the parent's relation to these rows."""
        fk = next(
            field
            for field in self.model._meta.fields
            if field.is_relation and field.related_model is self.parent_model
        )
        return fk.remote_field.get_accessor_name(model=False).replace("+", "")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if isinstance(self, admin.TabularInline):
            formset.deletion_widget = forms.CheckboxInput(attrs={"aria-label": _("Radera")})
        return formset

    def parent_admin(self):
        return self.admin_site._registry[self.parent_model]

    def has_view_permission(self, request, obj=None):
        return self.parent_admin().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return self.parent_admin().has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self.parent_admin().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.parent_admin().has_change_permission(request, obj)


class VocabularyAdmin(admin.ModelAdmin):
    """Shared vocabularies: every staff member may read them, only superusers change them."""

    def has_module_permission(self, request):
        return Scope.of(request).is_member

    def has_view_permission(self, request, obj=None):
        return Scope.of(request).is_member

    def has_add_permission(self, request):
        return Scope.of(request).is_national

    def has_change_permission(self, request, obj=None):
        return Scope.of(request).is_national

    def has_delete_permission(self, request, obj=None):
        return Scope.of(request).is_national


class CountyListFilter(admin.SimpleListFilter):
    title = _("län")
    parameter_name = "lan"

    def lookups(self, request, model_admin):
        return [(c.code, c.name) for c in County.objects.order_by("code")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(municipalities__county__code=self.value()).distinct()
        return queryset


class YearListFilter(admin.SimpleListFilter):
    """A pledge counts for every year its period touches."""

    title = _("år")
    parameter_name = "ar"

    def lookups(self, request, model_admin):
        years = reversed(model_admin.get_queryset(request).years())
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.for_year(int(value))
        return queryset


class LinesField(forms.CharField):
    """A list of names, edited as one name per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]


class PledgeAdminForm(forms.ModelForm):
    source_url = Pledge._meta.get_field("source_url").formfield(assume_scheme="https")
    districts = LinesField(
        label=_("Stadsdelar"),
        required=False,
        help_text=_(
            "Stadsdelar som löftet gäller, ett namn per rad. Adressen använder fältet "
            "”Stadsdel eller område” ovan."
        ),
    )
    scope = None  # set by PledgeAdmin.get_form

    class Meta:
        model = Pledge
        fields = [
            "title",
            "municipalities",
            "police_area",
            "district",
            "districts",
            "issuer",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "until_further_notice",
            "introduction",
            "situation",
            "situation_basis",
            "focus_areas",
            "expected_effect",
            "other_text",
            "followup_cadence",
            "followup_text",
            "followup_published_where",
            "signed_on",
            "signed_on_precision",
            "signed_place",
            "continues",
            "source_url",
            "source_note",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "import_notes",
            "status",
            "published_at",
            "unpublish_reason",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope, pledge = self.scope, self.instance
        # Choices are the user's own, plus what the pledge already has, so that saving a pledge
        # shared with another organisation keeps that organisation on it.
        if "municipalities" in self.fields:
            own = scope.municipalities()
            if pledge.pk:
                own = Municipality.objects.filter(
                    Q(pk__in=own.values("pk")) | Q(pledges=pledge)
                ).distinct()
            self.fields["municipalities"].queryset = own
        if "police_area" in self.fields:
            areas = scope.police_areas()
            if pledge.police_area_id:
                areas = PoliceArea.objects.filter(
                    Q(pk__in=areas.values("pk")) | Q(pk=pledge.police_area_id)
                )
            self.fields["police_area"].queryset = areas
        if "continues" in self.fields:
            self.fields["continues"].queryset = scope.pledges().exclude(pk=pledge.pk)
        self.was_published = pledge.pk is not None and (
            Pledge.objects.filter(pk=pledge.pk, status=Pledge.Status.PUBLISHED).exists()
        )

    def clean(self):
        cleaned = super().clean()
        municipalities = cleaned.get("municipalities")
        police_area = cleaned.get("police_area")
        municipality_ids = [m.pk for m in municipalities] if municipalities else []
        police_area_id = police_area.pk if police_area else None
        if municipalities is not None and not self.scope.covers(municipality_ids, police_area_id):
            raise ValidationError(
                _(
                    "Du kan bara spara löften för dina egna organisationer. Välj din kommun "
                    "eller ditt lokalpolisområde."
                ),
                code="outside_scope",
            )
        self.check_publishing(cleaned, municipality_ids, police_area_id)
        self.check_address(cleaned, municipalities)
        self.check_reports_within_period(cleaned)
        return cleaned

    def check_publishing(self, cleaned, municipality_ids, police_area_id):
        status = cleaned.get("status", self.instance.status)
        may_publish = self.scope.may_publish(municipality_ids, police_area_id)
        if status == Pledge.Status.PUBLISHED and not self.was_published and not may_publish:
            raise ValidationError(_("Bara en utgivare kan publicera."), code="not_publisher")
        if status == Pledge.Status.DRAFT and self.was_published:
            if not may_publish:
                raise ValidationError(_("Bara en utgivare kan avpublicera."), code="not_publisher")
            if not cleaned.get("unpublish_reason", "").strip():
                self.add_error(
                    "unpublish_reason",
                    ValidationError(
                        _("Skriv varför löftet avpubliceras."), code="unpublish_reason"
                    ),
                )

    def check_address(self, cleaned, municipalities):
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if not municipalities or (start and end and end < start):
            return
        probe = Pledge(
            pk=self.instance.pk,
            uid=self.instance.uid,
            revision_of_id=self.instance.revision_of_id,
            start_date=start,
            end_date=end,
            start_precision=cleaned.get("start_precision", self.instance.start_precision),
            end_precision=cleaned.get("end_precision", self.instance.end_precision),
            district=cleaned.get("district", ""),
        )
        other = probe.conflicting_pledges(municipalities).prefetch_related("municipalities").first()
        if other and not self.scope.may_know_of(other):
            # Another organisation's unpublished pledge: that the address is taken is all
            # the user may learn of it.
            raise ValidationError(
                _(
                    "Det finns redan ett löfte för %(period)s med samma adress. Ange en stadsdel "
                    "eller ett område, eller ändra perioden."
                ),
                code="duplicate_address",
                params={"period": probe.period_label},
            )
        if other:
            shared = ", ".join(m.name for m in other.municipalities.all() if m in municipalities)
            raise ValidationError(
                _(
                    "%(municipalities)s har redan ett löfte för %(period)s med samma adress "
                    "(”%(title)s”). Ange en stadsdel eller ett område, eller ändra perioden."
                ),
                code="duplicate_address",
                params={
                    "municipalities": shared,
                    "period": other.period_label,
                    "title": other.title,
                },
            )

    def check_reports_within_period(self, cleaned):
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if not (self.instance.pk and (start or end)):
            return
        outside = Q(pk__in=[])
        if start:
            outside |= Q(covers_end__lt=start)
        if end:
            outside |= Q(covers_start__gt=end)
        outside = self.instance.reports.filter(outside)
        if outside.exists():
            raise ValidationError(
                _("Löftet har uppföljningar utanför den nya perioden: %(titles)s."),
                code="reports_outside_period",
                params={"titles": ", ".join(r.title for r in outside)},
            )


class ActionFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if self.instance.status != Pledge.Status.PUBLISHED:
            return
        kept = [
            form for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if not kept:
            raise ValidationError(
                _("Ett löfte måste ha minst en åtgärd för att kunna publiceras."),
                code="no_actions",
            )


class NamedStackedInline(admin.StackedInline):
    """A stacked inline whose rows are fieldsets named after what they hold ("Löfte 3:
    Genomföra …", templates/admin/edit_inline/named_stacked.html): it reflows on a phone, where
    a table would scroll sideways, and a screen reader says which row a field belongs to.
    A new row goes last: its order is left empty and saving puts it after the others; the
    buttons "Flytta upp" and "Flytta ned" move a card and number the order fields anew."""

    template = "admin/edit_inline/named_stacked.html"

    class Media:
        # "Flytta upp" / "Flytta ned" in each card, which fill in the order fields.
        js = ["js/move_rows.js"]


class SignatoryInline(ScopedInline, NamedStackedInline):
    model = Signatory
    fields = [("name", "title"), ("side", "organisation"), "order"]
    extra = 0


class PartyInline(ScopedInline, NamedStackedInline):
    model = Party
    fields = [("name", "role"), "order"]
    extra = 0


class ActionAdminForm(forms.ModelForm):
    """A promise with its targets as lines of text (the format is in pledges/targets.py)."""

    targets_text = forms.CharField(
        label=_("Mål"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Ett mål per rad: antal, vad som räknas och per dag, per vecka, per månad, per termin, "
            "per år eller under perioden; var målet gäller efter ett komma. Till exempel ”2 "
            "trygghetsvandringar per år”, ”1 tillsyn per termin, i varje skola” eller ”100 "
            "tillfällen under perioden”."
        ),
    )

    class Meta:
        model = Action
        fields = [
            "pledge",
            "order",
            "heading",
            "text",
            "details",
            "focus_area",
            "responsible",
            "other_party",
            "methods",
            "deadline_count",
            "deadline_unit",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["targets_text"].initial = format_targets(self.instance.targets.all())

    def clean_targets_text(self):
        return parse_targets(self.cleaned_data["targets_text"])

    def save(self, commit=True):
        action = super().save(commit)
        if commit:
            self.save_targets()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_targets():
                save_m2m()
                self.save_targets()

            self.save_m2m = save_m2m_and_targets
        return action

    def save_targets(self):
        if "targets_text" in self.changed_data:
            set_targets(self.instance, self.cleaned_data["targets_text"])


class ActionInline(ScopedInline, NamedStackedInline):
    model = Action
    form = ActionAdminForm
    formset = ActionFormSet
    verbose_name = _("löfte")
    verbose_name_plural = _("löften")
    # A promise's place on the site is the pledge's page, which the form links to already.
    view_on_site = False
    fields = [
        "text",
        "heading",
        "details",
        ("focus_area", "responsible", "other_party"),
        "methods",
        "targets_text",
        ("deadline_count", "deadline_unit"),
        "order",
    ]
    combobox_fields = ["focus_area", "methods"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("targets")


@admin.register(Pledge)
class PledgeAdmin(ScopedAdmin):
    form = PledgeAdminForm
    not_restored = _(
        "Åtgärder med mål, undertecknare och parter återställs inte: de står kvar som nu, ändra "
        "dem i formuläret om de ska bli som i versionen. Publiceringen återställs inte heller."
    )
    inlines = [ActionInline, SignatoryInline, PartyInline]
    # With where it stands in the review step (desk/).
    change_form_template = "admin/pledges/pledge/change_form.html"
    # Status first, so that it is on screen however long the titles are.
    list_display = [
        "publication",
        "title",
        "period",
        "municipality_names",
        "district",
        "published_at",
    ]
    list_display_links = ["title"]
    list_filter = [
        "status",
        CountyListFilter,
        YearListFilter,
        "issuer",
        "focus_areas",
        "followup_cadence",
    ]
    list_select_related = ["police_area"]
    search_fields = ["title", "district", "municipalities__name", "municipalities__code"]
    combobox_fields = ["municipalities", "police_area", "focus_areas", "continues"]
    date_hierarchy = "start_date"
    actions = ["copy_to_next_period"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "issuer",
                    "municipalities",
                    "police_area",
                    "district",
                    "districts",
                ]
            },
        ),
        (
            _("Period"),
            {
                "fields": [
                    ("start_date", "start_precision"),
                    ("end_date", "end_precision"),
                    "until_further_notice",
                ],
                "description": _(
                    "Fyll bara i det löftet anger. ”Maj 2024 – maj 2025” är 1 maj 2024 till "
                    "31 maj 2025, angivna som månad."
                ),
            },
        ),
        (
            _("Innehåll"),
            {
                "fields": [
                    "introduction",
                    "situation",
                    "situation_basis",
                    "focus_areas",
                    "expected_effect",
                    "other_text",
                ]
            },
        ),
        (
            _("Uppföljning"),
            {"fields": ["followup_cadence", "followup_text", "followup_published_where"]},
        ),
        (
            _("Undertecknande och ursprung"),
            {
                "fields": [
                    ("signed_on", "signed_on_precision", "signed_place"),
                    "continues",
                    "source_url",
                    "source_note",
                ]
            },
        ),
        (
            _("Kontaktperson"),
            {"fields": [("contact_name", "contact_role"), ("contact_email", "contact_phone")]},
        ),
        (_("Publicering"), {"fields": ["status", "published_at", "unpublish_reason"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_municipalities()

    def edit_histories(self, obj):
        actions = Action.history.filter(pledge_id=obj.pk)
        return [
            obj.history.all(),
            actions,
            Target.history.filter(action_id__in=actions.values("id")),
            Signatory.history.filter(pledge_id=obj.pk),
            Party.history.filter(pledge_id=obj.pk),
        ]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            # Structured import from the open-data CSV or JSON (imports/admin_structured.py).
            path(
                "importera/",
                view(lambda request: admin_structured.import_view(self, request)),
                name="pledges_pledge_import",
            ),
            path(
                "importera/bekrafta/",
                view(lambda request: admin_structured.confirm_view(self, request)),
                name="pledges_pledge_import_confirm",
            ),
            # A pledge document's text or file becomes a draft (imports/admin_documents.py).
            path(
                "importera-dokument/",
                view(lambda request: admin_documents.import_document_view(self, request)),
                name="pledges_pledge_import_document",
            ),
            # A follow-up document becomes a draft report of a chosen pledge
            # (imports/admin_followup.py).
            path(
                "importera-uppfoljning/",
                view(lambda request: admin_followup.import_followup_view(self, request)),
                name="pledges_pledge_import_followup",
            ),
            # "Kopiera till ny period" on a pledge's change page (admin_copy.py).
            path(
                "<path:object_id>/kopiera/",
                view(lambda request, object_id: admin_copy.copy_view(self, request, object_id)),
                name="pledges_pledge_copy",
            ),
            *super().get_urls(),
        ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"scope": Scope.of(request)})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Where the imported text gave two readings of a field, the draft says so at its top
        # until the sentence is removed from the import notes.
        context["import_conflicts"] = admin_documents.open_conflicts(obj)
        if obj is not None and obj.pk:
            # The next steps offered on the page: a copy is a new draft, which any member may
            # start; a follow-up is only of a published pledge.
            context["may_copy"] = self.has_add_permission(request)
            context["may_follow_up"] = obj.is_published
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_changeform_initial_data(self, request):
        """A new pledge starts with the user's own organisation filled in."""
        initial = super().get_changeform_initial_data(request)
        scope = Scope.of(request)
        if scope.is_national:
            return initial
        if len(scope.municipality_ids) == 1 and "municipalities" not in initial:
            initial["municipalities"] = list(scope.municipality_ids)
        areas = scope.police_area_ids or set(
            PoliceArea.objects.filter(municipalities__in=scope.municipality_ids).values_list(
                "pk", flat=True
            )
        )
        if len(areas) == 1 and "police_area" not in initial:
            initial["police_area"] = next(iter(areas))
        return initial

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and (obj.import_sources or obj.import_notes):
            # A draft made by "Importera dokument": where each field came from, and the text
            # that went nowhere, so that staff can check the draft against the document.
            fields = ["import_sources_panel", "imported_text_panel", "import_notes"]
            fieldsets = [*fieldsets, (_("Import från dokument"), {"fields": fields})]
        return fieldsets

    @admin.display(description=_("Var i texten fälten hittades"))
    def import_sources_panel(self, obj):
        return admin_documents.sources_panel(obj)

    @admin.display(description=_("Den importerade texten"))
    def imported_text_panel(self, obj):
        return admin_documents.imported_text_panel(obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = self.publishing_readonly_fields(request, obj)
        return [*readonly, "import_sources_panel", "imported_text_panel"]

    def publishing_readonly_fields(self, request, obj=None):
        scope = Scope.of(request)
        if obj is None:
            publisher = scope.is_national or bool(
                scope.publisher_municipality_ids or scope.publisher_police_area_ids
            )
        else:
            publisher = scope.may_publish_pledge(obj)
        if publisher and not (obj is not None and obj.revision_of_id):
            return []
        # A draft change of a published pledge is published through the review step (desk/),
        # which puts it in the published pledge's place.
        return ["status", "published_at", "unpublish_reason"]

    def has_change_permission(self, request, obj=None):
        # A published pledge is what residents read: only its publishers change it.
        if obj is not None and obj.status == Pledge.Status.PUBLISHED:
            return self.in_scope(request, obj) and Scope.of(request).may_publish_pledge(obj)
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Published pledges are unpublished with a reason, never deleted by staff.
        if obj is not None and obj.status == Pledge.Status.PUBLISHED:
            return Scope.of(request).is_national
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if form.was_published and obj.status == Pledge.Status.DRAFT:
            obj.unpublished_at = timezone.now()
            obj.published_version_at = None
        if obj.status == Pledge.Status.PUBLISHED and "status" in form.changed_data:
            obj.unpublish_reason = ""
        super().save_model(request, obj, form, change)
        if obj.is_scheduled:
            self.message_user(
                request,
                _("”%(title)s” är schemalagt och publiceras %(time)s (svensk tid).")
                % {"title": obj.title, "time": local_time_label(obj.published_at)},
                messages.INFO,
            )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Publishing saves the pledge before its actions; the published version is complete now.
        form.instance.mark_published_version()

    def get_view_on_site_url(self, obj=None):
        if obj is None or not obj.pk:
            return None
        if obj.is_published:
            return obj.get_absolute_url()
        return reverse("pledges:preview", kwargs={"uid": obj.uid})

    @admin.display(description=_("status"), ordering="status")
    def publication(self, obj):
        """Utkast, Publicerad or Schemalagd with its time in Swedish time."""
        return obj.publication_label

    @admin.display(description=_("period"), ordering="start_date")
    def period(self, obj):
        return obj.period_label

    @admin.display(description=_("kommuner"))
    def municipality_names(self, obj):
        return ", ".join(m.name for m in obj.municipalities.all())

    @admin.action(description=_("Kopiera till ny period"))
    def copy_to_next_period(self, request, queryset):
        """Each chosen pledge copied to the period proposed for it, never one that is over: a
        pledge whose next period has passed is copied to the current one, and the message says
        so. The button on a pledge's page asks for the period instead."""
        today = timezone.localdate()
        for pledge in queryset:
            proposed = proposed_period(pledge, today)
            try:
                copy = copy_to_next_period(pledge=pledge, today=today)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                continue
            link = reverse("admin:pledges_pledge_change", args=[copy.pk])
            skipped = proposed is not None and leaves_a_gap(pledge, proposed[0])
            self.message_user(
                request,
                format_html(
                    'Utkastet <a href="{}">{} ({})</a> är skapat från {}.{}',
                    link,
                    copy.title,
                    copy.period_label,
                    pledge.period_label,
                    " Perioden direkt efter var redan slut, så kopian gäller den som pågår nu."
                    if skipped
                    else "",
                ),
                messages.SUCCESS,
            )


@admin.register(Action)
class ActionAdmin(ScopedAdmin):
    form = ActionAdminForm
    not_restored = _(
        "Målen återställs inte: de står kvar som nu, ändra dem i formuläret om de ska bli som i "
        "versionen."
    )
    pledge_path = "pledge"
    list_display = ["__str__", "pledge", "focus_area", "responsible", "target"]
    list_filter = ["responsible", "focus_area", "methods"]
    list_select_related = ["pledge", "focus_area"]
    search_fields = ["text", "details", "pledge__title", "pledge__municipalities__name"]
    combobox_fields = ["pledge", "focus_area", "methods"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "pledge":
            kwargs["queryset"] = Scope.of(request).pledges()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.pledge.status == Pledge.Status.PUBLISHED:
            return self.in_scope(request, obj) and Scope.of(request).may_publish_pledge(obj.pledge)
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("targets")

    def edit_histories(self, obj):
        return [obj.history.all(), Target.history.filter(action_id=obj.pk)]

    @admin.display(description=_("mål"))
    def target(self, obj):
        return obj.targets_label


@admin.register(FocusArea)
class FocusAreaAdmin(VocabularyAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Method)
class MethodAdmin(VocabularyAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
