"""CRM next to BRM: the side-by-side table of the comparison lesson, computed from a world."""

from __future__ import annotations

import pandas as pd

from .errors import RelkitValueError
from .i18n import translate
from .signatures import learner_call
from .validation import (
    check_frame,
    check_id_column,
    check_numeric,
    check_unique_key,
    check_world,
    parse_date_columns,
)

__all__ = ["compare_crm_brm"]

_TABLES = {
    "customers": ["customer_id"],
    "orders": ["customer_id", "order_date", "amount_inr"],
    "tickets": ["ticket_id"],
    "partners": ["partner_id"],
    "purchase_orders": ["partner_id", "po_date", "value_inr"],
    "invoices": ["partner_id", "invoice_date", "total_inr"],
    "disputes": ["dispute_id"],
}


_KEYS = {
    "customers": "customer_id",
    "orders": "order_id",
    "tickets": "ticket_id",
    "partners": "partner_id",
    "purchase_orders": "po_id",
    "invoices": "invoice_id",
    "disputes": "dispute_id",
}
_MONEY = {"orders": "amount_inr", "purchase_orders": "value_inr", "invoices": "total_inr"}


def _table(tables: dict, name: str) -> pd.DataFrame:
    table = tables[name]
    if table is None:
        raise RelkitValueError("err.world_missing_table", table=repr(name))
    where = f"world.{name}"
    frame = check_frame(table, name=where, columns=_TABLES[name], allow_empty=name != "orders")
    check_unique_key(frame, _KEYS[name], name=where)
    if name in _MONEY:
        check_numeric(frame, [_MONEY[name]], name=where)
        check_id_column(frame, _TABLES[name][0], name=where)
    return frame


def _per_relationship(events: pd.DataFrame, *, who: str, when: str, value: str) -> tuple[float, float, float]:
    """Median total value per relationship, median single value, and mean events per relationship-year."""
    events = parse_date_columns(events, [when], name=who)
    totals = events.groupby(who)[value].sum()
    years = (events[when].max() - events[when].min()) / pd.Timedelta(days=365.25)
    per_year = events.groupby(who).size().mean() / years if years > 0 else float("nan")
    return float(totals.median()), float(events[value].median()), float(per_year)


@learner_call
def compare_crm_brm(world: object) -> pd.DataFrame:
    """Return the table that sets customer relationships (CRM, B2C) beside partner ones (BRM, B2B).

    Rows (labels in the current language):

    - who the relationship is with (text),
    - number of relationships = rows of ``customers`` / rows of ``partners``,
    - typical value per relationship = median over customers of their total ``amount_inr`` / median
      over partners of their total business with the shop: purchase orders' ``value_inr`` for the
      partners the shop buys from, invoices' ``total_inr`` for those who buy from it,
    - typical single transaction = median order ``amount_inr`` / median purchase order or invoice,
    - transactions per relationship per year = mean orders per customer (purchase orders and invoices
      per partner) / the years the table spans,
    - problems per 100 transactions = 100 * tickets / orders, and 100 * disputes / (purchase orders +
      invoices),
    - key metrics, what holds the relationship together, what goes wrong (text).

    Parameters
    ----------
    world : object
        Anything with DataFrame attributes ``customers``, ``orders``, ``tickets``, ``partners``,
        ``purchase_orders``, ``invoices``, ``disputes``, such as :func:`relkit.simulate` returns, or a
        dict of those tables (``world.tables``).

    Returns
    -------
    DataFrame
        Index: the aspects; two columns, CRM (B2C) and BRM (B2B). Numbers are rounded to 1 decimal;
        ``result.attrs["row_ids"]`` holds the stable English keys of the rows.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> world = SimpleNamespace(
    ...     customers=pd.DataFrame({"customer_id": [1, 2]}),
    ...     orders=pd.DataFrame({"customer_id": [1, 1, 2], "amount_inr": [500.0, 700.0, 300.0],
    ...                          "order_date": ["2024-01-01", "2024-07-01", "2025-01-01"]}),
    ...     tickets=pd.DataFrame({"ticket_id": [1]}),
    ...     partners=pd.DataFrame({"partner_id": ["S1"]}),
    ...     purchase_orders=pd.DataFrame({"partner_id": ["S1", "S1"], "value_inr": [90000.0, 110000.0],
    ...                                   "po_date": ["2024-01-01", "2025-01-01"]}),
    ...     invoices=pd.DataFrame({"partner_id": ["D1"], "total_inr": [40000.0],
    ...                            "invoice_date": ["2024-06-01"]}),
    ...     disputes=pd.DataFrame({"dispute_id": [1]}),
    ... )
    >>> table = compare_crm_brm(world)
    >>> table.loc[:, "CRM (B2C)"].iloc[1:4].tolist()  # 2 customers; totals 1200 and 300; orders
    [2, 750.0, 500.0]
    >>> table.loc[:, "BRM (B2B)"].iloc[2:4].tolist()  # S1 200000 and D1 40000; 90000, 110000, 40000
    [120000.0, 90000.0]
    """
    tables = check_world(world, _TABLES)
    customers, orders, tickets = (_table(tables, name) for name in ("customers", "orders", "tickets"))
    partners, pos, invoices, disputes = (
        _table(tables, name) for name in ("partners", "purchase_orders", "invoices", "disputes")
    )
    crm_value, crm_ticket, crm_rate = _per_relationship(
        orders, who="customer_id", when="order_date", value="amount_inr"
    )
    bought = parse_date_columns(pos, ["po_date"], name="world.purchase_orders")
    sold = parse_date_columns(invoices, ["invoice_date"], name="world.invoices")
    documents = pd.concat(  # what the shop buys from partners and what it sells to them
        [
            pd.DataFrame(
                {"partner_id": bought["partner_id"], "date": bought["po_date"], "value": bought["value_inr"]}
            ),
            pd.DataFrame(
                {"partner_id": sold["partner_id"], "date": sold["invoice_date"], "value": sold["total_inr"]}
            ),
        ],
        ignore_index=True,
    )
    brm_value, brm_ticket, brm_rate = _per_relationship(
        documents, who="partner_id", when="date", value="value"
    )
    rows = {
        "who": (translate("cmp.who.crm"), translate("cmp.who.brm")),
        "count": (len(customers), len(partners)),
        "value": (round(crm_value, 1), round(brm_value, 1)),
        "ticket": (round(crm_ticket, 1), round(brm_ticket, 1)),
        "frequency": (round(crm_rate, 1), round(brm_rate, 1)),
        "problem_rate": (
            round(100.0 * len(tickets) / len(orders), 1),
            round(100.0 * len(disputes) / len(documents), 1) if len(documents) else float("nan"),
        ),
        "metrics": (translate("cmp.metrics.crm"), translate("cmp.metrics.brm")),
        "governed": (translate("cmp.governed.crm"), translate("cmp.governed.brm")),
        "problems": (translate("cmp.problems.crm"), translate("cmp.problems.brm")),
    }
    table = pd.DataFrame(
        list(rows.values()),
        index=pd.Index([translate(f"cmp.{key}") for key in rows], name=translate("cmp.aspect")),
        columns=[translate("cmp.col.crm"), translate("cmp.col.brm")],
        dtype=object,
    )
    table.attrs["row_ids"] = list(rows)
    return table
