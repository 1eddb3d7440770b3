from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = _("Medborgarlöften")

    def ready(self):
        import config.site  # noqa: F401  (registers the deployment check of SITE_URL)

        from .caching import connect_invalidation

        connect_invalidation()

        from . import listing

        listing.connect()

        # The admin's yes/no icons say "Ja" and "Nej", not "True" and "False" (Django has no
        # setting for it; its change lists and read-only fields both call this function).
        from django.contrib.admin.templatetags import admin_list

        from config.widgets import boolean_icon

        admin_list._boolean_icon = boolean_icon
