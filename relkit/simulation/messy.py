"""What a real CRM migration meets: the same person typed differently into two systems.

``source_records`` holds customer records from a web shop and a call centre, with spelling, case and
spacing variants, phone numbers and dates in several formats, missing values and exact duplicate rows.
``record_truth`` says which customer each record really is, so a deduplication can be checked.
"""

from __future__ import annotations

import numpy as np

from . import params as facts
from . import text

__all__ = ["source_records"]

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
