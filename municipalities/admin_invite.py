"""The national administrator's "Bjud in en kollega": a new staff user in an organisation, who
gets an e-mail with a one-time address where they choose their own password."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Membership, Municipality, PoliceArea
from .services import invite_staff


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-postadress"))
    first_name = forms.CharField(label=gettext_lazy("Förnamn"), max_length=150, required=False)
    last_name = forms.CharField(label=gettext_lazy("Efternamn"), max_length=150, required=False)
    municipality = forms.ModelChoiceField(
        label=gettext_lazy("Kommun"),
        queryset=Municipality.objects.order_by("name"),
        required=False,
        empty_label=gettext_lazy("Ingen kommun"),
    )
    police_area = forms.ModelChoiceField(
        label=gettext_lazy("Lokalpolisområde"),
        queryset=PoliceArea.objects.order_by("name"),
        required=False,
        empty_label=gettext_lazy("Inget lokalpolisområde"),
        help_text=gettext_lazy("Välj antingen en kommun eller ett lokalpolisområde."),
    )
    role = forms.ChoiceField(
        label=gettext_lazy("Roll"), choices=Membership.Role.choices, widget=forms.RadioSelect
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        users = get_user_model().objects
        if (
            users.filter(email__iexact=email).exists()
            or users.filter(username__iexact=email).exists()
        ):
            raise ValidationError(_("Det finns redan en användare med den adressen."), code="taken")
        return email

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("municipality")) == bool(cleaned.get("police_area")):
            raise ValidationError(
                _("Välj antingen en kommun eller ett lokalpolisområde."), code="one_organisation"
            )
        return cleaned


def invite_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = InviteForm(request.POST or None, initial={"role": Membership.Role.EDITOR})
    if request.method == "POST" and form.is_valid():
        user = invite_staff(**form.cleaned_data, invited_by=request.user)
        model_admin.log_addition(request, user, [{"added": {}}])
        model_admin.message_user(
            request,
            _(
                "%(email)s är inbjuden och har fått ett e-brev med en länk för att välja sitt "
                "lösenord."
            )
            % {"email": user.email},
            messages.SUCCESS,
        )
        return redirect(reverse("admin:auth_user_change", args=[user.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Bjud in en kollega"),
        "form": form,
    }
    request.current_app = model_admin.admin_site.name
    return TemplateResponse(request, "admin/auth/user/invite.html", context)
