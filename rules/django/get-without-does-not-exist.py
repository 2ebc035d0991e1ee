from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from .models import Order, User


def order_detail(request, order_id):
    order = Order.objects.get(pk=order_id)  # expect: django/get-without-does-not-exist
    return JsonResponse({"id": order.id})


async def user_detail(request: HttpRequest, user_id: int):
    user = await User.objects.filter(active=True).aget(pk=user_id)  # expect: django/get-without-does-not-exist
    return JsonResponse({"id": user.id})


class OrderView(View):
    def get(self, request, order_id):
        # expect: django/get-without-does-not-exist
        order = Order.objects.select_related("user").get(pk=order_id)
        return JsonResponse({"id": order.id})


def order_or_404(request, order_id):
    order = get_object_or_404(Order, pk=order_id)  # ok: django/get-without-does-not-exist
    return JsonResponse({"id": order.id})


def order_handled(request, order_id):
    try:
        order = Order.objects.get(pk=order_id)  # ok: django/get-without-does-not-exist
    except Order.DoesNotExist:
        raise Http404("No such order")
    return JsonResponse({"id": order.id})


def order_handled_generic(request, order_id):
    try:
        order = Order.objects.get(pk=order_id)  # ok: django/get-without-does-not-exist
    except (ObjectDoesNotExist, ValueError):
        raise Http404("No such order")
    return JsonResponse({"id": order.id})


def order_wrong_handler(request, order_id):
    try:
        order = Order.objects.get(pk=order_id)  # expect: django/get-without-does-not-exist
    except ValueError:
        raise Http404("Bad id")
    return JsonResponse({"id": order.id})


def default_user():
    # Not a view: a missing row here is a programming error, not a client's.
    return User.objects.get(username="system")  # ok: django/get-without-does-not-exist


def settings_view(request):
    theme = request.GET.get("theme", "light")  # ok: django/get-without-does-not-exist
    return JsonResponse({"theme": theme})


def publish(request, order_id):
    order = get_object_or_404(Order, pk=order_id)
    order.publish(user=request.user)
    # A re-read of the row just loaded.
    return Order.objects.get(pk=order.pk)  # ok: django/get-without-does-not-exist


def copy_page(request):
    # expect: django/get-without-does-not-exist
    parent = Order.objects.get(id=request.POST["parent"])
    return JsonResponse({"id": parent.id})


def profile(request):
    # The lookup value is the signed-in user, not something the client chose.
    token = User.objects.get(username=request_user_name(request))  # ok: django/get-without-does-not-exist
    return JsonResponse({"token": str(token)})


def refreshed_user(request):
    user = User.objects.get(id=request.user.id)  # ok: django/get-without-does-not-exist
    return JsonResponse({"id": user.id})
