"""Time customer_summary and rfm on 10 million orders of 1 million customers, and compare with lifetimes.

Run with ``.venv/bin/python benchmarks/bench_metrics.py [--orders N] [--customers N]``. Prints wall time
and peak resident memory of each step; lifetimes' summary_data_from_transaction_data is timed on the same
data when it is importable (it is not a relkit dependency).
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np
import pandas as pd

from relkit.crm import customer_summary, rfm


def peak_gib() -> float:
    """Peak resident memory of this process so far, GiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def make_orders(n_orders: int, n_customers: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    # every customer has at least one order; the rest fall on customers at random
    customer = np.concatenate([np.arange(n_customers), rng.integers(0, n_customers, n_orders - n_customers)])
    day = rng.integers(0, 3 * 365, n_orders)
    return pd.DataFrame(
        {
            "customer_id": customer,
            "order_date": np.datetime64("2022-01-01", "D") + day.astype("timedelta64[D]"),
            "amount_inr": np.round(rng.lognormal(6.5, 0.8, n_orders), 2),
        }
    )


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:<48} {seconds:8.2f} s   peak RSS so far {peak_gib():5.2f} GiB")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=10_000_000)
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args()
    orders, _ = timed(f"generate {args.orders:,} orders", make_orders, args.orders, args.customers)
    summary, ours = timed("relkit customer_summary (freq='D')", customer_summary, orders)
    timed("relkit rfm", rfm, orders)
    try:
        from lifetimes.utils import summary_data_from_transaction_data
    except ImportError:
        print("lifetimes is not importable: comparison skipped")
        return
    theirs, seconds = timed(
        "lifetimes summary_data_from_transaction_data",
        summary_data_from_transaction_data,
        orders,
        "customer_id",
        "order_date",
        "amount_inr",
    )
    same = np.allclose(summary.to_numpy(), theirs.sort_index().to_numpy())
    print(f"speed-up over lifetimes: {seconds / ours:.1f}x; identical results: {same}")


if __name__ == "__main__":
    main()
