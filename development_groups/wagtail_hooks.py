"""Registers the admin menu "Development groups"; the code is in development_groups/admin/."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin.scope import (
    PRIVATE_MODELS,
    GroupScopedPermissionPolicy,
    UnloggedCreateAction,
    UnloggedDeleteAction,
    UnloggedEditAction,
)
from .admin.viewsets import DevelopmentGroupsMenu

for _model in PRIVATE_MODELS:
    register_permission_policy(_model, GroupScopedPermissionPolicy(_model))


@hooks.register("register_actions")
def register_unlogged_actions(registry):
    for model in PRIVATE_MODELS:
        registry.register(model, UnloggedCreateAction)
        registry.register(model, UnloggedEditAction)
        registry.register(model, UnloggedDeleteAction)


@hooks.register("register_admin_viewset")
def register_development_groups_menu():
    return DevelopmentGroupsMenu()
