"""The editors' side of practice examples, registered in practice_examples/wagtail_hooks.py: a
listing of all examples that filters by theme, region and review date ("Practice examples" in
the admin menu, viewsets.py), and a report of the examples whose review date has passed
(Reports > "Examples to review", reports.py).

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
