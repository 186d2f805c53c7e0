"""Time every committed lesson notebook run from top to bottom in a fresh kernel, as nbval runs it.

Run: .venv/bin/python benchmarks/bench_lessons.py [--lang hi] [--lesson 04] [--repeats 1]
Prints, per notebook, the seconds from kernel start to the last cell (target: under 20 s on the default
world), then the slowest notebook and the sum over all of them (the sequential nbval time, less pytest's
own overhead). Each run uses a fresh progress store and the lessons' learner, like tools/build_lessons.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 20.0


def run_once(path: Path) -> float:
    """Execute the notebook at `path` in a fresh kernel; return the wall-clock seconds."""
    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="relkit-bench-") as scratch:
        os.environ["RELKIT_PROGRESS_FILE"] = str(Path(scratch) / "progress.sqlite3")
        start = time.perf_counter()
        NotebookClient(
            nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "hi", "bn"), action="append")
    parser.add_argument("--lesson", action="append", help="a lesson number or name; may repeat")
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    os.environ["RELKIT_LEARNER"] = "relkit-lessons"
    paths = [
        path
        for lang in args.lang or ("en", "hi", "bn")
        for path in sorted((ROOT / "notebooks" / lang).glob("[0-9]*.ipynb"))
        if not args.lesson or any(path.stem.startswith(wanted) for wanted in args.lesson)
    ]
    if not paths:
        print("no lesson notebooks matched", file=sys.stderr)
        return 1
    medians = {}
    for path in paths:
        seconds = statistics.median(run_once(path) for _ in range(args.repeats))
        medians[path] = seconds
        flag = "" if seconds < TARGET_SECONDS else f"  OVER the {TARGET_SECONDS:.0f} s target"
        print(f"{path.parent.name}/{path.name}: {seconds:.1f} s{flag}", flush=True)
    slowest = max(medians, key=medians.get)
    print(
        f"{len(medians)} notebooks: slowest {slowest.parent.name}/{slowest.name} {medians[slowest]:.1f} s, "
        f"sum {sum(medians.values()):.0f} s (median of {args.repeats} run(s) each; cores: {os.cpu_count()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
