from asgiref.sync import sync_to_async
from django.db import transaction
from django.http import JsonResponse
from django.views import View

from .forms import ProfileForm
from .models import Order, User


async def user_detail(request, user_id):
    user = User.objects.get(pk=user_id)  # expect: django/orm-call-in-async-view
    # expect: django/orm-call-in-async-view
    orders = Order.objects.filter(user=user).count()
    return JsonResponse({"name": user.name, "orders": orders})


async def rename(request, user_id):
    user = await User.objects.aget(pk=user_id)
    user.name = request.POST["name"]
    user.save()  # expect: django/orm-call-in-async-view
    return JsonResponse({"ok": True})


async def update_profile(request):
    form = ProfileForm(request.POST)
    profile = form.save(commit=False)  # ok: django/orm-call-in-async-view
    profile.save(update_fields=["bio"])  # expect: django/orm-call-in-async-view
    return JsonResponse({"ok": True})


async def list_orders(request):
    # Lazy query set, evaluated with the async iterator.
    query = Order.objects.filter(user_id=request.user.id)  # ok: django/orm-call-in-async-view
    items = [order.id async for order in query]
    count = await Order.objects.filter(user_id=request.user.id).acount()  # ok: django/orm-call-in-async-view
    return JsonResponse({"items": items, "count": count})


async def wrapped(request, user_id):
    user = await sync_to_async(lambda: User.objects.get(pk=user_id))()  # ok: django/orm-call-in-async-view

    @sync_to_async
    def archive():
        Order.objects.filter(user_id=user_id).delete()  # ok: django/orm-call-in-async-view

    await archive()
    return JsonResponse({"name": user.name})


def sync_view(request, user_id):
    user = User.objects.get(pk=user_id)  # ok: django/orm-call-in-async-view
    user.save()  # ok: django/orm-call-in-async-view
    return JsonResponse({"name": user.name})


async def export(request, path):
    # Not the ORM: a positional argument marks a file or image save.
    request.image.save(path)  # ok: django/orm-call-in-async-view
    cache_key_deleted = request.cache.delete("k")  # ok: django/orm-call-in-async-view
    return JsonResponse({"ok": cache_key_deleted})


async def archive_all(request):
    try:
        @sync_to_async
        def archive():
            with transaction.atomic():
                Order.objects.filter(user_id=request.user.id).update(archived=True)  # ok: django/orm-call-in-async-view

        await archive()
    finally:
        Order.objects.filter(user_id=request.user.id).exists()  # expect: django/orm-call-in-async-view
    return JsonResponse({"ok": True})


class FileStore:
    async def asave(self):
        # Another backend's save, not the ORM's.
        return self.save()  # ok: django/orm-call-in-async-view


async def tortoise_style(request, item):
    # Awaited: an async ORM's save (Tortoise, Beanie), not Django's synchronous one.
    await item.save()  # ok: django/orm-call-in-async-view
    return JsonResponse({"ok": True})



class OrderView(View):
    async def get(self, request, order_id):
        order = Order.objects.get(pk=order_id)  # expect: django/orm-call-in-async-view
        return JsonResponse({"id": order.id})


class SyncOrderView(View):
    def get(self, request, order_id):
        order = Order.objects.get(pk=order_id)  # ok: django/orm-call-in-async-view
        return JsonResponse({"id": order.id})
