"""Keep the test run apart from the machine it runs on.

This file sits at the root of the repository so that it loads first, for ``tests/`` and for the
notebooks alike, before anything imports matplotlib or starts a kernel. It points every per-user folder a
test, a notebook kernel or the browser test could read at a fresh folder made for this run, and removes
the environment variables that would change what relkit or matplotlib does. So a stale or foreign
matplotlib font cache, a ``matplotlibrc`` in the home folder, Jupyter settings or ``RELKIT_LANG=hi`` in the
shell can neither hide a failure nor cause one. Kernels and servers that tests start inherit the same
environment.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

if "matplotlib" in sys.modules:  # its config and cache folders are fixed at import: too late to move them
    raise RuntimeError("matplotlib was imported before the test session isolated its folders")

_RUN_FOLDER = Path(tempfile.mkdtemp(prefix="relkit-test-run-"))

# Each variable points at a folder of its own under the run folder.
ISOLATED_FOLDERS = {
    "HOME": "home",
    "MPLCONFIGDIR": "matplotlib",  # matplotlibrc and the font cache (fontlist-*.json)
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_CACHE_HOME": "xdg-cache",  # fontconfig's cache too, for Chromium
    "XDG_DATA_HOME": "xdg-data",  # platformdirs' user data folder
    "XDG_STATE_HOME": "xdg-state",
    "JUPYTER_CONFIG_DIR": "jupyter-config",
    "JUPYTER_DATA_DIR": "jupyter-data",
    "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
    "IPYTHONDIR": "ipython",
}

# Variables that would change behaviour if the shell had them set.
REMOVED_VARIABLES = (
    "RELKIT_LANG",  # the relkit command's message language
    "MPLBACKEND",  # kernels must pick the inline backend, the test process Agg
    "MATPLOTLIBRC",
    "DISPLAY",  # without a display matplotlib chooses Agg
    "WAYLAND_DISPLAY",
    "JUPYTER_PATH",  # extra Jupyter data and config folders
    "JUPYTER_CONFIG_PATH",
    "JUPYTER_PREFER_ENV_PATH",
    "JUPYTER_PLATFORM_DIRS",
    "PYTHONSTARTUP",
    "RELKIT_PROGRESS_FILE",  # set afresh for every test below
    "JUPYTERHUB_USER",  # would name the learner
)

# The learner the lessons' stored outputs were made for (tools/build_lessons.py uses the same): a quiz
# shuffles its options per learner, so a fixed learner keeps the stored quiz text comparable.
NOTEBOOK_LEARNER = "relkit-lessons"

for variable, folder in ISOLATED_FOLDERS.items():
    path = _RUN_FOLDER / folder
    path.mkdir()
    os.environ[variable] = str(path)
for variable in REMOVED_VARIABLES:
    os.environ.pop(variable, None)
os.environ["RELKIT_LEARNER"] = NOTEBOOK_LEARNER


def pytest_report_header(config):
    """Say where this run's per-user folders are."""
    return f"relkit: per-user folders of this run are under {_RUN_FOLDER}"


def pytest_unconfigure(config):
    """Remove this run's per-user folders."""
    shutil.rmtree(_RUN_FOLDER, ignore_errors=True)


_STORES = iter(range(1, 10**9))


def _fresh_progress_store() -> None:
    """Point ``RELKIT_PROGRESS_FILE`` at a progress store no test or kernel has used yet."""
    folder = _RUN_FOLDER / "progress"
    folder.mkdir(exist_ok=True)
    os.environ["RELKIT_PROGRESS_FILE"] = str(folder / f"store-{next(_STORES)}.sqlite3")


_fresh_progress_store()  # for whatever starts before the first test


@pytest.fixture(autouse=True)
def _the_notebook_learner_and_a_fresh_store():
    """Give every test, doctest and notebook its own progress store and the lessons' learner.

    Set before each test and again after it, because nbval starts a notebook's kernel before the
    notebook's first cell is set up: the kernel inherits what the previous test's teardown left. So each
    kernel records into a store of its own, as tools/build_lessons.py's kernels do, and a lesson's stored
    progress bar compares; and a quiz shuffles for :data:`NOTEBOOK_LEARNER`, so its stored text compares.
    A test that sets or removes either variable cannot leak it to the next.
    """
    os.environ["RELKIT_LEARNER"] = NOTEBOOK_LEARNER
    _fresh_progress_store()
    yield
    os.environ["RELKIT_LEARNER"] = NOTEBOOK_LEARNER
    _fresh_progress_store()
