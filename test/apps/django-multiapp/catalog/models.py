from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=200)
    born = models.DateField(null=True, blank=True)

    def __str__(self):
        return self.name


class Tag(models.Model):
    label = models.SlugField(unique=True)


class Book(models.Model):
    title = models.CharField(max_length=300)
    isbn = models.CharField("ISBN", max_length=13, unique=True)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    tags = models.ManyToManyField(Tag, related_name="books", blank=True)
    published = models.DateField(null=True)

    class Meta:
        db_table = "catalog_books"
        ordering = ["title"]

    def __str__(self):
        return self.title
