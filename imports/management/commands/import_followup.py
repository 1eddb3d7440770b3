from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from imports.documents import readers
from imports.documents.followup_services import create_draft_report_from_document
from pledges.models import Pledge


class Command(BaseCommand):
    help = (
        "Skapar ett utkast till uppföljning av ett löfte från ett uppföljningsdokument (.txt, "
        ".docx eller .pdf), med status för varje löfte som dokumentet anger."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--pledge", required=True, help="Löftets stabila id (uid).")
        parser.add_argument("--user", required=True, help="Användarnamnet som importerar.")

    def handle(self, *args, file, pledge, user, **options):
        try:
            importer = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"Användaren {user} finns inte.") from None
        try:
            followed = Pledge.objects.get(uid=pledge)
        except (Pledge.DoesNotExist, ValidationError):
            raise CommandError(f"Det finns inget löfte med id {pledge}.") from None
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Filen kunde inte läsas: {error}") from error
        if len(data) > readers.MAX_BYTES or path.suffix.lower() not in readers.READERS:
            raise CommandError("Välj en .txt-, .docx- eller .pdf-fil på högst 5 MB.")
        try:
            document = readers.READERS[path.suffix.lower()](data)
            report, proposals = create_draft_report_from_document(
                text=document, pledge=followed, user=importer, filename=path.name
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        with_status = sum(1 for proposal in proposals if proposal.status)
        change_url = reverse("admin:followups_followupreport_change", args=[report.pk])
        self.stdout.write(
            f"Utkastet ”{report.title}” är skapat för ”{followed.title}”: {with_status} av "
            f"{len(proposals)} löften fick en status från dokumentet. Granska det på {change_url}"
        )
