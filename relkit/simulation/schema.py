"""The tables of a world: their columns and types, keys, and how numpy columns and CSV text become them.

One description serves every reader and writer, so a world read back from CSV, Parquet or SQLite has
exactly the dtypes :func:`relkit.simulate` gives: whole numbers ``int64``, whole numbers that may be
missing ``Int64``, amounts ``float64``, words from a fixed list ``category`` (with that list, in that
order, as categories), free text ``str``, dates ``datetime64[us]``, and yes/no-or-unknown ``boolean``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

import numpy as np
import pandas as pd

from . import params as facts

__all__ = ["MESSY_TABLES", "TABLES", "Table", "frame_from_columns", "frame_from_text"]


@dataclass(frozen=True)
class Table:
    """A table's columns (name -> kind), primary key and foreign keys (column -> (table, column)).

    Kinds: ``int``, ``int?`` (0 in the generator means missing), ``float``, ``float?`` (NaN means
    missing), ``text``, ``text?``, ``date``, ``date?``, ``datetime?`` (minutes), ``bool``, ``bool?`` (-1
    means missing), or a tuple of allowed words (a category; code -1 means missing).
    """

    columns: dict[str, object]
    primary_key: tuple[str, ...]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)


_C = ("customers", "customer_id")
_P = ("partners", "partner_id")
_INV = ("invoices", "invoice_id")
_PAYMENT_METHODS = ("upi", "card", "net_banking", "wallet", "cod")
TABLES = MappingProxyType(
    {
        "customers": Table(
            {
                "customer_id": "int",
                "name": "text",
                "name_native": "text?",
                "city": "text",
                "state": "text",
                "signup_date": "date",
                "acquisition_channel": facts.CHANNELS,
                "acquisition_cost_inr": "float",
                "preferred_language": facts.LANGUAGES,
                "phone": "text",
                "email": "text",
                "dnd": "bool",
            },
            ("customer_id",),
        ),
        "consents": Table(
            {
                "customer_id": "int",
                "channel": facts.MESSAGE_CHANNELS,
                "opted_in": "bool",
                "consent_date": "date?",
            },
            ("customer_id", "channel"),
            {"customer_id": _C},
        ),
        "orders": Table(
            {
                "order_id": "int",
                "customer_id": "int",
                "order_date": "date",
                "amount_inr": "float",
                "gst_inr": "float",
                "cost_inr": "float",
                "margin_inr": "float",
                "category": tuple(facts.ORDER_CATEGORIES),
                "channel": facts.ORDER_CHANNELS,
                "payment_method": facts.PAYMENT_METHODS,
                "courier_id": "int?",
                "shipped_date": "date?",
                "promised_date": "date",
                "delivered_date": "date?",
                "damaged": "bool",
                "outcome": facts.ORDER_OUTCOMES,
            },
            ("order_id",),
            {"customer_id": _C, "courier_id": _P},
        ),
        "campaigns": Table(
            {
                "campaign_id": "int",
                "name": "text",
                "channel": facts.CAMPAIGN_CHANNELS,
                "purpose": facts.CAMPAIGN_PURPOSES,
                "start_date": "date",
                "end_date": "date",
                "budget_inr": "float",
                "holdout_share": "float",
            },
            ("campaign_id",),
        ),
        "campaign_members": Table(
            {"campaign_id": "int", "customer_id": "int", "group": facts.CAMPAIGN_GROUPS},
            ("campaign_id", "customer_id"),
            {"campaign_id": ("campaigns", "campaign_id"), "customer_id": _C},
        ),
        "interactions": Table(
            {
                "interaction_id": "int",
                "customer_id": "int",
                "date": "date",
                "kind": facts.INTERACTION_KINDS,
                "campaign_id": "int?",
            },
            ("interaction_id",),
            {"customer_id": _C, "campaign_id": ("campaigns", "campaign_id")},
        ),
        "tickets": Table(
            {
                "ticket_id": "int",
                "order_id": "int",
                "customer_id": "int",
                "opened_at": "datetime",
                "first_response_at": "datetime?",
                "resolved_at": "datetime?",
                "category": tuple(facts.TICKET_CATEGORIES),
                "csat": "int?",
                "sla_hours": "int",
            },
            ("ticket_id",),
            {"order_id": ("orders", "order_id"), "customer_id": _C},
        ),
        "nps_responses": Table(
            {"response_id": "int", "customer_id": "int", "date": "date", "score": "int"},
            ("response_id",),
            {"customer_id": _C},
        ),
        "partners": Table(
            {
                "partner_id": "int",
                "name": "text",
                "partner_type": facts.PARTNER_TYPES,
                "category": facts.PARTNER_CATEGORIES,
                "city": "text",
                "state": "text",
                "gstin": "text",
                "msme": "bool",
                "since_date": "date",
                "tier": facts.PARTNER_TIERS,
                "terms_days": "int",
                "credit_limit_inr": "float?",
            },
            ("partner_id",),
        ),
        "leads": Table(
            {
                "lead_id": "int",
                "created_date": "date",
                "source": facts.LEAD_SOURCES,
                "stage": facts.LEAD_STAGES,
                "lost_at_stage": facts.LEAD_STAGES,
                "partner_id": "int?",
            },
            ("lead_id",),
            {"partner_id": _P},
        ),
        "contracts": Table(
            {
                "contract_id": "int",
                "partner_id": "int",
                "start_date": "date",
                "end_date": "date",
                "value_inr": "float",
                "renewed": "bool?",
            },
            ("contract_id",),
            {"partner_id": _P},
        ),
        "purchase_orders": Table(
            {
                "po_id": "int",
                "partner_id": "int",
                "category": facts.PARTNER_CATEGORIES,
                "po_date": "date",
                "promised_date": "date",
                "delivered_date": "date?",
                "qty_ordered": "int",
                "qty_delivered": "int",
                "units_inspected": "int",
                "defects": "int",
                "value_inr": "float",
                "due_date": "date?",
                "paid_date": "date?",
            },
            ("po_id",),
            {"partner_id": _P},
        ),
        "b2b_orders": Table(
            {
                "order_id": "int",
                "partner_id": "int",
                "order_date": "date",
                "promised_date": "date",
                "delivered_date": "date?",
                "status": ("delivered", "in_transit", "open", "credit_hold"),
            },
            ("order_id",),
            {"partner_id": _P},
        ),
        "b2b_order_lines": Table(
            {
                "order_id": "int",
                "line_no": "int",
                "hsn": "text",
                "category": tuple(facts.ORDER_CATEGORIES),
                "quantity_ordered": "int",
                "quantity_delivered": "int",
                "unit_price_inr": "float",
                "unit_cost_inr": "float",
            },
            ("order_id", "line_no"),
            {"order_id": ("b2b_orders", "order_id")},
        ),
        "invoices": Table(
            {
                "invoice_id": "int",
                "invoice_no": "text",
                "order_id": "int",
                "partner_id": "int",
                "seller_gstin": "text",
                "buyer_gstin": "text",
                "place_of_supply": "text",
                "invoice_date": "date",
                "due_date": "date",
                "taxable_inr": "float",
                "cgst_inr": "float",
                "sgst_inr": "float",
                "igst_inr": "float",
                "total_inr": "float",
            },
            ("invoice_id",),
            {"order_id": ("b2b_orders", "order_id"), "partner_id": _P},
        ),
        "invoice_lines": Table(
            {
                "invoice_id": "int",
                "line_no": "int",
                "hsn": "text",
                "quantity": "int",
                "unit_price_inr": "float",
                "gst_rate": "float",
                "taxable_inr": "float",
                "cgst_inr": "float",
                "sgst_inr": "float",
                "igst_inr": "float",
            },
            ("invoice_id", "line_no"),
            {"invoice_id": _INV},
        ),
        "payments": Table(
            {
                "payment_id": "int",
                "invoice_id": "int",
                "paid_date": "date",
                "amount_inr": "float",
                "method": ("neft", "rtgs", "upi", "cheque"),
            },
            ("payment_id",),
            {"invoice_id": _INV},
        ),
        "credit_notes": Table(
            {
                "credit_note_id": "int",
                "invoice_id": "int",
                "date": "date",
                "amount_inr": "float",
                "reason": ("short_delivery", "damaged", "pricing_error", "return"),
            },
            ("credit_note_id",),
            {"invoice_id": _INV},
        ),
        "disputes": Table(
            {
                "dispute_id": "int",
                "partner_id": "int",
                "po_id": "int?",
                "invoice_id": "int?",
                "opened_date": "date",
                "resolved_date": "date?",
                "category": facts.DISPUTE_CATEGORIES,
                "amount_inr": "float",
            },
            ("dispute_id",),
            {"partner_id": _P, "po_id": ("purchase_orders", "po_id"), "invoice_id": _INV},
        ),
        "trust_surveys": Table(
            {
                "survey_id": "int",
                "partner_id": "int",
                "date": "date",
                "item": facts.TRUST_ITEMS,
                "score": "int",
            },
            ("survey_id", "item"),
            {"partner_id": _P},
        ),
    }
)
"""Every table of a world, in the order they are written."""

MESSY_TABLES = MappingProxyType(
    {
        "source_records": Table(
            {
                "record_id": "int",
                "source_system": "text",
                "name": "text",
                "phone": "text?",
                "email": "text?",
                "city": "text",
                "signup_date": "text?",
            },
            (),  # exact duplicate rows repeat a record id on purpose, so there is no primary key
        ),
        "record_truth": Table(
            {"record_id": "int", "customer_id": "int"}, ("record_id",), {"customer_id": _C}
        ),
        "partner_records": Table(
            {
                "record_id": "int",
                "source_system": "text",
                "name": "text",
                "gstin": "text?",
                "city": "text",
                "phone": "text?",
            },
            ("record_id",),
        ),
        "partner_record_truth": Table(
            {"record_id": "int", "partner_id": "int", "gstin_entry": facts.GSTIN_ENTRIES},
            ("record_id",),
            {"record_id": ("partner_records", "record_id"), "partner_id": _P},
        ),
    }
)
"""The extra tables of a ``messy=True`` world: customers (B2C) and sell-side partners (B2B) as two
systems hold them, and the truth about who is who."""

_DATE_FORMAT = {
    "date": "%Y-%m-%d",
    "date?": "%Y-%m-%d",
    "datetime": "%Y-%m-%d %H:%M",
    "datetime?": "%Y-%m-%d %H:%M",
}


def date_format(table: Table) -> str:
    """Return the text format of the table's dates (each table has dates or timestamps, never both)."""
    kinds = {
        _DATE_FORMAT[kind]
        for kind in table.columns.values()
        if isinstance(kind, str) and kind in _DATE_FORMAT
    }
    return kinds.pop() if kinds else "%Y-%m-%d"


@cache
def _categories(words: tuple[str, ...], text: object) -> pd.CategoricalDtype:
    """Return the dtype of a category column, made once: checking its words takes longer than the codes.

    `text`, the type pandas gives text (it can be changed in a process under pandas 2), keys the cache:
    the categories are of that type, as ``from_codes(codes, categories=list(words))`` makes them.
    """
    return pd.CategoricalDtype(list(words))


def frame_from_columns(columns: dict[str, np.ndarray], table: Table) -> pd.DataFrame:
    """Build the typed DataFrame of `table` from generator columns (codes and sentinels as documented).

    Columns already of the table's type are used as they are, not copied: a world of a million
    customers holds tens of millions of rows.
    """
    data = {}
    text = None
    for name, kind in table.columns.items():
        values = columns[name]
        if isinstance(kind, tuple):
            text = pd.api.types.pandas_dtype("str") if text is None else text
            data[name] = pd.Categorical.from_codes(values, dtype=_categories(kind, text))
        elif kind == "int":
            data[name] = np.asarray(values, dtype=np.int64)
        elif kind == "int?":
            data[name] = pd.arrays.IntegerArray(values.astype(np.int64, copy=False), values == 0)
        elif kind in ("float", "float?"):
            data[name] = np.asarray(values, dtype=np.float64)
        elif kind == "bool":
            data[name] = np.asarray(values, dtype=bool)
        elif kind == "bool?":
            data[name] = pd.arrays.BooleanArray(values == 1, values < 0)
        elif kind in _DATE_FORMAT:
            data[name] = values.astype("datetime64[us]", copy=False)
        else:
            data[name] = pd.array(values, dtype="str")
    return pd.DataFrame(data, copy=False)  # no copy into 2-D blocks: a million-row world builds faster


def text_dtypes(table: Table) -> dict[str, object]:
    """Return the ``dtype=`` mapping for ``pandas.read_csv`` (dates are read as text and parsed after)."""
    simple = {
        "int": "int64",
        "int?": "Int64",
        "float": "float64",
        "float?": "float64",
        "bool": "bool",
        "bool?": "boolean",
    }
    return {
        name: pd.CategoricalDtype(list(kind)) if isinstance(kind, tuple) else simple.get(kind, "str")
        for name, kind in table.columns.items()
    }


def frame_from_text(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Parse the date columns of a table read from CSV with :func:`text_dtypes`."""
    for name, kind in table.columns.items():
        if kind in _DATE_FORMAT:
            parsed = pd.to_datetime(frame[name], format=_DATE_FORMAT[kind])
            frame[name] = parsed.astype("datetime64[us]")
    return frame
