from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from imports.documents import readers
from imports.documents.services import AlreadyImported, create_draft_from_document


class Command(BaseCommand):
    help = (
        "Skapar ett utkast till medborgarlöfte från ett dokument (.txt, .docx eller .pdf), som "
        "”Importera dokument” i admin. Användaren avgör vilka kommuner utkastet får gälla."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="Användarnamnet som importerar.")
        parser.add_argument(
            "--igen",
            action="store_true",
            help="Skapa ett utkast till även om samma text redan har importerats.",
        )

    def handle(self, *args, file, user, igen=False, **options):
        try:
            importer = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"Användaren {user} finns inte.") from None
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Filen kunde inte läsas: {error}") from error
        if len(data) > readers.MAX_BYTES or path.suffix.lower() not in readers.READERS:
            raise CommandError("Välj en .txt-, .docx- eller .pdf-fil på högst 5 MB.")
        try:
            document = readers.READERS[path.suffix.lower()](data)
            pledge, extraction = create_draft_from_document(
                text=document, user=importer, filename=path.name, again=igen
            )
        except AlreadyImported as asked:
            drafts = ", ".join(
                f"”{draft.title}” ({reverse('admin:pledges_pledge_change', args=[draft.pk])})"
                for draft in asked.drafts
            )
            raise CommandError(
                f"Texten har redan importerats till {drafts}. Lägg till --igen för att skapa "
                "ett utkast till."
            ) from None
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        change_url = reverse("admin:pledges_pledge_change", args=[pledge.pk])
        self.stdout.write(
            f"Utkastet ”{pledge.title}” ({pledge.period_label}) är skapat med "
            f"{pledge.actions.count()} åtgärder; {len(extraction.unplaced)} stycken finns i "
            f"anteckningarna. Granska det på {change_url}"
        )
