"""B2B leads: prospective distributors and resellers, one won lead per new sell-side partner."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relkit.crm import funnel
from relkit.simulation import params as facts
from relkit.simulation.leads import leads
from relkit.simulation.schema import TABLES, frame_from_columns
from relkit.simulation.window import Window

WINDOW = Window.from_start(pd.Timestamp("2023-01-01"), 24)
SELL = [facts.PARTNER_TYPES.index(kind) for kind in facts.SELL_SIDE]


def make_firms(types, since_days, window=WINDOW):
    """Partners' columns as the partners generator gives them (only those leads uses)."""
    return {
        "partner_id": np.arange(1, len(types) + 1, dtype=np.int64),
        "partner_type": np.asarray(types, dtype=np.int8),
        "since_date": window.dates(np.asarray(since_days, dtype=np.int64)),
    }


def reached_stage(table):
    """Furthest stage (0 new ... 4 won) of each lead, lost ones at the stage they were lost at."""
    return np.where(table["stage"] == facts.LEAD_STAGES.index("lost"), table["lost_at_stage"], table["stage"])


@pytest.fixture
def firms():
    # 2 distributor, 3 reseller, 0 supplier, 1 vendor; days from the window start
    return make_firms([2, 3, 0, 1, 2, 3, 2, 3], [40, 300, 100, 200, -500, 800, 10, 2000])


def test_each_new_sell_side_partner_is_won_once(firms, rng):
    table = leads(rng, firms, WINDOW)
    # partners 1, 2, 7 are sell side and began inside the window (731 days); 5 began before, 6 and 8 after
    assert sorted(table["partner_id"][table["partner_id"] > 0].tolist()) == [1, 2, 7]
    won = table["stage"] == facts.LEAD_STAGES.index("won")
    assert ((table["partner_id"] > 0) == won).all()


def test_a_won_lead_is_created_20_to_120_days_before_its_partner_began(firms, rng):
    table = leads(rng, firms, WINDOW)
    since = pd.Series(firms["since_date"], index=firms["partner_id"])
    won = table["partner_id"] > 0
    gap = (since.loc[table["partner_id"][won]].to_numpy() - table["created_date"][won]).astype(
        "timedelta64[D]"
    )
    created_day = (table["created_date"][won] - WINDOW.start).astype("timedelta64[D]").astype(int)
    assert (gap <= np.timedelta64(120, "D")).all()
    assert ((gap >= np.timedelta64(20, "D")) | (created_day == 0)).all()  # clipped to the window start


def test_the_table_fits_the_schema_and_the_funnel_reads_it(firms, rng):
    frame = frame_from_columns(leads(rng, firms, WINDOW), TABLES["leads"])
    assert frame.lead_id.tolist() == list(range(1, len(frame) + 1))
    assert frame.partner_id.dropna().isin(firms["partner_id"]).all()
    steps = funnel(frame)
    assert steps["reached"].iloc[-1] == 3
    assert steps["reached"].iloc[0] == len(frame)


def test_no_new_sell_side_partner_gives_no_leads(rng):
    table = leads(rng, make_firms([0, 1, 2], [10, 20, -30]), WINDOW)
    assert all(len(column) == 0 for column in table.values())
    assert set(table) == set(TABLES["leads"].columns)


def test_same_generator_seed_same_leads(firms):
    first = leads(np.random.default_rng(4), firms, WINDOW)
    second = leads(np.random.default_rng(4), firms, WINDOW)
    assert all(np.array_equal(first[key], second[key]) for key in first)


def test_each_source_passes_each_stage_at_its_rates():
    rng = np.random.default_rng(12)
    count = 6000
    firms = make_firms(np.full(count, SELL[0]), rng.integers(0, WINDOW.days, count))
    table = leads(rng, firms, WINDOW)
    reached = reached_stage(table)
    for code, source in enumerate(facts.LEAD_SOURCES):
        mine = reached[table["source"] == code]
        at_least = np.array([(mine >= stage).sum() for stage in range(5)])
        assert at_least[1:] / at_least[:-1] == pytest.approx(facts.LEAD_PASS_RATES[source], abs=0.04)
    share = np.bincount(table["source"], minlength=5) / len(table["source"])
    assert share == pytest.approx(facts.LEAD_SOURCE_SHARES, abs=0.02)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(-400, 1000)), max_size=40),
    st.integers(1, 36),
    st.integers(0, 2**32 - 1),
)
def test_invariants(partners, months, seed):
    window = Window.from_start(pd.Timestamp("2023-01-01"), months)
    types = [kind for kind, _ in partners]
    firms = make_firms(types, [day for _, day in partners], window)
    table = leads(np.random.default_rng(seed), firms, window)
    created = table["created_date"]
    end = window.start + np.timedelta64(window.days, "D")
    assert ((created >= window.start) & (created < end)).all()
    assert (np.diff(created) >= np.timedelta64(0)).all()
    won = table["stage"] == facts.LEAD_STAGES.index("won")
    lost = table["stage"] == facts.LEAD_STAGES.index("lost")
    assert ((table["partner_id"] > 0) == won).all()
    assert ((table["lost_at_stage"] >= 0) == lost).all()
    assert (table["lost_at_stage"][lost] < facts.LEAD_STAGES.index("won")).all()
    days = np.array([day for _, day in partners], dtype=np.int64)
    new = np.isin(types, SELL) & (days >= 0) & (days < window.days)
    assert sorted(table["partner_id"][won].tolist()) == firms["partner_id"][new].tolist()
    still_open = ~won & ~lost
    last_month = created >= end - np.timedelta64(30, "D")
    assert (last_month[still_open]).all()
    assert not (lost & last_month).any()
