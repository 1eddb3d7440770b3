from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.apps import DefaultConfig


class TwoFactorConfig(AppConfig):
    default = True
    name = "twofactor"
    verbose_name = _("Tvåstegsverifiering")


class TOTPDevicesConfig(DefaultConfig):
    """django-otp's TOTP devices under a Swedish heading in the admin (INSTALLED_APPS)."""

    default = False
    verbose_name = _("Tvåstegsverifiering")
