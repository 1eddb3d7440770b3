from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.apps import DefaultConfig


def name_models(app_config, names):
    """Gives another app's models the names the admin shows, {model name: (singular, plural)}.

    Only the names shown change: the migrations read a model's own Meta (Options.original_attrs),
    so the other app's migrations stay as they are, and no proxy models or tables are needed."""
    for model_name, (singular, plural) in names.items():
        options = app_config.get_model(model_name)._meta
        options.verbose_name, options.verbose_name_plural = singular, plural


class TwoFactorConfig(AppConfig):
    default = True
    name = "twofactor"
    verbose_name = _("Tvåstegsverifiering")


class TOTPDevicesConfig(DefaultConfig):
    """django-otp's TOTP devices under a Swedish heading in the admin (INSTALLED_APPS)."""

    default = False
    verbose_name = _("Tvåstegsverifiering")

    def ready(self):
        super().ready()
        name_models(
            self,
            {
                "totpdevice": (
                    _("app för tvåstegsverifiering"),
                    _("appar för tvåstegsverifiering"),
                )
            },
        )


class LoginProtectionConfig(AxesConfig):
    """django-axes (the lockout after too many failed logins) under Swedish names in the admin
    (INSTALLED_APPS)."""

    default = False
    verbose_name = _("Inloggningsskydd")

    def ready(self):
        super().ready()
        name_models(
            self,
            {
                "accessattempt": (_("inloggningsförsök"), _("inloggningsförsök och spärrar")),
                "accessfailurelog": (_("misslyckad inloggning"), _("misslyckade inloggningar")),
                "accesslog": (_("inloggning"), _("inloggningar")),
                "accessattemptexpiration": (
                    _("när försöken glöms"),
                    _("när försöken glöms"),
                ),
            },
        )
