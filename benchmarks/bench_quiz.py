"""Time building and rendering a quiz: relkit.quiz(lesson) -> every widget built -> its display bundle.

Run: .venv/bin/python benchmarks/bench_quiz.py [--repeats 30] [--lang hi] [--lesson 04]
Prints, per lesson, the median and 90th percentile in milliseconds (target: under 200 ms median), and the
time of one answer checked through the widget. The first build (which reads the question banks and the
catalogs from disk) is reported on its own; the repeats are what a learner re-running the cell meets.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

import relkit
from relkit.practice.bank import available_quizzes


def render(lesson: str, learner: str) -> dict:
    quiz = relkit.quiz(lesson, learner=learner)
    return quiz._repr_mimebundle_()  # what Jupyter calls to show it: builds the widget and its views' ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--lang", choices=relkit.LANGUAGES, default="en")
    parser.add_argument("--lesson", choices=available_quizzes(), action="append")
    args = parser.parse_args()
    relkit.set_language(args.lang)
    for lesson in args.lesson or available_quizzes():
        start = time.perf_counter()
        render(lesson, "bench-first")
        first = time.perf_counter() - start
        times = []
        for repeat in range(args.repeats):
            start = time.perf_counter()
            bundle = render(lesson, f"bench-{repeat}")
            times.append(time.perf_counter() - start)
            if "application/vnd.jupyter.widget-view+json" not in bundle:
                raise SystemExit("the quiz did not render as a widget")
        item = relkit.quiz(lesson, learner="bench").widget().items["q1"]
        checks = []
        for key in item.question.options * 5:
            item.control.value = key
            start = time.perf_counter()
            item.button.click()
            checks.append(time.perf_counter() - start)
        ms = np.array(times) * 1000
        count = len(item.quiz.bank.questions)
        print(
            f"quiz {lesson} ({args.lang}, {count} questions): first build {first * 1000:.1f} ms; "
            f"build+render median {np.median(ms):.1f} ms, p90 {np.percentile(ms, 90):.1f} ms "
            f"over {args.repeats} (target < 200 ms); one check median {np.median(checks) * 1000:.2f} ms"
        )


if __name__ == "__main__":
    main()
