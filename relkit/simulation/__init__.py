"""The simulated world: customers (B2C) and business partners (B2B) of one Indian business.

``simulate(seed=...)`` builds a world of pandas DataFrames; ``load_world()`` returns the default one
shipped with relkit, or one an instructor handed out (``load_world(path)``, ``RELKIT_WORLD``);
``student_seed(id, key)`` gives every student their own world.
"""

from __future__ import annotations

from .params import CHANNEL_RATE_FACTOR, DEFAULT_SEED, TRUE_PARAMS
from .seeds import student_seed
from .sources import load_world
from .world import World, simulate

__all__ = [
    "CHANNEL_RATE_FACTOR",
    "DEFAULT_SEED",
    "TRUE_PARAMS",
    "World",
    "load_world",
    "simulate",
    "student_seed",
]
