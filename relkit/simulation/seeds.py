"""Seeds: one world per student that only the instructor can regenerate, and one generator per table."""

from __future__ import annotations

import hashlib
import hmac

import numpy as np

from ..errors import RelkitTypeError, RelkitValueError
from ..signatures import learner_call
from ..validation import check_count, show_value

__all__ = ["STREAMS", "check_seed", "student_seed", "table_generators"]

STREAMS: tuple[str, ...] = (
    "customers",
    "orders",
    "campaigns",
    "interactions",
    "leads",
    "tickets",
    "nps_responses",
    "partners",
    "contracts",
    "messy",
    "consents",
    "retention",
    "shipments",
    "sellside",
    "supply",
    "messy_partners",
)
"""One random stream per part of the world. Append new names at the end only: a stream's generator is
derived from its position, so appending leaves every existing table unchanged."""


def check_seed(seed: object) -> int:
    """Return `seed` when it is a whole number of at least 0, else raise an error naming ``seed``.

    Examples
    --------
    >>> check_seed(7)
    7
    >>> check_seed(-1)
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `seed` must be a whole number of at least 0, but -1 was given.
    """
    return check_count(seed, name="seed", minimum=0)


def table_generators(seed: int) -> dict[str, np.random.Generator]:
    """Return an independent generator for each stream in :data:`STREAMS`, all derived from `seed`.

    ``SeedSequence(seed).spawn(n)`` gives child ``i`` the spawn key ``(i,)`` whatever ``n`` is, so the
    generator of a stream depends only on the seed and the stream's position.

    Examples
    --------
    >>> gens = table_generators(7)
    >>> sorted(gens) == sorted(STREAMS)
    True
    >>> float(gens["orders"].random()) == float(table_generators(7)["orders"].random())
    True
    """
    children = np.random.SeedSequence(seed).spawn(len(STREAMS))
    return {name: np.random.default_rng(child) for name, child in zip(STREAMS, children, strict=True)}


def _check_text(value: object, *, name: str) -> str:
    if not isinstance(value, str):
        raise RelkitTypeError(
            "sim.err.not_text", name=name, value=show_value(value), kind=type(value).__name__
        )
    text = value.strip()
    if not text:
        raise RelkitValueError("sim.err.empty_text", name=name)
    return text


@learner_call
def student_seed(student_id: str, course_key: str) -> int:
    """Return the seed of one student's own world: HMAC-SHA256 of the student id under the course key.

    ``seed = int.from_bytes(HMAC_SHA256(key=course_key, msg=student_id)[:8], "big")``, a number in
    ``[0, 2**64)``. Without the course key nobody can work out a classmate's seed from their id, so each
    student must analyse their own data. Spaces around either value are ignored; case matters.

    Parameters
    ----------
    student_id : str
        The student's roll number or e-mail, as the instructor lists it.
    course_key : str
        A secret the instructor keeps for the course.

    Raises
    ------
    RelkitTypeError
        When either value is not text.
    RelkitValueError
        When either value is empty.

    Examples
    --------
    >>> seed = student_seed("PAT-2024-017", "winter-workshop-key")
    >>> seed == student_seed(" PAT-2024-017 ", "winter-workshop-key")
    True
    >>> seed == student_seed("PAT-2024-018", "winter-workshop-key")
    False
    >>> 0 <= seed < 2**64
    True
    """
    student = _check_text(student_id, name="student_id")
    key = _check_text(course_key, name="course_key")
    digest = hmac.new(key.encode("utf-8"), student.encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big")
