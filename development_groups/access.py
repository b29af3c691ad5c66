"""Who belongs to a development group, and what that lets them see and do: the one place that
answers it.

- members: the group's Django group (`GroupAccess.members`); they log in at /account/.
- facilitators: the group's second Django group; in the admin they edit the group's pages,
  its documents and its questions, proposals, vote and outcomes, nothing else.
- editors: users with the permission `development_groups.see_all_groups` (and superusers).

"Insiders" of a group are all three: they see its questions, outcomes and documents.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
)

from .models import Ballot, DevelopmentGroupPage, GroupAccess

SEE_ALL = "development_groups.see_all_groups"
EDITOR_GROUP_NAMES = ("Editors", "Moderators")

# What a facilitator may do in the admin (instances limited to their group, admin/scope.py).
FACILITATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("development_groups", "view_question"),
    ("development_groups", "add_themeproposal"),
    ("development_groups", "change_themeproposal"),
    ("development_groups", "delete_themeproposal"),
    ("development_groups", "view_themeproposal"),
    ("development_groups", "change_ballot"),
    ("development_groups", "view_ballot"),
    ("development_groups", "add_sessionoutcome"),
    ("development_groups", "change_sessionoutcome"),
    ("development_groups", "view_sessionoutcome"),
    ("development_groups", "add_invitation"),
    ("development_groups", "view_invitation"),
]
FACILITATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
FACILITATOR_COLLECTION_PERMISSIONS = ["add_document", "change_document", "choose_document"]


def documents_root():
    """The collection that holds every group's private collection."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Ontwikkelgroepen").first()
    return existing or root.add_child(name="Ontwikkelgroepen")


@transaction.atomic
def ensure_access(group_page):
    """The GroupAccess and Ballot of a group in the default language, created on first call."""
    group_page = group_page.source
    access = GroupAccess.objects.filter(group_page=group_page).first()
    if access is None:
        label = f"{group_page.title} ({group_page.pk})"
        members = Group.objects.create(name=_("Development group %s: members") % label)
        facilitators = Group.objects.create(name=_("Development group %s: facilitators") % label)
        collection = documents_root().add_child(name=label)
        access = GroupAccess.objects.create(
            group_page=group_page,
            members=members,
            facilitators=facilitators,
            collection=collection,
        )
        _grant_facilitators(access)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(
            [members, facilitators, *Group.objects.filter(name__in=EDITOR_GROUP_NAMES)]
        )
    Ballot.objects.get_or_create(group_page=group_page)
    return access


def _grant_facilitators(access):
    group = access.facilitators
    for app_label, codename in FACILITATOR_MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    for codename in FACILITATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group,
            page=access.group_page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    for codename in FACILITATOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.create(
            group=group,
            collection=access.collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=codename
            ),
        )


def group_access(group_page):
    """The GroupAccess of a group (or of its translation's source), looked up once per page."""
    source = group_page.source
    if not hasattr(source, "_group_access"):
        source._group_access = GroupAccess.objects.filter(group_page=source).first()
    return source._group_access


def user_group_ids(user):
    """The ids of the user's Django groups, once per request user."""
    if not hasattr(user, "_development_group_ids"):
        user._development_group_ids = set(user.groups.values_list("pk", flat=True))
    return user._development_group_ids


def sees_all(user):
    return user.is_authenticated and user.has_perm(SEE_ALL)


def is_member(user, group_page):
    """A member (not only an insider) of the group: may ask questions and vote."""
    if not user.is_authenticated:
        return False
    access = group_access(group_page)
    return access is not None and access.members_id in user_group_ids(user)


def is_insider(user, group_page):
    """May see the group's questions, outcomes and documents."""
    if not user.is_authenticated:
        return False
    if sees_all(user):
        return True
    access = group_access(group_page)
    if access is None:
        return False
    return bool({access.members_id, access.facilitators_id} & user_group_ids(user))


def member_groups(user):
    """The default-language groups the user is a member or facilitator of."""
    if not user.is_authenticated:
        return DevelopmentGroupPage.objects.none()
    ids = user_group_ids(user)
    return DevelopmentGroupPage.objects.filter(
        access__members__in=ids
    ) | DevelopmentGroupPage.objects.filter(access__facilitators__in=ids)


def facilitated_group_ids(user):
    """The pks of the (default-language) groups the user may manage in the admin; None: all."""
    if sees_all(user):
        return None
    return set(
        GroupAccess.objects.filter(facilitators__in=user_group_ids(user)).values_list(
            "group_page_id", flat=True
        )
    )
