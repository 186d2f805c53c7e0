"""How fast relkit.simulate is: run on demand (`python benchmarks/bench_simulate.py`); prints figures.

1. The default world (2,000 customers, 60 partners, 24 months): best of 7 runs. Target < 0.5 s.
2. One million customers: simulate() time against the time numpy takes to draw the same number of
   random values (counted by wrapping the generators simulate() uses; drawn as uniform doubles in one
   call), in the same process; and the peak memory of that process (ru_maxrss). Targets: ratio <= 2.5,
   peak < 3 GB. Run in a fresh subprocess so earlier work does not inflate the peak.
3. The customers table: rows per second of relkit against a Faker row-by-row generator of the same
   columns, in the same run.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

import numpy as np

MILLION = 1_000_000


class CountingGenerator:
    """Wrap a numpy Generator and count how many random values are drawn through it."""

    def __init__(self, generator: np.random.Generator, counter: list[int]) -> None:
        self._generator = generator
        self._counter = counter

    def __getattr__(self, name):
        method = getattr(self._generator, name)

        def counted(*args, **kwargs):
            result = method(*args, **kwargs)
            self._counter[0] += int(np.size(result)) if name != "permutation" else len(result)
            return result

        return counted


def _best_of(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def default_world() -> None:
    import relkit

    relkit.simulate(seed=0, customers=10, partners=1, months=1)  # load the name pools once
    seconds = _best_of(lambda: relkit.simulate(seed=7), 7)
    print(f"default world (2,000 customers, 60 partners, 24 months): {seconds:.3f} s (target < 0.5 s)")


def million_child() -> None:
    """Run in a subprocess: time one million customers and the numpy baseline; print JSON."""
    import relkit
    from relkit.simulation import seeds, world

    counter = [0]
    plain = seeds.table_generators

    def counting(seed):
        return {name: CountingGenerator(gen, counter) for name, gen in plain(seed).items()}

    relkit.simulate(seed=0, customers=10, partners=1, months=1)  # warm up imports and name pools
    world.table_generators = counting
    start = time.perf_counter()
    result = relkit.simulate(seed=1, customers=MILLION)
    simulate_seconds = time.perf_counter() - start
    world.table_generators = plain
    draws = counter[0]
    rows = {name: len(frame) for name, frame in result.tables.items()}
    del result
    rng = np.random.default_rng(1)
    numpy_seconds = _best_of(lambda: rng.random(draws), 3)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB
    print(json.dumps({"simulate": simulate_seconds, "numpy": numpy_seconds, "draws": draws,
                      "rows": rows, "peak": peak}))  # fmt: skip


def million() -> None:
    out = subprocess.run(
        [sys.executable, __file__, "--million-child"], capture_output=True, text=True, check=True
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    ratio = figures["simulate"] / figures["numpy"]
    print(
        f"1,000,000 customers: {figures['rows']['orders']:,} orders, {sum(figures['rows'].values()):,} rows"
    )
    print(f"  simulate(): {figures['simulate']:.2f} s")
    print(f"  numpy drawing the same {figures['draws']:,} random values: {figures['numpy']:.2f} s")
    print(f"  ratio: {ratio:.2f}x (target <= 2.5x)")
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
