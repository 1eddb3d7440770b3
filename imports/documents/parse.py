"""Kept while callers move to reading/; every name lives in one of its modules."""

# ruff: noqa: F401

from .reading.cadence import (
    CADENCES,
    FOLLOWUP_SENTENCE,
    PUBLISHED_WHERE,
    parse_cadence,
    parse_published_where,
)
from .reading.contact import (
    BYLINE,
    EMAIL,
    PHONE,
    find_byline,
    find_contact,
)
from .reading.document import (
    ActionFound,
    Extraction,
    Found,
    SignatoryFound,
)
from .reading.focus import (
    FOCUS_WORDS,
    METHOD_WORDS,
    focus_areas_in,
    methods_in,
)
from .reading.municipalities import (
    DISTRICT,
    Gazetteer,
    find_district,
    find_municipalities,
    find_police_area,
)
from .reading.parties import (
    ACTOR_FIRST,
    BETWEEN,
    BOTH,
    IN_PARENTHESES,
    MUNICIPAL_UNIT,
    MUNICIPALITY,
    MUNICIPALITY_WORDS,
    PARTNER_FIRST,
    PARTY_WORDS,
    POLICE,
    POLICE_WORDS,
    PROMISE_START,
    TOGETHER,
    WE_PROMISE,
    _is_municipality,
    _is_police,
    _parties,
    _responsibility_of,
    parse_responsible,
)
from .reading.period import (
    PERIOD_RULES,
    _date,
    _day_month_range,
    _iso_range,
    _month_end,
    _month_range,
    _short_range,
    _short_year,
    _single_year,
    _year_range,
    find_period,
    parse_period,
    period_rule,
    periods_in,
)
from .reading.pipeline import (
    parse,
)
from .reading.promises import (
    _NOBODY,
    _explained_action,
    _finish_action,
    _item_default,
    _list_default,
    _new_action,
)
from .reading.signatories import (
    ANY_TITLE,
    GLUED_TITLE,
    NAME,
    NAME_LINE,
    NAME_TITLE_ORGANISATION,
    ORGANISATION,
    ORGANISATION_LINE,
    PERSON,
    TITLE,
    TITLE_AND_ORGANISATION,
    TITLE_LINE,
    TITLES,
    WORD,
    _capitalised,
    _person,
    _unglue,
    find_signatories,
    side_of,
    signatories_in_columns,
    signatories_in_lines,
    signatories_inline,
)
from .reading.signing import (
    PLACE_AND_DATE,
    SIGNED_IN_TEXT,
    parse_place_and_date,
    parse_signed_in_text,
)
from .reading.structure import (
    BULLET,
    GENERIC_TITLE,
    SECTION_WORDS,
    Block,
    _split_promise_heading,
    blocks_of,
    bullet_items,
    is_bullets,
    is_heading,
    is_quote,
    promise_lines,
    section_of,
)
from .reading.targets import (
    TARGET,
    UNIT_END,
    parse_target,
)
from .reading.words import (
    DASH,
    MONTH,
    MONTHS,
    NUMBERS,
    YEAR,
)
