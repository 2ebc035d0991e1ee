from django.http import JsonResponse
from django.urls import path


def list_orders(request):
    return JsonResponse({"orders": []})


urlpatterns = [path("orders/", list_orders)]
