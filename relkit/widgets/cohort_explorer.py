"""The cohort explorer: choose the cohort period and the metric, see the heatmap and one cohort's curve."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..formatting import format_number, format_percent
from ..i18n import term, translate
from ..plots.heatmap import _cohort_name
from ..plots.style import apply_fonts, plot_style, tick_formatter
from ..signatures import learner_call
from ..validation import check_choice, check_frame
from ._base import Explorer, new_figure, quietly

__all__ = ["METRICS", "PERIODS", "CohortExplorer", "CohortOutputs", "cohort_explorer", "cohort_outputs"]

PERIODS = ("M", "Q", "W")
"""Cohort periods the explorer offers: month, quarter, week."""
METRICS = ("retention", "customers")
"""``"retention"``: share of the cohort that ordered; ``"customers"``: how many customers that is."""


class CohortOutputs(NamedTuple):
    """What the cohort explorer shows for one setting."""

    table: pd.DataFrame
    """Cohorts by periods since the first order: shares (retention) or customers who ordered."""
    cohort: object
    """The chosen cohort (a pandas Period)."""
    curve: np.ndarray
    """The chosen cohort's row, up to the last period it has lived through."""
    size: int
    """Customers in the chosen cohort."""


def cohort_outputs(retention_table: pd.DataFrame, *, metric: str, cohort: object = None) -> CohortOutputs:
    """Compute what the cohort explorer shows from a :func:`relkit.cohort_retention` table.

    ``customers[c, k] = retention[c, k] * size[c]`` (rounded to whole customers), with ``size[c]`` the
    cohort's customers from ``attrs["cohort_size"]``. The curve is the chosen cohort's row (default: the
    first cohort) up to the last period it has lived through.

    Examples
    --------
    >>> import pandas as pd
    >>> cohorts = pd.period_range("2024-01", periods=2, freq="M", name="cohort")
    >>> table = pd.DataFrame({0: [1.0, 1.0], 1: [0.25, None]}, index=cohorts)
    >>> table.attrs["cohort_size"] = dict(zip(cohorts, [8, 5]))
    >>> out = cohort_outputs(table, metric="customers")
    >>> out.curve.tolist(), out.size  # 8 customers, a quarter of them came back: 2
    ([8.0, 2.0], 8)
    """
    table = check_frame(retention_table, name="retention_table")
    check_choice(metric, METRICS, name="metric")
    chosen = table.index[0] if cohort is None else cohort
    if chosen not in table.index:
        raise RelkitValueError(
            "err.wd.no_cohort", value=str(chosen), first=str(table.index[0]), last=str(table.index[-1])
        )
    sizes = table.attrs.get("cohort_size") or {}
    shown = table
    if metric == "customers":
        size = pd.Series([sizes.get(c, np.nan) for c in table.index], index=table.index, dtype=float)
        shown = table.mul(size, axis=0).round()
    row = shown.loc[chosen].to_numpy(dtype=float)
    lived = row[: int(np.flatnonzero(~np.isnan(row)).max()) + 1] if (~np.isnan(row)).any() else row[:0]
    return CohortOutputs(table=shown, cohort=chosen, curve=lived, size=int(sizes.get(chosen, 0)))


class CohortExplorer(Explorer):
    """The cohort explorer; build it with :func:`relkit.cohort_explorer`.

    Attributes
    ----------
    controls : dict
        ``"period"`` (M, Q, W), ``"metric"`` (retention, customers) and ``"cohort"`` (Dropdowns).
    tables : dict
        The :func:`relkit.cohort_retention` table per period, each computed once, when first chosen.
    """

    css_class = "relkit-cohort-explorer"
    lesson_msgid = "wd.cohort.lesson"
    msgid_prefix = "wd.cohort."

    def __init__(self, orders: pd.DataFrame, *, period: str, metric: str) -> None:
        import ipywidgets as widgets

        from ..crm import cohort_retention

        check_choice(period, PERIODS, name="period")
        check_choice(metric, METRICS, name="metric")
        self._orders = orders
        self._retention = cohort_retention
        self.tables: dict[str, pd.DataFrame] = {}
        self._table(period)  # checks the orders before any widget exists
        style = {"description_width": "12em"}
        layout = widgets.Layout(width="36em")
        controls = {
            "period": widgets.Dropdown(options=list(PERIODS), value=period, style=style, layout=layout),
            "metric": widgets.Dropdown(options=list(METRICS), value=metric, style=style, layout=layout),
            "cohort": widgets.Dropdown(options=[], style=style, layout=layout),
        }
        self.figure, (self.heat_axes, self._colorbar_axes, self.curve_axes) = new_figure(
            (9.5, 4.6), ncols=3, width_ratios=(1.35, 0.06, 1)
        )
        self._make_layout()
        self._image = None
        self._colorbar = None
        self._cohort_key: tuple = ()
        self._curve = None
        self._build(controls)

    def _table(self, period: str) -> pd.DataFrame:
        if period not in self.tables:
            self.tables[period] = self._retention(self._orders, period=period)
        return self.tables[period]

    def _label(self, lang: str) -> None:
        super()._label(lang)
        period, metric, cohort = (self.controls[name] for name in ("period", "metric", "cohort"))
        table = self._table(period.value)
        sizes = table.attrs.get("cohort_size")
        options = {
            "period": [(translate(f"wd.cohort.period.{p}", lang=lang), p) for p in PERIODS],
            "metric": [(translate(f"wd.cohort.metric.{m}", lang=lang), m) for m in METRICS],
            "cohort": [(_cohort_name(c, sizes, lang), i) for i, c in enumerate(table.index)],
        }
        key = (lang, period.value)

        def relabel() -> None:
            for name, control in (("period", period), ("metric", metric)):
                if list(control.options) != options[name]:
                    value = control.value
                    control.options = options[name]
                    control.value = value
            if self._cohort_key != key:
                value = cohort.value
                cohort.options = options["cohort"]
                cohort.value = value if value is not None and value < len(table) else 0
                self._cohort_key = key

        quietly(self, relabel)

    def _compute(self) -> CohortOutputs:
        table = self._table(self.controls["period"].value)
        chosen = table.index[self.controls["cohort"].value]
        return cohort_outputs(table, metric=self.controls["metric"].value, cohort=chosen)

    def _draw(self, out: CohortOutputs, lang: str) -> str:
        period = self.controls["period"].value
        metric = self.controls["metric"].value
        values = out.table.to_numpy(dtype=float)
        share = metric == "retention"
        # The first column is the whole cohort (100 %): leave it out of the scale, or the rest is all dark.
        later = values[:, 1:] if values.shape[1] > 1 else values
        top = 1.0 if share else float(np.nanmax(later)) if np.isfinite(later).any() else 1.0
        heat, curve = self.heat_axes, self.curve_axes
        kind = "percent" if share else "number"
        with plot_style(lang):
            masked = np.ma.masked_invalid(values)
            if self._image is None or self._image.get_array().shape != masked.shape:
                heat.clear()
                self._image = heat.imshow(masked, aspect="auto", vmin=0.0, vmax=max(top, 1e-9))
                if self._colorbar is None:
                    self._colorbar = self.figure.colorbar(self._image, cax=self._colorbar_axes)
                    self._colorbar.outline.set_visible(False)
                else:
                    self._colorbar.update_normal(self._image)
                (self._marker,) = heat.plot([], [], color="#d55e00", linewidth=2.5)
            else:
                self._image.set_data(masked)
            self._image.set_clim(0.0, max(top, 1e-9))
            self._colorbar.formatter = tick_formatter(kind, lang)
            self._colorbar.update_ticks()
            row = list(out.table.index).index(out.cohort)
            self._marker.set_data([-0.5, values.shape[1] - 0.5], [row, row])
            step = max(1, len(out.table) // 8)
            heat.set_yticks(
                range(0, len(out.table), step),
                labels=[_cohort_name(c, None, lang) for c in out.table.index[::step]],
            )
            heat.xaxis.set_major_formatter(tick_formatter("number", lang))
            heat.set_xlabel(translate(f"plot.cohort.axis_{_AXIS[period]}", lang=lang))
            heat.set_title(term("plot.title.cohort_retention", lang=lang), fontsize=12)
            if self._curve is None:
                (self._curve,) = curve.plot([], [], marker="o", markersize=4, linewidth=2)
            self._curve.set_data(range(len(out.curve)), out.curve)
            curve.set_xlim(0, max(1, values.shape[1] - 1))
            sizes = self._table(period).attrs.get("cohort_size") or {}
            biggest = max(sizes.values(), default=1) if not share else 1
            curve.set_ylim(0, 1.05 * biggest)  # the same for every cohort: only the line moves
            curve.yaxis.set_major_formatter(tick_formatter(kind, lang))
            curve.xaxis.set_major_formatter(tick_formatter("number", lang))
            name = _cohort_name(out.cohort, None, lang)
            curve.set_title(translate("wd.cohort.curve_title", lang=lang, cohort=name), fontsize=12)
            curve.set_xlabel(translate(f"plot.cohort.axis_{_AXIS[period]}", lang=lang))
            curve.set_ylabel(translate(f"wd.cohort.metric.{metric}", lang=lang))
            apply_fonts(heat, lang)
            apply_fonts(curve, lang)
        fmt = (
            (lambda v: format_percent(v, decimals=1, lang=lang))
            if share
            else (lambda v: format_number(int(v), lang=lang))
        )
        first_after = fmt(out.curve[1]) if len(out.curve) > 1 else "—"
        last = fmt(out.curve[-1]) if len(out.curve) else "—"
        self.results.value = translate(
            "wd.cohort.summary",
            lang=lang,
            cohort=f"<b>{name}</b>",
            size=format_number(out.size, lang=lang),
            after=first_after,
            periods=format_number(max(len(out.curve) - 1, 0), lang=lang),
            last=last,
        )
        return translate(
            "wd.cohort.description",
            lang=lang,
            cohorts=format_number(len(out.table), lang=lang),
            first=_cohort_name(out.table.index[0], None, lang),
            last_cohort=_cohort_name(out.table.index[-1], None, lang),
            cohort=name,
            after=first_after,
            periods=format_number(max(len(out.curve) - 1, 0), lang=lang),
            last=last,
        )

    def _layout_texts(self, lang: str) -> object:
        return (lang, self.controls["period"].value)

    def _animated(self) -> list:
        return [self._marker, self._curve, self.curve_axes.title] if self._curve is not None else []

    def _static(self, lang: str) -> object:
        return (lang, self.controls["period"].value, self.controls["metric"].value)


_AXIS = {"M": "months", "W": "weeks", "Q": "periods"}


@learner_call
def cohort_explorer(
    orders: pd.DataFrame | None = None, *, period: str = "M", metric: str = "retention"
) -> CohortExplorer:
    """Return the cohort explorer: the cohort heatmap and the curve of one cohort you choose.

    Each cohort is the customers whose first order fell in one period (month, quarter or week);
    ``retention[c, k]`` is the share of cohort ``c`` that ordered ``k`` periods later
    (:func:`relkit.cohort_retention`), and ``customers[c, k] = retention[c, k] * size[c]``. Choose the
    period and the metric; pick a cohort to see its curve beside the heatmap (its row is marked).

    Parameters
    ----------
    orders : DataFrame, optional
        Columns ``customer_id``, ``order_date``; the default world's orders when omitted.
    period : {"M", "Q", "W"}
        The cohort period to start with.
    metric : {"retention", "customers"}
        Share of the cohort, or number of customers.

    Returns
    -------
    CohortExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": [1, 1, 2, 3, 3],
    ...     "order_date": ["2024-01-05", "2024-02-10", "2024-01-20", "2024-02-03", "2024-02-28"],
    ... })
    >>> explorer = cohort_explorer(orders)
    >>> explorer.outputs.curve.tolist()  # January: 2 customers, 1 came back in February
    [1.0, 0.5]
    >>> explorer.controls["metric"].value = "customers"
    >>> explorer.outputs.curve.tolist()
    [2.0, 1.0]
    """
    from ..simulation import load_world

    return CohortExplorer(load_world().orders if orders is None else orders, period=period, metric=metric)
