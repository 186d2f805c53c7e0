"""Print the B2B calibration figures of world v2 for some seeds, on a stand-in for the customer orders.

Run: ``.venv/bin/python tools/b2b_calibration.py [partners] [seed ...]`` (default 60 partners, seeds 7, 1-20).
Ranges are those of docs/calibration.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "simulation"))

from b2b_fakes import fake_sales

from relkit.brm import scorecard
from relkit.simulation import b2b, seeds, sellside
from relkit.simulation.schema import TABLES, frame_from_columns
from relkit.simulation.window import Window

WINDOW = Window.from_start(pd.Timestamp("2023-01-01"), 24)
LAST_DAY = WINDOW.start + np.timedelta64(WINDOW.days - 1, "D")


def figures(seed: int, count: int = 60) -> dict[str, float]:
    """Return the calibration figures of one world."""
    rng = seeds.table_generators(seed)
    firms = b2b.partners(rng["partners"], count, WINDOW)
    sales = fake_sales(np.random.default_rng(seed + 1000), firms, WINDOW)
    start = time.perf_counter()
    tables = b2b.relationships(rng, firms, WINDOW, sales=sales)
    seconds = time.perf_counter() - start
    frames = {name: frame_from_columns(columns, TABLES[name]) for name, columns in tables.items()}
    frames["partners"] = frame_from_columns(firms, TABLES["partners"])
    pos, disputes, contracts = frames["purchase_orders"], frames["disputes"], frames["contracts"]
    kept = sales["outcome"] == 0
    lines = tables["b2b_order_lines"]
    cogs = sales["cost_inr"][kept].sum() + (lines["unit_cost_inr"] * lines["quantity_delivered"]).sum()
    goods = pos[~pos["category"].isin(["packaging", "logistics"])]
    decided = contracts["renewed"].dropna()
    card = scorecard(pos)
    grades = card["grade"].value_counts(normalize=True).reindex(list("ABCD"), fill_value=0)
    card_d = scorecard(pos, disputes=disputes[disputes["po_id"].notna()])
    grades_d = card_d["grade"].value_counts(normalize=True).reindex(list("ABCD"), fill_value=0)
    return {
        "disputes_%": 100 * len(disputes) / (len(pos) + len(frames["invoices"])),
        "renewal_%": 100 * decided.mean(),
        "ended": len(decided),
        "dso": sellside.days_sales_outstanding(tables, as_of=LAST_DAY),
        "po/cogs": goods["value_inr"].sum() / cogs,
        "b2b_lakh": frames["invoices"]["total_inr"].sum() / 1e5,
        "cogs_lakh": cogs / 1e5,
        **{f"{g}%": 100 * grades[g] for g in "ABCD"},
        **{f"{g}%d": 100 * grades_d[g] for g in "ABCD"},
        "seconds": seconds,
    }


def main(argv: list[str]) -> None:
    """Print the figures of the seeds in `argv` (the first number is the partner count)."""
    count = int(argv[0]) if argv else 60
    chosen = [int(s) for s in argv[1:]] or [7, *range(1, 21)]
    rows = {seed: figures(seed, count) for seed in chosen}
    table = pd.DataFrame(rows).T
    table.index.name = "seed"
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        print(table.round(2).to_string())
        print("\nranges: disputes 1-5 %, renewal 60-85 %, DSO 30-60 days, PO/COGS 1.0-1.15")
        print("grades: A 10-25 %, B 30-45 %, C 20-35 %, D 5-20 % (A%d...: scorecard with PO disputes)")
        print(table.describe().loc[["min", "mean", "max"]].round(2).to_string())


if __name__ == "__main__":
    main(sys.argv[1:])
