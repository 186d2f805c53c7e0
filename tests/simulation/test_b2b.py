"""The B2B generator of world v2: partners, purchase orders, disputes, trust and renewal (issue #12)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from b2b_fakes import fake_sales
from hypothesis import given, settings
from hypothesis import strategies as st

from relkit.brm import scorecard
from relkit.simulation import b2b, gst, seeds
from relkit.simulation import params as facts
from relkit.simulation.schema import TABLES, frame_from_columns
from relkit.simulation.window import Window

WINDOW = Window.from_start(pd.Timestamp("2023-01-01"), 24)


def world(seed: int, count: int):
    rng = seeds.table_generators(seed)
    firms = b2b.partners(rng["partners"], count, WINDOW)
    sales = fake_sales(np.random.default_rng(seed), firms, WINDOW)
    return firms, sales, b2b.relationships(rng, firms, WINDOW, sales=sales)


@pytest.fixture(scope="module")
def default():
    return world(7, 60)


@pytest.fixture(scope="module")
def big():
    return world(11, 300)


def frames(firms, tables):
    out = {name: frame_from_columns(columns, TABLES[name]) for name, columns in tables.items()}
    out["partners"] = frame_from_columns(firms, TABLES["partners"])
    return out


def test_type_quotas_and_supplier_categories_by_hand():
    firms = b2b.partners(np.random.default_rng(0), 60, WINDOW)
    assert np.bincount(firms["partner_type"]).tolist() == [21, 9, 9, 21]  # 0.35, 0.15, 0.15, 0.35 of 60
    supplier = firms["category"][firms["partner_type"] == 0]
    assert supplier[:6].tolist() == [0, 1, 2, 3, 4, 5]  # the six shop categories before any repeats
    vendor = firms["category"][firms["partner_type"] == 1]
    assert vendor[:2].tolist() == [7, 6]  # logistics, then packaging


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(1, 40))
def test_partners_keep_the_rules(seed, count):
    firms = b2b.partners(np.random.default_rng(seed), count, WINDOW)
    if count >= 4:
        assert set(firms["partner_type"].tolist()) == {0, 1, 2, 3}
    codes = gst.state_codes(firms["state"].tolist())
    assert all(gst.is_valid_gstin(g) for g in firms["gstin"])
    assert [g[:2] for g in firms["gstin"]] == codes.tolist()
    assert len(set(firms["gstin"])) == count
    assert len(set(firms["name"])) == count
    assert all(g[5] in "PFC" for g in firms["gstin"])
    buy = firms["partner_type"] <= 1
    assert (firms["terms_days"][buy & firms["msme"]] <= 45).all()  # MSMED Act s.15
    assert np.isnan(firms["credit_limit_inr"][buy]).all()
    assert (firms["credit_limit_inr"][~buy] >= 10_000).all()
    kirana = (firms["partner_type"] == 3) & np.array([g[5] == "P" for g in firms["gstin"]], dtype=bool)
    assert firms["msme"][kirana].all()
    frame_from_columns(firms, TABLES["partners"])  # every column of the table, of the right kind


def test_no_partner_is_named_bos():
    firms = b2b.partners(np.random.default_rng(3), 2000, WINDOW)
    assert not any(name.split()[0] == "Bos" for name in firms["name"])


def test_tier_follows_measured_performance(big):
    firms, _, tables = big
    pos = frame_from_columns(tables["purchase_orders"], TABLES["purchase_orders"])
    card = scorecard(pos)
    tier = pd.Series(firms["tier"], index=firms["partner_id"]).reindex(card.index)
    mean_score = card.groupby(tier)["score"].mean()
    assert mean_score.is_monotonic_decreasing  # gold (0) > silver (1) > bronze (2) on average
    assert mean_score.iloc[0] - mean_score.iloc[-1] > 5


def test_purchase_orders_add_up_to_the_cost_of_goods_sold(default):
    firms, sales, tables = default
    lines = tables["b2b_order_lines"]
    cogs = sales["cost_inr"][sales["outcome"] == 0].sum()
    cogs += (lines["unit_cost_inr"] * lines["quantity_delivered"]).sum()
    pos = tables["purchase_orders"]
    goods = pos["category"] < len(facts.ORDER_CATEGORIES)
    assert 1.0 <= pos["value_inr"][goods].sum() / cogs <= 1.15
    couriers, _ = b2b.couriers(firms)
    assert not np.isin(pos["partner_id"], firms["partner_id"][couriers]).any()  # couriers get no POs


def test_purchase_orders_keep_the_rules(default):
    firms, _, tables = default
    po = frame_from_columns(tables["purchase_orders"], TABLES["purchase_orders"])
    assert (po["qty_delivered"] <= po["qty_ordered"]).all()
    assert (po["defects"] <= po["units_inspected"]).all()
    assert (po["units_inspected"] <= po["qty_delivered"]).all()
    assert (po["promised_date"] > po["po_date"]).all()
    delivered = po["delivered_date"].notna()
    assert po["due_date"].notna().eq(delivered).all()
    terms = pd.Series(firms["terms_days"], index=firms["partner_id"])[po["partner_id"]].to_numpy()
    assert ((po["due_date"] - po["delivered_date"]).dt.days[delivered] == terms[delivered]).all()
    assert (po["paid_date"].dropna() >= po["delivered_date"][po["paid_date"].notna()]).all()
    # a late payment to a micro or small supplier is always past the 45-day limit
    msme = pd.Series(firms["msme"], index=firms["partner_id"])[po["partner_id"]].to_numpy()
    late = msme & (po["paid_date"] > po["due_date"]).to_numpy()
    assert late.any()
    assert ((po["paid_date"] - po["delivered_date"]).dt.days[late] > 45).all()


def test_sell_side_uses_the_partners_gstins_and_never_takes_more_than_owed(default):
    firms, _, tables = default
    gstin = dict(zip(firms["partner_id"].tolist(), firms["gstin"].tolist(), strict=True))
    invoices = tables["invoices"]
    assert [gstin[p] for p in invoices["partner_id"].tolist()] == invoices["buyer_gstin"].tolist()
    assert invoices["invoice_id"].tolist() == list(range(1, invoices["invoice_id"].size + 1))
    m = invoices["invoice_id"].size
    paid = np.bincount(
        tables["payments"]["invoice_id"] - 1, weights=tables["payments"]["amount_inr"], minlength=m
    )
    noted = np.bincount(
        tables["credit_notes"]["invoice_id"] - 1, weights=tables["credit_notes"]["amount_inr"], minlength=m
    )
    assert (paid + noted <= invoices["total_inr"] + 0.005).all()
    since = pd.Series(firms["since_date"], index=firms["partner_id"])
    orders = tables["b2b_orders"]
    assert (orders["order_date"] >= since[orders["partner_id"]].to_numpy()).all()  # not before joining
    series = pd.Series(invoices["invoice_no"]).str.rsplit("/", n=1, expand=True)
    serial = (
        series[1].astype(int).groupby(series[0]).apply(lambda s: s.tolist() == list(range(1, len(s) + 1)))
    )
    assert serial.all()  # each GSTIN's series per year stays consecutive (CGST rule 46(b))


def test_disputes_point_at_real_documents(default):
    _, _, tables = default
    d = tables["disputes"]
    assert np.isin(d["po_id"][d["po_id"] > 0], tables["purchase_orders"]["po_id"]).all()
    assert np.isin(d["invoice_id"][d["invoice_id"] > 0], tables["invoices"]["invoice_id"]).all()
    assert not ((d["po_id"] > 0) & (d["invoice_id"] > 0)).any()
    rate = d["dispute_id"].size / (
        tables["purchase_orders"]["po_id"].size + tables["invoices"]["invoice_id"].size
    )
    assert 0.01 <= rate <= 0.05
    resolved = ~np.isnat(d["resolved_date"])
    assert (d["resolved_date"][resolved] > d["opened_date"][resolved]).all()
    assert np.all(np.diff(d["opened_date"].astype(np.int64)) >= 0)


def test_disputes_lower_trust_and_low_trust_lowers_renewal(big):
    firms, _, tables = big
    f = frames(firms, tables)
    surveys = f["trust_surveys"].groupby(["survey_id", "partner_id", "date"], observed=True)["score"].mean()
    surveys = surveys.reset_index()
    disputes = f["disputes"]
    recent = [
        ((disputes["partner_id"] == row.partner_id) & (disputes["opened_date"] <= row.date)
         & (disputes["opened_date"] > row.date - pd.Timedelta(days=180))).sum()
        for row in surveys.itertuples()
    ]  # fmt: skip
    surveys["recent"] = np.minimum(recent, 2)
    by_disputes = surveys.groupby("recent")["score"].mean()
    assert by_disputes.is_monotonic_decreasing
    assert by_disputes.iloc[0] - by_disputes.iloc[-1] > 0.4

    contracts = f["contracts"].dropna(subset=["renewed"])
    last = [
        surveys["score"][(surveys["partner_id"] == c.partner_id) & (surveys["date"] < c.end_date)].iloc[-1:]
        for c in contracts.itertuples()
    ]
    contracts = contracts.assign(trust=[s.iloc[0] if len(s) else np.nan for s in last]).dropna(
        subset=["trust"]
    )
    low = contracts["trust"] < contracts["trust"].median()
    assert contracts["renewed"][low].mean() < contracts["renewed"][~low].mean() - 0.1
    assert 0.60 <= f["contracts"]["renewed"].dropna().mean() <= 0.85


def test_a_partner_who_leaves_stops_trading(big):
    firms, _, tables = big
    f = frames(firms, tables)
    ended = f["contracts"][f["contracts"]["renewed"] == False]  # noqa: E712
    last_day = ended.groupby("partner_id")["end_date"].max()
    for table, column in (
        ("purchase_orders", "po_date"),
        ("b2b_orders", "order_date"),
        ("trust_surveys", "date"),
    ):
        frame = f[table]
        after = frame[column] >= frame["partner_id"].map(last_day)
        assert not after.any(), table


def test_same_seed_same_tables_and_tables_fit_the_schema():
    first, second = world(5, 20)[2], world(5, 20)[2]
    for name, columns in first.items():
        assert list(columns) == list(TABLES[name].columns), name
        frame_from_columns(columns, TABLES[name])
        for key, column in columns.items():
            np.testing.assert_array_equal(column, second[name][key], err_msg=f"{name}.{key}")


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7])
def test_tiny_worlds_work(count):
    _, _, tables = world(count, count)
    assert sorted(tables) == sorted(name for name in TABLES if name in tables)
    assert len(tables) == 10
    for name, columns in tables.items():
        frame_from_columns(columns, TABLES[name])


@pytest.mark.parametrize(("a", "b"), [(6.0, 2.0), (6.0, 4.0), (8.0, 2.0), (0.5, 0.5)])
def test_beta_quantile_is_scipy_stats_beta_ppf_value_for_value(a, b):
    """The simulator draws partners' traits without importing scipy.stats, to the same bits."""
    scipy_beta = pytest.importorskip("scipy.stats").beta
    q = np.concatenate(
        [np.random.default_rng(0).random(200_000), [0.0, 1.0, 5e-324, 1e-300, 1 - 2**-53, 0.5]]
    )
    q = np.concatenate([q, [-0.1, 1.5, np.nan]])  # outside the unit interval: NaN, as beta.ppf gives
    assert np.array_equal(b2b._beta_quantile(q, a, b), scipy_beta.ppf(q, a, b), equal_nan=True)
