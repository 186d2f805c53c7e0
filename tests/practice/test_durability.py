"""The store loses nothing: a writer killed at random points, two writers at once, damaged files."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest

from relkit.errors import RelkitWarning
from relkit.practice import progress as store

WRITER = Path(__file__).with_name("writer.py")
KILLS = 120


def _items(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [row[0] for row in connection.execute("SELECT item_id FROM attempts ORDER BY id")]


def _first_saves(path: str, prefix: str, start) -> None:
    os.environ["RELKIT_PROGRESS_FILE"] = path
    os.environ["RELKIT_LEARNER"] = "two-kernels"  # so that nothing opens the store before the barrier
    start.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("error", RelkitWarning)  # a store set aside or not saved fails the worker
        for number in range(5):
            assert store.record_attempt(f"{prefix}.{number}", lesson="new", kind="exercise", correct=True)


def test_two_kernels_creating_the_store_at_the_same_moment_lose_nothing(tmp_path):
    """Both kernels' first save opens a store that does not exist yet; 20 rounds, each on a new file.

    Two races were found here: switching a new file to WAL answered "database is locked" at once, and a
    store read while the other kernel created it looked foreign and was set aside.
    """
    context = multiprocessing.get_context("spawn")
    for round_number in range(20):
        path = tmp_path / f"round-{round_number}" / "progress.sqlite3"
        start = context.Barrier(2, timeout=60)
        workers = [context.Process(target=_first_saves, args=(str(path), name, start)) for name in "ab"]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [worker.exitcode for worker in workers] == [0, 0], f"round {round_number}"
        assert sorted(_items(path)) == sorted(f"{name}.{n}" for name in "ab" for n in range(5))
        assert not list(path.parent.glob("*.corrupt-*"))


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_acknowledged_attempt(store_file):
    """KILLS writer processes, each SIGKILLed after a random delay, all on the same file."""
    environment = {**os.environ, "RELKIT_PROGRESS_FILE": str(store_file)}
    chooser = random.Random(20261122)
    acknowledged: list[str] = []
    kills_during_writes = 0
    for round_number in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), f"r{round_number}"],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda out=writer.stdout, into=lines: into.extend(out), daemon=True)
        assert writer.stdout.readline() == "ready\n"
        # Most kills land while attempts are being written (after the first acknowledgement, however slow
        # the machine); one round in ten right after start, while the store opens.
        opening = round_number % 10 == 0
        if not opening:
            lines.append(writer.stdout.readline())
        reader.start()
        time.sleep(chooser.choice([0.0, 0.001]) if opening else chooser.uniform(0.0, 0.03))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        reader.join()
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL
        acked = [line.split()[1] for line in lines if line.startswith("ack ")]
        kills_during_writes += bool(acked)
        acknowledged += acked
        if round_number % 20 == 19:  # the file opens and holds every acknowledged attempt, at any point
            assert set(acknowledged) <= set(_items(store_file))
    stored = _items(store_file)
    missing = set(acknowledged) - set(stored)
    assert not missing, f"{len(missing)} acknowledged attempts lost, e.g. {sorted(missing)[:5]}"
    assert len(stored) == len(set(stored))  # no attempt written twice
    assert kills_during_writes >= KILLS // 2  # the kills really fell among the saves
    assert len(acknowledged) > KILLS
    # and relkit itself still opens it and keeps writing, without setting it aside
    store.close_store()
    assert store.record_attempt("after.kills", lesson="kill", kind="quiz", correct=True)
    assert not list(store_file.parent.glob("*.corrupt-*"))


def _write_many(path: str, prefix: str, count: int, start) -> None:
    os.environ["RELKIT_PROGRESS_FILE"] = path
    store.learner_id()  # open the store first, so that both processes start saving at the same moment
    start.wait()
    pause = random.Random(prefix)
    for number in range(count):
        time.sleep(pause.uniform(0, 0.002))  # a kernel saves between cells, not in a tight loop
        assert store.record_attempt(f"{prefix}.{number}", lesson="two", kind="exercise", correct=True)


@pytest.mark.slow
def test_two_kernels_saving_at_the_same_time_lose_nothing(store_file):
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2, timeout=60)
    workers = [
        context.Process(target=_write_many, args=(str(store_file), name, 200, start)) for name in ("a", "b")
    ]
    for worker in workers:
        worker.start()
    try:
        for worker in workers:
            worker.join(timeout=120)
    finally:  # never leave a worker behind: the test run would wait for it at exit
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
    assert [worker.exitcode for worker in workers] == [0, 0]
    stored = _items(store_file)
    assert sorted(stored) == sorted(f"{name}.{n}" for name in "ab" for n in range(200))
    # the two really interleaved: neither wrote all of its attempts before the other began
    first_b, last_a = stored.index("b.0"), max(i for i, item in enumerate(stored) if item.startswith("a."))
    first_a, last_b = stored.index("a.0"), max(i for i, item in enumerate(stored) if item.startswith("b."))
    assert first_b < last_a
    assert first_a < last_b


def _damaged(kind: str, path: Path, tmp_path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "garbage":
        path.write_bytes(random.Random(7).randbytes(8192))
    elif kind == "foreign":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT, spice TEXT)")
            connection.execute("INSERT INTO recipes VALUES ('dal', 'jeera')")
        connection.close()
    elif kind == "text":
        path.write_text("customer_id,amount_inr\n1,2500\n", encoding="utf-8")
    elif kind == "truncated":
        # a real relkit store with many attempts, cut short in the middle of its pages
        for number in range(300):
            assert store.record_attempt(
                f"t.{number}", lesson="t", kind="quiz", correct=True, answer="y" * 200
            )
        connection = store._state["connection"]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close_store()
        data = path.read_bytes()
        assert len(data) > 8 * 4096
        path.write_bytes(data[: len(data) // 2 + 100])
    else:  # pragma: no cover
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["garbage", "foreign", "text", "truncated"])
def test_a_damaged_or_foreign_file_is_set_aside_and_a_fresh_store_started(store_file, tmp_path, kind):
    _damaged(kind, store_file, tmp_path)
    original = store_file.read_bytes()
    with pytest.warns(RelkitWarning) as caught:
        assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    [aside] = store_file.parent.glob("progress.sqlite3.corrupt-*[0-9]Z")
    assert aside.read_bytes() == original  # nothing of the learner's file is lost
    message = str(caught[0].message)
    assert str(store_file) in message
    assert str(aside) in message
    assert caught[0].message.msgid == "progress.set_aside"
    assert [a.item_id for a in store.attempts()] == ["01.1"]
    assert _items(store_file) == ["01.1"]


def test_a_relkit_store_is_not_set_aside(store_file):
    assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    store.close_store()
    assert store.record_attempt("01.2", lesson="01", kind="exercise", correct=False)
    assert not list(store_file.parent.glob("*.corrupt-*"))
    assert _items(store_file) == ["01.1", "01.2"]


def test_an_empty_file_becomes_a_store(store_file):
    store_file.parent.mkdir(parents=True)
    store_file.touch()
    assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    assert _items(store_file) == ["01.1"]


def test_settings_of_the_open_store(store_file):
    assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    connection = store._state["connection"]
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert connection.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID
    assert connection.execute("SELECT version FROM schema_version").fetchall() == [(1,)]


def test_a_store_renamed_aside_by_another_kernel_is_noticed(store_file):
    assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    os.replace(store_file, store_file.with_name("elsewhere.sqlite3"))
    assert store.record_attempt("01.2", lesson="01", kind="exercise", correct=True)
    assert _items(store_file) == ["01.2"]  # written to the new file, not into the renamed one
