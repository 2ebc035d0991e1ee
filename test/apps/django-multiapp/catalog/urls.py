from django.urls import include, path, re_path

from . import views

author_patterns = [
    path("<int:pk>/", views.AuthorView.as_view(), name="author-detail"),
]

urlpatterns = [
    path("books/", views.book_list, name="book-list"),
    re_path(r"^books/(?P<pk>[0-9]+)/$", views.book_detail, name="book-detail"),
    path("authors/", include(author_patterns)),
]
