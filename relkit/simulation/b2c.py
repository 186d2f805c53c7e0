"""Customers and everything they do: orders, marketing contacts, leads, support tickets, NPS answers.

Every function takes its own generator (see :func:`relkit.simulation.seeds.table_generators`) and returns
plain numpy columns; :mod:`relkit.simulation.world` turns them into typed DataFrames. Customer ids are
given in signup order (customer 1 signed up first), so "customers who had signed up by day d" is the
prefix ``customer_id <= searchsorted(signup_day, d)``.
"""

from __future__ import annotations

import sys
from functools import cache

import numpy as np

from . import catalog, gst, text
from . import params as facts
from .names import load_name_pool
from .season import Calendar
from .window import Window, segment_starts

__all__ = [
    "Campaigns",
    "campaigns",
    "consents",
    "customers",
    "interactions",
    "nps_responses",
    "orders",
    "tickets",
]

Columns = dict[str, np.ndarray]
_AT_DOMAINS = ("@gmail.com", "@yahoo.co.in", "@outlook.com", "@rediffmail.com")


_CHUNK = 1 << 16  # uniforms drawn at a time by _choice: half a megabyte, reused


def _choice(rng: np.random.Generator, shares: tuple[float, ...] | np.ndarray, size: int) -> np.ndarray:
    """Draw category codes with the given shares (normalised), as small integers.

    The very draws of ``rng.choice(len(shares), size, p=shares / sum)``: one uniform ``u`` per value and
    ``code = #{j : cdf[j] <= u}`` with ``cdf`` the cumulative shares scaled to end at 1. The uniforms are
    drawn in chunks into one buffer, so no array of ``size`` floats or 64-bit indices is made.
    """
    weights = np.asarray(shares, dtype=float)
    cdf = np.cumsum(weights / weights.sum())
    cdf /= cdf[-1]
    codes = np.zeros(size, dtype=np.int8)
    uniforms = np.empty(min(size, _CHUNK))
    below = np.empty(len(uniforms), dtype=bool)
    for start in range(0, size, _CHUNK):
        chunk = codes[start : start + _CHUNK]
        drawn = rng.random(out=uniforms[: len(chunk)])
        for edge in cdf[:-1]:  # u < 1 = cdf[-1] always
            chunk += np.greater_equal(drawn, edge, out=below[: len(chunk)])
    return codes


@cache
def _name_pools() -> dict[str, object]:
    """Every language's first and last names in one pool each, and where each language's part begins.

    E-mail handles are the Latin names in lower case with spaces as dots, made once per name part:
    the handle of "Amit Roy Chaudhri" is "amit." (first names keep the dot) and "roy.chaudhri".
    """
    languages = [load_name_pool(lang) for lang in facts.LANGUAGES]
    pools: dict[str, object] = {}
    for part in ("first", "last"):
        latin = np.concatenate([getattr(names, f"{part}_latin") for names in languages])
        native = np.concatenate([getattr(names, f"{part}_native") for names in languages])
        sizes = [len(getattr(names, f"{part}_latin")) for names in languages]
        pools[f"{part}_offset"] = np.cumsum([0, *sizes[:-1]])
        pools[f"{part}_size"] = sizes
        pools[f"{part}_latin"] = tuple(latin.tolist())
        pools[f"{part}_native"] = tuple(native.tolist())
        handle = np.strings.replace(np.strings.lower(latin), " ", ".")
        pools[f"{part}_handle"] = tuple((np.strings.add(handle, ".") if part == "first" else handle).tolist())
    return pools


@cache
def _full_name_pool(kind: str, backend: str) -> object:
    """Every first name joined to every last name of the same language, one text column per `kind`.

    Kinds: ``latin`` and ``native`` (joined with a space) and ``handle`` (joined as they are). Full name
    ``f * len(last) + l`` of a language begins at its ``pair_offset``; picking from these pools takes
    one gather per customer instead of two gathers and a join. `backend` only keys the cache.
    """
    pools = _name_pools()
    first, last = [], []
    for code in range(len(facts.LANGUAGES)):
        size = pools["last_size"][code]
        local = np.arange(pools["first_size"][code] * size)
        first.append(local // size + pools["first_offset"][code])
        last.append(local % size + pools["last_offset"][code])
    sep = "" if kind == "handle" else " "
    return text.join(
        text.pick(text.pool(pools[f"first_{kind}"]), np.concatenate(first)),
        text.pick(text.pool(pools[f"last_{kind}"]), np.concatenate(last)),
        sep=sep,
    )


_FULL_POOLS_FROM = 50_000
"""Customers from which every full name is joined once (:func:`_full_name_pool`, about 0.3 million of
each kind, kept for the process) rather than only those of the customers drawn."""


def _full_names(kind: str, pair: np.ndarray, *, missing: np.ndarray | None = None) -> object:
    """Return the full names of `kind` of the given name pairs: ``_full_name_pool(kind)[pair]``.

    A world of fewer than ``_FULL_POOLS_FROM`` customers joins its customers' own first and last
    names instead of building the whole pool first: the same text, for a fraction of the work.
    """
    if pair.size >= _FULL_POOLS_FROM:
        return text.pick(_full_name_pool(kind, text.backend()), pair, missing=missing)
    pools = _name_pools()
    sizes = [first * last for first, last in zip(pools["first_size"], pools["last_size"], strict=True)]
    starts = np.cumsum([0, *sizes[:-1]])
    code = np.searchsorted(starts, pair, side="right") - 1
    local = pair - starts[code]
    last_size = np.asarray(pools["last_size"])[code]
    joined = text.join(
        text.pick(text.pool(pools[f"first_{kind}"]), local // last_size + pools["first_offset"][code]),
        text.pick(text.pool(pools[f"last_{kind}"]), local % last_size + pools["last_offset"][code]),
        sep="" if kind == "handle" else " ",
    )
    return joined if missing is None else text.pick(joined, np.arange(pair.size), missing=missing)


def _name_pairs(rng: np.random.Generator, lang_codes: np.ndarray) -> np.ndarray:
    """Draw each customer's first and last name in their language: indices into the full-name pools."""
    pools = _name_pools()
    size = len(lang_codes)
    pair = np.empty(size, dtype=np.int32)  # index into the full-name pools
    pair_offset = 0
    for code in range(len(facts.LANGUAGES)):
        rows = np.flatnonzero(lang_codes == code)
        first = rng.integers(0, pools["first_size"][code], len(rows))
        last = rng.integers(0, pools["last_size"][code], len(rows))
        first *= pools["last_size"][code]
        first += last
        first += pair_offset
        pair[rows] = first
        pair_offset += pools["first_size"][code] * pools["last_size"][code]
    return pair


def customers(
    rng: np.random.Generator,
    n: int,
    window: Window,
    *,
    calendar: Calendar | None = None,
    with_text: bool = True,
) -> Columns:
    """Draw `n` customers: signup day (sorted), channel, acquisition cost, city, language, name, contacts.

    Signup days follow the shopping calendar (:class:`relkit.simulation.season.Calendar`): a festive or
    sale day wins more customers than an ordinary one. ``dnd``: the number is on the Do Not Disturb
    register, with chance ``params.DND_SHARE``.

    Acquisition cost: ``median_cost[channel] * LogNormal(0, 0.35)``, rounded to paise. Names: Latin-script
    and native-script full names (native missing for English speakers). E-mail:
    ``<first>.<last><customer id>@<domain>`` in lower case; phone: ``+91`` and ten digits from 6.
    Without `with_text`, every number is drawn but the text columns are left to :func:`customer_text`,
    which draws nothing, so it can run while the next table is drawn.
    """
    calendar = Calendar.of(window) if calendar is None else calendar
    drawn_days = calendar.signup_days(rng.random(n))  # sorted by counting: days are few
    signup_day = np.repeat(
        np.arange(window.days, dtype=np.int64), np.bincount(drawn_days, minlength=window.days)
    )
    del drawn_days
    channel = _choice(rng, facts.CHANNEL_SHARES, n)
    median_cost = np.array([facts.ACQUISITION_COST_INR[name] for name in facts.CHANNELS])
    cost = np.round(median_cost[channel] * rng.lognormal(0.0, 0.35, n), 2)
    city = _choice(rng, [row[2] for row in facts.CITIES], n)
    states = [row[1] for row in facts.CITIES]
    cumulative = np.cumsum([facts.LANGUAGE_SHARES[state] for state in states], axis=1)
    uniform = rng.random(n)
    language = np.zeros(n, dtype=np.int8)  # how many cumulative shares of the city lie at or below u
    for column in cumulative.T[:2]:  # the third is 1 (> u) up to rounding, and codes stop at 2 anyway
        language += uniform >= column[city]
    pair = _name_pairs(rng, language)
    customer_id = np.arange(1, n + 1)
    mobile = rng.integers(6, 10, n) * 10**9 + rng.integers(0, 10**9, n)
    domain = rng.integers(0, len(_AT_DOMAINS), n)
    dnd = rng.random(n) < facts.DND_SHARE
    people = {
        "customer_id": customer_id,
        "signup_date": window.dates(signup_day),
        "acquisition_channel": channel,
        "acquisition_cost_inr": cost,
        "preferred_language": language,
        "dnd": dnd,
        "_signup_day": signup_day,
        "_festive": calendar.festive[signup_day],
        "_name_pair": pair,  # what customer_text needs
        "_city": city,
        "_mobile": mobile,
        "_domain": domain,
    }
    if n >= _FULL_POOLS_FROM:
        for kind in ("latin", "native", "handle"):
            _full_name_pool(kind, text.backend())  # made (once) in this thread, not in customer_text's
    return people | customer_text(people) if with_text else people


def customer_text(people: Columns) -> Columns:
    """Build the text columns of customers drawn by :func:`customers` (name, name_native, city, ...)."""
    pair, city = people["_name_pair"], people["_city"]
    english = people["preferred_language"] == facts.LANGUAGES.index("en")
    return {
        "name": _full_names("latin", pair),
        "name_native": _full_names("native", pair, missing=english),
        "city": text.pick(text.pool([row[0] for row in facts.CITIES]), city),
        "state": text.pick(text.pool([row[1] for row in facts.CITIES]), city),
        "phone": text.join("+91", text.decimal(people["_mobile"])),
        "email": text.join(
            _full_names("handle", pair),
            text.decimal(people["customer_id"]),
            text.pick(text.pool(_AT_DOMAINS), people["_domain"]),
        ),
    }


def consents(rng: np.random.Generator, people: Columns, window: Window) -> Columns:
    """Draw each customer's marketing consent per channel: opted in or not, and the day they did.

    A customer opts in to channel ``c`` with chance ``params.CONSENT_SHARES[c]``, at signup (70 %) or
    0-179 days later (never after the window end). Rows: customers in id order, each with one row per
    ``params.MESSAGE_CHANNELS`` in that order. ``_consent_day`` (customers x channels, int16, -1 for no
    consent) is what the campaigns need.
    """
    n = len(people["customer_id"])
    channels = facts.MESSAGE_CHANNELS
    width = len(channels)
    shares = np.array([facts.CONSENT_SHARES[name] for name in channels])
    signup_day = people["_signup_day"]
    last_day = window.days - 1
    opted = np.empty((n, width), dtype=bool)
    consent_day = np.empty((n, width), dtype=np.int16)
    # Drawn a block of customers at a time into buffers that stay in the cache; every customer and
    # channel draws its opt-in uniform, its at-signup uniform and its 0-179 days, as before.
    block = max(1, _CHUNK // width)
    uniforms = np.empty((min(n, block), width))
    later = np.empty((min(n, block), width), dtype=bool)
    for first in range(0, n, block):
        rows = slice(first, min(first + block, n))
        size = rows.stop - first
        mine = opted[rows]
        np.less(rng.random(out=uniforms[:size]), shares, out=mine)
        np.greater_equal(rng.random(out=uniforms[:size]), 0.7, out=later[:size])  # else at signup
        day = consent_day[rows]
        day[:] = rng.integers(0, 180, (size, width), dtype=np.int16)
        day *= later[:size]  # arithmetic, not masked stores: the masks are dense and random
        day += signup_day[rows, None].astype(np.int16)
        np.minimum(day, last_day, out=day)  # never after the window end
        day += 1
        day *= mine
        day -= 1  # -1: no consent
    dates = window.dates_or_missing(consent_day.ravel())
    return {
        "customer_id": np.repeat(people["customer_id"], width),
        "channel": np.tile(np.arange(width, dtype=np.int8), n),
        "opted_in": opted.ravel(),
        "consent_date": dates,
        "_consent_day": consent_day,
    }


class Campaigns:
    """The campaigns of a world, who each retention campaign reached or held out, and what it caused.

    Attributes
    ----------
    table, members : dict of numpy.ndarray
        The columns of ``campaigns`` and ``campaign_members``.
    contacts : list of (customers, days, campaign_id, channel)
        Each retention campaign's contacted customers (0-based indices) and the day each was contacted.
    extra_owner, extra_day : numpy.ndarray
        The purchases the campaigns caused (0-based customer index, day); :func:`orders` adds them.
    """

    def __init__(self, table, members, contacts, extra_owner, extra_day) -> None:
        self.table, self.members, self.contacts = table, members, contacts
        self.extra_owner, self.extra_day = extra_owner, extra_day


def campaigns(
    rng_campaigns: np.random.Generator,
    rng_retention: np.random.Generator,
    people: Columns,
    consent_day: np.ndarray,
    window: Window,
) -> Campaigns:
    """Draw the marketing campaigns; run each retention campaign as an experiment with a random holdout.

    Retention (``params.RETENTION_PLAN``): every month a WhatsApp and an e-mail campaign, every quarter an app
    push, an SMS and a call campaign, each starting 0-4 days into its month. A campaign targets a random share
    of the customers in their first year (signed up 30 to 395 days before it starts, when customers are most
    likely to drift away) who had opted in to its channel by then; SMS and calls also leave out numbers on DND
    (TRAI's rules for promotional messages). A random ``HOLDOUT_SHARE`` of the targets is the control group
    and is not contacted; the rest are contacted within the first 3 days (calls: any day of the 30-day
    campaign). A contacted customer makes one extra purchase, caused by the campaign, with chance ``uplift``
    on a day within ``RETENTION_WINDOW_DAYS`` of the contact. Budget = contacts x
    ``MESSAGE_COST_INR[channel]``.

    Acquisition: one campaign a quarter for each of paid search, paid social and the marketplace, its
    budget the summed acquisition cost of the customers that channel won that quarter.
    """
    rng = rng_campaigns
    signup_day = people["_signup_day"]
    month_starts = _month_starts(window)
    labels = {
        "whatsapp": "WhatsApp offers",
        "email": "Newsletter",
        "push": "App push",
        "sms": "SMS offers",
        "call": "Call-back",
        "paid_search": "Paid search",
        "paid_social": "Paid social",
        "marketplace": "Marketplace ads",
    }
    rows = []  # (start day, last day, channel, name)
    for index, day in enumerate(month_starts):
        label = str(window.dates(np.array([day]))[0])[:7]
        for channel, (every, _, _) in facts.RETENTION_PLAN.items():
            if index % every == 0:
                begin = day + int(rng.integers(0, 5))
                rows.append(
                    (begin, begin + (29 if channel == "call" else 13), channel, f"{labels[channel]} {label}")
                )
        if index % 3 == 0:
            quarter_end = month_starts[index + 3] - 1 if index + 3 < len(month_starts) else window.days - 1
            for channel in ("paid_search", "paid_social", "marketplace"):
                rows.append((day, quarter_end, channel, f"{labels[channel]} {label}"))
    last_day = window.days - 1
    rows = [
        (min(first, last_day), min(final, last_day), channel, name) for first, final, channel, name in rows
    ]
    rows.sort(key=lambda row: (row[0], facts.CAMPAIGN_CHANNELS.index(row[2])))
    count = len(rows)
    start = np.array([row[0] for row in rows], dtype=np.int64)
    end = np.array([row[1] for row in rows], dtype=np.int64)
    channel = np.array([facts.CAMPAIGN_CHANNELS.index(row[2]) for row in rows], dtype=np.int8)
    budget = np.zeros(count)
    holdout = np.zeros(count)

    rng = rng_retention
    n = len(signup_day)
    uniforms = np.empty(n)
    below = np.empty(n, dtype=bool)
    allowed = np.empty(n, dtype=bool)
    member_count = np.zeros(count, dtype=np.int64)
    members_customer, members_group = [], []
    contacts, extra_owner, extra_day = [], [], []
    # One contiguous column per channel, consent days read as unsigned so that "opted in by day d"
    # (0 <= day <= d) is one comparison (-1, no consent, reads as 65535); numbers on DND count as not
    # opted in to SMS and calls.
    dnd = people["dnd"]
    consent_of = {}
    for name in facts.RETENTION_PLAN:
        column = np.ascontiguousarray(consent_day[:, facts.MESSAGE_CHANNELS.index(name)])
        if name in ("sms", "call"):
            column[dnd] = -1
        consent_of[name] = column.view(np.uint16)
    for index in range(count):
        name = facts.CAMPAIGN_CHANNELS[channel[index]]
        if name in facts.RETENTION_PLAN:
            _, share, uplift = facts.RETENTION_PLAN[name]
            newest = int(np.searchsorted(signup_day, start[index] - 30, side="right"))
            oldest = int(np.searchsorted(signup_day, start[index] - 30 - 365, side="right"))
            cohort = np.less_equal(
                consent_of[name][oldest:newest], start[index], out=allowed[: newest - oldest]
            )
            candidates = np.flatnonzero(cohort).astype(np.int32)
            candidates += oldest
            targeted = candidates[_below(rng, len(candidates), share, uniforms, below)]
            control = _below(rng, len(targeted), facts.HOLDOUT_SHARE, uniforms, below, as_mask=True)
            treated = targeted[np.flatnonzero(~control)]  # a gather: faster than a boolean index
            span = end[index] - start[index] + 1
            day = rng.integers(0, span if name == "call" else min(span, 3), len(treated), dtype=np.int16)
            day += int(start[index])
            np.minimum(day, window.days - 1, out=day)
            contacts.append((treated, day, index + 1, name))
            caused = _below(rng, len(treated), uplift, uniforms, below)
            bought_on = day[caused] + rng.integers(0, facts.RETENTION_WINDOW_DAYS, len(caused))
            inside = np.flatnonzero(bought_on < window.days)
            extra_owner.append(treated[caused[inside]])
            extra_day.append(bought_on[inside])
            member_count[index] = len(targeted)
            members_customer.append(targeted)
            members_group.append(control.view(np.int8))
            budget[index] = round(len(treated) * facts.MESSAGE_COST_INR[name], 2)
            holdout[index] = facts.HOLDOUT_SHARE
        else:
            # Customers are in signup order: those signed up in the campaign are one slice of them.
            stop = int(np.searchsorted(signup_day, end[index], side="right"))
            first = int(np.searchsorted(signup_day, start[index], side="left"))
            won = people["acquisition_channel"][first:stop] == facts.CHANNELS.index(name)
            budget[index] = round(float(people["acquisition_cost_inr"][first:stop][won].sum()), 2)
    del uniforms, below, allowed, consent_of

    def joined(parts: list, dtype) -> np.ndarray:
        if not parts:
            return np.zeros(0, dtype=dtype)
        return np.concatenate(parts, dtype=dtype, casting="safe")  # straight into the wider type

    customer_id = joined(members_customer, np.int64)
    customer_id += 1
    del members_customer
    table = {
        "campaign_id": np.arange(1, count + 1),
        "name": np.array([row[3] for row in rows], dtype=object),
        "channel": channel,
        "purpose": np.array(
            [
                facts.CAMPAIGN_PURPOSES.index(
                    "retention" if row[2] in facts.RETENTION_PLAN else "acquisition"
                )
                for row in rows
            ],
            dtype=np.int8,
        ),
        "start_date": window.dates(start),
        "end_date": window.dates(end),
        "budget_inr": budget,
        "holdout_share": holdout,
    }
    members = {
        "campaign_id": np.repeat(np.arange(1, count + 1), member_count),
        "customer_id": customer_id,
        "group": joined(members_group, np.int8),
    }
    return Campaigns(table, members, contacts, joined(extra_owner, np.int32), joined(extra_day, np.int64))


def _gst_tables() -> tuple[np.ndarray, ...]:
    """Per category: cumulative shares of its HSN codes, and each code's rates before and since the change."""
    rules = {rule.hsn: rule for rule in gst.HSN_RULES}
    width = max(len(row.hsn) for row in catalog.CATEGORIES.values())
    cumulative = np.ones((len(catalog.CATEGORIES), width))
    rates = np.zeros((len(catalog.CATEGORIES), width, 6))
    for code, row in enumerate(catalog.CATEGORIES.values()):
        shares = np.cumsum(row.hsn_shares) / sum(row.hsn_shares)
        cumulative[code, : len(shares)] = shares
        for k, hsn in enumerate(row.hsn):
            rates[code, k] = (*rules[hsn].before, *rules[hsn].since)
        rates[code, len(row.hsn) :] = rates[code, len(row.hsn) - 1]
    return cumulative, rates


def orders(
    rng: np.random.Generator,
    people: Columns,
    window: Window,
    *,
    calendar: Calendar,
    extra: tuple[np.ndarray, np.ndarray] | None = None,
    couriers: tuple[np.ndarray, np.ndarray] | None = None,
    rng_shipments: np.random.Generator | None = None,
) -> Columns:
    """Draw every customer's orders with the BG/NBD buy-till-you-die process, and what became of each.

    Per customer ``i``: purchase rate ``lambda_i ~ Gamma(r, rate=alpha) * factor[channel]`` per day of
    shopping time (see :mod:`relkit.simulation.season`) and dropout chance ``p_i ~ Beta(a, b)`` after
    each repeat purchase; customers who signed up in the festive season have ``Beta(a, b /
    dropout_factor)`` and ``rate_factor`` times the rate (``params.FESTIVE_COHORT``). The first order
    falls on the signup day. ``K_i ~ Geometric(p_i)`` (at least 1) repeat purchases happen before dropout
    and ``N_i ~ Poisson(lambda_i * H_i)`` purchase chances fall in the ``H_i`` units of shopping time from
    signup to the window end, so ``m_i = min(K_i, N_i)`` repeat orders are kept: the first ``m_i`` of
    ``N_i`` sorted times. The ``k``-th smallest is drawn directly as ``S_k / S_{N+1}`` with ``S_k`` a
    running sum of standard exponentials, and ``S_{N+1} = S_m + Gamma(N - m + 1)``: no sort. Purchases
    caused by retention campaigns (`extra`) are added. A customer has at most one order a day.

    Each order: category (``params.ORDER_CATEGORIES`` shares) and amount ``median[category] *
    LogNormal(0, 0.5)`` per customer ``* LogNormal(0, 0.35)`` per order, GST included. GST at the rate of
    an HSN code of the category (``catalog.CATEGORIES``) on the order date, for the order's value;
    ``cost_inr`` at a gross margin drawn in the category's range; ``margin_inr = amount - gst - cost``.
    Channel by acquisition channel (``params.ORDER_CHANNEL_SHARES``). Cash on delivery with the customer's
    own chance ``Beta(2, 2)``, else a prepaid method. A courier (`couriers`: partner indices and
    reliability) is picked with weight ``reliability ** 2``. It picks the parcel up the day after the
    order (``shipped_date``), or 1-2 days later with chance ``0.03 + 0.25 (1 - reliability)``; delivery is
    promised 2-6 days after the order and is late with chance ``0.04 + 0.35 (1 - reliability)``, plus 0.30
    after a slow pickup, by ``1 + Geometric(0.45)`` days. Returned to origin with the payment method's RTO
    chance (``catalog.PAYMENT_METHODS``), 1.8 times as likely when late; otherwise delivered, damaged in
    transit with chance ``0.004 + 0.04 (1 - reliability)`` (then always sent back), and returned by the
    customer at the category's ``return_rate``; an order delivered after the window end is ``in_transit``.
    """
    n = len(people["customer_id"])
    signup_day = people["_signup_day"]
    begins = calendar.clock[signup_day]
    horizon = calendar.clock[-1] - begins
    factor = np.array([facts.CHANNEL_RATE_FACTOR[name] for name in facts.CHANNELS])[
        people["acquisition_channel"]
    ]
    festive = people["_festive"]
    cohort = facts.FESTIVE_COHORT
    factor = np.where(festive, factor * cohort["rate_factor"], factor)
    true = facts.TRUE_PARAMS
    rate = rng.gamma(true["r"], 1.0 / true["alpha"], n) * factor
    dropout = rng.beta(true["a"], np.where(festive, true["b"] / cohort["dropout_factor"], true["b"]))
    # As in BG/NBD, dropout can only follow a repeat purchase: with x repeats a customer is still
    # active with probability (1 - p)^x.
    purchases = rng.geometric(dropout)
    chances = rng.poisson(rate * horizon)
    repeats = np.minimum(purchases, chances)

    # Arrays with one entry per order are the big ones: int32 indices, float work done in place.
    owner = np.repeat(np.arange(n, dtype=np.int32), repeats)
    within = rng.standard_exponential(int(repeats.sum()))
    np.cumsum(within, out=within)  # running sum over all customers' repeats
    starts = segment_starts(repeats)
    before = np.zeros(n)  # the running sum before each customer's segment
    later = starts > 0
    before[later] = within[starts[later] - 1]
    spread = np.empty_like(within)  # one buffer for each per-customer value spread over the repeats
    within -= np.take(before, owner, out=spread, mode="clip")
    has_repeats = repeats > 0
    last_sum = np.zeros(n)
    last_sum[has_repeats] = within[starts[has_repeats] + repeats[has_repeats] - 1]
    total = last_sum + rng.standard_gamma(chances - repeats + 1.0)
    within /= np.take(total, owner, out=spread, mode="clip")
    within *= np.take(horizon, owner, out=spread, mode="clip")
    within += np.take(begins, owner, out=spread, mode="clip")  # shopping time of each repeat
    del spread
    repeat_day = calendar.day_of(within)
    del within
    extra_owner, extra_day = extra if extra is not None else (np.zeros(0, np.int32), np.zeros(0, np.int64))

    # Orders by date, on one day by customer; a customer has at most one order a day. First orders and
    # repeats, laid out customer by customer, are put in day order by a stable radix sort of their
    # 16-bit day numbers (a window has fewer than 2**15 days), so customers stay in order within a
    # day; the caused purchases, a few, are sorted as (day << 32 | customer) keys and merged in;
    # repeated keys are dropped.
    sizes = repeats + 1  # each customer's first order, then their repeats in time order
    main_day = np.empty(n + len(owner), dtype=np.int16)
    main_day[starts + np.arange(n)] = signup_day
    repeat_at = np.arange(1, len(owner) + 1)
    repeat_at += owner
    main_day[repeat_at] = repeat_day
    del repeat_day, repeat_at, owner
    by_day = np.argsort(main_day, kind="stable")
    key = np.take(main_day, by_day).astype(np.int64)
    del main_day
    key <<= 32
    key |= np.take(np.repeat(np.arange(n, dtype=np.int32), sizes), by_day)
    del by_day
    caused_key = extra_day.astype(np.int64)
    caused_key <<= 32
    caused_key |= extra_owner
    caused_key.sort()
    key = np.insert(key, np.searchsorted(key, caused_key), caused_key)
    del caused_key
    keep = np.empty(len(key), dtype=bool)
    keep[:1] = True
    np.not_equal(key[1:], key[:-1], out=keep[1:])
    halves = key.view(np.int32).reshape(-1, 2)  # (customer, day) on little-endian machines
    low = 0 if sys.byteorder == "little" else 1
    everyone, day = halves[:, low][keep], halves[:, 1 - low][keep]
    del key, halves, keep
    count = len(day)
    category = _choice(rng, [share for share, _ in facts.ORDER_CATEGORIES.values()], count)
    median = np.array([value for _, value in facts.ORDER_CATEGORIES.values()])
    spend_level = rng.lognormal(0.0, 0.5, n)
    amount = np.take(median, category)
    amount *= np.take(spend_level, everyone)
    amount *= rng.lognormal(0.0, 0.35, count)
    np.round(amount, 2, out=amount)
    dates = window.dates(day)
    columns = {
        "order_id": np.arange(1, count + 1),
        "customer_id": np.add(everyone, 1, dtype=np.int64),
        "order_date": dates,
        "amount_inr": amount,
        "category": category,
        "_day": day,  # int32 day numbers and customer indices (0-based), for the tables built from orders
        "_owner": everyone,
    }
    columns.update(_economics(rng, category, amount, dates))
    marketplace = people["acquisition_channel"] == facts.CHANNELS.index("marketplace")
    shares = facts.ORDER_CHANNEL_SHARES
    channel = np.where(
        marketplace[everyone],
        _choice(rng, shares["marketplace"], count),
        _choice(rng, shares["own"], count),
    )
    columns["channel"] = channel.astype(np.int8)
    ship_rng = rng if rng_shipments is None else rng_shipments
    columns.update(_payment_and_delivery(ship_rng, people, columns, window, couriers))
    return columns


def _economics(
    rng: np.random.Generator, category: np.ndarray, amount: np.ndarray, dates: np.ndarray
) -> Columns:
    """GST, cost of goods and gross margin of each order, in whole paise (see :func:`orders`)."""
    cumulative, rates = _gst_tables()
    count = len(category)
    width = cumulative.shape[1]
    pick = rng.random(count)
    code = np.multiply(category, 2 * width, dtype=np.int16)  # (category, HSN slot, since the change)
    for k in range(width - 1):
        code += np.greater_equal(pick, np.take(cumulative[:, k], category), out=np.empty(count, bool)) * 2
    del pick
    code += dates >= gst.RATE_CHANGE_DATE.astype("datetime64[us]")
    # rates: category x slot x (before: rate, limit, above; since: rate, limit, above), by code
    table = rates.reshape(len(rates), width, 2, 3).reshape(-1, 3)
    rate, limit, above = (np.take(table[:, k], code) for k in range(3))
    del code
    over = amount / (rate + 1) > limit  # above the limit: the higher rate
    rate = np.where(over, above, rate)
    del over, limit, above
    paise = np.rint(amount * 100)
    rate += 1
    net = np.divide(paise, rate, out=rate)
    np.rint(net, out=net)
    lows = np.array([row.margin[0] for row in catalog.CATEGORIES.values()])
    highs = np.array([row.margin[1] for row in catalog.CATEGORIES.values()])
    cost = rng.uniform(0.0, 1.0, count)  # the margin share, uniform in the category's range
    cost *= np.take(highs - lows, category)
    cost += np.take(lows, category)
    np.subtract(1, cost, out=cost)
    cost *= net
    np.rint(cost, out=cost)
    gst_paise = np.subtract(paise, net, out=paise)
    margin = np.subtract(net, cost, out=net)
    gst_paise /= 100
    cost /= 100
    margin /= 100
    return {"gst_inr": gst_paise, "cost_inr": cost, "margin_inr": margin}


def _payment_and_delivery(
    rng: np.random.Generator,
    people: Columns,
    bought: Columns,
    window: Window,
    couriers: tuple[np.ndarray, np.ndarray] | None,
) -> Columns:
    """Payment method, courier, promised and delivered dates, outcome of each order (see :func:`orders`)."""
    owner, day = bought["_owner"], bought["_day"]
    count = len(day)
    n = len(people["customer_id"])
    methods = catalog.PAYMENT_METHODS
    cod_code = list(methods).index("cod")
    propensity = rng.beta(facts.COD_PROPENSITY["a"], facts.COD_PROPENSITY["b"], n)
    cod = rng.random(count) < np.take(propensity, owner)
    prepaid = _choice(rng, [methods[name].share for name in catalog.PREPAID_METHODS], count)
    method = np.where(cod, cod_code, prepaid).astype(np.int8)
    partner_index, reliability = couriers if couriers is not None else (np.zeros(0, np.int64), np.zeros(0))
    if len(partner_index):
        pick = _choice(rng, reliability**2, count)
        courier = np.take(np.asarray(partner_index, dtype=np.int32), pick)
        rel = np.asarray(reliability, dtype=float)
    else:
        pick = np.zeros(count, dtype=np.int8)
        courier = np.full(count, -1, dtype=np.int32)
        rel = np.array([facts.PARTNER_RELIABILITY["a"] / sum(facts.PARTNER_RELIABILITY.values())])
    # each courier's chances, looked up per parcel (a few couriers, millions of parcels)
    low, high = facts.DELIVERY_PROMISE_DAYS
    promised = day + rng.integers(low, high + 1, count)
    # pickup: the courier collects the parcel the day after the order, or 1-2 days later than that
    model = facts.DELIVERY_MODEL
    slow_pickup = rng.random(count) < np.take(
        model["slow_pickup"][0] + model["slow_pickup"][1] * (1 - rel), pick
    )
    shipped = day + 1 + slow_pickup * rng.integers(1, 3, count)
    late_chance = np.take(model["late"][0] + model["late"][1] * (1 - rel), pick)
    late_chance[slow_pickup] += model["late_after_slow_pickup"]
    late = rng.random(count) < late_chance
    del late_chance
    delay = 1 + rng.geometric(0.45, count)
    early = rng.integers(0, 3, count)
    delivered = np.where(late, promised + delay, np.maximum(promised - early, shipped + 1))
    rto_chance = np.take(np.array([method_.rto for method_ in methods.values()]), method)
    rto_chance[late] *= model["rto_when_late"]
    rto = rng.random(count) < rto_chance
    del rto_chance
    damaged = ~rto & (
        rng.random(count) < np.take(model["damaged"][0] + model["damaged"][1] * (1 - rel), pick)
    )
    return_rate = np.take(
        np.array([row.return_rate for row in catalog.CATEGORIES.values()]), bought["category"]
    )
    returned = damaged | (rng.random(count) < return_rate)  # a damaged parcel always goes back
    outcomes = facts.ORDER_OUTCOMES
    arrived = ~rto & (delivered < window.days)
    damaged &= arrived
    outcome = np.where(
        rto,
        outcomes.index("rto"),
        np.where(~arrived, outcomes.index("in_transit"), np.where(returned, outcomes.index("returned"), 0)),
    ).astype(np.int8)
    return {
        "payment_method": method,
        "courier_id": np.where(courier >= 0, courier + 1, 0).astype(np.int64),  # partner ids count from 1
        "shipped_date": window.dates_or_missing(np.where(shipped < window.days, shipped, -1)),
        "promised_date": window.dates(promised),
        "delivered_date": window.dates_or_missing(np.where(arrived, delivered, -1)),
        "damaged": damaged,
        "outcome": outcome,
        "_courier": courier,
        "_late": late & ~rto,
    }


def interactions(
    rng: np.random.Generator, people: Columns, bought: Columns, drawn: Campaigns, window: Window
) -> Columns:
    """Draw every contact with a customer: web visits before orders and each retention campaign's messages.

    Web visits: Poisson(0.8) per order, on the order day or up to three days before (never before signup);
    they belong to no campaign. Each contacted member of a retention campaign gets one ``<channel>_sent``
    (a call is ``call``); 25 % of e-mails are opened within 3 days and 35 % of those clicked; 70 % of
    WhatsApp messages are read the same day or the next.
    """
    kinds = facts.INTERACTION_KINDS
    signup_day = people["_signup_day"]
    contacts = _Contacts(window.days)
    visits = rng.poisson(0.8, len(bought["_day"]))
    visit_owner = np.repeat(bought["_owner"], visits)
    visit_day = rng.integers(0, 4, len(visit_owner))  # days before the order
    np.subtract(np.repeat(bought["_day"], visits), visit_day, out=visit_day)
    np.maximum(visit_day, 0, out=visit_day)
    np.maximum(visit_day, np.take(signup_day.astype(np.int32), visit_owner, mode="clip"), out=visit_day)
    contacts.add(visit_owner, visit_day, 0, kinds.index("web_visit"))
    del visits, visit_owner, visit_day
    largest = max((len(reached) for reached, _, _, _ in drawn.contacts), default=0)
    uniforms, below = np.empty(largest), np.empty(largest, dtype=bool)
    for reached, day, campaign_id, channel in drawn.contacts:
        if channel == "call":
            contacts.add(reached, day, campaign_id, kinds.index("call"))
            continue
        contacts.add(reached, day, campaign_id, kinds.index(f"{channel}_sent"))
        if channel in ("email", "whatsapp"):
            chance, lag, after = (
                (0.25, 3, "email_opened") if channel == "email" else (0.70, 2, "whatsapp_read")
            )
            opened = _below(rng, len(reached), chance, uniforms, below)
            open_day = rng.integers(0, lag, len(opened), dtype=np.int16)
            open_day += day[opened]
            opener = reached[opened]
            if len(open_day) and open_day.max() >= window.days:
                inside = np.flatnonzero(open_day < window.days)
                opener, open_day = opener[inside], open_day[inside]
            contacts.add(opener, open_day, campaign_id, kinds.index(after))
            if channel == "email":
                clicked = _below(rng, len(opener), 0.35, uniforms, below)
                contacts.add(opener[clicked], open_day[clicked], campaign_id, kinds.index("email_clicked"))
    return contacts.columns(window)


def _below(
    rng: np.random.Generator,
    size: int,
    chance: float,
    uniforms: np.ndarray,
    below: np.ndarray,
    *,
    as_mask: bool = False,
) -> np.ndarray:
    """Draw ``rng.random(size) < chance`` into the given buffers; return the rows where it holds.

    With `as_mask`, return a copy of the True/False mask instead of the row numbers.
    """
    drawn = rng.random(out=uniforms[:size])
    hit = np.less(drawn, chance, out=below[:size])
    return hit.copy() if as_mask else np.flatnonzero(hit)


_RUN_COPY = 256
"""Rows per day in a group from which copying day runs as slices beats one scatter of the group."""


class _Contacts:
    """Contacts with customers, collected group by group and laid out sorted by day, ties in arrival order.

    This is a stable counting sort: the day counts of all groups fix where each day's rows begin, and a
    group's rows of one day form one run of rows in the finished table, so every group is copied in
    runs straight into the finished columns; no sort or index of all rows (tens of millions for a
    million customers) is ever made.
    """

    def __init__(self, days: int) -> None:
        self._days = days
        self._groups: list[tuple[np.ndarray, np.ndarray, np.ndarray, int, int]] = []
        self._per_day = np.zeros(days, dtype=np.int64)

    def add(self, customer: np.ndarray, day: np.ndarray, campaign: int, kind: int) -> None:
        """Add contacts of one kind and campaign (0 for none): customer indices (0-based) and day numbers."""
        day = day.astype(np.int16, copy=False)  # a window has at most 240 months, fewer than 2**15 days
        counts = np.bincount(day, minlength=self._days)
        self._per_day += counts
        self._groups.append((customer.astype(np.int32, copy=False), day, counts, campaign, kind))

    def columns(self, window: Window) -> Columns:
        """Return the interaction table's columns, rows sorted by day; the collected groups are released."""
        size = int(self._per_day.sum())
        customer_id = np.empty(size, dtype=np.int64)
        campaign = np.empty(size, dtype=np.int64)
        kind = np.empty(size, dtype=np.int8)
        free = segment_starts(self._per_day)  # next free row of each day
        groups, self._groups = self._groups, []
        while groups:
            customer, day, counts, campaign_id, kind_code = groups.pop(0)
            by_day = customer[np.argsort(day, kind="stable")]
            days = np.flatnonzero(counts)
            if by_day.size < _RUN_COPY * days.size:  # short runs: scatter the group, one index array
                runs = counts[days]
                row = np.arange(by_day.size) + np.repeat(free[days] - (np.cumsum(runs) - runs), runs)
                customer_id[row] = by_day + 1  # ids count from 1
                campaign[row] = campaign_id
                kind[row] = kind_code
            else:  # long runs (large worlds): copy each day's run as a slice, no index of the group
                ends = np.cumsum(counts[days]).tolist()
                for first, last, row in zip([0, *ends][:-1], ends, free[days].tolist(), strict=True):
                    stop = row + last - first
                    np.add(by_day[first:last], 1, out=customer_id[row:stop])  # ids count from 1
                    campaign[row:stop] = campaign_id
                    kind[row:stop] = kind_code
            free += counts
        return {
            "interaction_id": np.arange(1, size + 1),
            "customer_id": customer_id,
            "date": window.dates(np.arange(self._days)).repeat(self._per_day),
            "kind": kind,
            "campaign_id": campaign,  # 0 means none; the table builder turns it into a missing value
        }


def _month_starts(window: Window) -> list[int]:
    """Return the day number on which each calendar month of the window begins."""
    days = window.dates(np.arange(window.days))
    months = days.astype("datetime64[M]")
    return np.flatnonzero(np.concatenate(([True], months[1:] != months[:-1]))).tolist()


def tickets(rng: np.random.Generator, bought: Columns, window: Window) -> Columns:
    """Draw support tickets, each opened within 3 days of its order.

    Chance of a ticket per order: 2 %, plus 20 % if the delivery was late, 10 % if it was returned to
    origin, 10 % if the customer sent it back and 50 % if it arrived damaged. A late or RTO order's ticket
    is about ``delivery``, a sent-back one about ``refund``, a damaged one about ``product_quality``; the
    others by ``TICKET_CATEGORIES`` shares. Hours to first response and
    from there to resolution are ``median * LogNormal(0, 0.8)`` per category. A time after the window end
    is missing (still open). CSAT 1-5: ``round(Normal(4.3 if resolved within the SLA else 2.6, 0.8))``
    clipped, missing for open tickets and for 35 % of the rest (customers skip the survey).
    """
    outcomes = facts.ORDER_OUTCOMES
    late = bought["_late"]
    rto = bought["outcome"] == outcomes.index("rto")
    returned = bought["outcome"] == outcomes.index("returned")
    damaged = bought["damaged"]
    odds = facts.TICKET_CHANCES
    chance = odds["base"] + odds["late"] * late + odds["rto"] * rto + odds["returned"] * returned
    chance += odds["damaged"] * damaged
    has_ticket = np.flatnonzero(rng.random(len(bought["_day"])) < chance)
    opened = bought["_day"][has_ticket].astype(np.int64) * 1440 + rng.integers(0, 3 * 1440, len(has_ticket))
    inside = opened < window.days * 1440
    has_ticket, opened = has_ticket[inside], opened[inside]
    count = len(opened)
    table = np.array([row[1:] for row in facts.TICKET_CATEGORIES.values()], dtype=float)
    category = _choice(rng, [row[0] for row in facts.TICKET_CATEGORIES.values()], count)
    names = list(facts.TICKET_CATEGORIES)
    category[late[has_ticket] | rto[has_ticket]] = names.index("delivery")
    category[returned[has_ticket]] = names.index("refund")
    category[damaged[has_ticket]] = names.index("product_quality")
    sla, respond, resolve = table[category].T
    first = opened + np.ceil(respond * rng.lognormal(0, 0.8, count) * 60).astype(np.int64)
    resolved = first + np.ceil(resolve * rng.lognormal(0, 0.8, count) * 60).astype(np.int64)
    end = window.days * 1440
    within_sla = (resolved - opened) <= sla * 60
    csat = np.clip(np.round(rng.normal(np.where(within_sla, 4.3, 2.6), 0.8)), 1, 5).astype(np.int64)
    csat[(rng.random(count) < 0.35) | (resolved >= end)] = 0  # 0 means no answer
    order = np.argsort(opened, kind="stable")
    first_at, resolved_at = window.datetimes(first[order]), window.datetimes(resolved[order])
    first_at[first[order] >= end] = np.datetime64("NaT")
    resolved_at[resolved[order] >= end] = np.datetime64("NaT")
    return {
        "ticket_id": np.arange(1, count + 1),
        "order_id": bought["order_id"][has_ticket][order],
        "customer_id": bought["customer_id"][has_ticket][order],
        "opened_at": window.datetimes(opened[order]),
        "first_response_at": first_at,
        "resolved_at": resolved_at,
        "category": category[order],
        "csat": csat[order],
        "sla_hours": sla[order].astype(np.int64),
    }


def nps_responses(
    rng: np.random.Generator, people: Columns, bought: Columns, support: Columns, window: Window
) -> Columns:
    """Draw NPS answers: a quarter of customers answer once, on a day between signup and window end.

    Score 0-10: ``round(Normal(8.7 + 0.3 * min(repeat orders, 4) - 2.5 * [had a ticket with CSAT <= 2]
    - 1.0 * [had a late delivery] - 1.0 * [had an order returned to origin], 1.6))``, clipped: loyal
    customers recommend more, badly served ones less.
    """
    n = len(people["customer_id"])
    responders = np.flatnonzero(rng.random(n) < 0.25)
    signup = people["_signup_day"][responders]
    day = signup + np.floor(rng.random(len(responders)) * (window.days - signup)).astype(np.int64)
    repeat_orders = np.bincount(bought["_owner"], minlength=n)[responders] - 1
    bad = np.zeros(n, dtype=bool)
    unhappy = (support["csat"] > 0) & (support["csat"] <= 2)
    bad[support["customer_id"][unhappy] - 1] = True
    late = np.zeros(n, dtype=bool)
    late[bought["_owner"][bought["_late"]]] = True
    rto = np.zeros(n, dtype=bool)
    rto[bought["_owner"][bought["outcome"] == facts.ORDER_OUTCOMES.index("rto")]] = True
    nps = facts.NPS_MODEL
    mean = nps["mean"] + nps["per_repeat"] * np.minimum(repeat_orders, nps["repeat_cap"])
    mean = (
        mean
        - nps["bad_ticket"] * bad[responders]
        - nps["late"] * late[responders]
        - nps["rto"] * rto[responders]
    )
    score = np.clip(np.round(rng.normal(mean, nps["sd"])), 0, 10).astype(np.int64)
    order = np.argsort(day.astype(np.int16), kind="stable")
    return {
        "response_id": np.arange(1, len(day) + 1),
        "customer_id": responders[order] + 1,
        "date": window.dates(day[order]),
        "score": score[order],
    }
