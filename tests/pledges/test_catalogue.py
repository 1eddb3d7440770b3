"""The open data described for data portals and tools: the DCAT-AP-SE catalogue that
dataportal.se harvests, and the Frictionless data package of the CSV."""

import csv
import datetime
import io
import json
import warnings

import pytest
from django.urls import reverse
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from pledges.catalogue import VCARD
from tests.conftest import fill_pledge, make_pledge
from tests.followups.conftest import DONE, make_report

pytestmark = pytest.mark.django_db

D = datetime.date
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
CC_BY = URIRef("http://creativecommons.org/licenses/by/4.0/")
FORMATS = {"dcat_ttl": "turtle", "dcat_rdf": "xml", "dcat_jsonld": "json-ld"}


@pytest.fixture
def content(db):
    earlier = fill_pledge(
        make_pledge(("ljungby",), start_date=D(2019, 1, 1), end_date=D(2020, 12, 31)), 2
    )
    later = fill_pledge(make_pledge(("varnamo",)), 2)
    make_pledge(("vaxjo",), title="Utkast", status="utkast", published_at=None)
    make_pledge(("vaxjo",), title="Framtida utkast", start_date=D(2030, 1, 1), end_date=None)
    make_report(earlier, kind="ar", year=2019, statuses=DONE)
    make_report(later, kind="ar", year=2024, statuses=DONE)
    return earlier, later


def fetch(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    graph = Graph()
    with warnings.catch_warnings():
        # rdflib 7's own JSON-LD parser still goes through its deprecated ConjunctiveGraph.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(data=response.content.decode(), format=FORMATS[name])
    return response, graph


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


def languages(graph, subject, predicate):
    return {value.language for value in graph.objects(subject, predicate)}


@pytest.mark.parametrize("name", FORMATS)
def test_each_serialisation_parses_to_the_same_catalogue(client, content, name):
    response, graph = fetch(client, name)
    _response, turtle = fetch(client, "dcat_ttl")
    assert response["Content-Type"].split(";")[0] in {
        "text/turtle",
        "application/rdf+xml",
        "application/ld+json",
    }
    assert len(graph) > 100
    assert isomorphic(graph, turtle)


def test_the_catalogue_has_the_mandatory_dcat_ap_se_properties(client, content):
    _response, graph = fetch(client, "dcat_ttl")
    [catalogue] = graph.subjects(RDF.type, DCAT.Catalog)
    for predicate in (DCTERMS.title, DCTERMS.description):
        assert languages(graph, catalogue, predicate) == {"sv", "en"}
    publisher = one(graph, catalogue, DCTERMS.publisher)
    assert one(graph, publisher, FOAF.name) == Literal("Medborgarlöften", lang="sv")
    assert one(graph, catalogue, DCTERMS.license) == CC0
    datasets = set(graph.objects(catalogue, DCAT.dataset))
    assert len(datasets) == 2
    assert set(graph.subjects(RDF.type, DCAT.Dataset)) == datasets

    for dataset in datasets:
        for predicate in (DCTERMS.title, DCTERMS.description):
            assert languages(graph, dataset, predicate) == {"sv", "en"}
        assert languages(graph, dataset, DCAT.keyword) == {"sv", "en"}
        assert one(graph, dataset, DCTERMS.publisher) == publisher
        contact = one(graph, dataset, DCAT.contactPoint)
        assert str(one(graph, contact, VCARD.fn))
        assert str(one(graph, contact, VCARD.hasEmail)).startswith("mailto:")
        assert one(graph, dataset, DCTERMS.spatial) == URIRef(
            "http://publications.europa.eu/resource/authority/country/SWE"
        )
        assert str(one(graph, dataset, DCTERMS.accrualPeriodicity)).startswith(
            "http://publications.europa.eu/resource/authority/frequency/"
        )
        assert list(graph.objects(dataset, DCAT.theme))
        distributions = list(graph.objects(dataset, DCAT.distribution))
        formats = set()
        for distribution in distributions:
            assert one(graph, distribution, RDF.type) == DCAT.Distribution
            assert one(graph, distribution, DCAT.accessURL)
            assert one(graph, distribution, DCTERMS.license) == CC0
            formats.add(str(one(graph, distribution, DCTERMS.format)).rsplit("/", 1)[1])
        assert formats == {"CSV", "JSON"}
        assert len(distributions) == 3

    [service] = graph.subjects(RDF.type, DCAT.DataService)
    assert languages(graph, service, DCTERMS.title) == {"sv", "en"}
    assert str(one(graph, service, DCAT.endpointURL)).endswith("/api/v1/")
    assert str(one(graph, service, DCAT.endpointDescription)).endswith("/api/v1/openapi.json")
    assert set(graph.objects(service, DCAT.servesDataset)) == datasets


def test_the_distributions_lead_to_the_downloads_and_the_api(client, content, settings):
    _response, graph = fetch(client, "dcat_ttl")
    urls = {str(url) for url in graph.objects(None, DCAT.accessURL)}
    paths = {"/loften.csv", "/loften.json", "/api/v1/pledges/", "/api/v1/followups/"}
    assert urls == {settings.SITE_URL + path for path in paths}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        if response.streaming:
            b"".join(response.streaming_content)  # read to its end, which closes the file


def test_temporal_coverage_comes_from_the_published_content(client, content):
    _response, graph = fetch(client, "dcat_ttl")
    coverage = {}
    for dataset in graph.subjects(RDF.type, DCAT.Dataset):
        period = one(graph, dataset, DCTERMS.temporal)
        coverage[str(dataset).rsplit("#", 1)[1]] = (
            one(graph, period, DCAT.startDate).toPython(),
            one(graph, period, DCAT.endDate).toPython(),
        )
    # The drafts, one starting in 2030, are left out.
    assert coverage == {
        "loften": (D(2019, 1, 1), D(2024, 12, 31)),
        "uppfoljningar": (D(2019, 1, 1), D(2024, 12, 31)),
    }


def test_the_licence_is_a_setting(client, content, settings):
    settings.OPEN_DATA_LICENSE = "CC-BY-4.0"
    _response, graph = fetch(client, "dcat_ttl")
    assert set(graph.objects(None, DCTERMS.license)) == {CC_BY}
    package = client.get(reverse("datapackage")).json()
    assert package["licenses"] == [{"name": "CC-BY-4.0", "path": str(CC_BY)}]


def test_an_empty_portal_still_has_a_valid_catalogue(client):
    _response, graph = fetch(client, "dcat_ttl")
    assert len(list(graph.subjects(RDF.type, DCAT.Dataset))) == 2
    assert not list(graph.objects(None, DCTERMS.temporal))


def test_the_open_data_page_links_the_catalogue_and_tells_how_to_register_it(client):
    page = client.get(reverse("pledges:open_data")).content.decode()
    for name in ("dcat_ttl", "dcat_rdf", "dcat_jsonld", "datapackage"):
        assert f'href="{reverse(name)}"' in page
    assert "dataportal.se" in page


# The data package ------------------------------------------------------------------------------


def csv_header(client):
    response = client.get(reverse("pledges:export_csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return next(csv.reader(io.StringIO(text), delimiter=";"))


def test_the_data_package_describes_the_real_csv_columns(client, content):
    package = client.get(reverse("datapackage")).json()
    [resource] = package["resources"]
    fields = resource["schema"]["fields"]
    assert [field["name"] for field in fields] == csv_header(client)
    assert resource["dialect"]["delimiter"] == ";"
    assert resource["path"].endswith(reverse("pledges:export_csv"))
    for field in fields:
        assert field["title"] and field["description"], field["name"]
    types = {field["name"]: field["type"] for field in fields}
    assert types["start_date"] == "date"
    assert types["target_count"] == "integer"
    assert types["until_further_notice"] == "boolean"
    assert types["action"] == "string"
    titles = {field["name"]: field["title"] for field in fields}
    assert titles["action"] == "Löfte"
    assert titles["municipalities"] == "Kommuner"


def test_the_csv_values_fit_the_declared_types(client, content):
    package = client.get(reverse("datapackage")).json()
    fields = package["resources"][0]["schema"]["fields"]
    response = client.get(reverse("pledges:export_csv"))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows
    for row in rows:
        for field in fields:
            value = row[field["name"]]
            if value == "":
                continue
            if field["type"] == "date":
                datetime.date.fromisoformat(value)
            elif field["type"] == "integer":
                int(value)
            elif field["type"] == "boolean":
                assert value in field["trueValues"] + field["falseValues"]


def test_the_data_package_is_json_in_swedish_also_from_an_english_page(client):
    client.get("/en/oppna-data/")
    response = client.get(reverse("datapackage"))
    assert response["Content-Type"] == "application/json"
    package = json.loads(response.content)
    assert package["resources"][0]["schema"]["fields"][0]["description"].startswith("Löftets")
