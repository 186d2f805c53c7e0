import matplotlib
import pytest

import relkit
from relkit.errors import RelkitValueError
from relkit.plots import palette, plot_style


def test_style_applies_inside_the_block_only():
    before = dict(matplotlib.rcParams)
    with plot_style("bn") as lang:
        assert lang == "bn"
        assert matplotlib.rcParams["font.family"] == ["relkit Hind Siliguri", "relkit DejaVu Sans"]
        assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"] == palette()
    assert dict(matplotlib.rcParams) == before


def test_style_follows_the_current_language():
    with relkit.language("hi"), plot_style():
        assert matplotlib.rcParams["font.family"][0] == "relkit Noto Sans Devanagari"


def test_palette_is_okabe_ito_without_black_first():
    colours = palette()
    assert len(colours) == 8
    assert set(colours) == {matplotlib.colors.to_hex(c) for c in matplotlib.color_sequences["okabe_ito"]}
    assert colours[0] != "#000000"


def test_bad_language():
    with pytest.raises(RelkitValueError, match="`lang` cannot be 'hindi'"), plot_style("hindi"):
        pass


def test_importing_plots_changes_no_settings():
    import importlib

    import relkit.plots.style

    before = dict(matplotlib.rcParams)
    importlib.reload(relkit.plots.style)
    assert dict(matplotlib.rcParams) == before


def test_interactive_mode_switched_on_inside_the_block_survives_it():
    """Jupyter's inline backend turns interactive mode on with the first figure; keep it on after."""
    import matplotlib

    before = matplotlib.is_interactive()
    try:
        matplotlib.interactive(False)
        with plot_style("hi"):
            matplotlib.interactive(True)  # what activating the inline backend does
        assert matplotlib.is_interactive()
    finally:
        matplotlib.interactive(before)
