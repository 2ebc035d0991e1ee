from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Loan, Member


def member_loans(request, card_number):
    member = get_object_or_404(Member, card_number=card_number)
    loans = Loan.objects.filter(member=member).select_related("book")
    return JsonResponse({"loans": [{"book": loan.book.title, "due": loan.due.isoformat()} for loan in loans]})
