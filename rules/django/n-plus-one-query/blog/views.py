from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import render
from django.views.generic import ListView

from .models import Author, Comment, Post


def post_list(request):
    rows = []
    for post in Post.objects.filter(published=True):
        rows.append({
            "title": post.title,  # ok: django/n-plus-one-query
            "author": post.author.name,  # expect: django/n-plus-one-query
            "author_id": post.author_id,  # ok: django/n-plus-one-query
            "comments": post.comments.count(),  # expect: django/n-plus-one-query
            "tags": [tag.label for tag in post.tags.all()],  # expect: django/n-plus-one-query
        })
    return JsonResponse({"posts": rows})


def post_list_loaded(request):
    posts = Post.objects.select_related("author").prefetch_related("tags", Prefetch("comments", queryset=Comment.objects.filter(approved=True)))
    if request.GET.get("q"):
        posts = posts.filter(title__icontains=request.GET["q"])
    rows = []
    for post in posts:
        rows.append({
            "author": post.author.name,  # ok: django/n-plus-one-query
            "publisher": post.author.publisher.name,  # expect: django/n-plus-one-query
            "tags": [tag.label for tag in post.tags.all()],  # ok: django/n-plus-one-query
            "comments": post.comments.count(),  # ok: django/n-plus-one-query
            # A prefetch does not cover a filter: that is a new query per post.
            "recent": list(post.comments.filter(approved=True)),  # expect: django/n-plus-one-query
        })
    return JsonResponse({"posts": rows})


def comment_titles(request):
    titles = [comment.post.title for comment in Comment.objects.all()]  # expect: django/n-plus-one-query
    bodies = [comment.body for comment in Comment.objects.all()]  # ok: django/n-plus-one-query
    loaded = [comment.post.title for comment in Comment.objects.select_related("post__author")]  # ok: django/n-plus-one-query
    return JsonResponse({"titles": titles, "bodies": bodies, "loaded": loaded})


def authors(request):
    data = []
    for index, author in enumerate(Author.objects.order_by("name")):
        bio = author.profile.bio  # expect: django/n-plus-one-query
        data.append((index, bio, author.posts))  # ok: django/n-plus-one-query
    return render(request, "authors.html", {"data": data})


def latest_titles(request):
    return JsonResponse({"latest": [f"{post.title} by {post.author.name}" for post in Post.objects.order_by("-id")[:10]]})  # expect: django/n-plus-one-query


def authors_followed(request):
    # select_related() with no arguments follows the forward foreign keys.
    return JsonResponse({"names": [a.publisher.name for a in Author.objects.select_related()]})  # ok: django/n-plus-one-query


async def post_feed(request):
    items = []
    async for post in Post.objects.filter(published=True):
        items.append(post.author.name)  # expect: django/n-plus-one-query
    async for post in Post.objects.select_related("author").filter(published=True):
        items.append(post.author.name)  # ok: django/n-plus-one-query
    return JsonResponse({"items": items})


class PostListView(ListView):
    model = Post

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["authors"] = {post.author.name for post in Post.objects.all()}  # expect: django/n-plus-one-query
        return context


def export_titles(stream):
    # Not request code: a management command helper.
    for post in Post.objects.all():
        stream.write(post.author.name)  # ok: django/n-plus-one-query
