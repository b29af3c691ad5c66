"""Django's permission check, with each user's permissions kept until permissions change.

Every page a member sees asks Django's ModelBackend for their permissions at least once (Wagtail's
user bar: may they use the admin?; the development groups: may they see every group?), which costs
two queries a request (their own permissions and their groups'). `CachedModelBackend` keeps the
answer in the cache and in the process's memory (core/derived_cache.py) under a permissions
version, which any change that can alter someone's permissions raises at once and again at its
commit: a user (but for a login), group or permission saved or deleted (Wagtail's permissions of a
group on pages, collections and sites too), a change to a user's groups, a user's permissions or a
group's permissions, or to a workflow, its tasks or the groups that approve them (who may edit a
page in moderation) (`watch_permissions`, connected in security/apps.py). While the cache does not
answer, the permissions are read from the database as without this module.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.derived_cache import cached, version_changed

VERSION_KEY = "permissions-version"


class CachedModelBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = self._kept(user_obj)
        return user_obj._perm_cache

    def _kept(self, user):
        def compute():
            return super(CachedModelBackend, self).get_all_permissions(user)

        return cached("permissions", user.pk, compute, version_key=VERSION_KEY)


def permissions_changed(**kwargs):
    version_changed(VERSION_KEY)


def watch_permissions():
    from wagtail.models import (
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        GroupSitePermission,
        Task,
        Workflow,
        WorkflowContentType,
        WorkflowPage,
        WorkflowTask,
    )

    User = get_user_model()

    def user_changed(sender, instance, update_fields=None, **kwargs):
        if update_fields is None or set(update_fields) != {"last_login"}:  # not a login
            permissions_changed()

    post_save.connect(user_changed, sender=User, weak=False, dispatch_uid="permissions.save.User")
    post_delete.connect(
        permissions_changed, sender=User, weak=False, dispatch_uid="permissions.delete.User"
    )
    for model in (
        Group,
        Permission,
        GroupPagePermission,
        GroupCollectionPermission,
        GroupSitePermission,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                permissions_changed,
                sender=model,
                weak=False,
                dispatch_uid=f"permissions.{signal is post_save}.{model.__name__}",
            )
    # A task of any type (a subclass of Task saves as its own sender).
    workflows = (Workflow, WorkflowTask, WorkflowPage, WorkflowContentType, Task)

    def workflow_changed(sender, instance, **kwargs):
        if isinstance(instance, workflows):
            permissions_changed()

    post_save.connect(workflow_changed, weak=False, dispatch_uid="permissions.save.workflows")
    post_delete.connect(workflow_changed, weak=False, dispatch_uid="permissions.delete.workflows")
    for through in (
        User.groups.through,
        User.user_permissions.through,
        Group.permissions.through,
        GroupApprovalTask.groups.through,
    ):
        m2m_changed.connect(
            permissions_changed,
            sender=through,
            weak=False,
            dispatch_uid=f"permissions.m2m.{through.__name__}",
        )
