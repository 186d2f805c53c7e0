"""How fast relkit.simulate is: run on demand (`python benchmarks/bench_simulate.py`); prints figures.

1. The default world (2,000 customers, 60 partners, 24 months): best of 7 runs. Target < 0.5 s.
2. One million customers over a 10-year window (``months=120``: about 9.5 orders per customer, so
   about 10M orders; the default 24 months give about 4.4M), against numpy alone drawing the same
   random values, in the same process. The baseline is fair: one run of simulate() is recorded through
   generators that log every call (method, arguments, size), and the baseline replays exactly those
   calls on a fresh ``numpy.random.Generator``: the same number of values from the same distributions
   with the same parameters (gamma, beta, geometric, poisson, standard_exponential, standard_gamma,
   lognormal, normal, binomial, integers, random, uniform, choice, permutation), keeping none of them.
   Category codes are drawn as ``Generator.choice`` draws them, one uniform per value mapped through
   the cumulative shares, but in chunks of uniforms: the replay sees those ``random`` calls, not the
   ``choice`` calls (and their search of the cumulative shares) that an earlier simulator made.
   Both are timed as the best of 3 runs, and every simulate() run is printed: the first is slower,
   as memory the process has not used before costs kernel time to clear (on the 2-core VM this was
   measured on, about 1-2 s per GB; the world itself holds 1.5 GB). User and kernel CPU seconds are
   printed beside the wall clock for that reason. Peak memory is the process's ru_maxrss after the
   timed runs. Targets: ratio <= 2.5, peak < 3 GB. Runs in a fresh subprocess so earlier work does
   not inflate the peak.
3. The customers table: rows per second of relkit (200,000 rows, simulated and made a DataFrame)
   against a Faker row-by-row generator of the same columns (3,000 rows), in the same run.
"""

from __future__ import annotations

import collections
import json
import resource
import subprocess
import sys
import time

import numpy as np

MILLION = 1_000_000
MONTHS = 120
RUNS = 3


class RecordingGenerator:
    """Wrap a numpy Generator and record every draw: method name, a copy of the arguments, values drawn."""

    def __init__(self, generator: np.random.Generator, calls: list) -> None:
        self._generator = generator
        self._calls = calls

    def __getattr__(self, name):
        method = getattr(self._generator, name)

        def recorded(*args, **kwargs):
            result = method(*args, **kwargs)
            args = [np.array(arg) if isinstance(arg, np.ndarray) else arg for arg in args]
            kwargs = {key: np.array(v) if isinstance(v, np.ndarray) else v for key, v in kwargs.items()}
            self._calls.append((name, args, kwargs, int(np.size(result))))
            return result

        return recorded


def _best_of(function, repeats: int) -> float:
    return min(wall for wall, _, _ in _times(function, repeats))


def _times(function, repeats: int) -> list[tuple[float, float, float]]:
    """Wall-clock, user CPU and kernel CPU seconds of each run."""
    times = []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        function()
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
        times.append((wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime))
    return times


def default_world() -> None:
    import relkit

    relkit.simulate(seed=0, customers=10, partners=1, months=1)  # load the name pools once
    seconds = _best_of(lambda: relkit.simulate(seed=7), 7)
    print(f"default world (2,000 customers, 60 partners, 24 months): {seconds:.3f} s (target < 0.5 s)")


def million_child() -> None:
    """Run in a subprocess: time one million customers and the numpy baseline; print JSON."""
    import relkit
    from relkit.simulation import seeds, world

    relkit.simulate(seed=0, customers=10, partners=1, months=1)  # warm up imports and name pools
    rows = {}

    def simulate_million():
        result = relkit.simulate(seed=1, customers=MILLION, months=MONTHS)
        rows.update({name: len(frame) for name, frame in result.tables.items()})

    simulate_times = _times(simulate_million, RUNS)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB

    calls: list = []
    plain = seeds.table_generators
    world.table_generators = lambda seed: {
        name: RecordingGenerator(generator, calls) for name, generator in plain(seed).items()
    }
    simulate_million()
    world.table_generators = plain
    rng = np.random.default_rng(1)

    def replay():
        for name, args, kwargs, _ in calls:
            getattr(rng, name)(*args, **kwargs)

    draws = collections.Counter()
    for name, _, _, size in calls:
        draws[name] += size
    print(json.dumps({"simulate": simulate_times, "numpy": min(_times(replay, RUNS)), "calls": len(calls),
                      "draws": dict(draws.most_common()), "rows": rows, "peak": peak}))  # fmt: skip


def million() -> None:
    out = subprocess.run(
        [sys.executable, __file__, "--million-child"], capture_output=True, text=True, check=True
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    best, user, kernel = min(figures["simulate"])
    numpy_wall, numpy_user, numpy_kernel = figures["numpy"]
    counts = ", ".join(f"{name} {rows:,}" for name, rows in figures["rows"].items() if rows >= 100_000)
    print(f"1,000,000 customers, {MONTHS} months: {sum(figures['rows'].values()):,} rows ({counts})")
    runs = ", ".join(f"{wall:.2f}" for wall, _, _ in figures["simulate"])
    print(f"  simulate(): best {best:.2f} s of {runs} s (best: CPU {user:.2f} s user, {kernel:.2f} s kernel)")
    draws = figures["draws"]
    print(f"  numpy replaying the same {figures['calls']:,} draw calls, {sum(draws.values()):,} values: "
          f"{numpy_wall:.2f} s (CPU {numpy_user:.2f} s user, {numpy_kernel:.2f} s kernel)")  # fmt: skip
    print("    " + ", ".join(f"{name} {count:,}" for name, count in draws.items()))
    print(f"  ratio: {best / numpy_wall:.2f}x wall clock (target <= 2.5x); user CPU {user / numpy_user:.2f}x")
    print(f"  peak memory (ru_maxrss): {figures['peak'] / 2**30:.2f} GiB (target < 3 GB)")


def faker_customers(count: int) -> list[dict]:
    """The row-by-row way: one Faker call per field per customer."""
    from faker import Faker

    fakes = {"hi": Faker("hi_IN"), "bn": Faker("bn_BD"), "en": Faker("en_IN")}
    for index, fake in enumerate(fakes.values()):
        fake.seed_instance(index)
    english = fakes["en"]
    rows = []
    for customer_id in range(1, count + 1):
        lang = ("hi", "bn", "en")[customer_id % 3]
        fake = fakes[lang]
        rows.append(
            {
                "customer_id": customer_id,
                "name": english.name(),
                "name_native": fake.name() if lang != "en" else None,
                "city": english.city(),
                "state": english.state(),
                "signup_date": english.date_between(start_date="-2y", end_date="today"),
                "acquisition_channel": english.random_element(("referral", "organic_search", "paid_search")),
                "acquisition_cost_inr": round(english.pyfloat(min_value=100, max_value=3000), 2),
                "preferred_language": lang,
                "phone": english.phone_number(),
                "email": english.email(),
            }
        )
    return rows


def rows_per_second() -> None:
    import pandas as pd

    from relkit.simulation import b2c
    from relkit.simulation.schema import TABLES, frame_from_columns
    from relkit.simulation.window import Window

    window = Window.from_start(pd.Timestamp("2023-01-01"), 24)
    size = 200_000

    def ours():
        people = b2c.customers(np.random.default_rng(1), size, window)
        frame_from_columns(people, TABLES["customers"])

    ours()
    relkit_rate = size / _best_of(ours, 3)
    faker_size = 3_000
    start = time.perf_counter()
    pd.DataFrame(faker_customers(faker_size))
    faker_rate = faker_size / (time.perf_counter() - start)
    print(f"customers table: relkit {relkit_rate:,.0f} rows/s, Faker row by row {faker_rate:,.0f} rows/s, "
          f"{relkit_rate / faker_rate:,.0f}x faster (expect well over 500x)")  # fmt: skip


if __name__ == "__main__":
    if "--million-child" in sys.argv:
        million_child()
    else:
        default_world()
        million()
        rows_per_second()
