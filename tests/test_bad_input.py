"""Bad input never makes a 500: every route in the URL conf, public, API, feeds and the admin
(as a logged-in superuser), with NUL characters, 10,000-digit numbers and broken percent-encoding
in its path and in every query parameter its lists and filters know, answers 400 or 404 (or a
page that says what was wrong), never a server error. Runs on SQLite and on PostgreSQL."""

import pytest
from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.test import Client
from django.urls import get_resolver

from pledges.filters import PledgeFilter

pytestmark = pytest.mark.django_db

HUGE = "9" * 10_000
# As they arrive in the address: the client sends the path and query string as written.
BAD_VALUES = ["x%00y", HUGE, "%FF%FE", "%"]
PUBLIC_PARAMS = {
    *PledgeFilter.base_filters,
    "page",
    "page_size",
    "q",
    "typ",
    "ar",
    "lan",
    "kommun",
    "language",
}
ADMIN_PARAMS = {
    "q",
    "o",
    "p",
    "all",
    "e",
    "_popup",
    "_to_field",
    "term",
    "app_label",
    "model_name",
    "field_name",
}


def routes(resolver=None, prefix=""):
    """(format string, parameter names) of every route, the namespaced ones too."""
    resolver = resolver or get_resolver()
    found = set()
    for key in list(resolver.reverse_dict):
        for possibilities, _pattern, _defaults, _converters in resolver.reverse_dict.getlist(key):
            for format_string, params in possibilities:
                found.add((prefix + format_string, tuple(params)))
    for ns_prefix, sub_resolver in resolver.namespace_dict.values():
        found |= routes(sub_resolver, prefix + ns_prefix)
    return found


ROUTES = sorted(routes())


def admin_filter_params(model_admin):
    params = set()
    for entry in model_admin.list_filter:
        if isinstance(entry, str):
            params |= {f"{entry}__exact", f"{entry}__id__exact", f"{entry}__isnull", entry}
        elif isinstance(entry, type) and issubclass(entry, SimpleListFilter):
            params.add(entry.parameter_name)
        elif isinstance(entry, tuple | list):
            params |= {f"{entry[0]}__exact", f"{entry[0]}__id__exact"}
    return params


def query_params(path):
    if path.startswith("admin/"):
        params = set(ADMIN_PARAMS)
        for model, model_admin in admin.site._registry.items():
            meta = model._meta
            if path == f"admin/{meta.app_label}/{meta.model_name}/":
                params |= admin_filter_params(model_admin)
        return sorted(params)
    return sorted(PUBLIC_PARAMS)


@pytest.fixture
def staff_client(client, django_user_model, world):
    user = django_user_model.objects.create_superuser("fuzz", "fuzz@example.se", "x" * 20)
    client.force_login(user)
    return client


def assert_no_server_error(client, url):
    response = client.get(url)
    if response.streaming:
        # A download is a file (pledges/exports.py): read to its end, which closes it. Closing
        # the response by hand would also close the test's database connection on PostgreSQL.
        b"".join(response.streaming_content)
    assert response.status_code < 500, url


@pytest.mark.parametrize("route", [r for r in ROUTES if r[1]], ids=lambda r: r[0])
def test_bad_path_segments(staff_client, route):
    format_string, params = route
    for value in BAD_VALUES:
        url = "/" + format_string % dict.fromkeys(params, value)
        assert_no_server_error(staff_client, url)
        if not format_string.startswith("admin/"):
            assert_no_server_error(Client(), url)


@pytest.mark.parametrize("route", [r for r in ROUTES if not r[1]], ids=lambda r: r[0] or "/")
def test_bad_query_parameters(staff_client, route):
    format_string, _params = route
    path = "/" + format_string
    for name in query_params(format_string):
        for value in BAD_VALUES:
            assert_no_server_error(staff_client, f"{path}?{name}={value}")
    for value in BAD_VALUES:
        assert_no_server_error(staff_client, f"{path}?{value}=1")
