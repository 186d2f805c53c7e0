"""Each progress test gets a store file of its own, and no connection is carried from one test to the next."""

from __future__ import annotations

import pytest

from relkit.practice import progress as store


@pytest.fixture
def store_file(tmp_path, monkeypatch):
    """Point the progress store at a fresh file for this test, and reset the warn-once memory."""
    path = tmp_path / "data" / "progress.sqlite3"
    monkeypatch.setenv("RELKIT_PROGRESS_FILE", str(path))
    monkeypatch.setenv("RELKIT_LEARNER", "test-learner")
    store.close_store()
    store._state["warned"] = set()
    yield path
    store.close_store()
    store._state["warned"] = set()
