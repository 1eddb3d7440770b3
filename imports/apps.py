from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    """Bringing pledges in: the open-data CSV/JSON (structured.py) and pledge documents
    (documents/), through the admin and the management commands."""

    name = "imports"
    verbose_name = _("Import")
