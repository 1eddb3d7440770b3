"""The admin's "Importera uppföljning": a follow-up document becomes a draft report of a pledge.

The document import (admin_documents.py) sends a text that reads as a follow-up here instead
of making a new pledge from it; staff then choose which of their pledges it follows.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from pledges.access import Scope

from .documents import readers
from .documents.followup_services import create_draft_report_from_document, propose_pledge
from .forms import DocumentTextForm


def pledge_label(pledge):
    """'Luleå 2018', 'Malmö 2024 – Rosengård (utkast)': municipality and period."""
    names = ", ".join(m.name for m in pledge.municipalities.all())
    label = f"{names} {pledge.period_label}"
    if pledge.district:
        label += f" – {pledge.district}"
    if pledge.status == pledge.Status.DRAFT:
        label += " " + _("(utkast)")
    return label


class FollowupImportForm(DocumentTextForm):
    nothing_message = gettext_lazy("Klistra in uppföljningens text eller välj en fil.")
    field_order = ["pledge", "text", "file"]

    pledge = forms.ChoiceField(label=gettext_lazy("Vilket löfte följer dokumentet upp?"))
    text = forms.CharField(
        label=gettext_lazy("Uppföljningens text"),
        required=False,
        max_length=readers.MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
    )

    def __init__(self, *args, pledges, proposed, **kwargs):
        super().__init__(*args, **kwargs)
        self.pledges = {str(pledge.uid): pledge for pledge in pledges}
        proposed_ids = {pledge.pk for pledge in proposed}
        others = [pledge for pledge in pledges if pledge.pk not in proposed_ids]
        choices = []
        if proposed:
            choices.append((_("Föreslagna"), [(str(p.uid), pledge_label(p)) for p in proposed]))
        if others:
            choices.append(
                (_("Dina övriga löften"), [(str(p.uid), pledge_label(p)) for p in others])
            )
        self.fields["pledge"].choices = choices

    def clean_pledge(self):
        return self.pledges[self.cleaned_data["pledge"]]


def _form(request, document="", data=None, files=None):
    """The form with the user's own pledges, those the document likely follows first."""
    pledges = list(Scope.of(request).pledges().with_municipalities().newest_first())
    proposed = propose_pledge(document, request.user) if document else []
    initial = {"text": document}
    if proposed:
        initial["pledge"] = str(proposed[0].uid)
    form = FollowupImportForm(data, files, pledges=pledges, proposed=proposed, initial=initial)
    return form, proposed


def _render(model_admin, request, form, proposed, reason=""):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Importera uppföljning"),
        "form": form,
        "proposed": proposed,
        "reason": reason,
    }
    return TemplateResponse(request, "imports/import_followup.html", context)


def choose_pledge(model_admin, request, document, reason):
    """The page that asks which pledge a follow-up document follows, the text kept."""
    form, proposed = _form(request, document)
    return _render(model_admin, request, form, proposed, reason)


def import_followup_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    if request.method != "POST":
        form, proposed = _form(request)
        return _render(model_admin, request, form, proposed)
    form, proposed = _form(
        request, request.POST.get("text", ""), request.POST, request.FILES or None
    )
    if form.is_valid():
        pledge = form.cleaned_data["pledge"]
        upload = form.cleaned_data.get("file")
        try:
            report, proposals = create_draft_report_from_document(
                text=form.cleaned_data["document"],
                pledge=pledge,
                user=request.user,
                filename=upload.name if upload else "",
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            model_admin.message_user(request, summary(report, proposals), messages.SUCCESS)
            return redirect(reverse("admin:followups_followupreport_change", args=[report.pk]))
    return _render(model_admin, request, form, proposed)


def summary(report, proposals):
    with_status = sum(1 for proposal in proposals if proposal.status)
    unsure = sum(1 for p in proposals if p.status and p.confidence != "säker")
    return " ".join(
        [
            _("Utkastet ”%(title)s” är skapat för %(pledge)s.")
            % {"title": report.title, "pledge": pledge_label(report.pledge)},
            ngettext(
                "%(done)s av %(count)s löfte fick en status ur dokumentet",
                "%(done)s av %(count)s löften fick en status ur dokumentet",
                len(proposals),
            )
            % {"done": with_status, "count": len(proposals)},
            _("(%(unsure)s osäkra).") % {"unsure": unsure},
            _("Kontrollera varje status mot ”Anteckningar från importen” innan du publicerar."),
        ]
    )
