"""The admin's "Ny uppföljning": choose one of your published pledges, then one of the spans
its cadence still expects, each with the dates it covers; the draft report is then made with a
status row per promise (services.start_report) and opened.

It replaces Django's add form, where the span was typed as kind, year and number, its dates
appeared only after saving, and the pledge list held drafts and other identical titles. The
pledge's change page links here with ?pledge=<id>, the overview of due reports with the span
too (&kind=…&year=…&number=…), which is then preselected.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from pledges.access import Scope
from pledges.models import Pledge

from . import spans
from .admin_forms import StartPledgeForm, StartSpanForm, free_spans
from .services import start_report


def _pledge_from(request, value, published):
    """The pledge `value` names if the user may follow it up; 404 for one they may not see."""
    if not str(value).isdigit() or len(str(value)) > 18:
        raise Http404
    pledge = Scope.of(request).pledges().filter(pk=value).first()
    if pledge is None:
        raise Http404
    return pledge if published.filter(pk=pledge.pk).exists() else None


def _linked_span(request):
    """The span the link names (?kind=…&year=…&number=…), as its slug, or ''."""
    kind, year, number = (request.GET.get(name, "") for name in ("kind", "year", "number"))
    if not (kind and year.isdigit() and number.isdigit()) or len(year + number) > 6:
        return ""
    span = spans.Span(kind, int(year), int(number))
    return span.slug if span.is_valid() else ""


def start_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    published = Scope.of(request).pledges(Pledge.objects.published())
    choices = published.with_municipalities().order_by("title", "-start_date", "pk")
    value = request.POST.get("pledge") or request.GET.get("pledge")
    pledge_form = StartPledgeForm(pledges=choices)
    pledge = None
    if value:
        pledge = _pledge_from(request, value, published)
        if pledge is None:
            pledge_form = StartPledgeForm({"pledge": value}, pledges=choices)
            pledge_form.is_valid()  # the error says that a draft is not followed up
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Ny uppföljning"),
        "pledge_form": pledge_form,
        "pledge": pledge,
    }
    if pledge is not None:
        free = free_spans(pledge)
        data = request.POST if request.method == "POST" else None
        form = StartSpanForm(
            data, pledge=pledge, free=free, initial={"span": _linked_span(request)}
        )
        if data is not None and form.is_valid():
            span = form.cleaned_data["span"]
            try:
                report = start_report(
                    pledge=pledge, kind=span.kind, year=span.year, number=span.number
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                model_admin.log_addition(request, report, [{"added": {}}])
                model_admin.message_user(
                    request,
                    _(
                        "”%(title)s” är skapad. Fyll i status för varje löfte. Där det fanns en "
                        "tidigare uppföljning har statusen kopierats därifrån."
                    )
                    % {"title": report.title},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:followups_followupreport_change", args=[report.pk]))
        context.update(
            {
                "title": _("Ny uppföljning av ”%(title)s”") % {"title": pledge.title},
                "form": form,
                "free": free,
                "reports": pledge.reports.in_order(),
            }
        )
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "admin/followups/followupreport/start.html", context)
