#!/usr/bin/python3
"""The model of bench_simulator.cpp written for SimPy 2.3 (Debian's python3-simpy, classic API),
as a reference for the speed of our event loop.

Ten steps in four lanes (the applicant without a limit, a one-stop desk, a specialist unit and a
leader with a fixed staff), Poisson arrivals, a 24-hour clock. An "event" is counted as our
simulator counts them: one per arrival and one per finished step. Prints one JSON line.

    /usr/bin/python3 bench/simpy_reference.py --cases 20000 --seed 42
"""
import argparse
import json
import random
import time

from SimPy.Simulation import (Process, Resource, activate, hold, initialize, release, request,
                              simulate, now)

ARRIVALS_PER_HOUR = 4.0
STAFF = {"desk": 5, "unit": 17, "leader": 3}  # the applicant's lane has no limit
# (lane, distribution, parameters in hours): the same table as bench_simulator.cpp
STEPS = [
    ("applicant", "triangular", (0.5, 1.0, 1.5)),
    ("desk", "triangular", (0.25, 0.5, 0.75)),
    ("desk", "exponential", (0.25,)),
    ("unit", "triangular", (1.0, 2.0, 3.0)),
    ("unit", "uniform", (0.5, 1.5)),
    ("leader", "triangular", (0.1, 0.25, 0.4)),
    ("unit", "exponential", (0.5,)),
    ("leader", "fixed", (0.2,)),
    ("desk", "triangular", (0.1, 0.2, 0.3)),
    ("applicant", "fixed", (0.5,)),
]


class Stats:
    events = 0
    finished = 0
    total_cycle = 0.0


def sampler(rng, kind, p):
    if kind == "fixed":
        return lambda: p[0]
    if kind == "uniform":
        return lambda: rng.uniform(p[0], p[1])
    if kind == "triangular":
        return lambda: rng.triangular(p[0], p[2], p[1])  # (low, high, mode)
    return lambda: rng.expovariate(1.0 / p[0])


class Dossier(Process):
    def run(self, steps, resources):
        arrived = now()
        for lane, duration in steps:
            resource = resources.get(lane)
            if resource is not None:
                yield request, self, resource
            yield hold, self, duration()
            if resource is not None:
                yield release, self, resource
            Stats.events += 1  # the step finished
        Stats.finished += 1
        Stats.total_cycle += now() - arrived


class Source(Process):
    def run(self, cases, rng, steps, resources):
        for _ in range(cases):
            yield hold, self, rng.expovariate(ARRIVALS_PER_HOUR)
            Stats.events += 1  # an arrival
            d = Dossier()
            activate(d, d.run(steps, resources))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    steps = [(lane, sampler(rng, kind, p)) for lane, kind, p in STEPS]
    started = time.perf_counter()
    initialize()
    resources = {lane: Resource(capacity=n, name=lane) for lane, n in STAFF.items()}
    source = Source()
    activate(source, source.run(args.cases, rng, steps, resources))
    simulate(until=1e12)
    seconds = time.perf_counter() - started
    print(json.dumps({"cases": args.cases, "events": Stats.events, "seconds": seconds,
                      "meanCycleHours": Stats.total_cycle / max(1, Stats.finished)}))


if __name__ == "__main__":
    main()
