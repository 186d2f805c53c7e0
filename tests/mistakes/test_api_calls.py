"""Missing, misplaced and misspelt arguments to every public function get an answer in the learner's
language (not Python's English ``TypeError``), and decorating the functions kept their names, signatures
and docstrings."""

from __future__ import annotations

import inspect

import pytest
from mistake_cases import Mistake as M  # noqa: N817 - one letter keeps the table of cases readable
from mistake_cases import params, run_mistake

import relkit
from relkit import RelkitTypeError

# Public functions that take no argument and live in modules owned elsewhere (setup checks, fonts).
NOT_DECORATED = {"check_setup", "show_versions", "register_fonts"}


def _public_functions() -> dict[str, object]:
    found = {}
    for name in relkit._LAZY:
        value = getattr(relkit, name)
        if callable(value) and not inspect.isclass(value):
            found[name] = value
    return found


FUNCTIONS = _public_functions()
_P = inspect.Parameter


def _parameters(function) -> list[inspect.Parameter]:
    return list(inspect.signature(function).parameters.values())


def _cases() -> list[M]:
    cases = []
    for name, function in sorted(FUNCTIONS.items()):
        if name in NOT_DECORATED:
            continue
        parameters = _parameters(function)
        positional = [p for p in parameters if p.kind in (_P.POSITIONAL_ONLY, _P.POSITIONAL_OR_KEYWORD)]
        keyword_only = [p for p in parameters if p.kind is _P.KEYWORD_ONLY]
        required = [
            p
            for p in parameters
            if p.default is _P.empty and p.kind not in (_P.VAR_POSITIONAL, _P.VAR_KEYWORD)
        ]

        def unknown(w, function=function):
            return function(not_an_argument=1)

        cases.append(M(f"{name}-unknown-keyword", "traceback", unknown, RelkitTypeError, "not_an_argument"))

        count = len(positional) + 1

        def extra(w, function=function, count=count):
            return function(*["x"] * count)

        if keyword_only:
            first = next(p.name for p in keyword_only)
            cases.append(M(f"{name}-by-position", "traceback", extra, RelkitTypeError, first, rf"{first}="))
        else:
            cases.append(M(f"{name}-too-many", "traceback", extra, RelkitTypeError, name, r"without a name"))
        if required:

            def nothing(w, function=function):
                return function()

            cases.append(
                M(f"{name}-nothing", "traceback", nothing, RelkitTypeError, required[0].name, rf"{name}\(")
            )
        if positional:

            def twice(w, function=function, first=positional[0].name):
                return function("x", **{first: "x"})

            cases.append(
                M(f"{name}-twice", "traceback", twice, RelkitTypeError, positional[0].name, r"twice")
            )
    return cases


CASES = _cases()


@pytest.mark.parametrize("case", params(CASES))
def test_call_mistake(case, world, lang):
    run_mistake(case, world, lang)


@pytest.mark.parametrize("name", sorted(set(FUNCTIONS) - NOT_DECORATED))
def test_every_public_function_answers_bad_calls(name):
    function = FUNCTIONS[name]
    assert getattr(function, "learner_call", False), f"relkit.{name} lacks @learner_call"
    original = inspect.unwrap(function)
    assert function.__name__ == original.__name__ == name
    assert function.__doc__ == original.__doc__
    assert function.__doc__.strip()
    assert inspect.signature(function) == inspect.signature(original)


def test_not_decorated_functions_take_no_arguments():
    for name in NOT_DECORATED:
        assert not _parameters(FUNCTIONS[name]), f"{name} takes arguments: decorate it with @learner_call"


def test_an_error_inside_the_function_is_not_mistaken_for_a_bad_call():
    # A TypeError from the body (a student's own callback, a pandas bug) keeps its own message.
    from relkit.signatures import learner_call

    @learner_call
    def divide(a, b):
        return a / b

    with pytest.raises(TypeError, match="unsupported operand"):
        divide("x", 2)


def test_a_correct_call_is_untouched():
    assert relkit.ltv_cac(4500, 1500) == 3.0
    assert relkit.ltv_cac(ltv=4500, cac=1500) == 3.0
