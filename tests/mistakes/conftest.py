"""Fixtures of the adversarial suite (tests/mistakes): a small fresh world, and each case in every language.

The cases themselves and the checks every message must pass live in ``mistake_cases.py``.
"""

from __future__ import annotations

import pytest

import relkit


@pytest.fixture(scope="session")
def _world_once() -> relkit.World:
    return relkit.simulate(seed=3, customers=300, partners=15, months=24, messy=True)


@pytest.fixture
def world(_world_once) -> relkit.World:
    """A small world (300 customers, 15 partners, 2023-2024, with the messy migration tables), fresh copies
    of its tables for each test."""
    tables = {name: frame.copy() for name, frame in _world_once.tables.items()}
    return relkit.World(tables, settings=_world_once.settings)


@pytest.fixture(params=relkit.LANGUAGES)
def lang(request) -> str:
    """Each case runs in English, Hindi and Bengali."""
    return request.param
