"""manage.py build_map: the outlines for the map, built once and committed."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from municipalities import map_paths
from municipalities.models import Municipality

REFERENCE = Path("/work/shared/reference/municipalities.geojson")


def square(left, bottom, size=1.0, steps=8):
    """A closed ring with extra points along each side, as real borders have."""
    corners = [(left, bottom), (left + size, bottom), (left + size, bottom + size)]
    corners += [(left, bottom + size), (left, bottom)]
    ring = []
    for (x0, y0), (x1, y1) in zip(corners, corners[1:], strict=False):
        ring += [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps)]
    return [[round(x, 3), round(y, 3)] for x, y in ring + [corners[0]]]


def feature(code, *rings):
    return {
        "type": "Feature",
        "properties": {"municipality_code": code, "name": code},
        "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]},
    }


@pytest.fixture
def geojson(tmp_path):
    source = tmp_path / "kommuner.geojson"
    features = [
        feature("0001", square(14.0, 60.0)),
        feature("0002", square(15.0, 60.0), square(17.0, 60.0, size=0.001)),  # a tiny island
    ]
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return source


def test_the_output_is_the_same_every_time(geojson, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"

    call_command("build_map", geojson, output=first)
    call_command("build_map", geojson, output=second)

    assert first.read_bytes() == second.read_bytes()


def test_paths_are_compact_and_share_their_borders(geojson, tmp_path):
    output = tmp_path / "map.json"

    call_command("build_map", geojson, output=output)

    data = json.loads(output.read_text())
    assert sorted(data["municipalities"]) == ["0001", "0002"]
    west, east = data["municipalities"]["0001"], data["municipalities"]["0002"]
    # Straight sides keep only their corners; the island is left out.
    assert west["d"].count("M") == east["d"].count("M") == 1
    assert west["d"].count(" ") <= 5
    # The shared border is one line: the west square's right side is the east one's left.
    assert west["bbox"][2] == east["bbox"][0]
    assert data["viewBox"].startswith("0 0 ")


def test_the_committed_file_has_every_municipality(db):
    codes = set(map_paths.outlines()["municipalities"])

    assert codes == set(Municipality.objects.values_list("code", flat=True))
    assert all(map_paths.outline(code).startswith("M") for code in codes)
    assert map_paths.outline("9999") == ""


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference GeoJSON is not on this machine")
def test_the_committed_file_is_built_from_the_reference(tmp_path):
    output = tmp_path / "map_paths.json"

    call_command("build_map", REFERENCE, output=output)

    assert output.read_bytes() == map_paths.PATHS_FILE.read_bytes()


def test_a_county_view_box_is_inside_the_country():
    whole = [int(n) for n in map_paths.view_box().split()]
    county = [int(n) for n in map_paths.view_box(["0764", "0765"]).split()]  # Alvesta, Älmhult

    assert county[2] < whole[2] / 4 and county[3] < whole[3] / 4
    assert 0 < county[0] < whole[2] and 0 < county[1] < whole[3]
