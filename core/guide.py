"""The editors' guide in the admin ("Handleiding" in the admin menu): short steps for the jobs of
this site, in the admin language of the user (one template per language, since it is prose)."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE_LANGUAGES = ["nl", "en"]


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Guide for editors")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_template_names(self):
        language = (get_language() or "").split("-")[0]
        if language not in GUIDE_LANGUAGES:
            language = "en"
        return [f"core/admin/guide_{language}.html"]
