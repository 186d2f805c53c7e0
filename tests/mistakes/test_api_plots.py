"""Student mistakes with the plots, including relkit's own outputs handed straight to relkit's charts."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.axes import Axes
from mistake_cases import Mistake as M  # noqa: N817 - one letter keeps the table of cases readable
from mistake_cases import params, run_mistake

import relkit
from relkit import MissingColumnError, RelkitTypeError, RelkitValueError


def _drawn(check=None):
    def verify(ax: object) -> None:
        assert isinstance(ax, Axes)
        if check is not None:
            assert check(ax), "the chart does not show what it should"

    return verify


def _line_points(ax: Axes) -> list[float]:
    return [float(y) for line in ax.get_lines() for y in line.get_ydata()]


def _undelivered(w) -> pd.DataFrame:
    orders = w.purchase_orders.copy()
    first = orders["partner_id"].iloc[0]
    orders["delivered_date"] = orders["delivered_date"].where(orders["partner_id"] != first)
    return orders


CASES = [
    M(
        "line-integer-columns",
        "traceback",
        lambda w: relkit.plot_line(pd.DataFrame({0: [1, 2, 3], 1: [4.0, 5.0, 6.0]}), x=0, y=1),
        None,
        result=_drawn(lambda ax: _line_points(ax) == [4.0, 5.0, 6.0]),
    ),
    M(
        "line-text-dates",
        "message",
        lambda w: relkit.plot_line(
            pd.DataFrame({"order_date": ["2024-01-05", "2024-02-01"], "amount_inr": [1.0, 2.0]}),
            x="order_date",
            y="amount_inr",
        ),
        None,
        result=_drawn(lambda ax: _line_points(ax) == [1.0, 2.0]),
    ),
    M(
        "line-text-x",
        "message",
        lambda w: relkit.plot_line(
            pd.DataFrame({"city": ["Patna", "Pune"], "n": [1.0, 2.0]}), x="city", y="n"
        ),
        RelkitValueError,
        "x",
        r"plot_bar",
    ),
    M(
        "line-text-y",
        "message",
        lambda w: relkit.plot_line(w.orders.assign(amount_inr="100"), x="order_date", y="amount_inr"),
        RelkitValueError,
        "data",
        r"'amount_inr'",
    ),
    M(
        "line-x-missing",
        "message",
        lambda w: relkit.plot_line(w.orders, x="date", y="amount_inr"),
        MissingColumnError,
        "data",
        r"'order_date'",
    ),
    M(
        "line-no-y",
        "traceback",
        lambda w: relkit.plot_line(w.orders, x="order_date"),
        RelkitTypeError,
        "y",
        r"y=\.\.\.",
    ),
    M(
        "line-positional",
        "traceback",
        lambda w: relkit.plot_line(w.orders, "order_date", "amount_inr"),
        RelkitTypeError,
        "x",
        r"x='order_date', y='amount_inr'",
    ),
    M(
        "line-agg",
        "message",
        lambda w: relkit.plot_line(w.orders, x="order_date", y="amount_inr", agg="avg"),
        RelkitValueError,
        "agg",
    ),
    M(
        "line-ax",
        "message",
        lambda w: relkit.plot_line(w.orders, x="order_date", y="amount_inr", ax="left"),
        RelkitTypeError,
        "ax",
    ),
    M(
        "line-lang",
        "message",
        lambda w: relkit.plot_line(w.orders, x="order_date", y="amount_inr", lang="hindi"),
        RelkitValueError,
        "lang",
    ),
    M(
        "bar-y-text",
        "message",
        lambda w: relkit.plot_bar(w.customers, x="acquisition_channel", y="city"),
        RelkitValueError,
        "data",
        r"'city'",
    ),
    M(
        "bar-x-missing",
        "message",
        lambda w: relkit.plot_bar(w.customers, x="channel"),
        MissingColumnError,
        "data",
    ),
    M(
        "bar-positional",
        "traceback",
        lambda w: relkit.plot_bar(w.customers, "acquisition_channel"),
        RelkitTypeError,
        "x",
        r"x='acquisition_channel'",
    ),
    M(
        "bar-series",
        "message",
        lambda w: relkit.plot_bar(w.customers["acquisition_channel"], x="acquisition_channel"),
        RelkitTypeError,
        "data",
        r"Series",
    ),
    M(
        "bar-correct",
        "correct",
        lambda w: relkit.plot_bar(w.customers, x="acquisition_channel"),
        None,
        result=_drawn(lambda ax: sum(bar.get_height() for bar in ax.patches) == 300),
    ),
    M(
        "funnel-own-output-empty-stage",
        "message",
        lambda w: relkit.plot_funnel(
            relkit.funnel(pd.DataFrame({"stage": ["new", "new"], "lost_at_stage": [None, None]}))
        ),
        None,
        result=_drawn(lambda ax: [bar.get_width() for bar in ax.patches] == [2, 0, 0, 0, 0]),
    ),
    M(
        "funnel-own-output",
        "correct",
        lambda w: relkit.plot_funnel(relkit.funnel(w.leads)),
        None,
        result=_drawn(),
    ),
    M(
        "funnel-leads-given",
        "message",
        lambda w: relkit.plot_funnel(w.leads),
        MissingColumnError,
        "funnel_table",
    ),
    M(
        "funnel-negative",
        "message",
        lambda w: relkit.plot_funnel(relkit.funnel(w.leads).assign(reached=-1)),
        RelkitValueError,
        "funnel_table",
    ),
    M(
        "scorecard-own-output-undelivered",
        "message",
        lambda w: relkit.plot_scorecard(relkit.scorecard(_undelivered(w))),
        None,
        result=_drawn(lambda ax: "not shown" in ax.get_xlabel() or relkit.get_language() != "en"),
    ),
    M(
        "scorecard-nothing-delivered",
        "message",
        lambda w: relkit.plot_scorecard(relkit.scorecard(w.purchase_orders.assign(delivered_date=pd.NaT))),
        RelkitValueError,
        "scorecard_table",
    ),
    M(
        "scorecard-grade-lower",
        "message",
        lambda w: relkit.plot_scorecard(relkit.scorecard(w.purchase_orders).assign(grade="a")),
        RelkitValueError,
        "scorecard_table",
        r"A, B, C, D",
    ),
    M(
        "scorecard-top-zero",
        "message",
        lambda w: relkit.plot_scorecard(relkit.scorecard(w.purchase_orders), top=0),
        RelkitValueError,
        "top",
    ),
    M(
        "scorecard-top-positional",
        "traceback",
        lambda w: relkit.plot_scorecard(relkit.scorecard(w.purchase_orders), 5),
        RelkitTypeError,
        "top",
        r"top=5",
    ),
    M(
        "heatmap-own-output",
        "correct",
        lambda w: relkit.plot_cohort_heatmap(relkit.cohort_retention(w.orders)),
        None,
        result=_drawn(lambda ax: "(" in ax.get_yticklabels()[0].get_text()),
    ),
    M(
        "heatmap-concatenated-output",
        "traceback",
        lambda w: relkit.plot_cohort_heatmap(
            pd.concat(
                [relkit.cohort_retention(w.orders.iloc[:200]), relkit.cohort_retention(w.orders.iloc[200:])]
            )
        ),
        None,
        result=_drawn(),
    ),
    M(
        "heatmap-percentages",
        "message",
        lambda w: relkit.plot_cohort_heatmap(relkit.cohort_retention(w.orders) * 100),
        RelkitValueError,
        "retention_table",
        r"not percentages",
    ),
    M(
        "heatmap-orders-given",
        "message",
        lambda w: relkit.plot_cohort_heatmap(w.orders),
        RelkitValueError,
        "retention_table",
        r"cohort_retention",
    ),
    M(
        "palette-argument",
        "traceback",
        lambda w: relkit.palette(5),
        RelkitTypeError,
        "palette",
        r"palette\(\)",
    ),
    M("plot-style-lang", "message", lambda w: relkit.plot_style("tamil").__enter__(), RelkitValueError, None),
]


@pytest.mark.parametrize("case", params(CASES))
def test_plot_mistake(case, world, lang):
    run_mistake(case, world, lang)
