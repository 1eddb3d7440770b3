from django.contrib import admin
from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    # An admin page: the admin's own check that a staff user is logged in.
    path("", admin.site.admin_view(views.two_factor), name="settings"),
]
