from django.contrib import admin
from django.urls import path

from . import views

app_name = "desk"

# Admin pages: for logged-in staff, who are sent to the login page otherwise.
urlpatterns = [
    path(
        "loften/<int:pk>/skicka-till-utgivare/",
        admin.site.admin_view(views.send_for_review),
        name="send_for_review",
    ),
    path("granskning/<int:pk>/", admin.site.admin_view(views.review), name="review"),
    path(
        "loften/<int:pk>/avbryt-schemalaggning/",
        admin.site.admin_view(views.cancel_schedule),
        name="cancel_schedule",
    ),
    path(
        "loften/<int:pk>/andra/", admin.site.admin_view(views.start_revision), name="start_revision"
    ),
]
