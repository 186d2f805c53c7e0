"""A stand-in for the customer orders the B2B generator reads (``sales``), until the B2C side is wired."""

from __future__ import annotations

import numpy as np

from relkit.simulation import b2b
from relkit.simulation import params as facts
from relkit.simulation.window import Window


def fake_sales(rng: np.random.Generator, firms, window: Window, *, per_year: float = 5000) -> dict:
    """Customer orders at `per_year` a year, growing through the window, shipped by the firms' couriers.

    Categories by ``ORDER_CATEGORIES`` shares; cost of goods log-normal around Rs 500-1,000; outcomes
    delivered 80 %, returned 6 %, RTO 12 % and in transit for orders of the last 5 days; a courier is late
    with chance one less its delivery reliability.
    """
    n = rng.poisson(per_year * window.days / 365.25)
    day = np.sort((window.days * np.sqrt(rng.random(n))).astype(np.int32))  # more orders later on
    shares = np.array([row[0] for row in facts.ORDER_CATEGORIES.values()])
    category = rng.choice(shares.size, n, p=shares / shares.sum()).astype(np.int8)
    cost = rng.lognormal(np.log(700), 0.5, n)
    outcome = rng.choice(3, n, p=[0.82, 0.06, 0.12]).astype(np.int8)
    outcome[day >= window.days - 5] = 3
    index, reliability = b2b.couriers(firms)
    if index.size:
        pick = rng.integers(0, index.size, n)
        courier = index[pick].astype(np.int32)
        late = rng.random(n) > reliability[pick]
    else:
        courier = np.full(n, -1, dtype=np.int32)
        late = np.zeros(n, dtype=bool)
    return {
        "day": day,
        "category": category,
        "cost_inr": cost,
        "outcome": outcome,
        "courier": courier,
        "late": late,
    }
