"""Every headline figure of the default world, and of 20 other seeds, falls in its calibration range.

The ranges and where they come from: docs/calibration.md. The figures are computed from the tables
alone, as a learner would (tests/simulation/calibration_figures.py says how each is defined).
"""

from __future__ import annotations

import pytest

import relkit
from calibration_figures import RANGES, headline_figures, out_of_range

OTHER_SEEDS = range(1, 21)


def test_default_world_is_inside_every_range():
    figures = headline_figures(relkit.load_world())
    assert set(RANGES) <= set(figures)
    assert out_of_range(figures) == {}


@pytest.mark.parametrize("seed", OTHER_SEEDS)
def test_other_seeds_are_inside_every_range(seed):
    assert out_of_range(headline_figures(relkit.simulate(seed=seed))) == {}


def test_out_of_range_reports_the_figure_and_its_range():
    figures = dict.fromkeys(RANGES, 0.0)
    low, high = RANGES["nps"]
    figures.update({name: span[0] for name, span in RANGES.items()})
    figures["nps"] = high + 1
    assert out_of_range(figures) == {"nps": (high + 1, (low, high))}
