from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Medborgarlöften – administration"
admin.site.site_title = "Medborgarlöften"
admin.site.index_title = "Administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("pledges.urls")),
    path("", include("municipalities.urls")),
    path("", include("followups.urls")),
]
