import os
import subprocess
import sys

import pytest

from relkit import cli, doctor, lab


def test_version_comes_from_the_installed_metadata(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"relkit {version('relkit')}"


def test_the_console_script_is_installed():
    out = subprocess.run(
        [sys.executable, "-m", "relkit", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("relkit ")


def test_no_command_prints_help_and_exits_2(capsys):
    assert cli.main([]) == 2
    assert "doctor" in capsys.readouterr().out


def test_help_follows_relkit_lang(monkeypatch, capsys):
    monkeypatch.setenv("RELKIT_LANG", "bn")
    with pytest.raises(SystemExit):
        cli.main(["lab", "--help"])
    assert "পাঠগুলো JupyterLab-এ খুলুন" in capsys.readouterr().out


def test_doctor_passes_on_this_installation(capsys):
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    for name in ("Python", "relkit", "pandas", "matplotlib", "Devanagari font", "Bengali font"):
        assert name in out
    assert "All checks passed" in out


def test_doctor_fails_with_the_fix_when_matplotlib_is_older_than_3_11(monkeypatch, capsys):
    real = doctor._installed
    monkeypatch.setattr(doctor, "_installed", lambda dist: "3.10.8" if dist == "matplotlib" else real(dist))
    assert cli.main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[ERR] matplotlib" in out
    assert 'pip install --upgrade "matplotlib>=3.11"' in out
    assert "1 check(s) failed" in out


def test_doctor_reports_a_missing_font_package(monkeypatch, capsys):
    from relkit import fonts

    monkeypatch.setattr(fonts, "font_files", lambda lang: [])
    assert cli.main(["--ui-lang", "hi", "doctor"]) == 1
    assert "[ERR] देवनागरी फ़ॉन्ट" in capsys.readouterr().out


def test_lab_launches_jupyterlab_on_the_language_folder(monkeypatch, tmp_path, capsys):
    (tmp_path / "notebooks" / "hi").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    launched = []

    class Server:
        def __init__(self, command):
            launched.append(command)

        def wait(self, timeout=None):
            return 0

    monkeypatch.setattr(lab.subprocess, "Popen", Server)
    assert cli.main(["lab", "--lang", "hi", "--no-browser", "--port", "8899"]) == 0
    (command,) = launched
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path / 'notebooks'}" in command
    assert command[-3:] == ["/lab/tree/hi", "--no-browser", "--port=8899"]
    assert ("--allow-root" in command) == (os.geteuid() == 0)


def test_lab_without_lessons_says_where_it_looked(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["lab", "--notebooks", str(tmp_path / "nowhere")]) == 2
    assert "Cannot find the lessons" in capsys.readouterr().err


def test_lab_refuses_an_unknown_language(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["lab", "--lang", "fr"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "`--lang` cannot be 'fr'. Choose en (English), hi (Hindi) or bn (Bengali)." in err
