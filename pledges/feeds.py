"""Atom and RSS feeds of newly published pledges and follow-ups: for the whole country, for a
municipality and for a focus area. Only what is published, newest first."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from config.site import absolute_url
from followups.models import FollowUpReport
from municipalities.models import Municipality

from .models import FocusArea, Pledge
from .templatetags.pledge_tags import pledge_name

ITEMS = 30


def sentence(text):
    """The text with a full stop at the end unless it has one (or another mark) already."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…", ":")) else f"{text}."


def newest(pledges, reports):
    """The ITEMS most recently published of `pledges` and `reports`, newest first."""
    pledges = list(pledges.with_municipalities().recently_published()[:ITEMS])
    reports = list(reports.with_summary().newest_first()[:ITEMS])
    items = sorted(pledges + reports, key=lambda item: item.published_at, reverse=True)
    return items[:ITEMS]


class LatestFeed(Feed):
    """New pledges and follow-ups in the whole country, as Atom."""

    feed_type = Atom1Feed
    title = gettext_lazy("Medborgarlöften: nya löften och uppföljningar")
    description = gettext_lazy(
        "Nya medborgarlöften och uppföljningar från kommuner och polis i hela Sverige."
    )
    subtitle = description

    def get_feed(self, obj, request):
        """Every address in the feed is on SITE_URL, never on the request's Host: the links
        below are absolute already, and so is the feed's own address."""
        feed = super().get_feed(obj, request)
        feed.feed["feed_url"] = absolute_url(request.path)
        return feed

    def link(self):
        return absolute_url(reverse("pledges:home"))

    def items(self):
        return newest(Pledge.objects.published(), FollowUpReport.objects.published())

    def item_title(self, item):
        if isinstance(item, Pledge):
            return _("Nytt medborgarlöfte: %(name)s") % {"name": pledge_name(item)}
        return f"{pledge_name(item.pledge)}: {item.title}"

    def item_description(self, item):
        """Plain text, escaped: feed readers read the description as HTML."""
        if isinstance(item, Pledge):
            parts = [item.state_label, item.title, Truncator(item.introduction).words(60)]
        else:
            progress = item.summary_counts()
            parts = [progress.done_label if progress.counted else "", item.summary]
        return escape(" ".join(sentence(part) for part in parts if part.strip()))

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item):
        return f"urn:uuid:{item.uid}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_categories(self, item):
        return [_("Medborgarlöfte") if isinstance(item, Pledge) else _("Uppföljning")]


class LatestRssFeed(LatestFeed):
    feed_type = Rss201rev2Feed


class MunicipalityFeed(LatestFeed):
    """New pledges and follow-ups of one municipality."""

    def get_object(self, request, slug):
        return get_object_or_404(Municipality, slug=slug)

    def title(self, municipality):
        return _("Medborgarlöften i %(name)s") % {"name": municipality.name}

    def description(self, municipality):
        return _("Nya medborgarlöften och uppföljningar för %(name)s.") % {
            "name": municipality.name
        }

    subtitle = description

    def link(self, municipality):
        return absolute_url(municipality.get_absolute_url())

    def items(self, municipality):
        pledges = Pledge.objects.published().for_municipality(municipality)
        reports = FollowUpReport.objects.published().filter(pledge__in=pledges.values("pk"))
        return newest(pledges, reports)


class MunicipalityRssFeed(MunicipalityFeed):
    feed_type = Rss201rev2Feed


class FocusAreaFeed(LatestFeed):
    """New pledges and follow-ups that work on one focus area."""

    def get_object(self, request, slug):
        return get_object_or_404(FocusArea, slug=slug)

    def title(self, focus_area):
        return _("Medborgarlöften om %(name)s") % {"name": focus_area.name.lower()}

    def description(self, focus_area):
        return _("Nya medborgarlöften och uppföljningar som tar upp %(name)s.") % {
            "name": focus_area.name.lower()
        }

    subtitle = description

    def link(self, focus_area):
        return absolute_url(focus_area.get_absolute_url())

    def items(self, focus_area):
        pledges = Pledge.objects.published().with_focus_area(focus_area.slug)
        reports = FollowUpReport.objects.published().filter(pledge__in=pledges.values("pk"))
        return newest(pledges, reports)


class FocusAreaRssFeed(FocusAreaFeed):
    feed_type = Rss201rev2Feed
