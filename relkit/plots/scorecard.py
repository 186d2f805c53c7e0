"""The partner scorecard chart: each partner's score out of 100, coloured by grade."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .._docstrings import shared_docstring
from ..errors import RelkitValueError
from ..formatting import format_number
from ..i18n import term, translate
from ..labels import column_label
from ..signatures import learner_call
from ..validation import check_count, check_frame, show_value
from .describe import set_description
from .style import (
    apply_fonts,
    new_axes,
    palette,
    plot_style,
    require_numeric,
    tick_formatter,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_scorecard"]

GRADES = ("A", "B", "C", "D")
# Okabe-Ito colours from good to poor: bluish green, sky blue, orange, vermillion.
_GRADE_COLOUR_INDEX = {"A": 2, "B": 1, "C": 0, "D": 4}


@learner_call
@shared_docstring
def plot_scorecard(
    scorecard_table,
    *,
    top: int = 15,
    title: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Axes:
    """Draw each partner's score (0-100) as a horizontal bar, best first, coloured by grade A-D.

    The score and grade come from :func:`relkit.scorecard`, a weighted mix of on-time delivery, OTIF,
    defects (PPM), lead time and disputes; this chart only draws them.

    Parameters
    ----------
    scorecard_table : pandas.DataFrame
        Columns ``partner_id``, ``score`` (0-100) and ``grade`` (A, B, C or D), one row per partner.
        Partners with neither (no delivery yet) are left out, and a note says how many.
    top : int
        Draw at most this many partners, those with the highest scores; a note says how many are hidden.
    title : str, optional
        Your own title; by default "Partner scorecard" in the current language, English beside it.
    {axes_parameters}

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"partner_id": ["P01", "P02"], "score": [55.0, 91.0], "grade": ["C", "A"]})
    >>> ax = plot_scorecard(table, lang="bn")
    >>> [tick.get_text() for tick in ax.get_yticklabels()]
    ['P02', 'P01']
    >>> [text.get_text() for text in ax.get_legend().get_texts()]
    ['গ্রেড A', 'গ্রেড C']
    """
    from matplotlib.patches import Patch

    if isinstance(scorecard_table, pd.DataFrame) and scorecard_table.index.name == "partner_id":
        scorecard_table = scorecard_table.reset_index()  # relkit.scorecard() returns partners as the index
    table = check_frame(scorecard_table, name="scorecard_table", columns=["partner_id", "score", "grade"])
    require_numeric(table, "score", name="scorecard_table")
    shown = check_count(top, name="top")
    unscored = int((table["score"].isna() & table["grade"].isna()).sum())
    table = table[table["score"].notna() | table["grade"].notna()]  # no delivery yet: nothing to draw
    if table.empty:
        raise RelkitValueError("err.plot.no_scores", name="scorecard_table", count=unscored)
    bad = table.loc[~table["grade"].isin(GRADES), "grade"]
    if len(bad):
        raise RelkitValueError(
            "err.plot.bad_grade",
            name="scorecard_table",
            value=show_value(bad.iloc[0]),
            allowed=", ".join(GRADES),
        )
    best = table.sort_values("score", ascending=False, kind="stable").head(shown)
    colours = palette()

    with plot_style(lang) as code:
        ax = new_axes(ax)
        positions = list(range(len(best)))
        bar_colours = [colours[_GRADE_COLOUR_INDEX[grade]] for grade in best["grade"]]
        ax.barh(positions, best["score"].to_numpy(dtype=float), color=bar_colours, height=0.7)
        ax.set_yticks(positions, labels=[str(partner) for partner in best["partner_id"]])
        ax.invert_yaxis()
        for position, (score, grade) in enumerate(zip(best["score"], best["grade"], strict=True)):
            # One decimal: a score of 69.85 shown as "70" would contradict its grade C (B starts at 70).
            score_text = format_number(float(score), decimals=1, lang=code)
            ax.text(float(score) + 1, position, f"{score_text} ({grade})", va="center", fontsize=10)
        ax.set_xlim(0, 110)
        ax.set_xticks(range(0, 101, 20))
        ax.xaxis.set_major_formatter(tick_formatter("number", code))
        xlabel = translate("plot.scorecard.axis", lang=code)
        ax.set_ylabel(column_label("partner_id", lang=code))
        present = [grade for grade in GRADES if grade in set(best["grade"])]
        handles = [
            Patch(
                color=colours[_GRADE_COLOUR_INDEX[g]],
                label=translate("plot.scorecard.grade", lang=code, grade=g),
            )
            for g in present
        ]
        ax.legend(
            handles=handles,
            title=column_label("grade", lang=code),
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
        )
        if len(table) > shown:
            note = translate(
                "plot.scorecard.more",
                lang=code,
                shown=format_number(shown, lang=code),
                total=format_number(len(table), lang=code),
            )
            xlabel = f"{xlabel}\n{note}"
        if unscored:
            note = translate("plot.scorecard.unscored", lang=code, count=format_number(unscored, lang=code))
            xlabel = f"{xlabel}\n{note}"
        ax.set_xlabel(xlabel)
        ax.set_title(term("plot.title.scorecard", lang=code) if title is None else title)
        apply_fonts(ax, code)
        native = translate("plot.title.scorecard", lang=code) if title is None else title
        set_description(ax, _describe(native, best, table["grade"], code))
    return ax


def _describe(title: str, best: pd.DataFrame, grades: pd.Series, lang: str) -> str:
    """Name the best and the worst partner drawn, with score and grade, and count every grade."""
    total = len(grades)
    partners = (
        translate("plot.desc.partners", lang=lang, count=format_number(total, lang=lang))
        if len(best) == total
        else translate(
            "plot.desc.partners_of",
            lang=lang,
            shown=format_number(len(best), lang=lang),
            total=format_number(total, lang=lang),
        )
    )
    counts = grades.value_counts()
    tally = ", ".join(f"{g} {format_number(int(counts.get(g, 0)), lang=lang)}" for g in GRADES)
    first, last = best.iloc[0], best.iloc[-1]
    partner = column_label("partner_id", lang=lang)
    return translate(
        "plot.desc.scorecard",
        lang=lang,
        title=title,
        partners=partners,
        high=f"{partner} {first['partner_id']}",
        high_score=format_number(float(first["score"]), decimals=1, lang=lang),
        high_grade=str(first["grade"]),
        low=f"{partner} {last['partner_id']}",
        low_score=format_number(float(last["score"]), decimals=1, lang=lang),
        low_grade=str(last["grade"]),
        grades=tally,
    )
