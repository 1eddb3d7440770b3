"""The signing-ready PDF of a pledge: made for every seed pledge, holding its promises and
signatories, A4 and tagged; drafts only for their own staff."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from pledges.models import Pledge
from pledges.pdf import pdf_url
from tests.conftest import EDITOR_A, client_for

pytestmark = pytest.mark.django_db

A4 = (595, 842)  # points, rounded


def squeezed(text):
    """Text without its whitespace: lines in a PDF break where the page is full."""
    return "".join(text.split())


def read(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


@pytest.fixture
def seeds(db):
    call_command("load_demo", "--no-user", stdout=io.StringIO())
    return list(Pledge.objects.published().with_details().order_by("start_date"))


def test_every_seed_pledge_prints_with_its_promises_and_signatories(client, seeds, settings):
    assert len(seeds) == 5
    for pledge in seeds:
        reader, text = read(client.get(pdf_url(pledge)))
        found = squeezed(text)
        assert squeezed(pledge.title) in found, pledge
        assert squeezed(pledge.period_label) in found, pledge
        for action in pledge.actions.all():
            assert squeezed(action.text) in found, (pledge, action.text)
            assert squeezed(action.responsible_label) in found
            if action.targets_label:
                assert squeezed(action.targets_label) in found
        for signatory in pledge.signatories.all():
            assert squeezed(signatory.name) in found, (pledge, signatory.name)
            if signatory.title:
                assert squeezed(signatory.title) in found
        assert "Underskrifter" in text
        assert squeezed(settings.SITE_URL + pledge.get_absolute_url()) in found
        for page in reader.pages:
            assert (round(page.mediabox.width), round(page.mediabox.height)) == A4


def test_the_pdf_holds_the_situation_and_the_follow_up_plan(client, seeds):
    ljungby = next(p for p in seeds if p.canonical_municipality.slug == "ljungby")
    _reader, text = read(client.get(pdf_url(ljungby)))
    found = squeezed(text)
    assert "Lägesbild" in text
    assert squeezed(ljungby.situation.splitlines()[0]) in found
    assert "Uppföljning" in text
    if ljungby.followup_text:
        assert squeezed(ljungby.followup_text.splitlines()[0]) in found


def test_the_pdf_is_tagged_for_screen_readers(client, seeds):
    reader, _text = read(client.get(pdf_url(seeds[0])))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "sv"
    assert reader.metadata.title.startswith(seeds[0].canonical_municipality.name)


def test_the_pledge_page_links_its_pdf(client, seeds):
    pledge = seeds[0]
    page = client.get(pledge.get_absolute_url()).content.decode()
    assert f'href="{pdf_url(pledge)}"' in page
    assert pdf_url(pledge).endswith("/medborgarlofte.pdf")


def test_an_english_pdf_has_english_labels(client, seeds):
    pledge = seeds[0]
    _reader, text = read(client.get("/en" + pdf_url(pledge)))
    assert "Signatures" in text
    assert squeezed(pledge.title) in squeezed(text)


def test_blank_signature_lines_when_no_one_is_named_yet(client, world):
    pledge = world["a_published"]
    pledge.signatories.all().delete()
    _reader, text = read(client.get(pdf_url(pledge)))
    assert text.count("Namnförtydligande och titel") == 2
    assert "Ort:" in text and "Datum:" in text


# Who gets which PDF ----------------------------------------------------------------------------


def test_visitors_get_no_pdf_of_a_draft(client, world):
    draft = world["a_draft"]
    kwargs = {"municipality": "ljungby", "period": draft.period_slug}
    response = client.get(reverse("pledges:pdf", kwargs=kwargs))
    assert response.status_code == 404
    assert response["Content-Type"] != "application/pdf"


def test_visitors_get_the_pdf_of_a_published_pledge_also_from_the_cache(client, world, settings):
    settings.PUBLIC_PAGE_CACHE = True
    first = client.get(pdf_url(world["a_published"]))
    again = client.get(pdf_url(world["a_published"]))
    assert again.content == first.content
    for response in (first, again):
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == (
            'inline; filename="medborgarlofte-ljungby-2023.pdf"'
        )


def test_staff_get_a_drafts_pdf_from_its_preview(client, world):
    draft = world["a_draft"]
    client_for(client, world, EDITOR_A)
    preview = client.get(reverse("pledges:preview", kwargs={"uid": draft.uid})).content.decode()
    assert f'href="{pdf_url(draft, preview=True)}"' in preview
    response = client.get(pdf_url(draft, preview=True))
    _reader, text = read(response)
    assert "A utkast" in text
    assert response["Cache-Control"] == "private, no-store"


def test_markup_in_a_pledge_is_printed_as_text(client, world):
    pledge = world["a_published"]
    pledge.actions.update(text='<img src="http://elsewhere.example/x.png"> <b>Fet</b> text')
    _reader, text = read(client.get(pdf_url(pledge)))
    assert '<img src="http://elsewhere.example/x.png"> <b>Fet</b> text' in text
