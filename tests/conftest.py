"""Shared fixtures: a fixed-seed generator, English by default, and no figure left open between tests."""

from __future__ import annotations

import sys

import numpy as np
import pytest

import relkit
from relkit import i18n


@pytest.fixture(autouse=True)
def _english_and_clean():
    """Every test starts in English with bilingual labels on, and leaves no figures open."""
    i18n.set_language("en")
    i18n.set_bilingual(True)
    yield
    i18n.set_language("en")
    i18n.set_bilingual(True)
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture
def rng() -> np.random.Generator:
    """A generator with a fixed seed, so a failing test fails the same way every time."""
    return np.random.default_rng(20261122)


@pytest.fixture(params=relkit.LANGUAGES)
def each_language(request):
    """Run a test once per language, with that language set."""
    with relkit.language(request.param):
        yield request.param
