"""What a real CRM migration meets: the same person typed differently into two systems.

``source_records`` holds customer records from a web shop and a call centre, with spelling, case and
spacing variants, phone numbers and dates in several formats, missing values and exact duplicate rows.
``record_truth`` says which customer each record really is, so a deduplication can be checked.

The B2B side is the same problem with firms: ``partner_records`` holds the distributors and resellers
as the accounts books (Tally) and the sales team's CRM app know them, with the legal form written in
different ways (Pvt Ltd, Private Limited), "&" or "and", and GSTINs typed with slips; most slips fail
the GSTIN's check character, but a GSTIN copied from another partner's row passes every check.
``partner_record_truth`` says which partner each record is and how its GSTIN was typed.
"""

from __future__ import annotations

import re
from types import MappingProxyType

import numpy as np

from . import gst, text
from . import params as facts

__all__ = ["GSTIN_RATES", "partner_records", "source_records"]

Columns = dict[str, np.ndarray]
_OLD_CITY_NAMES = {"Kolkata": "Calcutta", "Mumbai": "Bombay", "Bengaluru": "Bangalore", "Chennai": "Madras"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_text(date, style: int) -> str:
    """Write a date as 2023-01-05, 05/01/2023 or 5 Jan 2023 (fixed month names: no locale involved)."""
    if style == 0:
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if style == 1:
        return f"{date.day:02d}/{date.month:02d}/{date.year:04d}"
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


_MAX_PEOPLE = 1000


def _misspell(rng: np.random.Generator, name: str) -> str:
    """Return `name` with one typing slip: two letters swapped, one dropped, or one doubled."""
    letters = list(name)
    spots = [i for i in range(len(letters) - 1) if letters[i].isalpha() and letters[i + 1].isalpha()]
    if not spots:
        return name
    i = spots[int(rng.integers(0, len(spots)))]
    slip = int(rng.integers(0, 3))
    if slip == 0:
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif slip == 1:
        del letters[i + 1]
    else:
        letters.insert(i, letters[i])
    return "".join(letters)


def _name_variant(rng: np.random.Generator, name: str) -> str:
    variant = int(rng.integers(0, 6))
    if variant == 0:
        return name.upper()
    if variant == 1:
        return name.lower()
    if variant == 2:
        return f"  {name.replace(' ', '  ')} "
    if variant == 3:
        return _misspell(rng, name)
    if variant == 4:
        first, _, last = name.partition(" ")
        return f"{first[:1]}. {last}"
    return name


def _phone_variant(rng: np.random.Generator, phone: str) -> str:
    digits = phone[-10:]
    style = int(rng.integers(0, 4))
    if style == 0:
        return f"+91 {digits[:5]} {digits[5:]}"
    if style == 1:
        return f"0{digits}"
    if style == 2:
        return f"{digits[:5]}-{digits[5:]}"
    return digits


def source_records(rng: np.random.Generator, people: dict[str, np.ndarray]) -> tuple[Columns, Columns]:
    """Draw the two systems' records of up to 1,000 customers, and the truth about who is who.

    Each chosen customer is in the web shop with chance 0.8 and in the call centre with chance 0.5 (at
    least one). Each record varies the name (case, spaces, a typing slip, initial), writes the phone in
    one of four styles and the signup date in one of three formats, uses an old city name now and then,
    and misses phone (10%), e-mail (15%, more in the call centre) or date (5%). Finally 3% of records
    appear twice as exact duplicate rows, record id included.
    """
    n = len(people["customer_id"])
    chosen = np.sort(rng.choice(n, size=min(n, _MAX_PEOPLE), replace=False))
    in_shop = rng.random(len(chosen)) < 0.8
    in_centre = (rng.random(len(chosen)) < 0.5) | ~in_shop
    records = []  # (customer index, system)
    for index, person in enumerate(chosen):
        if in_shop[index]:
            records.append((person, 0))
        if in_centre[index]:
            records.append((person, 1))
    order = rng.permutation(len(records))
    people_text = {
        key: dict(zip(chosen.tolist(), text.to_list(people[key], chosen), strict=True))
        for key in ("name", "phone", "email", "city")
    }
    rows = []
    signup = people["signup_date"]
    for record_id, position in enumerate(order, start=1):
        person, system = records[position]
        city = people_text["city"][person]
        if city in _OLD_CITY_NAMES and rng.random() < 0.3:
            city = _OLD_CITY_NAMES[city]
        if rng.random() < 0.2:
            city = city.upper() if rng.random() < 0.5 else f" {city.lower()}"
        email = people_text["email"][person]
        if rng.random() < 0.2:
            email = email.upper()
        date = signup[person].astype("datetime64[D]").item()
        rows.append(
            (
                record_id,
                facts.SOURCE_SYSTEMS[system],
                _name_variant(rng, people_text["name"][person]),
                None if rng.random() < 0.10 else _phone_variant(rng, people_text["phone"][person]),
                None if rng.random() < (0.10 if system == 0 else 0.25) else email,
                city,
                None if rng.random() < 0.05 else _date_text(date, int(rng.integers(0, 3))),
                int(people["customer_id"][person]),
            )
        )
    doubled = [row for row in rows if rng.random() < 0.03]
    everything = rows + doubled
    shuffle = rng.permutation(len(everything))
    everything = [everything[i] for i in shuffle]
    columns = ("record_id", "source_system", "name", "phone", "email", "city", "signup_date")
    records_out = {
        name: np.array([row[i] for row in everything], dtype=object if i else np.int64)
        for i, name in enumerate(columns)
    }
    truth = {
        "record_id": np.array([row[0] for row in rows], dtype=np.int64),
        "customer_id": np.array([row[7] for row in rows], dtype=np.int64),
    }
    return records_out, truth


_SELL_SIDE_CODES = [facts.PARTNER_TYPES.index(kind) for kind in facts.SELL_SIDE]
_PRIVATE_LIMITED = re.compile(r"Private Limited|Pvt\.? Ltd\.?|Pvt\.? Limited|\(P\) Ltd\.?", re.IGNORECASE)
_PRIVATE_FORMS = ("Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Limited", "(P) Ltd")
_LIMITED = re.compile(r"\b(?:Limited|Ltd\.?)(?=\s|$)")
_LIMITED_FORMS = ("Limited", "Ltd", "Ltd.")
# Chance, in Tally and in the sales CRM, that a record's GSTIN is missing, has one slip, is another
# partner's, or is written in lower case (typed on a phone). The rest are exact.
GSTIN_RATES = MappingProxyType(
    {"missing": (0.03, 0.15), "typo": (0.10, 0.15), "copied": (0.02, 0.04), "lower_case": (0.0, 0.08)}
)
"""How often each kind of GSTIN entry happens, per source system (``params.PARTNER_SOURCE_SYSTEMS``)."""
_BOTH, _TALLY_ONLY = 0.6, 0.3  # shares of partners in both systems, and in Tally only (the rest: CRM only)
_SECOND_LEDGER = 0.05  # a partner with a second, differently spelt ledger in Tally


def _firm_name_variant(rng: np.random.Generator, name: str) -> str:
    """Return a firm's name as someone typed it: legal form, "&", "M/s", then case, spaces or a slip."""
    if _PRIVATE_LIMITED.search(name):
        if rng.random() < 0.6:
            form = _PRIVATE_FORMS[int(rng.integers(0, len(_PRIVATE_FORMS)))]
            name = _PRIVATE_LIMITED.sub(form, name)
    elif _LIMITED.search(name) and rng.random() < 0.5:
        name = _LIMITED.sub(_LIMITED_FORMS[int(rng.integers(0, len(_LIMITED_FORMS)))], name)
    if rng.random() < 0.5:
        name = name.replace(" & ", " and ") if " & " in name else name.replace(" and ", " & ")
    if rng.random() < 0.15:
        name = "M/s " + name
    style = rng.random()
    if style < 0.15:
        return name.upper()
    if style < 0.25:
        return name.lower()
    if style < 0.35:
        return f"{name.replace(' ', '  ')} "
    if style < 0.45:
        return _misspell(rng, name)
    return name


def _gstin_entry(
    rng: np.random.Generator, gstin: str, others: list[str], system: int
) -> tuple[str | None, str]:
    """Return a GSTIN as typed into `system` and how it was typed (one of ``params.GSTIN_ENTRIES``)."""
    draw = rng.random()
    for kind in ("missing", "typo", "copied", "lower_case"):
        rate = GSTIN_RATES[kind][system]
        if draw < rate:
            break
        draw -= rate
    else:
        return gstin, "exact"
    if kind == "missing":
        return None, "missing"
    if kind == "typo":
        typo = gst.typo_gstin(gstin, rng)
        return typo.text, typo.slip
    if kind == "copied" and others:
        return others[int(rng.integers(0, len(others)))], "copied"
    if kind == "lower_case":
        return gstin.lower(), "lower_case"
    return gstin, "exact"  # a copy needs another partner to copy from


def partner_records(rng: np.random.Generator, firms: dict[str, np.ndarray]) -> tuple[Columns, Columns]:
    """Draw the distributors and resellers as two systems hold them, and the truth about which is which.

    Each sell-side partner (``params.SELL_SIDE``) is in both Tally and the sales CRM with chance 0.6, in
    Tally only with chance 0.3 and in the CRM only otherwise; 5% of those in Tally have a second ledger
    there, typed again. Each record varies the name (legal form such as Pvt Ltd / Private Limited, "&"
    or "and", "M/s", case, spaces, a typing slip), uses an old city name now and then, writes the
    partner's phone in one of four styles (missing in 20% of Tally records, 5% in the CRM), and types
    the GSTIN as :data:`GSTIN_RATES` says: missing, with one slip of :func:`gst.typo_gstin` (which the
    check character catches), copied from another partner (valid, and wrong), in lower case, or exact.

    Parameters
    ----------
    rng : numpy.random.Generator
        The ``messy_partners`` stream of the world.
    firms : dict of numpy.ndarray
        The partners' columns; ``partner_id``, ``partner_type``, ``name``, ``city`` and ``gstin`` are used.

    Returns
    -------
    records, truth : dict of numpy.ndarray
        The ``partner_records`` columns (``record_id``, ``source_system``, ``name``, ``gstin``, ``city``,
        ``phone``; missing text is None) and the ``partner_record_truth`` columns (``record_id``,
        ``partner_id``, ``gstin_entry`` as codes into ``params.GSTIN_ENTRIES``), both by record id.

    Examples
    --------
    >>> firms = {
    ...     "partner_id": np.array([1, 2]),
    ...     "partner_type": np.array([2, 0], dtype=np.int8),  # a distributor and a supplier
    ...     "name": np.array(["Das & Sons Pvt Ltd", "Roy Foods"], dtype=object),
    ...     "city": np.array(["Kolkata", "Patna"], dtype=object),
    ...     "gstin": np.array(["19AAPFU0939F1ZS", "10AADCK6079K1ZG"], dtype=object),
    ... }
    >>> records, truth = partner_records(np.random.default_rng(2), firms)
    >>> sorted(set(truth["partner_id"].tolist()))  # only the distributor
    [1]
    >>> records["record_id"].tolist() == truth["record_id"].tolist()
    True
    """
    sell = np.flatnonzero(np.isin(firms["partner_type"], _SELL_SIDE_CODES))
    systems = rng.random(len(sell))
    second_ledger = rng.random(len(sell)) < _SECOND_LEDGER
    phones = rng.integers(6_000_000_000, 10_000_000_000, len(sell))
    entries = []  # (position among the sell-side partners, system)
    for position, draw in enumerate(systems):
        in_tally = draw < _BOTH + _TALLY_ONLY
        entries += [(position, 0)] * (in_tally * (1 + int(second_ledger[position])))
        entries += [(position, 1)] if draw < _BOTH or not in_tally else []
    gstins = [str(firms["gstin"][index]) for index in sell]
    rows = []
    for record_id, pick in enumerate(rng.permutation(len(entries)), start=1):
        position, system = entries[pick]
        index = sell[position]
        city = str(firms["city"][index])
        if city in _OLD_CITY_NAMES and rng.random() < 0.3:
            city = _OLD_CITY_NAMES[city]
        if rng.random() < 0.15:
            city = city.upper() if rng.random() < 0.5 else f"{city.lower()} "
        others = gstins[:position] + gstins[position + 1 :]
        gstin, entry = _gstin_entry(rng, gstins[position], others, system)
        phone = None if rng.random() < (0.20, 0.05)[system] else _phone_variant(rng, str(phones[position]))
        name = _firm_name_variant(rng, str(firms["name"][index]))
        rows.append((record_id, facts.PARTNER_SOURCE_SYSTEMS[system], name, gstin, city, phone, index, entry))
    columns = ("record_id", "source_system", "name", "gstin", "city", "phone")
    records = {
        name: np.array([row[i] for row in rows], dtype=object if i else np.int64)
        for i, name in enumerate(columns)
    }
    truth = {
        "record_id": records["record_id"].copy(),
        "partner_id": np.array([firms["partner_id"][row[6]] for row in rows], dtype=np.int64),
        "gstin_entry": np.array([facts.GSTIN_ENTRIES.index(row[7]) for row in rows], dtype=np.int8),
    }
    return records, truth
