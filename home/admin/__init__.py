"""The home app's side of the admin, registered in home/wagtail_hooks.py: the tag translations
snippet (viewsets.py).

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
