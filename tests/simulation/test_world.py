"""simulate() and World: invariants for any arguments, determinism, the API, and learners' mistakes."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from world_checks import assert_valid_world

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.simulation.schema import TABLES

sizes = st.fixed_dictionaries(
    {
        "seed": st.integers(0, 2**32 - 1),
        "customers": st.integers(1, 60),
        "partners": st.integers(1, 8),
        "months": st.integers(1, 6),
        "start": st.dates(
            min_value=pd.Timestamp("2017-07-01").date(), max_value=pd.Timestamp("2030-12-31").date()
        ),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(args=sizes)
def test_any_world_is_consistent(args):
    world = relkit.simulate(**{**args, "start": str(args["start"])})
    assert len(world.customers) == args["customers"]
    assert len(world.partners) == args["partners"]
    assert list(world) == list(TABLES)
    for name, frame in world.tables.items():
        assert list(frame.columns) == list(TABLES[name].columns)
    assert_valid_world(world)


@settings(max_examples=10, deadline=None)
@given(args=sizes)
def test_same_arguments_give_the_same_world(args):
    args = {**args, "start": str(args["start"])}
    first, second = relkit.simulate(**args), relkit.simulate(**args)
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name], check_exact=True)


def test_worlds_made_at_once_in_several_threads_are_each_their_seed_s_world():
    from concurrent.futures import ThreadPoolExecutor

    seeds = [3, 4, 3, 5]
    with ThreadPoolExecutor(max_workers=4) as pool:
        worlds = list(pool.map(lambda seed: relkit.simulate(seed=seed, customers=300, months=6), seeds))
    for seed, world in zip(seeds, worlds, strict=True):
        alone = relkit.simulate(seed=seed, customers=300, months=6)
        for name in alone:
            pd.testing.assert_frame_equal(world[name], alone[name], check_exact=True)


def test_different_seeds_give_different_worlds():
    one = relkit.simulate(seed=1, customers=50, partners=3, months=3)
    two = relkit.simulate(seed=2, customers=50, partners=3, months=3)
    assert not one.customers.equals(two.customers)
    assert not one.purchase_orders.equals(two.purchase_orders)


def test_messy_tables_do_not_change_the_others(messy_world):
    plain = relkit.simulate(seed=5, customers=300, partners=2, months=6)
    assert "source_records" not in plain.tables
    assert "record_truth" not in plain.tables
    for name in plain:
        pd.testing.assert_frame_equal(plain[name], messy_world[name], check_exact=True)


def test_window_of_one_month_has_every_date_inside_it():
    world = relkit.simulate(seed=4, customers=40, partners=3, start="2024-02-01", months=1)
    assert world.orders.order_date.max() <= pd.Timestamp("2024-02-29")
    assert_valid_world(world)


def test_world_gives_tables_by_attribute_name_and_iteration(small_world):
    assert small_world.orders is small_world.tables["orders"] is small_world["orders"]
    assert dict(small_world.tables.items()).keys() == set(small_world)
    assert "orders" in dir(small_world)


def test_repr_lists_every_table_with_its_rows(small_world):
    text = repr(small_world)
    assert text.startswith("World(seed=3, customers=200, partners=6")
    width = max(map(len, small_world.tables))  # names padded to the longest, campaign_members
    assert f"  {'orders'.ljust(width)}  rows: {len(small_world.orders):,}" in text
    assert f"  {'b2b_order_lines'.ljust(width)}  rows: {len(small_world.b2b_order_lines):,}" in text
    assert len(text.splitlines()) == 1 + len(small_world)


def test_unknown_table_attribute_lists_the_tables(small_world):
    with pytest.raises(
        AttributeError, match=r"no table 'order'.*customers, consents, orders,.*, trust_surveys\.$"
    ):
        _ = small_world.order


@pytest.mark.parametrize(
    ("arguments", "error", "pattern"),
    [
        ({"customers": 0}, RelkitValueError, "`customers` must be a whole number of at least 1, but 0"),
        ({"customers": -5}, RelkitValueError, r"`customers`.*-5"),
        ({"partners": 0}, RelkitValueError, "`partners` must be a whole number of at least 1"),
        ({"months": 0}, RelkitValueError, "`months` must be a whole number of at least 1"),
        ({"months": 2.5}, RelkitValueError, r"`months`.*2\.5"),
        ({"months": 241}, RelkitValueError, "`months` can be at most 240"),
        ({"customers": "100"}, RelkitValueError, r"`customers`.*'100'"),
        ({"start": "soon"}, RelkitValueError, "`start` must be a date such as"),
        ({"start": "2017-06-30"}, RelkitValueError, r"`start` is '2017-06-30'.*GST began on 1 July 2017"),
        ({"messy": "yes"}, RelkitTypeError, "`messy` must be True or False"),
    ],
)
def test_bad_arguments_name_the_argument(arguments, error, pattern):
    with pytest.raises(error, match=pattern):
        relkit.simulate(**{"seed": 1, **arguments})


@pytest.mark.parametrize("seed", [-1, 1.5, "7", True, None])
def test_seed_must_be_a_nonnegative_whole_number(seed):
    with pytest.raises(RelkitValueError, match="`seed` must be a whole number of at least 0"):
        relkit.simulate(seed=seed)


def test_bad_argument_message_in_hindi():
    with pytest.raises(RelkitValueError) as caught:
        relkit.simulate(seed=1, months=500)
    with relkit.language("hi"):
        assert "`months` अधिकतम 240 महीने" in str(caught.value)
    assert "at most 240" in caught.value.english


def _column_memory(frame):
    for column in frame.columns:
        values = frame[column].array
        if isinstance(values, pd.Categorical):
            yield column, values.codes
        elif isinstance(values, pd.arrays.IntegerArray | pd.arrays.BooleanArray):
            yield column, values._data
        elif values.dtype.kind in "iufM":
            yield column, np.asarray(values)


def test_no_two_tables_share_memory(messy_world):
    # Frames are built from the generators' arrays without copies, so check that no array ended up
    # in two tables: changing one table in a lesson must never change another.
    columns = [(name, column, memory) for name, frame in messy_world.tables.items()
               for column, memory in _column_memory(frame)]  # fmt: skip
    assert len(columns) > 60
    for (table_a, column_a, a), (table_b, column_b, b) in itertools.combinations(columns, 2):
        assert not np.shares_memory(a, b), (table_a, column_a, table_b, column_b)
