"""Lesson 01 exercises: customers and partners, and one BRM analysis (contract renewals and disputes).

Every expected answer is computed from the world the learner loaded (:func:`.registry.default_world`) when
it is needed, once per world.
"""

from __future__ import annotations

import pandas as pd

from .feedback import Feedback, judge_decision, judge_number
from .registry import default_world, exercise, per_world

__all__: list[str] = []

FESTIVE_2024 = ("2024-10-01", "2024-11-30")
"""The festive season of exercise 01.1: October and November 2024 (Navratri and Durga Puja to Diwali)."""


def _joined_between(first: str, last: str) -> int:
    """How many customers of the judged world signed up from `first` to `last`, both days included."""
    signup = default_world().customers["signup_date"]
    return int(((signup >= pd.Timestamp(first)) & (signup <= pd.Timestamp(last))).sum())


@exercise(
    "01.1",
    solution=(
        'signup = world.customers["signup_date"]\n'
        'answer = ((signup >= "2024-10-01") & (signup <= "2024-11-30")).sum()'
    ),
)
def festive_signups(answer: object) -> Feedback:
    """Judge how many customers joined in the 2024 festive season (1 October to 30 November 2024), exact.

    Recognised mistakes: the same months of 2023, the whole of 2024, October only, and every customer.
    """
    world = default_world()
    expected = _joined_between(*FESTIVE_2024)
    mistakes = [
        (_joined_between("2023-10-01", "2023-11-30"), "ex.01.1.last_year"),
        (_joined_between("2024-01-01", "2024-12-31"), "ex.01.1.whole_year"),
        (_joined_between("2024-10-01", "2024-10-31"), "ex.01.1.october"),
        (len(world.customers), "ex.01.1.everyone"),
    ]
    return judge_number(
        answer,
        exercise_id="01.1",
        expected=expected,
        mistakes=[(value, msgid) for value, msgid in mistakes if value != expected],
    )


SELL_SIDE = ("distributor", "reseller")
"""The partner types that buy from the shop (exercise 01.2)."""


@exercise("01.2", solution='answer = world.partners["partner_type"].isin(["distributor", "reseller"]).sum()')
def sell_side_partner_count(answer: object) -> Feedback:
    """Judge how many partners buy from the shop: distributors plus resellers in ``partners``, exact.

    Recognised mistakes: only one of the two types, the partners the shop buys from (suppliers and
    vendors), and every partner.
    """
    types = default_world().partners["partner_type"]
    counts = types.value_counts()
    expected = int(types.isin(SELL_SIDE).sum())
    mistakes = [(int(counts.get(kind, 0)), "ex.01.2.one_type") for kind in SELL_SIDE]
    mistakes += [(len(types) - expected, "ex.01.2.buy_side"), (len(types), "ex.01.2.all_partners")]
    return judge_number(
        answer,
        exercise_id="01.2",
        expected=expected,
        mistakes=[(value, msgid) for value, msgid in mistakes if value != expected],
    )


@per_world
def _orders_per_customer() -> pd.Series:
    """Return the number of orders of each customer who ordered at least once."""
    return default_world().orders["customer_id"].value_counts()


@exercise(
    "01.3",
    solution=(
        'joined_2023 = world.customers[world.customers["signup_date"].dt.year == 2023]\n'
        'orders_per_customer = world.orders["customer_id"].value_counts()\n'
        'answer = (joined_2023["customer_id"].map(orders_per_customer) > 1).mean()'
    ),
)
def repeat_share_2023(answer: object) -> Feedback:
    """Judge the share of the customers who joined in 2023 who placed more than one order, within 0.01.

    ``share = 2023 signups with 2 or more orders / 2023 signups``; a 2023 signup who never ordered
    counts in the denominator. Recognised mistakes: the share over all customers, the share with at
    least one order, and the share among the 2023 signups who ordered (when it differs).
    """
    world = default_world()
    per_customer = _orders_per_customer()
    joined = world.customers.loc[world.customers["signup_date"].dt.year == 2023, "customer_id"]
    counts = per_customer.reindex(joined, fill_value=0)
    expected = float((counts > 1).mean())
    mistakes = [
        (float((per_customer > 1).sum() / len(world.customers)), "ex.01.3.all_customers"),
        (float((counts >= 1).mean()), "ex.01.3.at_least_once"),
    ]
    if (counts == 0).any():
        mistakes.append((float((counts[counts > 0] > 1).mean()), "ex.01.3.buyers_only"))
    return judge_number(
        answer,
        exercise_id="01.3",
        expected=expected,
        abs_tol=0.01,
        share=True,
        mistakes=[(value, msgid) for value, msgid in mistakes if abs(value - expected) > 0.01],
    )


@exercise("01.4", solution='answer = "b"', kind="decide")
def renewals_and_disputes(answer: object) -> Feedback:
    """Judge what the renewal rates of contracts with and without disputes allow one to conclude.

    (a) disputes cause non-renewal; (b) right: the gap is smaller than chance alone often makes with
    groups of this size, so it neither proves nor rules out an effect, while trust shows a clear link;
    (c) disputes do not matter; (d) drop every partner that had a dispute.
    """
    return judge_decision(
        answer,
        exercise_id="01.4",
        expected="b",
        feedback={letter: f"ex.01.4.{letter}" for letter in "abcd"},
    )


@exercise("01.5", solution='answer = "c"', kind="decide")
def patna_renewal(answer: object) -> Feedback:
    """Judge the decision of the lesson's case: the Patna kirana reseller that paid late twice.

    (a) end the contract; (b) renew unchanged; (c) right: settle payments with the owner first and
    watch the next trust survey; (d) raise its credit limit.
    """
    return judge_decision(
        answer,
        exercise_id="01.5",
        expected="c",
        feedback={letter: f"ex.01.5.{letter}" for letter in "abcd"},
    )
