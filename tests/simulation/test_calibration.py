"""Every headline figure of the default world, and of 20 other seeds, falls in its calibration range.

The ranges and where they come from: docs/calibration.md. The figures are computed from the tables
alone, as a learner would (tests/simulation/calibration_figures.py says how each is defined).
"""

from __future__ import annotations

import pytest
from calibration_figures import POOLED_RANGES, RANGES, headline_figures, out_of_range, pooled_grade_shares

import relkit

OTHER_SEEDS = tuple(range(1, 21))


@pytest.fixture(scope="module")
def figures_by_seed() -> dict[str, dict[str, float]]:
    """The figures of the default world (shipped CSV files) and of 20 freshly simulated ones."""
    figures = {"default": headline_figures(relkit.load_world())}
    figures |= {seed: headline_figures(relkit.simulate(seed=seed)) for seed in OTHER_SEEDS}
    return figures


@pytest.mark.parametrize("seed", ["default", *OTHER_SEEDS])
def test_every_figure_is_inside_its_range(figures_by_seed, seed):
    figures = figures_by_seed[seed]
    assert set(RANGES) <= set(figures)
    assert out_of_range(figures) == {}


@pytest.mark.parametrize("seed", ["default", *OTHER_SEEDS])
def test_every_grade_is_given_in_every_world(figures_by_seed, seed):
    assert all(figures_by_seed[seed][f"grade_count.{grade}"] >= 1 for grade in "ABCD")


def test_grade_spread_over_all_worlds_is_the_target(figures_by_seed):
    pooled = pooled_grade_shares(list(figures_by_seed.values()))
    assert out_of_range(pooled, POOLED_RANGES) == {}


def test_out_of_range_reports_the_figure_and_its_range():
    figures = {name: span[0] for name, span in RANGES.items()}
    low, high = RANGES["nps"]
    figures["nps"] = high + 1
    assert out_of_range(figures) == {"nps": (high + 1, (low, high))}
