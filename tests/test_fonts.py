import json
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager

import relkit
from relkit import fonts
from tests.plots.conftest import assert_fonts_draw_every_label

SAMPLES = {"hi": "ग्राहक संबंध प्रबंधन ₹ ०१२", "bn": "গ্রাহক সম্পর্ক ব্যবস্থাপনা ₹ ০১২"}


@pytest.mark.parametrize(("lang", "sample"), SAMPLES.items())
def test_each_script_font_has_every_glyph_of_its_sample(lang, sample):
    assert fonts.missing_glyphs(sample, lang) == set()


def test_a_font_of_one_script_lacks_the_other_script():
    assert fonts.missing_glyphs("ক", "hi") == {"ক"}
    assert fonts.missing_glyphs("क", "bn") == {"क"}


def test_english_draws_with_the_dejavu_sans_inside_matplotlib():
    files = fonts.font_files("en")
    assert files[0].name == "DejaVuSans.ttf"
    assert all(Path(matplotlib.get_data_path()) in path.parents for path in files)
    assert fonts.missing_glyphs("Customer ₹1,23,456", "en") == set()


def test_registering_adds_private_families_and_changes_no_rcparams():
    before = dict(matplotlib.rcParams)
    families = fonts.register_fonts()
    assert families == ("relkit DejaVu Sans", "relkit Noto Sans Devanagari", "relkit Hind Siliguri")
    registered = {(entry.name, Path(entry.fname)) for entry in font_manager.fontManager.ttflist}
    for lang, name in fonts.PRIVATE_FAMILIES.items():
        assert {(name, path) for path in fonts.font_files(lang)} <= registered
    assert dict(matplotlib.rcParams) == before
    count = len(font_manager.fontManager.ttflist)
    assert fonts.register_fonts() == families
    assert len(font_manager.fontManager.ttflist) == count  # a second call adds nothing


@pytest.mark.parametrize("lang", relkit.LANGUAGES)
def test_each_language_resolves_to_relkits_own_file(lang):
    assert fonts.resolved_font_file(lang) in fonts.font_files(lang)


def test_this_matplotlib_joins_devanagari_conjuncts():
    assert fonts.shapes_complex_scripts()


# --- a decoy: a real font with no Indic glyphs, under the family names relkit's fonts have ----------------


def _decoy_file(folder: Path, family: str) -> Path:
    """DejaVu Serif (Latin only, from matplotlib) renamed to `family`, as a partial system font would be."""
    font = TTFont(Path(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSerif.ttf"))
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):  # family, full name, typographic family
            record.string = family
        elif record.nameID == 6:  # PostScript name
            record.string = family.replace(" ", "")
    path = folder / f"decoy-{family.replace(' ', '')}.ttf"
    font.save(path)
    return path


@pytest.fixture
def decoys(tmp_path):
    """Install decoys in this process's matplotlib under the public and the private names; undo it after."""
    manager = font_manager.fontManager
    saved = list(manager.ttflist)
    paths = []
    for lang in ("hi", "bn"):
        for family in (fonts.FONT_FAMILIES[lang], fonts.PRIVATE_FAMILIES[lang]):
            path = _decoy_file(tmp_path, family)
            manager.addfont(str(path))  # as a system font of that name would be
            paths.append(path)
    names = {entry.name for entry in manager.ttflist if Path(entry.fname) in paths}
    assert names >= {"Noto Sans Devanagari", "relkit Noto Sans Devanagari", "Hind Siliguri"}
    yield paths
    manager.ttflist[:] = saved
    manager._findfont_cached.cache_clear()
    fonts.register_fonts()


def test_the_decoy_would_win_a_lookup_by_public_name(decoys):
    """Without relkit's private names, matplotlib would draw Hindi with the glyph-less decoy."""
    found = Path(font_manager.findfont(font_manager.FontProperties(family="Hind Siliguri")))
    assert found in decoys or found not in fonts.font_files("bn")


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_charts_draw_with_relkits_files_whatever_else_claims_their_names(decoys, lang):
    with relkit.language(lang):
        table = pd.DataFrame({"channel": ["referral", "social", "search"], "customers": [5, 7, 9]})
        ax = relkit.plot_bar(table, x="channel", y="customers")
    assert_fonts_draw_every_label(ax, lang)
    assert fonts.resolved_font_file(lang) in fonts.font_files(lang)


def test_a_foreign_font_cache_cannot_supply_relkits_fonts(tmp_path):
    """A font cache that maps every relkit name to the decoy file is ignored in a fresh process."""
    config = tmp_path / "mplconfig"
    config.mkdir()
    environment = {"MPLCONFIGDIR": str(config), "PATH": "", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=environment, check=True)
    (cache,) = config.glob("fontlist-*.json")
    listing = json.loads(cache.read_text())
    template = next(entry for entry in listing["ttflist"] if entry["fname"].endswith("DejaVuSerif.ttf"))
    decoy = _decoy_file(tmp_path, "Noto Sans Devanagari")
    for lang in relkit.LANGUAGES:
        for name in (fonts.FONT_FAMILIES[lang], fonts.PRIVATE_FAMILIES[lang]):
            listing["ttflist"].insert(0, {**template, "fname": str(decoy), "name": name})
    cache.write_text(json.dumps(listing))
    script = textwrap.dedent(
        """
        import json
        from pathlib import Path

        import pandas as pd
        from matplotlib.font_manager import findfont
        from matplotlib.text import Text

        import relkit

        table = pd.DataFrame({"channel": ["app", "marketplace"], "n": [1, 2]})
        out = {}
        for lang in ("hi", "bn", "en"):
            with relkit.language(lang):
                ax = relkit.plot_bar(table, x="channel", y="n")
            ax.figure.canvas.draw()
            texts = [t for t in ax.figure.findobj(Text) if t.get_text().strip()]
            out[lang] = sorted({Path(findfont(t.get_fontproperties())).name for t in texts})
        print(json.dumps(out))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, check=True, capture_output=True, text=True
    )
    used = json.loads(result.stdout)
    for lang, names in used.items():
        assert names, lang
        assert set(names) <= {path.name for path in fonts.font_files(lang)}, (lang, names)
