"""What the admin's reports share (practice examples to review, the scan's averages, search
insight, followers): their URLs, a menu item shown only to the users a report is for, and the
view of a report of one page without filters."""

from django.urls import path, reverse
from django.views.generic import TemplateView

from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def report_urls(route, view, name, results=True):
    """A report's URL under the admin and, for a report with filters (Wagtail's ReportView),
    the URL of its results, which the filters refresh in place (`<name>_results`)."""
    urls = [path(route, view.as_view(), name=name)]
    if results:
        urls.append(
            path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results")
        )
    return urls


class ReportMenuItem(MenuItem):
    """An item of the admin's Reports menu, shown when `shown(user)` is true."""

    def __init__(self, label, url_name, *, shown, **kwargs):
        super().__init__(label, reverse(url_name), **kwargs)
        self.shown = shown

    def is_shown(self, request):
        return self.shown(request.user)


class SimpleReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report of one page without filters, for the users with `permission`; its template and
    `get_context_data` give the figures."""

    permission = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]
