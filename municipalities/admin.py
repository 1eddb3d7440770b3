from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.urls import path
from django.utils.text import capfirst

from config.widgets import AccessibleFields
from pledges.access import Scope

from . import admin_invite
from .models import County, Membership, Municipality, PoliceArea, PoliceRegion
from .services import ensure_staff


@admin.register(PoliceRegion)
class PoliceRegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(County)
class CountyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "iso_code", "police_region"]
    list_filter = ["police_region"]
    list_select_related = ["police_region"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    """Superusers keep the reference data; staff see the municipalities they may give pledges
    for and keep the reminder addresses of their own."""

    list_display = ["name", "code", "county", "slug"]
    fields = ["name", "code", "slug", "county", "staff_emails"]
    list_filter = ["county"]
    list_select_related = ["county"]
    search_fields = ["name", "code", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return Scope.of(request).municipalities(super().get_queryset(request))

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if Scope.of(request).is_national else {}

    def get_readonly_fields(self, request, obj=None):
        if Scope.of(request).is_national:
            return []
        return ["name", "code", "slug", "county"]

    def has_module_permission(self, request):
        return Scope.of(request).is_member

    def has_view_permission(self, request, obj=None):
        scope = Scope.of(request)
        if obj is None or scope.is_national:
            return scope.is_member
        return scope.municipalities().filter(pk=obj.pk).exists()

    def has_add_permission(self, request):
        return Scope.of(request).is_national

    def has_change_permission(self, request, obj=None):
        scope = Scope.of(request)
        if scope.is_national:
            return True
        return bool(scope.municipality_ids) and (obj is None or obj.pk in scope.municipality_ids)

    def has_delete_permission(self, request, obj=None):
        return Scope.of(request).is_national

    def get_deleted_objects(self, objs, request):
        """Pledges and police areas refer to a municipality through relations to many, which
        Django would empty: list them as protected, so that the admin refuses as it does for
        a foreign key with on_delete=PROTECT (the README says how to merge or rename one)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        ids = [obj.pk for obj in objs]
        for used in Municipality.objects.filter(pk__in=ids).in_use():
            protected.append(f"{capfirst(used._meta.verbose_name)}: {used}")
        return deleted, counts, perms_needed, protected


class PoliceAreaAdminForm(forms.ModelForm):
    source_url = PoliceArea._meta.get_field("source_url").formfield(assume_scheme="https")

    class Meta:
        model = PoliceArea
        fields = ["name", "slug", "region", "municipalities", "source_url", "source_note"]


@admin.register(PoliceArea)
class PoliceAreaAdmin(AccessibleFields, admin.ModelAdmin):
    form = PoliceAreaAdminForm
    list_display = ["name", "region", "municipality_names", "has_source"]
    list_filter = ["region"]
    list_select_related = ["region"]
    search_fields = ["name", "municipalities__name"]
    combobox_fields = ["municipalities"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "region", "municipalities"]}),
        ("Källa", {"fields": ["source_url", "source_note"]}),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("municipalities")
        return Scope.of(request).police_areas(queryset)

    def has_module_permission(self, request):
        return Scope.of(request).is_member

    def has_view_permission(self, request, obj=None):
        scope = Scope.of(request)
        if obj is None or scope.is_national:
            return scope.is_member
        return scope.police_areas().filter(pk=obj.pk).exists()

    def has_add_permission(self, request):
        return Scope.of(request).is_national

    def has_change_permission(self, request, obj=None):
        return Scope.of(request).is_national

    def has_delete_permission(self, request, obj=None):
        return Scope.of(request).is_national

    @admin.display(description="Kommuner")
    def municipality_names(self, obj):
        return ", ".join(m.name for m in obj.municipalities.all())

    @admin.display(description="Källa angiven", boolean=True)
    def has_source(self, obj):
        return bool(obj.source_url)


class MembershipInline(AccessibleFields, admin.TabularInline):
    model = Membership
    fields = ["municipality", "police_area", "role"]
    combobox_fields = ["municipality", "police_area"]
    extra = 1


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Users and their organisations are managed by the national administrators alone."""

    inlines = [MembershipInline]
    list_display = ["username", "email", "first_name", "last_name", "is_staff", "organisations"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("memberships__municipality", "memberships__police_area")
        )

    def get_urls(self):
        return [
            path(
                "bjud-in/",
                self.admin_site.admin_view(lambda request: admin_invite.invite_view(self, request)),
                name="auth_user_invite",
            ),
            *super().get_urls(),
        ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Someone put in an organisation is staff: without the flag they could not log in.
        if ensure_staff(form.instance):
            self.message_user(
                request,
                "Kontot hör till en organisation och kan nu logga in i redigeringen "
                "(personalstatus är satt).",
                messages.INFO,
            )

    def has_module_permission(self, request):
        return Scope.of(request).is_national

    def has_view_permission(self, request, obj=None):
        return Scope.of(request).is_national

    def has_add_permission(self, request):
        return Scope.of(request).is_national

    def has_change_permission(self, request, obj=None):
        return Scope.of(request).is_national

    def has_delete_permission(self, request, obj=None):
        return Scope.of(request).is_national

    @admin.display(description="Organisationer")
    def organisations(self, obj):
        return ", ".join(str(m.organisation) for m in obj.memberships.all())
