"""What the progress store says about each lesson: the mastery rule, ``relkit.progress()`` and a progress bar.

The mastery rule
    A lesson is **mastered** when every checked exercise of the lesson has been answered right at least
    once, and at least ``m`` of the learner's last ``n`` quiz answers in the lesson are right (4 of the
    last 5 by default, like Kolibri's "m of n"). A lesson without quiz questions counts its exercises
    only. :class:`MasteryRule` holds ``m`` and ``n``; :func:`lesson_progress` applies it to a history.

The exercises of a lesson are those :func:`relkit.exercises.known_exercises` lists with its number
(``"04.1"`` belongs to lesson ``"04"``). A lesson has a quiz when relkit has a question bank for it
(:func:`relkit.practice.bank.available_quizzes`), when :func:`register_quiz` was told its questions, or
when the store holds quiz answers for it.

This module sits above :mod:`relkit.exercises` and :mod:`relkit.plots`; the store itself
(:mod:`relkit.practice.progress`) uses ground modules only.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..errors import RelkitValueError
from ..formatting import format_date, format_percent
from ..i18n import get_language, translate
from ..signatures import learner_call
from .progress import Attempt, attempts, learner_id

__all__ = [
    "DEFAULT_RULE",
    "LessonProgress",
    "MasteryRule",
    "ProgressBar",
    "ProgressView",
    "lesson_progress",
    "mastery",
    "progress",
    "progress_bar",
    "register_quiz",
]

_QUIZZES: dict[str, tuple[str, ...]] = {}


@dataclass(frozen=True)
class MasteryRule:
    """When a lesson counts as mastered: every exercise right once, and `quiz_right` of the last `quiz_window`.

    Parameters
    ----------
    quiz_right : int
        How many of the last `quiz_window` quiz answers must be right (``m``).
    quiz_window : int
        How many of the latest quiz answers are looked at (``n``).

    Examples
    --------
    >>> MasteryRule()
    MasteryRule(quiz_right=4, quiz_window=5)
    >>> MasteryRule(quiz_right=6, quiz_window=5)
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: A mastery rule needs 1 <= quiz_right <= quiz_window, but quiz_right=6 and quiz_window=5 were given.
    """  # noqa: E501

    quiz_right: int = 4
    quiz_window: int = 5

    def __post_init__(self) -> None:
        if not (1 <= self.quiz_right <= self.quiz_window):
            raise RelkitValueError("progress.bad_rule", right=self.quiz_right, window=self.quiz_window)

    def describe(self, lang: str | None = None) -> str:
        """Return the rule as a sentence in `lang` (the current language when omitted).

        Examples
        --------
        >>> print(MasteryRule().describe())  # doctest: +ELLIPSIS
        A lesson is mastered when every exercise in it has been answered right at least once, and at least 4 of your last 5 quiz answers in it are right...
        """  # noqa: E501
        return translate("progress.rule", lang=lang, m=self.quiz_right, n=self.quiz_window)


DEFAULT_RULE = MasteryRule()


@dataclass(frozen=True)
class LessonProgress:
    """How far a learner is in one lesson, by :class:`MasteryRule`.

    Attributes
    ----------
    lesson : str
        The lesson, such as ``"04"``.
    exercises_right, exercises_total : int
        Exercises of the lesson answered right at least once, and how many it has.
    quiz_right, quiz_answered : int
        Right answers among the last ``n`` quiz answers, and how many answers that window holds (≤ n).
    has_quiz : bool
        Whether the lesson has quiz questions (a lesson without counts its exercises only).
    mastered : bool
        Whether the rule is met.
    last_activity : str or None
        The time (UTC, ISO 8601) of the latest attempt in the lesson; None before the first.
    rule : MasteryRule
        The rule applied.
    """

    lesson: str
    exercises_right: int
    exercises_total: int
    quiz_right: int
    quiz_answered: int
    has_quiz: bool
    mastered: bool
    last_activity: str | None
    rule: MasteryRule = DEFAULT_RULE

    @property
    def steps_done(self) -> int:
        """Exercises right plus quiz answers right (up to the ``m`` the rule asks), for a progress bar."""
        return self.exercises_right + (min(self.quiz_right, self.rule.quiz_right) if self.has_quiz else 0)

    @property
    def steps_total(self) -> int:
        """Exercises plus the ``m`` right quiz answers the rule asks for (none without a quiz)."""
        return self.exercises_total + (self.rule.quiz_right if self.has_quiz else 0)

    @property
    def share_done(self) -> float:
        """``steps_done / steps_total`` (1.0 for a lesson with nothing to do)."""
        return self.steps_done / self.steps_total if self.steps_total else 1.0


def register_quiz(lesson: str, question_ids: Iterable[str]) -> None:
    """Tell the mastery rule that `lesson` has a quiz with these questions (the quiz module calls this).

    Examples
    --------
    >>> register_quiz("99", ["99.q1", "99.q2"])
    >>> "99" in _quiz_lessons()
    True
    >>> _ = _QUIZZES.pop("99")
    """
    _QUIZZES[str(lesson)] = tuple(str(each) for each in question_ids)


def _quiz_lessons() -> set[str]:
    """Return the lessons that have a quiz: relkit's own question banks, and any quiz registered on top."""
    from .bank import available_quizzes

    return set(available_quizzes()) | {lesson for lesson, questions in _QUIZZES.items() if questions}


def lesson_of(item_id: str) -> str:
    """Return the lesson an exercise or question id belongs to: the part before the first dot.

    Examples
    --------
    >>> lesson_of("04.3"), lesson_of("01.q2")
    ('04', '01')
    """
    return str(item_id).split(".", 1)[0]


def lesson_progress(
    lesson: str,
    history: Iterable[Attempt],
    *,
    exercises: Sequence[str],
    has_quiz: bool,
    rule: MasteryRule = DEFAULT_RULE,
) -> LessonProgress:
    """Apply `rule` to the attempts in `history` (oldest first) that belong to `lesson`.

    Parameters
    ----------
    lesson : str
        The lesson, such as ``"04"``.
    history : iterable of Attempt
        Attempts in the order they were made; those of other lessons are skipped.
    exercises : sequence of str
        The lesson's checked exercises; an exercise answered right that is not among them does not count.
    has_quiz : bool
        Whether the lesson has quiz questions; also True when `history` holds quiz answers of the lesson.
    rule : MasteryRule
        ``m`` of the last ``n`` quiz answers.

    Examples
    --------
    >>> def attempt(item, kind, correct):
    ...     return Attempt("ravi", item, "04", kind, correct, 0, None, "2025-01-05T10:00:00.000Z", "0.1.0")
    >>> history = [attempt("04.1", "exercise", False), attempt("04.1", "exercise", True)]
    >>> history += [attempt(f"04.q{i}", "quiz", i != 2) for i in range(1, 6)]
    >>> status = lesson_progress("04", history, exercises=["04.1"], has_quiz=True)
    >>> status.exercises_right, status.quiz_right, status.quiz_answered, status.mastered
    (1, 4, 5, True)
    """
    mine = [each for each in history if each.lesson == lesson]
    wanted = set(exercises)
    right = {
        each.item_id for each in mine if each.kind == "exercise" and each.correct and each.item_id in wanted
    }
    quiz = [each for each in mine if each.kind == "quiz"][-rule.quiz_window :]
    quiz_right = sum(each.correct for each in quiz)
    has_quiz = has_quiz or bool(quiz)
    mastered = len(right) == len(wanted) and (not has_quiz or quiz_right >= rule.quiz_right)
    return LessonProgress(
        lesson=lesson,
        exercises_right=len(right),
        exercises_total=len(wanted),
        quiz_right=quiz_right,
        quiz_answered=len(quiz),
        has_quiz=has_quiz,
        mastered=mastered and bool(wanted or has_quiz),
        last_activity=max((each.time_utc for each in mine), default=None),
        rule=rule,
    )


def _lesson_exercises() -> dict[str, list[str]]:
    from ..exercises import known_exercises

    found: dict[str, list[str]] = {}
    for exercise_id in known_exercises():
        found.setdefault(lesson_of(exercise_id), []).append(exercise_id)
    return found


def _all_progress(rule: MasteryRule, history: list[Attempt] | None = None) -> list[LessonProgress]:
    exercises = _lesson_exercises()
    history = attempts() if history is None else history
    quizzes = _quiz_lessons()
    lessons = sorted(set(exercises) | quizzes | {each.lesson for each in history})
    return [
        lesson_progress(
            lesson, history, exercises=exercises.get(lesson, []), has_quiz=lesson in quizzes, rule=rule
        )
        for lesson in lessons
    ]


def _known_lesson(lesson: object, known: Iterable[str]) -> str:
    key = str(lesson).strip()
    known = sorted(known)
    if key not in known:
        raise RelkitValueError(
            "progress.unknown_lesson",
            value=repr(lesson),
            known=", ".join(repr(k) for k in known),
            example="'04'",
        )
    return key


@learner_call
def mastery(lesson: str, *, rule: MasteryRule = DEFAULT_RULE) -> LessonProgress:
    """Return how far you are in `lesson` and whether it is mastered, from the progress store.

    Parameters
    ----------
    lesson : str
        The lesson, such as ``"04"``.
    rule : MasteryRule
        The rule; 4 right of the last 5 quiz answers by default.

    Raises
    ------
    RelkitValueError
        When there is no lesson `lesson`; the message lists those that exist.

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
    >>> status = mastery("01")
    >>> status.exercises_right, status.exercises_total, status.mastered
    (0, 5, False)
    >>> del os.environ["RELKIT_PROGRESS_FILE"]
    """
    everything = {each.lesson: each for each in _all_progress(rule)}
    return everything[_known_lesson(lesson, everything)]


def _local_time(stamp: str | None, lang: str) -> str:
    if stamp is None:
        return "—"
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    return f"{format_date(moment.date(), style='medium', lang=lang)} {moment:%H:%M}"


def _quiz_cell(status: LessonProgress) -> str:
    return f"{status.quiz_right} / {status.quiz_answered}" if status.has_quiz else "—"


def _exercise_cell(status: LessonProgress) -> str:
    return f"{status.exercises_right} / {status.exercises_total}"


class ProgressView:
    """What :func:`relkit.progress` returns: a table per lesson and a chart, in the language of the moment.

    In Jupyter it shows as an HTML table with the chart below it (with a text description for screen
    readers); ``str()`` gives the same table as plain text. ``.lessons`` holds the numbers.
    """

    def __init__(
        self, lessons: Sequence[LessonProgress], rule: MasteryRule, learner: str, language: str
    ) -> None:
        self.lessons = tuple(lessons)
        self.rule = rule
        self.learner = learner
        self.language = language

    def _headers(self) -> list[str]:
        lang = self.language
        return [
            translate("progress.col.lesson", lang=lang),
            translate("progress.col.exercises", lang=lang),
            translate("progress.col.quiz", lang=lang, n=self.rule.quiz_window),
            translate("progress.col.mastered", lang=lang),
            translate("progress.col.last", lang=lang),
        ]

    def _rows(self) -> list[list[str]]:
        lang = self.language
        return [
            [
                each.lesson,
                _exercise_cell(each),
                _quiz_cell(each),
                translate("progress.yes" if each.mastered else "progress.no", lang=lang),
                _local_time(each.last_activity, lang),
            ]
            for each in self.lessons
        ]

    def _title(self) -> str:
        return translate("progress.title", lang=self.language, learner=self.learner)

    def __str__(self) -> str:
        headers, rows = self._headers(), self._rows()
        widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
        lines = [self._title(), ""]
        for row in [headers, *rows]:
            lines.append(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
        lines += ["", self.rule.describe(self.language)]
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython's plain-text display
        printer.text(str(self))

    def description(self) -> str:
        """Return the chart's text description (for a screen reader, or a slow screen)."""
        items = "; ".join(
            translate(
                "progress.chart.item",
                lang=self.language,
                lesson=each.lesson,
                right=each.exercises_right,
                total=each.exercises_total,
                done=format_percent(each.share_done, decimals=0, lang=self.language),
            )
            for each in self.lessons
        )
        return translate("progress.chart.alt", lang=self.language, items=items)

    def figure(self):
        """Draw the chart: per lesson, the share of exercises right and of the quiz answers the rule asks.

        Returns a :class:`matplotlib.figure.Figure` not registered with pyplot, so Jupyter shows it only
        where it is displayed.
        """
        from matplotlib.figure import Figure

        from ..plots.style import apply_fonts, new_axes, plot_style, tick_formatter, title_text

        lang = self.language
        with plot_style(lang) as code:
            figure = Figure(figsize=(max(4.0, 1.2 * len(self.lessons) + 2.5), 3.6), layout="constrained")
            ax = new_axes(figure.subplots())
            positions = list(range(len(self.lessons)))
            width = 0.38
            exercise_share = [
                e.exercises_right / e.exercises_total if e.exercises_total else 0 for e in self.lessons
            ]
            quiz_share = [
                min(e.quiz_right, self.rule.quiz_right) / self.rule.quiz_right for e in self.lessons
            ]
            ax.bar(
                [p - width / 2 for p in positions],
                exercise_share,
                width,
                label=translate("progress.chart.exercises", lang=code),
            )
            ax.bar(
                [p + width / 2 for p in positions],
                [share if each.has_quiz else 0 for share, each in zip(quiz_share, self.lessons, strict=True)],
                width,
                label=translate(
                    "progress.chart.quiz", lang=code, m=self.rule.quiz_right, n=self.rule.quiz_window
                ),
            )
            ax.set_xticks(positions, labels=[each.lesson for each in self.lessons])
            ax.set_ylim(0, 1.05)
            ax.yaxis.set_major_formatter(tick_formatter("percent", code))
            ax.set_xlabel(translate("progress.col.lesson", lang=code))
            ax.set_ylabel(translate("progress.chart.share", lang=code))
            ax.set_title(title_text("progress.chart.title", code, lambda each: {}))
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
            apply_fonts(ax, code)
        return figure

    def _png(self) -> str:
        buffer = io.BytesIO()
        self.figure().savefig(buffer, format="png", dpi=80)
        return base64.b64encode(buffer.getvalue()).decode("ascii")

    def _repr_html_(self) -> str:
        esc = html.escape
        head = "".join(f'<th style="text-align:left;padding:2px 10px">{esc(h)}</th>' for h in self._headers())
        body = "".join(
            "<tr>" + "".join(f'<td style="padding:2px 10px">{esc(cell)}</td>' for cell in row) + "</tr>"
            for row in self._rows()
        )
        chart = ""
        if self.lessons:
            alt = esc(self.description())
            chart = (
                f'<figure style="margin:0.6em 0"><img alt="{alt}" src="data:image/png;base64,{self._png()}"/>'
                f'<figcaption style="font-size:0.9em;color:#444">{alt}</figcaption></figure>'
            )
        return (
            f'<div lang="{self.language}" class="relkit-progress">'
            f'<h4 style="margin:0.3em 0">{esc(self._title())}</h4><table style="border-collapse:collapse">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f'<p style="font-size:0.95em">{esc(self.rule.describe(self.language))}</p>{chart}</div>'
        )


@learner_call
def progress(*, rule: MasteryRule = DEFAULT_RULE) -> ProgressView:
    """Show what you have done in each lesson: exercises right, recent quiz answers, mastered or not.

    The table and the chart are in the language relkit speaks now. A lesson is mastered when every
    exercise in it has been answered right at least once and at least 4 of your last 5 quiz answers in
    it are right (see :class:`MasteryRule`); a lesson without a quiz counts its exercises only.

    Parameters
    ----------
    rule : MasteryRule
        Another rule, such as ``MasteryRule(quiz_right=3, quiz_window=5)``.

    Returns
    -------
    ProgressView
        Shows as a table and a chart in Jupyter, and as a plain-text table with ``print()``.

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
    >>> os.environ["RELKIT_LEARNER"] = "ravi"
    >>> from relkit.practice.progress import record_attempt
    >>> record_attempt("01.1", lesson="01", kind="exercise", correct=True)
    True
    >>> print(progress())  # doctest: +ELLIPSIS
    Progress of ravi
    <BLANKLINE>
    Lesson  Exercises right  Quiz: right of last 5  Mastered  Last activity
    01      1 / 5            0 / 0                  not yet   ...
    04      0 / 5            0 / 0                  not yet   —
    ...
    >>> del os.environ["RELKIT_PROGRESS_FILE"], os.environ["RELKIT_LEARNER"]
    """
    return ProgressView(_all_progress(rule), rule, learner_id(), get_language())


class ProgressBar:
    """A small bar saying how far the learner is in one lesson; what :func:`relkit.progress_bar` returns."""

    def __init__(self, status: LessonProgress, language: str) -> None:
        self.status = status
        self.language = language

    def __str__(self) -> str:
        status, lang = self.status, self.language
        parts = [
            translate(
                "progress.bar.exercises",
                lang=lang,
                lesson=status.lesson,
                right=status.exercises_right,
                total=status.exercises_total,
            )
        ]
        if status.has_quiz and not status.quiz_answered:
            parts.append(translate("progress.bar.quiz_none", lang=lang))
        elif status.has_quiz:
            parts.append(
                translate(
                    "progress.bar.quiz", lang=lang, right=status.quiz_right, answered=status.quiz_answered
                )
            )
        parts.append(
            translate("progress.bar.mastered" if status.mastered else "progress.bar.not_mastered", lang=lang)
        )
        return "; ".join(parts)

    __repr__ = __str__

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        share = self.status.share_done
        colour = "#1a7f37" if self.status.mastered else "#0072b2"
        label = html.escape(translate("progress.bar.label", lang=self.language, lesson=self.status.lesson))
        text = html.escape(str(self))
        percent = round(100 * share)
        return (
            f'<div lang="{self.language}" style="margin:0.4em 0;max-width:32em">'
            f'<div role="progressbar" aria-label="{label}" aria-valuemin="0" aria-valuemax="100" '
            f'aria-valuenow="{percent}" '
            'style="background:#e6e9ee;border-radius:4px;height:0.9em;overflow:hidden">'
            f'<div style="width:{percent}%;background:{colour};height:100%"></div></div>'
            f'<div style="font-size:0.95em;margin-top:0.2em">{text}</div></div>'
        )


@learner_call
def progress_bar(lesson: str, *, rule: MasteryRule = DEFAULT_RULE) -> ProgressBar:
    """Show a small bar of how far you are in `lesson`, for the end of the lesson.

    Raises
    ------
    RelkitValueError
        When there is no lesson `lesson`; the message lists those that exist.

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["RELKIT_PROGRESS_FILE"] = os.path.join(tempfile.mkdtemp(), "progress.sqlite3")
    >>> print(progress_bar("04"))  # doctest: +ELLIPSIS
    Lesson 04: 0 of 5 exercises right; quiz not answered yet; not mastered yet
    >>> del os.environ["RELKIT_PROGRESS_FILE"]
    """
    return ProgressBar(mastery(lesson, rule=rule), get_language())
