"""Open the lessons of one language in JupyterLab (``relkit lab --lang hi``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .errors import RelkitValueError
from .i18n import LANGUAGES, translate
from .validation import check_choice

__all__ = ["find_notebooks", "lab_command", "lab_environment", "run_lab"]


def find_notebooks(notebooks: str | Path | None = None) -> Path:
    """Return the folder that holds ``en/``, ``hi/`` and ``bn/`` lessons.

    Looks at `notebooks` when given, else ``./notebooks`` and then the ``notebooks`` folder of the source
    checkout relkit was installed from.

    Raises
    ------
    RelkitValueError
        When no such folder is found; the message says where it looked and what to pass.
    """
    here = Path(__file__).resolve().parent
    candidates = (
        [Path(notebooks)] if notebooks is not None else [Path.cwd() / "notebooks", here.parent / "notebooks"]
    )
    for candidate in candidates:
        if any((candidate / lang).is_dir() for lang in LANGUAGES):
            return candidate.resolve()
    raise RelkitValueError("err.no_notebooks", looked=", ".join(str(path) for path in candidates))


def lab_command(root: Path, *, lang: str, no_browser: bool = False, port: int | None = None) -> list[str]:
    """Return the command line that starts JupyterLab on `root`, showing the `lang` folder first.

    Examples
    --------
    >>> from pathlib import Path
    >>> lab_command(Path("/tmp/notebooks"), lang="hi", port=8899, no_browser=True)[-3:]
    ['/lab/tree/hi', '--no-browser', '--port=8899']
    """
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        *(["--allow-root"] if _running_as_root() else []),  # containers and lab machines often are
        f"--ServerApp.root_dir={root}",
        "--ServerApp.default_url",
        f"/lab/tree/{lang}",
    ]
    if no_browser:
        command.append("--no-browser")
    if port is not None:
        command.append(f"--port={port}")
    return command


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0  # Windows has no geteuid


def lab_environment(world: str | os.PathLike[str] | None) -> dict[str, str]:
    """Return the environment JupyterLab starts with: this one, and ``RELKIT_WORLD`` when `world` is given.

    `world` is checked first (it must be a world folder or SQLite file relkit wrote, unchanged since), so
    a wrong path is answered here, not in the first lesson. The path is made absolute: the kernels run
    in the lessons' folders.

    Examples
    --------
    >>> import relkit, tempfile, pathlib
    >>> folder = relkit.simulate(seed=2, customers=20, partners=2, months=2).to_csv(
    ...     pathlib.Path(tempfile.mkdtemp()) / "mine")
    >>> lab_environment(folder)["RELKIT_WORLD"] == str(folder.resolve())
    True
    """
    environment = dict(os.environ)
    if world is not None:
        from .simulation.sources import ENVIRONMENT, open_world

        open_world(world, argument="--world")
        environment[ENVIRONMENT] = str(Path(world).expanduser().resolve())
    return environment


def run_lab(
    *, lang: str = "en", no_browser: bool = False, port: int | None = None, notebooks=None, world=None
) -> int:
    """Start JupyterLab on the lessons and wait until it is stopped; return its exit code.

    With `world`, every lesson's ``relkit.load_world()`` opens that world (``RELKIT_WORLD``), and the
    checks judge on it.
    """
    check_choice(lang, LANGUAGES, name="--lang")
    environment = None if world is None else lab_environment(world)  # None: JupyterLab inherits ours
    root = find_notebooks(notebooks)
    if not (root / lang).is_dir():
        raise RelkitValueError("err.no_lessons_in_language", language=lang, root=str(root))
    print(translate("cli.lab_starting", folder=str(root / lang)), flush=True)
    try:
        return _wait_for(lab_command(root, lang=lang, no_browser=no_browser, port=port), env=environment)
    except KeyboardInterrupt:  # Ctrl+C is how a learner is told to stop JupyterLab
        return 0


def _wait_for(command: list[str], env: dict[str, str] | None = None) -> int:
    """Run `command` until it ends; when relkit itself is stopped, stop it too and wait for it.

    JupyterLab shuts its kernels down on SIGTERM; a process that does not end within ten seconds is
    killed, so no server is left running after ``relkit lab`` is gone.
    """
    process = subprocess.Popen(command) if env is None else subprocess.Popen(command, env=env)
    try:
        return process.wait()
    except BaseException:
        process.terminate()
        try:
            process.wait(timeout=10)
        except BaseException:
            process.kill()
            raise
        raise
