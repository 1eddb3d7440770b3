from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.views.generic import TemplateView

from config.site import absolute_url
from pledges import catalogue, embed
from pledges.admin import view_on_site
from pledges.sitemaps import SITEMAPS
from twofactor.forms import LoginForm

admin.site.site_header = "Medborgarlöften – administration"
admin.site.site_title = "Medborgarlöften"
# No navigation sidebar: the index and the breadcrumbs lead everywhere, and without it the
# change lists have room for their columns at 1280 px.
admin.site.enable_nav_sidebar = False
admin.site.index_title = "Administration"
# Asks for the one-time code of staff who have set up two-factor login (twofactor/).
admin.site.login_form = LoginForm


def status(request):
    """A constant answer for load balancers and uptime checks; also the benchmarks' reference."""
    return HttpResponse("ok\n", content_type="text/plain")


def robots_txt(request):
    """Everything public may be indexed; the admin and the staff previews may not."""
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /forhandsgranska/",
        "Disallow: /en/forhandsgranska/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's too."""
    return redirect(static("img/favicon.svg"), permanent=True)


urlpatterns = [
    path("favicon.ico", favicon),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v1/", include("pledges.api.urls")),
    # The open data described for data portals (DCAT-AP-SE) and for tools (Frictionless).
    path("oppna-data/katalog.ttl", catalogue.catalogue, {"file_format": "ttl"}, name="dcat_ttl"),
    path("oppna-data/katalog.rdf", catalogue.catalogue, {"file_format": "rdf"}, name="dcat_rdf"),
    path(
        "oppna-data/katalog.jsonld",
        catalogue.catalogue,
        {"file_format": "jsonld"},
        name="dcat_jsonld",
    ),
    path("oppna-data/datapackage.json", catalogue.datapackage_json, name="datapackage"),
    path("oembed/", embed.oembed, name="oembed"),
    path("status/", status, name="status"),
    # Before the admin's own addresses, whose last pattern catches every other one.
    path("admin/tvastegsverifiering/", include("twofactor.urls")),
    # "Visa på webbplatsen", limited to what the user may see (the admin's own is not).
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="admin_view_on_site",
    ),
    # The review step and scheduling (desk/); the start page is the admin's index.
    path("admin/skrivbord/", include("desk.urls")),
    # Where a colleague invited by e-mail chooses their own password (municipalities/services.py,
    # invite_staff): Django's password reset with its one-time token.
    path(
        "admin/valj-losenord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            extra_context={"site_header": admin.site.site_header, "has_permission": False}
        ),
        name="password_reset_confirm",
    ),
    path(
        "admin/valj-losenord/klart/",
        auth_views.PasswordResetCompleteView.as_view(
            extra_context={"site_header": admin.site.site_header, "has_permission": False}
        ),
        name="password_reset_complete",
    ),
    path("admin/", admin.site.urls),
]

# The pages for people, in Swedish without a prefix and in English under /en/. The admin and
# what machines read (robots.txt, the sitemap, the API) stay Swedish and unprefixed.
urlpatterns += i18n_patterns(
    path(
        "tillganglighet/",
        TemplateView.as_view(
            template_name="accessibility.html",
            extra_context={"contact_email": settings.ACCESSIBILITY_CONTACT_EMAIL},
        ),
        name="accessibility",
    ),
    # The municipality pages first: they are the most visited, and a request is matched
    # against the patterns in order (no two of these apps' patterns match the same address).
    path("", include("municipalities.urls")),
    path("", include("pledges.urls")),
    path("", include("followups.urls")),
    prefix_default_language=False,
)
