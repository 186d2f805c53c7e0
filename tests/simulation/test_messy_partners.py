"""messy=True, B2B side: distributors and resellers in Tally and the sales CRM, GSTINs typed with slips."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from relkit.simulation import gst
from relkit.simulation import params as facts
from relkit.simulation.messy import GSTIN_RATES, partner_records
from relkit.simulation.schema import MESSY_TABLES, frame_from_columns
from relkit.simulation.seeds import STREAMS

_NAMES = ("Das & Sons Pvt Ltd", "Gupta Traders", "Sharma Distributors Private Limited", "Kumar Retail Ltd")
_CITIES = ("Kolkata", "Patna", "Mumbai", "Bengaluru")
_SLIPS = ("swap", "wrong", "lookalike")


def make_firms(count: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Partners' columns as the partners generator gives them (those partner_records uses)."""
    rng = np.random.default_rng(seed)
    states = np.array(["19", "10", "27", "29"])[rng.integers(0, 4, count)]
    return {
        "partner_id": np.arange(1, count + 1, dtype=np.int64),
        "partner_type": rng.integers(0, len(facts.PARTNER_TYPES), count).astype(np.int8),
        "name": np.array(_NAMES, dtype=object)[rng.integers(0, len(_NAMES), count)],
        "city": np.array(_CITIES, dtype=object)[rng.integers(0, len(_CITIES), count)],
        "gstin": gst.make_gstins(states, rng, holder_type="F").astype(object),
    }


def frames(firms, seed=1):
    records, truth = partner_records(np.random.default_rng(seed), firms)
    return (
        frame_from_columns(records, MESSY_TABLES["partner_records"]),
        frame_from_columns(truth, MESSY_TABLES["partner_record_truth"]),
    )


@pytest.fixture(scope="module")
def big():
    """Enough partners for rates to show: about 2,000 sell-side partners, 3,000 records."""
    firms = make_firms(4000)
    records, truth = frames(firms)
    return firms, records.merge(truth, on="record_id")


def test_every_record_has_one_truth_row_pointing_at_a_sell_side_partner(big):
    firms, joined = big
    assert joined.record_id.is_unique
    kinds = pd.Series(firms["partner_type"], index=firms["partner_id"]).loc[joined.partner_id]
    sell = [facts.PARTNER_TYPES.index(kind) for kind in facts.SELL_SIDE]
    assert kinds.isin(sell).all()
    every_sell_side = firms["partner_id"][np.isin(firms["partner_type"], sell)]
    assert set(joined.partner_id) == set(every_sell_side.tolist())


def test_both_systems_and_partners_in_both(big):
    _, joined = big
    assert set(joined.source_system) == set(facts.PARTNER_SOURCE_SYSTEMS)
    systems = joined.groupby("partner_id").source_system.nunique()
    assert systems.eq(2).mean() == pytest.approx(0.6, abs=0.04)
    tally = joined[joined.source_system == "tally"].groupby("partner_id").size()
    assert (tally == 2).mean() == pytest.approx(0.05, abs=0.02)  # a second ledger in Tally


@pytest.mark.parametrize("system", [0, 1])
def test_gstins_are_typed_at_the_stated_rates(big, system):
    firms, joined = big
    mine = joined[joined.source_system == facts.PARTNER_SOURCE_SYSTEMS[system]]
    entry = mine.gstin_entry.astype(str)
    assert entry.isin(_SLIPS).mean() == pytest.approx(GSTIN_RATES["typo"][system], abs=0.025)
    assert entry.eq("missing").mean() == pytest.approx(GSTIN_RATES["missing"][system], abs=0.025)
    assert entry.eq("copied").mean() == pytest.approx(GSTIN_RATES["copied"][system], abs=0.02)
    real = pd.Series(firms["gstin"], index=firms["partner_id"]).loc[mine.partner_id].to_numpy()
    typed = mine.gstin.to_numpy(dtype=object)
    assert (mine.gstin.isna() == entry.eq("missing")).all()
    assert ((typed == real) == entry.eq("exact").to_numpy()).all()


def test_slips_fail_the_check_and_copies_pass_it_for_someone_else(big):
    firms, joined = big
    real = pd.Series(firms["gstin"], index=firms["partner_id"])
    entry = joined.gstin_entry.astype(str)
    slips = joined[entry.isin(_SLIPS)]
    assert not slips.gstin.map(gst.is_valid_gstin).any()  # the check character catches every one slip
    copied = joined[entry.eq("copied")]
    assert len(copied) > 0
    assert copied.gstin.map(gst.is_valid_gstin).all()
    assert (copied.gstin.to_numpy() != real.loc[copied.partner_id].to_numpy()).all()
    assert copied.gstin.isin(real).all()
    lower = joined[entry.eq("lower_case")]
    assert len(lower) > 0
    assert lower.gstin.str.upper().map(gst.is_valid_gstin).all()


def test_names_vary_as_typed(big):
    _, joined = big
    names = joined.name
    for pattern in ("Pvt. Ltd.", "Private Limited", "(P) Ltd", " and ", " & ", "M/s "):
        assert names.str.contains(pattern, regex=False).any(), pattern
    assert names.str.isupper().any()
    assert names.str.contains("  ").any()
    assert joined.city.isin(["Calcutta", "Bangalore", "Bombay"]).any()
    assert joined.phone.isna().any()
    assert joined.phone.str.startswith("+91 ").any()


def test_one_partners_phone_is_the_same_number_in_every_record(big):
    _, joined = big
    digits = joined.dropna(subset=["phone"]).assign(
        phone=lambda f: f.phone.str.replace(r"\D", "", regex=True)
    )
    assert digits.phone.str[-10:].groupby(digits.partner_id).nunique().eq(1).all()


def test_a_world_of_the_default_size_stays_small():
    records, truth = frames(make_firms(60))
    assert 10 < len(records) < 120
    assert records.record_id.tolist() == truth.record_id.tolist() == list(range(1, len(records) + 1))


def test_same_seed_same_records():
    firms = make_firms(50)
    first, second = frames(firms, seed=9), frames(firms, seed=9)
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])


def test_no_sell_side_partner_gives_empty_tables():
    firms = make_firms(5)
    firms["partner_type"] = np.zeros(5, dtype=np.int8)  # suppliers only
    records, truth = frames(firms)
    assert records.empty
    assert truth.empty
    assert list(records.columns) == list(MESSY_TABLES["partner_records"].columns)


def test_the_stream_is_appended_after_every_older_one():
    assert STREAMS[-1] == "messy_partners"
    assert STREAMS.index("messy") < STREAMS.index("supply") < STREAMS.index("messy_partners")
