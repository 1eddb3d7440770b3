from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

admin.site.site_header = "Medborgarlöften – administration"
admin.site.site_title = "Medborgarlöften"
admin.site.index_title = "Administration"


def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's too."""
    return redirect(static("img/favicon.svg"), permanent=True)


urlpatterns = [
    path("favicon.ico", favicon),
    path("admin/", admin.site.urls),
    path("", include("pledges.urls")),
    path("", include("municipalities.urls")),
    path("", include("followups.urls")),
]
