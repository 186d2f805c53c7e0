"""The headline figures of a world and the ranges docs/calibration.md sets for them.

``headline_figures(world)`` computes every figure the calibration table names, from the world's tables
only (as a learner could), with the definitions written beside each. ``RANGES`` holds the range each
must fall in. ``python tests/simulation/calibration_figures.py [seed ...]`` prints the table for the
default world (or the given seeds), as in the note of issue #12 and docs/calibration.md.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

import relkit
from relkit.simulation import sellside
from relkit.simulation.season import diwali

CATEGORY_MARGINS = {
    "groceries": (0.10, 0.20),
    "books": (0.20, 0.35),
    "electronics": (0.20, 0.35),
    "home": (0.30, 0.45),
    "fashion": (0.40, 0.60),
    "beauty": (0.55, 0.70),
}
CAC_MEDIANS = {
    "referral": (200, 500),
    "organic_search": (300, 800),
    "paid_search": (800, 2000),
    "paid_social": (900, 2200),
    "marketplace": (600, 1500),
}
RANGES: dict[str, tuple[float, float]] = {
    **{f"gross_margin.{name}": span for name, span in CATEGORY_MARGINS.items()},
    "festive_uplift": (0.40, 1.50),  # the lower of the window's seasons
    "festive_uplift.max": (0.40, 1.50),  # and the higher
    "cod_share": (0.40, 0.65),
    "rto.cod": (0.18, 0.35),
    "rto.prepaid": (0.01, 0.08),
    "rto.all": (0.08, 0.22),
    "repeat_rate_12m": (0.15, 0.35),
    **{f"cac_median.{name}": span for name, span in CAC_MEDIANS.items()},
    "cac_over_cost_per_retained": (5.0, 25.0),
    "tickets_per_order": (0.03, 0.10),
    "nps": (20.0, 50.0),
    "on_time_delivery": (0.85, 0.95),
    "dispute_rate": (0.01, 0.05),
    "renewal_rate": (0.60, 0.85),
    "dso_days": (30.0, 60.0),
    # One world grades only about 25 partners (suppliers and packaging vendors), so one partner moves a
    # share by 4 points and the deliveries' chance alone by about 8 (measured: 12 redraws of the same
    # partners' purchase orders). A single world must have every grade, each share within the target
    # range widened by about 11 points; the target itself must hold over all worlds (POOLED_RANGES).
    "grade_share.A": (0.04, 0.36),
    "grade_share.B": (0.20, 0.56),
    "grade_share.C": (0.10, 0.46),
    "grade_share.D": (0.04, 0.32),
    "po_value_over_cogs": (1.00, 1.15),
}
"""Every headline figure's range for one world, from docs/calibration.md (rates as shares, NPS in points)."""

POOLED_RANGES: dict[str, tuple[float, float]] = {
    "grade_share.A": (0.10, 0.25),
    "grade_share.B": (0.30, 0.45),
    "grade_share.C": (0.20, 0.35),
    "grade_share.D": (0.05, 0.20),
}
"""The scorecard's target grade spread, for the partners of many worlds taken together."""


def _last_day(world: relkit.World) -> pd.Timestamp:
    start = pd.Timestamp(world.settings["start"])
    return start + pd.DateOffset(months=world.settings["months"]) - pd.Timedelta(days=1)


def festive_uplifts(orders: pd.DataFrame, last_day: pd.Timestamp) -> dict[int, float]:
    """GMV per day in each festive season against the 55 days before it and the 55 days after.

    The season runs from 30 days before Diwali to 3 days after (34 days). Comparing it with the months on
    either side removes the slow growth of the customer base without fitting a trend. Only seasons
    whose whole comparison span lies inside the window are measured.
    """
    daily = orders.groupby("order_date")["amount_inr"].sum()
    first_day = orders["order_date"].min()
    result = {}
    for year in range(first_day.year, last_day.year + 1):
        peak = pd.Timestamp(str(diwali(year)))
        opens, closes = peak - pd.Timedelta(days=30), peak + pd.Timedelta(days=3)
        before = (opens - pd.Timedelta(days=55), opens - pd.Timedelta(days=1))
        after = (closes + pd.Timedelta(days=1), closes + pd.Timedelta(days=55))
        if before[0] < first_day or after[1] > last_day:
            continue
        season = daily[(daily.index >= opens) & (daily.index <= closes)].sum() / 34
        around = daily[
            ((daily.index >= before[0]) & (daily.index <= before[1]))
            | ((daily.index >= after[0]) & (daily.index <= after[1]))
        ].sum()
        result[year] = season / (around / 110) - 1
    return result


def repeat_rate_12m(orders: pd.DataFrame, last_day: pd.Timestamp) -> float:
    """Share of customers with a second order within 365 days of their first (first order a year old)."""
    first = orders.groupby("customer_id")["order_date"].min()
    eligible = first[first <= last_day - pd.Timedelta(days=365)]
    joined = orders.merge(eligible.rename("first"), left_on="customer_id", right_index=True)
    again = joined[
        (joined["order_date"] > joined["first"])
        & (joined["order_date"] <= joined["first"] + pd.Timedelta(days=365))
    ]
    return again["customer_id"].nunique() / len(eligible)


def cost_per_retained(world: relkit.World) -> float:
    """Retention spend over the customers the campaigns retained, measured against their control groups.

    For each retention campaign: the share of its treatment group and of its control group that ordered
    from its start to 32 days after (messages go out in the first 3 days, and a caused purchase comes
    within 30 days of the contact); retained = (treatment share - control share) x treatment size. The
    figure is the summed budgets over the summed retained customers. This is the measurement lesson 04
    makes. (Calls are spread over their campaign's 30 days, so 32 days miss part of what a call caused:
    the figure is a little cautious about calls.)
    """
    campaigns, members, orders = world.campaigns, world.campaign_members, world.orders
    retention = campaigns[campaigns["purpose"] == "retention"]
    members = members.merge(retention[["campaign_id", "start_date"]], on="campaign_id")
    bought = members.merge(orders[["customer_id", "order_date"]], on="customer_id")
    window = (bought["order_date"] >= bought["start_date"]) & (
        bought["order_date"] <= bought["start_date"] + pd.Timedelta(days=32)
    )
    buyers = bought[window].drop_duplicates(["campaign_id", "customer_id"])
    members["bought"] = pd.MultiIndex.from_frame(members[["campaign_id", "customer_id"]]).isin(
        pd.MultiIndex.from_frame(buyers[["campaign_id", "customer_id"]])
    )
    shares = members.pivot_table(
        index="campaign_id", columns="group", values="bought", aggfunc=["mean", "size"], observed=True
    )
    retained = ((shares["mean"]["treatment"] - shares["mean"]["control"]) * shares["size"]["treatment"]).sum()
    return float(retention["budget_inr"].sum() / retained)


def headline_figures(world: relkit.World) -> dict[str, float]:
    """Return every figure of :data:`RANGES` computed from `world` (festive uplift: the lowest season's)."""
    orders, customers = world.orders, world.customers
    last_day = _last_day(world)
    figures: dict[str, float] = {}
    net = orders["amount_inr"] - orders["gst_inr"]
    by_category = orders.assign(net=net).groupby("category", observed=True)[["margin_inr", "net"]].sum()
    for name in CATEGORY_MARGINS:
        figures[f"gross_margin.{name}"] = by_category.loc[name, "margin_inr"] / by_category.loc[name, "net"]
    uplifts = festive_uplifts(orders, last_day)
    figures["festive_uplift"] = min(uplifts.values())
    figures["festive_uplift.max"] = max(uplifts.values())
    cod = orders["payment_method"] == "cod"
    rto = orders["outcome"] == "rto"
    figures["cod_share"] = cod.mean()
    figures["rto.cod"], figures["rto.prepaid"], figures["rto.all"] = (
        rto[cod].mean(),
        rto[~cod].mean(),
        rto.mean(),
    )
    figures["repeat_rate_12m"] = repeat_rate_12m(orders, last_day)
    medians = customers.groupby("acquisition_channel", observed=True)["acquisition_cost_inr"].median()
    for name in CAC_MEDIANS:
        figures[f"cac_median.{name}"] = medians[name]
    figures["cac_over_cost_per_retained"] = customers["acquisition_cost_inr"].mean() / cost_per_retained(
        world
    )
    figures["tickets_per_order"] = len(world.tickets) / len(orders)
    scores = world.nps_responses["score"]
    figures["nps"] = 100 * ((scores >= 9).mean() - (scores <= 6).mean())
    arrived = orders[orders["delivered_date"].notna()]
    figures["on_time_delivery"] = (arrived["delivered_date"] <= arrived["promised_date"]).mean()
    figures.update(partner_figures(world, last_day))
    return figures


def partner_figures(world: relkit.World, last_day: pd.Timestamp) -> dict[str, float]:
    """The BRM figures: dispute rate, renewal rate, DSO, scorecard grade spread, purchases over COGS."""
    figures: dict[str, float] = {}
    documents = len(world.invoices) + len(world.purchase_orders)
    figures["dispute_rate"] = len(world.disputes) / documents
    renewed = world.contracts["renewed"].dropna()
    figures["renewal_rate"] = float(renewed.mean())
    tables = {
        name: {column: world[name][column].to_numpy() for column in world[name].columns}
        for name in ("invoices", "payments", "credit_notes")
    }
    figures["dso_days"] = sellside.days_sales_outstanding(tables, as_of=last_day)
    card = relkit.scorecard(world.purchase_orders, disputes=world.disputes)
    grades = card["grade"].value_counts(normalize=True)
    for grade in "ABCD":
        figures[f"grade_share.{grade}"] = float(grades.get(grade, 0.0))
        figures[f"grade_count.{grade}"] = float((card["grade"] == grade).sum())
    kept = world.orders["outcome"].isin(["delivered", "in_transit"])
    lines = world.b2b_order_lines
    cogs = (
        world.orders.loc[kept, "cost_inr"].sum()
        + (lines["unit_cost_inr"] * lines["quantity_delivered"]).sum()
    )
    goods = world.purchase_orders[world.purchase_orders["category"].isin(list(CATEGORY_MARGINS))]
    figures["po_value_over_cogs"] = goods["value_inr"].sum() / cogs
    return figures


def out_of_range(
    figures: dict[str, float], ranges: dict[str, tuple[float, float]] | None = None
) -> dict[str, tuple[float, tuple[float, float]]]:
    """Return the figures outside their range (`ranges`, by default :data:`RANGES`), with the range."""
    ranges = RANGES if ranges is None else ranges
    return {
        name: (figures[name], span)
        for name, span in ranges.items()
        if not (span[0] <= figures[name] <= span[1]) or np.isnan(figures[name])
    }


def pooled_grade_shares(worlds_figures: list[dict[str, float]]) -> dict[str, float]:
    """Grade shares over the graded partners of several worlds together."""
    counts = {grade: sum(f[f"grade_count.{grade}"] for f in worlds_figures) for grade in "ABCD"}
    total = sum(counts.values())
    return {f"grade_share.{grade}": count / total for grade, count in counts.items()}


def _main(seeds: list[int]) -> None:
    worlds = {seed: relkit.simulate(seed=seed) for seed in seeds}
    rows = {seed: headline_figures(world) for seed, world in worlds.items()}
    print("| figure | range | " + " | ".join(f"seed {seed}" for seed in seeds) + " |")
    print("|---|---|" + "---|" * len(seeds))
    for name in RANGES:
        span = RANGES[name]
        cells = " | ".join(f"{rows[seed][name]:.3g}" for seed in seeds)
        print(f"| {name} | {span[0]:g}-{span[1]:g} | {cells} |")


if __name__ == "__main__":
    _main([int(arg) for arg in sys.argv[1:]] or [7])
