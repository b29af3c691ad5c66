"""/account/: the members' area of the development groups (accounts.py), in every language.

The addresses are translated like a text (`pgettext_lazy("address", ...)`, the Dutch in the
.po): /account/inloggen/ in Dutch, /en/account/login/ in English. The English site answered at
the Dutch addresses before; those still work, as permanent redirects (links in mails sent
then, bookmarks)."""

from django.urls import path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView

from . import accounts, my_groups

app_name = "account"
urlpatterns = [
    path("", my_groups.home, name="home"),
    path(pgettext_lazy("address", "login/"), accounts.LoginView.as_view(), name="login"),
    path(pgettext_lazy("address", "logout/"), accounts.LogoutView.as_view(), name="logout"),
    path(
        pgettext_lazy("address", "forgot-password/"),
        accounts.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        pgettext_lazy("address", "forgot-password/sent/"),
        accounts.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        pgettext_lazy("address", "forgot-password/<uidb64>/<token>/"),
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        pgettext_lazy("address", "forgot-password/done/"),
        accounts.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        pgettext_lazy("address", "change-password/"),
        accounts.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        pgettext_lazy("address", "invitation/<str:token>/"),
        accounts.invitation,
        name="invitation",
    ),
]

# The English site's Dutch addresses of before. In Dutch the addresses above match first.
OLD_ENGLISH_ADDRESSES = {
    "inloggen/": "login",
    "uitloggen/": "logout",
    "wachtwoord-vergeten/": "password_reset",
    "wachtwoord-vergeten/verstuurd/": "password_reset_done",
    "wachtwoord-vergeten/klaar/": "password_reset_complete",
    "wachtwoord-vergeten/<uidb64>/<token>/": "password_reset_confirm",
    "wachtwoord-wijzigen/": "password_change",
    "uitnodiging/<str:token>/": "invitation",
}
urlpatterns += [
    path(
        old,
        RedirectView.as_view(pattern_name=f"account:{name}", permanent=True, query_string=True),
    )
    for old, name in OLD_ENGLISH_ADDRESSES.items()
]
