"""Feedback on a learner's answer: right or not yet, what is wrong, and a hint towards the fix.

The judges here compare an answer with an expected value and never stop at "wrong": each names the
mistake it sees (a percentage where a share was asked, text where a number was asked, a missing column,
a table of counts instead of shares). Answers are read as learners write them (``"₹2.5 करोड़"``,
``"২,৫০০"``, ``"85 %"`` for a share, ``"रेफरल"`` for a channel) through :mod:`relkit.practice.answers`.
The hint after it comes from :func:`relkit.check`, which climbs a ladder from a hint about the idea to
the step to take (see :mod:`relkit.exercises.registry`). The expected values come from the exercise
modules, which compute them with relkit's metrics.

Each judge here first offers its expected value to :func:`reading_expected`: inside that context it
raises :class:`ExpectedValue` instead of judging, which is how
:func:`relkit.exercises.answer_key` learns what every exercise expects without a second copy of the
judges' logic.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..formatting import format_number
from ..i18n import LANGUAGES, get_language, translate
from ..labels import value_label
from ..practice.answers import ReadNumber, Unreadable, match_option, parse_number
from ..validation import show_value

__all__ = [
    "ExpectedValue",
    "Feedback",
    "Help",
    "choice_spellings",
    "judge_choice",
    "judge_decision",
    "judge_frame",
    "judge_number",
    "reading_expected",
    "show_number",
]


class ExpectedValue(Exception):  # noqa: N818 (not an error: how a judge hands over its expected value)
    """What a judge compares answers with, raised by a ``judge_*`` helper inside :func:`reading_expected`.

    Attributes
    ----------
    value : object
        The expected value: a number, a table (DataFrame), an option's key or a decision's letter.
    kind : str
        ``"number"``, ``"frame"``, ``"choice"`` or ``"decision"``.
    details : dict
        How answers are compared: tolerances, the columns of a table.
    """

    def __init__(self, value: object, kind: str, **details: object) -> None:
        super().__init__(kind)
        self.value = value
        self.kind = kind
        self.details = details


_READING_EXPECTED: ContextVar[bool] = ContextVar("relkit_reading_expected", default=False)


@contextmanager
def reading_expected() -> Iterator[None]:
    """Make every ``judge_*`` helper raise :class:`ExpectedValue` instead of judging, within the block.

    Examples
    --------
    >>> with reading_expected():
    ...     try:
    ...         judge_number(object(), exercise_id="x", expected=0.25, abs_tol=0.01)
    ...     except ExpectedValue as offered:
    ...         print(offered.kind, offered.value, offered.details["abs_tol"])
    number 0.25 0.01
    """
    token = _READING_EXPECTED.set(True)
    try:
        yield
    finally:
        _READING_EXPECTED.reset(token)


def _offer_expected(value: object, kind: str, **details: object) -> None:
    if _READING_EXPECTED.get():
        raise ExpectedValue(value, kind, **details)


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer, with a message in the language relkit spoke when it was checked.

    ``str()``, ``repr()`` and the plain-text display in Jupyter all give the same message, so a stored
    notebook output is the same on every run. In Jupyter the message shows in a box: a tick and a green
    edge when correct, a pointing hand and an orange edge with the hint when not - the words "Correct" and
    "Not yet" are there too, so the colour is never the only signal. The prompt of an exercise not
    answered yet shows in a grey box with a pencil.

    Parameters
    ----------
    exercise_id : str
        The exercise, such as ``"04.1"``.
    correct : bool
        Whether the answer is accepted.
    message : str
        What was right or wrong, and the hint.
    language : str
        The language of `message` (``"en"``, ``"hi"`` or ``"bn"``).
    answered : bool
        False for the neutral prompt of an exercise not answered yet (``answer`` still ``None``): neither
        "Correct" nor "Not yet", and shown in a neutral box.

    Examples
    --------
    >>> fb = Feedback("04.1", False, "Not yet: try again.")
    >>> fb.correct, str(fb)
    (False, 'Not yet: try again.')
    >>> fb
    Not yet: try again.
    """

    exercise_id: str
    correct: bool
    message: str
    language: str = "en"
    answered: bool = True

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:
        return self.correct

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython's plain-text display
        printer.text(self.message)

    def _repr_html_(self) -> str:
        style = _HTML_STYLES[self.correct if self.answered else None]
        return (
            f'<div role="status" lang="{self.language}" style="border:1px solid {style["edge"]};'
            f"border-left:6px solid {style['edge']};background:{style['background']};color:#1a1a1a;"
            'padding:0.6em 0.9em;margin:0.3em 0;border-radius:4px;font-size:1.05em;line-height:1.6">'
            f'<span aria-hidden="true" style="font-size:1.2em;margin-right:0.4em">{style["icon"]}</span>'
            f"{html.escape(self.message)}</div>"
        )


_HTML_STYLES = {
    True: {"edge": "#1a7f37", "background": "#e8f5ec", "icon": "✔"},
    False: {"edge": "#b35c00", "background": "#fff3e0", "icon": "👉"},
    None: {"edge": "#4a5a70", "background": "#f0f3f7", "icon": "✏️"},
}


@dataclass(frozen=True)
class Help:
    """What :func:`relkit.hint` and :func:`relkit.solution` return: text that shows as itself.

    Jupyter shows it as plain text, so the code in it keeps its spacing and can be copied.

    Examples
    --------
    >>> Help("01.1", "Hint: count the rows.")
    Hint: count the rows.
    """

    exercise_id: str
    text: str
    language: str = "en"

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython's plain-text display
        printer.text(self.text)


def _verdict(exercise_id: str, correct: bool, *parts: str) -> Feedback:
    label = translate("ex.verdict.correct" if correct else "ex.verdict.not_yet")
    text = translate("ex.verdict", verdict=label, text=" ".join(part for part in parts if part))
    return Feedback(exercise_id, correct, text, get_language())


def show_number(value: float) -> str:
    """Write a number the way the feedback quotes it: Indian grouping, at most three decimals.

    Examples
    --------
    >>> show_number(2400.0), show_number(0.4321987), show_number(123456)
    ('2,400', '0.432', '1,23,456')
    """
    return format_number(value)


def _not_a_value(exercise_id: str, answer: object, wanted: str, hint: str) -> Feedback | None:
    """Feedback for an answer of the wrong kind (None, text, a table, a list), or None when it is fine."""
    if answer is None:
        return _verdict(exercise_id, False, translate("ex.none_given"), hint)
    if isinstance(answer, pd.DataFrame | pd.Series) and wanted != "frame":
        return _verdict(
            exercise_id, False, translate(f"ex.{wanted}.table_given", kind=type(answer).__name__), hint
        )
    return None


def _as_number(answer: object) -> float | None:
    if isinstance(answer, bool | np.bool_):
        return None
    if isinstance(answer, int | float | np.integer | np.floating):
        return float(answer)
    return None


def judge_number(
    answer: object,
    *,
    exercise_id: str,
    expected: float,
    hint: str = "",
    rel_tol: float = 0.0,
    abs_tol: float = 0.0,
    share: bool = False,
    mistakes: Sequence[tuple[float, str]] = (),
) -> Feedback:
    """Judge a numeric answer: accepted when ``|answer - expected| <= max(rel_tol * |expected|, abs_tol)``.

    Parameters
    ----------
    answer : object
        What the learner gave: a number, or text such as ``"₹2,500"``, ``"२,५००"``, ``"1,23,456"`` or
        ``"2.5 लाख"`` (read with :func:`relkit.practice.answers.parse_number`; text that is not a number
        gets feedback saying why).
    exercise_id : str
        The exercise's id, kept on the feedback.
    expected : float
        The right answer, computed by the exercise.
    hint : str, optional
        A hint, already translated, added to a "not yet" that has no more specific advice. The lesson
        exercises leave it out: :func:`relkit.check` adds the hint ladder to every "not yet" instead.
    rel_tol, abs_tol : float
        Tolerances, as in :func:`math.isclose`.
    share : bool
        The answer is a share between 0 and 1; a value that is 100 times the expected one is recognised as
        a percentage, and text with a percent sign (``"85 %"``) is read as the share, with a note saying so.
    mistakes : sequence of (value, message id)
        Answers that a known mistake produces, with the message (placeholder ``{given}``) explaining it.

    Examples
    --------
    >>> judge_number(0.432, exercise_id="x", expected=0.43, abs_tol=0.01, share=True, hint="").correct
    True
    >>> print(judge_number(43.2, exercise_id="x", expected=0.43, abs_tol=0.01, share=True, hint=""))
    Not yet: You gave 43.2; a share is written between 0 and 1 - did you give a percentage? Divide it by 100.
    >>> print(judge_number("43 %", exercise_id="x", expected=0.43, abs_tol=0.01, share=True, hint=""))
    Correct: 0.43 is right. relkit read '43 %' as the share 0.43: a share is the percentage divided by 100.
    >>> print(judge_number("₹2.5 लाख", exercise_id="x", expected=250_000, hint=""))
    Correct: 2,50,000 is right.
    """
    _offer_expected(expected, "number", rel_tol=rel_tol, abs_tol=abs_tol, share=share)

    def near(value: float, target: float) -> bool:
        return math.isclose(value, target, rel_tol=rel_tol, abs_tol=abs_tol)

    wrong_kind = _not_a_value(exercise_id, answer, "number", hint)
    if wrong_kind is not None:
        return wrong_kind
    number, note = _as_number(answer), ""
    if number is None and isinstance(answer, str):
        reading = parse_number(answer, share=share)
        if not isinstance(reading, ReadNumber):
            return _verdict(exercise_id, False, *_unreadable(answer, reading), hint)
        number, note = reading.value, reading.explain() or ""
    if number is None:
        return _verdict(exercise_id, False, _describe_non_number(answer), hint)
    if not math.isfinite(number):
        return _verdict(exercise_id, False, translate("ex.number.not_finite", given=show_value(number)), hint)
    given = show_number(number)
    if near(number, expected):
        return _verdict(exercise_id, True, translate("ex.number.correct", given=given), note)
    for value, msgid in mistakes:
        if near(number, value):
            return _verdict(exercise_id, False, translate(msgid, given=given), note)
    if share and near(number / 100, expected):
        return _verdict(exercise_id, False, translate("ex.share.percent", given=given), note)
    if share and not 0 <= number <= 1:
        return _verdict(exercise_id, False, translate("ex.share.out_of_range", given=given), note, hint)
    direction = "ex.number.too_high" if number > expected else "ex.number.too_low"
    return _verdict(exercise_id, False, translate(direction, given=given), note, hint)


def _unreadable(answer: str, reading: Unreadable) -> tuple[str, ...]:
    """Say that text is not a number and, when relkit can tell, why it cannot read it."""
    text = translate("ex.number.text", given=repr(str(answer)))
    if reading.reason == "answers.number.no_number":
        return (text,)
    if reading.reason == "answers.number.unknown_word":
        return (text, reading.explain())
    return (reading.explain(),)


def _describe_non_number(answer: object) -> str:
    return translate("ex.number.wrong_kind", given=_short_repr(answer), kind=type(answer).__name__)


def _short_repr(value: object, limit: int = 40) -> str:
    text = show_value(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def choice_spellings(column: str, keys: Iterable[str]) -> dict[str, list[str]]:
    """Return, for each category value of `column`, the spellings accepted: the value and its labels.

    Examples
    --------
    >>> choice_spellings("partner_type", ["distributor"])["distributor"][:2]
    ['distributor', 'Distributor']
    """
    return {key: [key, *(value_label(column, key, lang=lang) for lang in LANGUAGES)] for key in keys}


def judge_choice(
    answer: object,
    *,
    exercise_id: str,
    expected: str,
    options: Mapping[str, Iterable[str]],
    hint: str = "",
    mistakes: Mapping[str, str] | None = None,
) -> Feedback:
    """Judge a one-word answer, ignoring case, spaces, ``_`` and ``-``; any listed spelling counts.

    Spellings are compared by :func:`relkit.practice.answers.match_option`, which also accepts the common
    variants of Hindi and Bengali spelling (``रेफरल`` for ``रेफ़रल``, ``য`` for ``য়``, chandrabindu for
    anusvara, zero-width joiners).

    Parameters
    ----------
    answer : object
        What the learner gave.
    exercise_id : str
        The exercise's id.
    expected : str
        The key of the right option.
    options : mapping of key to spellings
        Every option that exists, with the spellings accepted for it (the key, its translations).
    hint : str, optional
        A hint, already translated, added to a "not yet" that has no more specific advice.
    mistakes : mapping of key to message id, optional
        Options that a known mistake leads to, with the message (placeholder ``{given}``) explaining it.

    Examples
    --------
    >>> options = {"distributor": ["distributor", "वितरक"], "supplier": ["supplier"]}
    >>> judge_choice(" Distributor ", exercise_id="x", expected="distributor", options=options, hint="").correct
    True
    >>> judge_choice("वितरक", exercise_id="x", expected="distributor", options=options, hint="").correct
    True
    >>> channels = choice_spellings("acquisition_channel", ["referral", "organic_search"])
    >>> judge_choice("रेफरल", exercise_id="x", expected="referral", options=channels, hint="").correct
    True
    """  # noqa: E501
    _offer_expected(expected, "choice", options=sorted(options))
    wrong_kind = _not_a_value(exercise_id, answer, "choice", hint)
    if wrong_kind is not None:
        return wrong_kind
    if isinstance(answer, np.str_):
        answer = str(answer)
    if not isinstance(answer, str):
        text = translate("ex.choice.not_text", given=_short_repr(answer), kind=type(answer).__name__)
        return _verdict(exercise_id, False, text, hint)
    chosen = match_option(answer, options)
    if chosen is None:
        allowed = ", ".join(repr(key) for key in options)
        text = translate("ex.choice.unknown", given=show_value(answer), allowed=allowed)
        return _verdict(exercise_id, False, text)
    if chosen == expected:
        return _verdict(exercise_id, True, translate("ex.choice.correct", given=show_value(answer)))
    if mistakes and chosen in mistakes:
        return _verdict(exercise_id, False, translate(mistakes[chosen], given=show_value(answer)))
    return _verdict(exercise_id, False, translate("ex.choice.wrong", given=show_value(answer)), hint)


DECISION_LETTERS = {
    "a": ("a", "क", "ক"),
    "b": ("b", "ख", "খ"),
    "c": ("c", "ग", "গ"),
    "d": ("d", "घ", "ঘ"),
    "e": ("e", "ङ", "ঙ"),
}
"""Option letters of a decision and how each is also written: Hindi and Bengali exam papers label options
(क) (ख) (ग) (घ) and (ক) (খ) (গ) (ঘ). An answer in any of the three is accepted."""


def _decision_letter(answer: str) -> str | None:
    """Return the option letter an answer names ("b", " (B) ", "ख", "খ)"), or None."""
    text = answer.strip().strip("().").strip().casefold()
    return next((letter for letter, forms in DECISION_LETTERS.items() if text in forms), None)


def judge_decision(
    answer: object,
    *,
    exercise_id: str,
    expected: str,
    feedback: Mapping[str, str],
) -> Feedback:
    """Judge the choice of one option of a decision, with feedback written for every option.

    The options are letters ``"a"``, ``"b"``, ... (also accepted as Hindi क ख ग घ and Bengali ক খ গ ঘ,
    with or without brackets). Every option has its own message: for the right one it says why it is
    right, for each wrong one which misconception it stands for.

    Parameters
    ----------
    answer : object
        What the learner gave.
    exercise_id : str
        The exercise's id.
    expected : str
        The letter of the right option.
    feedback : mapping of letter to message id
        One message id per option, the right one included (placeholder ``{given}``).

    Examples
    --------
    >>> messages = {"a": "ex.choice.wrong", "b": "ex.choice.correct"}
    >>> judge_decision(" (B) ", exercise_id="x", expected="b", feedback=messages).correct
    True
    >>> judge_decision("ख", exercise_id="x", expected="b", feedback=messages).correct
    True
    >>> judge_decision("ক", exercise_id="x", expected="b", feedback=messages).correct
    False
    """
    if expected not in feedback or any(letter not in DECISION_LETTERS for letter in feedback):
        raise ValueError(
            f"decision {exercise_id}: options {sorted(feedback)} must be letters and hold {expected!r}"
        )
    _offer_expected(expected, "decision", options=sorted(feedback))
    wrong_kind = _not_a_value(exercise_id, answer, "choice", "")
    if wrong_kind is not None:
        return wrong_kind
    if isinstance(answer, np.str_):
        answer = str(answer)
    allowed = ", ".join(repr(letter) for letter in feedback)
    if not isinstance(answer, str):
        text = translate("ex.choice.not_text", given=_short_repr(answer), kind=type(answer).__name__)
        return _verdict(exercise_id, False, text, translate("ex.decision.letters", allowed=allowed))
    letter = _decision_letter(answer)
    if letter not in feedback:
        text = translate("ex.choice.unknown", given=show_value(answer), allowed=allowed)
        return _verdict(exercise_id, False, text)
    return _verdict(exercise_id, letter == expected, translate(feedback[letter], given=show_value(answer)))


def judge_frame(
    answer: object,
    *,
    exercise_id: str,
    expected: pd.DataFrame,
    columns: Sequence[object],
    abs_tol: float,
    hint: str = "",
) -> Feedback:
    """Judge a table of shares on `columns`: the rows must match and each value lie within `abs_tol`.

    Cells missing in both tables (months a young cohort has not lived through yet) count as equal. The
    judge recognises a table of counts or percentages instead of shares, missing columns, missing or extra
    rows, and a table whose values are right but whose rows are labelled differently.

    Examples
    --------
    >>> import pandas as pd
    >>> expected = pd.DataFrame({0: [1.0, 1.0], 1: [0.5, 0.25]}, index=["2024-01", "2024-02"])
    >>> judge_frame(expected.copy(), exercise_id="x", expected=expected, columns=[0, 1], abs_tol=0.005,
    ...             hint="").correct
    True
    >>> print(judge_frame(expected * 100, exercise_id="x", expected=expected, columns=[0, 1],
    ...                   abs_tol=0.005, hint=""))
    Not yet: Your table holds percentages (column 0 is 100); the retention table holds shares between 0 and 1. Divide it by 100.
    """  # noqa: E501
    _offer_expected(expected, "frame", columns=list(columns), abs_tol=abs_tol)
    wrong_kind = _not_a_value(exercise_id, answer, "frame", hint)
    if wrong_kind is not None:
        return wrong_kind
    if not isinstance(answer, pd.DataFrame):
        text = translate("ex.frame.not_frame", given=_short_repr(answer), kind=type(answer).__name__)
        return _verdict(exercise_id, False, text, hint)
    missing = [column for column in columns if column not in answer.columns]
    if missing:
        text = translate(
            "ex.frame.missing_columns",
            missing=", ".join(repr(column) for column in missing),
            present=", ".join(repr(column) for column in answer.columns) or "—",
        )
        return _verdict(exercise_id, False, text, hint)
    given = answer[list(columns)].apply(pd.to_numeric, errors="coerce")
    wanted = expected[list(columns)]
    scale = _scale_mistake(given)
    if scale is not None:
        return _verdict(exercise_id, False, scale)
    if not given.index.equals(wanted.index):
        return _verdict(exercise_id, False, _index_mismatch(given, wanted), hint)
    off = ~(np.isclose(given, wanted, rtol=0.0, atol=abs_tol, equal_nan=True))
    if off.any():
        row, column = np.argwhere(off)[0]
        text = translate(
            "ex.frame.value_off",
            row=_label(given.index[row]),
            column=repr(columns[column]),
            given=show_number(float(given.iloc[row, column])) if pd.notna(given.iloc[row, column]) else "NaN",
            tolerance=show_number(abs_tol),
        )
        return _verdict(exercise_id, False, text, hint)
    listed = ", ".join(repr(column) for column in columns)
    return _verdict(exercise_id, True, translate("ex.frame.correct", columns=listed))


def _scale_mistake(given: pd.DataFrame) -> str | None:
    """Explain a table of counts or percentages, judged from column 0 (which is 1 in a share table)."""
    first = given.iloc[:, 0].dropna()
    if first.empty or (first <= 1 + 1e-9).all():
        return None
    if np.allclose(first, 100):
        return translate("ex.frame.percent")
    return translate("ex.frame.counts", example=show_number(float(first.iloc[0])))


def _label(value: object) -> str:
    if isinstance(value, pd.Period | pd.Timestamp):
        return str(value)[:7] if isinstance(value, pd.Period) else str(value.date())
    if isinstance(value, np.generic):  # 8, not np.int64(8)
        value = value.item()
    return repr(value) if isinstance(value, str) else str(value)


def _index_mismatch(given: pd.DataFrame, wanted: pd.DataFrame) -> str:
    if len(given) == len(wanted) and np.allclose(given, wanted, atol=0.005, equal_nan=True):
        return translate(
            "ex.frame.index_differs",
            given=_label(given.index[0]),
            expected=_label(wanted.index[0]),
            name=str(wanted.index.name or "index"),
        )
    lacking = wanted.index.difference(given.index)
    if len(lacking):
        return translate("ex.frame.missing_rows", count=len(lacking), example=_label(lacking[0]))
    extra = given.index.difference(wanted.index)
    if len(extra):
        return translate("ex.frame.extra_rows", count=len(extra), example=_label(extra[0]))
    repeated = given.index[given.index.duplicated()]
    if len(repeated):  # the same row twice (pd.concat of a table with itself), not a different order
        return translate("ex.frame.duplicate_rows", count=len(repeated), example=_label(repeated[0]))
    return translate("ex.frame.row_order")
