"""Registers the home app's side of the admin; the code is in home/admin/."""

from wagtail.snippets.models import register_snippet

from .admin.viewsets import TagTranslationViewSet

register_snippet(TagTranslationViewSet)
