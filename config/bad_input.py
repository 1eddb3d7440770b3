"""Addresses no page can use are answered 400 with a Swedish page, before any view sees them.

A NUL character in the path or the query string (PostgreSQL refuses it in a query, and the admin
and the API would otherwise answer 500), or a number with more digits than any id, year or page
can have (a 10,000-digit page number overflows the database's integers). Broken percent-encoding
and UTF-8 are already turned into replacement characters by Django and reach the views as text.
"""

import re

from django.shortcuts import render

# No id, year, page or code on this site has more digits than this; a 64-bit integer has 19.
LONGEST_NUMBER = 18
TOO_LONG_NUMBER = re.compile(rf"\d{{{LONGEST_NUMBER + 1},}}")


def unusable(text):
    return "\x00" in text or TOO_LONG_NUMBER.search(text) is not None


class BadInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = [request.path]
        for name, items in request.GET.lists():
            values.append(name)
            values.extend(items)
        if any(unusable(value) for value in values):
            return render(request, "400.html", status=400)
        return self.get_response(request)
