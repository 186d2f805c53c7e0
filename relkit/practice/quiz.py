"""``relkit.quiz("04")``: a lesson's quiz in the learner's language, answered in a widget or in code.

:func:`quiz` returns a :class:`Quiz`. Left as the last line of a cell it shows as a widget (ipywidgets 8):
all questions stacked, each with its options (or a text field), a *Check* button and its feedback. Where
widgets do not render (a plain Python console, a notebook viewer, a screen reader that skips them) the
same object shows as plain text, and ``q.answer("q3", "b")`` answers a question and returns the feedback.

Why all questions stacked rather than one at a time: a stacked quiz keeps one fixed order of controls, so
Tab and Shift+Tab walk through it predictably and nothing the learner has focused is ever taken off the
page (replacing one question by the next would drop the keyboard focus to the top of the notebook); a
learner can go back to a question, and a saved notebook shows the whole quiz. Ten questions are about 40
widgets, built in well under the 200 ms budget (benchmarks/bench_quiz.py).

Options are shuffled per learner and question (a seed from :func:`learner_seed`), so neighbours see a
different order and one learner always the same. Every answer is recorded with
``relkit.practice.progress.record_attempt`` when that module is installed.
"""

from __future__ import annotations

import getpass
import hashlib
import html
import os
import random
import textwrap
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import RelkitValueError
from ..i18n import LANGUAGES, get_language, translate
from ..labels import value_label
from ..signatures import learner_call
from ..validation import latin_digits, show_value
from .bank import Bank, Question, available_quizzes, load_bank, near, show

__all__ = ["Quiz", "QuizFeedback", "current_learner", "learner_seed", "quiz"]

LETTERS = {"en": "abcdefgh", "hi": "कखगघङचछज", "bn": "কখগঘঙচছজ"}
"""Option letters as each language's exam papers print them: (a) (b), (क) (ख), (ক) (খ)."""


def current_learner() -> str:
    """Return who is learning: ``relkit.practice.progress.learner_id()`` when available, else the login.

    Without the progress store, the environment decides: ``RELKIT_LEARNER``, then ``JUPYTERHUB_USER``
    (set on a JupyterHub), then the name of the user logged in.

    Examples
    --------
    >>> import os
    >>> os.environ["RELKIT_LEARNER"] = "asha"
    >>> current_learner()
    'asha'
    >>> del os.environ["RELKIT_LEARNER"]
    """
    try:
        from .progress import learner_id
    except ImportError:
        learner_id = None
    if learner_id is not None:
        return str(learner_id())
    for variable in ("RELKIT_LEARNER", "JUPYTERHUB_USER"):
        if os.environ.get(variable):
            return os.environ[variable]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "learner"


def learner_seed(learner: str, item_id: str) -> int:
    """Return the shuffle seed of one learner and one question, the same on every machine and run.

    Examples
    --------
    >>> learner_seed("asha", "quiz.04.q1") == learner_seed("asha", "quiz.04.q1")
    True
    >>> learner_seed("asha", "quiz.04.q1") == learner_seed("ravi", "quiz.04.q1")
    False
    """
    digest = hashlib.sha256(f"{learner}\n{item_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass(frozen=True)
class QuizFeedback:
    """What a quiz says about one answer, in the language relkit spoke when it was judged."""

    question_id: str
    correct: bool | None
    """True or False; None when the answer could not be read (a word where a number is asked)."""
    text: str
    note: str | None = None
    """How the answer was read, when that needs saying ("85%" taken as the share 0.85)."""

    def __str__(self) -> str:
        mark = {True: "✓", False: "✗", None: "?"}[self.correct]
        return " ".join(part for part in (mark, self.note, self.text) if part)

    __repr__ = __str__

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython's plain-text display
        printer.text(str(self))

    def _repr_html_(self) -> str:
        return feedback_html(self)


def feedback_html(feedback: QuizFeedback | None) -> str:
    """Return the feedback as a coloured box (status role, so screen readers read it out), or ``""``."""
    if feedback is None:
        return ""
    colours = {True: ("#137333", "#e6f4ea"), False: ("#b00020", "#fdecea"), None: ("#8a5300", "#fff4e5")}
    border, background = colours[feedback.correct]
    mark = {True: "✓", False: "✗", None: "?"}[feedback.correct]
    note = f"{html.escape(feedback.note)} " if feedback.note else ""
    return (
        f'<div role="status" class="relkit-quiz-feedback" style="border-left:6px solid {border};'
        f"background:{background};color:#1a1a1a;padding:0.45em 0.8em;margin:0.2em 0 0.6em 0;"
        f'white-space:normal"><b aria-hidden="true">{mark} </b>{note}{html.escape(feedback.text)}</div>'
    )


def _fold(text: str) -> str:
    """Normalise an answer for comparison: NFC, Western digits, case, spaces, ``_`` and ``-``."""
    text = unicodedata.normalize("NFC", latin_digits(str(text)))
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def _letter_index(answer: str) -> int | None:
    """Return the position an option letter names: "b", "(B)", "ख", "খ)" -> 1; None for anything else."""
    text = answer.strip().strip("().").strip().casefold()
    for letters in LETTERS.values():
        if len(text) == 1 and text in letters:
            return letters.index(text)
    return None


def _read_number(text: str, *, share: bool) -> tuple[float | None, str | None]:
    """Read a number as a learner writes it; the relkit.practice.answers reader when it is installed."""
    try:
        from .answers import read_number
    except ImportError:
        read_number = None
    if read_number is not None:
        reading = read_number(text, share=share)
        if reading is None:
            return None, None
        if not reading.note:
            return float(reading.value), None
        explain = getattr(reading, "explain", None)
        note = explain() if callable(explain) else translate(reading.note, **getattr(reading, "fields", {}))
        return float(reading.value), note
    cleaned = latin_digits(text).replace(",", "").replace("₹", "").replace(" ", "").strip()
    percent = cleaned.endswith("%")
    try:
        value = float(cleaned.removesuffix("%"))
    except ValueError:
        return None, None
    if percent and share:
        return value / 100, translate(
            "quiz.read_percent", given=text.strip(), value=show(value / 100, "number", get_language())
        )
    return value, None


def _match(answer: str, spellings: Mapping[str, Sequence[str]]) -> str | None:
    """Return the option key an answer names, through relkit.practice.answers.match_option if installed."""
    try:
        from .answers import match_option
    except ImportError:
        match_option = None
    if match_option is not None:
        found = match_option(answer, spellings)
        if found is not None:
            return found
    folded = _fold(answer)
    return next((key for key, names in spellings.items() if folded in {_fold(name) for name in names}), None)


def _record(item_id: str, lesson: str, correct: bool, answer: str) -> None:
    """Record an attempt in the progress store, if relkit has one (it warns itself if it cannot save)."""
    try:
        from .progress import record_attempt
    except ImportError:
        return
    record_attempt(item_id, lesson=lesson, kind="quiz", correct=correct, answer=answer)


class Quiz:
    """A lesson's quiz for one learner; build it with :func:`relkit.quiz`.

    Attributes
    ----------
    lesson : str
        The lesson id, such as ``"04"``.
    learner : str
        Whose option order this is.
    bank : Bank
        The questions' structure.
    """

    def __init__(self, lesson: str, *, learner: str | None = None) -> None:
        self.lesson = lesson
        self.bank: Bank = load_bank(lesson)
        self.learner = current_learner() if learner is None else str(learner)
        self._orders = {question.id: self._shuffled(question) for question in self.bank.questions}
        self._widget = None

    # ------------------------------------------------------------------------------------ the questions

    @property
    def question_ids(self) -> tuple[str, ...]:
        """The question ids in the order shown: ``("q1", "q2", ...)``."""
        return tuple(question.id for question in self.bank.questions)

    def item_id(self, question_id: str) -> str:
        """Return the id under which progress records a question: ``"quiz.04.q3"``."""
        return f"quiz.{self.lesson}.{question_id}"

    def _shuffled(self, question: Question) -> tuple[str, ...]:
        if question.kind != "choice":
            return question.options
        keys = list(question.options)
        random.Random(learner_seed(self.learner, self.item_id(question.id))).shuffle(keys)
        return tuple(keys)

    def order(self, question_id: str) -> tuple[str, ...]:
        """Return the option keys of a question in the order this learner sees them."""
        return self._orders[self.question(question_id).id]

    def question(self, question_id: object) -> Question:
        """Return a question by id (``"q3"``; ``3`` and ``"3"`` work too).

        Raises
        ------
        RelkitValueError
            For an id the quiz does not have; the message lists those it has.
        """
        text = str(question_id).strip().casefold()
        wanted = text if text.startswith("q") else f"q{text}"
        try:
            return self.bank.question(wanted)
        except KeyError:
            available = ", ".join(repr(question_id) for question_id in self.question_ids)
            raise RelkitValueError(
                "quiz.unknown_question", given=show_value(question_id), available=available
            ) from None

    def options(self, question_id: str, *, lang: str | None = None) -> list[tuple[str, str, str]]:
        """Return ``(letter, key, text)`` for each option of a choice question, in this learner's order."""
        lang = get_language() if lang is None else lang
        question = self.question(question_id)
        return [
            (LETTERS[lang][position], key, self.bank.text(question, "options", lang, key))
            for position, key in enumerate(self.order(question.id))
        ]

    def category_names(self, question: Question, lang: str) -> dict[str, list[str]]:
        """Return the accepted spellings of each option of a category question: key, texts, labels."""
        names: dict[str, list[str]] = {}
        for key in question.options:
            spellings = [key]
            for code in LANGUAGES:
                texts = self.bank.texts(code)[question.id]
                spellings += [texts.options.get(key, ""), *texts.spellings.get(key, ())]
                if question.labels:
                    spellings.append(value_label(question.labels, key, lang=code))
            names[key] = [spelling for spelling in dict.fromkeys(spellings) if spelling]
        return names

    # ------------------------------------------------------------------------------------- answering

    def answer(self, question_id: object, answer: object, *, record: bool = True) -> QuizFeedback:
        """Answer one question and return the feedback, in the language relkit speaks.

        Parameters
        ----------
        question_id : str
            ``"q3"`` (or ``3``).
        answer : object
            For a choice question the letter of an option as this learner sees it (``"b"``, also
            ``"ख"`` or ``"খ"``); for a numeric question a number or a text such as ``"1,250"``; for a
            category question a name, in any of relkit's languages.
        record : bool
            Record the attempt in the progress store (when relkit has one).

        Examples
        --------
        >>> q = quiz("04", learner="asha")
        >>> q.answer("q9", "100").correct
        True
        >>> print(q.answer("q9", 3))
        ✗ Not yet. That is the cost per message sent. Most customers contacted would have done the same without it; the campaign earns credit only for the extra buyers it caused.
        >>> print(q.answer("q9", "many"))
        ? This question asks for a number, but 'many' is not one. Write it in digits, such as 1250 or 0.75.
        """  # noqa: E501
        question = self.question(question_id)
        lang = get_language()
        judge = {"choice": self._judge_choice, "number": self._judge_number, "category": self._judge_category}
        feedback = judge[question.kind](question, answer, lang)
        if record and feedback.correct is not None:
            _record(self.item_id(question.id), self.lesson, feedback.correct, str(answer))
        return feedback

    def _verdict(
        self, question: Question, key: str | None, lang: str, note: str | None = None
    ) -> QuizFeedback:
        """Feedback for the option or mistake `key` (None: a wrong answer no known mistake explains)."""
        if key == question.answer or (key == "__right__"):
            return QuizFeedback(question.id, True, self.bank.text(question, "explanation", lang), note)
        if key is None:
            advice = self.bank.text(question, "hint", lang)
        else:
            advice = self.bank.text(question, "feedback", lang, key)
        text = " ".join(part for part in (translate("quiz.not_yet", lang=lang), advice) if part)
        return QuizFeedback(question.id, False, text, note)

    def _judge_choice(self, question: Question, answer: object, lang: str) -> QuizFeedback:
        order = self.order(question.id)
        key = None
        if isinstance(answer, str):
            position = _letter_index(answer)
            if position is not None and position < len(order):
                key = order[position]
            elif answer in question.options:
                key = answer
            else:
                key = _match(answer, {k: self._option_texts(question, k) for k in question.options})
        if key is None:
            letters = ", ".join(LETTERS[lang][: len(order)])
            text = translate("quiz.expect_letter", lang=lang, given=show_value(answer), letters=letters)
            return QuizFeedback(question.id, None, text)
        return self._verdict(question, key, lang)

    def _option_texts(self, question: Question, key: str) -> list[str]:
        return [self.bank.text(question, "options", code, key) for code in LANGUAGES]

    def _judge_number(self, question: Question, answer: object, lang: str) -> QuizFeedback:
        note = None
        if isinstance(answer, bool) or not isinstance(answer, int | float | str):
            value = None
        elif isinstance(answer, str):
            value, note = _read_number(answer, share=question.share)
        else:
            value = float(answer)
        if value is None:
            text = translate("quiz.expect_number", lang=lang, given=show_value(answer))
            return QuizFeedback(question.id, None, text)
        if near(value, question.answer, question.tolerance):
            return self._verdict(question, "__right__", lang, note)
        mistake = next((key for key, wrong in question.mistakes.items() if near(value, wrong)), None)
        return self._verdict(question, mistake, lang, note)

    def _judge_category(self, question: Question, answer: object, lang: str) -> QuizFeedback:
        key = _match(answer, self.category_names(question, lang)) if isinstance(answer, str) else None
        if key is None:
            allowed = ", ".join(self.bank.text(question, "options", lang, k) for k in question.options)
            text = translate("quiz.expect_category", lang=lang, given=show_value(answer), allowed=allowed)
            return QuizFeedback(question.id, None, text)
        return self._verdict(question, key, lang)

    # ------------------------------------------------------------------------------------- showing

    def title(self, lang: str | None = None) -> str:
        """Return the quiz's title in `lang` (default: the current language)."""
        lang = get_language() if lang is None else lang
        name = translate(f"quiz.lesson.{self.lesson}", lang=lang)
        return translate("quiz.title", lang=lang, lesson=self.lesson, name=name)

    def to_text(self, lang: str | None = None) -> str:
        """Return the whole quiz as plain text, options in this learner's order.

        Examples
        --------
        >>> print(quiz("04", learner="asha").to_text().splitlines()[0])
        Quiz · lesson 04: Retention versus acquisition
        """
        lang = get_language() if lang is None else lang
        wrap = textwrap.TextWrapper(width=100, subsequent_indent="     ", break_long_words=False)
        lines = [self.title(lang), ""]
        for number, question in enumerate(self.bank.questions, 1):
            text = self.bank.text(question, "question", lang)
            lines.append(wrap.fill(f"{number}. [{question.id}] {text}"))
            if question.kind == "choice":
                for letter, _, option in self.options(question.id, lang=lang):
                    lines.append(wrap.fill(f"   ({letter}) {option}"))
            elif question.kind == "number":
                lines.append("   " + translate("quiz.text_number", lang=lang))
            else:
                allowed = ", ".join(self.bank.text(question, "options", lang, k) for k in question.options)
                lines.append(wrap.fill("   " + translate("quiz.text_category", lang=lang, allowed=allowed)))
        letter = LETTERS[lang][1]
        lines += ["", translate("quiz.text_howto", lang=lang, example=f'quiz.answer("q1", "{letter}")')]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.to_text()

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython's plain-text display
        printer.text(self.to_text())

    def widget(self):
        """Return the quiz as an ipywidgets 8 widget (built once, in the language relkit speaks now)."""
        if self._widget is None:
            from ._quiz_widget import QuizWidget

            self._widget = QuizWidget(self)
        return self._widget

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        """Show the widget in Jupyter, with the plain text as the fallback where widgets do not render."""
        bundle = self.widget()._repr_mimebundle_(include=include, exclude=exclude) or {}
        bundle["text/plain"] = self.to_text()
        return bundle


@learner_call
def quiz(lesson: str, *, learner: str | None = None) -> Quiz:
    """Return the quiz of a lesson, shown in the language relkit speaks.

    Multiple-choice, numeric and one-word questions on the ideas of the lesson. Leave the result as the
    last line of a cell to get the widget (every question answerable with the keyboard alone: Tab to an
    option, Space to choose it, Tab to *Check* and Enter), or answer in code with ``.answer(...)``.
    Each answer gets feedback at once: what the wrong option overlooks, or why the right one is right.

    Parameters
    ----------
    lesson : str
        The lesson id, two digits: ``"01"``, ``"04"``.
    learner : str, optional
        Whose option order to use; the current learner (:func:`current_learner`) when omitted.

    Returns
    -------
    Quiz

    Raises
    ------
    RelkitValueError
        For a lesson without a quiz; the message lists the quizzes that exist.

    Examples
    --------
    >>> q = quiz("01", learner="asha")
    >>> q.question_ids[:3]
    ('q1', 'q2', 'q3')
    >>> q.answer("q7", 0.8).correct  # renewal rate: 28 renewed of 35 ended; running ones left out
    True
    >>> quiz("4")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: There is no quiz '4'. Quizzes exist for lessons '01', '04'...: write, for example, relkit.quiz("04").
    """  # noqa: E501
    available = available_quizzes()
    if not isinstance(lesson, str) or lesson not in available:
        text = str(lesson).strip()
        example = text.zfill(2) if text.zfill(2) in available else available[0]
        raise RelkitValueError(
            "quiz.unknown",
            given=show_value(lesson),
            available=", ".join(repr(code) for code in available),
            example=f'"{example}"',
        )
    return Quiz(lesson, learner=learner)
