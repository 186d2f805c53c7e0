"""Time how long each explorer takes to answer one change at the default data size (the default world).

Run: .venv/bin/python benchmarks/bench_explorers.py [--changes 30] [--lang en]
For each explorer: value set -> outputs recomputed, texts, chart and PNG updated. Prints the median and
90th percentile in milliseconds; the target is a median under 100 ms.
"""

from __future__ import annotations

import argparse
import itertools
import time

import numpy as np

import relkit


def _plans(world):
    """Each explorer with the values its controls cycle through (every change really changes something)."""
    yield "rfm_explorer", lambda: relkit.rfm_explorer(world.orders), "segment", None
    yield "cohort_explorer (cohort)", lambda: relkit.cohort_explorer(world.orders), "cohort", list(range(12))
    yield "cohort_explorer (metric)", lambda: relkit.cohort_explorer(world.orders), "metric", None
    yield (
        "funnel_explorer",
        lambda: relkit.funnel_explorer(world.leads, deal_value_inr=76_000),
        "conversion",
        [round(v, 2) for v in np.linspace(0.2, 0.9, 15)],
    )
    yield (
        "scorecard_explorer",
        lambda: relkit.scorecard_explorer(world.purchase_orders, disputes=world.disputes),
        "quality",
        [round(v, 3) for v in np.linspace(0.0, 1.0, 21)[1:]],
    )
    yield "dispute_renewal_explorer", lambda: relkit.dispute_renewal_explorer(world), "partner_type", None
    yield (
        "retention_explorer",
        lambda: relkit.retention_explorer(),
        "retention",
        [round(v, 2) for v in np.linspace(0.5, 0.95, 15)],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=30)
    parser.add_argument("--lang", choices=relkit.LANGUAGES, default="en")
    args = parser.parse_args()
    relkit.set_language(args.lang)
    world = relkit.load_world()
    print(f"language {args.lang}, {args.changes} changes each; target: median < 100 ms")
    for name, make, control, values in _plans(world):
        started = time.perf_counter()
        explorer = make()
        built = time.perf_counter() - started
        controls = explorer.sliders if name == "retention_explorer" else explorer.controls
        widget = controls[control]
        if values is None:
            values = (
                [value for _, value in widget.options]
                if isinstance(widget.options[0], tuple)
                else list(widget.options)
            )
        # Start from a value other than the current one so that the first change changes something.
        cycle = itertools.cycle([v for v in values if v != widget.value] + [widget.value])
        times = []
        for _ in range(args.changes):
            value = next(cycle)
            if value == widget.value:
                value = next(cycle)
            before = explorer.image.value
            start = time.perf_counter()
            widget.value = value
            times.append(time.perf_counter() - start)
            if explorer.image.value == before:
                raise SystemExit(f"{name}: changing {control} to {value!r} did not redraw the chart")
        ms = np.array(times) * 1000
        verdict = "ok" if np.median(ms) < 100 else "SLOW"
        print(
            f"{name:28s} median {np.median(ms):6.1f} ms  P90 {np.percentile(ms, 90):6.1f} ms  "
            f"(first build {built * 1000:5.0f} ms)  {verdict}"
        )


if __name__ == "__main__":
    main()
