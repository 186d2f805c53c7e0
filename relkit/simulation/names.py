"""Indian first and last names: pools built once with Faker, then sampled with numpy at simulation time.

The pools ship as ``relkit/data/names_{hi,bn,en}.csv`` with columns ``part`` (``first`` or ``last``),
``native`` (Devanagari, Bengali or Latin script) and ``latin`` (the name in Latin script, as a CRM stores
it). Faker is used only by :func:`build_name_pools`; :func:`relkit.simulate` reads the shipped files, so
a world is byte-identical whatever Faker version a machine has.
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from ..errors import RelkitValueError
from ..files import atomic_write_text

__all__ = ["FAKER_LOCALES", "NamePool", "build_name_pools", "load_name_pool", "romanise"]

FAKER_LOCALES = {"hi": "hi_IN", "bn": "bn_BD", "en": "en_IN"}
"""The Faker locale each pool is built from."""
FAKER_SEED = 20230101
_DRAWS = 6000  # draws per name part; the locales hold a few hundred names each, so all of them appear

# Devanagari letters to Latin. Bengali is mapped onto Devanagari first (the two Unicode blocks are
# laid out in parallel, 0x80 apart), then romanised with the same table.
_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसह",
        "k,kh,g,gh,n,ch,chh,j,jh,n,t,th,d,dh,n,t,th,d,dh,n,p,ph,b,bh,m,y,r,l,l,v,sh,sh,s,h".split(","),  # noqa: SIM905
        strict=True,
    )
)
_NUKTA = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VOWELS = dict(zip("अआइईउऊऋएऐओऔऍऑ", "a,a,i,i,u,u,ri,e,ai,o,au,e,o".split(","), strict=True))  # noqa: SIM905
_MATRAS = dict(zip("ािीुूृेैोौॅॉ", "a,i,i,u,u,ri,e,ai,o,au,e,o".split(","), strict=True))  # noqa: SIM905
_MARKS = {"ं": "n", "ँ": "n", "ः": "h"}
_VIRAMA, _NUKTA_SIGN = "्", "़"
_BENGALI_SPECIAL = {"\u09af": "ज", "\u09df": "य", "\u09ce": "त्"}  # ya (j), ya with nukta (y), khanda ta
# Names whose customary Latin spelling the rules do not give: the Bengali surname বোস / बोस is written
# "Bose" (as Subhas Chandra Bose, Jagadish Chandra Bose), not "Bos".
_CUSTOMARY = {"बोस": "Bose", "বোস": "Bose"}


def _to_devanagari(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u09af\u09bc", "\u09df")  # Bengali "য়" is y
    out = []
    for char in text:
        if char == "\u09af" and out and out[-1] == _VIRAMA:
            out.append("य")  # ya-phala after a consonant is y; on its own Bengali ya sounds j
        elif char in _BENGALI_SPECIAL:
            out.append(_BENGALI_SPECIAL[char])
        elif "\u0981" <= char <= "\u09ff":
            out.append(chr(ord(char) - 0x80))
        else:
            out.append(char)
    return "".join(out)


def _syllables(word: str) -> list[list[str]]:
    """Split a word into ``[consonants, vowel, kind]``; kind: inherent, conjunct, sign or none."""
    chars = list(_to_devanagari(word))
    syllables: list[list[str]] = []
    cluster = ""
    for index, char in enumerate(chars):
        following = chars[index + 1] if index + 1 < len(chars) else ""
        if char in _CONSONANTS:
            sound = _NUKTA[char] if following == _NUKTA_SIGN and char in _NUKTA else _CONSONANTS[char]
            if cluster and char in "यब":
                sound = "y" if char == "य" else "w"  # ya- and ba-phala after another consonant
            syllables.append([cluster + sound, "a", "conjunct" if cluster else "inherent"])
        elif char == _VIRAMA and syllables:
            syllables[-1][1], syllables[-1][2] = "", "none"
            cluster = syllables.pop()[0]
            continue
        elif char in _MATRAS and syllables:
            syllables[-1][1] = _MATRAS[char]
            syllables[-1][2] = "conjunct" if syllables[-1][2] == "conjunct" else "sign"
        elif char in _VOWELS:
            syllables.append(["", _VOWELS[char], "sign"])
        elif char in _MARKS and syllables:
            syllables[-1][1] += _MARKS[char]
        elif char != _NUKTA_SIGN:
            syllables.append([char, "", "none"])
        cluster = ""
    if cluster:
        syllables.append([cluster, "", "none"])
    return syllables


def _romanise_word(word: str) -> str:
    if unicodedata.normalize("NFC", word) in _CUSTOMARY:
        return _CUSTOMARY[unicodedata.normalize("NFC", word)]
    syllables = _syllables(word)
    # Schwa deletion, right to left: a word's final inherent "a" goes ("राम" is Ram) unless it follows a
    # conjunct ("आदित्य" is Aditya); a medial one goes when the next syllable is voiced ("कमला" is Kamla).
    for index in range(len(syllables) - 1, 0, -1):
        kind = syllables[index][2]
        is_last = index == len(syllables) - 1
        open_neighbours = not is_last and syllables[index + 1][1] and syllables[index - 1][1]
        simple_next = not is_last and syllables[index + 1][2] != "conjunct"
        if kind == "inherent" and (is_last or (open_neighbours and simple_next)):
            syllables[index][1] = ""
    return "".join(consonants + vowel for consonants, vowel, _ in syllables)


def romanise(text: str) -> str:
    """Write a Hindi or Bengali name in Latin letters, the way Indian CRM systems usually store it.

    A simple, rule-based transliteration: each consonant carries an inherent "a" unless a vowel sign
    or virama follows, and the final inherent "a" of a word is dropped ("राम" -> "Ram"). Long and short
    vowels are not distinguished. A few names keep their customary spelling instead ("বোস" is "Bose").
    Text already in Latin script passes through.

    Examples
    --------
    >>> romanise("शर्मा")
    'Sharma'
    >>> romanise("आदित्य")
    'Aditya'
    >>> romanise("চৌধুরী")
    'Chaudhuri'
    >>> romanise("বোস")
    'Bose'
    >>> romanise("Aarav")
    'Aarav'
    """
    return " ".join(word[:1].upper() + word[1:] for word in (_romanise_word(w) for w in text.split()))


def build_name_pools(out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Draw the name pools with Faker (fixed seed) and write ``names_{hi,bn,en}.csv`` into `out_dir`.

    Run once by a maintainer when the pools need refreshing; the result is committed as package data.
    Each pool lists every distinct first and last name met in 6,000 draws of each, sorted.

    Returns
    -------
    dict of str to pathlib.Path
        Language code to the file written.

    Examples
    --------
    >>> import tempfile
    >>> paths = build_name_pools(tempfile.mkdtemp())  # doctest: +SKIP
    """
    try:
        from faker import Faker  # only here: simulate() must not depend on the installed Faker
    except ImportError:
        raise RelkitValueError("sim.err.needs_faker") from None

    written = {}
    for lang, locale in FAKER_LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(FAKER_SEED)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["part", "native", "latin"])
        for part, draw in (("first", fake.first_name), ("last", fake.last_name)):
            names = sorted({_tidy(draw()) for _ in range(_DRAWS)} - {""})
            writer.writerows([part, name, romanise(name)] for name in names)
        written[lang] = atomic_write_text(Path(out_dir) / f"names_{lang}.csv", buffer.getvalue())
    return written


def _tidy(name: str) -> str:
    """Clean a Faker name: drop zero-width joiners, straighten apostrophes, reject broken entries.

    A few names in Faker's hi_IN list begin with a vowel sign; they become ``""`` and are left out.
    """
    name = name.replace("\u200c", "").replace("\u200d", "").replace("\u2019", "'").strip()
    return "" if not name or unicodedata.category(name[0]).startswith("M") else name


class NamePool:
    """First and last names of one language, as numpy arrays ready to be sampled.

    Attributes
    ----------
    first_native, first_latin, last_native, last_latin : numpy.ndarray of str
        Parallel arrays: entry ``i`` of the native and Latin arrays is the same name.
    """

    def __init__(self, rows: list[dict[str, str]]) -> None:
        first = [row for row in rows if row["part"] == "first"]
        last = [row for row in rows if row["part"] == "last"]
        self.first_native = np.array([row["native"] for row in first])
        self.first_latin = np.array([row["latin"] for row in first])
        self.last_native = np.array([row["native"] for row in last])
        self.last_latin = np.array([row["latin"] for row in last])

    def __len__(self) -> int:
        return len(self.first_latin) * len(self.last_latin)


@cache
def load_name_pool(lang: str) -> NamePool:
    """Return the shipped name pool of `lang` (``"hi"``, ``"bn"`` or ``"en"``), read once.

    Examples
    --------
    >>> pool = load_name_pool("hi")
    >>> len(pool.first_latin) == len(pool.first_native) > 100
    True
    """
    text = (files("relkit") / "data" / f"names_{lang}.csv").read_text(encoding="utf-8")
    return NamePool(list(csv.DictReader(io.StringIO(text))))
