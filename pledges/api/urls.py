from django.urls import path

from . import views

app_name = "api"
urlpatterns = [
    path("", views.index, name="index"),
    path("municipalities/", views.municipality_list, name="municipalities"),
    path("municipalities/<str:code>/", views.municipality_detail, name="municipality"),
    path("pledges/", views.pledge_list, name="pledges"),
    path("pledges/<uuid:uid>/", views.pledge_detail, name="pledge"),
    path("actions/", views.action_list, name="actions"),
    path("actions/<uuid:uid>/", views.action_detail, name="action"),
    path("followups/", views.report_list, name="followups"),
    path("followups/<uuid:uid>/", views.report_detail, name="followup"),
]
