"""The API's OpenAPI document at /api/v1/openapi.json: valid, true to the real answers and to its
own examples, enough to generate a client from, and described for people at /api/v1/docs/."""

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from django.conf import settings
from django.urls import get_resolver
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from followups.models import FollowUpReport
from pledges.models import Action, Pledge

pytestmark = pytest.mark.django_db

DOCUMENT = "/api/v1/openapi.json"


@pytest.fixture
def document(client, db):
    response = client.get(DOCUMENT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def check(document, schema, value):
    """The problems of `value` against `schema`, whose references point into `document`."""
    validator = OAS31Validator(
        {**schema, "components": document["components"]},
        format_checker=OAS31Validator.FORMAT_CHECKER,
    )
    return [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(value)
    ]


def operation_at(document, url):
    """The GET operation of the document's path template that matches `url`'s path."""
    path = url.split("?")[0]
    for template, operations in document["paths"].items():
        pattern = re.sub(r"\{\w+\}", "[^/]+", template)
        if re.fullmatch(pattern, path):
            return operations["get"]
    raise AssertionError(f"{url} is not in the document")


def test_the_document_is_valid_openapi(document):
    validate(document)  # raises on the first problem
    assert document["openapi"].startswith("3.1")
    assert document["info"]["version"] == "1"
    assert document["servers"] == [{"url": "http://testserver"}]


def test_every_route_of_the_api_is_in_the_document_and_nothing_else(document):
    resolver = get_resolver().namespace_dict["api"][1]
    routes = {
        "/api/v1/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", str(pattern.pattern))
        for pattern in resolver.url_patterns
        if pattern.name not in {"openapi", "docs"}
    }
    assert routes == set(document["paths"])
    assert all(list(operations) == ["get"] for operations in document["paths"].values())


def test_a_client_can_be_built_from_it_ids_and_typed_parameters(document):
    operations = [op for ops in document["paths"].values() for op in ops.values()]
    ids = [operation["operationId"] for operation in operations]
    assert len(ids) == len(set(ids)) == 9
    assert "pledge_list" in ids and "report_detail" in ids
    for path, operations_of_path in document["paths"].items():
        for operation in operations_of_path.values():
            names = {parameter["name"] for parameter in operation["parameters"]}
            for parameter in operation["parameters"]:
                schema = parameter["schema"]
                assert schema.get("type") in {"string", "integer"}, (path, parameter)
                assert parameter["in"] in {"path", "query"}
                if parameter["in"] == "path":
                    assert parameter["required"] and f"{{{parameter['name']}}}" in path
            if path.endswith("s/"):  # a list
                assert {"page", "page_size"} <= names, path
            ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
            assert ok["$ref"].startswith("#/components/schemas/")
            for status in set(operation["responses"]) - {"200"}:
                error = operation["responses"][status]["content"]["application/json"]
                assert error["schema"] == {"$ref": "#/components/schemas/Error"}


def test_the_lists_take_the_filters_of_the_list_page(document):
    pledges = document["paths"]["/api/v1/pledges/"]["get"]
    by_name = {parameter["name"]: parameter for parameter in pledges["parameters"]}
    assert by_name["page_size"]["schema"]["maximum"] == 100
    assert by_name["lan"]["description"] == "Län: länskod, t.ex. 06."
    assert "kommande, galler, avslutat" in by_name["lage"]["description"]


def test_every_example_in_the_document_matches_its_schema(document):
    checked = 0
    for path, operations in document["paths"].items():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                content = response["content"]["application/json"]
                for name, example in content.get("examples", {}).items():
                    problems = check(document, content["schema"], example["value"])
                    assert not problems, (path, status, name, problems)
                    checked += 1
    assert checked >= 15


def test_the_examples_are_what_the_api_says(client, document, db):
    """The error examples are the API's own messages, not invented ones."""
    municipalities = document["paths"]["/api/v1/municipalities/"]["get"]["responses"]
    example = municipalities["400"]["content"]["application/json"]["examples"]["page_size"]
    assert client.get("/api/v1/municipalities/?page_size=101").json() == example["value"]
    example = municipalities["404"]["content"]["application/json"]["examples"]["page"]
    assert client.get("/api/v1/municipalities/?page=99").json() == example["value"]


def real_answers(client, find_world):
    """(url, status, body) of every operation with the find world's published content, its
    lists filtered and paged, and its errors."""
    action = Action.objects.filter(pledge=find_world["varnamo"]).first()
    report = FollowUpReport.objects.filter(pledge=find_world["varnamo"]).first()
    draft = Pledge.objects.get(title="Gnosjö utkast")
    urls = [
        ("/api/v1/", 200),
        ("/api/v1/municipalities/", 200),
        ("/api/v1/municipalities/?lan=06&page_size=2&page=2", 200),
        ("/api/v1/municipalities/0683/", 200),
        ("/api/v1/municipalities/9999/", 404),
        ("/api/v1/municipalities/?page=99", 404),
        ("/api/v1/municipalities/?page_size=0", 400),
        ("/api/v1/pledges/", 200),
        ("/api/v1/pledges/?lan=06", 200),
        ("/api/v1/pledges/?lan=99", 400),
        (f"/api/v1/pledges/{find_world['ljungby'].uid}/", 200),
        (f"/api/v1/pledges/{draft.uid}/", 404),
        ("/api/v1/actions/", 200),
        ("/api/v1/actions/?page=abc", 400),
        (f"/api/v1/actions/{action.uid}/", 200),
        ("/api/v1/followups/", 200),
        (f"/api/v1/followups/{report.uid}/", 200),
        (f"/api/v1/followups/{draft.uid}/", 404),
    ]
    for url, status in urls:
        response = client.get(url)
        assert response.status_code == status, url
        yield url, status, json.loads(response.content)


def test_every_real_answer_matches_the_document(client, find_world, document):
    seen = set()
    for url, status, body in real_answers(client, find_world):
        operation = operation_at(document, url)
        schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
        assert not check(document, schema, body), (url, check(document, schema, body))
        seen.add((operation["operationId"], status))
    all_operations = {
        op["operationId"] for ops in document["paths"].values() for op in ops.values()
    }
    assert {operation for operation, status in seen if status == 200} == all_operations


def test_a_wrong_answer_would_not_match(client, find_world, document):
    """The check above can fail: a missing field, a wrong type, a field the document lacks."""
    schema = {"$ref": "#/components/schemas/Pledge"}
    pledge = client.get(f"/api/v1/pledges/{find_world['varnamo'].uid}/").json()
    assert not check(document, schema, pledge)
    assert check(document, schema, {**pledge, "contact_email": "a@example.se"})
    assert check(document, schema, {**pledge, "title": None})
    assert check(document, schema, {key: pledge[key] for key in pledge if key != "actions"})


def test_head_works_where_get_does_and_nothing_writes(client, find_world):
    response = client.head("/api/v1/pledges/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post(DOCUMENT).status_code == 405
    assert client.post("/api/v1/docs/").status_code == 405


def test_the_description_for_people_lists_every_operation_and_shape(
    client, document, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script" not in html
    assert f'href="{DOCUMENT}"' in html
    for path, operations in document["paths"].items():
        assert f"<code>GET {path}</code>" in html
        for operation in operations.values():
            assert f'id="{operation["operationId"]}"' in html
    for name in document["components"]["schemas"]:
        assert f'id="schema-{name}"' in html
    # A type names its shape with a link to it; parameters say what they take.
    assert '<a href="#schema-PledgePage">PledgePage</a>' in html
    assert "<code>page_size</code>" in html and "Län: länskod, t.ex. 06." in html


def test_the_open_data_page_links_to_the_document_and_its_description(client, db):
    html = client.get("/oppna-data/").content.decode()

    assert 'href="/api/v1/docs/"' in html
    assert f'href="{DOCUMENT}"' in html


@pytest.fixture
def generated_client(document, tmp_path):
    """The package openapi-python-client makes from the document, as the README says."""
    (tmp_path / "openapi.json").write_text(json.dumps(document))
    result = subprocess.run(
        [
            Path(sys.executable).with_name("openapi-python-client"),
            "generate",
            "--path",
            "openapi.json",
            "--config",
            Path(settings.BASE_DIR) / "pledges/api/openapi-client.yml",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(tmp_path / "medborgarloften-client"))
    yield importlib.import_module("medborgarloften_client")
    sys.path.pop(0)
    for name in [name for name in sys.modules if name.startswith("medborgarloften_client")]:
        del sys.modules[name]


def test_a_generated_client_calls_every_operation(client, find_world, generated_client):
    """The generated client's calls, sent to the site through Django's test client, come back
    as its typed models: lists with filters, details, and errors."""

    def send(request):
        response = client.get(request.url.raw_path.decode())
        return httpx.Response(
            response.status_code, headers=dict(response.headers), content=response.content
        )

    api = importlib.import_module("medborgarloften_client.api.default")
    connection = generated_client.Client(
        base_url="http://testserver", httpx_args={"transport": httpx.MockTransport(send)}
    )

    def call(operation, **arguments):
        module = importlib.import_module(f"{api.__name__}.{operation}")
        return module.sync(client=connection, **arguments)

    index = call("index")
    assert index.version == "1" and index.openapi == "http://testserver/api/v1/openapi.json"
    page = call("pledge_list", lan="06")
    assert page.count == 1
    assert page.results[0].municipalities[0].name == "Värnamo"
    assert page.results[0].actions[0].focus_area.slug == "bedragerier"
    pledge = call("pledge_detail", uid=find_world["ljungby"].uid)
    assert pledge.police_area.name == "Lokalpolisområde Ljungby"
    actions = call("action_list", page_size=1)
    assert actions.page_size == 1 and actions.pages == actions.count > 1
    action = call("action_detail", uid=actions.results[0].uid)
    assert action.pledge.uid == actions.results[0].pledge.uid
    report = call("report_list").results[0]
    assert call("report_detail", uid=report.uid).title == report.title
    assert call("municipality_list", lan="06").count == 13
    assert call("municipality_detail", code="0683").name == "Värnamo"
    assert call("pledge_list", lan="99").error == "Län: Det finns inget län med koden ”99”."
    assert call("municipality_detail", code="9999").error == "Finns inte, eller är inte publicerat."
