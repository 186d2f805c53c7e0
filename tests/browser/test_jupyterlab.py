"""The lessons as a learner meets them: JupyterLab in a real Chromium, Run All from the Run menu.

Each lesson is run once per test (a Run All costs 30-60 s) and then checked several ways: the quiz answered
with the keyboard alone (Devanagari and Bengali digits typed into a numeric question), an explorer moved
with the keyboard, an exercise cell edited and run with Shift+Enter. What the browser should show is
asked of relkit itself in this process: the kernels run as the learner `lab_server.learner`, so
``relkit.quiz(lesson, learner=lab_server.learner)`` knows their option order and their feedback.

Marked `browser`; skipped (loudly) when Chromium is missing. Screenshots go to artifacts/browser/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time

import pytest

import relkit
from relkit.i18n import translate

pytestmark = pytest.mark.browser

# Fonts that cover each script; Debian's fonts-noto-core provides the Noto ones.
SCRIPT_FONTS = {
    "hi": re.compile(r"Devanagari|Mukta|Hind(?! Siliguri)|Lohit Hindi|Mangal|Kohinoor|Nirmala", re.I),
    "bn": re.compile(r"Bengali|Bangla|Hind Siliguri|Lohit Bengali|Vrinda|Nirmala", re.I),
}
NATIVE = {"hi": "[\u0900-\u097f]", "bn": "[\u0980-\u09ff]"}
ALL_CHECKS_PASSED = {
    "en": "All checks passed",
    "hi": "सभी जाँचें सफल",
    "bn": "সব পরীক্ষা সফল",
}


def require_a_system_font_for(lang: str) -> None:
    """Skip, loudly, where the system has no font for `lang`'s script: the browser draws with system fonts.

    relkit's charts carry their own fonts; JupyterLab's text is drawn by Chromium from fontconfig's list.
    """
    if shutil.which("fc-list") is None:  # fontconfig comes with Chromium; without it, let the test judge
        return
    found = subprocess.run(
        ["fc-list", f":lang={lang}", "family"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if not found:
        pytest.skip(f"no system font for lang={lang}: Chromium cannot draw it (install fonts-noto-core)")


def open_notebook(page, lab_server, path: str) -> None:
    """Open a notebook and wait until its kernel is connected and idle."""
    page.goto(lab_server.url(path))
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
    page.locator(".jp-StatusBar-Widget", has_text=re.compile(r"\|\s*Idle")).first.wait_for(timeout=90_000)


def code_prompts(page) -> list[str]:
    # textContent, not innerText: innerText is empty for a cell the browser has not laid out yet.
    prompts = page.evaluate(
        "() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(e => e.textContent)"
    )
    # A solution cell is collapsed (its source hidden), so JupyterLab shows no prompt for it: leave it
    # out. nbval runs those cells and compares their outputs.
    return [prompt for prompt in prompts if prompt.strip()]


def run_all_from_the_run_menu(page) -> None:
    """Click Run > Run All Cells, as a learner would, and wait until every cell has run.

    A click that lands while the kernel connection is still settling can be ignored by JupyterLab; when
    no cell was queued after 10 s the menu is used once more.
    """
    for _attempt in range(2):
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        queued = time.monotonic() + 10
        while time.monotonic() < queued and all(p.strip() == "[ ]:" for p in code_prompts(page)):
            time.sleep(0.25)
        if not all(p.strip() == "[ ]:" for p in code_prompts(page)):
            break
    deadline = time.monotonic() + 240
    prompts: list[str] = []
    while time.monotonic() < deadline:
        prompts = code_prompts(page)
        if prompts and all(re.search(r"\[\d+\]", prompt) for prompt in prompts):
            break
        time.sleep(0.5)
    else:
        raise AssertionError(f"cells did not all run within 240 s; their prompts: {prompts}")
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=60_000)


def output_text(page) -> str:
    return page.locator(".jp-NotebookPanel .jp-OutputArea-output").all_inner_texts().__str__()


def fonts_drawing(page, selector: str) -> list[str]:
    """Return the font families Chromium really used for the text of the first element matching `selector`.

    Uses the DevTools protocol's CSS.getPlatformFontsForNode: the fonts the text was *rendered* with,
    after fallback, not the CSS font-family list.
    """
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"no element matches {selector}"
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return [font["familyName"] for font in fonts if font.get("glyphCount", 0) > 0]


def mark_native_paragraph(page, lang: str) -> str:
    """Tag the first rendered prose paragraph in `lang`'s script and return a selector for it."""
    found = page.evaluate(
        """(pattern) => {
            const re = new RegExp(pattern);
            const all = [...document.querySelectorAll('.jp-MarkdownOutput p')];
            const p = all.find(e => re.test(e.textContent));
            if (!p) return false;
            p.setAttribute('data-relkit-probe', '1');
            return true;
        }""",
        NATIVE[lang],
    )
    assert found, f"no rendered paragraph in the {lang} script"
    return '[data-relkit-probe="1"]'


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_getting_started_runs_all_cells_and_checks_the_setup(page, lab_server, artifacts, lang):
    open_notebook(page, lab_server, f"{lang}/00-getting-started.ipynb")
    run_all_from_the_run_menu(page)
    outputs = output_text(page)
    assert "Traceback" not in outputs
    assert ALL_CHECKS_PASSED[lang] in outputs
    page.screenshot(path=str(artifacts / f"00-getting-started-{lang}.png"), full_page=False)
    if lang != "en":
        require_a_system_font_for(lang)
        used = fonts_drawing(page, mark_native_paragraph(page, lang))
        assert any(SCRIPT_FONTS[lang].search(family) for family in used), used


# --- keyboard helpers ------------------------------------------------------------------------------------


def focused_matches(page, selector: str) -> bool:
    return page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector)


def tab_until(page, selector: str, *, limit: int = 12) -> None:
    """Press Tab until the focused element matches `selector` (at most `limit` times)."""
    for _ in range(limit):
        if focused_matches(page, selector):
            return
        page.keyboard.press("Tab")
    assert focused_matches(page, selector), f"Tab did not reach {selector} in {limit} presses"


def wait_for_text(page, selector: str, expected: str, *, timeout: float = 30_000) -> str:
    """Wait until the first element matching `selector` contains `expected`; return its text."""
    try:
        page.wait_for_function(
            "([s, t]) => { const e = document.querySelector(s); return !!e && e.textContent.includes(t); }",
            arg=[selector, expected],
            timeout=timeout,
        )
    except Exception:
        found = page.locator(selector).first.text_content() if page.locator(selector).count() else None
        raise AssertionError(f"{selector} never said {expected!r}; it says {found!r}") from None
    return page.locator(selector).first.inner_text()


def assert_no_error_shown(page) -> None:
    """No traceback in any output, no widget that failed to render, no error in any explorer."""
    assert "Traceback" not in output_text(page)
    broken = page.locator(".jupyter-widgets-error-widget")  # ipywidgets' box for a view it could not make
    assert broken.count() == 0, broken.first.inner_text()
    errors = [text.strip() for text in page.locator(".relkit-explorer .relkit-error").all_inner_texts()]
    assert not any(errors), errors


def move_dropdown_with_the_keyboard(page, explorer: str, control: str) -> tuple[str, str]:
    """Choose the next option of an explorer's dropdown with the keyboard; return results before, after.

    Focus the dropdown, open its list with Alt+ArrowDown, ArrowDown, Enter. A plain ArrowDown on the
    closed dropdown does not work in JupyterLab 4: in command mode the notebook takes it
    (notebook:move-cursor-down, whose selector matches any focused element that is not editable, and a
    <select> is not) and moves the focus to a cell. Space opens the list too.

    Checks that the dropdown moved to its next option, that the results and the chart changed, and that
    the explorer shows no error.
    """
    root = page.locator(explorer)
    root.wait_for(timeout=60_000)
    root.scroll_into_view_if_needed()
    results, image = root.locator(".relkit-result"), root.locator("img").first
    page.wait_for_function(
        "(s) => !!document.querySelector(s + ' .relkit-result')?.textContent.trim()", arg=explorer
    )
    before, picture = results.inner_text(), image.get_attribute("src")
    select = root.locator(f".relkit-control-{control} select")
    index = select.evaluate("e => e.selectedIndex")
    select.focus()
    page.keyboard.press("Alt+ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "([s, before]) => document.querySelector(s + ' .relkit-result').innerText !== before",
        arg=[explorer, before],
        timeout=15_000,
    )
    assert select.evaluate("e => e.selectedIndex") == index + 1
    page.wait_for_function(
        "([s, src]) => document.querySelector(s + ' img').getAttribute('src') !== src",
        arg=[explorer, picture],
        timeout=15_000,
    )
    assert root.locator(".relkit-error").inner_text().strip() == ""
    return before, results.inner_text()


# --- lesson 04: the quiz and the cohort explorer ---------------------------------------------------------

Q1_WRONG = "gone_for_good"  # a misconception: its feedback names it
Q2_TYPED = {"en": "0.85", "hi": "०.८५", "bn": "০.৮৫"}  # churn 0.85, in the digits of each language


def answer_choice_with_the_keyboard(page, question: str, position: int) -> None:
    """Focus a choice question's first option, Tab to option `position`, Space, Tab to Check, Enter."""
    item = f".relkit-quiz-{question}"
    radios = page.locator(f"{item} input[type=radio]")
    radios.first.focus()
    for _ in range(position):
        page.keyboard.press("Tab")
    assert radios.nth(position).evaluate("e => e === document.activeElement")
    page.keyboard.press("Space")
    assert radios.nth(position).is_checked()
    tab_until(page, f"{item} button.relkit-quiz-check")
    page.keyboard.press("Enter")


def answer_text_with_the_keyboard(page, question: str, typed: str) -> None:
    """Focus a numeric or one-word question's field, type `typed`, Tab to Check, Space."""
    item = f".relkit-quiz-{question}"
    field = page.locator(f"{item} .relkit-quiz-answer input")
    field.focus()
    page.keyboard.type(typed)
    assert field.input_value() == typed
    tab_until(page, f"{item} button.relkit-quiz-check")
    page.keyboard.press("Space")


def screenshot_of_the_quiz(page, path, last_question: str) -> None:
    """Save the quiz from its title down to `last_question`'s feedback (what fits in the window)."""
    page.locator(".relkit-quiz").evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)  # let the scroll settle before measuring
    top = page.locator(".relkit-quiz").bounding_box()
    bottom = page.locator(f".relkit-quiz-{last_question}").bounding_box()
    viewport = page.viewport_size
    y = max(top["y"] - 8, 0)
    height = min(bottom["y"] + bottom["height"] + 8, viewport["height"]) - y
    page.screenshot(
        path=str(path), clip={"x": top["x"] - 8, "y": y, "width": top["width"] + 16, "height": height}
    )


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_lesson_04_quiz_and_cohort_explorer_answer_the_keyboard(page, lab_server, artifacts, lang):
    open_notebook(page, lab_server, f"{lang}/04-retention-vs-acquisition.ipynb")
    run_all_from_the_run_menu(page)
    assert_no_error_shown(page)

    # The cohort explorer: the next cohort, chosen with the keyboard, changes its results and chart.
    before, after = move_dropdown_with_the_keyboard(page, ".relkit-cohort-explorer", "cohort")
    assert after != before

    # What relkit says to this learner, in this language.
    quiz = relkit.quiz("04", learner=lab_server.learner)
    with relkit.language(lang):
        position = quiz.order("q1").index(Q1_WRONG)
        q1 = quiz.answer("q1", quiz.options("q1")[position][0], record=False)
        q2 = quiz.answer("q2", Q2_TYPED[lang], record=False)
    assert (q1.correct, q2.correct) == (False, True)
    page.locator(".relkit-quiz-q1 input[type=radio]").first.wait_for(timeout=60_000)
    shown_q1 = [
        label.strip() for label in page.locator(".relkit-quiz-q1 .widget-radio-box label").all_inner_texts()
    ]
    assert shown_q1 == [f"({letter}) {text}" for letter, _, text in quiz.options("q1", lang=lang)]

    # q1, a wrong option: its feedback names the misconception, in the learner's script.
    answer_choice_with_the_keyboard(page, "q1", position)
    said = wait_for_text(page, ".relkit-quiz-q1 .relkit-quiz-feedback", q1.text)
    assert said.lstrip("✗ ").startswith(translate("quiz.not_yet", lang=lang))
    # q2, churn typed in the language's own digits: read as 0.85, and right.
    answer_text_with_the_keyboard(page, "q2", Q2_TYPED[lang])
    said_q2 = wait_for_text(page, ".relkit-quiz-q2 .relkit-quiz-feedback", q2.text)
    assert said_q2.startswith("✓")
    assert page.locator(".relkit-quiz-q2 .relkit-quiz-feedback").get_attribute("role") == "status"
    assert_no_error_shown(page)

    if lang != "en":
        assert re.search(NATIVE[lang], said)
        assert re.search(NATIVE[lang], said_q2)
        screenshot_of_the_quiz(page, artifacts / f"quiz-{lang}.png", "q2")
        require_a_system_font_for(lang)
        used = fonts_drawing(page, ".relkit-quiz-q1 .relkit-quiz-feedback")
        assert any(SCRIPT_FONTS[lang].search(family) for family in used), used


# --- lesson 01: an exercise answered in Devanagari digits, and the dispute explorer ------------------------


@pytest.fixture
def relkit_store(tmp_path, monkeypatch):
    """Point this process's progress store at a file of the test's own (relkit.check records attempts)."""
    from relkit.practice import progress

    monkeypatch.setenv("RELKIT_PROGRESS_FILE", str(tmp_path / "progress.sqlite3"))
    progress.close_store()
    yield
    progress.close_store()


def test_lesson_01_check_reads_devanagari_digits_and_the_dispute_explorer_moves(
    page, lab_server, artifacts, relkit_store
):
    lang, typed = "hi", 'answer = "३०"'
    with relkit.language(lang):
        expected = str(relkit.check("01.2", "३०"))  # distributors + resellers: 30
    assert expected.startswith(translate("ex.verdict.correct", lang=lang))
    open_notebook(page, lab_server, f"{lang}/01-relationship-management.ipynb")
    run_all_from_the_run_menu(page)
    assert_no_error_shown(page)

    # The exercise cell of 01.2 (not its collapsed solution), edited with the keyboard and run.
    # Found by its text, then held by its position: once edited, the text no longer matches.
    exercise = (
        page.locator(".jp-CodeCell")
        .filter(has_text='relkit.check("01.2", answer)')
        .filter(has_text="replace None with your answer")
    )
    assert exercise.count() == 1
    position = exercise.evaluate("e => [...document.querySelectorAll('.jp-Notebook-cell')].indexOf(e)")
    cell = page.locator(".jp-Notebook-cell").nth(position)
    editor = cell.locator(".cm-content")
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    page.keyboard.type('relkit.check("01.2", answer)')
    assert editor.inner_text().strip() == f'{typed}\nrelkit.check("01.2", answer)'
    page.keyboard.press("Shift+Enter")
    said = cell.locator('.jp-OutputArea-output [role="status"]')
    page.wait_for_function(
        "([i, t]) => document.querySelectorAll('.jp-Notebook-cell')[i].textContent.includes(t)",
        arg=[position, expected],
        timeout=30_000,
    )
    assert expected in said.inner_text()
    assert said.get_attribute("lang") == lang
    cell.screenshot(path=str(artifacts / "check-01-hi.png"))

    # The dispute and renewal explorer: the next partner type, chosen with the keyboard.
    before, after = move_dropdown_with_the_keyboard(page, ".relkit-dispute-explorer", "partner_type")
    assert after != before
    assert re.search(NATIVE[lang], after)
    assert_no_error_shown(page)
