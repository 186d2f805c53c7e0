"""Cases of the adversarial suite: realistic student mistakes, each with the exact answer relkit must give.

A case names the call a student might write, what kind of problem it was before issue 11 (a raw
traceback, a silently wrong number, an unhelpful message, or a call that must simply work), and the
answer now expected: a relkit error naming the argument, a relkit warning, or a correct result. Every
message is read in English, Hindi and Bengali and must be written in that language's script, name the
argument in backticks, fill every placeholder and show no numpy repr.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import pytest

import relkit
from relkit.errors import RelkitError, RelkitWarning
from relkit.i18n import catalog

KINDS = ("traceback", "silent", "message", "correct")
"""What a case was before the fix: a raw traceback, a silently wrong result, a message that did not help,
or a call that should work (and now does, or always did)."""

_SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "bn": re.compile(r"[\u0980-\u09FF]")}
_NUMPY_REPR = re.compile(r"np\.(int|float|uint|bool|str|True_|False_|datetime64|timedelta64)")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class Mistake:
    """One student mistake and the answer relkit gives it.

    Attributes
    ----------
    id : str
        Short name shown by pytest.
    kind : str
        One of :data:`KINDS`.
    call : callable
        ``call(world)`` makes the mistake on a fresh small world.
    answer : type or None
        The relkit error or warning class expected, or None when the call must return a result.
    argument : str or None
        The argument (or table) the message must name in backticks.
    english : str or None
        A regular expression the English message must match: the fix it suggests.
    result : callable or None
        ``result(value)`` checks a correct result (asserts inside).
    """

    id: str
    kind: str
    call: Callable[[relkit.World], object]
    answer: type | None = None
    argument: str | None = None
    english: str | None = None
    result: Callable[[object], None] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")  # a mistake in the test table itself


def params(cases: list[Mistake]) -> list:
    """Turn cases into pytest params, one id per case."""
    ids = [case.id for case in cases]
    duplicated = {case_id for case_id in ids if ids.count(case_id) > 1}
    if duplicated:
        raise ValueError(f"case ids used twice: {sorted(duplicated)}")
    return [pytest.param(case, id=case.id) for case in cases]


def assert_learner_message(
    message: str, *, lang: str, argument: str | None, msgid: str | None = None
) -> None:
    """The checks every message a learner sees must pass, in any language."""
    assert message.strip(), "empty message"
    assert not _PLACEHOLDER.search(message), f"placeholder left in: {message}"
    assert not _NUMPY_REPR.search(message), f"numpy repr in: {message}"
    assert "Traceback" not in message
    if argument is not None:
        assert f"`{argument}`" in message, f"`{argument}` not named in: {message}"
    if lang in _SCRIPT:
        native = len(_SCRIPT[lang].findall(message))
        assert native >= 10, f"not written in {lang}: {message}"
        if msgid is not None:
            assert msgid in catalog(lang), f"{msgid} falls back to English in {lang}"


def run_mistake(case: Mistake, world: relkit.World, lang: str) -> str | None:
    """Make the mistake in `lang`; check the answer's class and message; return the message."""
    with relkit.language(lang):
        if case.answer is None:
            with warnings.catch_warnings():
                warnings.simplefilter("error", RelkitWarning)  # a correct result comes without a warning
                value = case.call(world)
            if case.result is not None:
                case.result(value)
            return None
        if issubclass(case.answer, Warning):
            with pytest.warns(case.answer) as record:
                case.call(world)
            caught = [item.message for item in record if isinstance(item.message, case.answer)]
            answer = caught[0]
            message = str(answer)
        else:
            with pytest.raises(case.answer) as info:
                case.call(world)
            answer = info.value
            assert isinstance(answer, RelkitError), f"not a relkit error: {type(answer).__name__}"
            message = str(answer)
        assert_learner_message(
            message, lang=lang, argument=case.argument, msgid=getattr(answer, "msgid", None)
        )
    if lang == "en" and case.english is not None:
        assert re.search(case.english, message), f"{case.english!r} not in: {message}"
    return message
