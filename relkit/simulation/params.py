"""The fixed facts of the simulated world: its true parameters, places, channels and vocabularies.

Everything a lesson may want to check a fitted number against lives here, in one place, so the data
dictionary (``datasets/README.md``), the generator and the tests all read the same values.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ACQUISITION_COST_INR",
    "CHANNELS",
    "CHANNEL_RATE_FACTOR",
    "CITIES",
    "DEFAULT_SEED",
    "LANGUAGE_SHARES",
    "TRUE_PARAMS",
]

DEFAULT_SEED = 7
"""The seed of the world shipped in ``datasets/world`` and returned by :func:`relkit.load_world`."""

TRUE_PARAMS = MappingProxyType({"r": 0.5, "alpha": 900.0, "a": 0.8, "b": 3.2})
"""BG/NBD parameters of the customers acquired through ``organic_search`` outside the festive season.

Purchase rate ``lambda ~ Gamma(shape=r, rate=alpha)`` per (average) day, so the mean customer buys
``r / alpha`` = 0.00056 times a day (about 0.2 times a year, though a few buy far more often); after each
repeat purchase a customer quits for good with probability ``p ~ Beta(a, b)``, on average
``a / (a + b) = 0.2``. With the purchases the retention campaigns add, about 29 % of customers buy again
within a year of the first order (docs/calibration.md: 15-35 %). Other channels scale the
purchase rate by :data:`CHANNEL_RATE_FACTOR`, which is the same as dividing ``alpha`` by the factor;
customers won in the festive season quit sooner (:data:`FESTIVE_COHORT`). Days are counted in shopping
time: the calendar is stretched by :data:`SEASON` so that festive and sale days hold more purchases.
"""

# channel: (share of new customers, purchase-rate factor, median acquisition cost in INR)
# Referred customers cost least and buy most; paid social wins many cheap-looking customers who buy
# little; customers first met on the marketplace keep buying there and seldom on the shop's own site.
_CHANNEL_TABLE = {
    "referral": (0.15, 1.30, 300.0),
    "organic_search": (0.25, 1.00, 550.0),
    "paid_search": (0.22, 0.95, 1400.0),
    "paid_social": (0.25, 0.70, 1700.0),
    "marketplace": (0.13, 0.85, 900.0),
}
CHANNELS: tuple[str, ...] = tuple(_CHANNEL_TABLE)
"""Acquisition channels: how the shop first won each customer."""
CHANNEL_SHARES: tuple[float, ...] = tuple(row[0] for row in _CHANNEL_TABLE.values())
CHANNEL_RATE_FACTOR = MappingProxyType({name: row[1] for name, row in _CHANNEL_TABLE.items()})
"""Purchase-rate multiplier per acquisition channel: the channel's BG/NBD ``alpha`` is ``alpha / factor``."""
ACQUISITION_COST_INR = MappingProxyType({name: row[2] for name, row in _CHANNEL_TABLE.items()})
"""Median cost of winning one customer through each channel (INR); each customer's cost is lognormal."""

# city, state, share of customers and partners
CITIES: tuple[tuple[str, str, float], ...] = (
    ("Patna", "Bihar", 0.09),
    ("Gaya", "Bihar", 0.03),
    ("Kolkata", "West Bengal", 0.11),
    ("Siliguri", "West Bengal", 0.03),
    ("Durgapur", "West Bengal", 0.03),
    ("Pune", "Maharashtra", 0.08),
    ("Mumbai", "Maharashtra", 0.09),
    ("Delhi", "Delhi", 0.09),
    ("Lucknow", "Uttar Pradesh", 0.05),
    ("Kanpur", "Uttar Pradesh", 0.03),
    ("Varanasi", "Uttar Pradesh", 0.02),
    ("Bhopal", "Madhya Pradesh", 0.03),
    ("Jaipur", "Rajasthan", 0.04),
    ("Bhubaneswar", "Odisha", 0.03),
    ("Guwahati", "Assam", 0.03),
    ("Bengaluru", "Karnataka", 0.06),
    ("Chennai", "Tamil Nadu", 0.05),
    ("Hyderabad", "Telangana", 0.05),
    ("Ahmedabad", "Gujarat", 0.06),
)

# Share of customers in a state who prefer Hindi, Bengali, English (in that order).
_HINDI_BELT = (0.75, 0.0, 0.25)
LANGUAGE_SHARES = MappingProxyType(
    {
        "Bihar": _HINDI_BELT,
        "Uttar Pradesh": _HINDI_BELT,
        "Madhya Pradesh": _HINDI_BELT,
        "Rajasthan": _HINDI_BELT,
        "Delhi": (0.55, 0.0, 0.45),
        "West Bengal": (0.10, 0.75, 0.15),
        "Assam": (0.20, 0.35, 0.45),
        "Odisha": (0.30, 0.10, 0.60),
        "Maharashtra": (0.30, 0.0, 0.70),
        "Gujarat": (0.35, 0.0, 0.65),
        "Karnataka": (0.10, 0.0, 0.90),
        "Tamil Nadu": (0.05, 0.0, 0.95),
        "Telangana": (0.25, 0.0, 0.75),
    }
)
"""For each state, the shares of customers preferring ``("hi", "bn", "en")``."""
LANGUAGES: tuple[str, ...] = ("hi", "bn", "en")

# category: (share of orders, median order value in INR)
ORDER_CATEGORIES = MappingProxyType(
    {
        "groceries": (0.34, 650.0),
        "fashion": (0.22, 1300.0),
        "electronics": (0.12, 1500.0),
        "home": (0.14, 1200.0),
        "beauty": (0.12, 700.0),
        "books": (0.06, 450.0),
    }
)
"""The shop's categories (``orders.category``): share of customer orders and median order value (INR)."""
ORDER_CHANNELS: tuple[str, ...] = ("app", "web", "marketplace")
"""Where a customer order was placed: the shop's app, its web site, or its store on a marketplace."""
ORDER_CHANNEL_SHARES = MappingProxyType({"own": (0.50, 0.35, 0.15), "marketplace": (0.15, 0.15, 0.70)})
"""Shares of ``ORDER_CHANNELS`` for customers won through the marketplace and for everyone else."""
PAYMENT_METHODS: tuple[str, ...] = ("upi", "card", "net_banking", "wallet", "cod")
"""``orders.payment_method``; ``cod`` is cash on delivery. Shares, RTO: ``catalog.PAYMENT_METHODS``."""
ORDER_OUTCOMES: tuple[str, ...] = ("delivered", "returned", "rto", "in_transit")
"""``orders.outcome``: delivered and kept; delivered and sent back by the customer; returned to origin
(RTO: refused at the door or never reached, so never delivered); still on the way at the window end."""
COD_PROPENSITY = MappingProxyType({"a": 2.0, "b": 2.0})
"""Each customer pays cash on delivery on each order with their own chance ``Beta(2, 2)`` (mean 0.5)."""
DELIVERY_PROMISE_DAYS: tuple[int, int] = (2, 6)
"""A customer order is promised for delivery 2-6 days after it is placed (uniform, both ends included)."""

# Festive season and sale days. The calendar has more shopping on some days than others; the BG/NBD
# clock runs faster on them (see TRUE_PARAMS), and more customers sign up on them.
DIWALI: Mapping[int, str] = MappingProxyType(
    {
        2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
        2019: "2019-10-27", 2020: "2020-11-14", 2021: "2021-11-04", 2022: "2022-10-24",
        2023: "2023-11-12", 2024: "2024-11-01", 2025: "2025-10-21", 2026: "2026-11-08",
        2027: "2027-10-29", 2028: "2028-10-17", 2029: "2029-11-05", 2030: "2030-10-26",
    }
)  # fmt: skip
"""Lakshmi Puja (Diwali) by year, from published calendars; other years use 1 November."""
SEASON = MappingProxyType(
    {
        "festive_days_before_diwali": 30,  # the season opens with Navratri and Durga Puja
        "festive_days_after_diwali": 3,  # Bhai Dooj
        "festive_factor": 1.85,  # shopping intensity through the season, against an ordinary day
        "sale_days": 6,  # the marketplaces' festive sale: the first six days of the season
        "sale_factor": 3.0,
        "small_sales": (("01-19", 4), ("08-08", 4)),  # Republic Day and Independence Day sales: start, days
        "small_sale_factor": 2.0,
    }
)
"""The seasonal calendar: every day has a shopping intensity, 1 on an ordinary day (before scaling)."""
FESTIVE_COHORT = MappingProxyType({"dropout_factor": 2.0, "rate_factor": 0.8})
"""Customers who sign up in the festive season: their dropout chance ``p`` is drawn from
``Beta(a, b / dropout_factor)`` (so about twice as likely to quit after a repeat) and their purchase
rate is ``rate_factor`` times the usual one: sale shoppers who buy once and leave."""

MESSAGE_CHANNELS: tuple[str, ...] = ("email", "whatsapp", "sms", "push", "call")
"""Channels the shop may use to reach a customer it already has; ``consents.channel``."""
MESSAGE_COST_INR = MappingProxyType(
    {"email": 0.05, "whatsapp": 0.7846, "sms": 0.15, "push": 0.01, "call": 45.0}
)
"""Cost of one marketing contact by channel (INR), from docs/calibration.md: WhatsApp Business marketing
message at Meta's 2025 India rate; a DLT-registered SMS; bulk e-mail; app push; a call-centre call."""
CONSENT_SHARES = MappingProxyType({"email": 0.70, "whatsapp": 0.60, "sms": 0.45, "push": 0.50, "call": 0.20})
"""Share of customers who opted in to marketing on each channel (push: allowed app notifications)."""
DND_SHARE = 0.20
"""Share of customers whose number is on the national Do Not Disturb register (NCPR, TRAI)."""
CAMPAIGN_CHANNELS: tuple[str, ...] = (*MESSAGE_CHANNELS, "paid_search", "paid_social", "marketplace")
CAMPAIGN_PURPOSES: tuple[str, ...] = ("acquisition", "retention")
CAMPAIGN_GROUPS: tuple[str, ...] = ("treatment", "control")
"""``campaign_members.group``: contacted, or held out at random as the control group."""
RETENTION_PLAN = MappingProxyType(
    {
        # channel: (every how many months, share of eligible customers targeted, true uplift)
        "whatsapp": (1, 0.80, 0.030),
        "email": (1, 0.80, 0.015),
        "push": (3, 0.50, 0.005),
        "sms": (3, 0.50, 0.010),
        "call": (3, 0.60, 0.050),
    }
)
"""Retention campaigns. Each targets a random share of the customers in their first year (signed up 30
to 395 days before it starts) who opted in to its channel (and, for SMS and calls, are not on DND); a random
:data:`HOLDOUT_SHARE` of them is held out. The true uplift is the extra chance that a contacted customer
buys within :data:`RETENTION_WINDOW_DAYS` of the contact because of it."""
HOLDOUT_SHARE = 0.25
RETENTION_WINDOW_DAYS = 30

INTERACTION_KINDS: tuple[str, ...] = (
    "web_visit",
    "email_sent",
    "email_opened",
    "email_clicked",
    "whatsapp_sent",
    "whatsapp_read",
    "sms_sent",
    "push_sent",
    "call",
)

LEAD_SOURCES: tuple[str, ...] = ("trade_fair", "field_visit", "referral", "web_form", "cold_call")
"""Where a prospective distributor or reseller (a B2B lead) came from."""
LEAD_SOURCE_SHARES: tuple[float, ...] = (0.25, 0.25, 0.20, 0.15, 0.15)
LEAD_STAGES: tuple[str, ...] = ("new", "contacted", "qualified", "proposal", "won", "lost")
# chance of moving on from new, contacted, qualified, proposal (to won), per source
LEAD_PASS_RATES = MappingProxyType(
    {
        "trade_fair": (0.80, 0.55, 0.55, 0.45),
        "field_visit": (0.90, 0.65, 0.60, 0.50),
        "referral": (0.90, 0.75, 0.70, 0.60),
        "web_form": (0.75, 0.50, 0.50, 0.40),
        "cold_call": (0.55, 0.35, 0.45, 0.35),
    }
)

# ticket category: (share, SLA hours, median hours to first response, median hours to resolve after it)
TICKET_CATEGORIES = MappingProxyType(
    {
        "delivery": (0.35, 24, 6.0, 20.0),
        "refund": (0.20, 48, 10.0, 40.0),
        "product_quality": (0.20, 72, 12.0, 50.0),
        "payment": (0.15, 24, 4.0, 12.0),
        "account": (0.10, 48, 8.0, 16.0),
    }
)

PARTNER_TYPES: tuple[str, ...] = ("supplier", "vendor", "distributor", "reseller")
"""Suppliers sell the shop its goods; vendors serve it (couriers, packaging); distributors and
resellers (kirana shops, regional retailers) buy from it on credit."""
BUY_SIDE: tuple[str, ...] = ("supplier", "vendor")
SELL_SIDE: tuple[str, ...] = ("distributor", "reseller")
PARTNER_TYPE_SHARES: tuple[float, ...] = (0.35, 0.15, 0.15, 0.35)
PARTNER_TIERS: tuple[str, ...] = ("gold", "silver", "bronze")
PARTNER_RELIABILITY = MappingProxyType({"a": 6.0, "b": 2.0})
"""A partner's latent reliability is ``Beta(6, 2)`` (mean 0.75); it drives lateness, shortfalls, defects."""
PARTNER_CATEGORIES: tuple[str, ...] = (*ORDER_CATEGORIES, "packaging", "logistics")
"""``partners.category``: what a supplier sells the shop or a reseller buys most (a shop category);
``packaging`` and ``logistics`` for vendors."""
TIER_REVIEW = MappingProxyType({"gold": 0.25, "silver": 0.40, "noise": 0.04})
"""Tier at the last review: within each partner type, the best ``gold`` share by review score (hidden
performance + ``Normal(0, noise)``) is gold, the next ``silver`` share silver, the rest bronze."""
SUPPLY = MappingProxyType(
    {
        "po_per_month": (10.0, 9.0, 8.0),  # to a gold, silver, bronze supplier: about twice a week
        "packaging_po_per_month": 8.0,
        "tier_weight": (3.0, 2.0, 1.0),  # a gold supplier gets three times a bronze one's share
        "stock_growth": 1.05,  # the shop buys 5 % more than it sells: its stock grows with the business
    }
)
"""How the shop buys: purchase orders per month and how a category's demand is split among suppliers."""
SELL_SIDE_ORDERS = MappingProxyType({"orders_per_month": 2.0, "lot_median": (6.0, 2.0, 2.0, 2.0, 6.0, 2.0)})
"""The sell side's parameters that differ from ``sellside.SellSideParams``' defaults: a kirana or
retailer restocks from the shop about twice a month, a few packs or cartons a line."""
TRUST_MODEL = MappingProxyType(
    {
        "base": 3.7,
        "rapport": 0.45,
        "disputes": (
            0.45,
            0.30,
            0.25,
        ),  # per dispute of the last 180 days: reliability, communication, fairness
        "late_payments": (0.05, 0.10, 0.25),  # per late payment of the last 180 days
        "noise": 0.6,
    }
)
"""Trust item score: ``round(base + rapport x _rapport - disputes_i x D - late_payments_i x L + Normal(0,
noise))``, clipped to 1-5, for ``D`` disputes and ``L`` late payments in the 180 days before the survey."""
RENEWAL_MODEL = MappingProxyType({"intercept": 1.1, "trust": 1.6, "centre": 3.5})
"""Renewal chance ``sigmoid(intercept + trust x (last survey mean - centre))``: low trust, fewer renewals."""
COURIER_SLA = MappingProxyType({"late_share": 0.10, "penalty_inr": 40.0})
"""A courier promises at most 10 % of a month's parcels late; above that, Rs 40 a late parcel is disputed."""
DELIVERY_MODEL = MappingProxyType(
    {
        "slow_pickup": (0.03, 0.25),  # chance a + b (1 - reliability) of a pickup 1-2 days late
        "late": (0.04, 0.35),  # chance a + b (1 - reliability) of a late delivery ...
        "late_after_slow_pickup": 0.30,  # ... plus this after a slow pickup
        "rto_when_late": 1.8,  # a late parcel is refused this many times as often
        "damaged": (0.004, 0.04),  # chance a + b (1 - reliability) that a parcel arrives damaged
    }
)
"""How a courier of reliability ``r`` (``b2b.couriers``) handles a customer's parcel."""
TICKET_CHANCES = MappingProxyType(
    {"base": 0.02, "late": 0.20, "rto": 0.10, "returned": 0.10, "damaged": 0.50}
)
"""Chance of a support ticket per order: ``base`` plus each that applies to the order."""
NPS_MODEL = MappingProxyType(
    {"mean": 8.7, "per_repeat": 0.3, "repeat_cap": 4, "bad_ticket": 2.5, "late": 1.0, "rto": 1.0, "sd": 1.6}
)
"""NPS score ``round(Normal(mean + per_repeat x min(repeats, repeat_cap) - bad_ticket - late - rto, sd))``
clipped to 0-10, each penalty applying when the customer had one (a ticket with CSAT of 2 or less)."""
DISPUTE_CATEGORIES: tuple[str, ...] = (
    "late_delivery",
    "short_delivery",
    "quality",
    "invoice",
    "late_payment",
)
TRUST_ITEMS: tuple[str, ...] = ("reliability", "communication", "fairness")

SOURCE_SYSTEMS: tuple[str, ...] = ("web_shop", "call_centre")
PARTNER_SOURCE_SYSTEMS: tuple[str, ...] = ("tally", "sales_crm")
"""Where a messy world keeps its distributors and resellers: the accounts books (Tally) and the sales
team's CRM app."""
GSTIN_ENTRIES: tuple[str, ...] = ("exact", "lower_case", "swap", "wrong", "lookalike", "copied", "missing")
"""``partner_record_truth.gstin_entry``: how a record's GSTIN was typed. ``swap``, ``wrong`` and
``lookalike`` are the slips of :func:`relkit.simulation.gst.typo_gstin`; ``copied`` is another partner's
real GSTIN, copied from the wrong row: it passes every check and is still wrong."""
