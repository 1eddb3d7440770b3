from django.urls import path

from . import docs
from .views import api

app_name = "api"
# The operations of the API, less django-ninja's own root (the index is "/"), then the
# OpenAPI document and its description for people.
urlpatterns = [
    *(pattern for pattern in api.urls[0] if pattern.name != "api-root"),
    path("openapi.json", docs.openapi_json, name="openapi"),
    path("docs/", docs.docs, name="docs"),
]
