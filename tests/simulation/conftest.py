"""Small worlds shared by the simulation tests, and the checks every world must pass."""

from __future__ import annotations

import pytest

import relkit


@pytest.fixture(scope="module")
def small_world():
    """A world small enough to build in milliseconds."""
    return relkit.simulate(seed=3, customers=200, partners=6, months=12)


@pytest.fixture(scope="module")
def messy_world():
    return relkit.simulate(seed=5, customers=300, partners=2, months=6, messy=True)


@pytest.fixture(scope="module")
def big_world():
    """Enough customers and partners for the behaviour the lessons teach to show clearly."""
    return relkit.simulate(seed=11, customers=6000, partners=150, months=24)
