"""The sales funnel: how many leads reached each stage, and how many of them went on to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._docstrings import shared_docstring
from ..formatting import format_number, format_percent
from ..i18n import term, translate
from ..labels import value_label
from ..signatures import learner_call
from ..validation import check_frame, check_nonnegative
from .describe import set_description
from .style import apply_fonts, new_axes, plot_style, require_numeric, tick_formatter

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_funnel"]


@learner_call
@shared_docstring
def plot_funnel(
    funnel_table,
    *,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Axes:
    """Draw a funnel: one centred bar per stage, as wide as the number of leads that reached it.

    Each bar is annotated with ``reached`` and the stage's conversion, ``reached / reached of the stage
    before`` (as in :func:`relkit.funnel`); the win rate, ``attrs["win_rate"]`` (won / new), is written
    in the corner when the table carries it.

    Parameters
    ----------
    funnel_table : pandas.DataFrame
        Columns ``stage`` (English key such as ``"qualified"``), ``label`` (its name, used when relkit has
        no translation of the stage), ``reached`` and ``conversion``; one row per stage, first stage first.
        A conversion is empty (NaN) after a stage nobody reached; that bar shows its count only.
    title : str, optional
        Your own title; by default "Sales funnel" in the current language, English beside it.
    {axes_parameters}

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({
    ...     "stage": ["new", "qualified", "won"], "label": ["New", "Qualified", "Won"],
    ...     "reached": [200, 80, 20], "conversion": [1.0, 0.4, 0.25],
    ... })
    >>> ax = plot_funnel(table, lang="hi")
    >>> [tick.get_text() for tick in ax.get_yticklabels()]
    ['नई', 'योग्य', 'सौदा पक्का']
    >>> [float(bar.get_width()) for bar in ax.patches]
    [200.0, 80.0, 20.0]
    """
    columns = ["stage", "label", "reached", "conversion"]
    table = check_frame(funnel_table, name="funnel_table", columns=columns)
    for column in ("reached", "conversion"):
        require_numeric(table, column, name="funnel_table")
    check_nonnegative(table, ["reached", "conversion"], name="funnel_table")
    win_rate = table.attrs.get("win_rate")
    reached = table["reached"].to_numpy(dtype=float)
    widest = reached.max()

    with plot_style(lang) as code:
        ax = new_axes(ax)
        positions = list(range(len(table)))
        ax.barh(positions, reached, left=(widest - reached) / 2, height=0.7)
        labels = [
            stage_name if (stage_name := value_label("stage", stage, lang=code)) != str(stage) else str(label)
            for stage, label in zip(table["stage"], table["label"], strict=True)
        ]
        ax.set_yticks(positions, labels=labels)
        ax.invert_yaxis()  # first stage on top
        ax.tick_params(axis="y", length=0)
        for position, (count, conversion) in enumerate(zip(reached, table["conversion"], strict=True)):
            count_text = format_number(int(count), lang=code)
            note = (
                count_text
                if position == 0 or conversion != conversion  # NaN: nobody reached the stage before
                else translate(
                    "plot.funnel.note",
                    lang=code,
                    reached=count_text,
                    conversion=format_percent(float(conversion), decimals=0, lang=code),
                )
            )
            ax.text(widest / 2, position, note, ha="center", va="center", fontsize=10)
        ax.xaxis.set_major_formatter(tick_formatter("number", code))
        ax.set_xlabel(translate("plot.funnel.axis", lang=code))
        ax.spines["left"].set_visible(False)
        if win_rate is not None:
            rate = format_percent(float(win_rate), lang=code)
            ax.text(
                0.99,
                0.02,
                translate("plot.funnel.win_rate", lang=code, rate=rate),
                transform=ax.transAxes,
                ha="right",
                va="bottom",
                fontsize=11,
            )
        ax.set_title(term("plot.title.funnel", lang=code) if title is None else title)
        apply_fonts(ax, code)
        native = translate("plot.title.funnel", lang=code) if title is None else title
        conversions = table["conversion"].to_numpy(dtype=float)
        set_description(ax, _describe(native, labels, reached, conversions, win_rate, code))
    return ax


def _describe(title: str, labels: list[str], reached, conversion, win_rate, lang: str) -> str:
    """Name the first and last stage with their counts, the stage with the lowest conversion, the win rate."""
    import numpy as np

    if len(labels) == 0:
        return translate("plot.desc.empty", lang=lang, title=title)
    fields = {
        "title": title,
        "stages": format_number(len(labels), lang=lang),
        "first": labels[0],
        "first_count": format_number(int(reached[0]), lang=lang),
        "last": labels[-1],
        "last_count": format_number(int(reached[-1]), lang=lang),
    }
    later = conversion[1:]
    if later.size == 0 or np.isnan(later).all():
        text = translate("plot.desc.funnel_short", lang=lang, **fields)
    else:
        drop = int(np.nanargmin(later)) + 1  # the first of equal conversions
        text = translate(
            "plot.desc.funnel",
            lang=lang,
            drop=labels[drop],
            drop_conversion=format_percent(float(conversion[drop]), decimals=0, lang=lang),
            **fields,
        )
    if win_rate is None:
        return text
    rate = format_percent(float(win_rate), lang=lang)
    return f"{text} {translate('plot.desc.win_rate', lang=lang, rate=rate)}"
