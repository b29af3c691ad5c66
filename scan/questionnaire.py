"""The questionnaire as it was given, and how answers to it are scored.

A `ScanVersion` stores the questionnaire of the scan page as plain data (a snapshot) the first
time it is answered in that form; every response keeps its version. Rewording, adding or
removing a statement or a domain later makes a new version and leaves earlier results as they
were. Domains and statements are identified by their block ids, which survive rewording and
translation, so averages and the progress between two scans follow a domain across versions.

Answers are {statement key: value}: 1 to SCALE_MAX, or NOT_APPLICABLE. A domain's score is the
mean of its applicable answers on a scale of 0 to 100; a domain with no applicable answer has no
score (None) and takes no part in averages, levels or the weakest domains.
"""

from dataclasses import dataclass, field, replace

from django.utils.translation import gettext_lazy as _

SCALE_MAX = 4
NOT_APPLICABLE = 0
ANSWER_CHOICES = [
    (1, _("Not true")),
    (2, _("Partly true")),
    (3, _("Largely true")),
    (4, _("Fully true")),
    (NOT_APPLICABLE, _("Not applicable")),
]
VALID_ANSWERS = frozenset(value for value, _label in ANSWER_CHOICES)

LOW, MIDDLE, HIGH = "low", "middle", "high"
LEVEL_LABELS = {LOW: _("Needs attention"), MIDDLE: _("On its way"), HIGH: _("Strong")}


@dataclass(frozen=True)
class Statement:
    key: str
    text: str


@dataclass(frozen=True)
class Domain:
    key: str
    title: str
    intro: str
    statements: tuple[Statement, ...]
    themes: tuple[str, ...]  # theme slugs, the same in every language
    advice: dict = field(hash=False)  # {LOW|MIDDLE|HIGH: rich text source}

    @property
    def statement_keys(self):
        return [statement.key for statement in self.statements]


@dataclass(frozen=True)
class Questionnaire:
    domains: tuple[Domain, ...]
    low_below: int
    high_from: int

    @classmethod
    def from_data(cls, data):
        return cls(
            domains=tuple(
                Domain(
                    key=domain["key"],
                    title=domain["title"],
                    intro=domain.get("intro", ""),
                    statements=tuple(Statement(**item) for item in domain["statements"]),
                    themes=tuple(domain.get("themes", ())),
                    advice=dict(domain.get("advice", {})),
                )
                for domain in data["domains"]
            ),
            low_below=data["low_below"],
            high_from=data["high_from"],
        )

    def to_data(self):
        return {
            "low_below": self.low_below,
            "high_from": self.high_from,
            "domains": [
                {
                    "key": domain.key,
                    "title": domain.title,
                    "intro": domain.intro,
                    "statements": [
                        {"key": statement.key, "text": statement.text}
                        for statement in domain.statements
                    ],
                    "themes": list(domain.themes),
                    "advice": domain.advice,
                }
                for domain in self.domains
            ],
        }

    @property
    def statement_keys(self):
        return {key for domain in self.domains for key in domain.statement_keys}

    def in_language_of(self, translation):
        """This questionnaire with the texts of `translation` (the questionnaire of another
        language) for every domain and statement it has too. What is asked, how it is scored
        and anything the translation lacks stay as they are."""
        if translation is None:
            return self
        domains = {domain.key: domain for domain in translation.domains}
        texts = {s.key: s for domain in translation.domains for s in domain.statements}

        def translated(domain):
            other = domains.get(domain.key)
            if other is None:
                return domain
            return replace(
                domain,
                title=other.title,
                intro=other.intro,
                advice={**domain.advice, **other.advice},
                statements=tuple(texts.get(s.key, s) for s in domain.statements),
            )

        return replace(self, domains=tuple(translated(domain) for domain in self.domains))

    def domain(self, key):
        return next((domain for domain in self.domains if domain.key == key), None)

    def clean_answers(self, answers):
        """Only the answers this questionnaire can score: known statements, valid values."""
        keys = self.statement_keys
        return {
            key: value
            for key, value in (answers or {}).items()
            if key in keys and type(value) is int and value in VALID_ANSWERS
        }

    def is_complete(self, answers):
        """Every statement has an answer ("not applicable" counts as one)."""
        return self.statement_keys <= self.clean_answers(answers).keys()

    def first_open_step(self, answers):
        """The 1-based number of the first domain with an unanswered statement, or None."""
        answered = self.clean_answers(answers).keys()
        for number, domain in enumerate(self.domains, start=1):
            if not set(domain.statement_keys) <= answered:
                return number
        return None

    def scores(self, answers):
        """{domain key: score 0-100 (one decimal) or None when nothing applied}."""
        answers = self.clean_answers(answers)
        result = {}
        for domain in self.domains:
            values = [
                answers[key]
                for key in domain.statement_keys
                if answers.get(key, NOT_APPLICABLE) != NOT_APPLICABLE
            ]
            if values:
                mean = sum(values) / len(values)
                result[domain.key] = round((mean - 1) / (SCALE_MAX - 1) * 100, 1)
            else:
                result[domain.key] = None
        return result

    def level(self, score):
        if score is None:
            return None
        if score < self.low_below:
            return LOW
        if score >= self.high_from:
            return HIGH
        return MIDDLE


def overall_score(scores):
    """The mean of the domains' scores, None when no domain has one."""
    values = [score for score in scores.values() if score is not None]
    return round(sum(values) / len(values), 1) if values else None


def weakest_domains(questionnaire, scores, count=2):
    """The `count` domains with the lowest scores (in questionnaire order on a tie)."""
    scored = [
        (scores[domain.key], position, domain)
        for position, domain in enumerate(questionnaire.domains)
        if scores.get(domain.key) is not None
    ]
    return [domain for _score, _position, domain in sorted(scored)[:count]]
