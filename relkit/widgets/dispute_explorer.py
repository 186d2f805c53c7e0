"""The dispute and renewal explorer: filter partners by type and tier, see dispute against renewal rate."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from ..brm.contracts import contract_outcomes
from ..formatting import format_number, format_percent
from ..i18n import term, translate
from ..labels import column_label, value_label
from ..plots.style import apply_fonts, palette, plot_style, tick_formatter
from ..signatures import learner_call
from ..validation import check_choice, check_frame
from ._base import Explorer, new_figure, quietly

__all__ = [
    "DisputeRenewalExplorer",
    "DisputeRenewalOutputs",
    "dispute_renewal_explorer",
    "dispute_renewal_outputs",
    "partner_relations",
]

ALL = "all"


def partner_relations(
    partners: pd.DataFrame, contracts: pd.DataFrame, disputes: pd.DataFrame, orders: pd.DataFrame
) -> pd.DataFrame:
    """Return one row per partner: type, tier, orders, disputes, decided and renewed contracts, and rates.

    ``dispute_rate = disputes / orders`` (all orders between the company and the partner: purchase
    orders to a supplier, sales orders from a distributor; pass them stacked, one row each with a
    ``partner_id``), ``renewal_rate = renewed / decided contracts`` (undecided ones left out, as in
    :func:`relkit.renewal_rate`); NaN where the partner has no order or no decided contract.

    Examples
    --------
    >>> import pandas as pd
    >>> partners = pd.DataFrame({"partner_id": [1, 2], "partner_type": ["supplier", "reseller"],
    ...                          "tier": ["gold", "bronze"]})
    >>> contracts = pd.DataFrame({"partner_id": [1, 1, 2], "renewed": [True, False, None]})
    >>> disputes = pd.DataFrame({"partner_id": [1, 2, 2]})
    >>> orders = pd.DataFrame({"partner_id": [1, 1, 1, 1, 2, 2]})
    >>> partner_relations(partners, contracts, disputes, orders)[["dispute_rate", "renewal_rate"]]
    ... # doctest: +NORMALIZE_WHITESPACE
                dispute_rate  renewal_rate
    partner_id
    1                   0.25           0.5
    2                   1.00           NaN
    """
    table = check_frame(partners, name="partners", columns=["partner_id", "partner_type", "tier"])
    ids = pd.Index(table["partner_id"], name="partner_id")
    outcome = contract_outcomes(check_frame(contracts, name="contracts", columns=["partner_id", "renewed"]))
    decided = outcome.notna()
    by_partner = contracts["partner_id"]

    def count(values: pd.Series) -> pd.Series:
        return values.value_counts().reindex(ids, fill_value=0).astype(int)

    result = table.set_index("partner_id")[["partner_type", "tier"]].copy()
    result["orders"] = count(check_frame(orders, name="orders", columns=["partner_id"])["partner_id"])
    result["disputes"] = count(check_frame(disputes, name="disputes", columns=["partner_id"])["partner_id"])
    result["decided"] = count(by_partner[decided])
    result["renewed"] = count(by_partner[decided & (outcome == 1)])
    with np.errstate(invalid="ignore", divide="ignore"):
        result["dispute_rate"] = result["disputes"] / result["orders"].where(result["orders"] > 0)
        result["renewal_rate"] = result["renewed"] / result["decided"].where(result["decided"] > 0)
    return result


class DisputeRenewalOutputs(NamedTuple):
    """What the dispute and renewal explorer shows for one filter."""

    partners: pd.DataFrame
    """The partners that pass the filter (rows of :func:`partner_relations`)."""
    dispute_rate: float
    """Their disputes / their orders (pooled); NaN without orders."""
    renewal_rate: float
    """Their renewed / decided contracts (pooled); NaN without a decided contract."""
    renewal_many_disputes: float
    """Pooled renewal rate of those whose dispute rate is above the filtered partners' median."""
    renewal_few_disputes: float
    """Pooled renewal rate of the others (dispute rate at or below the median)."""


def _pooled(rows: pd.DataFrame, part: str, whole: str) -> float:
    total = rows[whole].sum()
    return float(rows[part].sum() / total) if total > 0 else float("nan")


def dispute_renewal_outputs(
    table: pd.DataFrame, *, partner_type: str = ALL, tier: str = ALL
) -> DisputeRenewalOutputs:
    """Filter a :func:`partner_relations` table and compare dispute and renewal rates: the update step.

    Rates are pooled over the filtered partners (``sum(disputes) / sum(orders)``,
    ``sum(renewed) / sum(decided)``); the split at the median dispute rate uses the partners that have
    both rates.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({
    ...     "partner_type": ["supplier", "supplier", "reseller"], "tier": ["gold"] * 3,
    ...     "orders": [10, 10, 5], "disputes": [0, 4, 1], "decided": [2, 2, 1], "renewed": [2, 0, 1],
    ...     "dispute_rate": [0.0, 0.4, 0.2], "renewal_rate": [1.0, 0.0, 1.0]})
    >>> out = dispute_renewal_outputs(table, partner_type="supplier")
    >>> out.dispute_rate, out.renewal_rate  # 4 disputes in 20 orders; 2 renewed of 4
    (0.2, 0.5)
    >>> out.renewal_many_disputes, out.renewal_few_disputes
    (0.0, 1.0)
    """
    frame = check_frame(
        table, name="table", columns=["partner_type", "tier", "orders", "disputes", "decided", "renewed"]
    )
    check_choice(partner_type, (ALL, *sorted(frame["partner_type"].unique())), name="partner_type")
    check_choice(tier, (ALL, *sorted(frame["tier"].unique())), name="tier")
    keep = np.ones(len(frame), dtype=bool)
    if partner_type != ALL:
        keep &= (frame["partner_type"] == partner_type).to_numpy()
    if tier != ALL:
        keep &= (frame["tier"] == tier).to_numpy()
    rows = frame[keep]
    both = rows[rows["dispute_rate"].notna() & rows["renewal_rate"].notna()]
    median = both["dispute_rate"].median() if len(both) else np.nan
    many = both[both["dispute_rate"] > median]
    few = both[both["dispute_rate"] <= median]
    return DisputeRenewalOutputs(
        partners=rows,
        dispute_rate=_pooled(rows, "disputes", "orders"),
        renewal_rate=_pooled(rows, "renewed", "decided"),
        renewal_many_disputes=_pooled(many, "renewed", "decided"),
        renewal_few_disputes=_pooled(few, "renewed", "decided"),
    )


class DisputeRenewalExplorer(Explorer):
    """The dispute and renewal explorer; build it with :func:`relkit.dispute_renewal_explorer`.

    Attributes
    ----------
    controls : dict
        ``"partner_type"`` and ``"tier"``: Dropdowns, each with "all".
    table : DataFrame
        :func:`partner_relations` of the world, computed once.
    """

    css_class = "relkit-dispute-explorer"
    lesson_msgid = "wd.dispute.lesson"
    msgid_prefix = "wd.dispute."

    def __init__(self, table: pd.DataFrame, *, partner_type: str, tier: str) -> None:
        import ipywidgets as widgets

        self.table = table
        dispute_renewal_outputs(table, partner_type=partner_type, tier=tier)  # checks the choices first
        self._choices = {
            "partner_type": [ALL, *dict.fromkeys(table["partner_type"])],
            "tier": [ALL, *dict.fromkeys(table["tier"])],
        }
        style = {"description_width": "12em"}
        layout = widgets.Layout(width="32em")
        controls = {
            "partner_type": widgets.Dropdown(
                options=self._choices["partner_type"], value=partner_type, style=style, layout=layout
            ),
            "tier": widgets.Dropdown(options=self._choices["tier"], value=tier, style=style, layout=layout),
        }
        self.figure, self.axes = new_figure((7.0, 4.6))
        self._make_layout()
        self._points = None
        self._build(controls)

    def _label(self, lang: str) -> None:
        super()._label(lang)

        def relabel() -> None:
            for name, control in self.controls.items():
                options = [
                    (
                        translate("wd.dispute.all", lang=lang)
                        if v == ALL
                        else value_label(name, v, lang=lang),
                        v,
                    )
                    for v in self._choices[name]
                ]
                if list(control.options) != options:
                    value = control.value
                    control.options = options
                    control.value = value

        quietly(self, relabel)

    def _animated(self) -> list:
        return [self._points, self._others] if self._points is not None else []

    def _compute(self) -> DisputeRenewalOutputs:
        return dispute_renewal_outputs(self.table, **self.values())

    def _draw(self, out: DisputeRenewalOutputs, lang: str) -> str:
        ax = self.axes
        table = self.table
        chosen = table.index.isin(out.partners.index)
        colours = palette()
        rng = np.random.default_rng(0)  # a fixed small jitter, so partners with equal rates stay visible
        if self._points is None:
            self._jitter = rng.uniform(-0.015, 0.015, size=len(table))
        x = table["dispute_rate"].to_numpy(dtype=float)
        y = table["renewal_rate"].to_numpy(dtype=float) + self._jitter
        with plot_style(lang):
            if self._points is None:
                self._others = ax.scatter([], [], s=28, color="#cccccc", label=" ")
                self._points = ax.scatter([], [], s=46, color=colours[1], label=" ")
                ax.set_ylim(-0.08, 1.08)
            self._others.set_offsets(np.c_[x[~chosen], y[~chosen]])
            self._points.set_offsets(np.c_[x[chosen], y[chosen]])
            finite = x[np.isfinite(x)]
            ax.set_xlim(-0.02, 1.1 * (finite.max() if finite.size else 1.0) + 0.02)
            ax.xaxis.set_major_formatter(tick_formatter("percent", lang))
            ax.yaxis.set_major_formatter(tick_formatter("percent", lang))
            ax.set_xlabel(translate("wd.dispute.xlabel", lang=lang))
            ax.set_ylabel(column_label("renewal_rate", lang=lang))
            ax.set_title(term("wd.dispute.title", lang=lang))
            ax.legend(
                [self._points, self._others],
                [translate("wd.dispute.chosen", lang=lang), translate("wd.dispute.others", lang=lang)],
                loc="lower right",
            )
            apply_fonts(ax, lang)

        def share(value: float) -> str:
            return "—" if not np.isfinite(value) else format_percent(value, decimals=0, lang=lang)

        fields = {
            "partners": format_number(len(out.partners), lang=lang),
            "dispute_rate": share(out.dispute_rate),
            "renewal_rate": share(out.renewal_rate),
            "many": share(out.renewal_many_disputes),
            "few": share(out.renewal_few_disputes),
        }
        self.results.value = translate("wd.dispute.summary", lang=lang, **fields)
        return translate("wd.dispute.description", lang=lang, **fields)


@learner_call
def dispute_renewal_explorer(
    world: object = None, *, partner_type: str = ALL, tier: str = ALL
) -> DisputeRenewalExplorer:
    """Return the dispute and renewal explorer, which asks whether partners with more disputes renew less.

    One point per partner: its dispute rate (disputes / orders, :func:`partner_relations`) against its
    renewal rate (renewed / decided contracts). Filter by partner type and tier; the results give the
    filtered partners' pooled rates and the renewal rate of those with more disputes than their median
    against the others.

    Parameters
    ----------
    world : World, optional
        A :func:`relkit.simulate` world (tables ``partners``, ``contracts``, ``disputes``,
        ``purchase_orders``, ``b2b_orders``); the default world when omitted.
    partner_type, tier : str
        The filter to start with, such as ``"supplier"`` and ``"gold"``; ``"all"`` keeps every partner.

    Returns
    -------
    DisputeRenewalExplorer
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> explorer = dispute_renewal_explorer()
    >>> everyone = len(explorer.outputs.partners)
    >>> explorer.controls["partner_type"].value = "supplier"
    >>> len(explorer.outputs.partners) < everyone
    True
    """
    from ..simulation import load_world
    from ..validation import check_world

    source = load_world() if world is None else world
    tables = check_world(source, ["partners", "contracts", "disputes", "purchase_orders", "b2b_orders"])
    orders = pd.concat([tables["purchase_orders"][["partner_id"]], tables["b2b_orders"][["partner_id"]]])
    table = partner_relations(tables["partners"], tables["contracts"], tables["disputes"], orders)
    return DisputeRenewalExplorer(table, partner_type=partner_type, tier=tier)
