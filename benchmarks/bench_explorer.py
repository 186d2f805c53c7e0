"""Time one slider change of the retention explorer: value set -> texts, line data and PNG updated.

Run: .venv/bin/python benchmarks/bench_explorer.py [--changes 50] [--lang en]
Prints the median and 90th percentile over the changes, in milliseconds.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

import relkit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--lang", choices=relkit.LANGUAGES, default="en")
    args = parser.parse_args()
    relkit.set_language(args.lang)
    started = time.perf_counter()
    explorer = relkit.retention_explorer()
    built = time.perf_counter() - started
    sliders = explorer.sliders
    # Walk each slider through values inside its range, so every change really changes something.
    plan = [("retention", v) for v in np.linspace(0.5, 0.95, args.changes // 4 + 1)] + [
        ("margin_inr", v) for v in np.linspace(200, 1500, args.changes // 4 + 1)
    ]
    plan += [("discount", v) for v in np.linspace(0.0, 0.03, args.changes // 4 + 1)]
    plan += [("cac_inr", v) for v in np.linspace(500, 5000, args.changes - 3 * (args.changes // 4 + 1))]
    times = []
    for name, value in plan[: args.changes]:
        before = explorer.image.value
        start = time.perf_counter()
        sliders[name].value = float(round(value, 3))
        times.append(time.perf_counter() - start)
        if explorer.image.value == before:
            raise SystemExit(f"changing {name} to {value} did not redraw the chart")
    ms = np.array(times) * 1000
    print(f"language {args.lang}, {len(ms)} changes; first build {built * 1000:.0f} ms")
    print(
        f"one slider change: median {np.median(ms):.1f} ms, P90 {np.percentile(ms, 90):.1f} ms, "
        f"max {ms.max():.1f} ms"
    )


if __name__ == "__main__":
    main()
