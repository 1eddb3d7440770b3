from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation

from config.site import absolute_url

register = template.Library()


def in_language(request, path, code):
    """The page asked for (`path`, with its query) in language `code`, as translate_url makes
    it, but from the match Django made for this request rather than by resolving the address a
    second time (a sixth of a constant view's time)."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name or request.get_full_path() != path:
        return translate_url(path, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with translation.override(code):
        try:
            url = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return path
    query = path.partition("?")[2]
    return f"{url}?{query}" if query else url


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in the site's languages, for the language switch and the hreflang links.

    Each version has the language's `code`, its `name` in that language, the `url` of this page
    in it (and its `absolute_url`) and whether that is the `current` language. `others` are the
    versions to switch to; `alternates` are all of them when the page exists in every language,
    and `default` is the Swedish one, for hreflang="x-default". A page outside the translated
    URLs (the login lockout), one that matches no URL (a 404) or a template rendered without a
    request has no counterpart: its switch leads to the other language's start page.
    """
    request = context.get("request")
    path = request.get_full_path() if request else ""
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        # This page in its own language is the address asked for (translate_url would resolve
        # and reverse it to the same address).
        url = path if code == current else in_language(request, path, code) if path else ""
        exists = bool(url) and (code == current or url != path)
        if not exists:
            with translation.override(code):
                url = reverse("pledges:home")
        versions.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"].capitalize(),
                "url": url,
                "absolute_url": absolute_url(url),
                "current": code == current,
                "exists": exists,
            }
        )
    everywhere = all(version["exists"] for version in versions)
    return {
        "others": [version for version in versions if not version["current"]],
        "alternates": versions if everywhere else [],
        "default": next(v for v in versions if v["code"] == settings.LANGUAGE_CODE),
    }
