"""How many follow each theme and region: a report for the editors, with counts only (never an
address). Counted are confirmed subscribers with a confirmed follow naming the theme or region;
those who follow a scope without themes (or regions) are a line of their own."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.admin_reports import ReportMenuItem, SimpleReportView, report_urls
from core.localization import default_locale
from taxonomy.models import Region, Theme

from ..models import Follow, Subscriber

PERMISSION = "following.view_follow"


def confirmed_follows():
    return Follow.objects.filter(confirmed_at__isnull=False, subscriber__confirmed_at__isnull=False)


def followers_per(vocabulary, model):
    """[(name, followers)] of every taxon of the default language, most followed first, and the
    followers of a follow without one."""
    through = Follow._meta.get_field(vocabulary).remote_field.through
    taxon = model._meta.model_name
    counts = dict(
        through.objects.filter(follow__in=confirmed_follows())
        .values_list(f"{taxon}_id")
        .annotate(n=Count("follow__subscriber", distinct=True))
        .order_by()
    )
    taxa = model.objects.filter(locale=default_locale()).values_list("pk", "name")
    rows = sorted(((name, counts.get(pk, 0)) for pk, name in taxa), key=lambda r: (-r[1], r[0]))
    without = (
        confirmed_follows()
        .filter(**{f"{vocabulary}__isnull": True})
        .values("subscriber")
        .distinct()
        .count()
    )
    return rows, without


class FollowerCountsView(SimpleReportView):
    page_title = _("Followers")
    header_icon = "mail"
    template_name = "following/admin/counts.html"
    permission = PERMISSION

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        themes, without_theme = followers_per("themes", Theme)
        regions, without_region = followers_per("regions", Region)
        context.update(
            themes=themes,
            without_theme=without_theme,
            regions=regions,
            without_region=without_region,
            confirmed=Subscriber.objects.filter(confirmed_at__isnull=False).count(),
            unconfirmed=Subscriber.objects.filter(confirmed_at__isnull=True).count(),
            can_look_up=self.request.user.has_perm("following.delete_subscriber"),
        )
        return context


def follower_counts_urls():
    return report_urls("reports/followers/", FollowerCountsView, "following_counts", results=False)


def follower_counts_menu_item():
    return ReportMenuItem(
        _("Followers"),
        "following_counts",
        shown=lambda user: user.has_perm(PERMISSION),
        name="followers",
        icon_name="mail",
        order=1320,
    )
