"""Draws the municipalities' outlines once, for the map on /oversikt/.

Reads a GeoJSON file (the path is the argument) of the 290 municipalities (WGS84,
`municipality_code` per feature), projects it, simplifies it and writes
municipalities/data/map_paths.json: the viewBox and, per municipality code, an SVG path and its
bounding box. Pages only read that file.

The projection is equirectangular with the longitudes scaled by cos(62°), the latitude through
the middle of Sweden, so the country keeps its shape. Borders are simplified with
Douglas–Peucker one border at a time: a stretch of border that two municipalities share is cut at
the points where the neighbours change and simplified once, so both sides get the same line and
no gaps or overlaps open between them. Small islands are left out. The output depends only on the
input, so running the command twice gives the same file.
"""

import itertools
import json
import math
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

OUTPUT = Path(settings.BASE_DIR) / "municipalities" / "data" / "map_paths.json"

HEIGHT = 2000  # viewBox units from the southernmost to the northernmost point
MARGIN = 2
COS_LAT = math.cos(math.radians(62))


def project(lon, lat):
    return lon * COS_LAT, -lat


def distance_to_segment(point, start, end):
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points, tolerance):
    """The points of the line to keep, first and last always among them."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            d = distance_to_segment(points[i], points[first], points[last])
            if d > farthest:
                farthest, index = d, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(points):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(points))) / 2


class Command(BaseCommand):
    help = "Projects and simplifies the municipalities' outlines into data/map_paths.json."

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="municipalities.geojson (see data/README.md)")
        parser.add_argument("--output", type=Path, default=OUTPUT)
        parser.add_argument(
            "--tolerance",
            type=float,
            default=2.0,
            help="Douglas–Peucker tolerance in viewBox units.",
        )
        parser.add_argument(
            "--min-island",
            type=float,
            default=24.0,
            help="Leave out islands smaller than this (units²).",
        )

    def handle(self, *args, source, output, tolerance, min_island, **options):
        try:
            features = json.loads(source.read_text(encoding="utf-8"))["features"]
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read {source}: {error}") from error
        rings = {}  # code -> [ring of (lon, lat)], each ring closed (first point == last)
        for feature in features:
            code = feature["properties"]["municipality_code"]
            geometry = feature["geometry"]
            polygons = geometry["coordinates"]
            if geometry["type"] == "Polygon":
                polygons = [polygons]
            rings[code] = [[tuple(p) for p in ring] for polygon in polygons for ring in polygon]
        shapes = self.simplify(rings, tolerance, min_island)
        data = {"viewBox": self.view_box(shapes), "municipalities": {}}
        for code in sorted(shapes):
            data["municipalities"][code] = {
                "d": path_data(shapes[code]),
                "bbox": bounding_box(shapes[code]),
            }
        output.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
            encoding="utf-8",
        )
        size = sum(len(m["d"]) for m in data["municipalities"].values())
        self.stdout.write(f"{len(shapes)} municipalities, {size} bytes of paths, in {output}")

    def simplify(self, rings, tolerance, min_island):
        """{code: [ring of integer (x, y)]}: projected, scaled, simplified and rounded."""
        all_points = [p for code_rings in rings.values() for ring in code_rings for p in ring]
        west = min(project(*p)[0] for p in all_points)
        north = min(project(*p)[1] for p in all_points)
        south = max(project(*p)[1] for p in all_points)
        scale = HEIGHT / (south - north)

        def to_units(point):
            x, y = project(*point)
            return ((x - west) * scale + MARGIN, (y - north) * scale + MARGIN)

        # Which rings each point lies on.
        owners = {}
        ring_list = [(code, ring) for code in sorted(rings) for ring in rings[code]]
        for index, (_code, ring) in enumerate(ring_list):
            for point in ring[:-1]:
                owners.setdefault(point, set()).add(index)
        simplified_arcs = {}

        def simplify_arc(arc):
            key = min(tuple(arc), tuple(reversed(arc)))
            if key not in simplified_arcs:
                simplified_arcs[key] = douglas_peucker([to_units(p) for p in key], tolerance)
            result = simplified_arcs[key]
            return result if key == tuple(arc) else list(reversed(result))

        shapes = {}
        for code in sorted(rings):
            kept = []
            for ring in rings[code]:
                points = ring[:-1]
                n = len(points)
                # Each stretch between two points belongs to the rings both points lie on; a
                # point where that changes is where one shared border ends and the next begins.
                stretch = [owners[points[i]] & owners[points[(i + 1) % n]] for i in range(n)]
                fixed = [stretch[i - 1] != stretch[i] for i in range(n)]
                if not any(fixed):
                    # A ring with one neighbour all round, or none: anchor it at two points that
                    # both sides of the border agree on.
                    first = min(range(n), key=lambda i: points[i])
                    far = max(
                        range(n),
                        key=lambda i: (
                            (points[i][0] - points[first][0]) ** 2
                            + (points[i][1] - points[first][1]) ** 2,
                            points[i],
                        ),
                    )
                    fixed[first] = fixed[far] = True
                anchors = [i for i in range(n) if fixed[i]]
                line = []
                for a, b in itertools.pairwise(anchors + [anchors[0] + n]):
                    arc = [points[i % n] for i in range(a, b + 1)]
                    line += simplify_arc(arc)[:-1]
                rounded = []
                for x, y in line:
                    point = (round(x), round(y))
                    if not rounded or rounded[-1] != point:
                        rounded.append(point)
                while len(rounded) > 1 and rounded[0] == rounded[-1]:
                    rounded.pop()
                if len(rounded) >= 3:
                    kept.append(rounded)
            largest = max(kept, key=lambda r: ring_area(r + r[:1]), default=None)
            shapes[code] = [r for r in kept if r is largest or ring_area(r + r[:1]) >= min_island]
        return shapes

    @staticmethod
    def view_box(shapes):
        boxes = [bounding_box(rings) for rings in shapes.values()]
        right = max(b[2] for b in boxes) + MARGIN
        bottom = max(b[3] for b in boxes) + MARGIN
        return f"0 0 {right} {bottom}"


def bounding_box(rings):
    xs = [x for ring in rings for x, _y in ring]
    ys = [y for ring in rings for _x, y in ring]
    return [min(xs), min(ys), max(xs), max(ys)]


def path_data(rings):
    """Compact SVG path data: an absolute move to each ring, then relative lines, closed."""
    parts = []
    for ring in rings:
        x0, y0 = ring[0]
        steps = []
        for (xa, ya), (xb, yb) in itertools.pairwise(ring):
            steps.append(f"{xb - xa} {yb - ya}")
        parts.append(f"M{x0} {y0}l" + " ".join(steps) + "z")
    return compact("".join(parts))


def compact(path):
    """Drops the spaces that a minus sign makes unnecessary: "l3 -4" is "l3-4"."""
    return path.replace(" -", "-")
