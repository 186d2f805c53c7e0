"""Chart descriptions: a short text in the learner's language saying what a chart shows, and its main numbers.

Every relkit chart stores one on its axes (:func:`set_description`); :func:`describe_chart` reads it back.
A figure relkit makes is a :class:`CaptionedFigure`: shown in Jupyter, it sends the picture with the
description as its alt text (``metadata["image/png"]["alt"]``, which nbconvert and Jupyter Book write
into ``<img alt>``) and, right under it, the description as a caption output of its own (plain text and
HTML), so a screen-reader user and a learner whose picture has not loaded read the same numbers. The
figure's own plain-text form stays ``<Figure size 800x500 with 1 Axes>``; the caption is one more
output, whose text is the description itself (the same on every run: it is computed from the data).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from ..errors import RelkitTypeError
from ..formatting import format_inr, format_number, format_percent
from ..signatures import learner_call

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["CaptionedFigure", "caption_bundle", "describe_chart", "format_value", "set_description"]

_ATTRIBUTE = "relkit_description"


class CaptionedFigure(Figure):
    """A matplotlib Figure that Jupyter shows with its relkit description as alt text and as a caption.

    Nothing else differs from :class:`matplotlib.figure.Figure`; its plain-text form is the same.
    """

    def __repr__(self) -> str:
        # Keep the plain-text output Jupyter stores exactly what a Figure writes.
        width, height = self.bbox.size
        return f"<Figure size {width:g}x{height:g} with {len(self.axes)} Axes>"

    def _ipython_display_(self) -> None:
        from IPython import get_ipython
        from IPython.display import display

        shell = get_ipython()
        data: dict[str, object] = {}
        metadata: dict[str, object] = {}
        if shell is not None:
            for mime, formatter in shell.display_formatter.formatters.items():
                if not formatter.enabled:
                    continue
                result = formatter(self)
                if isinstance(result, tuple) and len(result) == 2:
                    result, extra = result
                    metadata[mime] = extra
                if result is not None:
                    data[mime] = result
        data.setdefault("text/plain", repr(self))
        bundle = caption_bundle(self)
        if bundle is None:
            display(data, raw=True, metadata=metadata)
            return
        for mime in ("image/png", "image/jpeg", "image/svg+xml"):
            if mime in data:
                extra = dict(metadata.get(mime) or {})
                extra["alt"] = bundle["text/plain"]
                metadata[mime] = extra
        display(data, raw=True, metadata=metadata)
        display(bundle, raw=True)


def _root_figure(ax: Axes) -> Figure:
    figure = ax.figure
    while getattr(figure, "figure", figure) is not figure:  # a SubFigure sits inside its parent figure
        figure = figure.figure
    return figure


def set_description(ax: Axes, text: str) -> None:
    """Store `text` as the description of the chart on `ax`, and make its figure show it in Jupyter.

    A figure relkit made is already a :class:`CaptionedFigure`. A plain matplotlib Figure (the learner's
    own ``plt.subplots()``) becomes one: the class only adds how Jupyter displays it.
    """
    setattr(ax, _ATTRIBUTE, text)
    figure = _root_figure(ax)
    if type(figure) is Figure:
        figure.__class__ = CaptionedFigure


@learner_call
def describe_chart(chart: object) -> str:
    """Return the description of a relkit chart: what it shows and its main numbers, in its language.

    Parameters
    ----------
    chart : matplotlib Axes or Figure
        What a relkit plot function returned (the axes), or its figure; for a figure, the descriptions of
        all its relkit charts, one per line.

    Returns
    -------
    str
        The description, in the language the chart was drawn in; empty when no relkit chart is on it.

    Examples
    --------
    >>> import pandas as pd
    >>> import relkit
    >>> partners = pd.DataFrame({"partner_type": ["supplier", "vendor", "supplier"]})
    >>> ax = relkit.plot_bar(partners, x="partner_type")
    >>> relkit.describe_chart(ax)
    'Bar chart: Count by Partner type. Highest: Supplier, 2; lowest: Vendor, 1.'
    """
    from matplotlib.axes import Axes

    if isinstance(chart, Axes):
        return str(getattr(chart, _ATTRIBUTE, ""))
    if isinstance(chart, Figure):
        texts = (getattr(ax, _ATTRIBUTE, "") for ax in chart.axes)
        return "\n".join(text for text in texts if text)
    raise RelkitTypeError("err.plot.not_chart", kind=type(chart).__name__)


def caption_bundle(chart: object) -> dict[str, str] | None:
    """Return the caption as a Jupyter output (``text/plain`` and ``text/html``), or None without one."""
    text = describe_chart(chart)
    if not text:
        return None
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    return {
        "text/plain": text,
        "text/html": (
            f'<p class="relkit-chart-description" style="margin:0.2em 0 0.8em;font-size:0.95em">{lines}</p>'
        ),
    }


def format_value(value: float, kind: str, lang: str) -> str:
    """Write a chart's number as its axis does: rupees (lakh, crore), a percentage, or a plain number."""
    if kind == "inr":
        return format_inr(value, compact=True, lang=lang)
    if kind == "percent":
        return format_percent(value, decimals=1, lang=lang)
    decimals = 0 if float(value).is_integer() else 1
    return format_number(value, decimals=decimals, lang=lang)
