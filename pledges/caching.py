"""Public pages served from the cache, and a 304 when the visitor already has the page.

A public page depends only on the published content, the day and the language, never on who
asks. So each page gets an ETag made from a *content version*, today's date, the language and
the path, without rendering anything. The content version is a random token kept in the cache:
any save or delete of content throws it away (see connect_invalidation, wired up in
PledgesConfig.ready), and so does the moment a scheduled publication falls due. A publish or an
edit therefore shows at once, and a repeat visit costs one cache lookup instead of a render.

Logged-in staff always get a fresh page: they are the ones who just changed something.

Each page names the query parameters it reads (`@public_page(params=…)`). A request with any
other parameter (utm_source, fbclid, a typo) is rendered but neither stored nor given an ETag:
otherwise every distinct query string would keep a whole page in the cache for an hour, without
bound. What remains (a free-text search, say) is bounded by the cache's own memory limit; Redis
in production runs with maxmemory and allkeys-lru (see the README).
"""

import hashlib
import time
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags, quote_etag

VERSION_KEY = "public-content-version"


def next_scheduled_publication():
    """The earliest publication time still in the future, or None."""
    from followups.models import FollowUpReport

    from .models import Pledge

    now = timezone.now()
    times = [
        model.objects.filter(status="publicerad", published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
        for model in (Pledge, FollowUpReport)
    ]
    times = [t for t in times if t is not None]
    return min(times) if times else None


# This process remembers the version for up to CONTENT_VERSION_LOCAL_MS, which spares a
# cache round trip on every request; a change made in this process clears it at once, one made in
# another process shows here within that time (at once with 0, as in deploy/cluster.py).
_local = {"version": None, "valid_until": None, "checked": 0.0}


def _still_valid(valid_until):
    return valid_until is None or timezone.now() < valid_until


def content_version():
    """The token that changes whenever what visitors can see changes."""
    if (
        _local["version"] is not None
        and (time.monotonic() - _local["checked"]) * 1000 < settings.CONTENT_VERSION_LOCAL_MS
        and _still_valid(_local["valid_until"])
    ):
        return _local["version"]
    version = cache.get(VERSION_KEY)
    if version is None or not _still_valid(version[1]):
        version = (uuid.uuid4().hex, next_scheduled_publication())
        cache.set(VERSION_KEY, version, None)
    _local.update(version=version[0], valid_until=version[1], checked=time.monotonic())
    return version[0]


# What per_content_version worked out: {name: ((content version, day), value)}.
_per_version = {}


def per_content_version(name, compute):
    """`compute()`, worked out once per content version and day in this process: for what a
    page would otherwise read again on every request although only a change of content or a
    new day changes it (the options of the filter form). A change in another process shows
    here as soon as the content version does."""
    key = (content_version(), timezone.localdate())
    kept = _per_version.get(name)
    if kept is not None and kept[0] == key:
        return kept[1]
    value = compute()
    _per_version[name] = (key, value)
    return value


def invalidate(**kwargs):
    _local["version"] = None
    cache.delete(VERSION_KEY)


def connect_invalidation():
    """Any change to content the public pages show throws the content version away."""
    from followups.models import ActionStatus, FollowUpReport
    from municipalities.models import County, Municipality, PoliceArea, PoliceRegion

    from .models import Action, FocusArea, Method, Party, Pledge, Signatory, Target

    content = [
        Pledge,
        Action,
        Signatory,
        Party,
        Target,
        FocusArea,
        Method,
        FollowUpReport,
        ActionStatus,
        Municipality,
        PoliceArea,
        County,
        PoliceRegion,
    ]
    for model in content:
        post_save.connect(invalidate, sender=model, dispatch_uid=f"cache-save-{model.__name__}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"cache-del-{model.__name__}")
    for through in [
        Pledge.municipalities.through,
        Pledge.focus_areas.through,
        Action.methods.through,
        PoliceArea.municipalities.through,
    ]:
        m2m_changed.connect(
            invalidate, sender=through, dispatch_uid=f"cache-m2m-{through.__name__}"
        )


def is_staff_request(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def page_etag(request, language=None):
    parts = [
        content_version(),
        timezone.localdate().isoformat(),
        language or translation.get_language() or "",
        request.get_full_path(),
    ]
    return quote_etag(hashlib.sha256("|".join(parts).encode()).hexdigest()[:32])


def uses_only(request, params):
    """Whether every query parameter of the request is one of `params`."""
    return all(name in params for name in request.GET)


def public_page(view=None, *, params=()):
    """Serves a public GET page from the cache, or 304 Not Modified when the ETag matches.
    `params` are the query parameters the page reads; see the module's docstring."""
    if view is None:
        return lambda view: public_page(view, params=params)
    params = frozenset(params)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if (
            not settings.PUBLIC_PAGE_CACHE
            or request.method not in ("GET", "HEAD")
            or is_staff_request(request)
            or not uses_only(request, params)
        ):
            return view(request, *args, **kwargs)
        etag = page_etag(request)
        if etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
            return not_modified(etag)
        key = f"page:{etag}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            response = HttpResponse(content, content_type=content_type)
        else:
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming or response.cookies:
                return response
            cache.set(
                key,
                (response.content, response["Content-Type"]),
                settings.PUBLIC_PAGE_CACHE_SECONDS,
            )
        response["ETag"] = etag
        return mark_revalidate(response)

    wrapper.public_page = True
    wrapper.public_params = params
    return wrapper


def not_modified(etag):
    response = HttpResponseNotModified()
    response["ETag"] = etag
    return mark_revalidate(response)


class NotModifiedMiddleware:
    """Answers a repeat visit to a public page with 304 before the session, CSRF, login and
    history middleware run: none of them has anything to do for an anonymous visitor whose copy
    is still current. The ETag is the one @public_page gives, so both agree; anything else
    (no If-None-Match, a staff session, another address, a stale copy) goes on as usual."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.PUBLIC_PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and "HTTP_IF_NONE_MATCH" in request.META
            and not is_staff_request(request)
        ):
            request.get_host()  # refuses a host that is not allowed, as CommonMiddleware would
            # The language of a page is its address's (/en/…) or else Swedish; see config/urls.py.
            language = (
                translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            )
            with translation.override(language):
                try:
                    match = resolve(request.path_info)
                except Resolver404:
                    match = None
                if (
                    match is not None
                    and getattr(match.func, "public_page", False)
                    and uses_only(request, match.func.public_params)
                ):
                    etag = page_etag(request, language)
                    if etag in parse_etags(request.META["HTTP_IF_NONE_MATCH"]):
                        response = not_modified(etag)
                        patch_vary_headers(response, ("Accept-Language",))
                        return response
        return self.get_response(request)


def mark_revalidate(response):
    """Browsers may keep the page but must ask again, so an edit shows on the next visit."""
    patch_cache_control(response, no_cache=True, public=True)
    return response
