"""The funnel what-if: change one stage's conversion and see how many deals, and how much revenue, follow."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from ..crm.funnel import STAGES
from ..errors import RelkitValueError
from ..formatting import format_inr, format_number, format_percent
from ..i18n import term, translate
from ..labels import value_label
from ..plots.style import apply_fonts, palette, plot_style, tick_formatter
from ..signatures import learner_call
from ..validation import check_choice, check_fraction, check_frame, check_number
from ._base import Explorer, new_figure, quietly

__all__ = ["FunnelExplorer", "FunnelOutputs", "funnel_explorer", "funnel_whatif"]


class FunnelOutputs(NamedTuple):
    """What the funnel what-if shows for one setting."""

    stages: list[str]
    """Stage keys, first stage first."""
    before: np.ndarray
    """Leads that reached each stage, as measured."""
    after: np.ndarray
    """Leads expected to reach each stage with the changed conversion."""
    won_before: float
    won_after: float
    revenue_before_inr: float
    """``won_before * deal value``."""
    revenue_after_inr: float
    """``won_after * deal value``."""


def funnel_whatif(
    funnel_table: pd.DataFrame, *, stage: str, conversion: float, deal_value_inr: float
) -> FunnelOutputs:
    """Recompute a funnel with one stage's conversion changed: the update step of the funnel what-if.

    ``after[0] = reached[0]`` and ``after[k] = after[k-1] * c[k]`` for every later stage, where ``c[k]``
    is the measured conversion (:func:`relkit.funnel`), except at `stage`, where it is `conversion`.
    Revenue is won deals times `deal_value_inr`.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"stage": ["new", "qualified", "won"], "reached": [100, 40, 10],
    ...                       "conversion": [1.0, 0.4, 0.25]})
    >>> out = funnel_whatif(table, stage="qualified", conversion=0.5, deal_value_inr=1000)
    >>> out.after.tolist()  # 100, 100 * 0.5 = 50, 50 * 0.25 = 12.5
    [100.0, 50.0, 12.5]
    >>> out.revenue_before_inr, out.revenue_after_inr
    (10000.0, 12500.0)
    """
    table = check_frame(funnel_table, name="funnel_table", columns=["stage", "reached", "conversion"])
    stages = [str(key) for key in table["stage"]]
    check_choice(stage, stages[1:], name="stage")
    rate = check_fraction(conversion, name="conversion")
    value = check_number(deal_value_inr, name="deal_value_inr")
    if value < 0:
        raise RelkitValueError("err.wd.negative_value", name="deal_value_inr", value=format_number(value))
    before = table["reached"].to_numpy(dtype=float)
    rates = np.nan_to_num(table["conversion"].to_numpy(dtype=float), nan=0.0)
    rates[stages.index(stage)] = rate
    after = before[0] * np.cumprod(np.r_[1.0, rates[1:]])
    return FunnelOutputs(
        stages=stages,
        before=before,
        after=after,
        won_before=float(before[-1]),
        won_after=float(after[-1]),
        revenue_before_inr=float(before[-1] * value),
        revenue_after_inr=float(after[-1] * value),
    )


class FunnelExplorer(Explorer):
    """The funnel what-if; build it with :func:`relkit.funnel_explorer`.

    Attributes
    ----------
    controls : dict
        ``"stage"`` (Dropdown), ``"conversion"`` (FloatSlider, set to the stage's measured conversion
        when the stage changes) and ``"deal_value_inr"`` (FloatSlider).
    table : DataFrame
        The :func:`relkit.funnel` table, computed once.
    """

    css_class = "relkit-funnel-explorer"
    lesson_msgid = "wd.funnel.lesson"
    msgid_prefix = "wd.funnel."

    def __init__(self, table: pd.DataFrame, *, stage: str, deal_value_inr: float) -> None:
        import ipywidgets as widgets

        self.table = table
        measured = dict(zip(table["stage"], np.nan_to_num(table["conversion"].to_numpy(float)), strict=True))
        self._measured = measured
        funnel_whatif(table, stage=stage, conversion=measured.get(stage, 0.0), deal_value_inr=deal_value_inr)
        style = {"description_width": "16em"}
        layout = widgets.Layout(width="40em")
        controls = {
            "stage": widgets.Dropdown(
                options=list(table["stage"])[1:], value=stage, style=style, layout=layout
            ),
            "conversion": widgets.FloatSlider(
                value=measured[stage], min=0.0, max=1.0, step=0.01, readout_format=".0%",
                continuous_update=False, style=style, layout=layout,
            ),
            "deal_value_inr": widgets.FloatSlider(
                value=deal_value_inr, min=0.0, max=max(5_00_000.0, deal_value_inr), step=1000.0,
                readout_format=",.0f", continuous_update=False, style=style, layout=layout,
            ),
        }  # fmt: skip
        self.figure, self.axes = new_figure((7.5, 3.8))
        self._make_layout()
        self._bars = None
        self._build(controls)
        controls["stage"].observe(self._on_stage, names="value")

    def _on_stage(self, change: dict) -> None:
        # A new stage starts from its own measured conversion; one update for both changes.
        quietly(self, lambda: setattr(self.controls["conversion"], "value", self._measured[change["new"]]))
        self.update()

    def _on_change(self, change: dict) -> None:
        if change["owner"] is not self.controls["stage"]:
            super()._on_change(change)

    def _label(self, lang: str) -> None:
        super()._label(lang)
        dropdown = self.controls["stage"]
        options = [(value_label("stage", key, lang=lang), key) for key in STAGES if key in self._measured][1:]
        if list(dropdown.options) != options:

            def relabel() -> None:
                value = dropdown.value
                dropdown.options = options
                dropdown.value = value

            quietly(self, relabel)

    def _animated(self) -> list:
        return list(self._bars) if self._bars is not None else []

    def _static(self, lang: str) -> object:
        return (lang, self.axes.get_xlim())

    def _compute(self) -> FunnelOutputs:
        return funnel_whatif(self.table, **self.values())

    def _draw(self, out: FunnelOutputs, lang: str) -> str:
        ax = self.axes
        labels = [value_label("stage", key, lang=lang) for key in out.stages]
        colours = palette()
        with plot_style(lang):
            if self._bars is None:
                positions = range(len(out.stages))
                self._before = ax.barh(positions, out.before, height=0.75, color="#cccccc")
                self._bars = ax.barh(positions, out.after, height=0.45, color=colours[1])
                ax.invert_yaxis()
            for bar, width in zip(self._bars, out.after, strict=True):
                bar.set_width(width)
            # No what-if stage holds more leads than the first one: the scale stays, only the bars move.
            ax.set_xlim(0, 1.08 * max(out.before.max(), out.after.max(), 1.0, out.before[0]))
            ax.set_yticks(range(len(labels)), labels=labels)
            ax.xaxis.set_major_formatter(tick_formatter("number", lang))
            ax.set_xlabel(translate("plot.funnel.axis", lang=lang))
            ax.set_title(term("plot.title.funnel", lang=lang))
            ax.legend(
                [self._before, self._bars],
                [translate("wd.funnel.before", lang=lang), translate("wd.funnel.after", lang=lang)],
                loc="lower right",
            )
            apply_fonts(ax, lang)
        change = out.revenue_after_inr - out.revenue_before_inr
        sign = "+" if change > -0.5 else "−"  # no "−₹0" for a change lost in rounding
        fields = {
            "won_before": format_number(out.won_before, decimals=0, lang=lang),
            "won_after": format_number(out.won_after, decimals=1, lang=lang),
            "revenue_before": format_inr(out.revenue_before_inr, compact=True, lang=lang),
            "revenue_after": format_inr(out.revenue_after_inr, compact=True, lang=lang),
            "change": sign + format_inr(abs(change), compact=True, lang=lang),
        }
        self.results.value = translate("wd.funnel.summary", lang=lang, **fields)
        stage = self.controls["stage"].value
        return translate(
            "wd.funnel.description",
            lang=lang,
            stage=value_label("stage", stage, lang=lang),
            conversion=format_percent(self.controls["conversion"].value, decimals=0, lang=lang),
            first=format_number(out.before[0], decimals=0, lang=lang),
            **fields,
        )


@learner_call
def funnel_explorer(
    leads: pd.DataFrame | None = None, *, stage: str = "qualified", deal_value_inr: float | None = None
) -> FunnelExplorer:
    """Return the funnel what-if: change one stage's conversion, see the deals won and revenue change.

    The funnel is measured once with :func:`relkit.funnel`. Choose a stage and move its conversion;
    every later stage keeps its own conversion, so ``won = new leads * product of the conversions``, and
    ``revenue = won * deal value``. The chart draws the measured funnel in grey and the what-if over it.

    Parameters
    ----------
    leads : DataFrame, optional
        Columns ``stage`` and ``lost_at_stage``; the default world's leads when omitted.
    stage : str
        The stage to start with (any but the first, ``"new"``).
    deal_value_inr : float, optional
        Revenue one won deal brings, INR; by default the median ``value_inr`` of the default world's
        contracts (with your own `leads`, give it).

    Returns
    -------
    FunnelExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> import pandas as pd
    >>> leads = pd.DataFrame({"stage": ["won", "lost", "lost", "contacted", "new"],
    ...                       "lost_at_stage": [None, "proposal", "new", None, None]})
    >>> explorer = funnel_explorer(leads, stage="won", deal_value_inr=10_000)
    >>> explorer.outputs.revenue_before_inr  # 1 won deal
    10000.0
    >>> explorer.controls["conversion"].value = 1.0  # both proposals won
    >>> round(explorer.outputs.revenue_after_inr, 2)
    20000.0
    """
    from ..crm import funnel
    from ..simulation import load_world

    if leads is None or deal_value_inr is None:
        world = load_world()
        leads = world.leads if leads is None else leads
        if deal_value_inr is None:
            deal_value_inr = float(world.contracts["value_inr"].median())
    return FunnelExplorer(funnel(leads), stage=stage, deal_value_inr=deal_value_inr)
