"""The retention explorer: move retention, margin, discount rate and CAC, and watch a customer's value.

The lesson it serves: winning a customer costs more than keeping one, so retention drives value. Four
sliders feed :func:`relkit.clv_simple`, :func:`relkit.ltv_cac` and :func:`relkit.payback_months`; a chart
shows the margin one acquired customer brings, month by month, against the cost of winning them.

The chart is a plain matplotlib figure drawn to PNG and shown in an ``ipywidgets.Image``, so it works in
JupyterLab and Notebook without any extra extension. A change redraws only the line data, the texts and
the PNG.
"""

from __future__ import annotations

import html
import io
import math
from typing import NamedTuple

import ipywidgets as widgets
import numpy as np

from ..crm import clv_simple, ltv_cac, payback_months
from ..errors import RelkitError
from ..formatting import format_inr, format_number
from ..i18n import get_language, term, translate
from ..plots.style import apply_fonts, plot_style, tick_formatter, title_text
from ..signatures import learner_call
from ..validation import check_count
from ._base import caption_html, register

__all__ = ["ExplorerOutputs", "RetentionExplorer", "explorer_outputs", "retention_explorer"]


class ExplorerOutputs(NamedTuple):
    """What the explorer shows for one setting of the sliders."""

    clv: float
    """Customer lifetime value, ``m * r / (1 + d - r)`` (:func:`relkit.clv_simple`)."""
    ltv_cac: float
    """``CLV / CAC`` (:func:`relkit.ltv_cac`)."""
    payback: float
    """Months until the retained margin covers CAC (:func:`relkit.payback_months`), or ``inf``."""
    months: np.ndarray
    """Month numbers 0, 1, ..., `months`."""
    cumulative: np.ndarray
    """Expected discounted margin per acquired customer up to each month."""
    breakeven: int | None
    """The first month whose cumulative discounted margin reaches CAC, or None within the horizon."""


def explorer_outputs(
    *, retention: float, margin_inr: float, discount: float, cac_inr: float, months: int
) -> ExplorerOutputs:
    """Compute everything the explorer shows for one setting: the update step, without any widget.

    The curve is the expected margin of one acquired customer, discounted to today's rupees, summed over
    the first ``t`` months, with ``x = r / (1 + d)``::

        cumulative[t] = sum_{k=1..t} m * x**k = m * x * (1 - x**t) / (1 - x)

    It rises towards CLV (``t`` to infinity gives ``m * r / (1 + d - r)``). The break-even month is the
    first ``t`` with ``cumulative[t] >= CAC``. The payback figure comes from :func:`relkit.payback_months`
    (undiscounted, as defined there), so it can be a little shorter than the discounted break-even.

    Parameters
    ----------
    retention : float
        Monthly retention ``r`` in [0, 1).
    margin_inr : float
        Monthly margin ``m`` per customer, INR.
    discount : float
        Monthly discount rate ``d``.
    cac_inr : float
        Acquisition cost per customer, INR, above 0.
    months : int
        How many months the chart covers.

    Examples
    --------
    >>> out = explorer_outputs(retention=0.5, margin_inr=100, discount=0.0, cac_inr=60, months=3)
    >>> round(out.clv, 2)  # 100 * 0.5 / (1 + 0 - 0.5)
    100.0
    >>> out.cumulative.tolist()  # 0, 50, 50 + 25, 50 + 25 + 12.5
    [0.0, 50.0, 75.0, 87.5]
    >>> out.breakeven  # 75 >= 60 in month 2
    2
    """
    horizon = check_count(months, name="months")
    clv = clv_simple(margin_inr, retention, discount)
    ratio = ltv_cac(clv, cac_inr)
    payback = payback_months(cac_inr, margin_inr, retention=retention, discount=discount)
    x = retention / (1.0 + discount)
    steps = np.arange(horizon + 1)
    # Summed rather than the closed form, which divides by 1 - x and is 0/0 at x = 1.
    cumulative = np.concatenate(([0.0], np.cumsum(margin_inr * x ** steps[1:])))
    reached = np.flatnonzero(cumulative >= cac_inr)
    return ExplorerOutputs(
        clv=float(clv),
        ltv_cac=float(ratio),
        payback=float(payback),
        months=steps,
        cumulative=cumulative,
        breakeven=int(reached[0]) if reached.size else None,
    )


_SLIDER_LABELS = {
    "retention": "wd.retention",
    "margin_inr": "wd.margin",
    "discount": "wd.discount",
    "cac_inr": "wd.cac",
}


def _slider(value: float, low: float, high: float, step: float, readout: str) -> widgets.FloatSlider:
    # The range widens to take in the learner's own value: a CAC of 50 stays 50, never 100.
    return widgets.FloatSlider(
        value=value,
        min=min(low, value),
        max=max(high, value),
        step=step,
        readout_format=readout,
        continuous_update=False,
        style={"description_width": "17em"},
        layout=widgets.Layout(width="38em"),
    )


class RetentionExplorer(widgets.VBox):
    """The retention explorer widget; build it with :func:`relkit.retention_explorer`.

    Attributes
    ----------
    sliders : dict of str to FloatSlider
        ``"retention"``, ``"margin_inr"``, ``"discount"``, ``"cac_inr"``.
    clv_text, ltv_cac_text, payback_text : ipywidgets.HTML
        The three results.
    error : ipywidgets.HTML
        Empty, or the message of the error that stopped the last update.
    image : ipywidgets.Image
        The chart as PNG.
    figure, axes : matplotlib Figure and Axes
        The chart; `curve`, `cac_line` and `breakeven_marker` are its lines.
    outputs : ExplorerOutputs or None
        The figures of the last successful update.
    """

    def __init__(
        self, *, retention: float, margin_inr: float, discount: float, cac_inr: float, months: int
    ) -> None:
        # Checks every argument (in the learner's language) before a single widget exists.
        explorer_outputs(
            retention=retention, margin_inr=margin_inr, discount=discount, cac_inr=cac_inr, months=months
        )
        self.months = int(months)
        self.sliders = {
            "retention": _slider(retention, 0.0, 0.99, 0.01, ".2f"),
            "margin_inr": _slider(margin_inr, 0.0, 5000.0, 50.0, ",.0f"),
            "discount": _slider(discount, 0.0, 0.05, 0.001, ".3f"),
            "cac_inr": _slider(cac_inr, 100.0, 20000.0, 100.0, ",.0f"),
        }
        self.lesson = widgets.HTML()
        self.clv_text, self.ltv_cac_text, self.payback_text = (
            widgets.HTML(layout=widgets.Layout(margin="0.4em 2.5em 0.4em 0")) for _ in range(3)
        )
        self.error = widgets.HTML()
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.caption = widgets.HTML()
        self.description = ""
        self.outputs: ExplorerOutputs | None = None
        self._build_figure()
        super().__init__(
            children=[
                self.lesson,
                *self.sliders.values(),
                widgets.HBox([self.clv_text, self.ltv_cac_text, self.payback_text]),
                self.error,
                self.image,
                self.caption,
            ]
        )
        # Stable class names, so a browser test (and a curious instructor's CSS) can find the parts.
        self.add_class("relkit-explorer")
        for name, slider in self.sliders.items():
            slider.add_class(f"relkit-slider-{name}")
            slider.observe(self._on_change, names="value")
        for part in (self.clv_text, self.ltv_cac_text, self.payback_text):
            part.add_class("relkit-result")
        self.error.add_class("relkit-error")
        self.caption.add_class("relkit-caption")
        register(self)  # the language switcher redraws it
        self.update()

    def _build_figure(self) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        with plot_style():
            self.figure = Figure(figsize=(7.5, 4.8), dpi=90)
            FigureCanvasAgg(self.figure)
            self.axes = self.figure.add_subplot()
            (self.curve,) = self.axes.plot([], [], linewidth=2.5)
            self.cac_line = self.axes.axhline(0.0, linestyle="--", linewidth=1.8, color="#d55e00")
            (self.breakeven_marker,) = self.axes.plot(
                [], [], marker="o", markersize=9, linestyle="none", color="#000000"
            )
            self.axes.set_xlim(0, self.months)
        # Constrained layout costs about as much as drawing, so it runs only when the texts around the
        # axes change size (another language, wider tick labels), not at every change.
        self._layout = ConstrainedLayoutEngine()
        self._layout_key: tuple = ()

    def __repr__(self) -> str:
        # Short and the same on every run: Jupyter shows it as the plain-text form, which nbval compares.
        settings = ", ".join(f"{name}={value:g}" for name, value in self.values().items())
        return f"RetentionExplorer({settings}, months={self.months})"

    def values(self) -> dict[str, float]:
        """Return the sliders' current values by argument name."""
        return {name: slider.value for name, slider in self.sliders.items()}

    def _on_change(self, change: dict) -> None:
        self.update()

    def refresh(self) -> None:
        """Redraw in the current language (what the language switcher calls)."""
        self.update()

    def update(self) -> ExplorerOutputs | None:
        """Recompute from the sliders and redraw in the current language; return the new figures.

        A relkit error (a value the formulas reject) is shown in the widget in the learner's language and
        the last chart stays. Any other error is shown the same way and then raised, so it also reaches
        the notebook's log instead of disappearing.
        """
        lang = get_language()
        try:
            outputs = explorer_outputs(**self.values(), months=self.months)
            self._label(lang)
            self._show(outputs, lang)
        except RelkitError as error:
            self._show_error(error)
            return None
        except Exception as error:
            self._show_error(error)
            raise
        self.error.value = ""
        self.outputs = outputs
        return outputs

    def _show_error(self, error: Exception) -> None:
        text = html.escape(translate("wd.error", error=str(error)))
        self.error.value = (
            f'<div role="alert" style="border-left:6px solid #b00020;background:#fdecea;color:#1a1a1a;'
            f'padding:0.5em 0.8em;margin:0.3em 0"><b aria-hidden="true">⚠ </b>{text}</div>'
        )

    def _label(self, lang: str) -> None:
        self.lesson.value = f"<p>{html.escape(translate('wd.lesson', lang=lang))}</p>"
        for name, slider in self.sliders.items():
            slider.description = translate(_SLIDER_LABELS[name], lang=lang)

    def _show(self, outputs: ExplorerOutputs, lang: str) -> None:
        payback = (
            translate("wd.payback_never", lang=lang)
            if math.isinf(outputs.payback)
            else translate(
                "wd.payback_months", lang=lang, months=format_number(outputs.payback, decimals=1, lang=lang)
            )
        )
        for widget, label, value in (
            (self.clv_text, term("term.clv", lang=lang), format_inr(outputs.clv, decimals=0, lang=lang)),
            (
                self.ltv_cac_text,
                translate("wd.ltv_cac", lang=lang),
                format_number(outputs.ltv_cac, decimals=2, lang=lang),
            ),
            (self.payback_text, translate("wd.payback", lang=lang), payback),
        ):
            widget.value = f"<b>{html.escape(label)}</b><br>{html.escape(value)}"
        self._redraw(outputs, lang)

    def _redraw(self, outputs: ExplorerOutputs, lang: str) -> None:
        cac = self.sliders["cac_inr"].value
        ax = self.axes
        self.curve.set_data(outputs.months, outputs.cumulative)
        self.cac_line.set_ydata([cac, cac])
        if outputs.breakeven is None:
            self.breakeven_marker.set_data([], [])
            breakeven = translate("wd.no_breakeven", lang=lang, months=self.months)
        else:
            self.breakeven_marker.set_data([outputs.breakeven], [outputs.cumulative[outputs.breakeven]])
            breakeven = translate("wd.breakeven", lang=lang, month=outputs.breakeven)
        ax.set_ylim(0, 1.12 * max(float(outputs.cumulative.max()), cac))
        if getattr(self, "_texts_lang", None) == lang:
            # Same language: only the break-even entry of the legend can have changed. Building a new
            # legend at every change cost about a third of the redraw.
            self._legend.get_texts()[2].set_text(breakeven)
        else:
            with plot_style(lang):
                ax.set_title(title_text("wd.title", lang, lambda _: {}))
                ax.set_xlabel(translate("wd.xlabel", lang=lang))
                ax.set_ylabel(translate("wd.ylabel", lang=lang))
                ax.yaxis.set_major_formatter(tick_formatter("inr", lang))
                self._legend = ax.legend(
                    [self.curve, self.cac_line, self.breakeven_marker],
                    [translate("wd.curve", lang=lang), translate("wd.cac_line", lang=lang), breakeven],
                    loc="upper center",
                    bbox_to_anchor=(0.5, -0.2),
                    ncols=2,
                )
                apply_fonts(ax, lang)
            self._texts_lang = lang
        self._lay_out(lang)
        self.description = translate(
            "wd.description",
            lang=lang,
            months=format_number(self.months, lang=lang),
            value=format_inr(float(outputs.cumulative[-1]), decimals=0, lang=lang),
            clv=format_inr(outputs.clv, decimals=0, lang=lang),
            cac=format_inr(cac, decimals=0, lang=lang),
            breakeven=breakeven,
        )
        self.caption.value = caption_html(self.description)  # no image tooltip: see relkit.widgets._base
        buffer = io.BytesIO()
        # Light compression: the PNG is a few kB larger and encodes several times faster.
        self.figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
        self.image.value = buffer.getvalue()

    def _lay_out(self, lang: str) -> None:
        """Re-run the layout for another language or title, or y tick labels that no longer fit well."""
        formatter = self.axes.yaxis.get_major_formatter()
        ticks = self.axes.yaxis.get_major_locator()()
        widest = max((len(formatter(tick, index)) for index, tick in enumerate(ticks)), default=0)
        texts, laid_out = (lang, self.axes.get_title()), self._layout_key
        # A label up to two characters narrower than the one laid out for still looks right.
        if not laid_out or laid_out[0] != texts or not laid_out[1] - 2 <= widest <= laid_out[1]:
            self._layout.execute(self.figure)
            self._layout_key = (texts, widest)


@learner_call
def retention_explorer(
    *,
    retention: float = 0.8,
    margin_inr: float = 500,
    discount: float = 0.01,
    cac_inr: float = 1500,
    months: int = 36,
) -> RetentionExplorer:
    """Return the retention explorer: sliders for retention, margin, discount and CAC, and what they mean.

    For the slider values it shows CLV ``= m * r / (1 + d - r)`` (:func:`relkit.clv_simple`), the
    LTV:CAC ratio ``= CLV / CAC`` (:func:`relkit.ltv_cac`), the payback period
    (:func:`relkit.payback_months` with the retention), and a chart of the discounted margin one acquired
    customer brings, month by month, against CAC, with the break-even month marked. Labels follow the
    language relkit speaks, and are redrawn in it at every change.

    Parameters
    ----------
    retention : float
        Monthly retention ``r`` in [0, 1), such as 0.8 for 80 %.
    margin_inr : float
        Monthly margin per customer, INR.
    discount : float
        Monthly discount rate ``d``, such as 0.01 for 1 %.
    cac_inr : float
        Cost of acquiring one customer, INR, above 0.
    months : int
        Months the chart covers.

    Returns
    -------
    RetentionExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Raises
    ------
    RelkitValueError, RelkitTypeError
        For a value the formulas cannot use, such as a retention of 80 instead of 0.8.

    Examples
    --------
    >>> explorer = retention_explorer(retention=0.8, margin_inr=600, discount=0.01, cac_inr=1500)
    >>> round(explorer.outputs.clv, 2)  # 600 * 0.8 / (1 + 0.01 - 0.8) = 480 / 0.21
    2285.71
    >>> explorer.sliders["retention"].value = 0.9
    >>> round(explorer.outputs.clv, 2)  # 600 * 0.9 / (1 + 0.01 - 0.9) = 540 / 0.11
    4909.09
    """
    return RetentionExplorer(
        retention=retention, margin_inr=margin_inr, discount=discount, cac_inr=cac_inr, months=months
    )
