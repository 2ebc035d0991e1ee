from django.http import JsonResponse
from django.urls import path


def summary(request):
    return JsonResponse({"reports": []})


urlpatterns = [path("reports/", summary)]
