"""Student mistakes with the CRM metrics: orders, cohorts, retention, CLV, acquisition, funnel, service,
BG/NBD and the single customer view."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from mistake_cases import Mistake as M  # noqa: N817 - one letter keeps the table of cases readable
from mistake_cases import params, run_mistake

import relkit
from relkit import MissingColumnError, RelkitTypeError, RelkitValueError, RelkitWarning


def _mixed_ids(orders: pd.DataFrame) -> pd.DataFrame:
    """Half the ids as text, as after reading two files with different settings: 17 and "17"."""
    frame = orders.copy()
    frame["customer_id"] = frame["customer_id"].astype(object)
    half = frame.index[::2]
    frame.loc[half, "customer_id"] = frame.loc[half, "customer_id"].astype(str)
    return frame


def _digits(text: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(char)) if char.isdigit() else char for char in text)


def _shifted(frame: pd.DataFrame, column: str, **delta) -> pd.DataFrame:
    result = frame.copy()
    result[column] = pd.to_datetime(result[column]) + pd.Timedelta(**delta)
    return result


def _approx(expected: float, tol: float = 1e-9):
    def check(value: object) -> None:
        assert value == pytest.approx(expected, abs=tol)

    return check


def _same(pair: tuple) -> None:
    """A call returning (what the student wrote, what it should equal)."""
    left, right = pair
    if isinstance(left, pd.DataFrame | pd.Series):
        (pd.testing.assert_frame_equal if isinstance(left, pd.DataFrame) else pd.testing.assert_series_equal)(
            left, right
        )
    else:
        assert left == pytest.approx(right)


def _is_frame(rows: int | None = None):
    def check(value: object) -> None:
        assert isinstance(value, pd.DataFrame)
        if rows is not None:
            assert len(value) == rows

    return check


ORDERS = [
    # --- the orders table itself ---------------------------------------------------------------------
    M("rfm-list", "message", lambda w: relkit.rfm(w.orders.to_dict("records")), RelkitTypeError, "orders"),
    M("rfm-world", "message", lambda w: relkit.rfm(w), RelkitTypeError, "orders", r"world\.orders"),
    M(
        "rfm-dict-of-tables",
        "message",
        lambda w: relkit.rfm(dict(w.tables)),
        RelkitTypeError,
        "orders",
        r"tables\['orders'\]",
    ),
    M("nps-world", "message", lambda w: relkit.nps(w), RelkitTypeError, "responses", r"world\.nps_responses"),
    M(
        "rfm-empty",
        "message",
        lambda w: relkit.rfm(w.orders.iloc[:0]),
        RelkitValueError,
        "orders",
        r"no rows",
    ),
    M(
        "rfm-no-date",
        "message",
        lambda w: relkit.rfm(w.orders.drop(columns="order_date")),
        MissingColumnError,
        "orders",
        r"order_date",
    ),
    M(
        "rfm-date-text",
        "message",
        lambda w: relkit.rfm(w.orders.assign(order_date="5th Jan")),
        RelkitValueError,
        "orders",
        r"YYYY-MM-DD",
    ),
    M(
        "rfm-amount-text",
        "message",
        lambda w: relkit.rfm(w.orders.assign(amount_inr=w.orders["amount_inr"].map("₹{:,.0f}".format))),
        RelkitValueError,
        "orders",
        r"pd\.to_numeric",
    ),
    M(
        "rfm-amount-negative",
        "message",
        lambda w: relkit.rfm(w.orders.assign(amount_inr=-w.orders["amount_inr"])),
        RelkitValueError,
        "orders",
        r"negative",
    ),
    M(
        "rfm-empty-customer",
        "message",
        lambda w: relkit.rfm(w.orders.assign(customer_id=w.orders["customer_id"].where(w.orders.index > 3))),
        RelkitValueError,
        "orders",
        r"dropna",
    ),
    M(
        "rfm-mixed-ids",
        "silent",
        lambda w: relkit.rfm(_mixed_ids(w.orders)),
        RelkitValueError,
        "orders",
        r"astype\(str\)",
    ),
    M(
        "rfm-concat-twice",
        "silent",
        lambda w: relkit.rfm(pd.concat([w.orders, w.orders])),
        RelkitValueError,
        "orders",
        r"drop_duplicates\(\)",
    ),
    M(
        "rfm-order-id-twice",
        "silent",
        lambda w: relkit.rfm(w.orders.assign(order_id=w.orders["order_id"].where(w.orders.index != 1, 1))),
        RelkitValueError,
        "orders",
        r"subset=\['order_id'\]",
    ),
    M(
        "rfm-tz-aware-as-of",
        "traceback",
        lambda w: relkit.rfm(w.orders, as_of=pd.Timestamp("2024-06-30", tz="Asia/Kolkata")),
        None,
        result=lambda table: None if table["recency_days"].min() >= 0 else pytest.fail("negative recency"),
    ),
    M(
        "rfm-tz-aware-dates",
        "traceback",
        lambda w: relkit.rfm(
            w.orders.assign(order_date=w.orders["order_date"].dt.tz_localize("Asia/Kolkata"))
        ),
        None,
        result=_is_frame(),
    ),
    M(
        "rfm-tz-matches-naive",
        "correct",
        lambda w: (
            relkit.rfm(w.orders, as_of=pd.Timestamp("2024-06-30", tz="UTC")),
            relkit.rfm(w.orders, as_of="2024-06-30"),
        ),
        None,
        result=_same,
    ),
    M(
        "rfm-devanagari-dates",
        "silent",
        lambda w: (
            relkit.rfm(
                w.orders.assign(
                    order_date=w.orders["order_date"].dt.strftime("%Y-%m-%d").map(lambda d: _digits(d, "०"))
                )
            ),
            relkit.rfm(w.orders),
        ),
        None,
        result=_same,
    ),
    M(
        "rfm-bengali-as-of",
        "correct",
        lambda w: relkit.rfm(w.orders, as_of="২০২৪-০৬-৩০")["recency_days"].min(),
        None,
        result=lambda days: None if days >= 0 else pytest.fail("negative recency"),
    ),
    M(
        "rfm-as-of-number",
        "message",
        lambda w: relkit.rfm(w.orders, as_of=20240630),
        RelkitValueError,
        "as_of",
        r"2024-03-31",
    ),
    M(
        "rfm-as-of-month",
        "silent",
        lambda w: relkit.rfm(w.orders, as_of="2024-06"),
        RelkitValueError,
        "as_of",
        r"2024-06-30",
    ),
    M(
        "rfm-as-of-words",
        "message",
        lambda w: relkit.rfm(w.orders, as_of="last month"),
        RelkitValueError,
        "as_of",
    ),
    M(
        "rfm-as-of-too-early",
        "message",
        lambda w: relkit.rfm(w.orders, as_of="2020-01-01"),
        RelkitValueError,
        "as_of",
        r"before the first order",
    ),
    M(
        "rfm-bins-one",
        "message",
        lambda w: relkit.rfm(w.orders, bins=1),
        RelkitValueError,
        "bins",
        r"at least 2",
    ),
    M(
        "rfm-bins-numpy",
        "message",
        lambda w: relkit.rfm(w.orders, bins=np.int64(1)),
        RelkitValueError,
        "bins",
    ),
    M(
        "rfm-bins-float",
        "message",
        lambda w: relkit.rfm(w.orders, bins=2.5),
        RelkitValueError,
        "bins",
        r"whole number",
    ),
    M(
        "rfm-bins-numpy-ok",
        "correct",
        lambda w: relkit.rfm(w.orders, bins=np.int64(3))["R"].max(),
        None,
        result=_approx(3),
    ),
    M(
        "rfm-positional-as-of",
        "traceback",
        lambda w: relkit.rfm(w.orders, "2024-06-30"),
        RelkitTypeError,
        "as_of",
        r"as_of='2024-06-30'",
    ),
    M(
        "rfm-misspelt",
        "traceback",
        lambda w: relkit.rfm(w.orders, asof="2024-06-30"),
        RelkitTypeError,
        "as_of",
        r"Did you mean",
    ),
    M("rfm-no-orders", "traceback", lambda w: relkit.rfm(), RelkitTypeError, "orders", r"rfm\(orders\)"),
    M(
        "summary-mixed-ids",
        "silent",
        lambda w: relkit.customer_summary(_mixed_ids(w.orders)),
        RelkitValueError,
        "orders",
    ),
    M(
        "summary-freq-year",
        "message",
        lambda w: relkit.customer_summary(w.orders, freq="Y"),
        RelkitValueError,
        "freq",
        r"'D', 'W', 'M'",
    ),
    M(
        "summary-freq-positional",
        "traceback",
        lambda w: relkit.customer_summary(w.orders, None, "W"),
        RelkitTypeError,
        "as_of",
    ),
    M(
        "summary-tz-as-of",
        "traceback",
        lambda w: relkit.customer_summary(w.orders, as_of=pd.Timestamp("2024-12-31", tz="Asia/Kolkata"))[
            "T"
        ].max(),
        None,
        result=lambda t: None if t > 0 else pytest.fail("unexpected result"),
    ),
]

COHORTS = [
    M(
        "cohort-positional",
        "traceback",
        lambda w: relkit.cohort_retention(w.orders, "M"),
        RelkitTypeError,
        "period",
        r"period='M'",
    ),
    M(
        "cohort-period-lower",
        "message",
        lambda w: relkit.cohort_retention(w.orders, period="month"),
        RelkitValueError,
        "period",
        r"'W', 'M', 'Q'",
    ),
    M(
        "cohort-concat",
        "traceback",
        lambda w: pd.concat(
            [relkit.cohort_retention(w.orders.iloc[:200]), relkit.cohort_retention(w.orders.iloc[200:])]
        ),
        None,
        result=_is_frame(),
    ),
    M(
        "cohort-sizes-plain",
        "correct",
        lambda w: relkit.cohort_retention(w.orders).attrs["cohort_size"],
        None,
        result=lambda sizes: (
            None if isinstance(sizes, dict) and sum(sizes.values()) == 300 else pytest.fail(str(sizes))
        ),
    ),
    M(
        "cohort-concat-twice",
        "silent",
        lambda w: relkit.cohort_retention(pd.concat([w.orders, w.orders])),
        RelkitValueError,
        "orders",
    ),
    M(
        "cohort-mixed-ids",
        "silent",
        lambda w: relkit.cohort_retention(_mixed_ids(w.orders)),
        RelkitValueError,
        "orders",
    ),
    M(
        "cohort-series",
        "message",
        lambda w: relkit.cohort_retention(w.orders["customer_id"]),
        RelkitTypeError,
        "orders",
        r"Series",
    ),
]

RETENTION = [
    M(
        "retention-month-strings",
        "silent",
        lambda w: (
            relkit.retention_rate(w.orders, period_start="2024-03", period_end="2024-03"),
            relkit.retention_rate(w.orders, period_start="2024-03-01", period_end="2024-03-31"),
        ),
        None,
        result=_same,
    ),
    M(
        "churn-past-end",
        "silent",
        lambda w: relkit.churn_rate(w.orders, period_start="2024-10-01", period_end="2025-03-31"),
        RelkitWarning,
        None,
        r"orders end on 2024-12-31",
    ),
    M(
        "churn-after-end",
        "silent",
        lambda w: relkit.churn_rate(w.orders, period_start="2025-01-01", period_end="2025-03-31"),
        RelkitValueError,
        None,
        r"after the last order \(2024-12-31\)",
    ),
    M(
        "retention-fully-observed",
        "correct",
        lambda w: relkit.retention_rate(w.orders, period_start="2024-10-01", period_end="2024-12-31"),
        None,
        result=lambda rate: None if 0 <= rate <= 1 else pytest.fail("unexpected result"),
    ),
    M(
        "retention-reversed",
        "message",
        lambda w: relkit.retention_rate(w.orders, period_start="2024-06-30", period_end="2024-04-01"),
        RelkitValueError,
        "period_end",
        r"Swap",
    ),
    M(
        "retention-before-data",
        "message",
        lambda w: relkit.retention_rate(w.orders, period_start="2023-01-01", period_end="2023-01-31"),
        RelkitValueError,
        None,
        r"previous period",
    ),
    M(
        "retention-no-period",
        "traceback",
        lambda w: relkit.retention_rate(w.orders),
        RelkitTypeError,
        "period_start",
        r"period_start=\.\.\.",
    ),
    M(
        "retention-positional",
        "traceback",
        lambda w: relkit.retention_rate(w.orders, "2024-03-01", "2024-03-31"),
        RelkitTypeError,
        "period_start",
        r"period_start='2024-03-01', period_end='2024-03-31'",
    ),
    M(
        "churn-misspelt",
        "traceback",
        lambda w: relkit.churn_rate(w.orders, start="2024-03-01", period_end="2024-03-31"),
        RelkitTypeError,
        "start",
    ),
    M(
        "churn-dates-as-numbers",
        "message",
        lambda w: relkit.churn_rate(w.orders, period_start=20240301, period_end=20240331),
        RelkitValueError,
        "period_start",
    ),
    M(
        "churn-tz-dates",
        "traceback",
        lambda w: relkit.churn_rate(
            w.orders,
            period_start=pd.Timestamp("2024-03-01", tz="Asia/Kolkata"),
            period_end=pd.Timestamp("2024-03-31", tz="Asia/Kolkata"),
        ),
        None,
        result=lambda rate: None if 0 <= rate <= 1 else pytest.fail("unexpected result"),
    ),
    M(
        "churn-concat-twice",
        "silent",
        lambda w: relkit.churn_rate(
            pd.concat([w.orders, w.orders]), period_start="2024-03-01", period_end="2024-03-31"
        ),
        RelkitValueError,
        "orders",
    ),
    M(
        "churn-mixed-ids",
        "silent",
        lambda w: relkit.churn_rate(_mixed_ids(w.orders), period_start="2024-03-01", period_end="2024-03-31"),
        RelkitValueError,
        "orders",
    ),
    M(
        "churn-native-digits",
        "correct",
        lambda w: relkit.churn_rate(w.orders, period_start="২০২৪-০৩-০১", period_end="२०२४-०३-३१"),
        None,
        result=lambda rate: None if 0 <= rate <= 1 else pytest.fail("unexpected result"),
    ),
]


CLV = [
    M(
        "clv-lengths",
        "traceback",
        lambda w: relkit.clv_simple([100, 200], [0.5, 0.6, 0.7], 0.1),
        RelkitValueError,
        "margin",
        r"same length",
    ),
    M(
        "clv-discount-percent",
        "silent",
        lambda w: relkit.clv_simple(1000, 0.8, 10),
        RelkitValueError,
        "discount",
        r"did you mean 0\.1",
    ),
    M(
        "clv-retention-percent",
        "message",
        lambda w: relkit.clv_simple(1000, 80, 0.1),
        RelkitValueError,
        "retention",
        r"did you mean 0\.8",
    ),
    M(
        "clv-retention-one",
        "message",
        lambda w: relkit.clv_simple(1000, 1.0, 0.1),
        RelkitValueError,
        "retention",
        r"\[0, 1\)",
    ),
    M(
        "clv-retention-negative",
        "message",
        lambda w: relkit.clv_simple(1000, -0.2, 0.1),
        RelkitValueError,
        "retention",
        r"\[0, 1\)",
    ),
    M(
        "clv-margin-negative",
        "message",
        lambda w: relkit.clv_simple(-5, 0.8, 0.1),
        RelkitValueError,
        "margin",
        r"cannot be negative",
    ),
    M(
        "clv-margin-text",
        "message",
        lambda w: relkit.clv_simple("1000", 0.8, 0.1),
        RelkitTypeError,
        "margin",
        r"must be a number",
    ),
    M("clv-bool", "message", lambda w: relkit.clv_simple(1000, True, 0.1), RelkitTypeError, "retention"),
    M(
        "clv-nan",
        "message",
        lambda w: relkit.clv_simple(float("nan"), 0.8, 0.1),
        RelkitValueError,
        "margin",
        r"finite",
    ),
    M(
        "clv-numpy-retention",
        "message",
        lambda w: relkit.clv_simple(np.float64(1000), np.float64(1.5), 0.1),
        RelkitValueError,
        "retention",
    ),
    M(
        "clv-array-percent",
        "message",
        lambda w: relkit.clv_simple(1000, np.array([0.5, 80.0]), 0.1),
        RelkitValueError,
        "retention",
        r"0\.8",
    ),
    M(
        "clv-array-discount",
        "silent",
        lambda w: relkit.clv_simple(1000, 0.8, [0.1, 12]),
        RelkitValueError,
        "discount",
    ),
    M(
        "clv-missing",
        "traceback",
        lambda w: relkit.clv_simple(1000, 0.8),
        RelkitTypeError,
        "discount",
        r"clv_simple\(margin, retention, discount\)",
    ),
    M(
        "clv-keywords",
        "correct",
        lambda w: relkit.clv_simple(margin=1000, retention=0.8, discount=0.1),
        None,
        result=_approx(8000 / 3),
    ),
    M(
        "clv-discount-1",
        "correct",
        lambda w: relkit.clv_simple(1000, 0.5, 1.0),
        None,
        result=_approx(1000 * 0.5 / 1.5),
    ),
    M(
        "clv-broadcast",
        "correct",
        lambda w: relkit.clv_simple([100, 200], 0.5, 0.0).tolist(),
        None,
        result=lambda v: None if v == [100.0, 200.0] else pytest.fail("unexpected result"),
    ),
    M(
        "clv-too-many",
        "traceback",
        lambda w: relkit.clv_simple(1000, 0.8, 0.1, 12),
        RelkitTypeError,
        "clv_simple",
        r"3 value\(s\) without a name",
    ),
]

ACQUISITION = [
    M(
        "ltv-cac-zero",
        "message",
        lambda w: relkit.ltv_cac(4500, 0),
        RelkitValueError,
        "cac",
        r"greater than 0",
    ),
    M(
        "ltv-cac-negative-ltv",
        "message",
        lambda w: relkit.ltv_cac(-1, 1500),
        RelkitValueError,
        "ltv",
        r"cannot be negative",
    ),
    M("ltv-cac-text", "message", lambda w: relkit.ltv_cac("4500", 1500), RelkitTypeError, "ltv"),
    M(
        "ltv-cac-numpy",
        "correct",
        lambda w: relkit.ltv_cac(np.float64(4500), np.int64(1500)),
        None,
        result=_approx(3.0),
    ),
    M(
        "payback-negative-cac",
        "message",
        lambda w: relkit.payback_months(-5, 100),
        RelkitValueError,
        "cac",
        r"cannot be negative",
    ),
    M(
        "payback-retention-percent",
        "message",
        lambda w: relkit.payback_months(1200, 300, retention=90),
        RelkitValueError,
        "retention",
        r"did you mean 0\.9",
    ),
    M(
        "payback-discount-percent",
        "silent",
        lambda w: relkit.payback_months(1200, 300, retention=0.9, discount=5),
        RelkitValueError,
        "discount",
        r"did you mean 0\.05",
    ),
    M(
        "payback-positional-retention",
        "traceback",
        lambda w: relkit.payback_months(1200, 300, 0.9),
        RelkitTypeError,
        "retention",
        r"retention=0\.9",
    ),
    M("payback-correct", "correct", lambda w: relkit.payback_months(1200, 300), None, result=_approx(4.0)),
    M(
        "cac-no-cost",
        "message",
        lambda w: relkit.cac_by_channel(w.customers.drop(columns="acquisition_cost_inr")),
        MissingColumnError,
        "customers",
    ),
    M(
        "cac-orders-given",
        "message",
        lambda w: relkit.cac_by_channel(w.orders),
        MissingColumnError,
        "customers",
        r"acquisition_channel",
    ),
    M(
        "cac-twice",
        "silent",
        lambda w: relkit.cac_by_channel(pd.concat([w.customers, w.customers])),
        RelkitValueError,
        "customers",
        r"drop_duplicates",
    ),
    M(
        "cac-cost-text",
        "message",
        lambda w: relkit.cac_by_channel(w.customers.assign(acquisition_cost_inr="500")),
        RelkitValueError,
        "customers",
    ),
    M(
        "cac-negative",
        "message",
        lambda w: relkit.cac_by_channel(w.customers.assign(acquisition_cost_inr=-1.0)),
        RelkitValueError,
        "customers",
    ),
    M(
        "cac-correct",
        "correct",
        lambda w: int(relkit.cac_by_channel(w.customers)["customers"].sum()),
        None,
        result=_approx(300),
    ),
]

FUNNEL = [
    M(
        "funnel-bad-stage",
        "message",
        lambda w: relkit.funnel(w.leads.assign(stage="Won")),
        RelkitValueError,
        "leads",
        r"'won'",
    ),
    M(
        "funnel-twice",
        "silent",
        lambda w: relkit.funnel(pd.concat([w.leads, w.leads])),
        RelkitValueError,
        "leads",
    ),
    M(
        "funnel-no-lost-stage",
        "message",
        lambda w: relkit.funnel(w.leads.drop(columns="lost_at_stage")),
        MissingColumnError,
        "leads",
    ),
    M(
        "funnel-lost-without-stage",
        "message",
        lambda w: relkit.funnel(w.leads.assign(lost_at_stage=None)),
        RelkitValueError,
        "leads",
    ),
    M(
        "funnel-only-new",
        "correct",
        lambda w: relkit.funnel(pd.DataFrame({"stage": ["new", "new"], "lost_at_stage": [None, None]})),
        None,
        result=lambda table: _same((table["reached"].tolist(), [2, 0, 0, 0, 0])),
    ),
    M("funnel-dict", "message", lambda w: relkit.funnel(w.leads.to_dict()), RelkitTypeError, "leads"),
]


def _reversed_tickets(tickets: pd.DataFrame) -> pd.DataFrame:
    frame = tickets.copy()
    frame["resolved_at"] = frame["opened_at"] - pd.Timedelta(hours=5)
    return frame


SERVICE = [
    M(
        "sla-resolved-before-opened",
        "silent",
        lambda w: relkit.service_levels(_reversed_tickets(w.tickets)),
        RelkitValueError,
        "tickets",
        r"'resolved_at' comes before 'opened_at'",
    ),
    M(
        "sla-response-before-opened",
        "silent",
        lambda w: relkit.service_levels(_shifted(w.tickets, "first_response_at", days=-30)),
        RelkitValueError,
        "tickets",
        r"first_response_at",
    ),
    M(
        "sla-twice",
        "silent",
        lambda w: relkit.service_levels(pd.concat([w.tickets, w.tickets])),
        RelkitValueError,
        "tickets",
    ),
    M(
        "sla-hours-negative",
        "message",
        lambda w: relkit.service_levels(w.tickets, sla_hours=-4),
        RelkitValueError,
        "sla_hours",
        r"cannot be negative",
    ),
    M(
        "sla-hours-text",
        "message",
        lambda w: relkit.service_levels(w.tickets, sla_hours="24"),
        RelkitTypeError,
        "sla_hours",
    ),
    M(
        "sla-missing",
        "message",
        lambda w: relkit.service_levels(w.tickets.drop(columns="sla_hours")),
        RelkitValueError,
        "sla_hours",
        r"sla_hours=24",
    ),
    M(
        "sla-csat-ten",
        "message",
        lambda w: relkit.service_levels(w.tickets.assign(csat=10)),
        RelkitValueError,
        "tickets",
        r"1 to 5",
    ),
    M(
        "sla-positional",
        "traceback",
        lambda w: relkit.service_levels(w.tickets, 24),
        RelkitTypeError,
        "sla_hours",
        r"sla_hours=24",
    ),
    M(
        "sla-correct",
        "correct",
        lambda w: (relkit.service_levels(w.tickets)["tickets"], len(w.tickets)),
        None,
        result=_same,
    ),
    M(
        "nps-eleven",
        "message",
        lambda w: relkit.nps(w.nps_responses.assign(score=11)),
        RelkitValueError,
        "responses",
        r"0 to 10",
    ),
    M(
        "nps-text",
        "message",
        lambda w: relkit.nps(w.nps_responses.assign(score="9")),
        RelkitValueError,
        "responses",
    ),
    M(
        "nps-twice",
        "silent",
        lambda w: relkit.nps(pd.concat([w.nps_responses, w.nps_responses])),
        RelkitValueError,
        "responses",
    ),
    M("nps-series", "message", lambda w: relkit.nps(w.nps_responses["score"]), RelkitTypeError, "responses"),
    M(
        "nps-correct",
        "correct",
        lambda w: relkit.nps(pd.DataFrame({"score": [10, 9, 7, 3]})),
        None,
        result=_approx(25.0),
    ),
]

BGNBD = [
    M(
        "bgnbd-orders",
        "message",
        lambda w: relkit.fit_bgnbd(w.orders),
        MissingColumnError,
        "summary",
        r"customer_summary\(orders\)",
    ),
    M(
        "bgnbd-penalizer-negative",
        "message",
        lambda w: relkit.fit_bgnbd(relkit.customer_summary(w.orders), penalizer=-1),
        RelkitValueError,
        "penalizer",
    ),
    M(
        "bgnbd-positional",
        "traceback",
        lambda w: relkit.fit_bgnbd(relkit.customer_summary(w.orders), 0.01),
        RelkitTypeError,
        "penalizer",
        r"penalizer=0\.01",
    ),
    M(
        "bgnbd-impossible-row",
        "message",
        lambda w: relkit.fit_bgnbd(relkit.customer_summary(w.orders).assign(recency=1e6)),
        RelkitValueError,
        None,
        r"customer_summary",
    ),
]


def _unify_truth_shifted(w):
    truth = w.record_truth.assign(record_id="X" + w.record_truth["record_id"].astype(str))
    return relkit.unify(w.source_records, truth=truth)


def _native_signup(w, zero: str):
    records = w.source_records.copy()
    records["signup_date"] = _digits("2024-03-05", zero)
    return relkit.unify(records).customers["signup_date"]


UNIFY = [
    M("unify-truth-no-match", "silent", _unify_truth_shifted, RelkitValueError, "truth", r"record_truth"),
    M(
        "unify-truth-twice",
        "silent",
        lambda w: relkit.unify(w.source_records, truth=pd.concat([w.record_truth, w.record_truth])),
        RelkitValueError,
        "truth",
    ),
    M(
        "unify-devanagari-signup",
        "silent",
        lambda w: _native_signup(w, "०"),
        None,
        result=lambda dates: (
            None if (dates == pd.Timestamp("2024-03-05")).all() else pytest.fail(str(dates.head()))
        ),
    ),
    M(
        "unify-bengali-signup",
        "silent",
        lambda w: _native_signup(w, "০"),
        None,
        result=lambda dates: None if dates.notna().all() else pytest.fail("unexpected result"),
    ),
    M(
        "unify-no-phone",
        "message",
        lambda w: relkit.unify(w.source_records.drop(columns="phone")),
        MissingColumnError,
        "source_records",
    ),
    M(
        "unify-truth-positional",
        "traceback",
        lambda w: relkit.unify(w.source_records, w.record_truth),
        RelkitTypeError,
        "truth",
        r"truth=",
    ),
    M(
        "unify-exact-duplicates-ok",
        "correct",
        lambda w: relkit.unify(w.source_records, truth=w.record_truth).quality["precision"],
        None,
        result=lambda p: None if 0.9 < p <= 1.0 else pytest.fail(str(p)),
    ),
]

CASES = [*ORDERS, *COHORTS, *RETENTION, *CLV, *ACQUISITION, *FUNNEL, *SERVICE, *BGNBD, *UNIFY]


@pytest.mark.parametrize("case", params(CASES))
def test_crm_mistake(case, world, lang):
    run_mistake(case, world, lang)
