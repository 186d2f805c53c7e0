"""A store that cannot be written warns once, in the learner's language, and the lesson goes on."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import relkit
from relkit.errors import RelkitWarning
from relkit.i18n import catalog
from relkit.practice import progress as store

READ_ONLY_PROBE = r"""
import json, warnings
from relkit.practice.progress import record_attempt
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [record_attempt("01.1", lesson="01", kind="exercise", correct=True) for _ in range(3)]
print(json.dumps({"results": results, "warnings": [(w.category.__name__, w.message.msgid, str(w.message))
                                                   for w in caught]}))
"""


def _can_mount_read_only() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True, check=False
    )
    return done.returncode == 0


def _run_probe(folder: Path, store_path: Path, lang: str) -> dict:
    """Run the probe with `folder` read-only: by file permissions, or (root ignores those) a read-only mount.

    As root the probe runs in a mount namespace of its own where `folder` is bind-mounted read-only, so
    even root gets "read-only file system"; nothing outside that process sees the mount.
    """
    environment = {**os.environ, "RELKIT_PROGRESS_FILE": str(store_path), "RELKIT_LEARNER": "x"}
    code = f"import relkit; relkit.set_language({lang!r})\n" + READ_ONLY_PROBE
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        mount = f'mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec "$@"'
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", mount, "probe", *command]
    else:
        for each in [folder, *folder.rglob("*")]:
            each.chmod(0o555 if each.is_dir() else 0o444)
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    finally:
        for each in [folder, *folder.rglob("*")]:
            each.chmod(0o755 if each.is_dir() else 0o644)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


needs_read_only = pytest.mark.skipif(
    os.geteuid() == 0 and not _can_mount_read_only(),
    reason="running as root without unshare: file permissions cannot make a folder read-only for root",
)


@needs_read_only
@pytest.mark.parametrize("lang", relkit.LANGUAGES)
def test_read_only_home_warns_once_and_returns_false(tmp_path, lang):
    home = tmp_path / "home"
    home.mkdir()
    path = home / ".local" / "share" / "relkit" / "progress.sqlite3"  # its folder cannot be made
    outcome = _run_probe(home, path, lang)
    assert outcome["results"] == [False, False, False]
    [(category, msgid, text)] = outcome["warnings"]  # once, not three times
    assert (category, msgid) == ("RelkitWarning", "progress.not_saved.read_only")
    assert str(path) in text
    assert text.startswith(catalog(lang)["progress.not_saved.read_only"].split("{")[0])  # learner's language


@needs_read_only
def test_read_only_existing_store_warns_and_returns_false(tmp_path):
    folder = tmp_path / "store"
    path = folder / "progress.sqlite3"
    environment = {**os.environ, "RELKIT_PROGRESS_FILE": str(path)}
    save = "from relkit.practice.progress import record_attempt as r, close_store as c; "
    save += "assert r('01.1', lesson='01', kind='exercise', correct=True); c()"
    subprocess.run([sys.executable, "-c", save], env=environment, check=True)
    outcome = _run_probe(folder, path, "en")
    assert outcome["results"] == [False, False, False]
    assert [w[1] for w in outcome["warnings"]] == ["progress.not_saved.read_only"]
    with sqlite3.connect(path) as connection:  # and the store is untouched
        assert connection.execute("SELECT count(*) FROM attempts").fetchone() == (1,)


def test_locked_beyond_the_timeout_warns_and_returns_false(store_file, monkeypatch):
    assert store.record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    store.close_store()
    monkeypatch.setattr(store, "BUSY_TIMEOUT_SECONDS", 0.2)
    other = sqlite3.connect(store_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.warns(RelkitWarning) as caught:
            assert store.record_attempt("01.2", lesson="01", kind="exercise", correct=True) is False
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the second failure is silent
            assert store.record_attempt("01.3", lesson="01", kind="exercise", correct=True) is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught[0].message.msgid == "progress.not_saved.locked"
    assert "0.2 seconds" in str(caught[0].message)
    assert store.record_attempt("01.4", lesson="01", kind="exercise", correct=True)  # free again: saved
    assert [a.item_id for a in store.attempts()] == ["01.1", "01.4"]


def test_a_file_that_cannot_grow_warns_and_returns_false(tmp_path):
    """A file size limit (like a full disk) makes the write fail; the process carries on."""
    path = tmp_path / "progress.sqlite3"
    code = (
        "import json, resource, signal, warnings\n"
        "from relkit.practice.progress import record_attempt\n"
        "assert record_attempt('01.0', lesson='01', kind='exercise', correct=True)\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    results = [record_attempt(f'01.{i}', lesson='01', kind='exercise', correct=True,"
        " answer='z' * 400) for i in range(1, 700)]\n"
        "print(json.dumps([results.count(True), results.count(False), [w.message.msgid for w in caught]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "RELKIT_PROGRESS_FILE": str(path)},
    )
    saved, failed, warned = json.loads(done.stdout)
    assert saved > 0
    assert failed > 0
    assert len(warned) == 1
    assert warned[0].startswith("progress.not_saved.")


def test_check_goes_on_when_the_store_fails(store_file, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("store exploded")

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.warns(RelkitWarning, match="could not save"):
        feedback = relkit.check("01.2", 30)
    assert feedback.correct
