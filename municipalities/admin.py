from django.contrib import admin

from .models import County, Municipality, PoliceArea, PoliceRegion


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
    list_display = ["name", "code", "county", "slug"]
    fields = ["name", "code", "slug", "county", "staff_emails"]
    list_filter = ["county"]
    list_select_related = ["county"]
    search_fields = ["name", "code", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PoliceArea)
class PoliceAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "municipality_names"]
    list_filter = ["region"]
    list_select_related = ["region"]
    search_fields = ["name", "municipalities__name"]
    autocomplete_fields = ["municipalities"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("municipalities")

    @admin.display(description="Kommuner")
    def municipality_names(self, obj):
        return ", ".join(m.name for m in obj.municipalities.all())
