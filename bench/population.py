"""Population throughput: networks trained per minute serially and with 2 workers, the time of each stage of the quick
preset, and the projected wall time of the thesis preset (102 networks) on this machine with 2 workers.

The projection is built from measurements made in the same run:
- seconds per training step for every (architecture, hidden size) of the thesis preset (30 steps of `train` after a
  3-step warm-up, single-threaded, no evaluation or saving), with each network's resolved settings (`RunConfig.resolve`:
  the recipe of `rnnuniv.runs.RECIPES` under the preset's own settings, as `rnnuniv-study` trains it);
  the per-network figures are CPU seconds of single-threaded work, i.e. wall time on an otherwise idle core, so the
  projection does not depend on what else the machine is doing while the bench runs;
- steps to converge (the recipe's early-stopping targets) per architecture at 64 units, with the smallest and the largest
  readout L2 of the preset (the two middle L2 values take their mean; larger sizes are assumed to need as many steps);
- seconds of analysis (fixed points, topology, probe states) of those converged 64-unit networks, scaled to 128 and 256
  units by the measured ratio for a converged GRU of each size (256 units only with --full; else the 64->128 growth
  is extrapolated);
- rate and spiking networks: their recipe's maximum steps at the measured step cost, analysis as a 256-unit GRU (not measured).
Per-network times are scheduled longest-first on the workers, stage by stage, as `run_study` does. The compare and
report stages are not included (seconds for the quick preset; all pairs of 102 networks grow with the square).
Target: < 60 min.

Usage: python bench/population.py [--workers 2] [--skip-quick] [--skip-thesis] [--full]
"""
import argparse, json, shutil, statistics, tempfile, time
from pathlib import Path
import torch
from rnnuniv.study import RunConfig, quick_preset, thesis_preset, run_study, train_one, analyse_one, Engine, train_stage, unique_configs
from rnnuniv.models import build_model
from rnnuniv.tasks import make_task
from rnnuniv.train import train

def timed(f, *a, **kw):
    "Result and wall seconds of `f(*a, **kw)`."
    t0 = time.perf_counter(); r = f(*a, **kw)
    return r, time.perf_counter() - t0

def cpu_timed(f, *a, **kw):
    "Result and CPU seconds of `f(*a, **kw)` run in this (single-threaded) process: its wall time on a quiet core."
    t0 = time.process_time(); r = f(*a, **kw)
    return r, time.process_time() - t0

def lpt_makespan(durations, workers):
    "Wall time of running `durations` longest-first on `workers` identical workers."
    loads = [0.0] * workers
    for d in sorted(durations, reverse=True): loads[loads.index(min(loads))] += d
    return max(loads)

def throughput(configs, workers, root):
    "Networks trained per minute by the train stage on `workers` workers (0: serially)."
    with Engine(workers) as eng:
        _, s = timed(train_stage, unique_configs(configs), Path(root) / f'w{workers}', eng, progress=False)
    return 60 * len(configs) / s, s

def quick_stages(out, workers):
    "Seconds of each stage of the quick preset."
    secs = {}
    for stage in ('train', 'analyse', 'compare', 'report'):
        _, secs[stage] = timed(run_study, quick_preset(), out, 'quick', workers, stages=(stage,), progress=False)
    return secs

def step_cost(cfg, steps=30):
    "CPU seconds per training step of `cfg`: `train` itself on the config's model and task, after a warm-up."
    config = cfg.resolve()
    task = make_task(**config['task'])
    s = config['train']
    for n in (3, steps):  # the first, short run pays the one-time costs (allocations, lazy imports)
        model = build_model(config['model'])
        _, t = cpu_timed(train, model, task, steps=n, batch_size=s['batch_size'], lr=s['lr'], clip=s['clip'], l2=s['l2'],
                         lr_schedule=s['lr_schedule'], eval_every=n, eval_trials=1, progress=False)
    return t / steps

def converge(cfg, root):
    "Steps, training seconds and analysis seconds of `cfg` trained to the default targets."
    r, t = cpu_timed(train_one, cfg.resolve(), str(root))
    if r['status'] != 'trained': raise RuntimeError(f"{cfg.run_id}: {r}")
    rd = Path(root) / cfg.run_id
    met = json.loads((rd / 'metrics.json').read_text())
    r, a = cpu_timed(analyse_one, str(rd))
    if r['status'] != 'analysed': raise RuntimeError(f"{cfg.run_id}: {r}")
    return met['steps'], t, a

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--workers', type=int, default=2)
    ap.add_argument('--skip-quick', action='store_true', help='skip the quick-preset measurements')
    ap.add_argument('--skip-thesis', action='store_true', help='skip the thesis projection')
    ap.add_argument('--full', action='store_true', help='also train and analyse a 256-unit GRU for the analysis scaling')
    args = ap.parse_args()
    torch.set_num_threads(1)
    root = Path(tempfile.mkdtemp(prefix='bench_population_'))
    try:
        if not args.skip_quick:
            sample = quick_preset()[::2]
            serial, s0 = throughput(sample, 0, root)
            pooled, s2 = throughput(sample, args.workers, root)
            print(f"train stage, {len(sample)} quick-preset networks: serial {serial:.1f} networks/min ({s0:.1f} s), "
                  f"{args.workers} workers {pooled:.1f} networks/min ({s2:.1f} s), speed-up x{pooled / serial:.2f}")
            secs = quick_stages(root / 'runs', args.workers)
            print("quick preset, seconds per stage with", args.workers, "workers:", {k: round(v, 1) for k, v in secs.items()},
                  f"total {sum(secs.values()):.1f} s")
        if args.skip_thesis: return
        thesis = thesis_preset()
        discrete = [c for c in thesis if c.arch in ('vanilla', 'ugrnn', 'gru', 'lstm')]
        l2s = sorted({c.train['l2'] for c in discrete})
        steps, analyse64 = {}, {}
        for arch in ('vanilla', 'ugrnn', 'gru', 'lstm'):
            runs = {l2: converge(RunConfig(arch, 'tanh', 64, train=dict(l2=l2)), root / 'conv') for l2 in (l2s[0], l2s[-1])}
            steps[arch] = {l2: runs[l2][0] for l2 in runs}
            analyse64[arch] = statistics.mean(r[2] for r in runs.values())
            print(f"  {arch}-64: steps to converge {steps[arch]} (L2 -> steps), analysis {analyse64[arch]:.1f} s")
        size_factor = {64: 1.0}
        for h in (128, 256) if args.full else (128,):
            _, _, a = converge(RunConfig('gru', 'tanh', h, train=dict(l2=1e-4)), root / 'conv')
            size_factor[h] = a / analyse64['gru']
            print(f"  gru-{h}: analysis {a:.1f} s, x{size_factor[h]:.1f} of 64 units")
        if 256 not in size_factor:  # extrapolate the measured growth from 64 to 128 units
            size_factor[256] = size_factor[128] ** 2
            print(f"  gru-256: analysis not measured (--full measures it); extrapolated x{size_factor[256]:.1f} of 64 units")
        step_cost(RunConfig('vanilla', 'tanh', 8))  # warm-up: the first training in a process pays one-off costs
        train_s, analyse_s, cost = [], [], {}
        for c in thesis:
            key = (c.arch, c.hidden)
            if key not in cost:
                try: cost[key] = step_cost(c)
                except Exception as e: cost[key] = None; print(f"  {c.arch}-{c.hidden}: cannot time a training ({type(e).__name__}: {e})")
                else: print(f"  {c.arch}-{c.hidden}: {cost[key] * 1e3:.1f} ms/step")
            if cost[key] is None: continue
            if c.arch in steps:
                n = steps[c.arch].get(c.train['l2'], statistics.mean(steps[c.arch].values()))
                train_s.append(cost[key] * n); analyse_s.append(analyse64[c.arch] * size_factor[c.hidden])
            else:  # rate and spiking: their maximum steps, analysis as a GRU of 256 units (not measured)
                train_s.append(cost[key] * c.resolve()['train']['steps']); analyse_s.append(analyse64['gru'] * size_factor[256])
        w = args.workers
        tr, an = lpt_makespan(train_s, w), lpt_makespan(analyse_s, w)
        print(f"projected thesis wall time ({len(train_s)} of {len(thesis)} networks) with {w} workers: train {tr / 60:.1f} min "
              f"+ analyse {an / 60:.1f} min = {(tr + an) / 60:.1f} min (+ compare and report; target < 60 min)")
        print(f"  serial sums: train {sum(train_s) / 60:.1f} min, analyse {sum(analyse_s) / 60:.1f} min")
    finally:
        shutil.rmtree(root, ignore_errors=True)

if __name__ == '__main__': main()
