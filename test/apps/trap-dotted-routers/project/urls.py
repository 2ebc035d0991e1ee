from django.urls import include, path

urlpatterns = [
    path("users/", include("app.routes.users")),
    path("", include("app.routes")),
]
