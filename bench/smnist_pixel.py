"""Pixel-by-pixel sequential MNIST (784 steps x 1 input): the learning curve of a GRU-128 within a wall-clock budget.

Trains on the embedded subset's training split with `rnnuniv.train.train` (fused nn.GRU forward, nothing truncated),
prints accuracy on fresh training-split draws every `--eval-every` steps, then the held-out test accuracy (1000 digits),
and saves the curve to bench/out/smnist_pixel.png.

Usage: python bench/smnist_pixel.py [--minutes 15] [--hidden 128] [--permute]
"""
import argparse, json, time
from pathlib import Path
import torch
from matplotlib.figure import Figure
from rnnuniv.models import GRU
from rnnuniv.tasks import make_task
from rnnuniv.train import train, test_accuracy

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minutes', type=float, default=15)
    ap.add_argument('--hidden', type=int, default=128)
    ap.add_argument('--lr', type=float, default=3e-3)
    ap.add_argument('--eval-every', type=int, default=20)
    ap.add_argument('--permute', action='store_true')
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    task = make_task('smnist-pixel', permute=a.permute)
    model = GRU(1, a.hidden, 10)
    hist = train(model, task, steps=100_000, lr=a.lr, eval_every=a.eval_every, eval_trials=256,
                 max_seconds=a.minutes * 60, progress=False)
    t0 = time.perf_counter()
    acc = test_accuracy(model, task)
    print(f"GRU-{a.hidden}, pixel-by-pixel{' (permuted)' if a.permute else ''}, lr {a.lr}, budget {a.minutes} min, 1 thread")
    print(f"{hist.steps} steps in {hist.seconds:.0f} s ({hist.seconds / hist.steps:.2f} s/step)")
    for s, acc_s in zip(hist.eval_step, hist.eval_accuracy): print(f"  step {s:5d}  train-split accuracy {acc_s:.3f}")
    print(f"held-out test accuracy (1000 digits): {acc:.3f}  (evaluated in {time.perf_counter() - t0:.0f} s)")
    out = Path(__file__).parent / 'out'; out.mkdir(exist_ok=True)
    fig = Figure(figsize=(5, 3)); ax = fig.subplots()
    ax.plot(hist.eval_step, hist.eval_accuracy, 'o-'); ax.axhline(acc, color='C3', ls='--', label=f'held-out {acc:.3f}')
    ax.set_xlabel('training step'); ax.set_ylabel('accuracy'); ax.legend(); fig.tight_layout()
    fig.savefig(out / 'smnist_pixel.png', dpi=110)
    (out / 'smnist_pixel.json').write_text(json.dumps(dict(steps=hist.steps, seconds=hist.seconds, eval_step=hist.eval_step,
                                                         eval_accuracy=hist.eval_accuracy, test_accuracy=acc), indent=1))

if __name__ == '__main__': main()
