"""/account/: the members' area of the development groups (accounts.py), in every language."""

from django.urls import path

from . import accounts, my_groups

app_name = "account"
urlpatterns = [
    path("", my_groups.home, name="home"),
    path("inloggen/", accounts.LoginView.as_view(), name="login"),
    path("uitloggen/", accounts.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path(
        "wachtwoord-vergeten/verstuurd/",
        accounts.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-vergeten/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-vergeten/klaar/",
        accounts.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("wachtwoord-wijzigen/", accounts.PasswordChangeView.as_view(), name="password_change"),
    path("uitnodiging/<str:token>/", accounts.invitation, name="invitation"),
]
