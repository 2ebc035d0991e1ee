from django.http import JsonResponse

from orders.models import Order  # expect: django/app-not-in-installed-apps

from .models import Book  # ok: django/app-not-in-installed-apps


def book_orders(request, book_id):
    book = Book.objects.get(pk=book_id)
    return JsonResponse({"orders": Order.objects.filter(book=book).count()})
