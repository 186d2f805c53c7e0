"""relkit: learn customer (CRM) and business-partner (BRM) relationship management in Jupyter.

Every name a lesson uses is listed here and nowhere else. Names load on first use, so ``import relkit`` is
quick and does not pull in matplotlib, ipywidgets, Faker or SciPy until a lesson draws, shows a widget,
simulates or fits a model.

Examples
--------
>>> import relkit
>>> relkit.set_language("hi")
>>> relkit.get_language()
'hi'
>>> relkit.set_language("en")
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .i18n import LANGUAGES, get_language, language, set_bilingual, set_language

# name -> module that defines it. Keep sorted by module; the test suite checks every entry resolves.
_LAZY: dict[str, str] = {
    # errors
    "MissingColumnError": "relkit.errors",
    "RelkitError": "relkit.errors",
    "RelkitTypeError": "relkit.errors",
    "RelkitValueError": "relkit.errors",
    # simulated world
    "World": "relkit.simulation",
    "load_world": "relkit.simulation",
    "simulate": "relkit.simulation",
    "student_seed": "relkit.simulation",
}

__all__ = [
    "LANGUAGES",
    "get_language",
    "language",
    "set_bilingual",
    "set_language",
    *sorted(_LAZY),
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'relkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # explicit re-exports for editors and type checkers
    from .errors import MissingColumnError as MissingColumnError
    from .errors import RelkitError as RelkitError
    from .errors import RelkitTypeError as RelkitTypeError
    from .errors import RelkitValueError as RelkitValueError
    from .simulation import World as World
    from .simulation import load_world as load_world
    from .simulation import simulate as simulate
    from .simulation import student_seed as student_seed
