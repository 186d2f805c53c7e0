"""Answer a call with missing, misplaced or misspelt arguments in the learner's language.

Python's own answer to ``cohort_retention(orders, "M")`` is an English ``TypeError`` about "positional
arguments"; :func:`learner_call` turns it into a relkit error that names the argument and shows the call
that works. The decorator costs nothing on a correct call: the arguments are bound against the signature
only after the call has failed with a ``TypeError``.
"""

from __future__ import annotations

import difflib
import functools
import inspect
from collections.abc import Callable
from typing import TypeVar

from .errors import RelkitTypeError
from .validation import show_value

__all__ = ["learner_call", "usage"]

F = TypeVar("F", bound=Callable)

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def usage(function: Callable) -> str:
    """Return how to call `function`: its required arguments, the keyword ones written ``name=...``.

    Examples
    --------
    >>> def retention_rate(orders, *, period_start, period_end, lang=None): ...
    >>> usage(retention_rate)
    'retention_rate(orders, period_start=..., period_end=...)'
    """
    parts = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.default is not inspect.Parameter.empty or parameter.kind in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            continue
        parts.append(parameter.name if parameter.kind in _POSITIONAL else f"{parameter.name}=...")
    return f"{function.__name__}({', '.join(parts)})"


def _backticked(names) -> str:
    return ", ".join(f"`{name}`" for name in names) or "—"


def _explain(function: Callable, args: tuple, kwargs: dict) -> RelkitTypeError | None:
    """Return the relkit error for a call that does not fit `function`'s signature, or None if it fits."""
    signature = inspect.signature(function)
    name = function.__name__
    parameters = signature.parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        unknown = []
    else:
        unknown = [key for key in kwargs if key not in parameters]
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(parameters), n=1, cutoff=0.6)
        if close:
            return RelkitTypeError(
                "err.call.unknown_argument_close", function=name, argument=unknown[0], close=close[0]
            )
        return RelkitTypeError(
            "err.call.unknown_argument",
            function=name,
            argument=unknown[0],
            allowed=_backticked(parameters),
            usage=usage(function),
        )
    positional = [p for p in parameters.values() if p.kind in _POSITIONAL]
    has_varargs = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters.values())
    if not has_varargs and len(args) > len(positional):
        keyword_only = [
            p.name
            for p in parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name not in kwargs
        ]
        extra = args[len(positional) :]
        if keyword_only:
            given = [p.name for p in positional[: len(args)]]
            written = [
                *given,
                *(f"{key}={show_value(value)}" for key, value in zip(keyword_only, extra, strict=False)),
            ]
            return RelkitTypeError(
                "err.call.by_name",
                function=name,
                argument=keyword_only[0],
                example=f"{name}({', '.join(written)})",
            )
        return RelkitTypeError(
            "err.call.too_many",
            function=name,
            count=len(positional),
            given=len(args),
            usage=usage(function),
        )
    for parameter, _ in zip(positional, args, strict=False):
        if parameter.name in kwargs:
            return RelkitTypeError("err.call.twice", function=name, argument=parameter.name)
    try:
        signature.bind(*args, **kwargs)
    except TypeError:
        bound = signature.bind_partial(*args, **kwargs)
        missing = [
            p.name
            for p in parameters.values()
            if p.name not in bound.arguments
            and p.default is inspect.Parameter.empty
            and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        ]
        if missing:
            return RelkitTypeError(
                "err.call.missing", function=name, argument=missing[0], usage=usage(function)
            )
        return RelkitTypeError("err.call.bad", function=name, usage=usage(function))
    return None


def learner_call(function: F) -> F:
    """Decorate a public function so that a call that does not fit its signature gets a relkit error.

    The error (a :class:`relkit.RelkitTypeError`, so still a ``TypeError``) names the argument that is
    missing, misplaced, given twice or unknown, and shows the call that works. Name, docstring and
    signature stay those of `function`.

    Examples
    --------
    >>> @learner_call
    ... def cohort_retention(orders, *, period="M"):
    ...     return period
    >>> cohort_retention("orders", "W")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitTypeError: `cohort_retention` takes `period` by name: write cohort_retention(orders, period='W').
    >>> cohort_retention("orders", perod="W")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitTypeError: `cohort_retention` has no argument `perod`. Did you mean `period`?
    """  # noqa: E501

    @functools.wraps(function)
    def checked(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except TypeError as error:
            if isinstance(error, RelkitTypeError):
                raise
            explanation = _explain(function, args, kwargs)
            if explanation is None:
                raise
            raise explanation from None

    checked.learner_call = True  # type: ignore[attr-defined]  # lets a test find undecorated functions
    return checked  # type: ignore[return-value]
