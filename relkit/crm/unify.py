"""The single customer view: merge records of the same person kept by different systems."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from math import comb

import numpy as np
import pandas as pd

from ..errors import RelkitValueError
from ..signatures import learner_call
from ..validation import check_filled, check_frame, check_unique_key, latin_digits, show_value

__all__ = [
    "UnifyResult",
    "normalise_email",
    "normalise_name",
    "normalise_phone",
    "parse_mixed_dates",
    "unify",
]

_COLUMNS = ("record_id", "source_system", "name", "phone", "email", "city", "signup_date")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "shri", "sri", "smt", "kumari", "km", "prof"})
# Common spellings of the same name part, each mapped to one form.
_VARIANTS = {
    "mohd": "mohammad",
    "md": "mohammad",
    "mohammed": "mohammad",
    "muhammad": "mohammad",
    "mohamed": "mohammad",
    "chowdhury": "choudhary",
    "chaudhary": "choudhary",
    "chaudhari": "choudhary",
    "chowdhary": "choudhary",
    "choudhury": "choudhary",
    "banerji": "banerjee",
    "chatterji": "chatterjee",
    "mukherji": "mukherjee",
    "bhattacharyya": "bhattacharya",
    "laxmi": "lakshmi",
    "lakshami": "lakshmi",
}
# Old names a clerk may still type; matched as the current name.
_OLD_CITY_NAMES = {"calcutta": "kolkata", "bombay": "mumbai", "bangalore": "bengaluru", "madras": "chennai"}
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y/%m/%d",
)
_FUZZY_NAME = 0.85


def normalise_name(name: object) -> str:
    """Lower-case a name, drop titles, punctuation and extra spaces, and unify common spellings.

    Examples
    --------
    >>> normalise_name("  Mr.  MOHD   Aslam ")
    'mohammad aslam'
    """
    if not isinstance(name, str):
        return ""
    text = unicodedata.normalize("NFKC", name).lower()
    words = re.sub(r"[^\w\s]", " ", text).split()
    return " ".join(_VARIANTS.get(word, word) for word in words if word not in _TITLES)


def normalise_phone(phone: object) -> str:
    """Keep the last 10 digits of an Indian mobile number (dropping +91, 0 and separators); "" if fewer.

    Examples
    --------
    >>> normalise_phone("+91 98300-12345"), normalise_phone("098300 12345"), normalise_phone("12345")
    ('9830012345', '9830012345', '')
    """
    if phone is None or (isinstance(phone, float) and np.isnan(phone)):
        return ""
    digits = re.sub(r"\D", "", str(phone).removesuffix(".0"))
    return digits[-10:] if len(digits) >= 10 else ""


def normalise_email(email: object) -> str:
    """Trim and lower-case an e-mail address; "" when it has no ``@``.

    Examples
    --------
    >>> normalise_email("  Riya.Sen@Example.COM ")
    'riya.sen@example.com'
    """
    if not isinstance(email, str) or "@" not in email:
        return ""
    return email.strip().lower()


def parse_mixed_dates(values: pd.Series) -> pd.Series:
    """Parse dates written in different ways; day-first for numeric dates, as Indian forms write them.

    Each value is tried against ISO (``2024-03-05``), ``05/03/2024``, ``05-03-2024``, ``05.03.2024``,
    ``5 Mar 2024``, ``5 March 2024``, ``Mar 5, 2024`` and ``2024/03/05``; what fits none is NaT.
    Devanagari and Bengali digits (``०५/०३/२०२४``, ``০৫/০৩/২০২৪``) are read as 0-9 first.

    Examples
    --------
    >>> import pandas as pd
    >>> parse_mixed_dates(pd.Series(["2024-03-05", "05/03/2024", "5 Mar 2024", "soon"])).dt.day.tolist()
    [5.0, 5.0, 5.0, nan]
    >>> parse_mixed_dates(pd.Series(["०५/०३/२०२४", "২০২৪-০৩-০৫"])).dt.day.tolist()
    [5, 5]
    """
    text = values.astype("string").str.strip().map(latin_digits, na_action="ignore")
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for form in _DATE_FORMATS:
        todo = result.isna() & text.notna()
        if not todo.any():
            break
        result[todo] = pd.to_datetime(text[todo], format=form, errors="coerce")
    return result


class _Clusters:
    """Union-find over record positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, left: int, right: int) -> None:
        left, right = self.find(left), self.find(right)
        if left != right:
            self.parent[max(left, right)] = min(left, right)

    def join_equal(self, keys: pd.Series) -> None:
        """Join all records that share a non-empty key."""
        filled = keys[keys != ""]
        for labels in filled.groupby(filled).groups.values():  # labels are positions: a RangeIndex
            for other in labels[1:]:
                self.union(int(labels[0]), int(other))


def _pairs(labels: pd.Series) -> int:
    return sum(comb(int(size), 2) for size in labels.value_counts())


@dataclass(frozen=True)
class UnifyResult:
    """What :func:`unify` returns.

    Attributes
    ----------
    customers : DataFrame
        One row per unified customer.
    mapping : Series
        ``record_id -> unified_id``.
    quality : Series or None
        Pairwise ``precision``, ``recall``, ``f1`` against the truth, when it was given.
    """

    customers: pd.DataFrame
    mapping: pd.Series
    quality: pd.Series | None = None


@learner_call
def unify(source_records: pd.DataFrame, *, truth: pd.DataFrame | None = None) -> UnifyResult:
    """Build the single customer view: find the records that belong to one person and merge them.

    1. Normalise: names (lower case, no titles or punctuation, common spelling variants such as
       Mohd/Mohammed unified), phones (last 10 digits), e-mails (trimmed, lower case), cities (lower
       case, old names such as Calcutta read as Kolkata), and sign-up dates written in mixed formats
       (see :func:`parse_mixed_dates`).
    2. Match: records with the same phone number, or the same e-mail, are one person. Then, within each
       city, two records whose names are at least 85 % similar (``difflib.SequenceMatcher`` ratio) are
       one person too. Matches chain: if A matches B and B matches C, all three are one customer.
    3. Merge: each customer takes the most common name, phone, e-mail and city of its records and the
       earliest sign-up date.

    With `truth` (``record_id, customer_id``), the match quality is measured on pairs of records:
    ``precision = pairs put together that truly belong together / pairs put together``,
    ``recall = pairs put together that truly belong together / pairs that truly belong together``,
    ``f1 = 2 * precision * recall / (precision + recall)``.

    Parameters
    ----------
    source_records : DataFrame
        Columns ``record_id``, ``source_system``, ``name``, ``phone``, ``email``, ``city``,
        ``signup_date``.
    truth : DataFrame, optional
        Columns ``record_id`` and ``customer_id``: which real customer each record belongs to.

    Returns
    -------
    UnifyResult

    Examples
    --------
    >>> import pandas as pd
    >>> records = pd.DataFrame({
    ...     "record_id": ["w1", "c1", "w2"],
    ...     "source_system": ["web_shop", "call_centre", "web_shop"],
    ...     "name": ["Riya Sen", "riya  sen", "Amit Das"],
    ...     "phone": ["+91 98300 12345", "09830012345", "9000000001"],
    ...     "email": ["riya@example.com", None, "amit@example.com"],
    ...     "city": ["Kolkata", "Kolkata", "Patna"],
    ...     "signup_date": ["2024-03-05", "04/03/2024", "1 Feb 2024"],
    ... })
    >>> result = unify(records)
    >>> result.mapping.tolist()
    ['U0001', 'U0001', 'U0002']
    >>> result.customers[["name", "signup_date", "records"]]  # doctest: +NORMALIZE_WHITESPACE
                   name signup_date  records
    unified_id
    U0001      riya sen  2024-03-04        2
    U0002      amit das  2024-02-01        1
    """
    frame = check_frame(source_records, name="source_records", columns=_COLUMNS)
    check_filled(frame, ["record_id"], name="source_records")
    # No key check here: exact duplicate records (record id included) are what unify is for.
    frame = frame.reset_index(drop=True)
    clean = pd.DataFrame(
        {
            "record_id": frame["record_id"],
            "source_system": frame["source_system"],
            "name": frame["name"].map(normalise_name),
            "phone": frame["phone"].map(normalise_phone),
            "email": frame["email"].map(normalise_email),
            "city": frame["city"].map(normalise_name).replace(_OLD_CITY_NAMES),
            "signup_date": parse_mixed_dates(frame["signup_date"]),
        }
    )
    clusters = _Clusters(len(clean))
    clusters.join_equal(clean["phone"])
    clusters.join_equal(clean["email"])
    for positions in clean.groupby("city").indices.values():
        names = clean["name"].to_numpy()[positions]
        for i, left in enumerate(positions):
            matcher = difflib.SequenceMatcher(None, "", names[i], autojunk=False)  # seq2 is cached
            for j in range(i + 1, len(positions)):
                if (
                    not names[i]
                    or not names[j]
                    or clusters.find(int(left)) == clusters.find(int(positions[j]))
                ):
                    continue
                matcher.set_seq1(names[j])
                if matcher.real_quick_ratio() >= _FUZZY_NAME and matcher.ratio() >= _FUZZY_NAME:
                    clusters.union(int(left), int(positions[j]))
    roots = pd.Series([clusters.find(i) for i in range(len(clean))])
    number = roots.map({root: k + 1 for k, root in enumerate(dict.fromkeys(roots))})
    width = max(4, len(str(number.max())))
    clean["unified_id"] = [f"U{k:0{width}d}" for k in number]

    def most_common(values: pd.Series) -> str:
        values = values[values != ""]
        return values.value_counts().index[0] if len(values) else ""

    grouped = clean.groupby("unified_id", sort=True)
    customers = pd.DataFrame(
        {
            "name": grouped["name"].agg(most_common),
            "phone": grouped["phone"].agg(most_common),
            "email": grouped["email"].agg(most_common),
            "city": grouped["city"].agg(most_common),
            "signup_date": grouped["signup_date"].min(),
            "records": grouped.size(),
            "sources": grouped["source_system"].agg(lambda s: ", ".join(sorted(set(map(str, s))))),
        }
    )
    mapping = pd.Series(
        clean["unified_id"].to_numpy(),
        index=pd.Index(clean["record_id"], name="record_id"),
        name="unified_id",
    )
    quality = None if truth is None else _quality(mapping, truth)
    return UnifyResult(customers=customers, mapping=mapping, quality=quality)


def _quality(mapping: pd.Series, truth: pd.DataFrame) -> pd.Series:
    """Pairwise precision, recall and F1 of a clustering against the true customer ids."""
    truth = check_frame(truth, name="truth", columns=["record_id", "customer_id"])
    check_unique_key(truth, "record_id", name="truth")
    joined = pd.DataFrame({"unified_id": mapping}).join(
        truth.set_index("record_id")["customer_id"], how="inner"
    )
    if joined.empty:  # nothing to measure: every score would come out 1.0
        raise RelkitValueError(
            "err.truth_no_match",
            truth_example=show_value(truth["record_id"].iloc[0]),
            record_example=show_value(mapping.index[0]),
        )
    predicted = _pairs(joined["unified_id"])
    actual = _pairs(joined["customer_id"])
    correct = _pairs(joined["unified_id"].astype(str) + "\x00" + joined["customer_id"].astype(str))
    precision = correct / predicted if predicted else 1.0
    recall = correct / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return pd.Series({"precision": precision, "recall": recall, "f1": f1}, name="quality")
