"""The editors' side of the agenda, registered in events/wagtail_hooks.py.

Registrations ("Registrations" in the admin menu, viewsets.py): filter by event, status and
attendance, search by name or e-mail, export as CSV or XLSX, mark attendance (bulk_actions.py),
correct a name. Places are only given through events/registration.py, so registrations are not
added or copied here, and deleting one gives its place to the waiting list. A registrant's request
under the GDPR (see all their data, or have it deleted) is the page "Registrant's data"
(registrant.py). An event's editor header links to its registrations (buttons.py). Only users
with a permission on Registration see any of it.

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
