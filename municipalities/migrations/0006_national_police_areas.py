"""Loads the national list of local police areas with the public source of each row.

Existing areas keep their row (and id) and get the national name, region, source and
municipalities; the rest are added.
"""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data"


def load(apps, schema_editor):
    PoliceRegion = apps.get_model("municipalities", "PoliceRegion")
    Municipality = apps.get_model("municipalities", "Municipality")
    PoliceArea = apps.get_model("municipalities", "PoliceArea")

    regions = {region.name: region for region in PoliceRegion.objects.all()}
    municipalities = {m.code: m for m in Municipality.objects.all()}
    with open(DATA / "police_areas_national.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        area, _ = PoliceArea.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["namn"],
                "region": regions[row["polisregion"]],
                "source_url": row["kalla"],
                "source_note": row["anmarkning"],
            },
        )
        codes = row["kommunkoder"].split()
        unknown = [code for code in codes if code not in municipalities]
        if unknown:
            raise ValueError(f"{row['slug']}: okända kommunkoder {unknown}")
        area.municipalities.add(*(municipalities[code] for code in codes))


def unload(apps, schema_editor):
    PoliceArea = apps.get_model("municipalities", "PoliceArea")
    kept = {"varnamo", "ljungby", "boras"}
    with open(DATA / "police_areas_national.csv", encoding="utf-8", newline="") as f:
        slugs = {row["slug"] for row in csv.DictReader(f)} - kept
    PoliceArea.objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0005_police_area_source")]

    operations = [migrations.RunPython(load, unload)]
