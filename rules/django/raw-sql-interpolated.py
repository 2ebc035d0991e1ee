from asgiref.sync import sync_to_async
from django.db.models import F
from django.db.models.expressions import RawSQL

from .models import Order, User


def by_email(request):
    email = request.GET["email"]
    # expect: django/raw-sql-interpolated
    users = User.objects.raw(f"SELECT * FROM auth_user WHERE email = '{email}'")
    return list(users)


def by_name(request):
    name = request.GET["name"]
    return list(User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name))  # expect: django/raw-sql-interpolated


def sorted_orders(request):
    column = request.GET["sort"]
    return list(Order.objects.raw("SELECT * FROM shop_order ORDER BY " + column))  # expect: django/raw-sql-interpolated


def big_orders(request):
    minimum = request.GET["min"]
    return Order.objects.extra(where=[f"total > {minimum}"])  # expect: django/raw-sql-interpolated


def ranked(offset):
    return Order.objects.annotate(rank=RawSQL("rank() OVER (ORDER BY total) + {}".format(offset), ()))  # expect: django/raw-sql-interpolated


def by_email_bound(request):
    email = request.GET["email"]
    return list(User.objects.raw("SELECT * FROM auth_user WHERE email = %s", [email]))  # ok: django/raw-sql-interpolated


def constant_parts():
    # Two literals joined: nothing from outside enters the statement.
    return list(User.objects.raw("SELECT * FROM auth_user " + "WHERE is_staff"))  # ok: django/raw-sql-interpolated


def big_orders_bound(minimum):
    return Order.objects.extra(where=["total > %s"], params=[minimum])  # ok: django/raw-sql-interpolated


def ranked_bound(offset):
    return Order.objects.annotate(rank=RawSQL("rank() OVER (ORDER BY total) + %s", (offset,)))  # ok: django/raw-sql-interpolated


def doubled():
    return Order.objects.annotate(double=F("total") * 2)  # ok: django/raw-sql-interpolated


def sorted_by_column(connection, table, column):
    qn = connection.ops.quote_name
    return Order.objects.extra(select={"sort_key": "%s.%s" % (qn(table), qn(column))})  # ok: django/raw-sql-interpolated


async def by_email_async(request):
    email = request.GET["email"]
    # expect: django/raw-sql-interpolated
    rows = await sync_to_async(list)(User.objects.raw(f"SELECT * FROM auth_user WHERE email = '{email}'"))
    return rows


async def by_email_async_bound(request):
    email = request.GET["email"]
    return await sync_to_async(list)(User.objects.raw("SELECT * FROM auth_user WHERE email = %s", [email]))  # ok: django/raw-sql-interpolated


def wrapped(sql, params):
    # Compiled SQL of a query set, its params passed along: a fragment by design.
    return Order.objects.annotate(n=RawSQL("SELECT COUNT(*) FROM (%s) subquery" % sql, params))  # ok: django/raw-sql-interpolated


def mixed_quoted(connection, request):
    qn = connection.ops.quote_name
    # expect: django/raw-sql-interpolated
    return list(User.objects.raw("SELECT * FROM %s WHERE email = '%s'" % (qn("auth_user"), request.GET["email"])))
