from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.decorators.http import require_GET, require_http_methods

from .models import Author, Book


@require_GET
def home(request):
    return JsonResponse({"service": "library"})


@require_http_methods(["GET"])
def book_list(request):
    books = Book.objects.select_related("author").all()
    return JsonResponse({"books": [{"id": b.id, "title": b.title, "author": b.author.name} for b in books]})


def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return JsonResponse({"id": book.id, "title": book.title, "isbn": book.isbn})


class AuthorView(View):
    def get(self, request, pk):
        author = get_object_or_404(Author, pk=pk)
        return JsonResponse({"id": author.id, "name": author.name})

    def delete(self, request, pk):
        get_object_or_404(Author, pk=pk).delete()
        return JsonResponse({}, status=204)
