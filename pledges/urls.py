from django.urls import path

from . import views

app_name = "pledges"
urlpatterns = [
    path("", views.home, name="home"),
    path("forhandsgranska/lofte/<uuid:uid>/", views.pledge_preview, name="preview"),
    path("kommuner/<slug:municipality>/<slug:period>/", views.pledge_detail, name="detail"),
    path(
        "kommuner/<slug:municipality>/<slug:period>/<slug:district>/",
        views.pledge_detail,
        name="district_detail",
    ),
]
