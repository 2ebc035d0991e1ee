from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from catalog.models import Author, Book

from .serializers import AuthorSerializer, BookSerializer


class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.select_related("author").prefetch_related("tags")
    serializer_class = BookSerializer

    @action(detail=True, methods=["post"])
    def tag(self, request, pk=None):
        book = self.get_object()
        book.tags.add(*request.data.get("tags", []))
        return Response({"status": "tagged"})


class AuthorViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Author.objects.all()
    serializer_class = AuthorSerializer
