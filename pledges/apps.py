from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PledgesConfig(AppConfig):
    name = "pledges"
    verbose_name = _("Medborgarlöften")

    def ready(self):
        import config.site  # noqa: F401  (registers the deployment check of SITE_URL)

        from .caching import connect_invalidation

        connect_invalidation()
