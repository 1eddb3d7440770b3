import csv
from pathlib import Path

import pytest
from django.db.models import Count

from municipalities.models import Municipality, PoliceArea, PoliceRegion

pytestmark = pytest.mark.django_db

NATIONAL_CSV = (
    Path(__file__).resolve().parents[2] / "municipalities" / "data" / "police_areas_national.csv"
)
SHIPPED = 96


def test_the_national_list_is_loaded():
    count = PoliceArea.objects.count()
    assert count == SHIPPED
    assert 85 <= count <= 110


def test_every_police_region_has_police_areas():
    regions = PoliceRegion.objects.annotate(areas=Count("police_areas"))
    assert regions.count() == 7
    assert all(region.areas > 0 for region in regions), [r.name for r in regions if not r.areas]


def test_every_municipality_is_covered():
    uncovered = Municipality.objects.filter(police_areas__isnull=True)
    assert Municipality.objects.count() == 290
    assert not uncovered.exists(), list(uncovered.values_list("name", flat=True))


def test_areas_lie_in_their_own_police_region():
    wrong = [
        (area.slug, municipality.name)
        for area in PoliceArea.objects.prefetch_related("municipalities__county")
        for municipality in area.municipalities.all()
        if municipality.county.police_region_id != area.region_id
    ]
    assert wrong == []


def test_region_check_can_fail():
    area = PoliceArea.objects.get(slug="ljungby")
    area.municipalities.add(Municipality.objects.get(name="Kiruna"))
    assert any(m.county.police_region_id != area.region_id for m in area.municipalities.all())


def test_every_area_has_a_public_source():
    missing = PoliceArea.objects.exclude(source_url__startswith="https://")
    assert not missing.exists(), list(missing.values_list("slug", flat=True))


@pytest.mark.parametrize(
    ("slug", "members"),
    [
        ("varnamo", {"Värnamo", "Vaggeryd", "Gnosjö", "Gislaved"}),
        ("ljungby", {"Ljungby", "Älmhult"}),
        ("boras", {"Borås", "Svenljunga"}),
    ],
)
def test_existing_areas_keep_their_slug_and_municipalities(slug, members):
    area = PoliceArea.objects.get(slug=slug)
    assert members <= {m.name for m in area.municipalities.all()}


def test_split_cities_are_in_several_areas():
    for name in ["Stockholm", "Göteborg", "Malmö"]:
        assert Municipality.objects.get(name=name).police_areas.count() > 1, name


def test_slugs_are_unique_in_the_file_and_the_database():
    with open(NATIONAL_CSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    slugs = [row["slug"] for row in rows]
    assert len(slugs) == len(set(slugs)) == SHIPPED
    assert PoliceArea.objects.values("slug").distinct().count() == PoliceArea.objects.count()
    assert all(row["kalla"].startswith("https://") for row in rows)
