"""Every Examples section in relkit's docstrings runs and shows what it claims."""

import doctest
import importlib
import pkgutil

import pytest

import relkit

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(relkit.__path__, prefix="relkit.")
    if not info.name.endswith("__main__")
)


def test_there_are_modules_to_check():
    assert "relkit.i18n" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name, globs={"__name__": name, **vars(module)}):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name} (output above)"
