from django.urls import path

from .views import member_loans

app_name = "members"

urlpatterns = [
    path("<str:card_number>/loans/", member_loans, name="loans"),
]
