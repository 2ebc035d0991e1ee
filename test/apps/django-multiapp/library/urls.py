from django.contrib import admin
from django.urls import include, path

from catalog import views as catalog_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", catalog_views.home, name="home"),
    path("catalog/", include("catalog.urls")),
    path("members/", include(("members.urls", "members"), namespace="members")),
    path("api/", include("api.urls")),
]
