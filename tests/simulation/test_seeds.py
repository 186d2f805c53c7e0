"""student_seed: HMAC-SHA256 of the student id under the course key; and the per-table generators."""

from __future__ import annotations

import hashlib
import hmac

import pytest

import relkit
from relkit.errors import RelkitTypeError, RelkitValueError
from relkit.simulation.seeds import STREAMS, table_generators


def test_student_seed_is_the_first_eight_bytes_of_the_hmac():
    # HMAC-SHA256(key=b"k", msg=b"s1"), first 8 bytes read big-endian
    digest = hmac.new(b"k", b"s1", hashlib.sha256).digest()
    assert relkit.student_seed("s1", "k") == int.from_bytes(digest[:8], "big")


def test_student_seed_depends_on_the_key_and_the_student():
    seeds = {relkit.student_seed(s, k) for s in ("PAT-01", "PAT-02") for k in ("key-a", "key-b")}
    assert len(seeds) == 4


def test_student_seed_ignores_surrounding_spaces_but_not_case():
    assert relkit.student_seed(" PAT-01\n", "key") == relkit.student_seed("PAT-01", "key")
    assert relkit.student_seed("pat-01", "key") != relkit.student_seed("PAT-01", "key")


def test_student_seed_gives_a_usable_world():
    seed = relkit.student_seed("KOL-2024-003", "workshop")
    assert len(relkit.simulate(seed=seed, customers=10, partners=1, months=1).customers) == 10


@pytest.mark.parametrize(("student", "key", "name"), [("", "k", "student_id"), ("s", "   ", "course_key")])
def test_empty_values_are_refused(student, key, name):
    with pytest.raises(RelkitValueError, match=f"`{name}` is empty"):
        relkit.student_seed(student, key)


def test_a_number_as_student_id_is_refused_in_hindi():
    with pytest.raises(RelkitTypeError, match=r"`student_id` must be text.*17 \(int\)") as caught:
        relkit.student_seed(17, "key")
    with relkit.language("hi"):
        assert "`student_id` टेक्स्ट होना चाहिए" in str(caught.value)


def test_each_stream_has_its_own_generator_independent_of_the_stream_count():
    generators = table_generators(7)
    draws = {name: float(gen.random()) for name, gen in generators.items()}
    assert len(set(draws.values())) == len(STREAMS)
    import numpy as np

    orders_position = STREAMS.index("orders")
    alone = np.random.default_rng(np.random.SeedSequence(7, spawn_key=(orders_position,)))
    assert float(alone.random()) == draws["orders"]
