"""Registers the vocabularies' snippets; the code is in taxonomy/admin/."""

from wagtail.snippets.models import register_snippet

from .admin.viewsets import TaxonomyGroup

register_snippet(TaxonomyGroup)
