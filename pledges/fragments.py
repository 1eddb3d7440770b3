"""HTML built in Python for the parts of a page that repeat (the promises, the status rows).

`fragment` does what Django's format_html does and `escaped` what conditional_escape does, with
the same result: each value escaped unless it is safe HTML already, the template itself not.
Django's own versions check every value for lazy translations and wrap every piece in a safe
string of its own; the pledge and report pages build a few hundred pieces per render, and that
overhead was a tenth of their time. Only positional `{}` placeholders.
"""

import html
import re

from django.utils.safestring import SafeString
from django.utils.text import normalize_newlines

# Most texts have nothing to escape: one search for the five characters costs less than the
# five replacements html.escape always makes.
_SPECIAL = re.compile("[&<>\"']").search


def escape(text):
    """`text` (a str) with &, <, >, " and ' as entities, as html.escape writes them."""
    return html.escape(text) if _SPECIAL(text) else text


def escaped(value):
    """`value` as HTML text: escaped, unless it is safe already (it has __html__)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


def fragment(template, *values):
    """`template` with its `{}`s filled by the values, escaped: safe HTML."""
    return SafeString(template.format(*[escaped(value) for value in values]))


def text_with_breaks(text):
    """A text of several lines as HTML: escaped, each line break a <br>."""
    return SafeString(escape(normalize_newlines(text)).replace("\n", "<br>"))
