"""The cohort retention heatmap: one row per cohort, one column per period since the first order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._docstrings import shared_docstring
from ..errors import RelkitValueError
from ..formatting import format_date, format_number, format_percent
from ..i18n import term, translate
from ..signatures import learner_call
from ..validation import check_frame
from .describe import set_description
from .style import apply_fonts, new_axes, plot_style, tick_formatter

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_cohort_heatmap"]

_MAX_ANNOTATED_CELLS = 400  # beyond this, numbers in the cells get too small to read
_DARK_BELOW = 0.55  # viridis is dark below about this share: write white on it, black above


@learner_call
@shared_docstring
def plot_cohort_heatmap(
    retention_table,
    *,
    annotate: bool = True,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Axes:
    """Draw a cohort retention table as a heatmap, each cell the share of a cohort that ordered.

    Cell (cohort c, period k) shows ``customers of c who ordered in period k / customers in c``, as made
    by :func:`relkit.cohort_retention`. Rows are cohorts (newest at the bottom), columns the periods since
    the first order, colours from dark (few came back) to bright (many did), on a colour-blind-safe scale.

    Parameters
    ----------
    retention_table : pandas.DataFrame
        Index: cohorts (pandas Periods), columns: 0, 1, 2, ..., values: shares in [0, 1] or missing
        (periods not yet reached). ``attrs["cohort_size"]`` (``{cohort: customers}``), when present, is
        written beside each cohort.
    annotate : bool
        Write the percentage in each cell (skipped for very large tables).
    title : str, optional
        Your own title; by default "Cohort retention" in the current language, English beside it.
    {axes_parameters}

    Examples
    --------
    >>> import pandas as pd
    >>> cohorts = pd.period_range("2024-01", periods=2, freq="M", name="cohort")
    >>> table = pd.DataFrame({0: [1.0, 1.0], 1: [0.4, None]}, index=cohorts)
    >>> ax = plot_cohort_heatmap(table, lang="hi")
    >>> [tick.get_text() for tick in ax.get_yticklabels()]
    ['जनवरी 2024', 'फ़रवरी 2024']
    >>> sorted(text.get_text() for text in ax.texts)
    ['100%', '100%', '40%']
    """
    import numpy as np
    import pandas as pd

    table = check_frame(retention_table, name="retention_table")
    periods = list(table.columns)
    if periods != list(range(len(periods))):
        raise RelkitValueError(
            "err.plot.bad_periods", name="retention_table", columns=", ".join(repr(c) for c in periods[:8])
        )
    values = table.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    outside = values[(values < 0) | (values > 1)]
    if outside.size:
        raise RelkitValueError("err.plot.not_shares", name="retention_table", value=repr(float(outside[0])))
    freq = getattr(table.index, "freqstr", None) or ""
    sizes = table.attrs.get("cohort_size")
    sizes = dict(sizes.items()) if hasattr(sizes, "items") else None  # a dict, or a Series as before

    with plot_style(lang) as code:
        ax = new_axes(ax)
        image = ax.imshow(np.ma.masked_invalid(values), vmin=0.0, vmax=1.0, aspect="auto")
        ax.set_xticks(range(len(periods)), labels=[format_number(k, lang=code) for k in periods])
        ax.set_yticks(range(len(table)), labels=[_cohort_name(c, sizes, code) for c in table.index])
        ax.tick_params(length=0)
        ax.spines[:].set_visible(False)
        axis = {"M": "plot.cohort.axis_months", "W": "plot.cohort.axis_weeks"}.get(freq[:1])
        ax.set_xlabel(translate(axis or "plot.cohort.axis_periods", lang=code))
        monthly = freq.startswith("M")
        ax.set_ylabel(
            translate("plot.cohort.axis_cohort" if monthly else "plot.cohort.axis_cohort_any", lang=code)
        )
        if annotate and values.size <= _MAX_ANNOTATED_CELLS:
            for (row, column), share in np.ndenumerate(values):
                if np.isnan(share):
                    continue
                colour = "white" if share < _DARK_BELOW else "black"
                text = format_percent(share, decimals=0, lang=code)
                ax.text(column, row, text, ha="center", va="center", color=colour, fontsize=9)
        colorbar = ax.figure.colorbar(image, ax=ax, format=tick_formatter("percent", code))
        colorbar.set_label(translate("plot.cohort.colorbar", lang=code))
        colorbar.outline.set_visible(False)
        ax.set_title(term("plot.title.cohort_retention", lang=code) if title is None else title)
        apply_fonts(ax, code)
        native = translate("plot.title.cohort_retention", lang=code) if title is None else title
        set_description(ax, _describe(native, table.index, values, code))
    return ax


def _describe(title: str, cohorts, values, lang: str) -> str:
    """Name the cohorts and those with the highest and lowest share one period after the first order."""
    import numpy as np

    if len(cohorts) == 0:
        return translate("plot.desc.empty", lang=lang, title=title)
    fields = {
        "title": title,
        "cohorts": format_number(len(cohorts), lang=lang),
        "first": _cohort_name(cohorts[0], None, lang),
        "last": _cohort_name(cohorts[-1], None, lang),
    }
    later = values[:, 1] if values.shape[1] > 1 else np.array([np.nan])
    if np.isnan(later).all():
        return translate("plot.desc.heatmap_short", lang=lang, **fields)
    high, low = int(np.nanargmax(later)), int(np.nanargmin(later))  # the first of equal shares
    return translate(
        "plot.desc.heatmap",
        lang=lang,
        high=_cohort_name(cohorts[high], None, lang),
        high_value=format_percent(later[high], decimals=0, lang=lang),
        low=_cohort_name(cohorts[low], None, lang),
        low_value=format_percent(later[low], decimals=0, lang=lang),
        **fields,
    )


def _cohort_name(cohort, sizes, lang: str) -> str:
    """Name a cohort by its first period ("मार्च 2024"), with its size when the table carries it."""
    import pandas as pd

    if isinstance(cohort, pd.Period) and cohort.freqstr.startswith("M"):
        name = format_date(cohort, style="month", lang=lang)
    elif isinstance(cohort, pd.Period) and cohort.freqstr[:1] in {"Q", "Y", "A"}:  # "Jan–Mar 2023"
        first = format_date(cohort.start_time, style="month_name", lang=lang)
        name = f"{first}–{format_date(cohort.end_time, style='short_month', lang=lang)}"
    elif isinstance(cohort, pd.Period | pd.Timestamp):
        name = format_date(cohort, style="medium", lang=lang)
    else:
        name = str(cohort)
    if sizes is None or cohort not in sizes:
        return name
    return translate(
        "plot.cohort.size", lang=lang, cohort=name, size=format_number(int(sizes[cohort]), lang=lang)
    )
