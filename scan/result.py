"""The result of a completed scan: scores, levels and advice, the chart and the table, the
comparison with other scans, progress since the previous scan, and where to start.

Everything shown about the questionnaire comes from the response's version (its snapshot), so a
result reads the same after editors change the scan page. The number of queries does not grow
with the number of domains.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from core.links import absolute_url
from development_groups.models import DevelopmentSessionPage

from . import chart, statistics
from .chart import Comparison, build_chart, format_change, format_score
from .questionnaire import LEVEL_LABELS, overall_score, weakest_domains

TEMPLATE = "scan/result.html"


@dataclass
class DomainResult:
    """One domain of the result, as the advice, the chart and the table show it."""

    key: str
    title: str
    number: int
    score: float | None
    level: str | None = None
    advice: str = ""  # rich text source from the snapshot
    themes: tuple = ()
    average: float | None = None  # of all other scans, when at least MIN_COMPARISON
    sector_average: float | None = None  # of the other scans in the same sector
    sector_region_average: float | None = None  # ... in the same sector and region
    previous: float | None = None
    change: float | None = None
    weakest: bool = False

    @property
    def anchor(self):
        return f"domain-{self.number}"

    @property
    def level_label(self):
        return LEVEL_LABELS.get(self.level, "")

    @property
    def score_text(self):
        return format_score(self.score)

    @property
    def average_text(self):
        return format_score(self.average)

    @property
    def sector_average_text(self):
        return format_score(self.sector_average)

    @property
    def sector_region_average_text(self):
        return format_score(self.sector_region_average)

    @property
    def previous_text(self):
        return format_score(self.previous)

    @property
    def change_text(self):
        return format_change(self.change)


@dataclass
class Scope:
    """A comparison: with all scans, the school's sector, or its sector in its region."""

    name: str  # how the result names it: "all scans", "Primair onderwijs", "... in Utrecht"
    shown: bool  # at least one domain has an average of at least MIN_COMPARISON others
    count: int = 0  # the most other scans any domain's average counts
    domains: list = field(default_factory=list)


def change(score, previous):
    if score is None or previous is None:
        return None
    return round(score - previous, 1)


def localized_name(taxon):
    """A default-locale taxon's name in the visitor's language (its own when not translated),
    through the vocabulary's cached {slug: name} (slugs are the same in every language)."""
    if taxon is None:
        return ""
    return type(taxon).names_by_slug().get(taxon.slug, taxon.name)


def previous_scores(response):
    """{domain key: score} of the scan this one redoes, or None when there is none (complete)."""
    previous = response.previous if response.previous_id else None
    if previous is None or not previous.is_complete or previous.scores is None:
        return None
    return previous.scores


def scope_summary(name, averages):
    return Scope(
        name=name,
        shown=bool(averages),
        count=max((average.count for average in averages.values()), default=0),
    )


def domain_results(questionnaire, scores, previous, averages, weakest):
    """A DomainResult per domain of the questionnaire: its score and level, the advice for that
    level, the previous scan's score and the averages of the three scopes (`averages`: all
    scans, the sector, the sector in the region: {domain key: average} each)."""
    all_scans, by_sector, by_sector_region = averages
    domains = []
    for number, domain in enumerate(questionnaire.domains, start=1):
        score = scores.get(domain.key)
        level = questionnaire.level(score)
        before = previous.get(domain.key) if previous is not None else None
        domains.append(
            DomainResult(
                key=domain.key,
                title=domain.title,
                number=number,
                score=score,
                level=level,
                advice=domain.advice.get(level, "") if level else "",
                themes=domain.themes,
                average=getattr(all_scans.get(domain.key), "score", None),
                sector_average=getattr(by_sector.get(domain.key), "score", None),
                sector_region_average=getattr(by_sector_region.get(domain.key), "score", None),
                previous=before,
                change=change(score, before),
                weakest=domain.key in weakest,
            )
        )
    return domains


def scope_names(response, sector_region_scope):
    """(sector, region, sector in region) as the result names them, "" where there is none."""
    sector_name = localized_name(response.sector) if response.sector_id else ""
    region_name = localized_name(response.region) if response.region_id else ""
    sector_region_name = (
        _("%(sector)s in %(region)s") % {"sector": sector_name, "region": region_name}
        if sector_region_scope
        else ""
    )
    return sector_name, region_name, sector_region_name


def comparison_context(names, averages, scopes):
    """The result's comparisons with all scans, the sector and the sector in the region."""
    sector_name, region_name, sector_region_name = names
    all_scans, by_sector, by_sector_region = averages
    sector_scope, sector_region_scope = scopes
    return {
        "comparison_all": scope_summary(_("all scans"), all_scans),
        "comparison_sector": scope_summary(sector_name, by_sector) if sector_scope else None,
        "comparison_sector_region": (
            scope_summary(sector_region_name, by_sector_region) if sector_region_scope else None
        ),
        "min_comparison": statistics.MIN_COMPARISON,
        "sector_name": sector_name,
        "region_name": region_name,
        "sector_region_name": sector_region_name,
    }


def result_context(request, page, response):
    questionnaire = response.questionnaire
    scores = response.scores or {}
    previous = previous_scores(response)
    compared = statistics.comparison(response)
    all_scans = compared.get(statistics.ALL, {})
    sector_scope = statistics.sector_scope(response.sector_id)
    sector_region_scope = statistics.sector_region_scope(response.sector_id, response.region_id)
    by_sector = compared.get(sector_scope, {})
    by_sector_region = compared.get(sector_region_scope, {})
    weakest = [domain.key for domain in weakest_domains(questionnaire, scores)]

    domains = domain_results(
        questionnaire, scores, previous, (all_scans, by_sector, by_sector_region), weakest
    )
    by_key = {result.key: result for result in domains}
    weakest_results = [by_key[key] for key in weakest]
    theme_slugs = sorted({slug for result in weakest_results for slug in result.themes})

    overall = overall_score(scores)
    previous_overall = overall_score(previous) if previous is not None else None
    sector_name, region_name, sector_region_name = scope_names(response, sector_region_scope)

    base_url = page.get_url(request) or "/"
    result_url = f"{base_url}{response.token}/"
    return {
        "response": response,
        "questionnaire": questionnaire,
        "domains": domains,
        "overall": overall,
        "overall_text": format_score(overall),
        "overall_level": questionnaire.level(overall),
        "overall_level_label": LEVEL_LABELS.get(questionnaire.level(overall), ""),
        "has_previous": previous is not None,
        "previous_overall_text": format_score(previous_overall),
        "overall_change_text": format_change(change(overall, previous_overall)),
        "previous_completed_at": response.previous.completed_at if previous is not None else None,
        **comparison_context(
            (sector_name, region_name, sector_region_name),
            (all_scans, by_sector, by_sector_region),
            (sector_scope, sector_region_scope),
        ),
        "weakest": weakest_results,
        "theme_slugs": theme_slugs,
        "closed_sessions": DevelopmentSessionPage.of_closed_groups(),
        "chart": build_chart(
            domains,
            show_previous=previous is not None,
            comparisons=[
                chart.all_scans(),
                Comparison(attribute="sector_average", name=sector_name),
                Comparison(attribute="sector_region_average", name=sector_region_name),
            ],
        ),
        "result_url": result_url,
        "share_url": absolute_url(result_url),
        "redo_url": f"{result_url}opnieuw/",
        "low_below": questionnaire.low_below,
        "high_from": questionnaire.high_from,
        "breadcrumb_extra": _("Your result"),
    }


def render_result(request, page, response):
    """The result page of a completed response (views.py adds the private headers)."""
    return page.render(
        request,
        template=TEMPLATE,
        context_overrides=result_context(request, page, response),
    )
