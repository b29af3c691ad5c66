from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query


class QueryDailyMisses(models.Model):
    """How often a search query found nothing on a day: the counterpart of Wagtail's
    QueryDailyHits (search_promotions), which counts every search. Holds no one's data: the query
    (normalised, search.insight) and a count per day."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="daily_misses")
    date = models.DateField()
    misses = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("searches that found nothing, per day")
        verbose_name_plural = _("searches that found nothing, per day")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="unique_query_daily_misses")
        ]
        indexes = [models.Index(fields=["date"], name="query_daily_misses_date")]
        permissions = [("view_search_insight", _("Can see what visitors search for"))]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.misses}"
