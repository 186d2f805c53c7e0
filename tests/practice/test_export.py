"""A learner's progress leaves as a portable JSON file, and comes back exactly."""

from __future__ import annotations

import json

import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.practice import progress as store


def _fill():
    store.record_attempt("04.1", lesson="04", kind="exercise", correct=False, hint_level=1, answer="२,४००")
    store.record_attempt("04.1", lesson="04", kind="exercise", correct=True, hint_level=1, answer="2285.71")
    store.record_attempt("04.q2", lesson="04", kind="quiz", correct=True, answer=None)


def test_round_trip(store_file, tmp_path):
    _fill()
    target = relkit.export_progress(tmp_path / "usb" / "ravi.json")
    read = relkit.read_progress_export(target)
    assert read.learner_id == "test-learner"
    assert read.relkit_version == store.relkit_version()
    assert read.exported_utc.endswith("Z")
    assert list(read.attempts) == store.attempts()
    assert [a.answer for a in read.attempts] == ["२,४००", "2285.71", None]
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["format"] == "relkit-progress-export"
    assert "२,४००" in target.read_text(encoding="utf-8")


def test_export_into_a_folder_names_the_file_after_the_learner(store_file, tmp_path, monkeypatch):
    monkeypatch.setenv("RELKIT_LEARNER", "mitali/kolkata")
    _fill()
    target = relkit.export_progress(tmp_path)
    assert target.name == "relkit-progress-mitali_kolkata.json"


def test_export_to_an_unwritable_place_says_so(store_file, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(RelkitValueError, match="could not write the progress file"):
        relkit.export_progress(blocker / "inside.json")


def _export(tmp_path, document):
    path = tmp_path / "hand-in.json"
    path.write_text(json.dumps(document) if not isinstance(document, str) else document, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d.update(format_version=99), "format_version"),
        (lambda d: d.pop("learner_id"), "learner_id"),
        (lambda d: d.update(attempts={}), "attempts"),
        (lambda d: d["attempts"][0].pop("correct"), "attempts[0].correct"),
        (lambda d: d["attempts"][1].update(correct="yes"), "attempts[1].correct"),
        (lambda d: d["attempts"][1].update(hint_level=True), "attempts[1].hint_level"),
        (lambda d: d["attempts"][2].update(kind="exam"), "attempts[2].kind"),
        (lambda d: d["attempts"][0].update(hint_level=-1), "attempts[0].hint_level"),
    ],
)
def test_a_damaged_export_is_refused_with_the_place(store_file, tmp_path, change, where):
    _fill()
    document = json.loads(relkit.export_progress(tmp_path / "good.json").read_text(encoding="utf-8"))
    change(document)
    with pytest.raises(RelkitValueError, match=f"at {where.replace('[', '.').replace(']', '.')}"):
        relkit.read_progress_export(_export(tmp_path, document))


def test_not_json_is_refused(tmp_path):
    with pytest.raises(RelkitValueError, match="JSON was expected"):
        relkit.read_progress_export(_export(tmp_path, "{not json"))


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(RelkitValueError, match="cannot be read"):
        relkit.read_progress_export(tmp_path / "nowhere.json")
