"""Pixel-by-pixel sequential MNIST (784 steps x 1 input): the learning curve of a GRU-128 within a wall-clock budget.

Trains on the embedded subset's training split with `rnnuniv.runs.train_run` (fused nn.GRU forward, nothing truncated)
and the 'smnist-pixel' settings of `rnnuniv.runs.RECIPES` (as `rnnuniv-train --task smnist-pixel` trains it), except that
the number of steps is set by the budget; prints accuracy on fresh training-split draws every `--eval-every` steps, then
the held-out test accuracy (1000 digits), and saves the curve to bench/out/smnist_pixel.png.

Usage: python bench/smnist_pixel.py [--minutes 15] [--hidden 128] [--lr LR] [--eval-every N] [--permute]
"""
import argparse, json, time
from pathlib import Path
import torch
from matplotlib.figure import Figure
from rnnuniv.runs import resolve, train_run

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minutes', type=float, default=15)
    ap.add_argument('--hidden', type=int, default=128)
    ap.add_argument('--lr', type=float, default=None, help="learning rate (default: the recipe's)")
    ap.add_argument('--eval-every', type=int, default=None, help="steps between accuracy checks (default: the recipe's)")
    ap.add_argument('--permute', action='store_true')
    a = ap.parse_args()
    torch.set_num_threads(1)
    asked = {k: v for k, v in dict(lr=a.lr, eval_every=a.eval_every).items() if v is not None}
    config = resolve('gru', task=dict(name='smnist-pixel', permute=a.permute), hidden=a.hidden, steps=100_000, eval_trials=256,
                     max_seconds=a.minutes * 60, **asked)
    t0 = time.perf_counter()
    _, met = train_run(config, progress=False)
    held_out_s = time.perf_counter() - t0 - met['seconds']  # the rest of the run: mostly scoring the held-out digits
    acc, lr = met['accuracy'], config['train']['lr']
    print(f"GRU-{a.hidden}, pixel-by-pixel{' (permuted)' if a.permute else ''}, lr {lr}, budget {a.minutes} min, 1 thread")
    print(f"{met['steps']} steps in {met['seconds']:.0f} s ({met['seconds'] / met['steps']:.2f} s/step)")
    for s, acc_s in zip(met['eval_step'], met['eval_accuracy']): print(f"  step {s:5d}  train-split accuracy {acc_s:.3f}")
    print(f"held-out {met['metric']} (1000 digits): {acc:.3f}  (evaluated in {held_out_s:.0f} s)")
    out = Path(__file__).parent / 'out'; out.mkdir(exist_ok=True)
    fig = Figure(figsize=(5, 3)); ax = fig.subplots()
    ax.plot(met['eval_step'], met['eval_accuracy'], 'o-'); ax.axhline(acc, color='C3', ls='--', label=f'held-out {acc:.3f}')
    ax.set_xlabel('training step'); ax.set_ylabel('accuracy'); ax.legend(); fig.tight_layout()
    fig.savefig(out / 'smnist_pixel.png', dpi=110)
    (out / 'smnist_pixel.json').write_text(json.dumps(dict(config=config, steps=met['steps'], seconds=met['seconds'],
                                                         eval_step=met['eval_step'], eval_accuracy=met['eval_accuracy'],
                                                         test_accuracy=acc), indent=1))

if __name__ == '__main__': main()
