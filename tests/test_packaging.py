"""What `pip install .` ships: every subpackage and every data file relkit reads at run time.

The package list in pyproject.toml is written out by hand (relkit.datasets lives outside relkit/), so
these tests fail when a new subpackage or data file is not covered by it.
"""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def package_folder(package):
    return ROOT / SETUPTOOLS["package-dir"].get(package, package.replace(".", "/"))


def test_every_subpackage_is_listed():
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "relkit").rglob("__init__.py")}
    assert found | {"relkit.datasets"} == set(SETUPTOOLS["packages"])


@pytest.mark.parametrize("package", SETUPTOOLS["packages"])
def test_every_data_file_matches_a_package_data_pattern(package):
    folder = package_folder(package)
    patterns = SETUPTOOLS["package-data"].get(package, [])
    assert folder.is_dir()
    subpackages = [package_folder(p) for p in SETUPTOOLS["packages"] if p.startswith(package + ".")]
    unshipped = [
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and "__pycache__" not in path.parts
        and not any(sub in path.parents for sub in subpackages)
        and not any(fnmatch(path.relative_to(folder).as_posix(), pattern) for pattern in patterns)
    ]
    assert unshipped == [], f"{package}: not in package-data, so `pip install .` would leave them out"
