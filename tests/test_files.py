import os

import pytest

from relkit.errors import RelkitValueError
from relkit.files import atomic_directory, atomic_write_bytes, atomic_write_text


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "answers.txt"
    target.write_text("my saved work", encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(target, "new text")
    assert target.read_text(encoding="utf-8") == "my saved work"
    assert [p.name for p in tmp_path.iterdir()] == ["answers.txt"]


def test_write_creates_parent_folders(tmp_path):
    target = tmp_path / "a" / "b" / "c.bin"
    assert atomic_write_bytes(target, b"\x00\x01").read_bytes() == b"\x00\x01"


def test_directory_appears_only_when_complete(tmp_path):
    out = tmp_path / "world"
    with pytest.raises(RuntimeError), atomic_directory(out) as staging:
        (staging / "customers.csv").write_text("x")
        raise RuntimeError("interrupted")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_empty_existing_folder_is_filled(tmp_path):
    out = tmp_path / "world"
    out.mkdir()
    with atomic_directory(out) as staging:
        (staging / "t.csv").write_text("x")
    assert (out / "t.csv").read_text() == "x"


def test_a_folder_with_the_learners_files_is_never_touched(tmp_path):
    out = tmp_path / "world"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(RelkitValueError, match="already holds files"), atomic_directory(out):
        pass
    assert (out / "notes.txt").read_text() == "mine"


def test_a_file_where_a_folder_should_be_is_an_error(tmp_path):
    (tmp_path / "world").write_text("x")
    with pytest.raises(RelkitValueError, match="points at the file"), atomic_directory(tmp_path / "world"):
        pass


def test_an_unwritable_place_is_reported_with_the_reason(tmp_path):
    (tmp_path / "a_file").write_text("x")  # a folder cannot be made inside a file, even by root
    target = tmp_path / "a_file" / "sub" / "world"
    message = r"Cannot write to .*: Not a directory"
    with pytest.raises(RelkitValueError, match=message), atomic_directory(target):
        pass


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    umask = os.umask(0o022)
    try:
        target = atomic_write_text(tmp_path / "lesson.ipynb", "{}")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_replacing_a_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "shared.txt"
    target.write_text("old")
    target.chmod(0o664)
    atomic_write_text(target, "new")
    assert target.stat().st_mode & 0o777 == 0o664
