"""The quiz widget (ipywidgets 8): every question stacked, each answerable with the keyboard alone.

A choice question is a ``RadioButtons`` group: Tab reaches each option (ipywidgets draws its radio
inputs without a shared name, so each is a tab stop of its own), Space chooses it, Tab moves on to the
*Check* button and Enter or Space checks. A numeric or one-word question is a ``Text`` field with
``continuous_update=False``: Enter checks the answer (so does leaving the field, and the *Check*
button). A style block widens the radio labels so long options wrap, and draws a thick focus ring.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from ..i18n import get_language, translate
from .quiz import Question, Quiz, QuizFeedback, feedback_html

__all__ = ["QuestionBox", "QuizWidget"]

STYLE = """<style>
.relkit-quiz .widget-radio, .relkit-quiz .jupyter-widget-radio { width: auto; }
.relkit-quiz .widget-radio-box label, .relkit-quiz .jupyter-widget-radio-box label {
  height: auto; line-height: 1.45; white-space: normal; padding: 0.2em 0; }
.relkit-quiz input:focus-visible, .relkit-quiz button:focus-visible, .relkit-quiz input:focus {
  outline: 3px solid #1a5fb4; outline-offset: 2px; }
.relkit-quiz .relkit-quiz-question { margin: 0.9em 0 0.3em 0; line-height: 1.5; white-space: normal; }
</style>"""


class QuestionBox(widgets.VBox):
    """One question: its text, the answer control, a *Check* button and the feedback.

    Attributes
    ----------
    control : ipywidgets.RadioButtons or ipywidgets.Text
        Options (value: the option key, None until one is chosen) or a text field.
    button : ipywidgets.Button
        Checks the answer.
    feedback : ipywidgets.HTML
        Empty until the first check, then the feedback on the last answer.
    last : QuizFeedback or None
        The feedback on the last answer checked.
    """

    def __init__(self, quiz: Quiz, question: Question, number: int, lang: str) -> None:
        self.quiz = quiz
        self.question = question
        self.last: QuizFeedback | None = None
        self._checked: object = None  # the last answer recorded, so Enter then Check records it once
        text = html.escape(quiz.bank.text(question, "question", lang))
        self.prompt = widgets.HTML(f'<p class="relkit-quiz-question"><b>{number}.</b> {text}</p>')
        label = translate("quiz.answer_label", lang=lang)
        style = {"description_width": "initial"}
        if question.kind == "choice":
            options = [
                (f"({letter}) {option}", key) for letter, key, option in quiz.options(question.id, lang=lang)
            ]
            self.control = widgets.RadioButtons(
                options=options,
                index=None,
                description=label,
                style=style,
                layout=widgets.Layout(width="auto"),
            )
        else:
            placeholder = translate(f"quiz.placeholder_{question.kind}", lang=lang)
            self.control = widgets.Text(
                value="",
                placeholder=placeholder,
                description=label,
                continuous_update=False,
                style=style,
                layout=widgets.Layout(width="30em"),
            )
            self.control.observe(self._on_value, names="value")
        self.control.tooltip = translate("quiz.answer_tooltip", lang=lang, number=number)
        self.button = widgets.Button(
            description=translate("quiz.check", lang=lang),
            tooltip=translate("quiz.check_tooltip", lang=lang, number=number),
            icon="check",
        )
        self.button.on_click(self._on_click)
        self.feedback = widgets.HTML()
        row = (
            [self.control, self.button]
            if question.kind == "choice"
            else [widgets.HBox([self.control, self.button], layout=widgets.Layout(align_items="center"))]
        )
        super().__init__(children=[self.prompt, *row, self.feedback])
        self.add_class("relkit-quiz-item")
        self.add_class(f"relkit-quiz-{question.id}")
        self.control.add_class("relkit-quiz-answer")
        self.button.add_class("relkit-quiz-check")

    @property
    def controls(self) -> list[widgets.DOMWidget]:
        """The widgets a learner operates: the answer control and the button."""
        return [self.control, self.button]

    def _on_value(self, change: dict) -> None:
        if str(change["new"]).strip():
            self.check()

    def _on_click(self, button: widgets.Button) -> None:
        self.check()

    def check(self) -> QuizFeedback:
        """Judge the control's current answer, show the feedback, and record a new answer once."""
        answer = self.control.value
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            text = translate("quiz.choose_first" if self.question.kind == "choice" else "quiz.write_first")
            feedback = QuizFeedback(self.question.id, None, text)
        else:
            feedback = self.quiz.answer(self.question.id, answer, record=answer != self._checked)
            if feedback.correct is not None:
                self._checked = answer
        self.last = feedback
        self.feedback.value = feedback_html(feedback)
        return feedback


class QuizWidget(widgets.VBox):
    """The quiz widget; build it with ``relkit.quiz(lesson).widget()`` or by displaying the quiz.

    Attributes
    ----------
    items : dict of str to QuestionBox
        The questions by id.
    """

    def __init__(self, quiz: Quiz) -> None:
        lang = get_language()
        self.quiz = quiz
        heading = (
            f"{STYLE}<h3>{html.escape(quiz.title(lang))}</h3>"
            f"<p>{html.escape(translate('quiz.keyboard', lang=lang))}</p>"
        )
        self.heading = widgets.HTML(heading)
        self.items = {
            question.id: QuestionBox(quiz, question, number, lang)
            for number, question in enumerate(quiz.bank.questions, 1)
        }
        super().__init__(children=[self.heading, *self.items.values()])
        self.add_class("relkit-quiz")

    def __repr__(self) -> str:
        # Short and stable: Jupyter shows it as the plain-text form, which nbval compares.
        return f"QuizWidget(lesson={self.quiz.lesson!r}, questions={len(self.items)})"

    @property
    def controls(self) -> list[widgets.DOMWidget]:
        """Every widget a learner operates, in Tab order."""
        return [control for item in self.items.values() for control in item.controls]
