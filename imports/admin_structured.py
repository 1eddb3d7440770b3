"""The admin's structured import: upload a file, see what it will do, confirm.

PledgeAdmin.get_urls() routes "Importera från fil" here. The uploaded file is kept in the
session between the preview and the confirmation, under a token the confirmation must name;
the confirmation checks the whole file again, with the user's permissions as they are then,
so nothing in the preview is trusted. The file is kept compressed: sessions are saved on every
request, and CSV and JSON shrink to a tenth or less. Every pledge the import creates or
changes gets an entry in the admin's log and, through imports.structured, in its Historik.
"""

import base64
import uuid
import zlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .structured import MAX_BYTES, ImportRefused, import_pledges, plan_import

SESSION_KEY = "pledges_import"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fil"),
        help_text=gettext_lazy(
            "CSV eller JSON i samma format som nedladdningen från Öppna data, högst 20 MB. "
            "Rader känns igen på sina stabila id: finns ett id redan uppdateras det löftet, "
            "annars skapas ett nytt."
        ),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publicera nya medborgarlöften och uppföljningar direkt"),
        required=False,
        help_text=gettext_lazy(
            "Bara för utgivare. Annars blir det som skapas utkast; det som redan finns behåller "
            "sin status."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("Filen är större än 20 MB. Dela upp den."), code="too_large"
            )
        return upload


def import_view(model_admin, request):
    """Step 1 (GET, or POST of a file): the form; a valid file gives the preview (step 2)."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        publish = form.cleaned_data["publish"]
        try:
            plan = plan_import(
                content=content, file_name=upload.name, user=request.user, publish=publish
            )
        except ImportRefused as refused:
            return _render_form(model_admin, request, form, refused.problems)
        token = uuid.uuid4().hex
        request.session[SESSION_KEY] = {
            "token": token,
            "name": upload.name,
            "content": pack(content),
            "publish": publish,
        }
        context = {
            **_context(model_admin, request, _("Förhandsgranska import")),
            "plan": plan,
            "token": token,
            "publish": publish,
        }
        return TemplateResponse(request, "imports/import_preview.html", context)
    return _render_form(model_admin, request, form, [])


def confirm_view(model_admin, request):
    """Step 3 (POST): imports the file kept in the session, checked again from the start."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    if request.method != "POST":
        return redirect("admin:pledges_pledge_import")
    stored = request.session.get(SESSION_KEY)
    if not stored or stored.get("token") != request.POST.get("token"):
        messages.error(
            request, _("Det finns ingen förhandsgranskad fil att importera. Ladda upp den igen.")
        )
        return redirect("admin:pledges_pledge_import")
    del request.session[SESSION_KEY]
    try:
        plan = import_pledges(
            content=unpack(stored["content"]),
            file_name=stored["name"],
            user=request.user,
            publish=stored["publish"],
        )
    except ImportRefused as refused:
        return _render_form(model_admin, request, ImportForm(), refused.problems)
    message = _("Importerad från fil %(file)s.") % {"file": plan.file_name}
    for pledge_plan in plan.created:
        model_admin.log_addition(request, pledge_plan.pledge, message)
    for pledge_plan in plan.updated:
        model_admin.log_change(request, pledge_plan.pledge, message)
    messages.success(request, plan.summary())
    return redirect("admin:pledges_pledge_changelist")


def pack(content):
    return base64.b64encode(zlib.compress(content)).decode("ascii")


def unpack(stored):
    return zlib.decompress(base64.b64decode(stored))


def _context(model_admin, request, title):
    return {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
    }


def _render_form(model_admin, request, form, problems):
    context = {
        **_context(model_admin, request, _("Importera från fil")),
        "form": form,
        "problems": problems,
    }
    return TemplateResponse(request, "imports/import.html", context)
