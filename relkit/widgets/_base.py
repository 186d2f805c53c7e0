"""What every relkit explorer shares: a chart drawn to PNG, its caption, an error box, and the language.

An explorer is an ``ipywidgets.VBox``: a line saying what to try, its controls, the results, an error box
(empty unless the last change failed), the chart as PNG in an ``ipywidgets.Image`` and the chart's
description under it. A subclass computes with its pure outputs function and
draws; :meth:`Explorer.update` runs both in the current language and shows any relkit error inside the
widget, in the learner's language. Every explorer registers itself, so :func:`relkit.language_switcher`
can redraw it in another language.

The image carries no ``tooltip``: ipywidgets 8.1's ``DOMWidgetView.updateTooltip`` reads the model's
``description``, which an ``Image`` does not have, so with a tooltip the chart fails to render in
JupyterLab ("Failed to create view for 'ImageView'"; jupyter-widgets/ipywidgets#3921). The caption, text
in the page, is what a screen reader reads.
"""

from __future__ import annotations

import html
import io
import weakref
from collections.abc import Callable, Iterable

import ipywidgets as widgets
import numpy as np

from ..errors import RelkitError
from ..i18n import get_language, translate

__all__ = [
    "Explorer",
    "caption_html",
    "error_html",
    "figure_png",
    "live_explorers",
    "new_figure",
    "table_html",
]

_LIVE: weakref.WeakSet = weakref.WeakSet()
_KEPT_BACKGROUNDS = 6  # one background is width x height x 4 bytes, about 1.4 MB for a 9.5 x 4.6 in chart


def live_explorers() -> list[widgets.Widget]:
    """Return the explorers made in this kernel that are still open (not closed with ``.close()``)."""
    return [widget for widget in list(_LIVE) if getattr(widget, "comm", None) is not None]


def register(widget: widgets.Widget) -> None:
    """Let the language switcher redraw `widget` (it needs a ``refresh()`` method)."""
    _LIVE.add(widget)


def error_html(error: Exception) -> str:
    """Return an error as an alert box, in the learner's language."""
    text = html.escape(translate("wd.error", error=str(error)))
    return (
        f'<div role="alert" style="border-left:6px solid #b00020;background:#fdecea;color:#1a1a1a;'
        f'padding:0.5em 0.8em;margin:0.3em 0"><b aria-hidden="true">⚠ </b>{text}</div>'
    )


def caption_html(text: str) -> str:
    """Return a chart description as the caption under the chart."""
    return (
        f'<p class="relkit-chart-description" style="margin:0.2em 0 0.6em;font-size:0.95em">'
        f"{html.escape(text)}</p>"
    )


def table_html(frame, columns: dict[str, str]) -> str:
    """Return a small table as HTML, its columns renamed to `columns` (``{column: label}``), escaped."""
    shown = frame[list(columns)].rename(columns=columns)
    return shown.to_html(border=0, classes="relkit-table", escape=True)


def new_figure(size: tuple[float, float], *, ncols: int = 1, width_ratios: Iterable[float] | None = None):
    """Return ``(figure, axes)`` drawn with Agg outside pyplot, so no figure piles up in the notebook."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=90)
    FigureCanvasAgg(figure)
    ratios = list(width_ratios) if width_ratios is not None else None
    axes = figure.subplots(1, ncols, width_ratios=ratios) if ncols > 1 else figure.add_subplot()
    return figure, axes


def figure_png(figure) -> bytes:
    """Return `figure` as PNG bytes (light compression: a few kB larger, several times faster)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


class Explorer(widgets.VBox):
    """Base of the explorers; a subclass sets ``controls`` and implements ``_compute`` and ``_draw``.

    Attributes
    ----------
    lesson, results, error, caption : ipywidgets.HTML
        What to try; the results; the last error (empty when none); the chart's description.
    image : ipywidgets.Image
        The chart as PNG.
    outputs : NamedTuple or None
        What the pure outputs function returned at the last successful update.
    description : str
        The chart's description in the language it was drawn in.
    """

    css_class = "relkit-explorer"
    lesson_msgid = ""

    def _build(self, controls: dict[str, widgets.Widget]) -> None:
        self.controls = controls
        self.lesson = widgets.HTML()
        self.results = widgets.HTML()
        self.error = widgets.HTML()
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.caption = widgets.HTML()
        self.outputs = None
        self.description = ""
        self._layout_key: object = None
        self._backgrounds: dict[object, object] = {}
        super().__init__(
            children=[
                self.lesson,
                *controls.values(),
                self.results,
                self.error,
                self.image,
                self.caption,
            ]
        )
        self.add_class("relkit-explorer")
        self.add_class(self.css_class)
        for name, control in controls.items():
            control.add_class(f"relkit-control-{name}")
            control.observe(self._on_change, names="value")
        self.results.add_class("relkit-result")
        self.error.add_class("relkit-error")
        self.caption.add_class("relkit-caption")
        register(self)
        self.update()

    def _on_change(self, change: dict) -> None:
        if not getattr(self, "_quiet", False):
            self.update()

    def refresh(self) -> None:
        """Redraw in the current language (what the language switcher calls)."""
        self.update()

    def values(self) -> dict[str, object]:
        """Return the controls' current values by name."""
        return {name: control.value for name, control in self.controls.items()}

    def update(self):
        """Recompute from the controls and redraw in the current language; return the new outputs.

        A relkit error is shown in the widget in the learner's language and the last chart stays. Any
        other error is shown the same way and then raised, so that it also reaches the notebook's log.
        """
        lang = get_language()
        try:
            self._label(lang)
            outputs = self._compute()
            self.description = self._draw(outputs, lang)
            self.image.value = self._render(lang)
        except RelkitError as error:
            self.error.value = error_html(error)
            return None
        except Exception as error:
            self.error.value = error_html(error)
            raise
        self.caption.value = caption_html(self.description)
        self.error.value = ""
        self.outputs = outputs
        return outputs

    def _label(self, lang: str) -> None:
        self.lesson.value = f"<p>{html.escape(translate(self.lesson_msgid, lang=lang))}</p>"
        for name, control in self.controls.items():
            control.description = translate(f"{self.msgid_prefix}{name}", lang=lang)

    def _lay_out(self, lang: str) -> bool:
        """Run the (costly) constrained layout only when the texts around the axes may have changed size."""
        key = self._layout_texts(lang)
        if key != self._layout_key:
            self._layout.execute(self.figure)
            self._layout_key = key
            return True
        return False

    def _animated(self) -> list:
        """Return the artists that change with the data while everything else stays (none: draw all)."""
        return []

    def _static(self, lang: str) -> object:
        """Return a key of what the rest of the chart depends on; a new key draws the whole chart once."""
        return lang

    def _render(self, lang: str) -> bytes:
        """Return the chart as PNG, drawing only the artists that change when nothing else did (blitting).

        The whole figure is drawn once per static key (language, period...), without the animated artists,
        and kept as a background (the last few keys are kept, so going back to a setting is quick). A
        change restores it and draws the animated artists on top, so the axes, ticks and titles are not
        drawn again at every move of a slider.
        """
        from PIL import Image

        animated = self._animated()
        if not animated:
            self._lay_out(lang)
            return figure_png(self.figure)
        canvas = self.figure.canvas
        key = self._static(lang)
        if self._lay_out(lang):
            self._backgrounds.clear()  # drawn with the old layout
        if key in self._backgrounds:
            canvas.restore_region(self._backgrounds[key])
        else:
            for artist in animated:
                artist.set_animated(True)
            canvas.draw()
            if len(self._backgrounds) >= _KEPT_BACKGROUNDS:
                self._backgrounds.pop(next(iter(self._backgrounds)))
            self._backgrounds[key] = canvas.copy_from_bbox(self.figure.bbox)
        for artist in animated:
            self.figure.draw_artist(artist)
        buffer = io.BytesIO()
        Image.fromarray(np.asarray(canvas.buffer_rgba())).save(buffer, format="png", compress_level=1)
        return buffer.getvalue()

    def _layout_texts(self, lang: str) -> object:
        return lang

    def _make_layout(self) -> None:
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        self._layout = ConstrainedLayoutEngine()

    msgid_prefix = "wd."
    _compute: Callable[[], object]
    _draw: Callable[[object, str], str]

    def __repr__(self) -> str:
        # Short and the same on every run: Jupyter shows it as the plain-text form, which nbval compares.
        settings = ", ".join(f"{name}={value!r}" for name, value in self.values().items())
        return f"{type(self).__name__}({settings})"


def quietly(explorer: Explorer, change: Callable[[], None]) -> None:
    """Change controls without an update for each: the caller updates once afterwards."""
    explorer._quiet = True
    try:
        change()
    finally:
        explorer._quiet = False
