"""Time read_number and match_option over a mixed corpus of answers as learners write them.

Run: .venv/bin/python benchmarks/bench_answers.py [--rounds 200]
Prints the median and 90th percentile time of one call, in microseconds, for the whole corpus and for
each kind of answer (plain numbers, native digits, lakh grouping, scale words, percentages, malformed
text), and the median of match_option on a channel name.
"""

from __future__ import annotations

import argparse
import statistics
import time

from relkit.exercises.feedback import choice_spellings
from relkit.practice.answers import match_option, read_number

CORPUS = {
    "python numbers": [2500, 0.85, 3000476.99, -12],
    "plain text": ["2500", "3000476.99", "-12", "0.245"],
    "native digits": ["२५००", "২৫০০", "३०,००,४७७", "০.২৪৫"],
    "grouping and ₹": ["1,23,456", "₹30,00,477", "Rs. 2,500/-", "২,৫০০ টাকা", "1,234,567", "२,५०० रुपये"],
    "scale words": ["2.5 लाख", "২.৫ লাখ", "1.2 crore", "₹2.5 करोड़", "১.২ কোটি", "1 करोड़ 20 लाख", "2.5k"],
    "percent (share)": ["85 %", "24.5%", "८५%", "৮৫ শতাংশ"],
    "malformed": ["1,2,3", "2 500", "about 2285", "2,5", "lakh 2", ""],
}
SHARE = {"percent (share)"}


def _time(call, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def _line(name: str, times: list[float]) -> str:
    median = statistics.median(times) * 1e6
    p90 = statistics.quantiles(times, n=10)[-1] * 1e6
    return f"{name:<18} median {median:7.1f} µs   p90 {p90:7.1f} µs   ({len(times)} calls)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    for kind, answers in CORPUS.items():  # warm up (catalog, caches) and check the corpus reads as meant
        for answer in answers:
            reading = read_number(answer, share=kind in SHARE)
            if (reading is None) != (kind == "malformed"):
                raise SystemExit(f"{answer!r} read as {reading}")
    every: list[float] = []
    lines = []
    for kind, answers in CORPUS.items():
        times = []
        for answer in answers:
            times += _time(lambda a=answer, s=kind in SHARE: read_number(a, share=s), args.rounds)
        every += times
        lines.append(_line(kind, times))
    print("read_number over a mixed corpus of", sum(map(len, CORPUS.values())), "answers:")
    print(_line("all", every))
    print("\n".join(lines))
    channels = ["referral", "organic_search", "paid_search", "paid_social"]
    options = choice_spellings("acquisition_channel", channels)
    for answer in ("रेफ़रल", "रेफरल", "সোশ্যাল-মিডিয়া বিজ্ঞাপন"):
        if match_option(answer, options) is None:
            raise SystemExit(f"match_option({answer!r}) found nothing")
        print(_line("match_option", _time(lambda a=answer: match_option(a, options), args.rounds)), answer)


if __name__ == "__main__":
    main()
