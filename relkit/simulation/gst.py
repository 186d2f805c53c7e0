"""GST for the simulated sell side: state codes, GSTINs with their check character, HSN rates, tax split.

World version 2 sells to distributors and resellers on GST invoices. This module holds the rules such
an invoice follows, vectorised with numpy and free of randomness except through a Generator argument:

* :data:`STATE_CODES`, the two-digit codes that open every GSTIN (``"10"`` Bihar, ``"19"`` West Bengal),
  and :func:`state_codes` to turn the simulator's state names into them;
* the GSTIN: state code, the holder's PAN (5 letters, 4 digits, 1 letter; the 4th letter is the holder
  type, see :data:`HOLDER_TYPES`), an entity number (1-9, then A-Z), the letter Z and a check character
  (:func:`gstin_check_character`, the Luhn mod 36 method GSTN uses); :func:`gstin_problem`,
  :func:`is_valid_gstin`, :func:`check_gstin`, :func:`make_gstins` and, for the messy world,
  :func:`typo_gstin`;
* :data:`HSN_RULES`, HSN codes for what the shop sells with their GST rate, and :func:`gst_rate`;
* :func:`tax_split`: CGST and SGST within a state, IGST across states, rounded to paise.

Rates and their dates
---------------------
GST began on 1 July 2017. The 56th GST Council (3 September 2025) replaced the 12% and 28% slabs with
5% and 18% and added 40% for sin and luxury goods; CBIC notified the new rates on 17 September 2025
(notifications 9/2025 to 17/2025-Central Tax (Rate)) and they apply to supplies from **22 September
2025** (:data:`RATE_CHANGE_DATE`). The default world covers 2023-2024, so it meets only the old rates;
a world that runs past 21 September 2025 meets both, and :func:`gst_rate` takes the date. Sources read
for each rate (December 2026): ClearTax "56th GST Council meeting" (https://cleartax.in/s/56th-gst-council-meet-news)
for the dates and slabs; ANI via Rediff, 3 September 2025, for footwear (up to Rs 2,500 a pair 5%, above
18%; before, 12% up to Rs 1,000 and 18% above); news reports of 22 September 2025 for apparel (5% up to
Rs 2,500 a piece, 18% above; before, 5% up to Rs 1,000 and 12% above); the government's summary as
reported by tripuranet.com (hair oil, soap, shampoo, toothpaste 18% to 5%; namkeen and bhujia 12% to 5%;
kitchenware to 5%); sushilfinance.com's list of slab moves (exercise books to nil); Dainik Jagran,
22 September 2025 (mobile phones stay at 18%). Printed books (4901) have been nil-rated throughout.
Thresholds are on the sale value of one piece or pair, as the notifications word them.

Rounding
--------
An invoice shows each tax head in rupees and paise. :func:`tax_split` first rounds the taxable value to
paise, then computes **each head separately** and rounds it to the nearest paisa, halves away from zero:
``CGST = SGST = round(taxable x rate / 2)`` within a state and ``IGST = round(taxable x rate)`` across
states. So CGST equals SGST exactly, and ``CGST + SGST`` differs from ``round(taxable x rate)`` by at
most one paisa (when the full tax ends in half a paisa). All arithmetic is done in whole paise.

Examples
--------
>>> gstin_check_character("27AAPFU0939F1Z")
'V'
>>> is_valid_gstin("27AAPFU0939F1ZV"), is_valid_gstin("27AAPFU0939F1ZW")
(True, False)
>>> cgst, sgst, igst = tax_split([1000.0, 1000.0], 0.18, "10", ["10", "19"])
>>> cgst.tolist(), sgst.tolist(), igst.tolist()
([90.0, 0.0], [90.0, 0.0], [0.0, 180.0])
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

import numpy as np

from ..errors import RelkitTypeError, RelkitValueError
from ..validation import check_choice, parse_date

__all__ = [
    "GST_RATES",
    "HOLDER_TYPES",
    "HSN_RULES",
    "RATE_CHANGE_DATE",
    "STATE_CODES",
    "GstinTypo",
    "HsnRule",
    "check_gstin",
    "gst_rate",
    "gstin_check_character",
    "gstin_problem",
    "is_valid_gstin",
    "make_gstins",
    "state_codes",
    "tax_split",
    "typo_gstin",
]

STATE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "01": "Jammu and Kashmir",
        "02": "Himachal Pradesh",
        "03": "Punjab",
        "04": "Chandigarh",
        "05": "Uttarakhand",
        "06": "Haryana",
        "07": "Delhi",
        "08": "Rajasthan",
        "09": "Uttar Pradesh",
        "10": "Bihar",
        "11": "Sikkim",
        "12": "Arunachal Pradesh",
        "13": "Nagaland",
        "14": "Manipur",
        "15": "Mizoram",
        "16": "Tripura",
        "17": "Meghalaya",
        "18": "Assam",
        "19": "West Bengal",
        "20": "Jharkhand",
        "21": "Odisha",
        "22": "Chhattisgarh",
        "23": "Madhya Pradesh",
        "24": "Gujarat",
        "25": "Daman and Diu (before the 2020 merger)",
        "26": "Dadra and Nagar Haveli and Daman and Diu",
        "27": "Maharashtra",
        "28": "Andhra Pradesh (before 2014)",
        "29": "Karnataka",
        "30": "Goa",
        "31": "Lakshadweep",
        "32": "Kerala",
        "33": "Tamil Nadu",
        "34": "Puducherry",
        "35": "Andaman and Nicobar Islands",
        "36": "Telangana",
        "37": "Andhra Pradesh",
        "38": "Ladakh",
        "97": "Other Territory",
    }
)
"""GST state codes (the first two digits of a GSTIN) and the state or union territory, in English.

Codes 25 and 28 still appear on older registrations: Daman and Diu merged into code 26 in 2020, and
Andhra Pradesh took code 37 after Telangana (36) was formed. ``97`` is for taxpayers outside every state.
"""

_NAME_TO_CODE = {name: code for code, name in STATE_CODES.items() if "(" not in name}
_NAME_TO_CODE.update({"Orissa": "21", "Pondicherry": "34", "NCT of Delhi": "07"})  # older or formal names

HOLDER_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "A": "association of persons",
        "B": "body of individuals",
        "C": "company",
        "F": "firm or limited liability partnership",
        "G": "government",
        "H": "Hindu undivided family",
        "J": "artificial juridical person",
        "K": "holder type K (accepted as python-stdnum accepts it; its meaning is not confirmed here)",
        "L": "local authority",
        "P": "individual (a proprietor)",
        "T": "trust",
    }
)
"""The 4th letter of a PAN, and so the 6th character of a GSTIN: who holds the registration.

A kirana shop run by its owner is ``P``, a partnership distributor ``F``, a private limited company ``C``.
"""

GST_RATES: tuple[float, ...] = (0.0, 0.05, 0.12, 0.18, 0.28, 0.40)
"""The GST rates :func:`tax_split` accepts: the slabs before 22 September 2025 and after (5, 18, 40)."""

RATE_CHANGE_DATE = np.datetime64("2025-09-22", "D")
"""First day of the rates recommended by the 56th GST Council ("GST 2.0")."""
_GST_START = np.datetime64("2017-07-01", "D")
_INF = float("inf")


class HsnRule(NamedTuple):
    """The GST rate of one HSN code, before and from :data:`RATE_CHANGE_DATE`.

    Each period is ``(rate, up_to_inr, rate_above)``: `rate` applies to a piece (or pair) whose sale value
    is at most `up_to_inr`, `rate_above` to dearer ones; ``up_to_inr`` is infinite for a flat rate.
    """

    hsn: str
    description: str
    category: str
    before: tuple[float, float, float]
    since: tuple[float, float, float]


def _flat(rate: float) -> tuple[float, float, float]:
    return (rate, _INF, rate)


HSN_RULES: tuple[HsnRule, ...] = (
    HsnRule("1006", "Rice, pre-packaged and labelled", "groceries", _flat(0.05), _flat(0.05)),
    HsnRule("0902", "Tea", "groceries", _flat(0.05), _flat(0.05)),
    HsnRule("2106", "Namkeen, bhujia and similar ready-to-eat snacks", "groceries", _flat(0.12), _flat(0.05)),
    HsnRule("6109", "T-shirts and vests, knitted", "fashion", (0.05, 1000.0, 0.12), (0.05, 2500.0, 0.18)),
    HsnRule(
        "6204", "Women's suits, dresses and skirts", "fashion", (0.05, 1000.0, 0.12), (0.05, 2500.0, 0.18)
    ),
    HsnRule("6404", "Footwear with textile uppers", "fashion", (0.12, 1000.0, 0.18), (0.05, 2500.0, 0.18)),
    HsnRule("8517", "Mobile phones", "electronics", _flat(0.18), _flat(0.18)),
    HsnRule("8504", "Chargers and power adapters", "electronics", _flat(0.18), _flat(0.18)),
    HsnRule("8518", "Headphones, earphones and speakers", "electronics", _flat(0.18), _flat(0.18)),
    HsnRule("7323", "Kitchenware and tableware of steel", "home", _flat(0.12), _flat(0.05)),
    HsnRule("3305", "Shampoo and hair oil", "beauty", _flat(0.18), _flat(0.05)),
    HsnRule("3306", "Toothpaste", "beauty", _flat(0.18), _flat(0.05)),
    HsnRule("3401", "Toilet soap", "beauty", _flat(0.18), _flat(0.05)),
    HsnRule("4901", "Printed books", "books", _flat(0.0), _flat(0.0)),
    HsnRule("4820", "Exercise books and notebooks", "books", _flat(0.12), _flat(0.0)),
)
"""HSN codes (4-digit headings) for each category the shop sells, with their GST rates (sources above)."""
_RULES = {rule.hsn: rule for rule in HSN_RULES}
_RULE_ROW = {code: row for row, code in enumerate(_RULES)}
_RULE_TABLE = np.array([[*rule.before, *rule.since] for rule in _RULES.values()], dtype=float)
"""Row ``_RULE_ROW[code]``: the rate, value limit and rate above it before the rate change, then since."""

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_EXAMPLE = "27AAPFU0939F1ZV"  # the example of python-stdnum's documentation; its check character is right


def _values(text: np.ndarray) -> np.ndarray:
    """Return the base-36 values of equal-length upper-case strings, one row per string (-1: not 0-9A-Z)."""
    codes = np.ascontiguousarray(text).view(np.uint32).reshape(text.size, -1).astype(np.int64)
    digit = (codes >= 48) & (codes <= 57)
    letter = (codes >= 65) & (codes <= 90)
    return np.where(digit, codes - 48, np.where(letter, codes - 55, -1))


def _check_values(values: np.ndarray) -> np.ndarray:
    """Luhn mod 36 over 14 values a row: factor 1, 2, 1, 2... from the left; ``p // 36 + p % 36`` summed."""
    products = values * np.tile([1, 2], 7)
    total = (products // 36 + products % 36).sum(axis=1)
    return (36 - total % 36) % 36


def gstin_check_character(first14: str) -> str:
    """Return the 15th character of the GSTIN that begins with `first14`.

    Each of the 14 characters has a value (0-9 for digits, 10-35 for A-Z) and a factor, 1 and 2 in turn
    from the left; a product ``p = value x factor`` adds ``p // 36 + p % 36``; the check value is
    ``(36 - sum % 36) % 36``, written back as a character.

    Parameters
    ----------
    first14 : str
        State code, PAN, entity number and Z.

    Examples
    --------
    >>> gstin_check_character("33AADCK6079K1Z")
    '8'
    """
    text = _text(first14, name="first14").upper()
    if len(text) != 14 or text[:2] not in STATE_CODES:
        raise RelkitValueError("sim.err.gstin_first14", name="first14", value=repr(first14))
    values = _values(np.array([text]))
    if (values < 0).any():
        raise RelkitValueError("sim.err.gstin_characters", name="first14", value=repr(first14))
    return _ALPHABET[int(_check_values(values)[0])]


def gstin_problem(text: object) -> str | None:
    """Return what is wrong with a GSTIN, or None when it is valid.

    The answer is one of ``"length"``, ``"characters"``, ``"state_code"``, ``"pan"``, ``"entity"``,
    ``"z"`` and ``"check"``, checked in that order. Letters must be capitals, as GSTN issues them.

    Examples
    --------
    >>> gstin_problem("27AAPFU0939F1ZV") is None
    True
    >>> gstin_problem("27AAPFU0939F1ZW"), gstin_problem("40AAPFU0939F1ZV"), gstin_problem("27AAPF0939F1ZV")
    ('check', 'state_code', 'length')
    """
    if not isinstance(text, str) or len(text) != 15:
        return "length"
    if any(char not in _ALPHABET for char in text):
        return "characters"
    if text[:2] not in STATE_CODES:
        return "state_code"
    pan = text[2:12]
    shape = pan[:5].isalpha() and pan[5:9].isdigit() and pan[9].isalpha() and pan[5:9] != "0000"
    if not shape or pan[3] not in HOLDER_TYPES:
        return "pan"
    if text[12] == "0":
        return "entity"
    if text[13] != "Z":
        return "z"
    if _ALPHABET[int(_check_values(_values(np.array([text[:14]])))[0])] != text[14]:
        return "check"
    return None


def is_valid_gstin(text: object) -> bool:
    """Return True when `text` is a well-formed GSTIN with the right check character.

    Examples
    --------
    >>> is_valid_gstin("24AAATT6829N1ZY"), is_valid_gstin("24AAATT6829N1ZX"), is_valid_gstin(None)
    (True, False, False)
    """
    return gstin_problem(text) is None


def check_gstin(text: object, *, name: str = "gstin") -> str:
    """Return `text` when it is a valid GSTIN, else raise an error saying which part is wrong.

    Raises
    ------
    RelkitTypeError
        When `text` is not a string.
    RelkitValueError
        Naming the problem: length, characters, state code, PAN, entity number, the Z, or the check character.

    Examples
    --------
    >>> check_gstin("33AADCK6079K1Z8")
    '33AADCK6079K1Z8'
    >>> check_gstin("33AADCK6O79K1Z8", name="partner_gstin")
    Traceback (most recent call last):
    ...
    relkit.errors.RelkitValueError: `partner_gstin` holds '33AADCK6O79K1Z8': characters 3 to 12 ('AADCK6O79K') are not a PAN. A PAN is 5 letters, 4 digits and a letter, and its 4th letter says who holds it (C company, F firm, P individual).
    """  # noqa: E501
    value = _text(text, name=name)
    problem = gstin_problem(value)
    if problem is None:
        return value
    shown = repr(value)
    if problem == "length":
        raise RelkitValueError(
            "sim.err.gstin_length", name=name, value=shown, length=len(value), example=_EXAMPLE
        )
    if problem == "characters":
        raise RelkitValueError("sim.err.gstin_characters", name=name, value=shown)
    if problem == "state_code":
        raise RelkitValueError("sim.err.gstin_state", name=name, value=shown, code=repr(value[:2]))
    if problem == "pan":
        raise RelkitValueError("sim.err.gstin_pan", name=name, value=shown, pan=repr(value[2:12]))
    if problem == "entity":
        raise RelkitValueError("sim.err.gstin_entity", name=name, value=shown)
    if problem == "z":
        raise RelkitValueError("sim.err.gstin_z", name=name, value=shown, char=repr(value[13]))
    expected = gstin_check_character(value[:14])
    raise RelkitValueError(
        "sim.err.gstin_check", name=name, value=shown, char=repr(value[14]), expected=repr(expected)
    )


def _text(value: object, *, name: str) -> str:
    if not isinstance(value, str):
        raise RelkitTypeError(
            "sim.err.gstin_not_text",
            name=name,
            value=repr(value),
            kind=type(value).__name__,
            example=_EXAMPLE,
        )
    return value


def state_codes(states: object) -> np.ndarray:
    """Return the GST state code of each state name, such as the ``state`` column of ``customers``.

    Examples
    --------
    >>> state_codes(["Bihar", "West Bengal", "Delhi"]).tolist()
    ['10', '19', '07']
    """
    names = np.asarray(states, dtype=object).ravel()
    unknown = sorted({str(name) for name in names if name not in _NAME_TO_CODE})
    if unknown:
        raise RelkitValueError(
            "sim.err.unknown_state",
            name="states",
            value=repr(unknown[0]),
            allowed=", ".join(sorted(_NAME_TO_CODE)),
        )
    return np.array([_NAME_TO_CODE[name] for name in names], dtype="<U2").reshape(np.shape(states))


def _state_code_array(codes: object, *, name: str) -> np.ndarray:
    array = np.asarray(codes)
    if array.dtype.kind == "O" and all(isinstance(code, str) for code in array.ravel().tolist()):
        array = array.astype(str)  # a pandas column of text arrives as objects
    if array.dtype.kind != "U" or not np.isin(array, list(STATE_CODES)).all():
        bad = next((code for code in array.ravel().tolist() if str(code) not in STATE_CODES), codes)
        raise RelkitValueError("sim.err.bad_state_code", name=name, value=repr(bad))
    return array.astype("<U2")


def make_gstins(state_codes: object, rng: np.random.Generator, *, holder_type: str = "C") -> np.ndarray:
    """Return one new, valid GSTIN for each state code, all different from each other.

    The PAN is random (three letters, the holder type, a letter, four digits 0001-9999, a letter), the
    entity number is 1 (the holder's first registration in that state), then Z and the check character.

    Parameters
    ----------
    state_codes : array-like of str
        Two-digit codes from :data:`STATE_CODES`, one per GSTIN wanted (repeat a code for many).
    rng : numpy.random.Generator
        The only source of randomness.
    holder_type : str
        A key of :data:`HOLDER_TYPES`: ``"C"`` company, ``"F"`` firm, ``"P"`` individual proprietor.

    Examples
    --------
    >>> gstins = make_gstins(["10", "10", "19"], np.random.default_rng(1), holder_type="P")
    >>> [g[:2] for g in gstins], [g[5] for g in gstins], all(is_valid_gstin(g) for g in gstins)
    (['10', '10', '19'], ['P', 'P', 'P'], True)
    """
    codes = _state_code_array(state_codes, name="state_codes").ravel()
    check_choice(holder_type, tuple(HOLDER_TYPES), name="holder_type")
    if not isinstance(rng, np.random.Generator):
        raise RelkitTypeError("sim.err.not_generator", name="rng", kind=type(rng).__name__)
    out = np.empty(codes.size, dtype="<U15")
    todo = np.arange(codes.size)
    while todo.size:
        letters = rng.integers(0, 26, size=(todo.size, 5)) + 65
        letters[:, 3] = ord(holder_type)
        digits = rng.integers(1, 10_000, size=todo.size)
        chars = np.empty((todo.size, 14), dtype=np.uint32)
        chars[:, :2] = codes[todo].view(np.uint32).reshape(-1, 2)
        chars[:, 2:7] = letters
        for place in range(4):  # thousands to units
            chars[:, 7 + place] = digits // 10 ** (3 - place) % 10 + 48
        chars[:, 11] = rng.integers(0, 26, size=todo.size) + 65
        chars[:, 12] = ord("1")
        chars[:, 13] = ord("Z")
        check = np.frombuffer(_ALPHABET.encode(), dtype=np.uint8)[_check_values(_values(chars.view("<U14")))]
        out[todo] = np.char.add(chars.view("<U14").ravel(), check.view("S1").astype("<U1"))
        _, first = np.unique(out, return_index=True)
        repeated = np.ones(out.size, dtype=bool)
        repeated[first] = False
        todo = np.flatnonzero(repeated)  # redraw later copies of a GSTIN already made
    return out


class GstinTypo(NamedTuple):
    """A GSTIN as someone typed it: the text, the kind of slip, and whether it still passes the check."""

    text: str
    slip: str
    valid: bool


_LOOKALIKE = {"0": "O", "O": "0", "1": "I", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8"}


def typo_gstin(gstin: str, rng: np.random.Generator) -> GstinTypo:
    """Return `gstin` with one typing slip, and say whether the result is still a valid GSTIN.

    The slip is ``"swap"`` (two neighbouring, different characters change places), ``"wrong"`` (one
    character becomes another of its kind, a digit for a digit or a letter for a letter) or
    ``"lookalike"`` (O for 0, I for 1, S for 5 or B for 8, either way; ``"wrong"`` when none is there).
    The check character catches every single wrong character, so only some swaps slip through: the
    result is invalid most of the time, and ``valid`` says when it is not.

    Examples
    --------
    >>> typo = typo_gstin("33AADCK6079K1Z8", np.random.default_rng(0))
    >>> typo.text != "33AADCK6079K1Z8", typo.valid == is_valid_gstin(typo.text)
    (True, True)
    """
    check_gstin(gstin, name="gstin")
    chars = list(gstin)
    slip = ("swap", "wrong", "lookalike")[int(rng.integers(0, 3))]
    spots = [i for i, char in enumerate(chars) if char in _LOOKALIKE]
    if slip == "lookalike" and not spots:
        slip = "wrong"
    if slip == "swap":
        pairs = [i for i in range(14) if chars[i] != chars[i + 1]]
        i = pairs[int(rng.integers(0, len(pairs)))]
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif slip == "lookalike":
        i = spots[int(rng.integers(0, len(spots)))]
        chars[i] = _LOOKALIKE[chars[i]]
    else:
        i = int(rng.integers(0, 15))
        pool = "0123456789" if chars[i].isdigit() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        others = pool.replace(chars[i], "")
        chars[i] = others[int(rng.integers(0, len(others)))]
    text = "".join(chars)
    return GstinTypo(text, slip, is_valid_gstin(text))


def _rate_basis_points(rate: object) -> np.ndarray:
    array = np.asarray(rate, dtype=float) if not isinstance(rate, str) else np.asarray(np.nan)
    points = np.rint(array * 10_000)
    allowed = np.rint(np.array(GST_RATES) * 10_000)
    good = np.isfinite(array) & np.isin(points, allowed) & (np.abs(array * 10_000 - points) < 1e-6)
    if not good.all():
        bad = np.asarray(rate, dtype=object).ravel()[np.flatnonzero(~good.ravel())[0]] if array.ndim else rate
        listed = ", ".join(f"{value:g}" for value in GST_RATES)
        raise RelkitValueError("sim.err.gst_rate", name="rate", value=repr(bad), allowed=listed)
    return points.astype(np.int64)


def _round_half_away(numerator: np.ndarray, denominator: int) -> np.ndarray:
    """``numerator / denominator`` rounded to the nearest whole number, halves away from zero (integers)."""
    size = (2 * np.abs(numerator) + denominator) // (2 * denominator)
    return np.sign(numerator) * size


def tax_split(
    taxable_inr: object, rate: object, seller_state: object, buyer_state: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the CGST, SGST and IGST in rupees on each taxable value, rounded to paise as on an invoice.

    Within one state (seller's state code equal to the buyer's, the place of supply) the tax is split in
    two equal halves, CGST and SGST (UTGST in a union territory without a legislature, same amount);
    across states it is all IGST. See the module's notes on rounding: each head is rounded on its own,
    so CGST equals SGST exactly. Arguments broadcast against each other like numpy arrays.

    Parameters
    ----------
    taxable_inr : float or array-like
        Taxable value (after discounts, before tax) in rupees; rounded to paise first. Credit notes may
        be negative: they are rounded the same way with the sign kept.
    rate : float or array-like
        GST rate as a fraction, one of :data:`GST_RATES` (18% is ``0.18``); see :func:`gst_rate`.
    seller_state, buyer_state : str or array-like of str
        Two-digit state codes (:func:`state_codes` turns names into them).

    Returns
    -------
    cgst, sgst, igst : numpy.ndarray of float
        In rupees; zeros where a head does not apply.

    Examples
    --------
    >>> cgst, sgst, igst = tax_split(999.99, 0.05, "19", "19")  # 49.9995 in all, 24.99975 a half
    >>> float(cgst[()]), float(sgst[()]), float(igst[()])
    (25.0, 25.0, 0.0)
    >>> [float(x[()]) for x in tax_split(999.99, 0.05, "19", "10")]
    [0.0, 0.0, 50.0]
    """
    amounts = np.asarray(taxable_inr, dtype=float) if not isinstance(taxable_inr, str) else np.asarray(np.nan)
    if not np.isfinite(amounts).all():
        bad = (
            amounts.ravel()[np.flatnonzero(~np.isfinite(amounts.ravel()))[0]].item() if amounts.size else None
        )
        raise RelkitValueError(
            "err.not_finite", name="taxable_inr", value=repr(taxable_inr if amounts.ndim == 0 else bad)
        )
    points = _rate_basis_points(rate)
    seller = _state_code_array(seller_state, name="seller_state")
    buyer = _state_code_array(buyer_state, name="buyer_state")
    try:
        paise, points, seller, buyer = np.broadcast_arrays(
            np.rint(amounts * 100).astype(np.int64), points, seller, buyer
        )
    except ValueError:
        raise RelkitValueError(
            "sim.err.gst_shapes", shapes=", ".join(str(np.shape(x)) for x in (amounts, points, seller, buyer))
        ) from None
    tax = paise * points  # in paise x basis points: divide by 10,000 for paise
    within = seller == buyer
    half = np.where(within, _round_half_away(tax, 20_000), 0)
    whole = np.where(within, 0, _round_half_away(tax, 10_000))
    return half / 100, half / 100, whole / 100


def gst_rate(hsn: object, *, on: object, unit_value_inr: object = None) -> np.ndarray:
    """Return the GST rate of each HSN code on a date, for a piece of the given sale value.

    Parameters
    ----------
    hsn : str or array-like of str
        Codes from :data:`HSN_RULES`.
    on : date-like or array-like of dates
        The invoice date (on or after 1 July 2017); rates changed on :data:`RATE_CHANGE_DATE`.
    unit_value_inr : float or array-like, optional
        Sale value of one piece or pair, for apparel and footwear whose rate depends on it. When omitted,
        the rate of the cheaper pieces is given.

    Examples
    --------
    >>> gst_rate(["6404", "6404", "3305"], on="2024-10-25", unit_value_inr=[800.0, 1800.0, 250.0]).tolist()
    [0.12, 0.18, 0.18]
    >>> gst_rate(["6404", "6404", "3305"], on="2025-10-20", unit_value_inr=[800.0, 1800.0, 250.0]).tolist()
    [0.05, 0.05, 0.05]
    """
    codes = np.asarray(hsn, dtype=object)
    try:  # one dict look-up per code, then one gather: a world asks for thousands of lines at a time
        rows = np.fromiter(map(_RULE_ROW.__getitem__, codes.ravel()), dtype=np.intp, count=codes.size)
    except (KeyError, TypeError):
        unknown = [code for code in codes.ravel() if code not in _RULES]
        raise RelkitValueError(
            "sim.err.unknown_hsn", name="hsn", value=repr(unknown[0]), allowed=", ".join(_RULES)
        ) from None
    dates = _dates(on)
    if (dates < _GST_START).any():
        raise RelkitValueError(
            "sim.err.before_gst", name="on", value=str(dates.ravel()[np.argmin(dates.ravel())])
        )
    values = np.zeros(1) if unit_value_inr is None else np.asarray(unit_value_inr, dtype=float)
    table = _RULE_TABLE[rows].reshape((*codes.shape, 6))
    since = dates >= RATE_CHANGE_DATE
    rate, limit, above = (np.where(since, table[..., 3 + k], table[..., k]) for k in range(3))
    return np.where(values <= limit, rate, above)


def _dates(on: object) -> np.ndarray:
    if isinstance(on, str) or np.ndim(on) == 0:
        return np.datetime64(parse_date(on, name="on").date(), "D")
    try:
        return np.asarray(on).astype("datetime64[D]")
    except (TypeError, ValueError):
        raise RelkitValueError("err.bad_date_argument", name="on", value=repr(on)) from None
