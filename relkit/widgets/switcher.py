"""The language switcher: three buttons that set relkit's language and redraw relkit outputs in place.

Scope, honestly: a change redraws (1) every relkit explorer made in this kernel and still open, made
before or after the switcher, and (2) what was shown through :meth:`LanguageSwitcher.show`, which runs
its function again in the new language. Other outputs already printed in the notebook (a table, a chart
made with ``relkit.plot_bar`` in an earlier cell) stay as they were: run their cells again.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from ..i18n import LANGUAGES, get_language, set_language, translate
from ..signatures import learner_call
from ._base import error_html, live_explorers

__all__ = ["LanguageSwitcher", "language_switcher"]

# Each language named in its own script, as a language menu does, so a learner finds their own.
_NAMES = {"en": "English", "hi": "हिन्दी", "bn": "বাংলা"}


class LanguageSwitcher(widgets.VBox):
    """The language switcher; build it with :func:`relkit.language_switcher`.

    Attributes
    ----------
    buttons : ipywidgets.ToggleButtons
        One button per language; its value is the language code.
    shown : list of ipywidgets.Output
        The outputs made by :meth:`show`, redrawn at each change.
    """

    def __init__(self) -> None:
        self.buttons = widgets.ToggleButtons(
            options=[(_NAMES[code], code) for code in LANGUAGES], value=get_language()
        )
        self.note = widgets.HTML()
        self.error = widgets.HTML()
        self.shown: list[widgets.Output] = []
        self._makers: list[Callable[[], object]] = []
        self.results: list[object] = []
        super().__init__(children=[self.buttons, self.note, self.error])
        self.add_class("relkit-language-switcher")
        self.buttons.observe(self._on_change, names="value")
        self._label()

    def __repr__(self) -> str:
        return f"LanguageSwitcher(lang={self.buttons.value!r})"

    def _label(self) -> None:
        self.buttons.description = translate("wd.lang.label")
        self.note.value = f"<small>{html.escape(translate('wd.lang.note'))}</small>"

    def _on_change(self, change: dict) -> None:
        self.switch(change["new"])

    def switch(self, lang: str) -> None:
        """Speak `lang` from now on and redraw the explorers and the outputs shown through :meth:`show`."""
        set_language(lang)
        if self.buttons.value != lang:
            self.buttons.value = lang  # calls switch again through the observer
            return
        self._label()
        self.error.value = ""
        for explorer in live_explorers():
            explorer.refresh()
        for index in range(len(self._makers)):
            self._render(index)

    def show(self, make: Callable[[], object]) -> widgets.Output:
        """Show what `make()` returns (a table, a chart, text) and show it again at each language change.

        Pass a function, such as ``lambda: relkit.plot_bar(world.customers, x="acquisition_channel")``,
        so it runs again in the new language. Returns the Output widget; display it in a cell.
        """
        output = widgets.Output()
        self.shown.append(output)
        self._makers.append(make)
        self.results.append(None)
        self._render(len(self._makers) - 1)
        return output

    def _render(self, index: int) -> None:
        from IPython.display import display

        output = self.shown[index]
        output.clear_output(wait=True)
        try:
            result = self._makers[index]()
        except Exception as error:  # a learner's function: say what went wrong, keep the switcher alive
            self.error.value = error_html(error)
            return
        self.results[index] = result
        figure = getattr(result, "figure", None) if hasattr(result, "get_figure") else None
        with output:
            display(figure if figure is not None else result)
        if figure is not None:
            import matplotlib.pyplot as plt

            plt.close(figure)  # shown in the Output widget, not again at the end of the cell


@learner_call
def language_switcher() -> LanguageSwitcher:
    """Return three buttons, English, हिन्दी, বাংলা, that set relkit's language and redraw in place.

    A change calls :func:`relkit.set_language` and redraws every open relkit explorer (made before or
    after the switcher) and whatever was shown through ``switcher.show(function)``. Outputs of other
    cells stay in the language they were made in; run those cells again.

    Returns
    -------
    LanguageSwitcher
        An ``ipywidgets.VBox``; display it by leaving it as the last line of a cell.

    Examples
    --------
    >>> import relkit
    >>> switcher = relkit.language_switcher()
    >>> explorer = relkit.retention_explorer()
    >>> switcher.buttons.value = "hi"
    >>> relkit.get_language()
    'hi'
    >>> "मासिक" in explorer.sliders["retention"].description
    True
    >>> switcher.buttons.value = "en"
    """
    return LanguageSwitcher()
