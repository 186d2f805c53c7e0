"""Lesson 06 exercises: sales and service (the lead funnel, festive sales, the SLA, NPS, two decisions).

Every expected answer is computed at check time from :func:`default_world`, with relkit's own metrics and
pandas, the way the lesson computes it; nothing is kept between checks, so a check always judges against
the world the checks are given.
"""

from __future__ import annotations

import pandas as pd

from ..errors import RelkitValueError
from .feedback import Feedback, judge_decision, judge_number
from .registry import default_world, exercise

__all__: list[str] = []

SOURCE = "trade_fair"
"""Exercise 06.1: the lead source whose qualified-to-won conversion is asked."""
FESTIVE_SEASONS = (("2023-10-13", "2023-11-15"), ("2024-10-02", "2024-11-04"))
"""The festive seasons of the world (datasets/README.md): 30 days before Diwali to 3 days after."""
FESTIVE_YEAR = 2024
FESTIVE_CATEGORY = "groceries"
TICKET_CATEGORY = "refund"
NPS_LANGUAGE = "hi"
DECISION_OPTIONS = ("a", "b", "c", "d")
STAGE_RIGHT = "b"
SERVICE_RIGHT = "c"


def qualified_to_won(leads: pd.DataFrame) -> float:
    """Return won leads over leads that reached "qualified" (or further), by :func:`relkit.funnel`.

    >>> leads = pd.DataFrame({"stage": ["won", "lost", "lost", "qualified"],
    ...                       "lost_at_stage": [None, "proposal", "new", None]})
    >>> qualified_to_won(leads)  # 1 won of the 3 that reached qualified
    0.3333333333333333
    """
    from ..crm import funnel

    reached = funnel(leads).set_index("stage")["reached"]
    return float(reached["won"] / reached["qualified"])


@exercise(
    "06.1",
    solution=(
        'fair = relkit.funnel(world.leads[world.leads["source"] == "trade_fair"]).set_index("stage")\n'
        'answer = fair.loc["won", "reached"] / fair.loc["qualified", "reached"]'
    ),
)
def trade_fair_qualified_to_won(answer: object) -> Feedback:
    """Judge the share of trade-fair leads that reached "qualified" and went on to be won, within 0.005.

    Recognised mistakes: the source's win rate (won / new), the last stage's conversion (won / proposal),
    the conversion qualified to proposal, and every source's qualified-to-won share together.
    """
    from ..crm import funnel

    leads = default_world().leads
    table = funnel(leads[leads["source"] == SOURCE]).set_index("stage")
    reached = table["reached"].astype(float)
    if reached["qualified"] == 0:  # a small world may have no qualified trade-fair lead: no answer exists
        raise RelkitValueError("err.empty_frame", name=f"leads[leads['source'] == '{SOURCE}']")
    expected = reached["won"] / reached["qualified"]
    candidates = [
        (reached["won"] / reached["new"], "ex.06.1.win_rate"),
        (reached["proposal"] / reached["qualified"], "ex.06.1.next_stage"),
        (qualified_to_won(leads), "ex.06.1.all_sources"),
    ]
    if reached["proposal"] > 0:  # reached["qualified"] > 0 already, so "new" > 0 too
        candidates.append((reached["won"] / reached["proposal"], "ex.06.1.last_stage"))
    return judge_number(
        answer,
        exercise_id="06.1",
        expected=expected,
        abs_tol=0.005,
        share=True,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - expected) > 0.01],
    )


@exercise("06.2", solution='answer = "b"', kind="decide")
def which_stage_to_improve(answer: object) -> Feedback:
    """Judge which stage gains most won deals from 5 more points of conversion.

    Won deals = new leads x the product of the stage conversions, so 5 more points at a stage whose
    conversion is ``c`` multiply the won deals by ``(c + 0.05) / c``: most where ``c`` is lowest.
    (a) the first stage, for touching the most leads; (b) the stage with the lowest conversion (right);
    (c) the last stage, for being closest to the money; (d) no difference, 5 points being 5 points.
    """
    return judge_decision(
        answer,
        exercise_id="06.2",
        expected=STAGE_RIGHT,
        feedback={letter: f"ex.06.2.{letter}" for letter in DECISION_OPTIONS},
    )


def festive_share(orders: pd.DataFrame, *, year: int | None = None, category: str | None = None) -> float:
    """Return the share of the order value (``amount_inr``) that fell in the festive season.

    Optionally only one calendar year, and only one category.

    >>> orders = pd.DataFrame({"order_date": pd.to_datetime(["2024-10-05", "2024-06-01", "2023-10-20"]),
    ...                        "amount_inr": [300.0, 700.0, 500.0], "category": ["home"] * 3})
    >>> festive_share(orders, year=2024)  # 300 of 2024's 1,000
    0.3
    """
    rows = orders
    if year is not None:
        rows = rows[rows["order_date"].dt.year == year]
    if category is not None:
        rows = rows[rows["category"] == category]
    festive = pd.Series(False, index=rows.index)
    for start, end in FESTIVE_SEASONS:
        festive |= rows["order_date"].between(start, end)
    if rows.empty:
        raise RelkitValueError("err.empty_frame", name="orders")
    return float(rows.loc[festive, "amount_inr"].sum() / rows["amount_inr"].sum())


@exercise(
    "06.3",
    solution=(
        "orders = world.orders\n"
        'groceries = orders[(orders["category"] == "groceries") & (orders["order_date"].dt.year == 2024)]\n'
        'festive = groceries["order_date"].between("2024-10-02", "2024-11-04")\n'
        'answer = groceries.loc[festive, "amount_inr"].sum() / groceries["amount_inr"].sum()'
    ),
)
def festive_groceries(answer: object) -> Feedback:
    """Judge the share of 2024's groceries sales that fell in the 2024 festive season, within 0.005.

    Recognised mistakes: both years together, the 2023 season, and every category of 2024 together.
    """
    orders = default_world().orders
    expected = festive_share(orders, year=FESTIVE_YEAR, category=FESTIVE_CATEGORY)
    candidates = [
        (festive_share(orders, category=FESTIVE_CATEGORY), "ex.06.3.both_years"),
        (festive_share(orders, year=FESTIVE_YEAR - 1, category=FESTIVE_CATEGORY), "ex.06.3.other_year"),
        (festive_share(orders, year=FESTIVE_YEAR), "ex.06.3.all_categories"),
    ]
    return judge_number(
        answer,
        exercise_id="06.3",
        expected=expected,
        abs_tol=0.005,
        share=True,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - expected) > 0.01],
    )


@exercise(
    "06.4",
    solution=(
        'refund = world.tickets[world.tickets["category"] == "refund"]\n'
        'answer = relkit.service_levels(refund)["sla_compliance"]'
    ),
)
def refund_sla(answer: object) -> Feedback:
    """Judge the share of refund tickets resolved within their SLA, within 0.005.

    Recognised mistakes: every ticket's SLA share, the share missed, and the refund tickets' CSAT.
    """
    from ..crm import service_levels

    tickets = default_world().tickets
    refund = service_levels(tickets[tickets["category"] == TICKET_CATEGORY])
    expected = refund["sla_compliance"]
    candidates = [
        (service_levels(tickets)["sla_compliance"], "ex.06.4.all_tickets"),
        (1 - expected, "ex.06.4.missed"),
        (refund["csat"], "ex.06.4.csat"),
    ]
    return judge_number(
        answer,
        exercise_id="06.4",
        expected=expected,
        abs_tol=0.005,
        share=True,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - expected) > 0.01],
    )


@exercise(
    "06.5",
    solution=(
        'answers = world.nps_responses.merge(world.customers[["customer_id", "preferred_language"]], '
        'on="customer_id")\n'
        'answer = relkit.nps(answers[answers["preferred_language"] == "hi"])'
    ),
)
def hindi_nps(answer: object) -> Feedback:
    """Judge the NPS of the answers of customers whose preferred language is Hindi, within 0.5 points.

    Recognised mistakes: the NPS of all answers, the share of promoters alone (in points), and the NPS
    written as a share (divided by 100).
    """
    from ..crm import nps

    world = default_world()
    languages = world.customers[["customer_id", "preferred_language"]]
    answers = world.nps_responses.merge(languages, on="customer_id")
    chosen = answers[answers["preferred_language"] == NPS_LANGUAGE]
    expected = nps(chosen)
    candidates = [
        (nps(world.nps_responses), "ex.06.5.everyone"),
        (100 * float((chosen["score"] >= 9).mean()), "ex.06.5.promoters"),
        (expected / 100, "ex.06.5.share"),
    ]
    return judge_number(
        answer,
        exercise_id="06.5",
        expected=expected,
        abs_tol=0.5,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - expected) > 1.0],
    )


@exercise("06.6", solution='answer = "c"', kind="decide")
def service_claim(answer: object) -> Feedback:
    """Judge the reading of "customers whose tickets we solve within the SLA buy more".

    (a) take it as proof that fast service causes repeat buying; (b) take a gap within chance as proof
    that service does not matter; (c) the repeat-purchase gap is small, within chance and observational,
    while CSAT and NPS show clearly what slow service costs: fund it for that, and measure the repeat
    effect properly (right); (d) an NPS inside the usual range is taken to mean nothing needs fixing.
    """
    return judge_decision(
        answer,
        exercise_id="06.6",
        expected=SERVICE_RIGHT,
        feedback={letter: f"ex.06.6.{letter}" for letter in DECISION_OPTIONS},
    )
