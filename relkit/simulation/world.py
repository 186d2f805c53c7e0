"""``simulate()``: build a whole simulated world of customers and partners, and the ``World`` holding it."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd

from ..errors import RelkitTypeError, RelkitValueError, UnknownTableError
from ..i18n import translate
from ..signatures import learner_call
from ..validation import check_count, parse_date, show_value
from . import b2b, b2c
from . import leads as b2b_leads
from . import messy as migration
from .io import world_fingerprint, write_csv, write_parquet, write_sqlite
from .schema import MESSY_TABLES, TABLES, frame_from_columns
from .season import Calendar
from .seeds import check_seed, table_generators
from .window import Window

__all__ = ["FIRST_START", "MAX_MONTHS", "World", "simulate"]

MAX_MONTHS = 240
"""The longest window, 20 years: day numbers must fit in 16 bits for the linear-time sort."""

FIRST_START = pd.Timestamp("2017-07-01")
"""The earliest `start`: the sell side writes GST invoices, and GST began in India on 1 July 2017."""


class World:
    """A simulated world: one pandas DataFrame per table, reachable as attributes or by name.

    Attributes
    ----------
    tables : Mapping[str, pandas.DataFrame]
        Every table by name, read-only mapping (the frames themselves are yours to change).
    settings : Mapping[str, object]
        The arguments the world was made with (seed, customers, partners, start, months, messy).
    fingerprint : str
        A short SHA-256 of the tables as they are now (see :mod:`relkit.simulation.provenance`).

    Examples
    --------
    >>> import relkit
    >>> world = relkit.simulate(seed=1, customers=50, partners=3, months=6)
    >>> world.customers.shape[0]
    50
    >>> "orders" in world.tables and len(world) == len(world.tables)
    True
    >>> [name for name in world][:3]
    ['customers', 'consents', 'orders']
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame], *, settings: Mapping[str, object]) -> None:
        self._tables = dict(tables)
        self.settings = MappingProxyType(dict(settings))

    @property
    def tables(self) -> Mapping[str, pd.DataFrame]:
        """Every table by name."""
        return MappingProxyType(self._tables)

    @property
    def fingerprint(self) -> str:
        """A short SHA-256 over the tables as they are now, in their canonical CSV form (16 hex digits).

        The same world gives the same fingerprint on any machine and from any file format; change one
        cell and it changes. It is computed on each use (about 0.15 s for the default world).

        Examples
        --------
        >>> import relkit
        >>> world = relkit.simulate(seed=1, customers=20, partners=2, months=3)
        >>> world.fingerprint == relkit.simulate(seed=1, customers=20, partners=2, months=3).fingerprint
        True
        >>> world.customers.loc[0, "city"] = "Atlantis"
        >>> world.fingerprint == relkit.simulate(seed=1, customers=20, partners=2, months=3).fingerprint
        False
        """
        return world_fingerprint(self._tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("_tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(translate("sim.err.no_table", name=repr(name), tables=", ".join(tables)))

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._tables))

    def __getitem__(self, name: str) -> pd.DataFrame:
        try:
            return self._tables[name]
        except (KeyError, TypeError):  # TypeError: an unhashable key such as a list
            raise UnknownTableError(
                "sim.err.no_table", name=show_value(name), tables=", ".join(self._tables)
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    def __repr__(self) -> str:
        settings = ", ".join(f"{key}={value!r}" for key, value in self.settings.items())
        width = max(map(len, self._tables), default=0)
        lines = [f"World({settings})"]
        lines += [
            "  " + translate("sim.repr.table", name=name.ljust(width), rows=f"{len(frame):,}")
            for name, frame in self._tables.items()
        ]
        return "\n".join(lines)

    def to_csv(self, out: str | os.PathLike[str]) -> Path:
        """Write one ``<table>.csv`` per table, and ``world.json``, into the new or empty folder `out`.

        All or nothing. Dates are written as ``YYYY-MM-DD`` (ticket times as ``YYYY-MM-DD HH:MM``),
        missing values as empty fields. The same world always gives byte-identical files.
        ``world.json`` records the settings and the fingerprint, so :func:`relkit.load_world` can open
        the folder again and tell when a file in it was changed.

        Examples
        --------
        >>> import relkit, tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "my_world"
        >>> relkit.simulate(seed=1, customers=20, partners=2, months=3).to_csv(out).name
        'my_world'
        >>> (out / "customers.csv").read_text().splitlines()[0]
        'customer_id,name,name_native,city,state,signup_date,acquisition_channel,acquisition_cost_inr,preferred_language,phone,email,dnd'
        """
        return write_csv(self._tables, out, settings=self.settings)

    def to_parquet(self, out: str | os.PathLike[str]) -> Path:
        """Write one ``<table>.parquet`` per table, and ``world.json``, into the new or empty folder `out`.

        Needs pyarrow.

        Raises
        ------
        RelkitError
            When pyarrow is missing; the message says ``pip install "relkit[parquet]"``.

        Examples
        --------
        >>> import relkit, tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "world_parquet"
        >>> sorted(p.name for p in relkit.simulate(seed=1, customers=20, partners=2).to_parquet(out).iterdir())[0]
        'b2b_order_lines.parquet'
        """  # noqa: E501
        return write_parquet(self._tables, out, settings=self.settings)

    def to_sqlite(self, path: str | os.PathLike[str]) -> Path:
        """Write every table into one new SQLite file, primary and foreign keys declared.

        The table ``relkit_world`` holds what ``world.json`` holds in a folder.

        Examples
        --------
        >>> import relkit, sqlite3, tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "world.sqlite"
        >>> _ = relkit.simulate(seed=1, customers=20, partners=2).to_sqlite(path)
        >>> sqlite3.connect(path).execute("SELECT COUNT(*) FROM customers").fetchone()
        (20,)
        """
        return write_sqlite(self._tables, path, settings=self.settings)


def _check_flag(value: object, *, name: str) -> bool:
    if not isinstance(value, bool | np.bool_):
        raise RelkitTypeError("sim.err.not_bool", name=name, value=show_value(value))
    return bool(value)


def _service_tables(
    rng: Mapping[str, np.random.Generator], people: dict, bought: dict, window: Window
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Draw the support tickets, then the NPS answers that depend on them."""
    support = b2c.tickets(rng["tickets"], bought, window)
    return support, b2c.nps_responses(rng["nps_responses"], people, bought, support, window)


def _sales(bought: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Return what the partner side needs to know of the customer orders (no copies)."""
    return {
        "day": bought["_day"],
        "category": bought["category"],
        "cost_inr": bought["cost_inr"],
        "outcome": bought["outcome"],
        "courier": bought["_courier"],
        "late": bought["_late"],
    }


@learner_call
def simulate(
    *,
    seed: int,
    customers: int = 2000,
    partners: int = 60,
    start: str | pd.Timestamp = "2023-01-01",
    months: int = 24,
    messy: bool = False,
) -> World:
    """Simulate a business, its customers (B2C, CRM) and its partners (B2B, BRM) over `months` months.

    The same arguments always give the same world, on any machine. Tables, customer side (B2C):
    customers, consents, orders, campaigns, campaign_members, interactions, tickets, nps_responses;
    partner side (B2B): partners, leads, contracts, purchase_orders, b2b_orders, b2b_order_lines,
    invoices, invoice_lines, payments, credit_notes, disputes, trust_surveys. With ``messy=True`` also
    source_records and record_truth (customers in two systems) and partner_records and
    partner_record_truth (distributors and resellers in two systems). Every column is explained in the
    data dictionary, ``datasets/README.md``.

    Customers buy by the BG/NBD model with the parameters in
    :data:`relkit.simulation.TRUE_PARAMS`: purchase rate ``lambda ~ Gamma(r, alpha)`` per day and dropout
    chance ``p ~ Beta(a, b)`` after each purchase.

    Parameters
    ----------
    seed : int
        Any whole number from 0; each seed gives a different world (see :func:`relkit.student_seed`).
    customers : int
        Number of customers, at least 1.
    partners : int
        Number of business partners (suppliers, distributors, vendors, resellers), at least 1.
    start : str or Timestamp
        First day of the window, such as ``"2023-01-01"``; 1 July 2017 (when GST began) or later.
    months : int
        Length of the window in calendar months, 1 to 240.
    messy : bool
        Add the ``source_records`` and ``record_truth`` tables of a CRM data migration, and the
        ``partner_records`` and ``partner_record_truth`` tables of the same for the sell-side partners.

    Returns
    -------
    World

    Raises
    ------
    RelkitValueError, RelkitTypeError
        When an argument is out of range or of the wrong type; the message names it.

    Notes
    -----
    Tables that do not wait for the orders (customer names, leads, partners, then tickets and NPS
    answers) are drawn on a second thread. Each table has its own random generator, so the world is
    the same on one core or many.

    Examples
    --------
    >>> import relkit
    >>> world = relkit.simulate(seed=7, customers=100, partners=5, months=12)
    >>> len(world.customers), len(world.partners)
    (100, 5)
    >>> bool((world.orders.groupby("customer_id").order_date.min() == world.customers.set_index("customer_id").signup_date).all())
    True
    """  # noqa: E501
    seed = check_seed(seed)
    customers = check_count(customers, name="customers")
    partners = check_count(partners, name="partners")
    months = check_count(months, name="months")
    if months > MAX_MONTHS:
        raise RelkitValueError(
            "sim.err.too_many_months", name="months", value=show_value(months), maximum=MAX_MONTHS
        )
    first_day = parse_date(start, name="start", month="start").normalize()
    if first_day < FIRST_START:
        raise RelkitValueError("sim.err.start_before_gst", name="start", value=show_value(first_day))
    messy = _check_flag(messy, name="messy")

    window = Window.from_start(first_day, months)
    calendar = Calendar.of(window)
    rng = table_generators(seed)
    # Each table has its own generator, so tables that do not wait for each other are drawn at the same
    # time: the customers, campaigns, orders and interactions here, the rest on one more thread. Each
    # generator is used by one thread only, in a fixed order, so the world is the same on one core or many.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="relkit-simulate") as side:
        people = b2c.customers(rng["customers"], customers, window, calendar=calendar, with_text=False)
        names = side.submit(b2c.customer_text, people)
        firms = b2b.partners(rng["partners"], partners, window)
        lead_table = side.submit(b2b_leads.leads, rng["leads"], firms, window)
        consent = b2c.consents(rng["consents"], people, window)
        drawn = b2c.campaigns(rng["campaigns"], rng["retention"], people, consent["_consent_day"], window)
        bought = b2c.orders(
            rng["orders"],
            people,
            window,
            calendar=calendar,
            extra=(drawn.extra_owner, drawn.extra_day),
            couriers=b2b.couriers(firms),
            rng_shipments=rng["shipments"],
        )
        service = side.submit(_service_tables, rng, people, bought, window)
        partner_tables = side.submit(b2b.relationships, rng, firms, window, sales=_sales(bought))
        contacts = b2c.interactions(rng["interactions"], people, bought, drawn, window)
        support, answers = service.result()
        people = people | names.result()
        columns = {
            "customers": people,
            "consents": consent,
            "orders": bought,
            "campaigns": drawn.table,
            "campaign_members": drawn.members,
            "interactions": contacts,
            "tickets": support,
            "nps_responses": answers,
            "partners": firms,
            "leads": lead_table.result(),
            **partner_tables.result(),
        }
    specs = dict(TABLES)
    if messy:
        columns["source_records"], columns["record_truth"] = migration.source_records(rng["messy"], people)
        columns["partner_records"], columns["partner_record_truth"] = migration.partner_records(
            rng["messy_partners"], columns["partners"]
        )
        specs.update(MESSY_TABLES)
    tables = {name: frame_from_columns(columns[name], spec) for name, spec in specs.items()}
    settings = {
        "seed": seed,
        "customers": customers,
        "partners": partners,
        "start": first_day.strftime("%Y-%m-%d"),
        "months": months,
        "messy": messy,
    }
    return World(tables, settings=settings)
