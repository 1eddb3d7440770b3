from django.urls import path

from . import views

app_name = "municipalities"
urlpatterns = [
    path("kommuner/", views.municipality_list, name="list"),
    path("kommuner/<slug:slug>/", views.municipality_detail, name="detail"),
    path("polisomraden/", views.police_area_list, name="police_area_list"),
    path("polisomraden/<slug:slug>/", views.police_area_detail, name="police_area"),
]
