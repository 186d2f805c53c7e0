"""Lesson 04 exercises: retention versus acquisition (churn, cohorts, CLV by channel, holdouts, a decision).

Every expected answer is computed with relkit's own metrics and pandas, the way the lesson computes it, on
the world the learner loaded (:func:`.registry.default_world`), once per world.
"""

from __future__ import annotations

import pandas as pd

from .feedback import Feedback, judge_decision, judge_frame, judge_number
from .registry import default_world, exercise, per_world

__all__: list[str] = []

COHORT_COLUMNS = (0, 1, 2, 3)
GONE_AS_OF = "2024-06-30"
"""Exercise 04.1: the day on which 'gone for good' (no order in the 12 months before) is measured."""
KEPT_OUTCOMES = ("delivered", "in_transit")
"""Orders that earn their margin: a returned order or one sent back undelivered (RTO) earns none."""
QUARTERS = 8
"""The lesson's CLV horizon: two years, counted in quarters, the first one included."""
BREAK_EVEN_CHANNEL = "marketplace"
RESPONSE_DAYS = 32
"""A customer 'ordered' after a campaign when the order came from its start to 32 days after."""
CAMPAIGN_CHANNEL = "whatsapp"
DECISION_OPTIONS = ("a", "b", "c", "d")
DECISION_RIGHT = "c"


def gone_for_good(orders: pd.DataFrame, as_of: str) -> float:
    """Return the share of customers who had ordered by a year before `as_of` and not since.

    A customer counts when their first order is on or before ``as_of`` minus 12 months; they are gone
    for good (by the 12-month rule) when none of their orders falls in the 12 months up to `as_of`.

    >>> orders = pd.DataFrame({"customer_id": [1, 1, 2, 3], "order_date": pd.to_datetime(
    ...     ["2023-01-05", "2024-02-01", "2023-03-01", "2024-05-01"])})
    >>> gone_for_good(orders, "2024-06-30")  # customers 1 and 2 count; 2 has not ordered since
    0.5
    """
    end = pd.Timestamp(as_of)
    start = end - pd.DateOffset(years=1)
    first = orders.groupby("customer_id")["order_date"].min()
    base = first.index[first <= start]
    recent = orders.loc[(orders["order_date"] > start) & (orders["order_date"] <= end), "customer_id"]
    return float(1 - pd.Index(base).isin(recent.unique()).mean())


@exercise(
    "04.1",
    solution=(
        'first_order = world.orders.groupby("customer_id")["order_date"].min()\n'
        'base = first_order[first_order <= "2023-06-30"].index\n'
        'dates = world.orders["order_date"]\n'
        'recent = world.orders[(dates > "2023-06-30") & (dates <= "2024-06-30")]\n'
        'answer = 1 - base.isin(recent["customer_id"]).mean()'
    ),
)
def gone_by_june(answer: object) -> Feedback:
    """Judge the share of customers gone for good on 30 June 2024 (no order for 12 months), within 0.005.

    Recognised mistakes: the share who did order (``1 - gone``), the lesson's own date (31 December
    2024), and the monthly churn of June 2024.
    """
    from ..crm import churn_rate

    orders = default_world().orders
    gone = gone_for_good(orders, GONE_AS_OF)
    candidates = [
        (1 - gone, "ex.04.1.stayed"),
        (gone_for_good(orders, "2024-12-31"), "ex.04.1.lesson_date"),
        (churn_rate(orders, period_start="2024-06-01", period_end="2024-06-30"), "ex.04.1.monthly"),
    ]
    return judge_number(
        answer,
        exercise_id="04.1",
        expected=gone,
        abs_tol=0.005,
        share=True,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - gone) > 0.01],
    )


@exercise("04.2", solution="answer = relkit.cohort_retention(world.orders)")
def cohort_table(answer: object) -> Feedback:
    """Judge the cohort retention table of the judged world, compared on columns 0-3 within 0.005."""
    return judge_frame(
        answer,
        exercise_id="04.2",
        expected=_cohorts(),
        columns=COHORT_COLUMNS,
        abs_tol=0.005,
    )


@per_world
def _cohorts():
    from ..crm import cohort_retention

    return cohort_retention(default_world().orders)


def repeat_share(table: pd.DataFrame) -> float:
    """Return the share of (customer, later period) pairs with an order, from a cohort retention table.

    Each cell after column 0 is weighted by its cohort's size; cells a cohort has not lived yet (NaN)
    do not count.

    >>> table = pd.DataFrame({0: [1.0, 1.0], 1: [0.10, 0.20], 2: [0.05, None]})
    >>> table.attrs["cohort_size"] = {"A": 100, "B": 50}
    >>> round(repeat_share(table), 4)  # (10 + 5 + 10) / (100 + 100 + 50)
    0.1
    """
    size = pd.Series(table.attrs["cohort_size"]).to_numpy()
    later = table.drop(columns=0)
    ordered = later.mul(size, axis=0).sum().sum()
    could_have = later.notna().mul(size, axis=0).sum().sum()
    return float(ordered / could_have)


@per_world
def channel_values() -> pd.DataFrame:
    """Return the lesson's table of CLV by acquisition channel, computed as the lesson computes it."""
    from ..crm import cac_by_channel, cohort_retention

    world = default_world()
    orders = world.orders.merge(world.customers[["customer_id", "acquisition_channel"]], on="customer_id")
    orders["quarter"] = orders["order_date"].dt.to_period("Q")
    kept = orders[orders["outcome"].isin(KEPT_OUTCOMES)]
    by = "acquisition_channel"
    channels = pd.DataFrame(
        {
            "active_quarters": orders.drop_duplicates(["customer_id", "quarter"])
            .groupby(by, observed=True)
            .size(),
            "revenue_inr": (kept["amount_inr"] - kept["gst_inr"]).groupby(kept[by], observed=True).sum(),
            "margin_inr": kept.groupby(by, observed=True)["margin_inr"].sum(),
        }
    )
    channels["gross_margin"] = channels["margin_inr"] / channels["revenue_inr"]
    channels["m"] = channels["revenue_inr"] / channels["active_quarters"] * channels["gross_margin"]
    channels["r"] = [
        repeat_share(cohort_retention(orders[orders[by] == channel], period="Q"))
        for channel in channels.index
    ]
    channels["cac_inr"] = cac_by_channel(world.customers)["cac_inr"]
    channels["clv_inr"] = channels["m"] * (1 + (QUARTERS - 1) * channels["r"])
    channels["ltv_cac"] = channels["clv_inr"] / channels["cac_inr"]
    return channels


SOLUTION_04_3 = """customer_channel = world.customers[["customer_id", "acquisition_channel"]]
with_channel = world.orders.merge(customer_channel, on="customer_id")
market = with_channel[with_channel["acquisition_channel"] == "marketplace"]
market = market.assign(quarter=market["order_date"].dt.to_period("Q"))
kept_market = market[market["outcome"].isin(["delivered", "in_transit"])]
quarters_active = len(market.drop_duplicates(["customer_id", "quarter"]))
m_market = kept_market["margin_inr"].sum() / quarters_active
cac_market = relkit.cac_by_channel(world.customers).loc["marketplace", "cac_inr"]
answer = (cac_market / m_market - 1) / 7"""


@exercise("04.3", solution=SOLUTION_04_3)
def break_even_repeat_share(answer: object) -> Feedback:
    """Judge the repeat share at which a marketplace customer's 2-year CLV equals the CAC, within 0.005.

    Solving ``m * (1 + 7 * r) = CAC`` gives ``r = (CAC / m - 1) / 7``. Recognised mistakes: forgetting
    the first quarter (``CAC / m / 7``), dividing by 8 quarters, and the measured repeat share.
    """
    row = channel_values().loc[BREAK_EVEN_CHANNEL]
    ratio = row["cac_inr"] / row["m"]
    expected = (ratio - 1) / (QUARTERS - 1)
    candidates = [
        (ratio / (QUARTERS - 1), "ex.04.3.first_quarter"),
        ((ratio - 1) / QUARTERS, "ex.04.3.eight"),
        (row["r"], "ex.04.3.measured"),
    ]
    return judge_number(
        answer,
        exercise_id="04.3",
        expected=expected,
        abs_tol=0.005,
        share=True,
        mistakes=[(value, msgid) for value, msgid in candidates if abs(value - expected) > 0.01],
    )


def campaign_response(world=None) -> pd.DataFrame:
    """Return the retention campaigns' members with ``ordered``: an order from the start to 32 days after."""
    world = default_world() if world is None else world
    campaigns = world.campaigns[world.campaigns["purpose"] == "retention"]
    members = world.campaign_members.merge(campaigns[["campaign_id", "start_date"]], on="campaign_id")
    bought = members.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
    days = (bought["order_date"] - bought["start_date"]).dt.days
    buyers = bought.loc[
        (days >= 0) & (days <= RESPONSE_DAYS), ["campaign_id", "customer_id"]
    ].drop_duplicates()
    members = members.merge(buyers, on=["campaign_id", "customer_id"], how="left", indicator="ordered")
    members["ordered"] = members["ordered"] == "both"
    return members


def retained_customers(members: pd.DataFrame) -> float:
    """Return the customers a set of campaigns retained: per campaign (treatment − control share) × contacts.

    >>> members = pd.DataFrame({"campaign_id": [1, 1, 1, 1, 1], "ordered": [True, True, False, False, False],
    ...     "group": ["treatment", "treatment", "treatment", "treatment", "control"]})
    >>> retained_customers(members)  # (2/4 - 0/1) * 4
    2.0
    """
    shares = members.pivot_table(
        index="campaign_id", columns="group", values="ordered", aggfunc="mean", observed=True
    )
    contacts = members[members["group"] == "treatment"].groupby("campaign_id").size()
    return float(((shares["treatment"] - shares["control"]) * contacts).sum())


@per_world
def _whatsapp_costs() -> tuple[float, float, float]:
    """Return WhatsApp's cost per retained customer and per contact, and all campaigns' cost per retained."""
    world = default_world()
    campaigns = world.campaigns[world.campaigns["purpose"] == "retention"]
    members = campaign_response(world)
    chosen = campaigns.loc[campaigns["channel"] == CAMPAIGN_CHANNEL, "campaign_id"]
    subset = members[members["campaign_id"].isin(chosen)]
    budget = campaigns.loc[campaigns["campaign_id"].isin(chosen), "budget_inr"].sum()
    contacts = (subset["group"] == "treatment").sum()
    everyone = campaigns["budget_inr"].sum() / retained_customers(members)
    return budget / retained_customers(subset), budget / contacts, everyone


SOLUTION_04_4 = """def campaign_outcomes(campaigns, days=32):
    members = world.campaign_members.merge(campaigns[["campaign_id", "start_date"]], on="campaign_id")
    bought = members.merge(world.orders[["customer_id", "order_date"]], on="customer_id")
    after = (bought["order_date"] - bought["start_date"]).dt.days
    buyers = bought.loc[(after >= 0) & (after <= days), ["campaign_id", "customer_id"]].drop_duplicates()
    members = members.merge(buyers, on=["campaign_id", "customer_id"], how="left", indicator="ordered")
    members["ordered"] = members["ordered"] == "both"
    return members


def retained_customers(members):
    shares = members.pivot_table(
        index="campaign_id", columns="group", values="ordered", aggfunc="mean", observed=True
    )
    contacts = members[members["group"] == "treatment"].groupby("campaign_id").size()
    return ((shares["treatment"] - shares["control"]) * contacts).sum()


campaigns = world.campaigns
whatsapp = campaigns[(campaigns["purpose"] == "retention") & (campaigns["channel"] == "whatsapp")]
answer = whatsapp["budget_inr"].sum() / retained_customers(campaign_outcomes(whatsapp))"""


@exercise("04.4", solution=SOLUTION_04_4)
def whatsapp_cost_per_retained(answer: object) -> Feedback:
    """Judge the cost per customer retained of the WhatsApp retention campaigns alone (INR), within 2 %.

    Recognised mistakes: WhatsApp's cost per contact, and the cost per retained customer of all the
    retention campaigns together.
    """
    expected, per_contact, everyone = _whatsapp_costs()
    return judge_number(
        answer,
        exercise_id="04.4",
        expected=expected,
        rel_tol=0.02,
        mistakes=[(per_contact, "ex.04.4.per_contact"), (everyone, "ex.04.4.all_campaigns")],
    )


@exercise("04.5", solution='answer = "c"', kind="decide")
def stop_paying_for(answer: object) -> Feedback:
    """Judge the founder's decision: which acquisition channel's money to move to retention messages.

    (a) referral, for winning the fewest customers; (b) paid social, because a message costs far less
    than a customer (the cost per contact); (c) paid social, because its customers bring back about a
    quarter of their CAC in two years while a retained customer, measured against the control groups,
    costs a small part of it (right); (d) none: paid social wins the most customers.
    """
    return judge_decision(
        answer,
        exercise_id="04.5",
        expected=DECISION_RIGHT,
        feedback={letter: f"ex.04.5.{letter}" for letter in DECISION_OPTIONS},
    )
