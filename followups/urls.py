from django.urls import path

from . import views

app_name = "followups"
urlpatterns = [
    path("uppfoljningar/", views.latest, name="latest"),
    path("forhandsgranska/uppfoljning/<uuid:uid>/", views.report_preview, name="preview"),
    path(
        "kommuner/<slug:municipality>/<slug:period>/uppfoljning/<slug:report>/",
        views.report_detail,
        name="detail",
    ),
    path(
        "kommuner/<slug:municipality>/<slug:period>/<slug:district>/uppfoljning/<slug:report>/",
        views.report_detail,
        name="district_detail",
    ),
]
