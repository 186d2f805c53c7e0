"""Lesson 04 exercises: retention versus acquisition (CLV, CAC by channel, cohorts, churn).

Every expected answer is computed with relkit's own metrics on :func:`relkit.load_world`, then kept.
"""

from __future__ import annotations

from functools import cache

from .feedback import Feedback, choice_spellings, judge_choice, judge_frame, judge_number
from .registry import default_world, exercise

__all__: list[str] = []

CLV_MARGIN, CLV_RETENTION, CLV_DISCOUNT = 600, 0.8, 0.01
COHORT_COLUMNS = (0, 1, 2, 3)
CHURN_PERIOD = ("2024-03-01", "2024-03-31")


@exercise(
    "04.1",
    solution='answer = relkit.churn_rate(world.orders, period_start="2024-03-01", period_end="2024-03-31")',
)
def march_churn(answer: object) -> Feedback:
    """Judge monthly churn for March 2024, within 0.005.

    Expected: ``churn_rate(orders, period_start="2024-03-01", period_end="2024-03-31")``. A percentage
    and the retention rate (``1 - churn``) are recognised.
    """
    churn = _churn()
    return judge_number(
        answer,
        exercise_id="04.1",
        expected=churn,
        abs_tol=0.005,
        share=True,
        mistakes=[(1 - churn, "ex.04.1.retention")] if abs(1 - 2 * churn) > 0.01 else [],
    )


@exercise("04.2", solution="answer = relkit.cohort_retention(world.orders)")
def cohort_table(answer: object) -> Feedback:
    """Judge the cohort retention table of the default world, compared on columns 0-3 within 0.005."""
    return judge_frame(
        answer,
        exercise_id="04.2",
        expected=_cohorts(),
        columns=COHORT_COLUMNS,
        abs_tol=0.005,
    )


@cache
def _churn() -> float:
    from ..crm import churn_rate

    start, end = CHURN_PERIOD
    return churn_rate(default_world().orders, period_start=start, period_end=end)


@exercise(
    "04.3",
    solution=('cac = relkit.cac_by_channel(world.customers)\nanswer = cac["cac_inr"].idxmax()'),
)
def costliest_channel(answer: object) -> Feedback:
    """Judge the acquisition channel with the highest average CAC, from :func:`relkit.cac_by_channel`."""
    table = _cac_table()
    highest, lowest = str(table["cac_inr"].idxmax()), str(table["cac_inr"].idxmin())
    return judge_choice(
        answer,
        exercise_id="04.3",
        expected=highest,
        options=choice_spellings("acquisition_channel", [str(key) for key in sorted(table.index)]),
        mistakes={lowest: "ex.04.3.lowest"} if lowest != highest else {},
    )


@cache
def _cohorts():
    from ..crm import cohort_retention

    return cohort_retention(default_world().orders)


@exercise("04.4", solution="answer = relkit.clv_simple(600, 0.8, 0.01)")
def clv(answer: object) -> Feedback:
    """Judge CLV for margin ₹600, retention 0.8, discount 0.01: ``600 * 0.8 / (1 + 0.01 - 0.8)``, within 1 %.

    Recognised mistakes: leaving out the discount, ``m * r / (1 - r)`` (2400), and ``m / (1 - r)`` (3000).
    """
    from ..crm import clv_simple

    m, r, d = CLV_MARGIN, CLV_RETENTION, CLV_DISCOUNT
    return judge_number(
        answer,
        exercise_id="04.4",
        expected=clv_simple(m, r, d),
        rel_tol=0.01,
        mistakes=[(clv_simple(m, r, 0.0), "ex.04.4.no_discount"), (m / (1 - r), "ex.04.4.no_retention")],
    )


@cache
def _cac_table():
    from ..crm import cac_by_channel

    return cac_by_channel(default_world().customers)
