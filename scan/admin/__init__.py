"""The scan's side of the admin, registered in scan/wagtail_hooks.py: a report of the averages
per domain, for all scans, per sector and per region (reports.py).

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
