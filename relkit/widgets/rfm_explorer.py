"""The RFM segment explorer: pick a segment, see its customers, its share of revenue and a campaign for it."""

from __future__ import annotations

import html
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..crm.rfm import SEGMENTS
from ..errors import RelkitValueError
from ..formatting import format_inr, format_number, format_percent
from ..i18n import term, translate
from ..labels import column_label
from ..plots.style import apply_fonts, palette, plot_style, tick_formatter
from ..signatures import learner_call
from ..validation import check_count, check_frame
from ._base import Explorer, new_figure, table_html

__all__ = ["RfmExplorer", "RfmOutputs", "rfm_explorer", "rfm_segment_outputs"]

_ROW_COLUMNS = ("recency_days", "frequency", "monetary_inr", "R", "F", "M")


class RfmOutputs(NamedTuple):
    """What the RFM explorer shows for one segment."""

    segment: str
    """The segment key, such as ``"at_risk"``."""
    customers: int
    """Customers in the segment."""
    customer_share: float
    """Customers in the segment / all customers."""
    revenue_inr: float
    """Their total spend, ``sum(monetary_inr)``."""
    revenue_share: float
    """Their spend / everybody's spend."""
    rows: pd.DataFrame
    """The segment's biggest spenders, at most `rows` of them (highest ``monetary_inr`` first)."""
    shares: pd.Series
    """Revenue share of every segment present, in the order of :data:`relkit.crm.rfm.SEGMENTS`."""


def rfm_segment_outputs(table: pd.DataFrame, segment: str, *, rows: int = 5) -> RfmOutputs:
    """Compute what the RFM explorer shows for `segment` of an :func:`relkit.rfm` table.

    ``revenue_share = sum(monetary_inr of the segment) / sum(monetary_inr of everybody)``, and
    ``customer_share = customers in the segment / all customers``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame(
    ...     {"monetary_inr": [600.0, 300.0, 100.0], "segment_id": ["loyal", "lost", "loyal"],
    ...      "recency_days": [3, 90, 10], "frequency": [4, 1, 2], "R": [5, 1, 4], "F": [5, 1, 3],
    ...      "M": [5, 2, 1]},
    ...     index=pd.Index(["A", "B", "C"], name="customer_id"),
    ... )
    >>> out = rfm_segment_outputs(table, "loyal")
    >>> out.customers, round(out.revenue_share, 6)  # 2 customers, (600 + 100) / 1000
    (2, 0.7)
    >>> out.rows.index.tolist()
    ['A', 'C']
    """
    frame = check_frame(table, name="table", columns=["segment_id", "monetary_inr", *_ROW_COLUMNS])
    shown = check_count(rows, name="rows")
    found = set(frame["segment_id"].unique())
    present = [key for key in SEGMENTS if key in found]
    if segment not in present:
        raise RelkitValueError(
            "err.wd.no_segment", value=repr(segment), allowed=", ".join(repr(k) for k in present)
        )
    spend = frame["monetary_inr"].to_numpy(dtype=float)
    total = spend.sum()
    by_segment = frame.groupby("segment_id")["monetary_inr"].sum().reindex(present)
    shares = by_segment / total if total > 0 else by_segment * 0.0
    members = frame[frame["segment_id"] == segment]
    biggest = members.sort_values("monetary_inr", ascending=False, kind="stable").head(shown)
    revenue = float(members["monetary_inr"].sum())
    return RfmOutputs(
        segment=segment,
        customers=len(members),
        customer_share=len(members) / len(frame),
        revenue_inr=revenue,
        revenue_share=float(revenue / total) if total > 0 else 0.0,
        rows=biggest[list(_ROW_COLUMNS)],
        shares=shares.astype(float),
    )


class RfmExplorer(Explorer):
    """The RFM segment explorer; build it with :func:`relkit.rfm_explorer`.

    Attributes
    ----------
    controls : dict
        ``"segment"``: a Dropdown of the segments present.
    table : DataFrame
        The :func:`relkit.rfm` table, computed once.
    campaign : ipywidgets.HTML
        The suggested campaign for the segment.
    """

    css_class = "relkit-rfm-explorer"
    lesson_msgid = "wd.rfm.lesson"
    msgid_prefix = "wd.rfm."

    def __init__(self, table: pd.DataFrame, *, segment: str | None, rows: int) -> None:
        import ipywidgets as widgets

        self.table = table
        self.rows = check_count(rows, name="rows")
        present = [key for key in SEGMENTS if key in set(table["segment_id"])]
        start = segment if segment is not None else present[0]
        rfm_segment_outputs(table, start, rows=self.rows)  # checks the segment before any widget exists
        self._counts = table["segment_id"].value_counts()
        dropdown = widgets.Dropdown(
            options=[(key, key) for key in present],
            value=start,
            style={"description_width": "10em"},
            layout=widgets.Layout(width="34em"),
        )
        self.campaign = widgets.HTML()
        self.figure, self.axes = new_figure((7.5, 3.8))
        self._make_layout()
        self._bars = None
        self._build({"segment": dropdown})
        self.children = (*self.children[:-2], self.campaign, *self.children[-2:])

    def _label(self, lang: str) -> None:
        super()._label(lang)
        dropdown = self.controls["segment"]
        count = self._counts
        labels = [
            (
                translate(
                    "wd.rfm.option",
                    lang=lang,
                    segment=translate(f"seg.{key}", lang=lang),
                    count=format_number(int(count[key]), lang=lang),
                ),
                key,
            )
            for _, key in dropdown.options
        ]
        if list(dropdown.options) != labels:
            value = dropdown.value
            self._quiet = True
            try:
                dropdown.options = labels
                dropdown.value = value
            finally:
                self._quiet = False

    def _animated(self) -> list:
        return list(self._bars) if self._bars is not None else []

    def _static(self, lang: str) -> object:
        return (lang, tuple(self._bar_keys))

    def _compute(self) -> RfmOutputs:
        return rfm_segment_outputs(self.table, self.controls["segment"].value, rows=self.rows)

    def _draw(self, out: RfmOutputs, lang: str) -> str:
        name = translate(f"seg.{out.segment}", lang=lang)
        self.results.value = translate(
            "wd.rfm.summary",
            lang=lang,
            segment=f"<b>{html.escape(name)}</b>",
            customers=format_number(out.customers, lang=lang),
            customer_share=format_percent(out.customer_share, lang=lang),
            revenue=format_inr(out.revenue_inr, decimals=0, lang=lang),
            revenue_share=format_percent(out.revenue_share, lang=lang),
        )
        columns = {column: column_label(column, lang=lang) for column in out.rows.columns}
        frame = out.rows.copy()
        frame["monetary_inr"] = [format_inr(v, decimals=0, lang=lang) for v in frame["monetary_inr"]]
        frame.index.name = column_label("customer_id", lang=lang)
        heading = html.escape(translate("wd.rfm.rows", lang=lang, count=format_number(len(frame), lang=lang)))
        self.results.value += f"<p>{heading}</p>{table_html(frame, columns)}"
        campaign = translate(f"wd.rfm.campaign.{out.segment}", lang=lang)
        title = html.escape(translate("wd.rfm.campaign", lang=lang))
        self.campaign.value = (
            f'<div style="border-left:6px solid #009e73;padding:0.4em 0.8em;margin:0.4em 0">'
            f"<b>{title}</b> {html.escape(campaign)}</div>"
        )
        return self._chart(out, lang)

    def _chart(self, out: RfmOutputs, lang: str) -> str:
        ax = self.axes
        keys = list(out.shares.index)
        colours = palette()
        with plot_style(lang):
            if self._bars is None or self._bar_keys != keys:
                ax.clear()
                self._bars = ax.barh(range(len(keys)), out.shares.to_numpy(), height=0.7)
                self._bar_keys = keys
                ax.invert_yaxis()
                ax.xaxis.set_major_formatter(tick_formatter("percent", lang))
            ax.set_yticks(range(len(keys)), labels=[translate(f"seg.{k}", lang=lang) for k in keys])
            for bar, key in zip(self._bars, keys, strict=True):
                bar.set_color(colours[1] if key == out.segment else "#bbbbbb")
            ax.set_title(term("wd.rfm.title", lang=lang))
            ax.set_xlabel(translate("wd.rfm.xlabel", lang=lang))
            ax.xaxis.set_major_formatter(tick_formatter("percent", lang))
            apply_fonts(ax, lang)
        high = int(np.argmax(out.shares.to_numpy()))
        low = int(np.argmin(out.shares.to_numpy()))
        return translate(
            "wd.rfm.description",
            lang=lang,
            title=translate("wd.rfm.title", lang=lang),
            high=translate(f"seg.{keys[high]}", lang=lang),
            high_value=format_percent(float(out.shares.iloc[high]), lang=lang),
            low=translate(f"seg.{keys[low]}", lang=lang),
            low_value=format_percent(float(out.shares.iloc[low]), lang=lang),
            segment=translate(f"seg.{out.segment}", lang=lang),
            value=format_percent(out.revenue_share, lang=lang),
        )


@learner_call
def rfm_explorer(
    orders: pd.DataFrame | None = None, *, segment: str | None = None, rows: int = 5
) -> RfmExplorer:
    """Return the RFM segment explorer: pick a segment, see its customers, revenue share and a campaign.

    The customers are scored once with :func:`relkit.rfm` (``as_of`` the last order date). For the
    chosen segment it shows how many customers it has (and their share of all customers), their revenue
    share ``sum(monetary_inr of the segment) / sum(monetary_inr)``, its biggest spenders, a campaign
    suited to it, and a chart of every segment's revenue share with the chosen one highlighted.

    Parameters
    ----------
    orders : DataFrame, optional
        Columns ``customer_id``, ``order_date``, ``amount_inr``; the default world's orders when omitted.
    segment : str, optional
        The segment key to start with (such as ``"at_risk"``); the first present one when omitted.
    rows : int
        How many of the segment's customers to list.

    Returns
    -------
    RfmExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "customer_id": [1, 1, 2, 3, 4, 4, 4],
    ...     "order_date": ["2024-01-05", "2024-03-01", "2024-01-10", "2024-03-20", "2024-02-01",
    ...                    "2024-03-10", "2024-03-25"],
    ...     "amount_inr": [500.0, 700.0, 200.0, 900.0, 100.0, 300.0, 300.0],
    ... })
    >>> explorer = rfm_explorer(orders, rows=2)
    >>> explorer.controls["segment"].value = explorer.controls["segment"].options[-1][1]
    >>> explorer.outputs.customers >= 1
    True
    """
    from ..crm import rfm
    from ..simulation import load_world

    table = rfm(load_world().orders if orders is None else orders)
    return RfmExplorer(table, segment=segment, rows=rows)
