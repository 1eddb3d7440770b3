"""Labels and URL slugs for a pledge's period, derived from its start and end dates.

A calendar year is "2024", whole calendar years "2017–2018", whole months "juli 2018 – juni 2020",
anything else the exact dates "15 juni – 31 augusti 2024". The month names are in the active
language ("July 2018 – June 2020" on the English pages); the URL slugs never change.
"""

import calendar
import datetime

from django.utils.translation import gettext, gettext_noop

MONTHS = [
    gettext_noop("januari"),
    gettext_noop("februari"),
    gettext_noop("mars"),
    gettext_noop("april"),
    gettext_noop("maj"),
    gettext_noop("juni"),
    gettext_noop("juli"),
    gettext_noop("augusti"),
    gettext_noop("september"),
    gettext_noop("oktober"),
    gettext_noop("november"),
    gettext_noop("december"),
]


def month_name(month):
    """'juli' for 7, in the active language."""
    return gettext(MONTHS[month - 1])


def _is_month_start(day):
    return day.day == 1


def _is_month_end(day):
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _is_whole_years(start, end):
    return (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)


def _is_whole_months(start, end):
    return _is_month_start(start) and _is_month_end(end)


def format_date(day):
    """'1 juni 2022', the way Swedish documents write a date in running text."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def date_range_label(start, end):
    """'1 juli – 30 september 2017', '15 december 2017 – 31 mars 2018' or '3 maj 2024'."""
    if start == end:
        return format_date(end)
    if start.year == end.year:
        return f"{start.day} {month_name(start.month)} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def period_label(start, end):
    if _is_whole_years(start, end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if _is_whole_months(start, end):
        first, last = month_name(start.month), month_name(end.month)
        if (start.year, start.month) == (end.year, end.month):
            return f"{first} {start.year}"
        if start.year == end.year:
            return f"{first}–{last} {start.year}"
        return f"{first} {start.year} – {last} {end.year}"
    if start.year == end.year:
        return f"{start.day} {month_name(start.month)} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def period_slug(start, end):
    if _is_whole_years(start, end):
        return str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
    if _is_whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%Y-%m}"
        return f"{start:%Y-%m}-{end:%Y-%m}"
    return f"{start:%Y-%m-%d}-{end:%Y-%m-%d}"


def year_bounds(year):
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
