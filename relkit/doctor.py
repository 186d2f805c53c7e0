"""``relkit doctor``: check that this installation can run the lessons, and say how to fix it when not."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from packaging.version import Version

from .i18n import translate

__all__ = ["Check", "check_setup", "diagnose", "run_doctor", "show_versions"]

MIN_MATPLOTLIB = Version("3.11")
MIN_PYTHON = (3, 11)
SAMPLES = {"en": "Customer ₹1,23,456", "hi": "ग्राहक संबंध प्रबंधन ₹ ०१२", "bn": "গ্রাহক সম্পর্ক ব্যবস্থাপনা ₹ ০১২"}


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report: what was checked, what was found, and the fix when it failed."""

    name: str
    found: str
    ok: bool
    fix: str = ""


def _installed(distribution: str) -> str | None:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def _check_package(label: str, distribution: str) -> Check:
    found = _installed(distribution)
    if found is None:
        return Check(label, translate("doctor.not_installed"), False, translate("doctor.fix_reinstall"))
    return Check(label, found, True)


def _check_matplotlib() -> Check:
    found = _installed("matplotlib")
    if found is None:
        return Check(
            "matplotlib", translate("doctor.not_installed"), False, translate("doctor.fix_reinstall")
        )
    if Version(found) < MIN_MATPLOTLIB:
        return Check("matplotlib", found, False, translate("doctor.fix_matplotlib", found=found))
    return Check("matplotlib", found, True)


def _check_font(lang: str) -> Check:
    """Check that `lang`'s font files are there, have the sample's glyphs, and are what charts draw with."""
    from . import fonts

    name = translate(f"doctor.font_{lang}")
    family = fonts.FONT_FAMILIES[lang]
    try:
        files = fonts.font_files(lang)
    except Exception:
        files = []
    if not files:
        return Check(name, translate("doctor.not_installed"), False, translate("doctor.fix_reinstall"))
    missing = fonts.missing_glyphs(SAMPLES[lang], lang)
    if missing:
        found = translate("doctor.font_lacks", family=family, chars=" ".join(sorted(missing)))
        return Check(name, found, False, translate("doctor.fix_reinstall"))
    drawn = fonts.resolved_font_file(lang)
    if drawn not in files:
        found = translate("doctor.font_shadowed", file=str(drawn), expected=files[0].name)
        return Check(name, found, False, translate("doctor.fix_reinstall"))
    return Check(name, translate("doctor.font_file", family=family, file=str(drawn)), True)


def _check_shaping() -> Check:
    from . import fonts

    name = translate("doctor.shaping")
    try:
        shapes = fonts.shapes_complex_scripts()
    except Exception as exc:
        return Check(name, f"{type(exc).__name__}: {exc}", False, translate("doctor.fix_reinstall"))
    if not shapes:
        found = _installed("matplotlib") or "?"
        return Check(
            name, translate("doctor.not_shaped"), False, translate("doctor.fix_matplotlib", found=found)
        )
    return Check(name, translate("doctor.shaped"), True)


def diagnose() -> list[Check]:
    """Run every check and return the results, in the order the report shows them.

    Examples
    --------
    >>> all(check.ok for check in diagnose())
    True
    """
    python = platform.python_version()
    checks = [
        Check("Python", python, sys.version_info >= MIN_PYTHON, translate("doctor.fix_python", found=python)),
        _check_package("relkit", "relkit"),
        _check_package("pandas", "pandas"),
        _check_matplotlib(),
        _check_package("ipywidgets", "ipywidgets"),
        _check_package("jupyterlab", "jupyterlab"),
        _check_font("en"),
        _check_font("hi"),
        _check_font("bn"),
    ]
    if checks[3].ok:  # shaping can only be asked of a matplotlib that is there and new enough
        checks.append(_check_shaping())
    return checks


def run_doctor() -> int:
    """Print the report; return 0 when every check passed, 1 otherwise."""
    checks = diagnose()
    width = max(len(check.name) for check in checks)
    for check in checks:
        mark = "OK " if check.ok else "ERR"
        print(f"[{mark}] {check.name.ljust(width)}  {check.found}")
        if not check.ok:
            print(f"      {translate('doctor.fix')}: {check.fix}")
    failed = sum(not check.ok for check in checks)
    print()
    print(translate("doctor.all_ok") if not failed else translate("doctor.failed", count=failed))
    return 1 if failed else 0


def show_versions() -> None:
    """Print the versions of Python and of the libraries the lessons use (for a bug report).

    Examples
    --------
    >>> show_versions()  # doctest: +ELLIPSIS
    Python      3...
    relkit      ...
    """
    rows = [("Python", platform.python_version())]
    for distribution in ("relkit", "pandas", "numpy", "matplotlib", "ipywidgets", "jupyterlab", "babel"):
        rows.append((distribution, _installed(distribution) or translate("doctor.not_installed")))
    for name, found in rows:
        print(f"{name:<11} {found}")


def check_setup() -> None:
    """Print, in the current language, whether this computer is ready for the lessons and what to fix.

    Unlike ``relkit doctor`` it leaves out version numbers, so its output is the same on every good
    installation (lesson 00 stores it).

    Examples
    --------
    >>> check_setup()  # doctest: +ELLIPSIS
    ✓ Python
    ...
    All checks passed: the lessons will run here.
    """
    checks = diagnose()
    for check in checks:
        if check.ok:
            print(f"✓ {check.name}")
        else:
            print(f"✗ {check.name}: {check.found}\n  {translate('doctor.fix')}: {check.fix}")
    failed = sum(not check.ok for check in checks)
    print(translate("doctor.all_ok") if not failed else translate("doctor.failed", count=failed))
