"""Student mistakes with the BRM metrics (scorecard, renewals, trust, disputes, health, cross-selling) and
with the CRM-BRM comparison."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from mistake_cases import Mistake as M  # noqa: N817 - one letter keeps the table of cases readable
from mistake_cases import params, run_mistake

import relkit
from relkit import MissingColumnError, RelkitTypeError, RelkitValueError


def _set(frame: pd.DataFrame, column: str, value, rows=slice(0, 3)) -> pd.DataFrame:
    result = frame.copy()
    result[column] = result[column].astype(object) if not isinstance(value, int | float) else result[column]
    result.iloc[rows, result.columns.get_loc(column)] = value
    return result


def _shift(frame: pd.DataFrame, column: str, days: int, base: str | None = None) -> pd.DataFrame:
    result = frame.copy()
    result[column] = pd.to_datetime(result[base or column]) + pd.Timedelta(days=days)
    return result


def _check(predicate, what: str):
    def check(value: object) -> None:
        assert predicate(value), f"{what}: {value!r}"

    return check


def _text_money(w, table: str, column: str) -> SimpleNamespace:
    tables = dict(w.tables)
    tables[table] = tables[table].assign(**{column: tables[table][column].astype(str)})
    return SimpleNamespace(**tables)


SCORECARD = [
    M(
        "scorecard-twice",
        "silent",
        lambda w: relkit.scorecard(pd.concat([w.purchase_orders, w.purchase_orders])),
        RelkitValueError,
        "purchase_orders",
        r"drop_duplicates\(\)",
    ),
    M(
        "scorecard-po-id-twice",
        "silent",
        lambda w: relkit.scorecard(w.purchase_orders.assign(po_id=1)),
        RelkitValueError,
        "purchase_orders",
        r"subset=\['po_id'\]",
    ),
    M(
        "scorecard-defects-above-inspected",
        "silent",
        lambda w: relkit.scorecard(
            w.purchase_orders.assign(defects=w.purchase_orders["units_inspected"] + 5)
        ),
        RelkitValueError,
        "purchase_orders",
        r"'defects' is larger than 'units_inspected'",
    ),
    M(
        "scorecard-delivered-before-order",
        "silent",
        lambda w: relkit.scorecard(_shift(w.purchase_orders, "delivered_date", -3, base="po_date")),
        RelkitValueError,
        "purchase_orders",
        r"'delivered_date' comes before 'po_date'",
    ),
    M(
        "scorecard-promised-before-order",
        "silent",
        lambda w: relkit.scorecard(_shift(w.purchase_orders, "promised_date", -1, base="po_date")),
        RelkitValueError,
        "purchase_orders",
        r"'promised_date' comes before 'po_date'",
    ),
    M(
        "scorecard-mixed-partner-ids",
        "silent",
        lambda w: relkit.scorecard(_set(w.purchase_orders, "partner_id", "3")),
        RelkitValueError,
        "purchase_orders",
        r"astype\(str\)",
    ),
    M(
        "scorecard-qty-text",
        "message",
        lambda w: relkit.scorecard(w.purchase_orders.assign(qty_ordered="100")),
        RelkitValueError,
        "purchase_orders",
    ),
    M(
        "scorecard-negative-defects",
        "message",
        lambda w: relkit.scorecard(w.purchase_orders.assign(defects=-1)),
        RelkitValueError,
        "purchase_orders",
        r"negative",
    ),
    M(
        "scorecard-weights-list",
        "message",
        lambda w: relkit.scorecard(w.purchase_orders, weights=[0.5, 0.5]),
        RelkitTypeError,
        "weights",
    ),
    M(
        "scorecard-weights-unknown",
        "message",
        lambda w: relkit.scorecard(w.purchase_orders, weights={"speed": 1}),
        RelkitValueError,
        "weights",
        r"'on_time'",
    ),
    M(
        "scorecard-weights-zero",
        "message",
        lambda w: relkit.scorecard(
            w.purchase_orders,
            weights=dict.fromkeys(["on_time", "otif", "quality", "consistency", "disputes"], 0),
        ),
        RelkitValueError,
        "weights",
    ),
    M(
        "scorecard-disputes-positional",
        "traceback",
        lambda w: relkit.scorecard(w.purchase_orders, w.disputes),
        RelkitTypeError,
        "disputes",
        r"disputes=",
    ),
    M(
        "scorecard-disputes-twice",
        "silent",
        lambda w: relkit.scorecard(w.purchase_orders, disputes=pd.concat([w.disputes, w.disputes])),
        RelkitValueError,
        "disputes",
    ),
    M(
        "scorecard-world",
        "message",
        lambda w: relkit.scorecard(w),
        RelkitTypeError,
        "purchase_orders",
        r"world\.purchase_orders",
    ),
    M(
        "scorecard-undelivered-partner",
        "correct",
        lambda w: relkit.scorecard(_set(w.purchase_orders, "delivered_date", pd.NaT, rows=slice(None))),
        None,
        result=_check(
            lambda card: card["score"].isna().all() and (card["delivered"] == 0).all(), "no scores"
        ),
    ),
]

RENEWALS = [
    M(
        "renewal-partners-twice",
        "traceback",
        lambda w: relkit.renewal_rate(w.contracts, partners=pd.concat([w.partners, w.partners.head(3)])),
        RelkitValueError,
        "partners",
        r"drop_duplicates",
    ),
    M(
        "renewal-contracts-twice",
        "silent",
        lambda w: relkit.renewal_rate(pd.concat([w.contracts, w.contracts])),
        RelkitValueError,
        "contracts",
    ),
    M(
        "renewal-ends-before-start",
        "silent",
        lambda w: relkit.renewal_rate(_shift(w.contracts, "end_date", -10, base="start_date")),
        RelkitValueError,
        "contracts",
        r"'end_date' comes before 'start_date'",
    ),
    M(
        "renewal-yes-no",
        "message",
        lambda w: relkit.renewal_rate(w.contracts.assign(renewed="yes")),
        RelkitValueError,
        "contracts",
        r"True, False, 1, 0, -1",
    ),
    M(
        "renewal-none-ended",
        "message",
        lambda w: relkit.renewal_rate(w.contracts, as_of="2023-01-01"),
        RelkitValueError,
        "contracts",
    ),
    M(
        "renewal-as-of-month",
        "silent",
        lambda w: relkit.renewal_rate(w.contracts, as_of="2024-06"),
        RelkitValueError,
        "as_of",
        r"2024-06-30",
    ),
    M(
        "renewal-partners-positional",
        "traceback",
        lambda w: relkit.renewal_rate(w.contracts, w.partners),
        RelkitTypeError,
        "partners",
        r"partners=",
    ),
    M(
        "renewal-partners-without-type",
        "message",
        lambda w: relkit.renewal_rate(w.contracts, partners=w.partners.drop(columns="partner_type")),
        MissingColumnError,
        "partners",
    ),
    M(
        "renewal-correct",
        "correct",
        lambda w: relkit.renewal_rate(w.contracts, partners=w.partners)["ended"].sum(),
        None,
        result=_check(lambda ended: ended > 0, "no ended contracts"),
    ),
]

TRUST = [
    M(
        "trust-item-as-text",
        "silent",
        lambda w: relkit.trust_index(
            pd.DataFrame({"partner_id": ["P1", "P2"], "reliability": [5, 4], "fairness": ["3", "2"]})
        ),
        RelkitValueError,
        "trust_surveys",
        r"'fairness'",
    ),
    M(
        "trust-comment-column-ignored",
        "correct",
        lambda w: relkit.trust_index(
            pd.DataFrame({"partner_id": ["P1", "P2"], "reliability": [5, 1], "comment": ["good", "late"]})
        ).tolist(),
        None,
        result=_check(lambda values: values == [100.0, 0.0], "trust"),
    ),
    M(
        "trust-score-ten",
        "message",
        lambda w: relkit.trust_index(w.trust_surveys.assign(score=10)),
        RelkitValueError,
        "trust_surveys",
        r"1 to 5",
    ),
    M(
        "trust-twice",
        "silent",
        lambda w: relkit.trust_index(pd.concat([w.trust_surveys, w.trust_surveys])),
        RelkitValueError,
        "trust_surveys",
    ),
    M(
        "trust-same-item-twice",
        "silent",
        lambda w: relkit.trust_index(w.trust_surveys.assign(item=w.trust_surveys["item"].iloc[0])),
        RelkitValueError,
        "trust_surveys",
        r"'survey_id', 'item'",
    ),
    M(
        "trust-no-items",
        "message",
        lambda w: relkit.trust_index(w.trust_surveys[["partner_id", "survey_id"]]),
        RelkitValueError,
        "trust_surveys",
    ),
    M(
        "trust-mixed-ids",
        "silent",
        lambda w: relkit.trust_index(_set(w.trust_surveys, "partner_id", "1")),
        RelkitValueError,
        "trust_surveys",
    ),
]

DISPUTES = [
    M(
        "disputes-resolved-before-opened",
        "silent",
        lambda w: relkit.dispute_resolution_time(_shift(w.disputes, "resolved_date", -2, base="opened_date")),
        RelkitValueError,
        "disputes",
        r"'resolved_date' comes before 'opened_date'",
    ),
    M(
        "disputes-twice",
        "silent",
        lambda w: relkit.dispute_resolution_time(pd.concat([w.disputes, w.disputes])),
        RelkitValueError,
        "disputes",
    ),
    M(
        "disputes-date-words",
        "message",
        lambda w: relkit.dispute_resolution_time(w.disputes.assign(opened_date="yesterday")),
        RelkitValueError,
        "disputes",
        r"YYYY-MM-DD",
    ),
    M(
        "disputes-bengali-digits",
        "correct",
        lambda w: relkit.dispute_resolution_time(
            pd.DataFrame({"opened_date": ["২০২৪-০১-০১"], "resolved_date": ["২০২৪-০১-১১"]})
        )["median_days"],
        None,
        result=_check(lambda days: days == 10.0, "days"),
    ),
    M(
        "disputes-tz-aware",
        "traceback",
        lambda w: relkit.dispute_resolution_time(
            pd.DataFrame(
                {
                    "opened_date": pd.to_datetime(["2024-01-01"]).tz_localize("Asia/Kolkata"),
                    "resolved_date": ["2024-01-05"],
                }
            )
        )["median_days"],
        None,
        result=_check(lambda days: days == 4.0, "days"),
    ),
]

HEALTH = [
    M(
        "health-dict-world",
        "message",
        lambda w: relkit.relationship_health(dict(w.tables))["health"],
        None,
        result=_check(lambda health: health.between(0, 100).all() and len(health) == 15, "health"),  # all
    ),
    M(
        "health-invoices-without-payments",
        "message",
        lambda w: relkit.relationship_health(invoices=w.invoices),
        RelkitValueError,
        "payments",
        r"payments=",
    ),
    M(
        "health-frame-as-world",
        "message",
        lambda w: relkit.relationship_health(w.purchase_orders),
        RelkitTypeError,
        "world",
        r"load_world",
    ),
    M(
        "health-nothing",
        "message",
        lambda w: relkit.relationship_health(),
        RelkitValueError,
        None,
        r"purchase_orders=",
    ),
    M(
        "health-contracts-twice",
        "silent",
        lambda w: relkit.relationship_health(w, contracts=pd.concat([w.contracts, w.contracts])),
        RelkitValueError,
        "contracts",
    ),
    M(
        "health-disputes-twice",
        "silent",
        lambda w: relkit.relationship_health(w, disputes=pd.concat([w.disputes, w.disputes])),
        RelkitValueError,
        "disputes",
    ),
    M(
        "health-weights-negative",
        "message",
        lambda w: relkit.relationship_health(w, weights={"trust": -1}),
        RelkitValueError,
        "weights",
    ),
    M(
        "health-misspelt",
        "traceback",
        lambda w: relkit.relationship_health(w, purchase_order=w.purchase_orders),
        RelkitTypeError,
        "purchase_orders",
        r"Did you mean",
    ),
]

CROSS_SELL = [
    M(
        "cross-sell-support-percent",
        "message",
        lambda w: relkit.cross_sell(w.orders, min_support=5),
        RelkitValueError,
        "min_support",
        r"did you mean 0\.05",
    ),
    M(
        "cross-sell-by-unknown",
        "message",
        lambda w: relkit.cross_sell(w.orders, by="basket"),
        MissingColumnError,
        "orders",
        r"'basket'",
    ),
    M(
        "cross-sell-twice",
        "silent",
        lambda w: relkit.cross_sell(pd.concat([w.orders, w.orders])),
        RelkitValueError,
        "orders",
    ),
    M(
        "cross-sell-mixed-baskets",
        "silent",
        lambda w: relkit.cross_sell(_set(w.orders, "customer_id", "1")),
        RelkitValueError,
        "orders",
    ),
    M(
        "cross-sell-positional",
        "traceback",
        lambda w: relkit.cross_sell(w.orders, 0.05),
        RelkitTypeError,
        "min_support",
        r"min_support=0\.05",
    ),
    M(
        "cross-sell-per-order",
        "correct",
        lambda w: relkit.cross_sell(pd.concat([w.orders, w.orders.assign(category="tea")]), by="order_id"),
        None,
        result=_check(lambda table: len(table) > 0, "pairs"),
    ),
]

COMPARE = [
    M(
        "compare-money-text",
        "traceback",
        lambda w: relkit.compare_crm_brm(_text_money(w, "orders", "amount_inr")),
        RelkitValueError,
        "world.orders",
        r"pd\.to_numeric",
    ),
    M(
        "compare-po-value-text",
        "traceback",
        lambda w: relkit.compare_crm_brm(_text_money(w, "purchase_orders", "value_inr")),
        RelkitValueError,
        "world.purchase_orders",
    ),
    M(
        "compare-dict-of-tables",
        "message",
        lambda w: relkit.compare_crm_brm(dict(w.tables)).shape,
        None,
        result=_check(lambda shape: shape == (9, 2), "shape"),
    ),
    M(
        "compare-tables-mapping",
        "correct",
        lambda w: relkit.compare_crm_brm(w.tables).shape,
        None,
        result=_check(lambda shape: shape == (9, 2), "shape"),
    ),
    M(
        "compare-one-table",
        "message",
        lambda w: relkit.compare_crm_brm(w.orders),
        RelkitTypeError,
        "world",
        r"single DataFrame",
    ),
    M(
        "compare-nothing-useful",
        "message",
        lambda w: relkit.compare_crm_brm([1, 2, 3]),
        RelkitTypeError,
        "world",
    ),
    M(
        "compare-missing-table",
        "message",
        lambda w: relkit.compare_crm_brm({"orders": w.orders}),
        RelkitValueError,
        "world",
        r"'customers'",
    ),
    M(
        "compare-orders-twice",
        "silent",
        lambda w: relkit.compare_crm_brm({**w.tables, "orders": pd.concat([w.orders, w.orders])}),
        RelkitValueError,
        "world.orders",
    ),
    M(
        "compare-mixed-ids",
        "silent",
        lambda w: relkit.compare_crm_brm({**w.tables, "orders": _set(w.orders, "customer_id", "1")}),
        RelkitValueError,
        "world.orders",
    ),
]

CASES = [*SCORECARD, *RENEWALS, *TRUST, *DISPUTES, *HEALTH, *CROSS_SELL, *COMPARE]


@pytest.mark.parametrize("case", params(CASES))
def test_brm_mistake(case, world, lang):
    run_mistake(case, world, lang)
