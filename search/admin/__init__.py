"""The search side of the admin, registered in search/wagtail_hooks.py: the synonyms snippet
(viewsets.py) and the search insight report (views.py).

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
