#!/usr/bin/env python
"""Cost of naming a run: `resolve` plus `run_id` for every registered task, against loading the task's data.

A study names every network before it trains any, so a run id must cost no data load. Prints milliseconds per task
(best of `--repeats`) and, for the data sets, the cost of the first data load that naming avoids.

Usage: python bench/run_id.py [--repeats 20]
"""
import argparse, time
from rnnuniv.tasks import TASKS, make_task
from rnnuniv.runs import resolve, run_id

def best_ms(fn, repeats):
    "Best wall time of `fn()` over `repeats` calls, in milliseconds."
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter(); fn(); out.append(1000 * (time.perf_counter() - t0))
    return min(out)

def once_ms(fn):
    "Wall time of one call of `fn()`, in milliseconds (a first data load happens once)."
    t0 = time.perf_counter(); fn(); return 1000 * (time.perf_counter() - t0)

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--repeats', type=int, default=20)
    a = p.parse_args()
    print(f"{'task':16} {'run id (ms)':>12} {'data load (ms)':>15} {'ratio':>8}")
    for name in sorted(TASKS):
        named = best_ms(lambda: run_id(resolve('gru', task=name)), a.repeats)
        task = make_task(name)
        loaded = once_ms(lambda: task.data) if hasattr(type(task), 'data') else None
        ratio = f"{loaded / named:8.0f}" if loaded else f"{'-':>8}"
        print(f"{name:16} {named:12.3f} {('-' if loaded is None else f'{loaded:.1f}'):>15} {ratio}")

if __name__ == '__main__': main()
