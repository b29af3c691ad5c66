"""The admin in the language of what is being edited: the pickers of a page (themes, regions,
organisations, related examples) offer the items of the page's own language, the page chooser
opens where pages of the wanted type live in that language, and listings put the editor's
language first. Registered in home/wagtail_hooks.py; the forms and widgets are used by the
content apps' models."""

from django import forms
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.coreutils import resolve_model_string
from wagtail.models import Locale, Page, TranslatableMixin

from .localization import active_locale

OTHER_LANGUAGE = _("Choose one in the language of this page.")


def restrict_to_locale(form, locale_id):
    """Limits every field of `form` that chooses objects of a translatable model to those of one
    locale, and shows what is chosen already in that locale: a choice in another language (a
    translation copies the source's choices) becomes its translation, if there is one."""
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        field.queryset = queryset.filter(locale_id=locale_id)
        field.error_messages["invalid_choice"] = OTHER_LANGUAGE
        initial = form.initial.get(name)
        if initial:
            form.initial[name] = in_locale(queryset.model, initial, locale_id)


def in_locale(model, value, locale_id):
    """A chosen value (an object or pk, or a list of them) in `locale_id`: each object replaced
    by its translation there. A single object without one stays (the form then asks for one in
    the right language); in a list it is left out, as the list only offers that language."""
    many = not isinstance(value, (models.Model, int, str))
    pks = [getattr(item, "pk", item) for item in (value if many else [value])]
    objects = model._default_manager
    translated = list(
        objects.filter(
            locale_id=locale_id,
            translation_key__in=objects.filter(pk__in=pks).values("translation_key"),
        ).values_list("pk", flat=True)
    )
    if many:
        return translated
    return translated[0] if translated else value


class LocalizedPageForm(WagtailAdminPageForm):
    """The edit and create form of every page: what it picks is in the page's language (a new
    page has its parent's). Related rows (inline panels) pick in the page's language too."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is None:
            return
        restrict_to_locale(self, locale_id)
        for formset in self.formsets.values():
            for form in formset.forms:
                restrict_to_locale(form, locale_id)


class FilterableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a box above them that hides the ones whose name does not hold what the
    editor types (static/js/admin/checkbox-filter.js, insert_editor_js). Without JavaScript the
    box stays hidden and the list is a plain list of checkboxes."""

    def render(self, name, value, attrs=None, renderer=None):
        checkboxes = super().render(name, value, attrs, renderer)
        list_id = (attrs or {}).get("id", "")
        return format_html(
            '<div class="kb-checkbox-filter" data-checkbox-filter>'
            '<input type="search" class="kb-checkbox-filter__input" hidden autocomplete="off" '
            'aria-label="{}" placeholder="{}" aria-controls="{}" data-checkbox-filter-input>'
            '<p class="kb-checkbox-filter__none" role="status" hidden data-checkbox-filter-none>'
            "{}</p>"
            "{}</div>",
            _("Find in the list"),
            _("Type to find, e.g. a place"),
            list_id,
            _("Nothing in the list matches."),
            checkboxes,
        )


class LocalePageChooser(AdminPageChooser):
    """Wagtail's page chooser, opening where the pages of its type live in the language of the
    page being edited (e.g. at /praktijkvoorbeelden/ of that language) instead of at the Root.

    Wagtail opens a chooser without a chosen page at the first common ancestor of all pages of
    the type, which is the Root once both languages have them, and offers no option for another
    start (wagtail/wagtail#3322). So the modal's address is our own (choose_page_in_locale);
    the chooser sends the page's language along (Wagtail's active content locale)."""

    def get_chooser_modal_url(self):
        return reverse("kennisbank_choose_page_in_locale")


def register_page_chooser_in_locale():
    """Every foreign key to a page of a given type (not any page) gets LocalePageChooser in the
    admin's forms; Wagtail registers its AdminPageChooser for AbstractPage, Page comes first."""

    def widget(db_field):
        model = db_field.remote_field.model
        chooser = AdminPageChooser if model is Page else LocalePageChooser
        return {"widget": chooser(target_models=[model])}

    register_form_field_override(models.ForeignKey, to=Page, override=widget)


def start_page_id(request):
    """The id of the first common ancestor of the pages of the chooser's type in the requested
    language (the practice example index of that language), or None for Wagtail's own start."""
    language = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=language).first() if language else None
    try:
        models = [resolve_model_string(name) for name in request.GET["page_type"].split(",")]
    except (KeyError, ValueError, LookupError):
        return None
    pages = Page.objects.type(*models).filter(locale=locale)
    if locale is None or not pages.exists():
        return None
    return pages.first_common_ancestor().pk


def choose_page_in_locale(request, parent_page_id=None):
    """The page chooser's browse step, at `parent_page_id` (Wagtail's address for it ends in
    the parent's id as well) or else at start_page_id()."""
    from wagtail.admin.views.chooser import BrowseView

    if parent_page_id is None:
        parent_page_id = start_page_id(request)
    return BrowseView.as_view()(request, parent_page_id=parent_page_id)


def in_chooser_locale(pages, request):
    """A chooser of pages of a given type (a related practice example) offers the pages in the
    language it was opened for: the page's own, which Wagtail sends as `locale`. Choosers of any
    page (a link in a text) are left alone: a link to the other language can be meant."""
    page_type = request.GET.get("page_type", "")
    language = request.GET.get("locale")
    if not language or page_type.lower() in ("", "wagtailcore.page"):
        return pages
    locale = Locale.objects.filter(language_code=language).first()
    return pages.filter(locale=locale) if locale else pages


def own_language_first(queryset, ordering=()):
    """`queryset` with the pages (or other translatable objects) in the editor's admin language
    first, each language in `ordering` (or the queryset's own order)."""
    ordering = list(ordering or queryset.query.order_by or queryset.model._meta.ordering)
    own_first = Case(
        When(locale_id=active_locale().pk, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return queryset.order_by(own_first, *ordering)
