"""Time a progress save (record_attempt) and the rendering of relkit.progress(), on a fresh store.

Run: .venv/bin/python benchmarks/bench_progress.py [--saves 300] [--renders 20] [--history 2000] [--lang en]
Prints the median and 90th percentile, in milliseconds. The store is a temporary file in the same file
system as the user data folder would be (the system's temporary folder), with synchronous=FULL: each
save is one transaction with an fsync of the WAL file. The budget is 20 ms median per save (issue #14).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import relkit


def _summary(label: str, seconds: list[float], budget_ms: float | None = None) -> None:
    ms = sorted(value * 1000 for value in seconds)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    verdict = (
        ""
        if budget_ms is None
        else f"  (budget {budget_ms:g} ms: {'ok' if statistics.median(ms) < budget_ms else 'OVER'})"
    )
    print(f"{label}: median {statistics.median(ms):.2f} ms, p90 {p90:.2f} ms over {len(ms)}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--renders", type=int, default=20)
    parser.add_argument("--history", type=int, default=2000, help="attempts in the store before rendering")
    parser.add_argument("--lang", choices=relkit.LANGUAGES, default="en")
    args = parser.parse_args()
    relkit.set_language(args.lang)
    folder = Path(tempfile.mkdtemp(prefix="relkit-bench-progress-"))
    os.environ["RELKIT_PROGRESS_FILE"] = str(folder / "progress.sqlite3")
    os.environ.setdefault("RELKIT_LEARNER", "bench")
    from relkit.practice.progress import record_attempt

    started = time.perf_counter()
    assert record_attempt("01.1", lesson="01", kind="exercise", correct=False)
    print(f"first save (creates the store): {(time.perf_counter() - started) * 1000:.1f} ms")
    saves = []
    for number in range(args.saves):
        started = time.perf_counter()
        ok = record_attempt(
            f"04.{number % 4 + 1}",
            lesson="04",
            kind="exercise",
            correct=number % 3 == 0,
            hint_level=number % 3,
            answer=f"{number * 17.5:.2f}",
        )
        saves.append(time.perf_counter() - started)
        assert ok
    _summary("record_attempt", saves, budget_ms=20)
    syncs = []  # what one fsync costs on this disk: the part of a save that synchronous=FULL adds
    with open(folder / "fsync-probe", "wb") as probe:
        for _ in range(50):
            probe.write(b"x" * 4096)
            probe.flush()
            started = time.perf_counter()
            os.fsync(probe.fileno())
            syncs.append(time.perf_counter() - started)
    _summary("one fsync of 4 KiB on this disk", syncs)

    for number in range(max(0, args.history - args.saves - 1)):
        record_attempt(f"01.q{number % 5 + 1}", lesson="01", kind="quiz", correct=number % 4 != 0)
    started = time.perf_counter()
    relkit.progress()._repr_html_()
    first = (time.perf_counter() - started) * 1000
    print(f"first progress() render (imports matplotlib, loads fonts): {first:.0f} ms")
    text, page, bar = [], [], []
    for _ in range(args.renders):
        started = time.perf_counter()
        str(relkit.progress())
        text.append(time.perf_counter() - started)
        started = time.perf_counter()
        relkit.progress()._repr_html_()
        page.append(time.perf_counter() - started)
        started = time.perf_counter()
        relkit.progress_bar("04")._repr_html_()
        bar.append(time.perf_counter() - started)
    print(f"store holds {args.history} attempts")
    _summary("progress() as text", text)
    _summary("progress() as HTML with chart", page)
    _summary("progress_bar('04') as HTML", bar)


if __name__ == "__main__":
    main()
