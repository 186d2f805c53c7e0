"""Stopping relkit, killing it, and sharing what it wrote: quiet, nothing half-written, readable by others.

The signal tests run the real command in a subprocess on a world big enough (200,000 customers) to be
caught while it writes: they wait until its temporary folder appears, then send the signal. No test
measures time; the waits have a generous limit only so that a broken build fails instead of hanging.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import relkit
from relkit import cli, files, lab
from relkit.errors import RelkitValueError
from relkit.i18n import LANGUAGES, translate
from relkit.interrupt import Stopped
from relkit.simulation import cli as sim_cli
from relkit.simulation import io as sim_io
from relkit.simulation.schema import TABLES

ROOT = Path(relkit.__file__).resolve().parent.parent
BIG = ["--seed", "3", "--customers", "200000", "--months", "24"]
SMALL = ["--seed", "3", "--customers", "20", "--partners", "2", "--months", "2"]
# The one line relkit prints when stopped, from the catalogs (text checked by the native-reader pass).
STOPPED = {lang: "relkit: " + translate("cli.stopped", lang=lang, how="{how}") + "\n" for lang in LANGUAGES}
PATIENCE = 300  # seconds before a wait gives up: a hung build fails instead of blocking the suite


def _env(lang="en"):
    env = {key: value for key, value in os.environ.items() if key not in ("RELKIT_DEBUG", "PYTHONPATH")}
    return {**env, "RELKIT_LANG": lang, "PYTHONPATH": str(ROOT)}


def _relkit(*args, cwd, lang="en", **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "relkit", *args],
        cwd=cwd,
        env=_env(lang),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def _run(*args, cwd, lang="en"):
    return subprocess.run(
        [sys.executable, "-m", "relkit", *args], cwd=cwd, env=_env(lang), capture_output=True, text=True
    )


def _wait_for_partial(folder: Path, process: subprocess.Popen) -> Path:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        found = list(folder.glob(".w.*.partial"))
        if found:
            return found[0]
        if process.poll() is not None:
            pytest.fail(f"relkit ended ({process.returncode}) before writing: {process.stderr.read()}")
        time.sleep(0.05)
    process.kill()
    pytest.fail("relkit never started writing")


# --- real signals ---------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "code", "how", "lang"),
    [
        (signal.SIGINT, 130, "Ctrl+C", "hi"),
        (signal.SIGTERM, 143, "SIGTERM", "bn"),
        (signal.SIGHUP, 129, "SIGHUP", "en"),
    ],
    ids=["ctrl-c-hindi", "sigterm-bengali", "sighup-english"],
)
def test_a_signal_while_writing_stops_quietly_and_leaves_nothing(signum, code, how, lang, tmp_path):
    process = _relkit("simulate", *BIG, "--out", str(tmp_path / "w"), cwd=tmp_path, lang=lang)
    _wait_for_partial(tmp_path, process)
    process.send_signal(signum)
    _, err = process.communicate(timeout=PATIENCE)
    assert process.returncode == code
    assert err == STOPPED[lang].format(how=how)  # one line, no traceback
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_after_a_sigkill_the_next_run_removes_the_leftover(tmp_path):
    process = _relkit("simulate", *BIG, "--out", str(tmp_path / "w"), cwd=tmp_path)
    leftover = _wait_for_partial(tmp_path, process)
    process.kill()
    process.communicate(timeout=PATIENCE)
    assert leftover.is_dir()  # SIGKILL cannot be caught: this is what it leaves
    done = _run("simulate", *SMALL, "--out", str(tmp_path / "w"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["w"]


@pytest.mark.slow
def test_a_live_runs_work_in_progress_is_never_removed(tmp_path):
    live = _relkit("simulate", *BIG, "--out", str(tmp_path / "w"), cwd=tmp_path)
    try:
        in_progress = _wait_for_partial(tmp_path, live)
        other = _run(
            "simulate", *SMALL, "--format", "sqlite", "--out", str(tmp_path / "w.sqlite"), cwd=tmp_path
        )
        assert other.returncode == 0, other.stderr
        files.remove_stale_partials(tmp_path / "w")  # what a second run at the same --out does first
        assert in_progress.is_dir()
    finally:
        live.terminate()
        live.communicate(timeout=PATIENCE)
    assert live.returncode == 143
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.sqlite"]


# --- leftovers, decided one by one ----------------------------------------------------------------------
def _leftover(folder: Path, name: str, *, kind="partial", age=0.0) -> Path:
    path = folder / name
    if kind == "partial":
        path.mkdir()
        (path / "customers.csv").write_text("half")
    else:
        path.write_text("half")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


DEAD_PID = 2**22 + 7  # above the largest pid Linux hands out


@pytest.mark.parametrize(
    ("name", "age", "removed"),
    [
        (f".w.r{files._host_tag()}-{DEAD_PID}-0.abc123.partial", 0, True),
        (f".w.r{files._host_tag()}-{os.getpid()}-{files._start_ticks(os.getpid())}.abc123.partial", 0, False),
        pytest.param(
            f".w.r{files._host_tag()}-{os.getpid()}-1.abc123.partial",  # the pid, but a newer process
            0,
            True,
            marks=pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc"),
        ),
        (".w.rdeadbeef-1-0.abc123.partial", 0, False),  # another computer: may be running
        (".w.rdeadbeef-1-0.abc123.partial", 3 * 24 * 3600, True),
        (".w.k2j4h5g6.partial", 0, False),  # an older relkit: no owner recorded
        (".w.k2j4h5g6.partial", 2 * 3600, True),
        (".wx.k2j4h5g6.partial", 2 * 3600, False),  # another target's
        (".w.notes.txt", 10 * 24 * 3600, False),  # not relkit's at all
    ],
    ids=[
        "dead-process", "this-process", "reused-pid", "other-host-fresh", "other-host-old",
        "unmarked-fresh", "unmarked-old", "other-target", "learners-hidden-file",
    ],
)  # fmt: skip
def test_only_leftovers_whose_run_is_over_are_removed(name, age, removed, tmp_path):
    path = _leftover(tmp_path, name, age=age)
    assert (path in files.remove_stale_partials(tmp_path / "w")) is removed
    assert path.exists() is not removed


def test_a_leftover_temporary_file_of_a_killed_sqlite_write_is_removed(tmp_path):
    path = _leftover(tmp_path, f".w.sqlite.r{files._host_tag()}-{DEAD_PID}-0.abc123.tmp", kind="file")
    files.atomic_write_bytes(tmp_path / "w.sqlite", b"db", overwrite=False)
    assert not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.sqlite"]


def test_a_symlink_that_looks_like_a_leftover_is_not_followed(tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_text("mine")
    link = tmp_path / f".w.r{files._host_tag()}-{DEAD_PID}-0.abc123.partial"
    link.symlink_to(precious)
    files.remove_stale_partials(tmp_path / "w")
    assert (precious / "thesis.docx").read_text() == "mine"
    assert link.is_symlink()


# --- permissions follow the umask ---------------------------------------------------------------------
UMASK_RUN = "import os, sys; os.umask({umask}); from relkit.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize(("umask", "folder", "file"), [(0o022, 0o755, 0o644), (0o077, 0o700, 0o600)])
@pytest.mark.parametrize("fmt", ["csv", "parquet", "sqlite"])
def test_what_simulate_writes_has_the_permissions_the_umask_gives(umask, folder, file, fmt, tmp_path):
    out = tmp_path / ("w.sqlite" if fmt == "sqlite" else "w")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            UMASK_RUN.format(umask=oct(umask)),
            "simulate",
            *SMALL,
            "--format",
            fmt,
            "--out",
            str(out),
        ],
        env=_env(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    if fmt == "sqlite":
        assert out.stat().st_mode & 0o777 == file
    else:
        assert out.stat().st_mode & 0o777 == folder
        assert {p.stat().st_mode & 0o777 for p in out.iterdir()} == {file}


def test_an_empty_folder_given_as_out_keeps_its_own_permissions(tmp_path, monkeypatch, capsys):
    out = tmp_path / "w"
    out.mkdir()
    out.chmod(0o750)
    assert cli.main(["simulate", *SMALL, "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o750
    assert sorted(p.stem for p in out.glob("*.csv")) == sorted(TABLES)


def test_a_file_that_exists_is_never_replaced_even_if_it_appears_meanwhile(tmp_path):
    target = tmp_path / "mine.sqlite"
    target.write_text("my saved work")
    with pytest.raises(FileExistsError):
        files.atomic_write_bytes(target, b"new", overwrite=False)
    assert target.read_text() == "my saved work"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.sqlite"]


def test_a_sqlite_file_made_while_the_world_was_written_is_kept(tmp_path, monkeypatch):
    target = tmp_path / "w.sqlite"
    real = files.atomic_write_bytes

    def someone_else_first(path, data, **kwargs):
        Path(path).write_text("a classmate's file")
        return real(path, data, **kwargs)

    monkeypatch.setattr(sim_io, "atomic_write_bytes", someone_else_first)
    world = relkit.simulate(seed=1, customers=5, partners=1, months=1)
    with pytest.raises(RelkitValueError, match="already exists"):
        world.to_sqlite(target)
    assert target.read_text() == "a classmate's file"


# --- interruptions and failures, in-process -------------------------------------------------------------
def _answer(argv, lang, monkeypatch, capsys):
    monkeypatch.setenv("RELKIT_LANG", lang)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _stop_on_table(monkeypatch, number, exception):
    real, seen = sim_io.write_csv_table, []

    def write(folder, name, frame):
        seen.append(name)
        if len(seen) == number:
            raise exception
        real(folder, name, frame)

    monkeypatch.setattr(sim_io, "write_csv_table", write)


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
@pytest.mark.parametrize(
    ("exception", "code", "how"),
    [(KeyboardInterrupt(), 130, "Ctrl+C"), (Stopped(signal.SIGTERM), 143, "SIGTERM")],
    ids=["ctrl-c", "sigterm"],
)
def test_stopped_halfway_through_the_tables_leaves_nothing(
    exception, code, how, lang, tmp_path, monkeypatch, capsys
):
    _stop_on_table(monkeypatch, 3, exception)
    answer = _answer(["simulate", *SMALL, "--out", str(tmp_path / "w")], lang, monkeypatch, capsys)
    assert answer == (code, "", STOPPED[lang].format(how=how))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_ctrl_c_while_simulating_says_nothing_was_written(lang, tmp_path, monkeypatch, capsys):
    def interrupted(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(sim_cli, "simulate", interrupted)
    answer = _answer(["simulate", *SMALL, "--out", str(tmp_path / "w")], lang, monkeypatch, capsys)
    assert answer == (130, "", STOPPED[lang].format(how="Ctrl+C"))
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_doctor_is_quiet(monkeypatch, capsys):
    import relkit.doctor

    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(relkit.doctor, "run_doctor", interrupted)
    assert _answer(["doctor"], "bn", monkeypatch, capsys) == (130, "", STOPPED["bn"].format(how="Ctrl+C"))


class _Server:
    """A stand-in for JupyterLab that is waiting when relkit is stopped."""

    def __init__(self, stop):
        self.stop, self.calls = stop, []

    def __call__(self, command):
        return self

    def wait(self, timeout=None):
        self.calls.append(("wait", timeout))
        if timeout is None:
            raise self.stop
        return 0

    def terminate(self):
        self.calls.append(("terminate", None))

    def kill(self):
        self.calls.append(("kill", None))


@pytest.mark.parametrize(
    ("stop", "code"), [(KeyboardInterrupt(), 0), (Stopped(signal.SIGTERM), 143)], ids=["ctrl-c", "sigterm"]
)
def test_stopping_lab_stops_jupyterlab_too(stop, code, tmp_path, monkeypatch, capsys):
    (tmp_path / "en").mkdir()
    server = _Server(stop)
    monkeypatch.setattr(lab.subprocess, "Popen", server)
    assert _answer(["lab", "--notebooks", str(tmp_path)], "en", monkeypatch, capsys)[0] == code
    assert server.calls == [("wait", None), ("terminate", None), ("wait", 10)]


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_running_out_of_memory_says_to_choose_a_smaller_world(lang, tmp_path, monkeypatch, capsys):
    def too_big(**kwargs):
        raise MemoryError

    monkeypatch.setattr(sim_cli, "simulate", too_big)
    code, _, err = _answer(
        ["simulate", "--seed", "1", "--out", str(tmp_path / "w")], lang, monkeypatch, capsys
    )
    assert code == 1
    assert "`--customers 2000 --months 24`" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_a_full_disk_while_writing_is_reported_and_leaves_nothing(lang, tmp_path, monkeypatch, capsys):
    _stop_on_table(monkeypatch, 5, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    code, _, err = _answer(["simulate", *SMALL, "--out", str(tmp_path / "w")], lang, monkeypatch, capsys)
    assert code == 1
    assert os.strerror(errno.ENOSPC) in err
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_is_a_short_message_unless_debugging(tmp_path, monkeypatch, capsys):
    def broken(**kwargs):
        raise RuntimeError("something relkit did not foresee")

    monkeypatch.setattr(sim_cli, "simulate", broken)
    code, _, err = _answer(
        ["simulate", "--seed", "1", "--out", str(tmp_path / "w")], "hi", monkeypatch, capsys
    )
    assert code == 1
    assert "RuntimeError: something relkit did not foresee" in err
    assert "`RELKIT_DEBUG=1`" in err
    monkeypatch.setenv("RELKIT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="did not foresee"):
        cli.main(["simulate", "--seed", "1", "--out", str(tmp_path / "w")])


# --- the examples of issue 11, from a real shell ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "argv", "code", "says"),
    [
        ("Hindi", ["lab", "--port", "x"], 2, "`--port` के लिए 8890 जैसी पूर्ण संख्या चाहिए"),
        (
            "bangla",
            ["simulate", "--seed", "1", "--out", "w", "--customers", "abc"],
            2,
            "`--customers`-এর জন্য",
        ),
        ("hindi", ["simulate", "--out", "w"], 2, "ये विकल्प आवश्यक हैं, पर नहीं दिए गए: --seed"),
        ("bn-IN", ["simulte"], 2, "`simulate`"),
        ("Tamil", ["doctor", "--x"], 2, "`RELKIT_LANG` is 'Tamil'"),
        ("hi_IN.UTF-8", ["simulate", *SMALL, "--out", "my.sqlite"], 2, "`--format sqlite`"),
    ],
    ids=[
        "port",
        "customers",
        "missing-seed",
        "misspelt-command",
        "unknown-relkit-lang",
        "sqlite-name-as-folder",
    ],
)
def test_the_issues_examples_from_a_shell(lang, argv, code, says, tmp_path):
    done = _run(*argv, cwd=tmp_path, lang=lang)
    assert done.returncode == code
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_sqlite_from_a_shell_is_one_file(tmp_path):
    done = _run("simulate", *SMALL, "--format", "sqlite", "--out", "my.sqlite", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["my.sqlite"]
    with sqlite3.connect(tmp_path / "my.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM customers").fetchone() == (20,)
    again = _run("simulate", *SMALL, "--format", "sqlite", "--out", "my.sqlite", cwd=tmp_path)
    assert again.returncode == 2
    assert "already exists" in again.stderr
