from django.urls import path

from . import embed, feeds, pdf, views

app_name = "pledges"
urlpatterns = [
    path("", views.home, name="home"),
    path("forhandsgranska/lofte/<uuid:uid>/", views.pledge_preview, name="preview"),
    path("loften/", views.pledge_list, name="list"),
    path("sok/", views.site_search, name="search"),
    path("fokusomraden/", views.focus_area_list, name="focus_areas"),
    path("fokusomraden/<slug:slug>/", views.focus_area_detail, name="focus_area"),
    path("oversikt/", views.overview, name="overview"),
    path("flode.atom", feeds.LatestFeed(), name="feed"),
    path("flode.rss", feeds.LatestRssFeed(), name="feed_rss"),
    path("kommuner/<slug:slug>/flode.atom", feeds.MunicipalityFeed(), name="municipality_feed"),
    path(
        "kommuner/<slug:slug>/flode.rss", feeds.MunicipalityRssFeed(), name="municipality_feed_rss"
    ),
    path("fokusomraden/<slug:slug>/flode.atom", feeds.FocusAreaFeed(), name="focus_area_feed"),
    path(
        "fokusomraden/<slug:slug>/flode.rss",
        feeds.FocusAreaRssFeed(),
        name="focus_area_feed_rss",
    ),
    path("loften.csv", views.pledge_export, {"file_format": "csv"}, name="export_csv"),
    path("loften.json", views.pledge_export, {"file_format": "json"}, name="export_json"),
    path("oppna-data/", views.open_data, name="open_data"),
    # Before the pledge pages, whose period would otherwise match "inbaddning".
    path("kommuner/<slug:slug>/inbaddning/", embed.embed, name="embed"),
    path(
        "kommuner/<slug:municipality>/<slug:period>/medborgarlofte.pdf", pdf.pledge_pdf, name="pdf"
    ),
    path(
        "kommuner/<slug:municipality>/<slug:period>/<slug:district>/medborgarlofte.pdf",
        pdf.pledge_pdf,
        name="district_pdf",
    ),
    path(
        "forhandsgranska/lofte/<uuid:uid>/medborgarlofte.pdf", pdf.preview_pdf, name="preview_pdf"
    ),
    path("kommuner/<slug:municipality>/<slug:period>/", views.pledge_detail, name="detail"),
    path(
        "kommuner/<slug:municipality>/<slug:period>/<slug:district>/",
        views.pledge_detail,
        name="district_detail",
    ),
]
