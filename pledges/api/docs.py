"""The OpenAPI document of the API, and a page that describes it for people, made on the
server from the same document: no script, nothing loaded from elsewhere."""

import json
from functools import cache

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from .views import api

REF = "#/components/schemas/"


def openapi_document():
    return _document(settings.SITE_URL)


@cache
def _document(site_url):
    """The document, made once per process and site address: it changes only with the code."""
    document = api.get_openapi_schema()
    # The paths begin with /api/v1/.
    document["servers"] = [{"url": site_url}]
    # Round-trip through JSON: plain dicts and lists, as a client reads them.
    return json.loads(json.dumps(document))


@require_safe
def openapi_json(request):
    response = JsonResponse(openapi_document(), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def type_of(schema):
    """[(text, anchor)]: the type of a schema in words, with the anchors of named schemas."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF)
        return [(name, f"schema-{name}")]
    if "anyOf" in schema:
        parts = []
        for i, option in enumerate(schema["anyOf"]):
            if i:
                parts.append((" | ", None))
            parts.extend(type_of(option))
        return parts
    if schema.get("type") == "array":
        return [("[", None), *type_of(schema.get("items", {})), ("]", None)]
    text = schema.get("type", "")
    if "format" in schema:
        text = f"{text} ({schema['format']})"
    return [(text, None)]


def fields_of(schema):
    required = set(schema.get("required", []))
    return [
        {
            "name": name,
            "type": type_of(details),
            "required": name in required,
            "description": details.get("description", ""),
        }
        for name, details in schema.get("properties", {}).items()
    ]


def operations_of(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield {
                "id": operation["operationId"],
                "method": method.upper(),
                "path": path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": [
                    {
                        "name": parameter["name"],
                        "in": parameter["in"],
                        "type": type_of(parameter["schema"]),
                        "required": parameter.get("required", False),
                        "description": parameter.get("description", ""),
                        "default": parameter["schema"].get("default"),
                    }
                    for parameter in operation.get("parameters", [])
                ],
                "responses": [
                    {
                        "status": status,
                        "description": response.get("description", ""),
                        "type": type_of(response["content"]["application/json"]["schema"])
                        if "content" in response
                        else [],
                    }
                    for status, response in operation["responses"].items()
                ],
            }


@require_safe
def docs(request):
    document = openapi_document()
    schemas = [
        {
            "name": name,
            "description": schema.get("description", ""),
            "fields": fields_of(schema),
        }
        for name, schema in sorted(document["components"]["schemas"].items())
    ]
    return render(
        request,
        "pledges/api_docs.html",
        {
            "info": document["info"],
            "operations": list(operations_of(document)),
            "schemas": schemas,
            "openapi_url": reverse("api:openapi"),
        },
    )
