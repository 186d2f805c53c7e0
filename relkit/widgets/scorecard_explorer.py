"""The partner-scorecard weights explorer: move the weights of the components and watch the ranking change."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..brm._weights import check_weights, weighted_mix
from ..brm.scorecard import COMPONENTS, DEFAULT_WEIGHTS, grade_for
from ..formatting import format_number, format_percent
from ..i18n import term, translate
from ..plots.scorecard import _GRADE_COLOUR_INDEX
from ..plots.style import apply_fonts, palette, plot_style, tick_formatter
from ..signatures import learner_call
from ..validation import check_count, check_frame
from ._base import Explorer, new_figure

__all__ = ["ScorecardExplorer", "ScorecardOutputs", "scorecard_explorer", "scorecard_ranking"]


class ScorecardOutputs(NamedTuple):
    """What the weights explorer shows for one setting of the sliders."""

    weights: dict[str, float]
    """The weights normalised to sum to 1."""
    ranking: pd.DataFrame
    """Partners best first: ``score`` (0-100), ``grade``, ``rank`` (1 = best), ``moved`` (places up
    compared with the default weights; negative: down)."""


def scorecard_ranking(components: pd.DataFrame, weights: Mapping[str, float]) -> ScorecardOutputs:
    """Rank partners by ``score = 100 * sum(w_k * c_k) / sum(w_k)`` with the given component weights.

    `components` is :func:`relkit.brm.scorecard.scorecard_components`; weights are normalised to sum 1
    (a weight of 0 leaves its component out); equal scores keep the partners' order. ``moved`` compares
    each partner's rank with its rank under the default weights.

    Examples
    --------
    >>> import pandas as pd
    >>> parts = pd.DataFrame({"on_time": [1.0, 0.0], "otif": [0.0, 1.0]},
    ...                      index=pd.Index(["S1", "S2"], name="partner_id"))
    >>> out = scorecard_ranking(parts, {"on_time": 3, "otif": 1, "quality": 0, "disputes": 0})
    >>> out.weights["on_time"], out.ranking["score"].tolist()  # 100 * 3/4 and 100 * 1/4
    (0.75, [75.0, 25.0])
    """
    frame = check_frame(components, name="components")
    mix = check_weights(weights, DEFAULT_WEIGHTS)
    total = sum(mix.values())
    normalised = {key: value / total for key, value in mix.items()}
    score = weighted_mix(frame, normalised)
    default = weighted_mix(frame, DEFAULT_WEIGHTS)
    rank = _ranks(score)
    moved = _ranks(default) - rank
    ranking = pd.DataFrame({"score": score, "grade": grade_for(score), "rank": rank, "moved": moved})
    ranking = ranking[ranking["score"].notna()].sort_values("rank", kind="stable")
    return ScorecardOutputs(weights=normalised, ranking=ranking)


def _ranks(score: pd.Series) -> pd.Series:
    """1 for the best score; equal scores keep the partners' order; no score ranks last."""
    order = np.argsort(-score.fillna(-np.inf).to_numpy(), kind="stable")
    rank = np.empty(len(score), dtype=int)
    rank[order] = np.arange(1, len(score) + 1)
    return pd.Series(rank, index=score.index)


class ScorecardExplorer(Explorer):
    """The weights explorer; build it with :func:`relkit.scorecard_explorer`.

    Attributes
    ----------
    controls : dict
        One FloatSlider (0-1) per component: ``on_time``, ``otif``, ``quality``, ``consistency``,
        ``disputes``.
    components : DataFrame
        :func:`relkit.brm.scorecard.scorecard_components`, computed once.
    """

    css_class = "relkit-scorecard-explorer"
    lesson_msgid = "wd.score.lesson"
    msgid_prefix = "wd.score."

    def __init__(self, components: pd.DataFrame, *, top: int) -> None:
        import ipywidgets as widgets

        self.components = components
        self.top = check_count(top, name="top")
        present = [key for key in COMPONENTS if key in components.columns]
        controls = {
            key: widgets.FloatSlider(
                value=DEFAULT_WEIGHTS[key],
                min=0.0,
                max=1.0,
                step=0.025,
                readout_format=".3f",
                continuous_update=False,
                style={"description_width": "18em"},
                layout=widgets.Layout(width="40em"),
            )
            for key in present
        }
        self.figure, self.axes = new_figure((7.5, 4.4))
        self._make_layout()
        self._bars = None
        self._labelled: tuple = ()
        self._build(controls)

    def _animated(self) -> list:
        return [*self._bars, *self._notes] if self._bars is not None else []

    def _static(self, lang: str) -> object:
        return (lang, len(self._bars))

    def _compute(self) -> ScorecardOutputs:
        return scorecard_ranking(self.components, self.values())

    def _draw(self, out: ScorecardOutputs, lang: str) -> str:
        best = out.ranking.head(self.top)
        colours = palette()
        ax = self.axes
        with plot_style(lang):
            if self._bars is None or len(self._bars) != len(best):
                ax.clear()
                self._bars = ax.barh(range(len(best)), np.zeros(len(best)), height=0.7)
                ax.invert_yaxis()
                ax.set_xlim(0, 100)
                self._notes = [ax.text(0, i, "", va="center", fontsize=9) for i in range(len(best))]
            for bar, note, (partner, row) in zip(self._bars, self._notes, best.iterrows(), strict=True):
                bar.set_width(row["score"])
                bar.set_color(colours[_GRADE_COLOUR_INDEX[row["grade"]]])
                note.set_x(min(row["score"], 100) + 1)
                score = format_number(row["score"], decimals=1, lang=lang)
                note.set_text(f"{partner}: {score} ({row['grade']})")
            if self._labelled != (lang, len(best)):  # the axes only change with the language
                ax.set_xlim(0, 118)
                ax.set_xticks(range(0, 101, 20))
                ax.xaxis.set_major_formatter(tick_formatter("number", lang))
                # Ranks on the axis, partners in the notes: the axis stays while the ranking moves.
                ax.set_yticks(
                    range(len(best)), labels=[format_number(i + 1, lang=lang) for i in range(len(best))]
                )
                ax.set_ylabel(translate("wd.score.col.rank", lang=lang))
                ax.set_xlabel(translate("plot.scorecard.axis", lang=lang))
                ax.set_title(term("plot.title.scorecard", lang=lang))
                apply_fonts(ax, lang)
                self._labelled = (lang, len(best))
        shares = ", ".join(
            f"{translate(f'wd.score.name.{key}', lang=lang)} {format_percent(value, decimals=0, lang=lang)}"
            for key, value in out.weights.items()
            if key in self.controls
        )
        rows = []
        for partner, row in best.iterrows():
            moved = int(row["moved"])
            arrow = f"▲{moved}" if moved > 0 else f"▼{-moved}" if moved < 0 else "="
            rows.append(
                f"<tr><td>{format_number(int(row['rank']), lang=lang)}</td>"
                f"<td>{html.escape(str(partner))}</td>"
                f"<td>{format_number(row['score'], decimals=1, lang=lang)}</td><td>{row['grade']}</td>"
                f"<td>{arrow}</td></tr>"
            )
        head = "".join(
            f"<th>{html.escape(translate(f'wd.score.col.{name}', lang=lang))}</th>"
            for name in ("rank", "partner", "score", "grade", "moved")
        )
        self.results.value = (
            f"<p>{html.escape(translate('wd.score.weights', lang=lang, weights=shares))}</p>"
            f'<table class="relkit-table"><tr>{head}</tr>{"".join(rows)}</table>'
        )
        first, last = best.iloc[0], best.iloc[-1]
        return translate(
            "wd.score.description",
            lang=lang,
            shown=format_number(len(best), lang=lang),
            total=format_number(len(out.ranking), lang=lang),
            high=str(best.index[0]),
            high_score=format_number(first["score"], decimals=1, lang=lang),
            low=str(best.index[-1]),
            low_score=format_number(last["score"], decimals=1, lang=lang),
            weights=shares,
        )


@learner_call
def scorecard_explorer(
    purchase_orders: pd.DataFrame | None = None,
    *,
    disputes: pd.DataFrame | None = None,
    top: int = 12,
) -> ScorecardExplorer:
    """Return the partner-scorecard weights explorer: a slider per component, the ranking as they move.

    The components (on time, OTIF, quality, consistency, disputes; each 0-1) are computed once with
    :func:`relkit.brm.scorecard.scorecard_components`; each change re-weighs them:
    ``score = 100 * sum(w_k * c_k) / sum(w_k)``, the weights shown normalised to sum to 1. The table
    says how many places each partner moved compared with relkit's default weights.

    Parameters
    ----------
    purchase_orders, disputes : DataFrame, optional
        As for :func:`relkit.scorecard`; the default world's tables when `purchase_orders` is omitted.
    top : int
        How many partners the chart and table show, best first.

    Returns
    -------
    ScorecardExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> explorer = scorecard_explorer(top=5)
    >>> before = list(explorer.outputs.ranking.index[:5])
    >>> explorer.controls["quality"].value = 1.0
    >>> round(sum(explorer.outputs.weights.values()), 6)
    1.0
    """
    from ..brm.scorecard import scorecard_components
    from ..simulation import load_world

    if purchase_orders is None:
        world = load_world()
        purchase_orders, disputes = world.purchase_orders, world.disputes
    return ScorecardExplorer(scorecard_components(purchase_orders, disputes=disputes), top=top)
