"""Seconds per training step: rnnuniv's models against plain torch.nn recurrent layers + Linear, timed in the same run.

Each step is what `rnnuniv.train.train` does with the flip-flop recipe of `rnnuniv.runs.RECIPES`: sample a batch
(64 trials x 100 steps), forward, masked MSE, backward, gradient clipping, Adam. The baseline runs the same loop on `nn.RNN`/`nn.GRU`/`nn.LSTM` + `nn.Linear`. UGRNN has no
torch layer; its row uses `nn.GRU` (one more gate) as the reference. Target: ratio <= 1.3 for the fused architectures.

Usage: python bench/train.py [--hidden 64] [--steps 60] [--repeats 3]
"""
import argparse, time
import torch
from torch import nn
from rnnuniv.tasks import FlipFlop
from rnnuniv.models import build_model

class Baseline(nn.Module):
    "A plain torch recurrent layer and a linear readout."
    def __init__(self, layer, hidden):
        super().__init__()
        self.rnn = layer(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)
    def predict(self, x): return self.out(self.rnn(x)[0])

def seconds_per_step(model, batches):
    "Mean wall time of one training step over `batches`."
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    task = FlipFlop()
    t0 = time.perf_counter()
    for b in batches:
        loss = task.loss(model.predict(b.inputs), b)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
    return (time.perf_counter() - t0) / len(batches)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--hidden', type=int, default=64)
    ap.add_argument('--steps', type=int, default=60)
    ap.add_argument('--repeats', type=int, default=3)
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    task = FlipFlop()
    batches = [task.sample(64, torch.Generator().manual_seed(i)) for i in range(a.steps)]
    rows = [('vanilla', 'tanh', nn.RNN), ('gru', 'tanh', nn.GRU), ('lstm', 'tanh', nn.LSTM), ('ugrnn', 'tanh', nn.GRU),
            ('gru', 'relu', nn.GRU), ('lstm', 'relu', nn.LSTM)]
    print(f"hidden {a.hidden}, batch 64 x 100 steps, {a.steps} steps x {a.repeats} repeats, 1 thread (best repeat)")
    print(f"{'model':<14}{'rnnuniv ms/step':>17}{'torch ms/step':>15}{'ratio':>8}")
    for arch, act, layer in rows:
        ours, base = [], []
        for _ in range(a.repeats):  # interleave so drift in machine load hits both alike
            m = build_model(dict(arch=arch, n_inputs=3, hidden_size=a.hidden, n_outputs=3, act=act))
            ours.append(seconds_per_step(m, batches))
            base.append(seconds_per_step(Baseline(layer, a.hidden), batches))
        o, b = min(ours), min(base)
        print(f"{arch + '-' + act:<14}{o * 1e3:>17.2f}{b * 1e3:>15.2f}{o / b:>8.2f}")

if __name__ == '__main__': main()
