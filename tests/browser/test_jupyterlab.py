"""The lessons as a learner meets them: JupyterLab in a real Chromium, Run All from the Run menu.

Marked `browser`; skipped (loudly) when Chromium is missing. Screenshots go to artifacts/browser/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time

import pytest

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


def result_texts(page) -> list[str]:
    return page.locator(".relkit-explorer .relkit-result").all_inner_texts()


@pytest.mark.parametrize("lang", ["en", "hi", "bn"])
def test_retention_explorer_answers_the_keyboard(page, lab_server, artifacts, lang):
    open_notebook(page, lab_server, f"{lang}/04-retention-vs-acquisition.ipynb")
    run_all_from_the_run_menu(page)
    assert "Traceback" not in output_text(page)

    explorer = page.locator(".relkit-explorer")
    explorer.wait_for(timeout=60_000)
    explorer.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.relkit-explorer .relkit-result')]"
        ".every(e => e.textContent.trim())"
    )
    before = result_texts(page)
    handle = page.locator(".relkit-slider-retention .noUi-handle")
    handle.focus()
    for _ in range(5):  # five steps of 0.01: retention 0.80 -> 0.85
        page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "(before) => JSON.stringify([...document.querySelectorAll('.relkit-explorer .relkit-result')]"
        ".map(e => e.innerText)) !== JSON.stringify(before)",
        arg=before,
        timeout=15_000,
    )
    after = result_texts(page)
    assert after != before
    assert page.locator(".relkit-explorer .relkit-error").inner_text().strip() == ""
    explorer.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"04-retention-vs-acquisition-{lang}.png"))
    if lang != "en":
        require_a_system_font_for(lang)
        used = fonts_drawing(page, mark_native_paragraph(page, lang))
        assert any(SCRIPT_FONTS[lang].search(family) for family in used), used
