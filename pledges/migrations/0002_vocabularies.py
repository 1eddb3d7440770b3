"""The starting vocabularies of focus areas and working methods; both are edited in the admin."""

from django.db import migrations

FOCUS_AREAS = [
    ("trygghet", "Trygghet", "Den upplevda tryggheten i offentlig miljö och på otrygga platser."),
    ("narkotika", "Narkotika", "Narkotikabrottslighet: innehav, försäljning och bruk."),
    ("valdsbrott", "Våldsbrott", "Misshandel, rån och annat våld, i offentlig miljö och i nära relationer."),
    ("mans-vald-mot-kvinnor", "Mäns våld mot kvinnor", "Våld i nära relationer och mäns våld mot kvinnor."),
    ("skadegorelse", "Skadegörelse", "Skadegörelse och klotter."),
    ("bedragerier", "Bedrägerier", "Bedrägerier, särskilt mot äldre."),
    ("trafiksakerhet", "Trafiksäkerhet", "Trafiksäkerhet och trafikbrott."),
    ("unga", "Unga", "Att förebygga att barn och unga hamnar i kriminalitet och missbruk."),
    ("inbrott", "Inbrott", "Inbrott i bostäder, fritidshus och företag."),
    ("it-relaterad-brottslighet", "IT-relaterad brottslighet", "Brott och kränkningar via nätet och sociala medier."),
    ("kriminella-natverk", "Kriminella nätverk", "Kriminella grupperingar och nätverk och rekrytering till dem."),
]

METHODS = [
    ("est", "EST", "Effektiv samordning för trygghet: gemensamma lägesbilder, analys och åtgärder."),
    ("bo-tryggt-2030", "Bo Tryggt 2030", "Brottsförebyggande och trygghetsskapande planering av bostäder och stadsmiljö."),
    ("grannsamverkan", "Grannsamverkan", "Grannar som samverkar med polisen mot inbrott och annan brottslighet."),
    ("trygghetsvandring", "Trygghetsvandring", "Boende, kommun och polis går tillsammans igenom ett område och noterar otrygga platser."),
    ("hot-spots", "Hot spots", "Riktad närvaro på de platser och tider där brotten eller otryggheten är störst."),
    ("medborgardialog", "Medborgardialog", "Dialog med invånarna om trygghet och brott."),
    ("trygghetsmatning", "Trygghetsmätning", "Enkät eller undersökning om invånarnas upplevda trygghet."),
    ("naringslivssamverkan", "Näringslivssamverkan", "Samverkan med företag och näringsliv mot brott."),
    ("informationsinsats", "Informationsinsats", "Riktad information till en grupp, t.ex. om bedrägerier."),
]


def load(apps, schema_editor):
    for model_name, rows in [("FocusArea", FOCUS_AREAS), ("Method", METHODS)]:
        model = apps.get_model("pledges", model_name)
        for slug, name, description in rows:
            model.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


def unload(apps, schema_editor):
    for model_name, rows in [("FocusArea", FOCUS_AREAS), ("Method", METHODS)]:
        apps.get_model("pledges", model_name).objects.filter(slug__in=[r[0] for r in rows]).delete()


class Migration(migrations.Migration):
    dependencies = [("pledges", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
