"""Time ``relkit class-data`` for a class of 40 and of 400 students (default-size worlds), end to end.

Run: .venv/bin/python benchmarks/bench_class_data.py [--students 40 400] [--workers N]
Prints, for each class size, the seconds the whole command took (roster read, worlds simulated and
written, answer keys, class.json, the final rename) and the seconds per student, and the CPU seconds all
its processes used: divided by the workers, that is the time on a machine nobody else is using (a shared
machine makes the wall time longer). Then the cost of one student's steps in this process: simulate,
write the CSV folder, compute the answer key. The target of issue 17 is 400 students in under 60 s on 2
cores.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import relkit
from relkit.exercises import answer_key
from relkit.instructor.class_data import available_cores, make_class_data
from relkit.simulation.io import write_csv_into


def _roster(folder: Path, students: int) -> Path:
    path = folder / f"roster-{students}.csv"
    rows = [f"PAT-2025-{number:04d},Student {number}" for number in range(1, students + 1)]
    path.write_text("student_id,name\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _steps(rounds: int = 5) -> None:
    relkit.simulate(seed=0)  # the first world of a process pays for imports and name pools
    answer_key(relkit.load_world())
    steps: dict[str, list[float]] = {"simulate": [], "write CSV + world.json": [], "answer key": []}
    for seed in range(1, rounds + 1):
        start = time.process_time()
        world = relkit.simulate(seed=seed)
        steps["simulate"].append(time.process_time() - start)
        with tempfile.TemporaryDirectory() as scratch:
            start = time.process_time()
            write_csv_into(Path(scratch), world.tables, world.settings)
            steps["write CSV + world.json"].append(time.process_time() - start)
        start = time.process_time()
        answer_key(world)
        steps["answer key"].append(time.process_time() - start)
    for name, times in steps.items():
        print(f"  one student, {name:<24} median {statistics.median(times):6.3f} CPU s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[40, 400])
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    workers = args.workers or available_cores()
    print(f"relkit class-data, default-size worlds, {workers} worker processes")
    with tempfile.TemporaryDirectory() as scratch:
        here = Path(scratch)
        for students in args.students:
            roster = _roster(here, students)
            out = here / f"class-{students}"
            start, cpu = time.perf_counter(), _cpu_seconds()
            make_class_data(roster, course_key="bench-key", out=out, workers=workers)
            seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
            print(
                f"{students:4d} students: {seconds:7.1f} s  ({seconds / students:.3f} s per student); "
                f"CPU {cpu:7.1f} s, {cpu / workers:6.1f} s per worker"
            )
            shutil.rmtree(out)
    _steps()


if __name__ == "__main__":
    main()
