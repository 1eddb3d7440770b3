"""The admin's "Importera dokument": a pasted text or an uploaded file becomes a draft pledge."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import admin_followup
from .documents import followup, readers
from .documents.services import AlreadyImported, create_draft_from_document
from .forms import DocumentTextForm


class DocumentImportForm(DocumentTextForm):
    nothing_message = gettext_lazy("Klistra in löftets text eller välj en fil.")

    text = forms.CharField(
        label=gettext_lazy("Klistra in löftets text"),
        required=False,
        max_length=readers.MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 90}),
        help_text=gettext_lazy(
            "Hela texten som den står på webbsidan eller i dokumentet. Sidans menyer och "
            "”Till toppen” tas bort automatiskt."
        ),
    )
    # Set when the user has answered that a second draft of an imported text is wanted.
    again = forms.BooleanField(required=False, widget=forms.HiddenInput)


def import_document_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = DocumentImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        is_report, reason = followup.is_followup(form.cleaned_data["document"])
        if is_report:
            # A follow-up belongs to a pledge that exists: no new pledge, choose that one.
            return admin_followup.choose_pledge(
                model_admin, request, form.cleaned_data["document"], reason
            )
        upload = form.cleaned_data.get("file")
        try:
            pledge, extraction = create_draft_from_document(
                text=form.cleaned_data["document"],
                user=request.user,
                filename=upload.name if upload else "",
                again=form.cleaned_data["again"],
            )
        except AlreadyImported as asked:
            # The same text made a draft before: ask, with the text kept, before a second one.
            form = DocumentImportForm({"text": form.cleaned_data["document"], "again": True})
            return _render(model_admin, request, form, already=asked.drafts)
        except (ValidationError, PermissionDenied) as error:
            messages_ = error.messages if isinstance(error, ValidationError) else [str(error)]
            for message in messages_:
                form.add_error(None, message)
        else:
            model_admin.message_user(request, summary(pledge, extraction), messages.SUCCESS)
            return redirect(reverse("admin:pledges_pledge_change", args=[pledge.pk]))
    return _render(model_admin, request, form)


def _render(model_admin, request, form, already=()):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Importera dokument"),
        "form": form,
        "max_mb": readers.MAX_BYTES // (1024 * 1024),
        "already": [
            (draft, reverse("admin:pledges_pledge_change", args=[draft.pk])) for draft in already
        ],
    }
    return TemplateResponse(request, "imports/import_document.html", context)


def summary(pledge, extraction):
    """What the import found and what went to the notes, for the message after the import."""
    municipalities = ", ".join(m.name for m in pledge.municipalities.order_by("code"))
    actions = pledge.actions.count()
    found = [
        municipalities,
        _("perioden %(period)s") % {"period": pledge.period_label},
        ngettext("%(count)s åtgärd", "%(count)s åtgärder", actions) % {"count": actions},
        _("%(count)s undertecknare") % {"count": pledge.signatories.count()},
    ]
    if pledge.signed_on:
        found.append(_("undertecknat %(date)s") % {"date": pledge.signed_on.isoformat()})
    if pledge.followup_cadence != pledge.Cadence.NOT_STATED:
        found.append(
            _("uppföljning: %(cadence)s")
            % {"cadence": pledge.get_followup_cadence_display().lower()}
        )
    unplaced = len(extraction.unplaced)
    doubts = extraction.doubts()
    return format_html(
        "{} {} {} {}",
        _("Utkastet ”%(title)s” är skapat. Importen hittade %(found)s.")
        % {"title": pledge.title, "found": ", ".join(found)},
        ngettext(
            "%(count)s stycke kunde inte placeras och finns i ”Anteckningar från importen”.",
            "%(count)s stycken kunde inte placeras och finns i ”Anteckningar från importen”.",
            unplaced,
        )
        % {"count": unplaced}
        if unplaced
        else _("All text placerades i fält."),
        " ".join(doubts),
        _("Kontrollera varje fält mot ”Var i texten fälten hittades” innan du publicerar."),
    )


def open_conflicts(pledge):
    """The import's conflicts (two readings of a field in the text) that staff have not yet
    settled: those whose sentence is still in the import notes."""
    if not pledge or not pledge.import_sources:
        return []
    return [
        source["conflict"]
        for source in pledge.import_sources
        if source.get("conflict") and source["conflict"] in pledge.import_notes
    ]


def _line_link(line, has_text):
    """The line number, linked to that line of the imported text when the draft has it."""
    if not line:
        return "–"
    if not has_text:
        return line
    return format_html("<a href='#rad-{}'>{}</a>", line, line)


def imported_text_panel(pledge):
    """The text the draft was read from, line by line and numbered as the notes and sources
    name its lines, folded away until staff open it."""
    imported = getattr(pledge, "imported_text", None) if pledge else None
    if imported is None:
        return _("Texten som löftet importerades från är inte sparad.")
    lines = imported.lines
    items = format_html_join(
        "\n", "<li id='rad-{}'>{}</li>", ((number, line) for number, line in enumerate(lines, 1))
    )
    return format_html(
        "<details class='imported-text'><summary>{}</summary><ol>{}</ol></details>",
        ngettext(
            "Visa texten som importen läste (%(count)s rad)",
            "Visa texten som importen läste (%(count)s rader)",
            len(lines),
        )
        % {"count": len(lines)},
        items,
    )


def sources_panel(pledge):
    """The import's sources as a table: field, value, line, the words in the document."""
    if not pledge or not pledge.import_sources:
        return _("Löftet är inte importerat från ett dokument.")
    has_text = hasattr(pledge, "imported_text")
    rows = format_html_join(
        "\n",
        "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td><td><q>{}</q></td><td>{}</td></tr>",
        (
            (
                source.get("field", ""),
                source.get("value", ""),
                _line_link(source.get("line"), has_text),
                source.get("quote") or _("(härlett, står inte i texten)"),
                _("Osäkert: %(why)s") % {"why": source["doubt"]}
                if source.get("confidence") == "osäker"
                else _("Säkert"),
            )
            for source in pledge.import_sources
        ),
    )
    # On a phone the table is wider than the screen: it scrolls sideways in a region of its
    # own, which the keyboard can reach, so that "Säkerhet" is never cut off.
    return format_html(
        "<div class='import-sources' role='region' tabindex='0' aria-label='{}'>"
        "<table><caption>{}</caption><thead><tr><th scope='col'>{}</th><th scope='col'>{}</th>"
        "<th scope='col'>{}</th><th scope='col'>{}</th><th scope='col'>{}</th></tr></thead>"
        "<tbody>{}</tbody></table></div>",
        _("Var i texten fälten hittades"),
        _("Varje fält som importen fyllde i, och orden i dokumentet som det kom från."),
        _("Fält"),
        _("Värde"),
        _("Rad"),
        _("I texten"),
        _("Säkerhet"),
        rows,
    )
