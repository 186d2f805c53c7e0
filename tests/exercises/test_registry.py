from __future__ import annotations

import re

import pytest

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.exercises import known_exercises

LESSON_IDS = ["01.1", "01.2", "01.3", "01.4", "01.5", "04.1", "04.2", "04.3", "04.4", "04.5"]
LESSON_IDS += ["06.1", "06.2", "06.3", "06.4", "06.5", "06.6"]


def test_every_lesson_exercise_is_registered():
    assert known_exercises() == LESSON_IDS


def test_unknown_id_lists_the_known_ones():
    with pytest.raises(
        RelkitValueError, match=r"There is no exercise '4\.1'\. The exercises are: '01\.1', .*'04\.5'"
    ):
        relkit.check("4.1", 26.47)


def test_unknown_id_in_hindi():
    with relkit.language("hi"):
        with pytest.raises(RelkitValueError) as caught:
            relkit.check("9.9", 1)
        assert re.search(r"[\u0900-\u097F]", str(caught.value))
        assert "'01.1'" in str(caught.value)


def test_id_given_as_a_number():
    with pytest.raises(RelkitTypeError, match=r"text in quotes, such as '04\.1', but 4\.1 \(float\)"):
        relkit.check(4.1, 26.47)


def test_id_with_stray_spaces_still_found():
    assert relkit.check(" 04.5 ", "c").correct
