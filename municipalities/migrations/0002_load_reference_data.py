"""Loads the 7 police regions, 21 counties, 290 municipalities and the first police areas."""

import csv
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

DATA = Path(__file__).resolve().parent.parent / "data"


def read(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(apps, schema_editor):
    PoliceRegion = apps.get_model("municipalities", "PoliceRegion")
    County = apps.get_model("municipalities", "County")
    Municipality = apps.get_model("municipalities", "Municipality")
    PoliceArea = apps.get_model("municipalities", "PoliceArea")

    counties = read("counties.csv")
    regions = {}
    for name in sorted({row["polisregion"] for row in counties}):
        regions[name], _ = PoliceRegion.objects.get_or_create(
            name=name, defaults={"slug": slugify(name)}
        )
    county_by_code = {}
    for row in counties:
        county_by_code[row["lanskod"]], _ = County.objects.update_or_create(
            code=row["lanskod"],
            defaults={
                "name": row["namn"],
                "slug": row["slug"],
                "iso_code": row["iso_3166_2"],
                "police_region": regions[row["polisregion"]],
            },
        )
    for row in read("municipalities.csv"):
        Municipality.objects.update_or_create(
            code=row["kommunkod"],
            defaults={
                "name": row["namn"],
                "slug": row["slug"],
                "county": county_by_code[row["lanskod"]],
            },
        )
    for row in read("police_areas.csv"):
        area, _ = PoliceArea.objects.update_or_create(
            slug=row["slug"],
            defaults={"name": row["namn"], "region": regions[row["polisregion"]]},
        )
        area.municipalities.set(Municipality.objects.filter(code__in=row["kommunkoder"].split()))


def unload(apps, schema_editor):
    for model in ["PoliceArea", "Municipality", "County", "PoliceRegion"]:
        apps.get_model("municipalities", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
