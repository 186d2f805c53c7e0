"""Bar charts of a table: one bar per category, its height a count of rows or a sum or mean."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._docstrings import shared_docstring
from ..i18n import translate
from ..labels import column_label, value_label
from ..signatures import learner_call
from ..validation import check_choice, check_frame
from .describe import format_value, set_description
from .style import (
    apply_fonts,
    new_axes,
    plot_style,
    require_numeric,
    tick_formatter,
    title_text,
    value_kind,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_bar"]

_AGGREGATES = ("sum", "mean")


@learner_call
@shared_docstring
def plot_bar(
    data,
    *,
    x: str,
    y: str | None = None,
    agg: str = "sum",
    sort: bool = True,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Axes:
    """Draw one bar per value of column `x`: the number of rows, or the sum or mean of column `y`.

    Bar height is ``count(rows with x = v)`` when `y` is omitted, else ``sum(y)`` or ``mean(y)`` over
    those rows. Category names, axis labels and the title come out in the current language; money columns
    (``*_inr``) are written in rupees with lakh and crore.

    Parameters
    ----------
    data : pandas.DataFrame
        The table, one row per customer, order, partner...
    x : str
        Column whose values become the bars, such as ``"acquisition_channel"``.
    y : str, optional
        Numeric column to add up or average; count rows when omitted.
    agg : {"sum", "mean"}
        How to combine `y` within a bar.
    sort : bool
        Tallest bar first; with False, bars keep the order in which values first appear (or the order of
        a categorical column).
    title : str, optional
        Your own title; by default "<y> by <x>" in the current language, with the English beside it.
    {axes_parameters}

    Examples
    --------
    >>> import pandas as pd
    >>> partners = pd.DataFrame({"partner_type": ["supplier", "vendor", "supplier"]})
    >>> ax = plot_bar(partners, x="partner_type", lang="hi")
    >>> [tick.get_text() for tick in ax.get_xticklabels()]
    ['आपूर्तिकर्ता', 'विक्रेता']
    >>> [float(bar.get_height()) for bar in ax.patches]
    [2.0, 1.0]
    """
    frame = check_frame(data, name="data", columns=[x] if y is None else [x, y])
    check_choice(agg, _AGGREGATES, name="agg")
    if y is not None:
        require_numeric(frame, y, name="data")
    groups = frame.groupby(x, sort=False, observed=True, dropna=True)
    heights = groups.size() if y is None else groups[y].agg(agg)
    if sort:
        heights = heights.sort_values(ascending=False, kind="stable")

    with plot_style(lang) as code:
        ax = new_axes(ax)
        positions = range(len(heights))
        ax.bar(positions, heights.to_numpy(dtype=float))
        labels = [value_label(x, value, lang=code) for value in heights.index]
        ax.set_xticks(list(positions), labels=labels)
        if len(labels) > 6 or max((len(label) for label in labels), default=0) > 12:
            ax.tick_params(axis="x", labelrotation=30)
            for tick in ax.get_xticklabels():
                tick.set_horizontalalignment("right")
        ax.set_xlabel(column_label(x, lang=code))
        kind = "number" if y is None else value_kind(y)
        ax.yaxis.set_major_formatter(tick_formatter(kind, code))
        ax.set_ylabel(translate("plot.count", lang=code) if y is None else column_label(y, lang=code))

        def params(each: str) -> dict[str, str]:
            what = translate("plot.count", lang=each) if y is None else column_label(y, lang=each)
            return {"what": what, "by": column_label(x, lang=each)}

        native = translate("plot.title.by", lang=code, **params(code)) if title is None else title
        if title is None:
            title = title_text("plot.title.by", code, params)
        ax.set_title(title)
        apply_fonts(ax, code)
        set_description(ax, _describe(native, labels, heights.to_numpy(dtype=float), kind, code))
    return ax


def _describe(title: str, labels: list[str], heights, kind: str, lang: str) -> str:
    """Say the title, then the highest and the lowest bar (the first one of equal bars) with its value."""
    if len(labels) == 0:
        return translate("plot.desc.empty", lang=lang, title=title)
    if len(labels) == 1:
        value = format_value(heights[0], kind, lang)
        return translate("plot.desc.bar_one", lang=lang, title=title, label=labels[0], value=value)
    high, low = int(heights.argmax()), int(heights.argmin())
    return translate(
        "plot.desc.bar",
        lang=lang,
        title=title,
        high=labels[high],
        high_value=format_value(heights[high], kind, lang),
        low=labels[low],
        low_value=format_value(heights[low], kind, lang),
    )
