"""relkit's chart style, and the shared steps every plotting helper takes.

:func:`plot_style` is a context manager: inside it matplotlib draws with the language's font, a palette
people with colour-blindness can tell apart, and sizes that stay readable on a projector. Outside it
nothing is changed; relkit never edits matplotlib's global settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..errors import RelkitTypeError, RelkitValueError
from ..fonts import PRIVATE_FAMILIES, register_fonts
from ..formatting import format_inr, format_number, format_percent
from ..i18n import LANGUAGES, get_bilingual, get_language, translate
from ..signatures import learner_call
from ..validation import check_choice, show_value

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.ticker import Formatter

__all__ = ["palette", "plot_style"]

# Okabe & Ito (2008), the palette matplotlib ships as "okabe_ito", reordered so that black and the pale
# yellow, which is hard to see on white, come last.
_PALETTE_ORDER = (1, 2, 3, 5, 6, 7, 4, 0)
_PALETTE_NAME = "okabe_ito"

_FALLBACK_FAMILY = PRIVATE_FAMILIES["en"]  # matplotlib's DejaVu Sans, for what the language font lacks
_SHARE_COLUMNS = ("conversion", "retention", "churn", "score_share")


@learner_call
def palette() -> list[str]:
    """Return relkit's colour-blind-safe colours as hex strings (Okabe-Ito, black and yellow last).

    Examples
    --------
    >>> palette()[:3]
    ['#e69f00', '#56b4e9', '#009e73']
    """
    from matplotlib import color_sequences
    from matplotlib.colors import to_hex

    colours = color_sequences[_PALETTE_NAME]
    return [to_hex(colours[index]) for index in _PALETTE_ORDER]


def _resolve_language(lang: str | None) -> str:
    return get_language() if lang is None else str(check_choice(lang, LANGUAGES, name="lang"))


def font_family(lang: str) -> list[str]:
    """Return the font families that draw `lang`: its own font first, matplotlib's font as fallback.

    These are relkit's private family names (see :mod:`relkit.fonts`), so no system font can stand in.
    """
    own = PRIVATE_FAMILIES[lang]
    return [own] if own == _FALLBACK_FAMILY else [own, _FALLBACK_FAMILY]


@contextmanager
@learner_call
def plot_style(lang: str | None = None) -> Iterator[str]:
    """Draw with relkit's style inside a ``with`` block: the language's font, Okabe-Ito colours, big text.

    The style is applied with :func:`matplotlib.rc_context`, so it ends with the block. Figures made
    inside the block keep the style when shown later.

    Parameters
    ----------
    lang : {"en", "hi", "bn"}, optional
        Language whose font to use; the current one when omitted.

    Yields
    ------
    str
        The language code in use.

    Examples
    --------
    >>> import matplotlib
    >>> with plot_style("hi") as lang:
    ...     matplotlib.rcParams["font.family"]
    ['relkit Noto Sans Devanagari', 'relkit DejaVu Sans']
    >>> lang
    'hi'
    """
    import matplotlib
    from cycler import cycler

    code = _resolve_language(lang)
    register_fonts()
    settings = {
        "font.family": font_family(code),
        "font.size": 11,
        "axes.titlesize": 14,
        "axes.titlepad": 10,
        "axes.labelsize": 12,
        "xtick.labelsize": 11,
        "ytick.labelsize": 11,
        "legend.fontsize": 11,
        "legend.title_fontsize": 11,
        "legend.frameon": False,
        "axes.prop_cycle": cycler(color=palette()),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "image.cmap": "viridis",
        "figure.figsize": (8.0, 5.0),
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
    }
    interactive = matplotlib.is_interactive()
    try:
        with matplotlib.rc_context(settings):
            try:
                yield code
            finally:
                # The first figure of a Jupyter session switches the inline backend on, which turns
                # interactive mode on; rc_context would undo that on exit and no later figure would show.
                interactive = matplotlib.is_interactive()
    finally:
        matplotlib.interactive(interactive)


def new_axes(ax: object) -> Axes:
    """Return `ax`, or the axes of a new figure when `ax` is None; reject anything that is not an Axes."""
    from matplotlib.axes import Axes

    if ax is None:
        import matplotlib.pyplot as plt

        from .describe import CaptionedFigure

        _, ax = plt.subplots(layout="constrained", FigureClass=CaptionedFigure)
        return ax
    if not isinstance(ax, Axes):
        raise RelkitTypeError("err.plot.not_axes", kind=type(ax).__name__)
    return ax


def apply_fonts(ax: Axes, lang: str) -> None:
    """Give every text artist of `ax` (and of colour bars beside it) the font of `lang`.

    Tick labels made later, when matplotlib picks new ticks, inherit the font too.
    """
    from matplotlib.text import Text

    family = font_family(lang)
    axes = [ax, *(other for other in ax.figure.axes if getattr(other, "_colorbar", None) is not None)]
    for each in axes:
        each.tick_params(labelfontfamily=family)
        for text in each.findobj(Text):
            text.set_fontfamily(family)


def title_text(msgid: str, lang: str, params: Callable[[str], dict[str, str]]) -> str:
    """Return a composed title in `lang`, with the English title beside it when bilingual labels are on.

    `params` gives the placeholder values for a language, so that "{what} by {by}" is filled with Hindi
    labels in the Hindi title and English labels in the English one. A long pair goes on two lines.
    """
    native = translate(msgid, lang=lang, **params(lang))
    if lang == "en" or not get_bilingual():
        return native
    english = translate(msgid, lang="en", **params("en"))
    separator = "\n" if len(native) + len(english) > 48 else " "
    return f"{native}{separator}({english})"


def value_kind(column: str) -> str:
    """Guess how a column's numbers should be written: ``"inr"``, ``"percent"`` or ``"number"``."""
    column = str(column)  # a column may be named by a number, such as 0
    if column.endswith("_inr"):
        return "inr"
    if column.endswith(("_rate", "_share")) or column in _SHARE_COLUMNS:
        return "percent"
    return "number"


def tick_formatter(kind: str, lang: str) -> Formatter:
    """Return a matplotlib formatter writing tick values as rupees (lakh/crore), percentages or numbers."""
    from matplotlib.ticker import FuncFormatter

    check_choice(kind, ("inr", "percent", "number"), name="kind")
    if kind == "inr":
        return FuncFormatter(lambda value, _: format_inr(value, compact=True, lang=lang))
    if kind == "percent":
        return FuncFormatter(lambda value, _: format_percent(value, decimals=0, lang=lang))
    return FuncFormatter(lambda value, _: format_number(round(value, 6), lang=lang))


def require_numeric(frame, column: str, *, name: str) -> None:
    """Raise a translated error when `column` of `frame` does not hold numbers."""
    import pandas as pd

    values = frame[column]
    if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
        present = values.dropna()
        raise RelkitValueError(
            "err.plot.not_numeric",
            name=name,
            column=repr(column),
            kind=str(values.dtype),
            example=show_value(present.iloc[0]) if len(present) else "—",
        )
