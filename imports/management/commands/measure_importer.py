from django.core.management.base import BaseCommand, CommandError

from imports.documents import measure
from imports.documents.reading import municipalities


class Command(BaseCommand):
    help = (
        "Mäter dokumentimporten: läser dokumenten i en mapp och jämför fälten med en fil med "
        "förväntade fält; skriver precision och recall per fält. Utan argument: de fem "
        "exempeldokumenten i imports/documents/seeds/."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default=str(measure.SEEDS))
        parser.add_argument("expected", nargs="?", default=str(measure.SEEDS / "expected.json"))

    def handle(self, *args, folder, expected, **options):
        gazetteer = municipalities.Gazetteer.from_db()
        try:
            scores, misses, sure = measure.measure_folder(
                folder,
                expected,
                lambda raw: measure.read_fields(raw, gazetteer),
            )
        except (OSError, KeyError, ValueError) as error:
            raise CommandError(
                f"Kunde inte läsa dokumenten eller förväntningarna: {error}"
            ) from error
        for line in measure.table(scores):
            self.stdout.write(line)
        for line in measure.certainty_lines(sure):
            self.stdout.write(line)
        for name, fields in misses.items():
            for field, (missing, extra) in fields.items():
                self.stdout.write(f"{name}: {field}: saknas {missing}, felaktigt {extra}")
