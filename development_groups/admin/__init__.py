"""The admin menu "Development groups": theme votes, theme proposals, development questions,
session outcomes and invitations, registered in development_groups/wagtail_hooks.py. The group
and session pages themselves are edited in the page explorer, where access.ensure_access gave
the facilitators their permissions.

Who sees what (scope.py): editors (access.sees_all) see every group; a facilitator sees only the
groups in access.facilitated_group_ids(user). One permission policy (`GroupScopedPermissionPolicy`)
and one view mixin (`GroupScopedViewMixin`) apply that to every view of every viewset
(viewsets.py): listings hold only the user's groups' objects, another group's object is a 404
wherever its pk is typed (edit, delete, inspect and the custom views), and the forms (forms.py)
offer only the user's groups and, for an object, only its own group's questions and sessions.
What a role may do at all comes from Django's model permissions
(access.FACILITATOR_MODEL_PERMISSIONS and migration 0002), limited per model to the actions that
make sense (`scope.ACTIONS`: nobody adds a member's question).

Wagtail's "Site history" report shows the log entries of a model to anyone with a permission on
that model, whatever the group: so changes to these private models are not written to Wagtail's
log (`scope.Unlogged*Action`), or one group's facilitator would read another group's proposal
titles and invitees' addresses there; the viewsets have no history pages for the same reason.

Custom views: opening and closing the theme vote and assigning the chosen themes to sessions,
on the ballot's edit page (views.py), and turning a session outcome's public summary into a
draft practice example (outcomes.py, through practice_examples.drafts).

Nothing here runs on import: Django's admin autodiscovery imports this package.
"""
