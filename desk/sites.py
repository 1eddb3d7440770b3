from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from pledges.access import Scope

from . import todo


class DeskAdminSite(admin.AdminSite):
    """Django's admin site, whose index is the start page "Att göra" for staff with an
    organisation (desk/apps.py makes it the default site, admin.site)."""

    index_template = "desk/index.html"

    def index(self, request, extra_context=None):
        if Scope.of(request).is_member:
            extra_context = {
                "title": _("Att göra"),
                "desk": todo.start_page(request),
                **(extra_context or {}),
            }
        return super().index(request, extra_context)
