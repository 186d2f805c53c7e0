"""One JupyterLab server and one headless Chromium for every browser test.

The server runs on 127.0.0.1 with a random token, from a throw-away copy of notebooks/ and with HOME in a
temporary folder, so nothing a test does (running cells, autosave) can touch the repository or the
developer's own Jupyter settings. It is started in its own process group and stopped through it, kernels
included. Chromium is Debian's (/usr/bin/chromium), driven by the playwright package; playwright's own
browser download is never used. Without Chromium the tests are skipped, loudly (see the summary hook in
tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """Return the path of Debian's Chromium, or None when it is not installed."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# JupyterLab 4 skips drawing cells outside the viewport; the tests read every cell, so draw them all.
# The news prompt would cover the lower right corner of every screenshot.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false"},
}


def _write_settings(folder: Path) -> None:
    for plugin, values in LAB_SETTINGS.items():
        path = folder / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


# The learner the browser's kernels run as: quizzes shuffle their options per learner, so with a fixed one
# a test knows the order the browser shows (it asks relkit itself, with relkit.quiz(lesson, learner=...)).
BROWSER_LEARNER = "browser-learner"


class LabServer:
    """A running JupyterLab: its base URL, token, the folder it serves and the learner its kernels run as."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.learner = BROWSER_LEARNER
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.log = (home / "jupyterlab.log").open("w")
        settings = home / "lab-settings"
        _write_settings(settings)
        env = {
            **os.environ,
            "HOME": str(home),
            "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "RELKIT_LEARNER": self.learner,
            "RELKIT_PROGRESS_FILE": str(home / "relkit-progress.sqlite3"),  # the kernels' own store
        }
        env.pop("JUPYTER_PATH", None)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyterlab",
                "--no-browser",
                "--ServerApp.ip=127.0.0.1",
                f"--ServerApp.port={self.port}",
                "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={self.token}",
                f"--ServerApp.root_dir={root}",
                "--LabApp.news_url=",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                *(["--allow-root"] if os.geteuid() == 0 else []),  # CI runs as root
            ],
            cwd=home,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops its kernels too
        )
        try:
            self._wait_until_up()
        except BaseException:
            self.stop()
            raise

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """Return the JupyterLab URL of a notebook path under the served folder."""
        return f"{self.base}/lab/tree/{path}?token={self.token}&reset"

    def _wait_until_up(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {self.process.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.base}/api/status?token={self.token}", timeout=2):
                    return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"JupyterLab did not answer within {timeout} s; see {self.log.name}")

    def stop(self) -> None:
        """Stop the server and everything it started, through its process group."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium not found (install Debian's chromium and fonts-noto-core)")
    return path


@pytest.fixture(scope="session")
def lab_server(chromium_executable, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    served = tmp_path_factory.mktemp("served") / "notebooks"
    shutil.copytree(ROOT / "notebooks", served)
    server = LabServer(served, home)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_FLAGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
