from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pledges.access import Scope
from pledges.admin import ScopedAdmin, ScopedInline
from pledges.models import Pledge

from . import admin_start, schedule
from .admin_forms import StatusCardForm
from .models import ActionStatus, FollowUpReport
from .services import prefill_statuses


class ActionStatusInline(ScopedInline, admin.StackedInline):
    """One card per promise (templates/admin/followups/followupreport/status_cards.html): the
    promise's full text as the card's name, its target, the status, what was done, and a count
    only where the promise has a target. It fits a phone as well as a desktop."""

    model = ActionStatus
    form = StatusCardForm
    template = "admin/followups/followupreport/status_cards.html"
    fields = ["status", "evidence", "achieved_count"]
    extra = 0
    max_num = 0
    can_delete = False
    verbose_name = _("löfte")
    verbose_name_plural = _("status för varje löfte")

    def get_queryset(self, request):
        # The promise as it reads now, for the cards of a draft (StatusCardForm).
        return (
            super()
            .get_queryset(request)
            .select_related("report", "action")
            .prefetch_related("action__targets")
        )

    def has_change_permission(self, request, obj=None):
        # A published report is frozen: what residents were told stays as it was.
        if obj is not None and obj.status == FollowUpReport.Status.PUBLISHED:
            return False
        return super().has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(FollowUpReport)
class FollowUpReportAdmin(ScopedAdmin):
    pledge_path = "pledge"
    not_restored = _(
        "Statusen för varje löfte och publiceringen återställs inte: de står kvar som nu. En "
        "publicerad uppföljning avpubliceras först."
    )
    inlines = [ActionStatusInline]
    # Status first, so that it is on screen however long the titles are.
    list_display = ["status", "title", "pledge", "covers", "published_at"]
    list_display_links = ["title"]
    list_filter = ["status", "kind", "is_example"]
    list_select_related = ["pledge"]
    search_fields = ["pledge__title", "pledge__municipalities__name", "summary"]
    combobox_fields = ["pledge"]
    readonly_fields = ["status", "published_at", "covers_start", "covers_end"]
    actions = ["publish_selected"]
    change_form_template = "admin/followups/followupreport/change_form.html"
    change_list_template = "admin/followups/followupreport/change_list.html"
    fieldsets = [
        (None, {"fields": ["pledge", ("kind", "year", "number"), ("covers_start", "covers_end")]}),
        (
            _("Resultat"),
            {"fields": ["summary", "effect", "indicators", "fulfilment", "lessons", "is_example"]},
        ),
        (_("Publicering"), {"fields": ["status", "published_at"]}),
    ]

    @admin.display(description=_("Avser"), ordering="covers_start")
    def covers(self, obj):
        return obj.covers_label

    def edit_histories(self, obj):
        return [obj.history.all(), ActionStatus.history.filter(report_id=obj.pk)]

    def get_inlines(self, request, obj):
        # The status rows are made from the pledge's actions once the report is saved.
        return self.inlines if obj is not None else []

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None:
            # The span and the pledge are chosen once: the status rows were made for them.
            fields += ["pledge", "kind", "year", "number"]
        if obj is not None and obj.status == FollowUpReport.Status.PUBLISHED:
            fields += [
                "summary",
                "effect",
                "indicators",
                "fulfilment",
                "lessons",
                "is_example",
                "import_notes",
            ]
        else:
            fields += ["unpublish_reason"]
        return fields

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if Scope.of(request).is_national:
            return filters
        return [name for name in filters if name != "is_example"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not Scope.of(request).is_national:
            # "Exempel" marks the demo's made-up reports: the national administrators' business.
            fieldsets = [
                (name, {**options, "fields": [f for f in options["fields"] if f != "is_example"]})
                for name, options in fieldsets
            ]
        if obj is not None and obj.import_notes:
            # A draft made from a follow-up document: what the import found and doubted.
            fieldsets = [
                *fieldsets[:-1],
                (_("Import från dokument"), {"fields": ["import_notes"]}),
                fieldsets[-1],
            ]
        if obj is not None and (
            obj.status == FollowUpReport.Status.PUBLISHED or obj.unpublish_reason
        ):
            return [
                *fieldsets[:-1],
                (_("Publicering"), {"fields": ["status", "published_at", "unpublish_reason"]}),
            ]
        return fieldsets

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "pledge":
            kwargs["queryset"] = Scope.of(request).pledges()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_view_on_site_url(self, obj=None):
        if obj is None or not obj.pk:
            return None
        if obj.is_published and obj.pledge.is_published:
            return obj.get_absolute_url()
        return reverse("followups:preview", kwargs={"uid": obj.uid})

    def may_publish(self, request, report):
        return Scope.of(request).may_publish_pledge(report.pledge)

    def has_change_permission(self, request, obj=None):
        # Only its publishers touch a published report, and then only to unpublish it.
        if obj is not None and obj.status == FollowUpReport.Status.PUBLISHED:
            return self.in_scope(request, obj) and self.may_publish(request, obj)
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status == FollowUpReport.Status.PUBLISHED:
            return Scope.of(request).is_national
        return super().has_delete_permission(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["may_publish"] = obj is not None and self.may_publish(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        return [
            path(
                "forfallna/",
                self.admin_site.admin_view(self.due_view),
                name="followups_followupreport_due",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        # A pledge, then one of its free spans with their dates (admin_start.py).
        return admin_start.start_view(self, request)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.status == FollowUpReport.Status.DRAFT:
            rows = prefill_statuses(obj)
            if rows and not change:
                self.message_user(
                    request,
                    _(
                        "Fyll i status för varje löfte. Där det fanns en tidigare uppföljning "
                        "har statusen kopierats därifrån."
                    ),
                    messages.INFO,
                )

    def response_add(self, request, obj, post_url_continue=None):
        # Straight on to the status rows that were just made.
        if "_addanother" not in request.POST and "_popup" not in request.POST:
            return HttpResponseRedirect(
                reverse("admin:followups_followupreport_change", args=[obj.pk])
            )
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if "_publish" in request.POST:
            self.publish_one(request, obj)
            return HttpResponseRedirect(request.path)
        if "_unpublish" in request.POST:
            self.unpublish_one(request, obj, request.POST.get("unpublish_reason", ""))
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def unpublish_one(self, request, report, reason):
        if not self.may_publish(request, report):
            self.message_user(request, _("Bara en utgivare kan avpublicera."), messages.ERROR)
            return
        try:
            report.unpublish(reason)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(
            request, _("”%(title)s” är avpublicerad.") % {"title": report.title}, messages.SUCCESS
        )

    def publish_one(self, request, report):
        if not self.may_publish(request, report):
            self.message_user(request, _("Bara en utgivare kan publicera."), messages.ERROR)
            return False
        try:
            report.publish()
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return False
        self.message_user(
            request, _("”%(title)s” är publicerad.") % {"title": report.title}, messages.SUCCESS
        )
        return True

    def get_actions(self, request):
        # Publishing is not offered to those who may not publish.
        actions = super().get_actions(request)
        scope = Scope.of(request)
        if not (
            scope.is_national or scope.publisher_municipality_ids or scope.publisher_police_area_ids
        ):
            actions.pop("publish_selected", None)
        return actions

    @admin.action(description=_("Publicera valda uppföljningar"))
    def publish_selected(self, request, queryset):
        for report in queryset.filter(status=FollowUpReport.Status.DRAFT):
            self.publish_one(request, report)

    def due_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        today = timezone.localdate()
        pledges = (
            Scope.of(request)
            .pledges(Pledge.objects.published())
            .exclude(followup_cadence=Pledge.Cadence.NOT_STATED)
            .filter(start_date__lte=today)
            .select_related("police_area")
            .with_municipalities()
            .prefetch_related(Prefetch("reports", queryset=FollowUpReport.objects.in_order()))
        )
        late = schedule.late_reports(pledges, today)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Förfallna och försenade uppföljningar"),
            "opts": self.model._meta,
            "late": late,
            "today": today,
            "grace_days": schedule.GRACE_DAYS,
        }
        return TemplateResponse(request, "admin/followups/followupreport/due.html", context)
