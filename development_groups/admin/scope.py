"""Who sees which objects of a development group in the admin: the user's groups only (editors:
all). The permission policy, the querysets and the view mixin that every viewset uses."""

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.actions.create import CreateAction
from wagtail.actions.delete import DeleteAction
from wagtail.actions.edit import EditAction
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from ..access import facilitated_group_ids
from ..models import (
    Ballot,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    Invitation,
    Question,
    SessionOutcome,
    ThemeProposal,
)

# What each model allows at most; Django's permissions decide who may do it.
ACTIONS = {
    Question: {"view", "delete"},  # members ask them on the site; editors may remove one
    ThemeProposal: {"add", "change", "delete", "view"},
    Ballot: {"change", "view"},  # one per group, made with the group
    SessionOutcome: {"add", "change", "delete", "view"},
    Invitation: {"add", "delete", "view"},  # inviting again renews an invitation
}
PRIVATE_MODELS = list(ACTIONS)


# Scope ----------------------------------------------------------------------------------------


def admin_groups(user):
    """The default-language groups the user manages in the admin (editors: all), by title."""
    groups = DevelopmentGroupPage.objects.filter(locale=Locale.get_default())
    group_ids = facilitated_group_ids(user)
    if group_ids is not None:
        groups = groups.filter(pk__in=group_ids)
    return groups.order_by("title", "pk")


def sessions_of(groups):
    """The sessions under the given group pages, in date order."""
    paths = list(groups.values_list("path", flat=True))
    if not paths:
        return DevelopmentSessionPage.objects.none()
    under = reduce(or_, (Q(path__startswith=path) for path in paths))
    return DevelopmentSessionPage.objects.filter(under).order_by("starts_at", "pk")


def scoped(queryset, user):
    """The objects of `queryset` that belong to the groups the user manages."""
    group_ids = facilitated_group_ids(user)
    if group_ids is None:
        return queryset
    if queryset.model is SessionOutcome:
        groups = DevelopmentGroupPage.objects.filter(pk__in=group_ids)
        return queryset.filter(session__in=sessions_of(groups))
    return queryset.filter(group_page__in=group_ids)


def in_scope(user, instance):
    if facilitated_group_ids(user) is None:
        return True
    return scoped(type(instance)._default_manager.filter(pk=instance.pk), user).exists()


class GroupScopedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, limited to the model's `ACTIONS` and, for an object, to the
    groups the user manages."""

    def __init__(self, model):
        super().__init__(model)
        self.actions = ACTIONS[model]

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.actions])

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scoped(self.model._default_manager.all(), user)


def policy(model):
    return policy_registry.get_by_type(model)


def get_scoped_object(model, pk, user, action):
    """The object, when the user may do `action` on it: 403 without the permission at all, 404
    for an object of another group."""
    if not policy(model).user_has_permission(user, action):
        raise PermissionDenied
    return get_object_or_404(scoped(model._default_manager.all(), user), pk=pk)


# No entries in Wagtail's log (see the package's docstring) --------------------------------------


class UnloggedCreateAction(CreateAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


class UnloggedEditAction(EditAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


class UnloggedDeleteAction(DeleteAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


# Views of every viewset -----------------------------------------------------------------------


class GroupScopedViewMixin:
    """Listings hold the objects of the user's groups only; any other object is a 404."""

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not in_scope(self.request.user, instance):
            raise Http404
        return instance


class ScopedIndexView(GroupScopedViewMixin, IndexView):
    related = []  # select_related for the listing's columns

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.related)


class ScopedCreateView(GroupScopedViewMixin, CreateView):
    pass


class ScopedEditView(GroupScopedViewMixin, EditView):
    pass


class ScopedDeleteView(GroupScopedViewMixin, DeleteView):
    pass


class ScopedInspectView(GroupScopedViewMixin, InspectView):
    pass
