"""The pledge's "Kopiera till ny period": asks for the new period, then opens the new draft.

The period offered is the one after the copied pledge's, or the current one when that is over
already (services.proposed_period); staff may change it before the copy is made.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import periods
from .services import copy_to_next_period, leaves_a_gap, proposed_period


class DateInput(forms.DateInput):
    """The browser's own date field: typed or picked, by keyboard too."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class CopyForm(forms.Form):
    start_date = forms.DateField(
        label=gettext_lazy("Den nya periodens första dag"), widget=DateInput
    )
    end_date = forms.DateField(label=gettext_lazy("Den nya periodens sista dag"), widget=DateInput)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            raise ValidationError(
                _("Periodens sista dag kommer före dess första dag."), code="end_before_start"
            )
        return cleaned


def copy_view(model_admin, request, object_id):
    """GET: the form with the proposed period; POST: the copy, then its change page."""
    pledge = model_admin.get_object_or_404(request, object_id)
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    today = timezone.localdate()
    proposed = proposed_period(pledge, today)
    initial = {"start_date": proposed[0], "end_date": proposed[1]} if proposed else {}
    form = CopyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            copy = copy_to_next_period(
                pledge=pledge,
                start=form.cleaned_data["start_date"],
                end=form.cleaned_data["end_date"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            model_admin.log_addition(request, copy, [{"added": {}}])
            model_admin.message_user(
                request,
                _(
                    "Utkastet ”%(title)s” (%(period)s) är skapat från %(old)s. Gå igenom det och "
                    "spara."
                )
                % {"title": copy.title, "period": copy.period_label, "old": pledge.period_label},
                messages.SUCCESS,
            )
            return redirect(reverse("admin:pledges_pledge_change", args=[copy.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Kopiera ”%(title)s” till ny period") % {"title": pledge.title},
        "original": pledge,
        "form": form,
        "proposed_label": periods.period_label(*proposed) if proposed else "",
        "proposed_is_later": proposed is not None and leaves_a_gap(pledge, proposed[0]),
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "admin/pledges/pledge/copy.html", context)
