"""Reads the outline a screen reader user gets from a page: its language and its headings."""

from html.parser import HTMLParser


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.headings = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._open = [int(tag[1]), ""]

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if self._open is not None and tag == f"h{self._open[0]}":
            self.headings.append((self._open[0], " ".join(self._open[1].split())))
            self._open = None


def outline(response):
    """(lang, [(level, text), …]) of a rendered page."""
    parser = _Outline()
    parser.feed(response.content.decode())
    return parser.lang, parser.headings


def assert_sound_outline(response):
    """Swedish, exactly one h1 and it comes first, no heading level skipped."""
    lang, headings = outline(response)
    assert lang == "sv"
    levels = [level for level, _ in headings]
    assert levels.count(1) == 1, headings
    assert levels[0] == 1, headings
    for previous, level in zip(levels, levels[1:], strict=False):
        assert level <= previous + 1, headings
