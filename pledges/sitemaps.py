"""/sitemap.xml: every public page a search engine should know about. Drafts, previews and
filtered or searched lists are left out; robots.txt points here."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Prefetch
from django.urls import reverse

from config.site import domain, scheme
from followups.models import FollowUpReport
from municipalities.models import Municipality, PoliceArea

from .models import FocusArea, Pledge

STATIC_PAGES = [
    "pledges:home",
    "pledges:list",
    "pledges:search",
    "pledges:focus_areas",
    "pledges:overview",
    "pledges:open_data",
    "municipalities:list",
    "municipalities:police_area_list",
    "followups:latest",
    "accessibility",
]


class SiteSitemap(Sitemap):
    """Addresses on SITE_URL, never on the request's Host (config/site.py)."""

    def get_protocol(self, protocol=None):
        return scheme()

    def get_domain(self, site=None):
        return domain()


class StaticSitemap(SiteSitemap):
    changefreq = "weekly"

    def items(self):
        return STATIC_PAGES

    def location(self, name):
        return reverse(name)


class PledgeSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Pledge.objects.published().with_municipalities().order_by("pk")

    def lastmod(self, pledge):
        return pledge.updated_at


class ReportSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        by_code = Municipality.objects.order_by("code")
        return (
            FollowUpReport.objects.published()
            .select_related("pledge")
            .prefetch_related(Prefetch("pledge__municipalities", queryset=by_code))
            .order_by("pk")
        )

    def lastmod(self, report):
        return report.updated_at


class MunicipalitySitemap(SiteSitemap):
    changefreq = "weekly"

    def items(self):
        return Municipality.objects.order_by("code")


class PoliceAreaSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return PoliceArea.objects.order_by("slug")


class FocusAreaSitemap(SiteSitemap):
    changefreq = "weekly"

    def items(self):
        return FocusArea.objects.order_by("slug")


SITEMAPS = {
    "sidor": StaticSitemap,
    "loften": PledgeSitemap,
    "uppfoljningar": ReportSitemap,
    "kommuner": MunicipalitySitemap,
    "polisomraden": PoliceAreaSitemap,
    "fokusomraden": FocusAreaSitemap,
}
