"""The outlines of the municipalities for the map on /oversikt/: data/map_paths.json, built once by
`manage.py build_map` and read once per process."""

import json
from functools import cache
from pathlib import Path

PATHS_FILE = Path(__file__).resolve().parent / "data" / "map_paths.json"

# Room around a county's municipalities when the map zooms to them, as a share of their size.
PADDING = 0.04


@cache
def outlines():
    return json.loads(PATHS_FILE.read_text(encoding="utf-8"))


def outline(code):
    """The municipality's SVG path, or "" for a code the file does not know."""
    shape = outlines()["municipalities"].get(code)
    return shape["d"] if shape else ""


def view_box(codes=None):
    """The whole country's viewBox, or one around the municipalities with these codes."""
    shapes = outlines()["municipalities"]
    boxes = [shapes[code]["bbox"] for code in codes or [] if code in shapes]
    if not boxes:
        return outlines()["viewBox"]
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    width = max(b[2] for b in boxes) - left
    height = max(b[3] for b in boxes) - top
    pad = round(max(width, height) * PADDING) + 1
    return f"{left - pad} {top - pad} {width + 2 * pad} {height + 2 * pad}"


def pattern_size(view_box, pixels=8):
    """One tile of the map's fill patterns in the drawing's units, about `pixels` wide on screen
    however far the map zooms in. The map is drawn at most about 384 px wide and 760 px high.
    A string: the template would write a float with a decimal comma."""
    _left, _top, width, height = (float(n) for n in view_box.split())
    return f"{pixels * max(width / 384, height / 760):.2f}"
