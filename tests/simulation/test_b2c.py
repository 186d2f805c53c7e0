"""Helpers of the customer generator that must make exactly what the plain numpy way makes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relkit.simulation import b2c, text


@pytest.fixture(params=["arrow", "numpy"])
def backend(request, monkeypatch):
    """Run the test with pyarrow.compute and with numpy.strings alone."""
    if request.param == "numpy":
        monkeypatch.setattr(text, "_arrow", lambda: None)
    return request.param


@settings(max_examples=60, deadline=None)
@given(
    shares=st.lists(st.integers(0, 50), min_size=1, max_size=8).filter(any),
    size=st.sampled_from([0, 1, 7, b2c._CHUNK - 1, b2c._CHUNK, 2 * b2c._CHUNK + 3]),
    seed=st.integers(0, 2**32),
)
def test_choice_draws_what_generator_choice_draws(shares, size, seed):
    # Zero shares included: a category of share 0 must never be drawn, as with Generator.choice.
    weights = np.array(shares, dtype=float)
    expected = np.random.default_rng(seed).choice(len(weights), size, p=weights / weights.sum())
    rng = np.random.default_rng(seed)
    codes = b2c._choice(rng, shares, size)
    assert codes.dtype == np.int8
    assert codes.tolist() == expected.tolist()
    # The stream is left where Generator.choice leaves it: one uniform per value.
    after = np.random.default_rng(seed)
    after.random(size)
    assert rng.random() == after.random()


def test_choice_of_a_single_category_is_always_it():
    assert b2c._choice(np.random.default_rng(0), (3.0,), 5).tolist() == [0] * 5


@pytest.mark.parametrize(("kind", "sep"), [("latin", " "), ("native", " "), ("handle", "")])
def test_full_name_pool_holds_first_then_last_of_each_language(backend, kind, sep):
    pools = b2c._name_pools()
    full = b2c._full_name_pool(kind, text.backend())
    offset = 0
    for code in range(3):
        first_size, last_size = pools["first_size"][code], pools["last_size"][code]
        for f, last in [(0, 0), (first_size - 1, last_size - 1), (first_size // 2, 1 % last_size)]:
            expected = (
                pools[f"first_{kind}"][pools["first_offset"][code] + f]
                + sep
                + pools[f"last_{kind}"][pools["last_offset"][code] + last]
            )
            assert text.to_list(full, np.array([offset + f * last_size + last])) == [expected]
        offset += first_size * last_size
    assert len(text.to_list(full)) == offset


@pytest.mark.parametrize("kind", ["latin", "native", "handle"])
def test_small_worlds_join_the_very_names_the_full_pool_holds(backend, kind):
    """Below _FULL_POOLS_FROM customers the names are joined per customer: the same text, missing alike."""
    pools = b2c._name_pools()
    sizes = np.multiply(pools["first_size"], pools["last_size"])
    starts = np.cumsum([0, *sizes[:-1]])  # where each language's pairs begin; the ends just before
    rng = np.random.default_rng(5)
    pair = np.concatenate([rng.integers(0, sizes.sum(), 2000), starts, starts[1:] - 1, [sizes.sum() - 1]])
    pair = pair.astype(np.int32)
    missing = rng.random(pair.size) < 0.3
    full = b2c._full_name_pool(kind, text.backend())
    for mask in (None, missing):
        joined = b2c._full_names(kind, pair, missing=mask)
        assert type(joined) is type(full)
        assert text.to_list(joined) == text.to_list(text.pick(full, pair, missing=mask))
