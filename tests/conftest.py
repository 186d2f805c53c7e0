"""Shared fixtures: a fixed-seed generator, English by default, and no figure left open between tests."""

from __future__ import annotations

import sys

import numpy as np
import pytest

import relkit
from relkit import i18n


@pytest.fixture(autouse=True)
def _english_and_clean():
    """Every test starts in English with bilingual labels on and the exercises' hint ladders at the
    first step, and leaves no figures open."""
    i18n.set_language("en")
    i18n.set_bilingual(True)
    if "relkit.exercises" in sys.modules:
        sys.modules["relkit.exercises"].reset_attempts()
    yield
    i18n.set_language("en")
    i18n.set_bilingual(True)
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture
def rng() -> np.random.Generator:
    """A generator with a fixed seed, so a failing test fails the same way every time."""
    return np.random.default_rng(20261122)


@pytest.fixture(params=relkit.LANGUAGES)
def each_language(request):
    """Run a test once per language, with that language set."""
    with relkit.language(request.param):
        yield request.param


# --- browser tests: count them, and say loudly when they could not run -------------------------------
_browser_results = {"passed": 0, "failed": 0, "skipped": 0}
_browser_skip_reasons: set[str] = set()
_browser_tests: set[str] = set()


def pytest_collection_modifyitems(items):
    """Note which tests carry the browser marker.

    Not `"browser" in report.keywords`: a test's keywords also hold the names of the folders above it, so
    a checkout in a folder named "browser" would count every test.
    """
    _browser_tests.update(item.nodeid for item in items if item.get_closest_marker("browser"))


def pytest_runtest_logreport(report):
    if report.nodeid not in _browser_tests:
        return
    if report.when == "call" and report.passed:
        _browser_results["passed"] += 1
    elif report.failed:
        _browser_results["failed"] += 1
    elif report.skipped and report.when in ("setup", "call"):
        _browser_results["skipped"] += 1
        _browser_skip_reasons.add(str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else "")


def pytest_terminal_summary(terminalreporter):
    counts = _browser_results
    if not any(counts.values()):
        return
    write = terminalreporter.write_line
    if counts["skipped"]:
        bar = "!" * 78
        terminalreporter.write_line(bar, yellow=True, bold=True)
        write(f"BROWSER TESTS SKIPPED ({counts['skipped']}): {'; '.join(sorted(_browser_skip_reasons))}")
        write("To run them: sudo apt-get install chromium fonts-noto-core  (then make test again)")
        terminalreporter.write_line(bar, yellow=True, bold=True)
    write(f"browser: {counts['passed']} passed, {counts['failed']} failed")
