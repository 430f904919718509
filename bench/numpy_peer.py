#!/usr/bin/python3
"""The numpy peer of `bailiff simulate` (issue 11 §3): the vectorised script a researcher
writes in an afternoon for a simpler pipeline, timed on the same fines.

It reads the same data files as the toolkit (the synthetic population, the behaviour file's
segments and hazards, both policies' terms, the MRP and the fee brackets) and, for every fine
under the policy and under its baseline: draws the fine's traits (offence, day of entry into
force, discount eligibility, segment), draws one uniform per case, looks the payment day up
with searchsorted in a cumulative table of the segment's daily hazards over the stages
(discount, voluntary, overdue, robot or private bailiff), and charges the private bailiff's
fee by bracket on a payment in the bailiff's stage. It is not the toolkit's model (no
calendar, notices, arrests, coverage ramps or amount effect), only the same amount of work a
researcher would call "the same cases under the baseline".

Usage: numpy_peer.py [--cases N] [--seed S] [--repeat K]; prints one JSON line with the
best wall time over K repeats and the totals it computed (so the work cannot be skipped).
"""

import argparse
import json
import pathlib
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
HORIZON_DAYS = 1100  # the toolkit's survival tables cover 1,100 days too


def value_on(parameter, day):
    """The value of a policy parameter in force on an ISO date string."""
    current = None
    for v in parameter["values"]:
        if v["from"] <= day:
            current = v["value"]
    return current


def stage_bounds(policy, day):
    """Ends (days from entry into force) of the discount, voluntary and overdue stages and
    the robot window, from the policy in force on \\p day (working days taken as calendar
    days: the peer has no calendar)."""
    p = policy["parameters"]
    discount = value_on(p["discount_term"], day) + 1
    voluntary = value_on(p["voluntary_term"], day) + 1
    referral = value_on(p["enforcement_referral_after"], day)
    robot = referral + 30 * value_on(p["robot_window"], day) + 1
    return discount, voluntary, referral, robot


def cumulative_tables(segments, policy, day):
    """F[k, d] for table k = segment * 4 + eligible * 2 + robot: the probability of paying on
    or before day d, from the daily hazards of the stage each day falls in."""
    discount, voluntary, referral, robot = stage_bounds(policy, day)
    robot_on = bool(value_on(policy["parameters"]["simplified_enabled"], day))
    days = np.arange(HORIZON_DAYS)
    tables = []
    for s in segments:
        h = {k: v / 1e6 for k, v in s["hazard_ppm"].items()}
        for eligible in (0, 1):
            for to_robot in (0, 1):
                hazard = np.where(days < voluntary, h["voluntary"], h["overdue"])
                if eligible:
                    hazard = np.where(days < discount, h["discount"], hazard)
                after = np.where((days < robot) & bool(to_robot and robot_on), h["robot"], h["bailiff"])
                hazard = np.where(days >= referral, after, hazard)
                tables.append(1.0 - np.cumprod(1.0 - hazard))
    return np.array(tables), (discount, voluntary, referral, robot, robot_on)


def fee_by_bracket(amount, mrp, fee):
    """The private bailiff's whole-amount fee (tiyn) by the brackets of the policy."""
    rate = np.full(amount.shape, fee["brackets"][-1]["rate_bp"], dtype=np.int64)
    for b in reversed(fee["brackets"][:-1]):
        rate = np.where(amount <= mrp * 100 * b["up_to_mrp"], b["rate_bp"], rate)
    return (amount * rate + 5000) // 10000


def run(policy, population, segments, cases, rng):
    """Totals of one policy over \\p cases fines: paid, collected and fees (tiyn)."""
    day0 = population["period"]["from"]
    mrp = value_on(policy["parameters"]["mrp"], day0)
    offences = population["offences"]
    weights = np.array([o["weight"] for o in offences], dtype=np.float64)
    offence = rng.choice(len(offences), size=cases, p=weights / weights.sum())
    in_force_day = rng.integers(0, 365, size=cases)
    eligible = rng.random(cases) < population["discount_eligible_ppm"] / 1e6
    shares = np.cumsum([s["share_ppm"] for s in segments]) / 1e6
    segment = np.searchsorted(shares, rng.random(cases), side="right")
    amount = np.array([o["mrp"] for o in offences], dtype=np.int64)[offence] * mrp * 100
    max_mrp = value_on(policy["parameters"]["simplified_max_debt"], day0)
    to_robot = amount <= max_mrp * mrp * 100
    tables, (discount, _, referral, robot, robot_on) = cumulative_tables(segments, policy, day0)
    table = segment * 4 + eligible.astype(np.int64) * 2 + to_robot.astype(np.int64)
    # One searchsorted over all tables at once: table k's F shifted up by k stays sorted.
    flat = (tables + np.arange(len(tables))[:, None]).ravel()
    u = rng.random(cases)  # the one uniform draw per case
    day = np.searchsorted(flat, u + table, side="right") - table * HORIZON_DAYS
    paid = day < HORIZON_DAYS
    price = np.where(eligible & (day < discount), amount // 2, amount)
    in_bailiff = paid & (day >= referral) & ~(to_robot & robot_on & (day < robot))
    fees = np.where(in_bailiff, fee_by_bracket(amount, mrp, value_on(policy["parameters"]["private_bailiff_fee"], day0)), 0)
    collected = np.where(paid, price, 0)
    # The day of entry into force shifts the figures only through the report period.
    return {"paid": int(paid.sum()), "collected": int(collected.sum()), "fees": int(fees.sum()),
            "mean_in_force_day": float(in_force_day.mean())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    data = ROOT / "data"
    population = json.loads((data / "populations" / "national.json").read_text())
    segments = json.loads((data / "behaviour" / "calibrated.json").read_text())["segments"]
    policy = json.loads((data / "policies" / "kz-2024-08-20.json").read_text())
    baseline = json.loads((data / "policies" / "kz-pre-robot.json").read_text())
    best = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        rng = np.random.default_rng(args.seed)
        totals = {"policy": run(policy, population, segments, args.cases, rng),
                  "baseline": run(baseline, population, segments, args.cases, np.random.default_rng(args.seed))}
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(json.dumps({"cases": args.cases, "seconds": round(best, 3), "totals": totals}))


if __name__ == "__main__":
    main()
