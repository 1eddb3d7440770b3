from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from config.site import absolute_url

from ..fragments import fragment
from .pledge_tags import pledge_name

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context):
    """The page's canonical address: the view's `canonical_url` if it gives one, else this
    address without its query string (a filtered or paged list points to the list itself)."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context.get("request")
    return absolute_url(request.path) if request else ""


# Rendered chrome, by (template, language, section, address prefix).
_CHROME = {}


@register.simple_tag
def site_chrome(name, section=""):
    """The site's header navigation or footer (includes/<name>.html): the same HTML on every
    page of one language and section, so it is rendered once per process and reused, where
    rendering it on every request cost each page its fourteen reverse() calls and twenty-odd
    translations. With DEBUG on it is rendered every time, so edits to it show at once."""
    key = (name, translation.get_language(), section or "", get_script_prefix())
    html = None if settings.DEBUG else _CHROME.get(key)
    if html is None:
        html = mark_safe(render_to_string(f"includes/{name}.html", {"section": section or ""}))
        _CHROME[key] = html
    return html


@register.simple_tag
def breadcrumbs(municipality=None, pledge=None, section=""):
    """The way back up: Start › Kommuner (or Polisområden with section="polisomraden") › a
    municipality › a pledge. The first two steps are the same on every page of one language
    and section, so they are built once per process (as site_chrome), where an include built
    them with three reverse() calls and four translations on every detail page."""
    key = ("breadcrumbs", translation.get_language(), section, get_script_prefix())
    start = None if settings.DEBUG else _CHROME.get(key)
    if start is None:
        if section == "polisomraden":
            up = reverse("municipalities:police_area_list"), gettext("Polisområden")
        else:
            up = reverse("municipalities:list"), gettext("Kommuner")
        start = _CHROME[key] = fragment(
            '<nav class="breadcrumbs" aria-label="{}">\n  <ol>\n'
            '    <li><a href="{}">{}</a></li>\n    <li><a href="{}">{}</a></li>',
            gettext("Du är här"),
            reverse("pledges:home"),
            gettext("Start"),
            *up,
        )
    steps = [start]
    step = '    <li><a href="{}">{}</a></li>'
    if municipality:
        steps.append(fragment(step, municipality.get_absolute_url(), municipality.name))
    if pledge:
        steps.append(fragment(step, pledge.get_absolute_url(), pledge_name(pledge)))
    steps.append("  </ol>\n</nav>")
    return mark_safe("\n".join(steps))
