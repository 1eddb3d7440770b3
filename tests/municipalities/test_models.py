import pytest
from django.db import IntegrityError

from municipalities.models import County, Municipality, PoliceArea, PoliceRegion

pytestmark = pytest.mark.django_db


def test_all_municipalities_counties_and_regions_are_loaded():
    assert Municipality.objects.count() == 290
    assert County.objects.count() == 21
    assert set(PoliceRegion.objects.values_list("name", flat=True)) == {
        "Bergslagen",
        "Mitt",
        "Nord",
        "Stockholm",
        "Syd",
        "Väst",
        "Öst",
    }


def test_every_county_has_the_municipalities_its_code_says():
    for county in County.objects.prefetch_related("municipalities"):
        codes = [m.code for m in county.municipalities.all()]
        assert codes, county
        assert all(code[:2] == county.code for code in codes)


def test_official_codes_and_names():
    assert Municipality.objects.get(code="0683").name == "Värnamo"
    assert Municipality.objects.get(code="0180").name == "Stockholm"
    assert County.objects.get(code="07").name == "Kronobergs län"
    assert County.objects.get(code="07").police_region.name == "Syd"


def test_habo_and_haabo_get_distinct_slugs():
    habo = Municipality.objects.get(code="0643")
    haabo = Municipality.objects.get(code="0305")
    assert (habo.name, haabo.name) == ("Habo", "Håbo")
    assert habo.slug != haabo.slug
    assert habo.get_absolute_url() != haabo.get_absolute_url()


def test_slug_is_unique_in_the_database():
    with pytest.raises(IntegrityError):
        Municipality.objects.create(
            code="9999", name="Ljungby", slug="ljungby", county=County.objects.get(code="07")
        )


def test_municipality_code_must_be_four_digits():
    with pytest.raises(IntegrityError):
        Municipality.objects.create(
            code="12a4", name="Testby", slug="testby", county=County.objects.get(code="07")
        )


@pytest.mark.parametrize(
    ("area", "members"),
    [
        ("varnamo", {"Värnamo", "Vaggeryd", "Gnosjö", "Gislaved"}),
        ("ljungby", {"Ljungby", "Älmhult"}),
        ("boras", {"Borås", "Svenljunga"}),
    ],
)
def test_seed_municipalities_have_their_police_areas(area, members):
    police_area = PoliceArea.objects.get(slug=area)
    assert members <= {m.name for m in police_area.municipalities.all()}


def test_search_finds_by_name_part_and_code():
    assert [m.name for m in Municipality.objects.search("ljungb")] == ["Ljungby"]
    assert {"Ljungby", "Herrljunga"} <= {m.name for m in Municipality.objects.search("ljung")}
    assert [m.name for m in Municipality.objects.search("älmhult")] == ["Älmhult"]
    assert [m.name for m in Municipality.objects.search("Almhult")] == ["Älmhult"]
    assert [m.name for m in Municipality.objects.search("0683")] == ["Värnamo"]
    assert not Municipality.objects.search("   ").exists()
