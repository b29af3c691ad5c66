from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "following"
urlpatterns = [
    path("", views.follow, name="follow"),
    path(pgettext_lazy("address", "sent/"), views.sent, name="sent"),
    path(pgettext_lazy("address", "confirm/<str:token>/"), views.confirm_view, name="confirm"),
    path(pgettext_lazy("address", "manage/<str:token>/"), views.manage, name="manage"),
    path(
        pgettext_lazy("address", "unsubscribe/<str:token>/"),
        views.unsubscribe_view,
        name="unsubscribe",
    ),
]
