"""Where a world came from: its fingerprint and the ``world.json`` that relkit writes beside its tables.

The fingerprint is a short SHA-256 over the world's tables in their canonical CSV form (the bytes
:meth:`relkit.World.to_csv` writes: UTF-8, Unix line ends, ISO dates, missing values empty), table by
table in name order, each preceded by its name and length. The same tables always give the same
fingerprint, on any machine and whatever the file format they were kept in; one changed cell gives
another.

``world.json`` (in a world folder; the ``relkit_world`` table of an SQLite file) holds::

    {"format": 1, "kind": "relkit-world", "relkit": "0.1.0", "seed": 7,
     "settings": {"seed": 7, "customers": 2000, ...}, "fingerprint": "3f2a...", "tables": [...]}

It holds no date and nothing about the machine, so the same world always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

__all__ = [
    "FINGERPRINT_LENGTH",
    "FORMAT",
    "KIND",
    "METADATA_FILE",
    "METADATA_TABLE",
    "fingerprint_of",
    "metadata",
    "metadata_bytes",
    "relkit_version",
]

FORMAT = 1
"""The version of the ``world.json`` layout; a newer relkit reads every older one."""

KIND = "relkit-world"
"""What ``world.json`` says it describes, so a foreign ``world.json`` is not taken for one."""

METADATA_FILE = "world.json"
METADATA_TABLE = "relkit_world"
"""The SQLite table holding the same JSON, in its one row and one column ``json``."""

FINGERPRINT_LENGTH = 16
"""Hex digits kept of the SHA-256 (64 bits): short enough to read aloud, long enough never to collide."""


def fingerprint_of(tables: Iterable[tuple[str, bytes]]) -> str:
    r"""Return the fingerprint of tables given as ``(name, canonical CSV bytes)`` pairs, in any order.

    Examples
    --------
    >>> a = fingerprint_of([("customers", b"customer_id\n1\n"), ("orders", b"order_id\n")])
    >>> a == fingerprint_of([("orders", b"order_id\n"), ("customers", b"customer_id\n1\n")])
    True
    >>> a == fingerprint_of([("customers", b"customer_id\n2\n"), ("orders", b"order_id\n")])
    False
    >>> len(a)
    16
    """
    digest = hashlib.sha256()
    for name, data in sorted(tables, key=lambda pair: pair[0]):
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def relkit_version() -> str:
    """Return the installed relkit's version, or ``0+unknown`` in a source tree never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relkit")
    except PackageNotFoundError:
        return "0+unknown"


def metadata(settings: Mapping[str, object], fingerprint: str, tables: Iterable[str]) -> dict[str, object]:
    """Return the content of ``world.json`` for a world with these settings, fingerprint and tables.

    Examples
    --------
    >>> meta = metadata({"seed": 7, "customers": 10}, "0123456789abcdef", ["customers"])
    >>> meta["seed"], meta["fingerprint"], meta["tables"]
    (7, '0123456789abcdef', ['customers'])
    """
    return {
        "format": FORMAT,
        "kind": KIND,
        "relkit": relkit_version(),
        "seed": settings.get("seed"),
        "settings": dict(settings),
        "fingerprint": fingerprint,
        "tables": list(tables),
    }


def metadata_bytes(meta: Mapping[str, object]) -> bytes:
    """Return ``world.json``'s bytes: indented, keys sorted, UTF-8, ending with a newline."""
    return (json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
