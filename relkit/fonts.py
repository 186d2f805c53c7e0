"""Fonts that contain Devanagari and Bengali glyphs, shipped as Python packages and registered on demand.

The fonts come from PyPI (``fontpkg-noto-sans-devanagari``, ``fontpkg-hind-siliguri``), never from the
learner's system, so a figure looks the same on every laptop. Nothing happens at import: matplotlib learns
about the fonts the first time :func:`register_fonts` runs (the plotting helpers call it).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = [
    "FONT_FAMILIES",
    "font_files",
    "missing_glyphs",
    "register_fonts",
    "shapes_complex_scripts",
]

FONT_FAMILIES: dict[str, str] = {
    "en": "DejaVu Sans",  # ships with matplotlib
    "hi": "Noto Sans Devanagari",
    "bn": "Hind Siliguri",
}
"""The font family that draws each language's text."""

_PACKAGED = ("hi", "bn")


def font_files(lang: str) -> list[Path]:
    """Return the font files of `lang`'s family (empty for English, whose font ships with matplotlib).

    Raises
    ------
    fontpkg.FamilyNotInstalled
        When the font package is not installed; ``relkit doctor`` turns this into advice.

    Examples
    --------
    >>> [path.suffix for path in font_files("hi")]
    ['.ttf']
    """
    if lang not in _PACKAGED:
        return []
    import fontpkg

    return [Path(file.path) for file in fontpkg.family(FONT_FAMILIES[lang]).files]


@cache
def register_fonts() -> tuple[str, ...]:
    """Make the Devanagari and Bengali fonts known to matplotlib (once) and return their family names.

    This only adds fonts to matplotlib's font list; it changes no rcParams. Use
    :func:`relkit.plot_style` to draw with them.

    Examples
    --------
    >>> register_fonts()
    ('Noto Sans Devanagari', 'Hind Siliguri')
    """
    from matplotlib import font_manager

    for lang in _PACKAGED:
        for path in font_files(lang):
            font_manager.fontManager.addfont(str(path))
    return tuple(FONT_FAMILIES[lang] for lang in _PACKAGED)


def missing_glyphs(text: str, lang: str) -> set[str]:
    """Return the characters of `text` that `lang`'s font cannot draw (empty when all are there).

    Spaces and other whitespace are ignored.

    Examples
    --------
    >>> missing_glyphs("ग्राहक संबंध (CRM) ₹", "hi")
    set()
    >>> sorted(missing_glyphs("গ্রাহক", "hi"))
    ['ক', 'গ', 'র', 'হ', 'া', '্']
    """
    codepoints = _codepoints(lang)
    return {char for char in text if not char.isspace() and ord(char) not in codepoints}


@cache
def _codepoints(lang: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    if lang in _PACKAGED:
        paths = font_files(lang)
    else:
        from matplotlib import font_manager

        paths = [Path(font_manager.findfont(FONT_FAMILIES[lang], fallback_to_default=False))]
    found: set[int] = set()
    for path in paths:
        with TTFont(path, lazy=True) as font:
            found.update(font.getBestCmap())
    return frozenset(found)


def shapes_complex_scripts() -> bool:
    """Return whether matplotlib joins Devanagari conjuncts, as matplotlib 3.11 does and 3.10 does not.

    The test lays out "क्ष" (a conjunct) and compares its width with "क", "्" and "ष" laid out apart.
    A shaping text engine draws the conjunct as one narrower glyph; a non-shaping one puts the three side
    by side, so the widths add up.

    Examples
    --------
    >>> shapes_complex_scripts()
    True
    """
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    register_fonts()
    renderer = RendererAgg(400, 100, 72)
    prop = FontProperties(family=FONT_FAMILIES["hi"], size=40)

    def width(text: str) -> float:
        return renderer.get_text_width_height_descent(text, prop, ismath=False)[0]

    joined = width("क्ष")
    apart = width("क") + width("्") + width("ष")
    return joined < 0.9 * apart
