"""Columns of the examples listing and the review report."""

from django.utils import timezone
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext

from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.ui.tables.pages import PageTitleColumn


class CalendarDateColumn(DateColumn):
    """A date as the date itself with how far off it is ("over 3 jaar", "2 maanden geleden").
    (Wagtail's DateColumn shows only the time since a date, the date itself in a tooltip, and
    reads "Zojuist" for every date still to come.)"""

    cell_template_name = "practice_examples/admin/review_date_cell.html"
    mark_overdue = False

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["value"]
        if value:
            context |= review_date_hint(value)
            context["overdue"] = self.mark_overdue and context["overdue"]
        return context


class ReviewDateColumn(CalendarDateColumn):
    """A review date as a calendar date, passed ones marked overdue in words."""

    mark_overdue = True


class ReportTitleColumn(PageTitleColumn):
    """The page title column with a plain header: Wagtail's header counts the listing's rows
    ("1-50 of 52"), which a report's table does not pass it ("1-None of NoneNone")."""

    header_template_name = "wagtailadmin/tables/column_header.html"


def review_date_hint(review_date, today=None):
    """{"hint": how far off the review date is, "overdue": whether it has passed}."""
    today = today or timezone.localdate()
    if review_date == today:
        hint = gettext("today")
    elif review_date > today:
        hint = gettext("in %(period)s") % {"period": timeuntil(review_date, today, depth=1)}
    else:
        hint = gettext("%(period)s ago") % {"period": timesince(review_date, today, depth=1)}
    return {"hint": hint, "overdue": review_date < today}
