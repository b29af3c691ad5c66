"""The "Taxonomy" menu of the admin (viewsets.py), registered in taxonomy/wagtail_hooks.py.

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
