"""Question banks: the data files behind ``relkit.quiz("04")``, read and checked, without any widget.

A lesson's bank is two kinds of TOML file under ``relkit/data/quizzes/``:

- ``NN.toml``, the structure, written once for every language: each question's id, its type
  (``choice``, ``number`` or ``category``), its option keys and the right one. A numeric question names
  a formula (a function in :data:`FORMULAS`) and its inputs; the right answer is computed from them, and
  so is every known wrong answer (``mistakes``: a wrong formula, such as customers divided by spend).
- ``NN.<lang>.toml``, the texts of one language: for each question its wording, the text of each option,
  the feedback on each wrong option (naming the misconception it stands for), a hint for a numeric
  answer no known mistake explains, and the explanation shown with the right answer.

Texts may use the question's inputs as ``{placeholders}`` (and ``{answer}``, the right answer); they are
filled with relkit's own number formatting in the learner's language, so the numbers a learner reads are
the numbers the formula uses, in every language.
"""

from __future__ import annotations

import math
import string
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from ..formatting import format_inr, format_number, format_percent
from ..i18n import LANGUAGES

__all__ = [
    "FORMULAS",
    "Bank",
    "Question",
    "QuestionText",
    "available_quizzes",
    "load_bank",
]

KINDS = ("choice", "number", "category")
FORMATS = ("number", "inr", "percent")

FORMULAS: dict[str, Callable[..., float]] = {}
"""Formula name -> function of the question's inputs, for numeric answers and their known mistakes."""


def formula(function: Callable[..., float]) -> Callable[..., float]:
    """Register `function` in :data:`FORMULAS` under its own name."""
    FORMULAS[function.__name__] = function
    return function


# ----------------------------------------------------------------------------------- lesson 01: partners


@formula
def renewal_rate(*, renewed: float, ended: float, running: float) -> float:
    """Renewal rate: contracts renewed over contracts ended; contracts still running are left out.

    >>> renewal_rate(renewed=28, ended=35, running=15)
    0.8
    """
    return renewed / ended


@formula
def renewal_counting_running(*, renewed: float, ended: float, running: float) -> float:
    """Return the wrong answer of dividing by every contract, the running ones too."""
    return renewed / (ended + running)


@formula
def running_as_renewed(*, renewed: float, ended: float, running: float) -> float:
    """Return the wrong answer of counting the running contracts as renewed."""
    return (renewed + running) / (ended + running)


@formula
def non_renewal_rate(*, renewed: float, ended: float, running: float) -> float:
    """Return the wrong answer of giving the share of ended contracts not renewed."""
    return round(1 - renewed / ended, 12)


@formula
def trust_average(*, reliability: float, communication: float, fairness: float) -> float:
    """Return a trust survey's score: the average of its three statements, each scored from 1 to 5.

    >>> trust_average(reliability=4, communication=3, fairness=2)
    3.0
    """
    return (reliability + communication + fairness) / 3


@formula
def trust_total(*, reliability: float, communication: float, fairness: float) -> float:
    """Return the wrong answer of adding the three scores without dividing by their number."""
    return reliability + communication + fairness


@formula
def trust_over_top_score(*, reliability: float, communication: float, fairness: float) -> float:
    """Return the wrong answer of dividing the total by 5, the top of the scale, instead of by 3."""
    return (reliability + communication + fairness) / 5


@formula
def difference(*, larger: float, smaller: float) -> float:
    """Return ``larger - smaller`` (a gap between two groups), rounded as a learner reads it.

    >>> difference(larger=0.78, smaller=0.7)
    0.08
    """
    return round(larger - smaller, 12)


@formula
def complement(*, share: float) -> float:
    """Return the rest of a share: ``1 - share``.

    >>> complement(share=0.4)
    0.6
    """
    return round(1 - share, 12)


# ---------------------------------------------------------------------------- lesson 04: customers, money


@formula
def churn_share(*, buyers: float, returned: float) -> float:
    """Monthly churn: the share of last month's buyers who did not buy this month (1 - retention).

    >>> churn_share(buyers=200, returned=30)
    0.85
    """
    return 1 - returned / buyers


@formula
def retention_share(*, buyers: float, returned: float) -> float:
    """Return the wrong answer of giving retention (who came back) when churn (who did not) is asked."""
    return returned / buyers


@formula
def lost_count(*, buyers: float, returned: float) -> float:
    """Return the wrong answer of giving the number of customers lost instead of their share."""
    return buyers - returned


@formula
def gone_for_good_share(*, earlier: float, ordered_again: float, newcomers: float) -> float:
    """Gone for good: of the customers who had ordered before the 12 months, the share with no order in them.

    >>> gone_for_good_share(earlier=400, ordered_again=92, newcomers=150)
    0.77
    """
    return (earlier - ordered_again) / earlier


@formula
def stayed_share(*, earlier: float, ordered_again: float, newcomers: float) -> float:
    """Return the wrong answer of giving the share who ordered again (who stayed) instead of those gone."""
    return ordered_again / earlier


@formula
def gone_counting_newcomers(*, earlier: float, ordered_again: float, newcomers: float) -> float:
    """Return the wrong answer of counting the customers who first ordered within the 12 months."""
    return (earlier - ordered_again) / (earlier + newcomers)


@formula
def revenue_without_gst(*, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float) -> float:
    """Return the revenue of an active quarter: the amount paid less the GST collected for the government."""
    return amount_inr - gst_inr


@formula
def active_quarter_margin(*, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float) -> float:
    """``m``, the margin of an active quarter: revenue without the GST times the gross margin.

    >>> active_quarter_margin(amount_inr=944, gst_inr=144, gross_margin=0.35, repeat=0.08)
    280.0
    """
    return round((amount_inr - gst_inr) * gross_margin, 9)


@formula
def clv_two_years(*, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float) -> float:
    """Two-year CLV in quarters, ``m * (1 + 7 * r)``, with ``m`` from revenue without GST.

    >>> round(clv_two_years(amount_inr=944, gst_inr=144, gross_margin=0.35, repeat=0.08), 2)
    436.8
    """
    return (amount_inr - gst_inr) * gross_margin * (1 + 7 * repeat)


@formula
def clv_with_gst(*, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float) -> float:
    """Return the wrong answer of leaving the GST in the revenue."""
    return amount_inr * gross_margin * (1 + 7 * repeat)


@formula
def clv_first_quarter_forgotten(
    *, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float
) -> float:
    """Return the wrong answer of counting only the later quarters: ``m * 7 * r``."""
    return (amount_inr - gst_inr) * gross_margin * 7 * repeat


@formula
def clv_from_revenue(*, amount_inr: float, gst_inr: float, gross_margin: float, repeat: float) -> float:
    """Return the wrong answer of taking the revenue for the margin: ``(amount - GST) * (1 + 7r)``."""
    return (amount_inr - gst_inr) * (1 + 7 * repeat)


@formula
def ltv_cac_ratio(*, clv_inr: float, cac_inr: float) -> float:
    """LTV:CAC ``= CLV / CAC``.

    >>> ltv_cac_ratio(clv_inr=450, cac_inr=1800)
    0.25
    """
    return clv_inr / cac_inr


@formula
def cac_ltv_ratio(*, clv_inr: float, cac_inr: float) -> float:
    """Return the wrong answer of turning LTV:CAC upside down: ``CAC / CLV``."""
    return cac_inr / clv_inr


@formula
def payback_quarters(*, cac_inr: float, margin_inr: float, repeat: float) -> float:
    """Payback period in quarters, ``q = 1 + (CAC / m - 1) / r``: all order in quarter 1, a share r later.

    >>> payback_quarters(cac_inr=750, margin_inr=250, repeat=0.1)
    21.0
    """
    return round(1 + (cac_inr / margin_inr - 1) / repeat, 9)


@formula
def payback_every_quarter(*, cac_inr: float, margin_inr: float, repeat: float) -> float:
    """Return the wrong answer of assuming the customer orders in every quarter: ``CAC / m``."""
    return cac_inr / margin_inr


@formula
def payback_first_quarter_forgotten(*, cac_inr: float, margin_inr: float, repeat: float) -> float:
    """Return the wrong answer of forgetting the first quarter, when everyone orders: ``CAC / m / r``."""
    return round(cac_inr / margin_inr / repeat, 9)


@formula
def payback_in_months(*, cac_inr: float, margin_inr: float, repeat: float) -> float:
    """Return the wrong answer of giving the payback period in months (3 a quarter)."""
    return 3 * payback_quarters(cac_inr=cac_inr, margin_inr=margin_inr, repeat=repeat)


@formula
def cost_per_retained(
    *, budget_inr: float, treated: float, treated_share: float, control_share: float
) -> float:
    """Cost per customer retained: budget over the extra buyers the campaign caused (against a holdout).

    >>> cost_per_retained(budget_inr=6000, treated=2000, treated_share=0.12, control_share=0.09)
    100.0
    """
    return budget_inr / retained_customers(
        budget_inr=budget_inr, treated=treated, treated_share=treated_share, control_share=control_share
    )


@formula
def cost_per_contact(
    *, budget_inr: float, treated: float, treated_share: float, control_share: float
) -> float:
    """Return the wrong answer of dividing the budget by every customer contacted."""
    return budget_inr / treated


@formula
def cost_per_buyer(*, budget_inr: float, treated: float, treated_share: float, control_share: float) -> float:
    """Return the wrong answer of crediting the campaign with every contacted customer who ordered."""
    return budget_inr / (treated_share * treated)


@formula
def retained_customers(
    *, budget_inr: float, treated: float, treated_share: float, control_share: float
) -> float:
    """Return the customers the campaign kept: the uplift (treatment minus control share) x treated."""
    return round((treated_share - control_share) * treated, 9)


def _channel_cac(channel: str) -> Callable[..., float]:
    def channel_cac(**inputs: float) -> float:
        return inputs[f"{channel}_inr"] / inputs[f"{channel}_customers"]

    channel_cac.__name__ = f"cac_{channel}"
    channel_cac.__doc__ = f"CAC of the {channel} channel: ``{channel}_inr / {channel}_customers``."
    return channel_cac


for _channel in ("referral", "paid_search", "paid_social"):
    formula(_channel_cac(_channel))


# ---------------------------------------------------------------------------- lesson 06: sales, service


@formula
def stage_conversion(*, new: float, previous: float, reached: float) -> float:
    """Return a stage's conversion: the leads that reached it over those that reached the stage before.

    >>> stage_conversion(new=200, previous=80, reached=30)
    0.375
    """
    return reached / previous


@formula
def conversion_over_new(*, new: float, previous: float, reached: float) -> float:
    """Return the wrong answer of dividing by the new leads instead of by the stage before."""
    return reached / new


@formula
def stage_loss(*, new: float, previous: float, reached: float) -> float:
    """Return the wrong answer of giving the share lost at the stage instead of the share that went on."""
    return round(1 - reached / previous, 12)


@formula
def nps_points(*, promoters: float, passives: float, detractors: float) -> float:
    """NPS in points: % promoters (9-10) minus % detractors (0-6); passives (7-8) count in the total only.

    >>> nps_points(promoters=45, passives=35, detractors=20)
    25.0
    """
    return round(100 * (promoters - detractors) / (promoters + passives + detractors), 9)


@formula
def promoter_points(*, promoters: float, passives: float, detractors: float) -> float:
    """Return the wrong answer of giving the promoters' percentage alone."""
    return round(100 * promoters / (promoters + passives + detractors), 9)


@formula
def nps_passives_as_detractors(*, promoters: float, passives: float, detractors: float) -> float:
    """Return the wrong answer of counting the passives as detractors."""
    return round(100 * (promoters - passives - detractors) / (promoters + passives + detractors), 9)


@formula
def nps_without_passives(*, promoters: float, passives: float, detractors: float) -> float:
    """Return the wrong answer of leaving the passives out of the total."""
    return round(100 * (promoters - detractors) / (promoters + detractors), 9)


@formula
def sla_met_share(*, resolved: float, within: float, open_tickets: float) -> float:
    """SLA met share: tickets resolved within their SLA over tickets resolved; open tickets left out.

    >>> sla_met_share(resolved=40, within=30, open_tickets=10)
    0.75
    """
    return within / resolved


@formula
def sla_over_all_tickets(*, resolved: float, within: float, open_tickets: float) -> float:
    """Return the wrong answer of counting the open tickets in the total."""
    return within / (resolved + open_tickets)


@formula
def sla_missed_share(*, resolved: float, within: float, open_tickets: float) -> float:
    """Return the wrong answer of giving the share of resolved tickets that missed the SLA."""
    return round(1 - within / resolved, 12)


# ------------------------------------------------------------------------------------------------ banks


@dataclass(frozen=True)
class Question:
    """One question's language-independent structure."""

    id: str
    kind: str
    """``"choice"``, ``"number"`` or ``"category"``."""
    options: tuple[str, ...] = ()
    """Option keys, in the bank's order (choice, category); the learner sees them shuffled."""
    answer: str | float | None = None
    """The key of the right option, or the number, computed from `formula` and `inputs`."""
    tolerance: float = 0.0
    """How far a numeric answer may be from the right one and still count."""
    share: bool = False
    """The answer is a share (0.85): a percentage ("85%") is read as one, and the learner is told."""
    inputs: Mapping[str, float] = field(default_factory=dict)
    formats: Mapping[str, str] = field(default_factory=dict)
    """How each input (and ``answer``) is written in the texts: ``number`` (default), ``inr``, ``percent``."""
    formula: str | None = None
    mistakes: Mapping[str, float] = field(default_factory=dict)
    """Numeric questions: key of a known wrong answer -> its value (computed from a formula)."""
    labels: str | None = None
    """Category questions: the column whose relkit labels are also accepted (``"partner_type"``)."""

    @property
    def wrong(self) -> tuple[str, ...]:
        """The keys that need feedback: every wrong option, or every known mistake of a number."""
        if self.kind == "number":
            return tuple(self.mistakes)
        return tuple(key for key in self.options if key != self.answer)


@dataclass(frozen=True)
class QuestionText:
    """One question's texts in one language, placeholders still unfilled."""

    question: str
    explanation: str
    options: Mapping[str, str] = field(default_factory=dict)
    feedback: Mapping[str, str] = field(default_factory=dict)
    hint: str = ""
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Further accepted spellings of a category option in this language."""


@dataclass(frozen=True)
class Bank:
    """A lesson's question bank: the structure, and the texts of each language read on first use."""

    lesson: str
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        """Return the question with this id (a KeyError for an unknown one; the quiz translates it)."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def texts(self, lang: str) -> dict[str, QuestionText]:
        """Return ``{question id: texts}`` in `lang`."""
        return _texts(self.lesson, lang)

    def text(self, question: Question, part: str, lang: str, key: str | None = None) -> str:
        """Return one text of `question` in `lang` with its placeholders filled.

        `part` is ``"question"``, ``"explanation"``, ``"hint"``, ``"options"`` or ``"feedback"`` (the last
        two with the option or mistake `key`).
        """
        texts = self.texts(lang)[question.id]
        raw = getattr(texts, part)
        if key is not None:
            raw = raw[key]
        return fill(raw, question, lang)


def fill(text: str, question: Question, lang: str) -> str:
    """Fill the ``{placeholders}`` of `text` with the question's inputs and answer, written for `lang`.

    Examples
    --------
    >>> q = Question("q", "number", answer=1250.0, inputs={"spend_inr": 50000}, formats={"spend_inr": "inr"})
    >>> fill("{spend_inr} spent; CAC {answer}", q, "en")
    '₹50,000 spent; CAC 1,250'
    """
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    if not names:
        return text
    values = dict(question.inputs)
    if isinstance(question.answer, float | int):
        values["answer"] = question.answer
    return text.format(
        **{name: show(values[name], question.formats.get(name, "number"), lang) for name in names}
    )


def show(value: float, style: str, lang: str) -> str:
    """Write an input or answer of a question as the learner reads it.

    Examples
    --------
    >>> show(50000, "inr", "hi"), show(1153.846, "inr", "en")
    ('₹50,000', '₹1,153.85')
    >>> show(0.12, "percent", "bn"), show(0.75, "number", "en")
    ('12%', '0.75')
    """
    whole = float(value).is_integer()
    if style == "inr":
        return format_inr(value, decimals=0 if whole else 2, lang=lang)
    if style == "percent":
        return format_percent(value, decimals=0 if float(value * 100).is_integer() else 1, lang=lang)
    return format_number(round(value, 3) if not whole else int(value), lang=lang)


def _folder():
    return files("relkit") / "data" / "quizzes"


def _read(name: str) -> dict:
    with (_folder() / name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def available_quizzes() -> tuple[str, ...]:
    """Return the lesson ids that have a quiz, sorted.

    Examples
    --------
    >>> available_quizzes()[:2]  # every lesson with a bank, in order
    ('01', '04')
    """
    names = (entry.name for entry in _folder().iterdir())
    return tuple(
        sorted(
            name.removesuffix(".toml") for name in names if name.count(".") == 1 and name.endswith(".toml")
        )
    )


def _renamed(inputs: Mapping[str, float], names: Mapping[str, str]) -> dict[str, float]:
    """Pass input `names[argument]` as `argument`: ``["complement", {share = "otif"}]``."""
    return {argument: inputs[name] for argument, name in names.items()}


def _question(raw: dict) -> Question:
    # The banks are checked by tests/practice/test_banks.py (kinds, formats, no typed numeric answer), so
    # reading stays quick; a numeric question's answer is always computed, even if one were typed.
    kind = raw["type"]
    inputs = {name: float(value) for name, value in raw.get("inputs", {}).items()}
    given = dict(inputs)
    for name, spec in raw.get("derived", {}).items():
        function, arguments = (spec, given) if isinstance(spec, str) else (spec[0], _renamed(given, spec[1]))
        inputs[name] = float(FORMULAS[function](**arguments))
    formats = dict(raw.get("formats", {}))
    answer: str | float | None = raw.get("answer")
    mistakes: dict[str, float] = {}
    if kind == "number":
        answer = float(FORMULAS[raw["formula"]](**given))
        mistakes = {key: float(FORMULAS[name](**given)) for key, name in raw.get("mistakes", {}).items()}
    return Question(
        id=raw["id"],
        kind=kind,
        options=tuple(raw.get("options", ())),
        answer=answer,
        tolerance=float(raw.get("tolerance", 0.0)),
        share=bool(raw.get("share", False)),
        inputs=inputs,
        formats=formats,
        formula=raw.get("formula"),
        mistakes=mistakes,
        labels=raw.get("labels"),
    )


@cache
def load_bank(lesson: str) -> Bank:
    """Read lesson `lesson`'s structure file (``relkit/data/quizzes/<lesson>.toml``).

    Examples
    --------
    >>> bank = load_bank("04")
    >>> bank.question("q8").answer  # 1 + (₹750 / ₹250 - 1) / 0.1 quarters
    21.0
    """
    raw = _read(f"{lesson}.toml")
    return Bank(lesson=lesson, questions=tuple(_question(entry) for entry in raw["questions"]))


@cache
def _texts(lesson: str, lang: str) -> dict[str, QuestionText]:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    raw = _read(f"{lesson}.{lang}.toml")
    return {
        question_id: QuestionText(
            question=entry["question"],
            explanation=entry["explanation"],
            options=dict(entry.get("options", {})),
            feedback=dict(entry.get("feedback", {})),
            hint=entry.get("hint", ""),
            spellings={key: tuple(values) for key, values in entry.get("spellings", {}).items()},
        )
        for question_id, entry in raw.items()
    }


def near(value: float, target: float, tolerance: float | None = None) -> bool:
    """Whether `value` is within `tolerance` of `target`; without one, within 1% of it (a rounded answer).

    The right answer has its own tolerance; a known mistake is recognised within 1% of its value, since
    mistakes differ in size (a share of 0.0006 beside an answer of 600).

    >>> near(1153.8, 1153.846, 0.5), near(0.06, 0.0006), near(0.0006, 0.0006), near(0.88, 0.88235)
    (True, False, True, True)
    """
    if tolerance is not None:
        return abs(value - target) <= tolerance
    return math.isclose(value, target, rel_tol=0.01, abs_tol=1e-12)
