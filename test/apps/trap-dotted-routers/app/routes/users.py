from django.http import JsonResponse
from django.urls import path

from app.models import Member


def list_users(request):
    return JsonResponse({"users": list(Member.objects.values("id", "name"))})


urlpatterns = [path("", list_users)]
