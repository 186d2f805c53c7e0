"""`import relkit` stays light, and every public name it lists can be reached."""

import json
import subprocess
import sys

import pytest

import relkit

HEAVY = ("matplotlib", "ipywidgets", "faker", "scipy")


def test_import_relkit_loads_no_heavy_library():
    code = (
        "import json, sys; import relkit; relkit.set_language('hi'); "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []


@pytest.mark.parametrize("name", relkit.__all__)
def test_every_public_name_resolves(name):
    assert getattr(relkit, name) is not None


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'rfmm'"):
        relkit.rfmm  # noqa: B018


def test_dir_lists_the_public_names():
    assert set(relkit.__all__) <= set(dir(relkit))


def test_no_submodule_shadows_a_public_function():
    """`import relkit.x` sets relkit.x to the module; a public name must never share a submodule's name."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(relkit.__path__, prefix="relkit."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    modules = [name for name in relkit.__all__ if type(getattr(relkit, name)).__name__ == "module"]
    assert modules == []
