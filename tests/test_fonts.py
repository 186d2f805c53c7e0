import matplotlib
import pytest
from matplotlib import font_manager

from relkit import fonts


@pytest.mark.parametrize(
    ("lang", "sample"), [("hi", "ग्राहक संबंध प्रबंधन ₹ ०१२"), ("bn", "গ্রাহক সম্পর্ক ব্যবস্থাপনা ₹ ০১২")]
)
def test_each_script_font_has_every_glyph_of_its_sample(lang, sample):
    assert fonts.missing_glyphs(sample, lang) == set()


def test_a_font_of_one_script_lacks_the_other_script():
    assert fonts.missing_glyphs("ক", "hi") == {"ক"}
    assert fonts.missing_glyphs("क", "bn") == {"क"}


def test_english_uses_matplotlibs_own_font_and_ships_no_file():
    assert fonts.font_files("en") == []
    assert fonts.missing_glyphs("Customer ₹1,23,456", "en") == set()


def test_registering_adds_the_fonts_and_changes_no_rcparams():
    before = dict(matplotlib.rcParams)
    families = fonts.register_fonts()
    assert families == ("Noto Sans Devanagari", "Hind Siliguri")
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    assert set(families) <= known
    assert dict(matplotlib.rcParams) == before
    assert fonts.register_fonts() is families  # once only


def test_this_matplotlib_joins_devanagari_conjuncts():
    assert fonts.shapes_complex_scripts()
