from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    """The staff's editorial desk: the start page "Att göra", the review step and scheduling."""

    default = True
    name = "desk"
    verbose_name = _("Redaktionen")


class DeskAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the start page "Att göra" as its index (desk/sites.py)."""

    default = False
    default_site = "desk.sites.DeskAdminSite"
