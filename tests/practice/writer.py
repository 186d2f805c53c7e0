"""A writer for the kill test: record attempts forever, print one line after each acknowledged save.

Run as ``python writer.py <prefix>``; the store file comes from RELKIT_PROGRESS_FILE. Each line is
``ack <item_id>`` and is printed (and flushed) only after record_attempt returned True.
"""

import sys


def main(prefix: str) -> None:
    from relkit.practice.progress import record_attempt

    print("ready", flush=True)
    number = 0
    while True:
        item = f"{prefix}.{number}"
        if record_attempt(
            item, lesson="kill", kind="quiz", correct=number % 2 == 0, answer="x" * (number % 50)
        ):
            print(f"ack {item}", flush=True)
        number += 1


if __name__ == "__main__":  # importing it (pytest --doctest-modules does) must not start writing
    main(sys.argv[1])
