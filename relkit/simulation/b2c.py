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

from . import params as facts
from . import text
from .names import load_name_pool
from .window import Window, segment_starts

__all__ = ["campaigns_and_interactions", "customers", "leads", "nps_responses", "orders", "tickets"]

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


def customers(rng: np.random.Generator, n: int, window: Window, *, with_text: bool = True) -> Columns:
    """Draw `n` customers: signup day (sorted), channel, acquisition cost, city, language, name, contacts.

    Acquisition cost: ``median_cost[channel] * LogNormal(0, 0.35)``, rounded to paise. Names: Latin-script
    and native-script full names (native missing for English speakers). E-mail:
    ``<first>.<last><customer id>@<domain>`` in lower case; phone: ``+91`` and ten digits from 6.
    Without `with_text`, every number is drawn but the text columns are left to :func:`customer_text`,
    which draws nothing, so it can run while the next table is drawn.
    """
    signup_day = np.sort(rng.integers(0, window.days, n))
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
    people = {
        "customer_id": customer_id,
        "signup_date": window.dates(signup_day),
        "acquisition_channel": channel,
        "acquisition_cost_inr": cost,
        "preferred_language": language,
        "_signup_day": signup_day,
        "_name_pair": pair,  # what customer_text needs
        "_city": city,
        "_mobile": mobile,
        "_domain": domain,
    }
    for kind in ("latin", "native", "handle"):
        _full_name_pool(kind, text.backend())  # made (once) in this thread, not in customer_text's
    return people | customer_text(people) if with_text else people


def customer_text(people: Columns) -> Columns:
    """Build the text columns of customers drawn by :func:`customers` (name, name_native, city, ...)."""
    pair, city = people["_name_pair"], people["_city"]
    backend = text.backend()
    english = people["preferred_language"] == facts.LANGUAGES.index("en")
    return {
        "name": text.pick(_full_name_pool("latin", backend), pair),
        "name_native": text.pick(_full_name_pool("native", backend), pair, missing=english),
        "city": text.pick(text.pool([row[0] for row in facts.CITIES]), city),
        "state": text.pick(text.pool([row[1] for row in facts.CITIES]), city),
        "phone": text.join("+91", text.decimal(people["_mobile"])),
        "email": text.join(
            text.pick(_full_name_pool("handle", backend), pair),
            text.decimal(people["customer_id"]),
            text.pick(text.pool(_AT_DOMAINS), people["_domain"]),
        ),
    }


def orders(rng: np.random.Generator, people: Columns, window: Window) -> Columns:
    """Draw every customer's orders with the BG/NBD buy-till-you-die process.

    Per customer ``i`` observed for ``T_i`` days after signup: purchase rate ``lambda_i ~ Gamma(r,
    rate=alpha) * factor[channel]`` per day and dropout chance ``p_i ~ Beta(a, b)`` after each repeat
    purchase. The first order falls on the signup day. ``K_i ~ Geometric(p_i)`` (at least 1) repeat
    purchases happen before dropout and ``N_i ~ Poisson(lambda_i * T_i)`` purchase chances fall in the
    window, so ``m_i = min(K_i, N_i)`` repeat orders are kept: the first ``m_i`` of ``N_i`` sorted times
    in ``[0, T_i)``. Rather than sorting ``N_i`` uniforms, the ``k``-th smallest is drawn directly as
    ``S_k / S_{N+1}`` with ``S_k`` a running sum of standard exponentials (the same distribution), and
    ``S_{N+1} = S_m + Gamma(N - m + 1)``: only ``m_i`` values per customer, no sort.

    Orders are whole days: a repeat on a day that already has an order of the same customer is dropped,
    so a customer has at most one order a day. Amount: ``median[category] * LogNormal(0, 0.5)`` per
    customer ``* LogNormal(0, 0.35)`` per order, rounded to paise.
    """
    n = len(people["customer_id"])
    signup_day = people["_signup_day"]
    horizon = (window.days - signup_day).astype(float)
    factor = np.array([facts.CHANNEL_RATE_FACTOR[name] for name in facts.CHANNELS])[
        people["acquisition_channel"]
    ]
    true = facts.TRUE_PARAMS
    rate = rng.gamma(true["r"], 1.0 / true["alpha"], n) * factor
    dropout = rng.beta(true["a"], true["b"], n)
    # As in BG/NBD, dropout can only follow a repeat purchase: with x repeats a customer is still
    # active with probability (1 - p)^x. Letting customers drop right after the first order,
    # min(K - 1, N), moved fitted parameters far from TRUE_PARAMS (r 0.45 instead of 0.75).
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
    np.floor(within, out=within)
    within += np.take(signup_day.astype(float), owner, out=spread, mode="clip")  # whole days: exact
    del spread

    # Orders by date, a customer's at most one order a day by customer: sort (day << 32 | customer)
    # keys, first orders and repeats together, and drop repeated keys (a second order on one day).
    key = np.empty(n + len(owner), dtype=np.int64)
    np.left_shift(signup_day, 32, out=key[:n])
    key[:n] |= np.arange(n)
    repeat_key = key[n:]
    repeat_key[:] = within
    del within
    repeat_key <<= 32
    repeat_key |= owner
    del owner, repeat_key
    key.sort()
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
    amount = median[category]
    amount *= spend_level[everyone]
    amount *= rng.lognormal(0.0, 0.35, count)
    return {
        "order_id": np.arange(1, count + 1),
        "customer_id": np.add(everyone, 1, dtype=np.int64),
        "order_date": window.dates(day),
        "amount_inr": np.round(amount, 2, out=amount),
        "category": category,
        "channel": _choice(rng, facts.ORDER_CHANNEL_SHARES, count),
        "_day": day,  # int32 day numbers and customer indices (0-based), for the tables built from orders
        "_owner": everyone,
    }


def campaigns_and_interactions(
    rng_campaigns: np.random.Generator,
    rng_interactions: np.random.Generator,
    people: Columns,
    bought: Columns,
    window: Window,
) -> tuple[Columns, Columns]:
    """Draw marketing campaigns and every contact with a customer: visits, e-mails, calls.

    Retention campaigns: a monthly e-mail to 30% of the customers signed up by its start (25% open it,
    35% of openers click), and a quarterly call campaign reaching 5%. Budget = contacts * unit cost
    (``EMAIL_COST_INR``, ``CALL_COST_INR``) * Uniform(0.9, 1.1). Acquisition campaigns: one per quarter
    for each paid channel (search, social, events), budget = the summed acquisition cost of the customers
    that channel won that quarter. Web visits: Poisson(0.8) per order, on the order day or up to three
    days before (never before signup); they belong to no campaign.

    So retention spend per reached customer = retention budgets / customers contacted by a retention
    campaign, comparable with the acquisition cost per customer.
    """
    rng = rng_campaigns
    signup_day = people["_signup_day"]
    month_starts = _month_starts(window)
    rows = []  # (start day, last day, channel, name)
    for index, day in enumerate(month_starts):
        label = str(window.dates(np.array([day]))[0])[:7]
        mailed = day + int(rng.integers(0, 5))
        rows.append((mailed, mailed + 13, "email", f"Newsletter {label}"))
        if index % 3 == 0:
            called = day + int(rng.integers(0, 10))
            rows.append((called, called + 29, "call", f"Call-back {label}"))
            quarter_end = month_starts[index + 3] - 1 if index + 3 < len(month_starts) else window.days - 1
            for channel in ("paid_search", "paid_social", "offline_event"):
                rows.append((day, quarter_end, channel, f"{channel.replace('_', ' ').capitalize()} {label}"))
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

    rng = rng_interactions
    kinds = facts.INTERACTION_KINDS
    contacts = _Contacts(window.days)
    visits = rng.poisson(0.8, len(bought["_day"]))
    visit_owner = np.repeat(bought["_owner"], visits)
    visit_day = rng.integers(0, 4, len(visit_owner))  # days before the order
    np.subtract(np.repeat(bought["_day"], visits), visit_day, out=visit_day)
    np.maximum(visit_day, 0, out=visit_day)
    np.maximum(visit_day, np.take(signup_day.astype(np.int32), visit_owner, mode="clip"), out=visit_day)
    contacts.add(visit_owner, visit_day, 0, kinds.index("web_visit"))
    del visits, visit_owner, visit_day
    uniforms = np.empty(len(signup_day))  # buffers for the per-campaign draws, at most one per customer
    below = np.empty(len(signup_day), dtype=bool)
    for index in range(count):
        eligible = int(np.searchsorted(signup_day, start[index], side="right"))
        purpose_channel = facts.CAMPAIGN_CHANNELS[channel[index]]
        if purpose_channel in ("email", "call"):
            rate = 0.30 if purpose_channel == "email" else 0.05
            reached = _below(rng, eligible, rate, uniforms, below)
            span = end[index] - start[index] + 1
            day = start[index] + rng.integers(
                0, min(span, 3 if purpose_channel == "email" else span), len(reached)
            )
            if purpose_channel == "call":
                contacts.add(reached, day, index + 1, kinds.index("call"))
                unit = facts.CALL_COST_INR
            else:
                contacts.add(reached, day, index + 1, kinds.index("email_sent"))
                opened = _below(rng, len(reached), 0.25, uniforms, below, as_mask=True)
                open_day = day[opened] + rng.integers(0, 3, int(opened.sum()))
                inside = open_day < window.days
                opener, open_day = reached[opened][inside], open_day[inside]
                contacts.add(opener, open_day, index + 1, kinds.index("email_opened"))
                clicked = _below(rng, len(opener), 0.35, uniforms, below, as_mask=True)
                contacts.add(opener[clicked], open_day[clicked], index + 1, kinds.index("email_clicked"))
                unit = facts.EMAIL_COST_INR
            budget[index] = round(len(reached) * unit * rng.uniform(0.9, 1.1), 2)
        else:
            # Customers are in signup order: those signed up in the campaign are one slice of them.
            stop = int(np.searchsorted(signup_day, end[index], side="right"))
            first = int(np.searchsorted(signup_day, start[index], side="left"))
            won = people["acquisition_channel"][first:stop] == facts.CHANNELS.index(purpose_channel)
            budget[index] = round(float(people["acquisition_cost_inr"][first:stop][won].sum()), 2)

    campaign_columns = {
        "campaign_id": np.arange(1, count + 1),
        "name": np.array([row[3] for row in rows], dtype=object),
        "channel": channel,
        "purpose": (channel <= 1).astype(np.int8),  # codes of CAMPAIGN_PURPOSES: e-mail and calls retain
        "start_date": window.dates(start),
        "end_date": window.dates(end),
        "budget_inr": budget,
    }
    return campaign_columns, contacts.columns(window)


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
        day = day.astype(np.int16)  # a window has at most 240 months, fewer than 2**15 days
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


def leads(rng: np.random.Generator, people: Columns, window: Window) -> Columns:
    """Draw the sales funnel: one lead per two customers, moving through the stages or getting lost.

    A lead from source ``s`` passes each of new -> contacted -> qualified -> proposal -> won with the
    chances ``LEAD_PASS_RATES[s]``. A won lead is linked to a distinct customer and created 0-44 days
    before that customer's signup (not before the window). A lead that stopped is ``lost`` (its
    ``lost_at_stage`` is the stage it had reached) unless it was created in the last 30 days of the
    window, when it is still open at that stage.
    """
    n = len(people["customer_id"])
    count = (n + 1) // 2
    source = _choice(rng, facts.LEAD_SOURCE_SHARES, count)
    pass_rates = np.array([facts.LEAD_PASS_RATES[name] for name in facts.LEAD_SOURCES])[source]
    passed = np.cumprod(rng.random((count, 4)) < pass_rates, axis=1)
    reached = passed.sum(axis=1).astype(np.int8)  # 0 new, 1 contacted, 2 qualified, 3 proposal, 4 won
    won = np.flatnonzero(reached == 4)
    customer = np.zeros(count, dtype=np.int64)
    created = rng.integers(0, window.days, count)
    chosen = rng.choice(n, size=len(won), replace=False)
    customer[won] = chosen + 1
    created[won] = np.maximum(people["_signup_day"][chosen] - rng.integers(0, 45, len(won)), 0)
    still_open = (reached < 4) & (created >= window.days - 30)
    lost = (reached < 4) & ~still_open
    stage = np.where(lost, facts.LEAD_STAGES.index("lost"), reached).astype(np.int8)
    lost_at = np.where(lost, reached, -1).astype(np.int8)
    order = np.argsort(created.astype(np.int16), kind="stable")
    return {
        "lead_id": np.arange(1, count + 1),
        "created_date": window.dates(created[order]),
        "source": source[order],
        "stage": stage[order],
        "lost_at_stage": lost_at[order],  # -1 means not lost
        "customer_id": customer[order],  # 0 means not won
    }


def tickets(rng: np.random.Generator, bought: Columns, window: Window) -> Columns:
    """Draw support tickets: 8% of orders lead to one, opened up to 3 days after the order.

    Hours to first response and from there to resolution are ``median * LogNormal(0, 0.8)`` per category
    (``TICKET_CATEGORIES``). A time after the window end is missing (still open). CSAT 1-5:
    ``round(Normal(4.3 if resolved within the SLA else 2.6, 0.8))`` clipped, missing for open tickets and
    for 35% of the rest (customers skip the survey).
    """
    has_ticket = np.flatnonzero(rng.random(len(bought["_day"])) < 0.08)
    opened = bought["_day"][has_ticket].astype(np.int64) * 1440 + rng.integers(0, 3 * 1440, len(has_ticket))
    inside = opened < window.days * 1440
    has_ticket, opened = has_ticket[inside], opened[inside]
    count = len(opened)
    table = np.array([row[1:] for row in facts.TICKET_CATEGORIES.values()], dtype=float)
    category = _choice(rng, [row[0] for row in facts.TICKET_CATEGORIES.values()], count)
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

    Score 0-10: ``round(Normal(7.2 + 0.3 * min(repeat orders, 6) - 2.5 * [had a ticket with CSAT <= 2],
    2))``, clipped, so loyal customers recommend more and badly served ones less.
    """
    n = len(people["customer_id"])
    responders = np.flatnonzero(rng.random(n) < 0.25)
    signup = people["_signup_day"][responders]
    day = signup + np.floor(rng.random(len(responders)) * (window.days - signup)).astype(np.int64)
    repeat_orders = np.bincount(bought["_owner"], minlength=n)[responders] - 1
    bad = np.zeros(n, dtype=bool)
    unhappy = (support["csat"] > 0) & (support["csat"] <= 2)
    bad[support["customer_id"][unhappy] - 1] = True
    mean = 7.2 + 0.3 * np.minimum(repeat_orders, 6) - 2.5 * bad[responders]
    score = np.clip(np.round(rng.normal(mean, 2.0)), 0, 10).astype(np.int64)
    order = np.argsort(day.astype(np.int16), kind="stable")
    return {
        "response_id": np.arange(1, len(day) + 1),
        "customer_id": responders[order] + 1,
        "date": window.dates(day[order]),
        "score": score[order],
    }
