"""Fitting BG/NBD to the simulated purchases gives back the parameters they were simulated with.

What is fitted. ``TRUE_PARAMS`` (r=0.5, alpha=900, a=0.8, b=3.2) describe the purchases customers of
the ``organic_search`` channel make of their own accord, outside the festive season's cohort (which
quits sooner). The world's order generator is run here as ``simulate()`` runs it (the same calendar and
customers) but without the extra purchases the retention campaigns cause, for 100,000 customers over
120 months; the fit uses the organic, non-festive customers (about 21,000), with ``as_of`` the last day.
A long window is needed: these customers buy about 0.3 times a year, so 36 months show too few repeat
purchases to tell dropout apart from a slow rate (measured: a and b wander by factors of ten).

Measured (relkit.customer_summary(freq="D") + relkit.fit_bgnbd, seeds 0-4): r 0.483-0.524,
alpha 861-950, a 0.58-1.08, b 2.3-4.9, mean dropout a / (a + b) 0.182-0.208. a and b move together (a
high a comes with a high b), so their ratio, the chance of quitting after a purchase, is pinned far
better than either. Tolerances: r +-10 %, alpha +-12 %, a / (a + b) +-15 %, a and b +-60 %.

On a whole simulated world the campaigns' purchases come on top, in each customer's first year. Fitted on
all organic, non-festive customers of ``simulate(customers=200_000, months=120)`` (seeds 0, 3, 5), r came
out 0.53-0.54 (about 7 % high) and alpha 535-550 (about 40 % low: everyone looks a faster buyer); fitted
only on those who opted in to neither e-mail nor WhatsApp, r 0.46-0.53 and alpha 751-897. A lesson
fitting BG/NBD to the world should expect that, and can say why.
"""

from __future__ import annotations

import pandas as pd
import pytest

import relkit
from relkit.simulation import TRUE_PARAMS, b2c, params
from relkit.simulation.season import Calendar
from relkit.simulation.seeds import table_generators
from relkit.simulation.window import Window

TOLERANCE = {"r": 0.10, "alpha": 0.12, "dropout": 0.15, "a": 0.60, "b": 0.60}


def _own_purchases(seed: int, customers: int, months: int) -> tuple[pd.DataFrame, pd.Timestamp]:
    window = Window.from_start(pd.Timestamp("2023-01-01"), months)
    calendar = Calendar.of(window)
    rng = table_generators(seed)
    people = b2c.customers(rng["customers"], customers, window, calendar=calendar, with_text=False)
    bought = b2c.orders(rng["orders"], people, window, calendar=calendar)
    chosen = (people["acquisition_channel"] == params.CHANNELS.index("organic_search")) & ~people["_festive"]
    keep = chosen[bought["_owner"]]
    orders = pd.DataFrame(
        {"customer_id": bought["customer_id"][keep], "order_date": bought["order_date"][keep]}
    ).assign(amount_inr=1.0)
    last_day = pd.Timestamp(window.dates(pd.Series([window.days - 1]).to_numpy())[0])
    return orders, last_day


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 3])
def test_fit_recovers_true_params(seed):
    orders, last_day = _own_purchases(seed, 100_000, 120)
    fitted = relkit.fit_bgnbd(relkit.customer_summary(orders, as_of=last_day, freq="D")).params
    assert fitted["r"] == pytest.approx(TRUE_PARAMS["r"], rel=TOLERANCE["r"])
    assert fitted["alpha"] == pytest.approx(TRUE_PARAMS["alpha"], rel=TOLERANCE["alpha"])
    dropout = fitted["a"] / (fitted["a"] + fitted["b"])
    true_dropout = TRUE_PARAMS["a"] / (TRUE_PARAMS["a"] + TRUE_PARAMS["b"])
    assert dropout == pytest.approx(true_dropout, rel=TOLERANCE["dropout"])
    for name in ("a", "b"):
        assert fitted[name] == pytest.approx(TRUE_PARAMS[name], rel=TOLERANCE[name]), name
