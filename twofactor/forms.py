"""The admin's login form with a one-time code, and the form that checks a code on the
enrolment page. The codes themselves are django-otp's (TOTP, RFC 6238)."""

import django_otp
from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


class OneTimeCodeInput(forms.TextInput):
    """Phones show a number pad, and offer a code that arrived by text message."""

    def __init__(self, attrs=None):
        defaults = {"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": "7"}
        super().__init__({**defaults, **(attrs or {})})


# django-otp makes each try after a wrong code wait longer: 1 second, 2, 4, 8 …
THROTTLED = _("För många felaktiga koder i rad. Vänta en stund och försök sedan igen.")


def normalize_code(value):
    """Apps show the code as '123 456'; people copy it so."""
    return "".join(value.split())


class LoginForm(AdminAuthenticationForm):
    """Username and password, and the one-time code of a user who has set up an app.

    A wrong or missing code fails the login like a wrong password: django-axes counts it
    (user_login_failed), so five of them lock the username at that address, and a locked
    username is refused before its password or code is looked at.
    """

    otp_token = forms.CharField(
        label=_("Engångskod"),
        required=False,
        help_text=_(
            "Sex siffror från appen för tvåstegsverifiering. Lämna tomt om du inte har "
            "slagit på tvåstegsverifiering."
        ),
        widget=OneTimeCodeInput,
    )

    # One answer for a wrong password and a wrong, missing or throttled code: a separate one for
    # the code would tell whoever tries passwords that they found the right one.
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "Användarnamnet, lösenordet eller engångskoden stämmer inte, eller så är kontot inte "
            "ett personalkonto. Har du slagit på tvåstegsverifiering, ange koden som appen visar "
            "just nu (en kod kan bara användas en gång); efter flera fel i rad får du vänta en "
            "stund innan nästa försök."
        ),
    }

    def clean_otp_token(self):
        return normalize_code(self.cleaned_data["otp_token"])

    def confirm_login_allowed(self, user):
        if user.is_active and not user.is_staff and user.memberships.exists():
            # The right password of someone put in an organisation without the staff flag:
            # telling them that the password is wrong would send them the wrong way.
            raise ValidationError(
                _(
                    "Kontot hör till en organisation men har ännu inte behörighet att logga in "
                    "i redigeringen. Be den nationella administratören att öppna kontot och "
                    "spara det igen."
                ),
                code="not_staff",
            )
        super().confirm_login_allowed(user)
        device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
        if device is None:
            return
        code = self.cleaned_data.get("otp_token")
        if (
            not code
            or not device.verify_is_allowed()[0]
            or django_otp.verify_token(user, device.persistent_id, code) is None
        ):
            self._code_failed()
        # django-otp marks the session as verified when Django logs the user in.
        user.otp_device = device

    def _code_failed(self):
        user_login_failed.send(
            sender=__name__,
            credentials={"username": self.cleaned_data.get("username")},
            request=self.request,
        )
        self.user_cache = None
        raise self.get_invalid_login_error()


class CodeForm(forms.Form):
    """A current code from the user's app, checked against one of their devices."""

    otp_token = forms.CharField(
        label=_("Engångskod"),
        help_text=_("Sex siffror från appen."),
        widget=OneTimeCodeInput,
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        code = normalize_code(self.cleaned_data["otp_token"])
        if not self.device.verify_is_allowed()[0]:
            raise ValidationError(THROTTLED, code="otp_throttled")
        if django_otp.verify_token(self.device.user, self.device.persistent_id, code) is None:
            raise ValidationError(
                _("Koden stämmer inte. Ange koden som appen visar just nu."), code="otp_invalid"
            )
        return code
