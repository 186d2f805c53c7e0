"""Line charts: a number over time (or over any ordered column), one line per group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._docstrings import shared_docstring
from ..errors import RelkitError, RelkitValueError
from ..formatting import format_date, format_number
from ..i18n import translate
from ..labels import column_label, value_label
from ..signatures import learner_call
from ..validation import check_choice, check_frame, parse_date_columns, show_value
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

__all__ = ["plot_line"]

_AGGREGATES = ("sum", "mean")
_MONTHS_SPAN_DAYS = 90  # beyond about three months, ticks name months rather than days


@learner_call
@shared_docstring
def plot_line(
    data,
    *,
    x: str,
    y: str,
    hue: str | None = None,
    agg: str = "sum",
    title: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Axes:
    """Draw column `y` against column `x` as a line, one line per value of `hue`.

    Rows sharing the same `x` (and `hue`) are combined first: the point drawn is ``sum(y)`` (or
    ``mean(y)``) over them, so an order table can be drawn straight away. Dates on `x` are written with
    month names in the current language; money columns (``*_inr``) in rupees with lakh and crore.

    Parameters
    ----------
    data : pandas.DataFrame
        The table.
    x : str
        Column along the horizontal axis: dates (also dates written as text, such as ``"2024-03-05"``),
        months (pandas Periods) or numbers.
    y : str
        Numeric column along the vertical axis.
    hue : str, optional
        Column whose values each get a line of their own, such as ``"channel"``.
    agg : {"sum", "mean"}
        How rows with the same `x` are combined.
    title : str, optional
        Your own title; by default "<y> over time" (or "<y> by <x>") in the current language.
    {axes_parameters}

    Examples
    --------
    >>> import pandas as pd
    >>> orders = pd.DataFrame({
    ...     "order_date": pd.to_datetime(["2024-01-05", "2024-01-05", "2024-02-01"]),
    ...     "amount_inr": [100.0, 50.0, 80.0],
    ... })
    >>> ax = plot_line(orders, x="order_date", y="amount_inr", lang="bn")
    >>> ax.get_lines()[0].get_ydata().tolist()
    [150.0, 80.0]
    >>> ax.get_ylabel()
    'টাকার অঙ্ক (₹)'
    """
    import pandas as pd

    columns = [x, y] if hue is None else [x, y, hue]
    frame = check_frame(data, name="data", columns=columns)
    check_choice(agg, _AGGREGATES, name="agg")
    require_numeric(frame, y, name="data")
    frame = frame[columns].copy()
    if isinstance(frame[x].dtype, pd.PeriodDtype):
        frame[x] = frame[x].dt.to_timestamp()
    if frame[x].dtype == object or isinstance(frame[x].dtype, pd.StringDtype):
        try:  # dates written as text, as read from a CSV file
            frame = parse_date_columns(frame, [x], name="data")
        except RelkitError:
            present = frame[x].dropna()
            raise RelkitValueError(
                "err.plot.x_not_ordered",
                name="data",
                column=repr(x),
                example=show_value(present.iloc[0]) if len(present) else "—",
            ) from None
    is_time = pd.api.types.is_datetime64_any_dtype(frame[x])
    if not is_time:
        require_numeric(frame, x, name="data")
    keys = [x] if hue is None else [hue, x]
    points = frame.groupby(keys, observed=True)[y].agg(agg).reset_index()

    with plot_style(lang) as code:
        ax = new_axes(ax)
        groups = [(None, points)] if hue is None else list(points.groupby(hue, observed=True))
        for value, group in groups:
            label = None if hue is None else value_label(hue, value, lang=code)
            ax.plot(group[x], group[y].to_numpy(dtype=float), marker="o", markersize=4, label=label)
        if hue is not None:
            ax.legend(title=column_label(hue, lang=code))
        if is_time:
            _date_ticks(ax, points[x], code)
        else:
            ax.xaxis.set_major_formatter(tick_formatter(value_kind(x), code))
        ax.yaxis.set_major_formatter(tick_formatter(value_kind(y), code))
        ax.set_xlabel(column_label(x, lang=code))
        ax.set_ylabel(column_label(y, lang=code))
        msgid = "plot.title.over_time" if is_time else "plot.title.by"

        def params(each: str) -> dict[str, str]:
            return {"what": column_label(y, lang=each), "by": column_label(x, lang=each)}

        native = translate(msgid, lang=code, **params(code)) if title is None else title
        if title is None:
            title = title_text(msgid, code, params)
        ax.set_title(title)
        apply_fonts(ax, code)
        set_description(ax, _describe(native, points, x=x, y=y, hue=hue, is_time=is_time, lang=code))
    return ax


def _describe(title: str, points, *, x: str, y: str, hue: str | None, is_time: bool, lang: str) -> str:
    """Say the title, the span of `x`, and the highest and lowest point (the first of equal ones)."""
    if points.empty:
        return translate("plot.desc.empty", lang=lang, title=title)
    if is_time:
        span = (points[x].max() - points[x].min()).days
        style = "month" if span > _MONTHS_SPAN_DAYS else "long"  # read aloud: whole month names

        def where(value) -> str:
            return format_date(value, style=style, lang=lang)
    else:

        def where(value) -> str:
            return format_value(float(value), value_kind(x), lang)

    values = points[y].to_numpy(dtype=float)
    high, low = int(values.argmax()), int(values.argmin())  # the first of equal values

    def point(row: int) -> str:
        at = where(points[x].iloc[row])
        return at if hue is None else f"{value_label(hue, points[hue].iloc[row], lang=lang)}, {at}"

    fields = {
        "title": title,
        "start": where(points[x].min()),
        "end": where(points[x].max()),
        "high": point(high),
        "high_value": format_value(values[high], value_kind(y), lang),
        "low": point(low),
        "low_value": format_value(values[low], value_kind(y), lang),
    }
    if hue is None:
        return translate("plot.desc.line", lang=lang, **fields)
    lines = format_number(points[hue].nunique(), lang=lang)
    return translate("plot.desc.line_hue", lang=lang, lines=lines, hue=column_label(hue, lang=lang), **fields)


def _date_ticks(ax: Axes, dates, lang: str) -> None:
    """Write date ticks with the month's name in `lang`: "मार्च 2024", or "5 मार्च 2024" for short spans."""
    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter

    span = (dates.max() - dates.min()).days
    style = "short_month" if span > _MONTHS_SPAN_DAYS else "medium"
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _: format_date(mdates.num2date(value), style=style, lang=lang))
    )
