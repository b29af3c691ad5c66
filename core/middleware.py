"""Responses to a logged-in user are theirs alone."""

from django.utils.cache import add_never_cache_headers, patch_cache_control


class PrivateForUsersMiddleware:
    """Every response to a logged-in user (a group member sees outcomes and questions on pages
    anyone can open) is `private, no-store`: no browser, proxy or CDN keeps it. The session
    middleware adds `Vary: Cookie` as soon as the user is looked up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
