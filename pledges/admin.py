from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _

from municipalities.models import County

from .models import Action, FocusArea, Method, Pledge, Signatory


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
        bounds = Pledge.objects.aggregate(first=Min("start_date"), last=Max("end_date"))
        if bounds["first"] is None:
            return []
        years = range(bounds["last"].year, bounds["first"].year - 1, -1)
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.for_year(int(value))
        return queryset


class PledgeAdminForm(forms.ModelForm):
    source_url = Pledge._meta.get_field("source_url").formfield(assume_scheme="https")

    class Meta:
        model = Pledge
        fields = [
            "title",
            "municipalities",
            "police_area",
            "district",
            "start_date",
            "end_date",
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
            "signed_place",
            "continues",
            "source_url",
            "source_note",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "status",
            "published_at",
        ]

    def clean(self):
        cleaned = super().clean()
        municipalities = cleaned.get("municipalities")
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if municipalities and start and end and end >= start:
            probe = Pledge(
                pk=self.instance.pk,
                start_date=start,
                end_date=end,
                district=cleaned.get("district", ""),
            )
            for other in probe.conflicting_pledges(municipalities).prefetch_related(
                "municipalities"
            ):
                shared = ", ".join(
                    m.name for m in other.municipalities.all() if m in municipalities
                )
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
        return cleaned


class SignatoryInline(admin.TabularInline):
    model = Signatory
    fields = ["order", "name", "title", "side", "organisation"]
    extra = 0


class ActionInline(admin.StackedInline):
    model = Action
    fields = [
        ("order", "heading"),
        "text",
        "details",
        ("focus_area", "responsible", "other_party"),
        "methods",
        ("target_count", "target_unit", "target_per"),
    ]
    autocomplete_fields = ["focus_area", "methods"]
    extra = 0


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin):
    form = PledgeAdminForm
    inlines = [ActionInline, SignatoryInline]
    list_display = [
        "title",
        "period",
        "municipality_names",
        "district",
        "police_area",
        "status",
        "published_at",
    ]
    list_filter = ["status", CountyListFilter, YearListFilter, "focus_areas", "followup_cadence"]
    list_select_related = ["police_area"]
    search_fields = ["title", "district", "municipalities__name", "municipalities__code"]
    autocomplete_fields = ["municipalities", "police_area", "focus_areas", "continues"]
    date_hierarchy = "start_date"
    fieldsets = [
        (None, {"fields": ["title", "municipalities", "police_area", "district"]}),
        (_("Period"), {"fields": [("start_date", "end_date")]}),
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
            {"fields": [("signed_on", "signed_place"), "continues", "source_url", "source_note"]},
        ),
        (
            _("Kontaktperson"),
            {"fields": [("contact_name", "contact_role"), ("contact_email", "contact_phone")]},
        ),
        (_("Publicering"), {"fields": ["status", "published_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_municipalities()

    @admin.display(description=_("period"), ordering="start_date")
    def period(self, obj):
        return obj.period_label

    @admin.display(description=_("kommuner"))
    def municipality_names(self, obj):
        return ", ".join(m.name for m in obj.municipalities.all())


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "pledge", "focus_area", "responsible", "target"]
    list_filter = ["responsible", "focus_area", "methods"]
    list_select_related = ["pledge", "focus_area"]
    search_fields = ["text", "details", "pledge__title", "pledge__municipalities__name"]
    autocomplete_fields = ["pledge", "focus_area", "methods"]

    @admin.display(description=_("mål"))
    def target(self, obj):
        return obj.target_label


@admin.register(FocusArea)
class FocusAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Method)
class MethodAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
