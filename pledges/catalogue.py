"""The open data described for the machines that find it: a DCAT-AP-SE catalogue and a
Frictionless data package.

Sveriges dataportal (dataportal.se) harvests catalogues in DCAT-AP-SE, the Swedish profile of
the EU's DCAT-AP; /oppna-data/ tells how to register this one there. The catalogue describes two
datasets: the pledges with their promises, and the follow-ups with a status per promise. Each
has its distributions: the CSV and JSON downloads and the API. The licence is the setting
OPEN_DATA_LICENSE; the temporal coverage is read from the published content, so the catalogue
changes with it (and is cached and invalidated like the pages, pledges/caching.py).

The data package (datapackage.json, https://specs.frictionlessdata.io/) gives the CSV's columns
with their types and Swedish titles, so that tools which read it open the CSV with its schema.
Its fields are exports.COLUMNS, in their order; a column added there needs a title here.
"""

from django.conf import settings
from django.db.models import Max, Min
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from config.site import absolute_url
from followups.models import FollowUpReport

from . import exports
from .caching import public_page
from .models import Pledge

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"
FILE_TYPE = Namespace(EU + "file-type/")
THEME = Namespace(EU + "data-theme/")
FREQUENCY = Namespace(EU + "frequency/")
LANGUAGE = Namespace(EU + "language/")
COUNTRY = Namespace(EU + "country/")
ACCESS_RIGHT = Namespace(EU + "access-right/")
IANA = "https://www.iana.org/assignments/media-types/"

# (Swedish, English) pairs: the catalogue states titles, descriptions and keywords in both.
CATALOGUE_TITLE = ("Medborgarlöften", "Citizen pledges")
CATALOGUE_DESCRIPTION = (
    "Sveriges medborgarlöften: vad kommuner och lokalpolisområden lovar att göra för att minska "
    "brottsligheten och öka tryggheten, och hur det har följts upp.",
    "Sweden's citizen pledges: what municipalities and local police areas promise to do to "
    "reduce crime and make residents feel safer, and how the promises were followed up.",
)
PLEDGES_TITLE = ("Medborgarlöften och deras löften", "Citizen pledges and their promises")
PLEDGES_DESCRIPTION = (
    "Alla publicerade medborgarlöften med en rad per löfte (åtgärd): kommun, län, "
    "lokalpolisområde, period, fokusområde, arbetsmetoder, vem som ansvarar, mål och "
    "undertecknare.",
    "Every published citizen pledge with one row per promise (action): municipality, county, "
    "local police area, period, focus area, working methods, who is responsible, targets and "
    "signatories.",
)
FOLLOWUPS_TITLE = ("Uppföljningar av medborgarlöften", "Follow-ups of citizen pledges")
FOLLOWUPS_DESCRIPTION = (
    "Publicerade uppföljningar av medborgarlöftena med status per löfte (genomfört, pågår, "
    "försenat …), vad som gjorts och uppnådda antal.",
    "Published follow-up reports of the citizen pledges with a status per promise (done, "
    "ongoing, delayed …), what was done and the counts achieved.",
)
PLEDGES_KEYWORDS = [
    ("medborgarlöften", "citizen pledges"),
    ("trygghet", "public safety"),
    ("brottsförebyggande arbete", "crime prevention"),
    ("polisen", "police"),
    ("kommuner", "municipalities"),
    ("samverkan", "collaboration"),
]
FOLLOWUPS_KEYWORDS = [
    ("medborgarlöften", "citizen pledges"),
    ("uppföljning", "follow-up"),
    ("trygghet", "public safety"),
    ("brottsförebyggande arbete", "crime prevention"),
]

# Serialisations of the catalogue: (rdflib format, content type).
FORMATS = {
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "rdf": ("xml", "application/rdf+xml; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json; charset=utf-8"),
}
JSON_LD_CONTEXT = {
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "vcard": str(VCARD),
    "xsd": str(XSD),
}


def license_url():
    return settings.OPEN_DATA_LICENSES[settings.OPEN_DATA_LICENSE]


def both_languages(graph, subject, predicate, pair):
    swedish, english = pair
    graph.add((subject, predicate, Literal(swedish, lang="sv")))
    graph.add((subject, predicate, Literal(english, lang="en")))


def period_of_time(graph, first, last):
    period = BNode()
    graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
    if first:
        graph.add((period, DCAT.startDate, Literal(first, datatype=XSD.date)))
    if last:
        graph.add((period, DCAT.endDate, Literal(last, datatype=XSD.date)))
    return period


def catalogue_graph():
    """The catalogue, its publisher and contact, the two datasets, their distributions and the
    API as a data service, as an rdflib Graph."""
    graph = Graph()
    for prefix, namespace in JSON_LD_CONTEXT.items():
        graph.bind(prefix, namespace)
    page = absolute_url(reverse("pledges:open_data"))
    catalogue = URIRef(page + "#katalog")
    publisher = URIRef(page + "#utgivare")
    contact = URIRef(page + "#kontakt")
    service = URIRef(page + "#api")
    license = URIRef(license_url())

    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(settings.OPEN_DATA_PUBLISHER, lang="sv")))
    graph.add((publisher, FOAF.homepage, URIRef(absolute_url("/"))))
    graph.add((publisher, FOAF.mbox, URIRef(f"mailto:{settings.OPEN_DATA_CONTACT_EMAIL}")))

    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(settings.OPEN_DATA_PUBLISHER)))
    graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{settings.OPEN_DATA_CONTACT_EMAIL}")))

    pledges = Pledge.objects.published().aggregate(
        first=Min("start_date"),
        last=Max("end_date"),
        issued=Min("published_at"),
        modified=Max("updated_at"),
    )
    reports = FollowUpReport.objects.published().aggregate(
        first=Min("covers_start"),
        last=Max("covers_end"),
        issued=Min("published_at"),
        modified=Max("updated_at"),
    )

    graph.add((catalogue, RDF.type, DCAT.Catalog))
    both_languages(graph, catalogue, DCTERMS.title, CATALOGUE_TITLE)
    both_languages(graph, catalogue, DCTERMS.description, CATALOGUE_DESCRIPTION)
    graph.add((catalogue, DCTERMS.publisher, publisher))
    graph.add((catalogue, DCTERMS.license, license))
    graph.add((catalogue, DCTERMS.language, LANGUAGE.SWE))
    graph.add((catalogue, FOAF.homepage, URIRef(absolute_url("/"))))
    graph.add((catalogue, DCAT.themeTaxonomy, URIRef(EU + "data-theme")))
    modified = max(filter(None, [pledges["modified"], reports["modified"]]), default=None)
    if modified:
        graph.add((catalogue, DCTERMS.modified, Literal(modified.date(), datatype=XSD.date)))
    graph.add((catalogue, DCAT.service, service))

    graph.add((service, RDF.type, DCAT.DataService))
    both_languages(graph, service, DCTERMS.title, ("Medborgarlöftens API", "Citizen pledges API"))
    graph.add((service, DCAT.endpointURL, URIRef(absolute_url(reverse("api:index")))))
    graph.add((service, DCAT.endpointDescription, URIRef(absolute_url(reverse("api:openapi")))))
    graph.add((service, DCTERMS.publisher, publisher))
    graph.add((service, DCTERMS.license, license))
    graph.add((service, DCAT.contactPoint, contact))

    csv_url = absolute_url(reverse("pledges:export_csv"))
    json_url = absolute_url(reverse("pledges:export_json"))
    datasets = [
        (
            "loften",
            PLEDGES_TITLE,
            PLEDGES_DESCRIPTION,
            PLEDGES_KEYWORDS,
            pledges,
            reverse("api:pledges"),
        ),
        (
            "uppfoljningar",
            FOLLOWUPS_TITLE,
            FOLLOWUPS_DESCRIPTION,
            FOLLOWUPS_KEYWORDS,
            reports,
            reverse("api:followups"),
        ),
    ]
    for slug, title, description, keywords, dates, api_path in datasets:
        dataset = URIRef(f"{page}#{slug}")
        graph.add((catalogue, DCAT.dataset, dataset))
        graph.add((dataset, RDF.type, DCAT.Dataset))
        graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
        both_languages(graph, dataset, DCTERMS.title, title)
        both_languages(graph, dataset, DCTERMS.description, description)
        for pair in keywords:
            both_languages(graph, dataset, DCAT.keyword, pair)
        graph.add((dataset, DCTERMS.publisher, publisher))
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((dataset, DCAT.theme, THEME.JUST))
        graph.add((dataset, DCAT.theme, THEME.GOVE))
        graph.add((dataset, DCTERMS.language, LANGUAGE.SWE))
        graph.add((dataset, DCTERMS.spatial, COUNTRY.SWE))
        graph.add((dataset, DCTERMS.accessRights, ACCESS_RIGHT.PUBLIC))
        # Published whenever a municipality or police area publishes something.
        graph.add((dataset, DCTERMS.accrualPeriodicity, FREQUENCY.IRREG))
        graph.add((dataset, DCAT.landingPage, URIRef(page)))
        if dates["first"] or dates["last"]:
            graph.add(
                (dataset, DCTERMS.temporal, period_of_time(graph, dates["first"], dates["last"]))
            )
        if dates["issued"]:
            graph.add((dataset, DCTERMS.issued, Literal(dates["issued"].date(), datatype=XSD.date)))
        if dates["modified"]:
            graph.add(
                (dataset, DCTERMS.modified, Literal(dates["modified"].date(), datatype=XSD.date))
            )
        distributions = [
            ("csv", csv_url, FILE_TYPE.CSV, "text/csv", ("CSV-fil", "CSV file")),
            ("json", json_url, FILE_TYPE.JSON, "application/json", ("JSON-fil", "JSON file")),
            ("api", absolute_url(api_path), FILE_TYPE.JSON, "application/json", ("API", "API")),
        ]
        for kind, url, file_type, media_type, label in distributions:
            distribution = URIRef(f"{page}#{slug}-{kind}")
            graph.add((dataset, DCAT.distribution, distribution))
            graph.add((distribution, RDF.type, DCAT.Distribution))
            both_languages(graph, distribution, DCTERMS.title, label)
            graph.add((distribution, DCAT.accessURL, URIRef(url)))
            graph.add((distribution, DCTERMS.format, file_type))
            graph.add((distribution, DCAT.mediaType, URIRef(IANA + media_type)))
            graph.add((distribution, DCTERMS.license, license))
            if kind == "api":
                graph.add((distribution, DCAT.accessService, service))
                graph.add((service, DCAT.servesDataset, dataset))
            else:
                graph.add((distribution, DCAT.downloadURL, URIRef(url)))
    return graph


def serialize_catalogue(file_format):
    rdflib_format, _content_type = FORMATS[file_format]
    graph = catalogue_graph()
    if rdflib_format == "json-ld":
        return graph.serialize(format="json-ld", context=JSON_LD_CONTEXT, indent=2)
    return graph.serialize(format=rdflib_format)


# The data package ------------------------------------------------------------------------------

# Swedish titles of the CSV's columns, by column name (exports.COLUMNS).
TITLES = {
    "action_uid": "Löftets id",
    "pledge_uid": "Medborgarlöftets id",
    "pledge_title": "Medborgarlöftets rubrik",
    "pledge_url": "Medborgarlöftets adress",
    "period": "Period",
    "start_date": "Startdatum",
    "end_date": "Slutdatum",
    "municipality_codes": "Kommunkoder",
    "municipalities": "Kommuner",
    "county_codes": "Länskoder",
    "counties": "Län",
    "police_area": "Lokalpolisområde",
    "district": "Område",
    "heading": "Rubrik i dokumentet",
    "action": "Löfte",
    "focus_area_slug": "Fokusområdets kod",
    "focus_area": "Fokusområde",
    "responsible": "Ansvarig (kod)",
    "responsible_label": "Ansvarig",
    "other_party": "Annan part",
    "method_slugs": "Arbetsmetodernas koder",
    "methods": "Arbetsmetoder",
    "target_count": "Mål, antal",
    "target_unit": "Mål, vad som räknas",
    "target_per": "Mål, per",
    "target": "Mål",
    "latest_followup_uid": "Senaste uppföljningens id",
    "latest_followup": "Senaste uppföljning",
    "latest_followup_url": "Senaste uppföljningens adress",
    "latest_status": "Status (kod)",
    "latest_status_label": "Status",
    "achieved_count": "Uppnått antal",
    "action_order": "Ordning",
    "action_details": "Förklaring",
    "police_area_slug": "Lokalpolisområdets kod",
    "pledge_focus_area_slugs": "Medborgarlöftets fokusområden",
    "introduction": "Inledning",
    "situation": "Lägesbild",
    "situation_basis": "Lägesbilden bygger på",
    "expected_effect": "Förväntad effekt och mål",
    "other_text": "Övrigt",
    "followup_cadence": "Uppföljningens intervall",
    "followup_text": "Om uppföljningen",
    "followup_published_where": "Uppföljningen publiceras",
    "signed_on": "Undertecknat datum",
    "signed_place": "Undertecknat ort",
    "signatories": "Undertecknare",
    "continues_uid": "Fortsätter medborgarlöftet",
    "source_url": "Originaldokument",
    "source_note": "Anmärkning om källan",
    "latest_followup_span": "Senaste uppföljningens tid",
    "latest_evidence": "Vad som gjorts",
    "start_precision": "Startdatumets precision",
    "end_precision": "Slutdatumets precision",
    "until_further_notice": "Gäller tills vidare",
    "signed_on_precision": "Undertecknandets precision",
    "issuer": "Ges av",
    "districts": "Stadsdelar",
    "targets": "Alla mål",
    "deadline_count": "Tidsgräns, antal",
    "deadline_unit": "Tidsgräns, enhet",
    "parties": "Andra parter",
    "state": "Läge",
    "action_url": "Löftets adress",
}
# Frictionless types and formats of the columns that are not plain text.
FIELD_TYPES = {
    "action_uid": {"type": "string", "format": "uuid"},
    "pledge_uid": {"type": "string", "format": "uuid"},
    "latest_followup_uid": {"type": "string", "format": "uuid"},
    "continues_uid": {"type": "string", "format": "uuid"},
    "pledge_url": {"type": "string", "format": "uri"},
    "latest_followup_url": {"type": "string", "format": "uri"},
    "source_url": {"type": "string", "format": "uri"},
    "action_url": {"type": "string", "format": "uri"},
    "start_date": {"type": "date"},
    "end_date": {"type": "date"},
    "signed_on": {"type": "date"},
    "target_count": {"type": "integer"},
    "achieved_count": {"type": "integer"},
    "action_order": {"type": "integer"},
    "deadline_count": {"type": "integer"},
    "until_further_notice": {
        "type": "boolean",
        "trueValues": [exports.YES],
        "falseValues": [exports.NO],
    },
}


def datapackage():
    """The Frictionless data package of the full CSV download, as a dict for JSON."""
    with translation.override("sv"):
        fields = [
            {
                "name": name,
                "title": TITLES[name],
                "description": str(description),
                **FIELD_TYPES.get(name, {"type": "string"}),
            }
            for name, description in exports.COLUMNS
        ]
    return {
        "profile": "tabular-data-package",
        "name": "medborgarloften",
        "title": CATALOGUE_TITLE[0],
        "description": CATALOGUE_DESCRIPTION[0],
        "homepage": absolute_url(reverse("pledges:open_data")),
        "licenses": [{"name": settings.OPEN_DATA_LICENSE, "path": license_url()}],
        "contributors": [
            {
                "title": settings.OPEN_DATA_PUBLISHER,
                "email": settings.OPEN_DATA_CONTACT_EMAIL,
                "role": "publisher",
            }
        ],
        "resources": [
            {
                "name": "loften",
                "title": PLEDGES_TITLE[0],
                "path": absolute_url(reverse("pledges:export_csv")),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ";", "header": True},
                "schema": {
                    "fields": fields,
                    "missingValues": [""],
                    "primaryKey": ["action_uid"],
                },
            }
        ],
    }


# Views -----------------------------------------------------------------------------------------


@public_page
def catalogue(request, file_format):
    """The DCAT-AP-SE catalogue, as Turtle, RDF/XML or JSON-LD."""
    _rdflib_format, content_type = FORMATS[file_format]
    return HttpResponse(serialize_catalogue(file_format), content_type=content_type)


@public_page
def datapackage_json(request):
    return JsonResponse(datapackage(), json_dumps_params={"ensure_ascii": False, "indent": 2})
