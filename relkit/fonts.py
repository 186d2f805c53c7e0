"""The font files relkit draws with, registered with matplotlib under family names only relkit uses.

Hindi is drawn with Noto Sans Devanagari from the PyPI package ``fontpkg-noto-sans-devanagari``, Bengali
with Hind Siliguri from ``fontpkg-hind-siliguri``, and Latin text with the DejaVu Sans files inside
matplotlib itself. A figure therefore looks the same on every laptop, whatever fonts the system has.

Why a system font cannot take their place
-----------------------------------------
matplotlib finds a font by its family name, and many systems have a "Noto Sans Devanagari" of their own
(Debian's ``fonts-noto-core``, for one), which matplotlib may rank above relkit's file. So relkit never
asks for a public family name. :func:`register_fonts` reads each of its own files and adds it to
matplotlib's font list under a private name ("relkit Noto Sans Devanagari", :data:`PRIVATE_FAMILIES`),
and removes any other entry that claims a private name. matplotlib's font cache (``fontlist-*.json`` in
its cache folder) lists only fonts found on the system, and relkit's entries are added in memory, after
the cache is read, in every session; so neither an installed font nor a stale cache can supply a face
under those names. The plotting style (:func:`relkit.plot_style`) asks only for the private names.

Nothing happens at import: matplotlib learns about the fonts the first time :func:`register_fonts` runs
(the plotting helpers call it).
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

__all__ = [
    "FONT_FAMILIES",
    "PRIVATE_FAMILIES",
    "font_files",
    "missing_glyphs",
    "register_fonts",
    "resolved_font_file",
    "shapes_complex_scripts",
]

FONT_FAMILIES: dict[str, str] = {
    "en": "DejaVu Sans",  # ships inside matplotlib
    "hi": "Noto Sans Devanagari",
    "bn": "Hind Siliguri",
}
"""The typeface that draws each language's text (its public name, as the font files call it)."""

PRIVATE_FAMILIES: dict[str, str] = {lang: f"relkit {family}" for lang, family in FONT_FAMILIES.items()}
"""The family names relkit registers its own files under; no system font is called this."""

_PACKAGED = ("hi", "bn")
_MATPLOTLIB_FILES = (
    "DejaVuSans.ttf",  # the regular face first: missing_glyphs() reads it
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)

_registered: dict[str, object] = {"manager": None}  # the font list relkit last registered with


def font_files(lang: str) -> list[Path]:
    """Return the files of the typeface that draws `lang`.

    For Hindi and Bengali these come from relkit's font packages; for English they are the DejaVu Sans
    files that ship inside matplotlib.

    Raises
    ------
    fontpkg.FamilyNotInstalled
        When the font package is not installed; ``relkit doctor`` turns this into advice.

    Examples
    --------
    >>> [path.suffix for path in font_files("hi")]
    ['.ttf']
    >>> font_files("en")[0].name
    'DejaVuSans.ttf'
    """
    return list(_font_paths(lang))


@cache
def _font_paths(lang: str) -> tuple[Path, ...]:
    if lang in _PACKAGED:
        import fontpkg

        return tuple(Path(file.path) for file in fontpkg.family(FONT_FAMILIES[lang]).files)
    import matplotlib

    folder = Path(matplotlib.get_data_path(), "fonts", "ttf")
    return tuple(folder / name for name in _MATPLOTLIB_FILES)


def register_fonts() -> tuple[str, ...]:
    """Make relkit's font files known to matplotlib under their private names, and return those names.

    Safe to call often: it does the work once per matplotlib font list, and again only if something
    replaced that list (for example a rebuilt font cache). It changes no rcParams; use
    :func:`relkit.plot_style` to draw with the fonts.

    Returns
    -------
    tuple of str
        The private family names for English, Hindi and Bengali, in that order.

    Examples
    --------
    >>> register_fonts()
    ('relkit DejaVu Sans', 'relkit Noto Sans Devanagari', 'relkit Hind Siliguri')
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    names = tuple(PRIVATE_FAMILIES.values())
    if _registered["manager"] is manager and _entries_are_relkits(manager):
        return names
    own: dict[str, list[Path]] = {PRIVATE_FAMILIES[lang]: font_files(lang) for lang in PRIVATE_FAMILIES}
    # Drop every entry that claims a private name, whoever added it, then add relkit's files.
    manager.ttflist[:] = [entry for entry in manager.ttflist if entry.name not in own]
    for private_name, paths in own.items():
        for path in paths:
            face = font_manager.ttfFontProperty(font_manager.ft2font.FT2Font(str(path)))
            manager.ttflist.append(dataclasses.replace(face, name=private_name))
    # addfont() is matplotlib's public way in; it also clears findfont()'s memo of earlier answers,
    # which must forget any look-up made before the private entries existed.
    manager.addfont(str(own[PRIVATE_FAMILIES["en"]][0]))
    _registered["manager"] = manager
    return names


def _entries_are_relkits(manager) -> bool:
    """Whether the private names in `manager` stand for exactly relkit's files, all of them."""
    private = set(PRIVATE_FAMILIES.values())
    present = {(entry.name, Path(entry.fname)) for entry in manager.ttflist if entry.name in private}
    expected = {(PRIVATE_FAMILIES[lang], path) for lang in PRIVATE_FAMILIES for path in font_files(lang)}
    return present == expected


def resolved_font_file(lang: str) -> Path:
    """Return the file matplotlib draws `lang`'s regular text with, once relkit's fonts are registered.

    This asks matplotlib itself (``findfont``), so it shows what a chart really uses.

    Examples
    --------
    >>> resolved_font_file("bn").name
    'HindSiliguri-Regular.ttf'
    """
    from matplotlib.font_manager import FontProperties, findfont

    register_fonts()
    return Path(findfont(FontProperties(family=PRIVATE_FAMILIES[lang]), fallback_to_default=False))


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


def _codepoints(lang: str) -> frozenset[int]:
    paths = font_files(lang)
    return _codepoints_of(tuple(paths[:1] if lang == "en" else paths))  # English: the regular face


@cache
def _codepoints_of(paths: tuple[Path, ...]) -> frozenset[int]:
    from fontTools.ttLib import TTFont

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
    prop = FontProperties(family=PRIVATE_FAMILIES["hi"], size=40)

    def width(text: str) -> float:
        return renderer.get_text_width_height_descent(text, prop, ismath=False)[0]

    joined = width("क्ष")
    apart = width("क") + width("्") + width("ष")
    return joined < 0.9 * apart
