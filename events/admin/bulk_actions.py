"""Marking attendance: two bulk actions on the registrations listing."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..models import Registration


class AttendanceBulkAction(SnippetBulkAction):
    models = [Registration]
    attended = None
    template_name = "events/admin/confirm_attendance.html"

    def check_perm(self, registration):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", registration
        )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        ids = [registration.pk for registration in objects]
        return Registration.objects.filter(pk__in=ids).update(attended=cls.attended), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d registration marked.", "%(count)d registrations marked.", num_parent_objects
        ) % {"count": num_parent_objects}


class MarkAttendedBulkAction(AttendanceBulkAction):
    display_name = _("Attended")
    aria_label = _("Mark the selected registrations as attended")
    action_type = "mark_attended"
    attended = True


class MarkAbsentBulkAction(AttendanceBulkAction):
    display_name = _("Absent")
    aria_label = _("Mark the selected registrations as absent")
    action_type = "mark_absent"
    attended = False
