"""The fixed facts of the simulated world: its true parameters, places, channels and vocabularies.

Everything a lesson may want to check a fitted number against lives here, in one place, so the data
dictionary (``datasets/README.md``), the generator and the tests all read the same values.
"""

from __future__ import annotations

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

TRUE_PARAMS = MappingProxyType({"r": 0.75, "alpha": 40.0, "a": 0.8, "b": 4.0})
"""BG/NBD parameters of the customers acquired through the ``organic_search`` channel (rate per day).

Purchase rate ``lambda ~ Gamma(shape=r, rate=alpha)`` per day, so the mean customer buys
``r / alpha = 0.01875`` times a day (about once in 53 days); after each repeat purchase a customer quits
for good with probability ``p ~ Beta(a, b)``, on average ``a / (a + b) = 1/6``. Other channels scale the
purchase rate by :data:`CHANNEL_RATE_FACTOR`, which is the same as dividing ``alpha`` by the factor.
"""

# channel: (share of new customers, purchase-rate factor, median acquisition cost in INR)
_CHANNEL_TABLE = {
    "referral": (0.18, 1.25, 300.0),
    "organic_search": (0.27, 1.00, 550.0),
    "paid_search": (0.22, 0.95, 1400.0),
    "paid_social": (0.23, 0.80, 1700.0),
    "offline_event": (0.10, 1.10, 2600.0),
}
CHANNELS: tuple[str, ...] = tuple(_CHANNEL_TABLE)
"""Acquisition channels, cheapest customers first except that events cost most."""
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
        "electronics": (0.12, 4200.0),
        "home": (0.14, 1800.0),
        "beauty": (0.12, 700.0),
        "books": (0.06, 450.0),
    }
)
ORDER_CHANNELS: tuple[str, ...] = ("app", "web", "store")
ORDER_CHANNEL_SHARES: tuple[float, ...] = (0.5, 0.3, 0.2)

INTERACTION_KINDS: tuple[str, ...] = ("web_visit", "email_sent", "email_opened", "email_clicked", "call")
CAMPAIGN_CHANNELS: tuple[str, ...] = ("email", "call", "paid_search", "paid_social", "offline_event")
CAMPAIGN_PURPOSES: tuple[str, ...] = ("acquisition", "retention")
EMAIL_COST_INR = 1.5
"""Cost of sending one retention email (INR); an email campaign's budget is sends times this, +-10%."""
CALL_COST_INR = 45.0
"""Cost of one retention call from the call centre (INR)."""

LEAD_SOURCES: tuple[str, ...] = ("web_form", "referral", "trade_fair", "cold_call", "social_ad")
LEAD_SOURCE_SHARES: tuple[float, ...] = (0.35, 0.15, 0.15, 0.15, 0.20)
LEAD_STAGES: tuple[str, ...] = ("new", "contacted", "qualified", "proposal", "won", "lost")
# chance of moving on from new, contacted, qualified, proposal (to won), per source
LEAD_PASS_RATES = MappingProxyType(
    {
        "web_form": (0.80, 0.55, 0.60, 0.45),
        "referral": (0.90, 0.75, 0.70, 0.60),
        "trade_fair": (0.75, 0.60, 0.55, 0.45),
        "cold_call": (0.55, 0.35, 0.45, 0.35),
        "social_ad": (0.70, 0.45, 0.50, 0.40),
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

PARTNER_TYPES: tuple[str, ...] = ("supplier", "distributor", "vendor", "reseller")
PARTNER_TYPE_SHARES: tuple[float, ...] = (0.4, 0.25, 0.2, 0.15)
PARTNER_TIERS: tuple[str, ...] = ("gold", "silver", "bronze")
PARTNER_RELIABILITY = MappingProxyType({"a": 6.0, "b": 2.0})
"""A partner's latent reliability is ``Beta(6, 2)`` (mean 0.75); it drives lateness, shortfalls, defects."""
# product category: median unit price in INR
PRODUCT_CATEGORIES = MappingProxyType(
    {"packaging": 35.0, "electronics": 900.0, "textiles": 220.0, "food_staples": 60.0, "logistics": 400.0}
)
DISPUTE_CATEGORIES: tuple[str, ...] = ("late_delivery", "short_delivery", "quality", "invoice")
TRUST_ITEMS: tuple[str, ...] = ("reliability", "communication", "fairness")

SOURCE_SYSTEMS: tuple[str, ...] = ("web_shop", "call_centre")
