"""Lesson 01 exercises: a first tour of the simulated world (customers, partners, orders).

Every expected answer is computed from :func:`relkit.load_world` the first time it is needed, then kept.
"""

from __future__ import annotations

from functools import cache

from .feedback import Feedback, judge_number
from .registry import default_world, exercise

__all__: list[str] = []


@cache
def _orders_per_customer():
    """Return the number of orders of each customer who ordered at least once."""
    return default_world().orders["customer_id"].value_counts()


@exercise("01.1", solution="answer = len(world.customers)")
def customer_count(answer: object) -> Feedback:
    """Judge how many customers the default world has: ``len(world.customers)``, exact."""
    world = default_world()
    ordered = len(_orders_per_customer())
    mistakes = [(len(world.orders), "ex.01.1.orders")]
    if ordered != len(world.customers):
        mistakes.append((ordered, "ex.01.1.buyers"))
    return judge_number(
        answer,
        exercise_id="01.1",
        expected=len(world.customers),
        mistakes=mistakes,
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


@exercise("01.3", solution='answer = world.orders["amount_inr"].sum()')
def total_revenue(answer: object) -> Feedback:
    """Judge the total revenue of all orders in INR, ``orders.amount_inr.sum()``, within 0.5 %."""
    amounts = default_world().orders["amount_inr"]
    return judge_number(
        answer,
        exercise_id="01.3",
        expected=float(amounts.sum()),
        rel_tol=0.005,
        mistakes=[(float(amounts.mean()), "ex.01.3.mean")],
    )


@exercise(
    "01.4",
    solution=(
        'orders_per_customer = world.orders["customer_id"].value_counts()\n'
        "answer = (orders_per_customer > 1).sum() / len(world.customers)"
    ),
)
def repeat_share(answer: object) -> Feedback:
    """Judge the share of all customers with more than one order, within 0.01.

    ``share = customers with 2 or more orders / len(customers)``; customers who never ordered count in
    the denominator.
    """
    per_customer = _orders_per_customer()
    customers = len(default_world().customers)
    repeaters = int((per_customer > 1).sum())
    mistakes = [(len(per_customer) / customers, "ex.01.4.at_least_once")]
    if len(per_customer) != customers:
        mistakes.append((repeaters / len(per_customer), "ex.01.4.buyers_only"))
    return judge_number(
        answer,
        exercise_id="01.4",
        expected=repeaters / customers,
        abs_tol=0.01,
        share=True,
        mistakes=mistakes,
    )
