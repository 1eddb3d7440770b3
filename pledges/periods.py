"""Labels and URL slugs for a pledge's period, derived from its start and end dates.

A calendar year is "2024", whole calendar years "2017–2018", whole months "juli 2018 – juni 2020",
anything else the exact dates "15 juni – 31 augusti 2024". The month names are in the active
language ("July 2018 – June 2020" on the English pages); the URL slugs never change.

A period may be stated only in part, and each half as a day, a month or a year (its precision:
"maj 2024" is 2024-05-01 as a start, 2024-05-31 as an end). A half that is not stated is None and
is never invented: "från maj 2024", "till och med augusti 2022", "tills vidare" or "period ej
angiven". Their slugs are "fran-2024-05", "till-2022-08" and, without any date,
"utan-period-" and the first six hex digits of the pledge's stable id.
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


DAY, MONTH, YEAR = "dag", "manad", "ar"


def half_label(day, precision=DAY):
    """'2024', 'maj 2024' or '15 maj 2024': one half of a period, as precise as it was stated."""
    if precision == YEAR:
        return str(day.year)
    if precision == MONTH:
        return f"{month_name(day.month)} {day.year}"
    return format_date(day)


def _month_label(start, end):
    first, last = month_name(start.month), month_name(end.month)
    if (start.year, start.month) == (end.year, end.month):
        return f"{first} {start.year}"
    if start.year == end.year:
        return f"{first}–{last} {start.year}"
    return f"{first} {start.year} – {last} {end.year}"


def label(start, end, *, start_precision=DAY, end_precision=DAY, until_further_notice=False):
    """The period as a resident reads it, from whatever halves are stated."""
    if start and end:
        precisions = {start_precision, end_precision}
        if precisions == {DAY}:
            return period_label(start, end)
        if precisions == {YEAR}:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if DAY not in precisions:
            return _month_label(start, end)
        return f"{half_label(start, start_precision)} – {half_label(end, end_precision)}"
    if start:
        text = gettext("från %(start)s") % {"start": half_label(start, start_precision)}
        if until_further_notice:
            text = f"{text}, {gettext('tills vidare')}"
        return text
    if end:
        return gettext("till och med %(end)s") % {"end": half_label(end, end_precision)}
    if until_further_notice:
        return gettext("tills vidare")
    return gettext("period ej angiven")


def _half_slug(day, precision):
    if precision == YEAR:
        return f"{day:%Y}"
    if precision == MONTH:
        return f"{day:%Y-%m}"
    return f"{day:%Y-%m-%d}"


def slug(start, end, *, start_precision=DAY, end_precision=DAY, uid=None):
    """The period's part of the pledge's address; today's slugs for a complete period."""
    if start and end:
        return period_slug(start, end)
    if start:
        return f"fran-{_half_slug(start, start_precision)}"
    if end:
        return f"till-{_half_slug(end, end_precision)}"
    return f"utan-period-{uid.hex[:6]}"


def period_label(start, end):
    if _is_whole_years(start, end):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if _is_whole_months(start, end):
        return _month_label(start, end)
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


def is_half_at_precision(day, precision, *, end):
    """Whether a date fits its precision: a month or year starts on its first day as a start
    and ends on its last day as an end."""
    if precision == MONTH:
        return _is_month_end(day) if end else _is_month_start(day)
    if precision == YEAR:
        return (day.month, day.day) == ((12, 31) if end else (1, 1))
    return True
