"""Spiking-network speed: rnnuniv's batched LIF simulator against a per-trial loop, and ALIF training against snntorch.

Usage:  python bench/spiking.py [--trials 100] [--steps 20] [--no-alif]

1. LIF simulation throughput (neuron-steps per second) for N=200 and N=1000, 100 trials, of `simulate_lif` (all trials
   at once) against `simulate_lif_trial` called once per trial (the same equations written as they read, one trial at a
   time, every step computed in full with a dense recurrent product). Target: >= 20x. Two networks per size: the
   untrained Kim network transferred at 1/lambda = 30, whose excitation-dominated weights make it fire far above trained
   transfers (50-100 Hz), and the same network with its inhibition scaled to balance excitation, which fires like the
   trained flip-flop transfers (15-30 Hz). The batched simulator's work grows with the number of spikes; the loop's
   does not. Both are timed as the best of three runs. Also the per-draw cost of the simulator's Gaussian noise source against torch's `normal_`.
2. Time of one training step (forward, backward, Adam) of the ALIF network against snntorch's recurrent leaky layer
   `RLeaky` of the same size on the same flip-flop batch (`TimedFlipFlop(dt=0.001)`, the task of the ALIF recipe in
   `rnnuniv.runs.RECIPES`), when snntorch is installed (`pip install rnnuniv[bench]`).
   Target: within 1.5x of snntorch.
"""
import argparse, dataclasses, math, time
import torch
from torch import nn
from rnnuniv.rate import KimRate
from rnnuniv.spiking import transfer_to_lif, simulate_lif, simulate_lif_trial, GaussianNoise, ALIF
from rnnuniv.tasks import TimedFlipFlop


def per_trial_lif(net, inputs, dt=2.5e-4, seed=0):
    "The straightforward simulator: the library's `simulate_lif_trial` on one trial after another; outputs `[B, T, n_outputs]`."
    gen = torch.Generator().manual_seed(seed)
    return torch.stack([simulate_lif_trial(net, u, dt, generator=gen)[1] for u in inputs])


def balanced(net):
    "The same network with its inhibitory weights scaled so that every neuron's summed inhibition equals its summed excitation."
    inh = net.sign < 0
    w = net.w_rec.clone()
    w[:, inh] *= w[:, ~inh].sum() / -w[:, inh].sum()
    return dataclasses.replace(net, w_rec=w)


def best_seconds(fn, reps=3):
    "Best of `reps` wall-clock runs (the shared machine is noisy; the minimum is the least disturbed run), and what `fn` returned."
    times = []
    for _ in range(reps):
        t0 = time.perf_counter(); out = fn(); times.append(time.perf_counter() - t0)
    return min(times), out


def lif_bench(N, trials, steps, dt=2.5e-4):
    torch.manual_seed(0)
    transferred = transfer_to_lif(KimRate(3, N, 3), 1 / 30)
    inputs = TimedFlipFlop(n_time=steps, dt=transferred.dt_input).sample(trials, torch.Generator().manual_seed(0)).inputs
    neuron_steps = trials * N * steps * round(transferred.dt_input / dt)
    for name, net in (('untrained, 1/lambda=30', transferred), ('E/I balanced', balanced(transferred))):
        simulate_lif(net, inputs[:, :2], dt=dt)  # warm-up
        t_batched, res = best_seconds(lambda: simulate_lif(net, inputs, dt=dt))
        t_loop, _ = best_seconds(lambda: per_trial_lif(net, inputs, dt=dt))
        hz = res.rate_hz
        exc = net.sign > 0
        print(f"LIF N={N:5d} {name:>22}, {trials} trials x {steps * net.dt_input * 1e3:g} ms at dt={dt * 1e3:g} ms "
              f"(E {hz[:, exc].mean():.0f} Hz, I {hz[:, ~exc].mean():.0f} Hz): "
              f"batched {neuron_steps / t_batched:.3g} neuron-steps/s ({t_batched:.2f} s), "
              f"per-trial loop {neuron_steps / t_loop:.3g} ({t_loop:.2f} s), speed-up {t_loop / t_batched:.1f}x")


def noise_bench(n=100_000, reps=200):
    "Per-draw cost of the simulator's noise source against torch's normal_."
    buf, src, g = torch.empty(n), GaussianNoise((n,), torch.Generator().manual_seed(0)), torch.Generator().manual_seed(0)
    t_torch = best_seconds(lambda: [buf.normal_(generator=g) for _ in range(reps)])[0] / reps
    t_ours = best_seconds(lambda: [src.draw() for _ in range(reps)])[0] / reps
    print(f"Gaussian noise, {n} draws: torch normal_ {t_torch * 1e9 / n:.2f} ns per draw, GaussianNoise {t_ours * 1e9 / n:.2f} ns "
          f"({t_torch / t_ours:.2f}x)")


class SnnTorchFlipFlop(nn.Module):
    "snntorch's recurrent leaky layer with a linear input and a leaky readout of its spikes, sized like `ALIF`."
    def __init__(self, snn, n_inputs=3, N=128, n_outputs=3, beta=math.exp(-1 / 20), kappa=math.exp(-1 / 20)):
        super().__init__()
        self.fc_in, self.lif, self.fc_out, self.kappa = nn.Linear(n_inputs, N), snn.RLeaky(beta=beta, linear_features=N), nn.Linear(N, n_outputs), kappa
    def forward(self, x):
        spk, mem = self.lif.init_rleaky()
        s, out = 0, []
        for cur in self.fc_in(x).unbind(1):
            spk, mem = self.lif(cur, spk, mem)
            s = self.kappa * s + spk
            out.append(s)
        return self.fc_out(torch.stack(out, 1))


def step_seconds(model, predict, task, batch_size, reps, extra=lambda: 0):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    g, best = torch.Generator().manual_seed(0), math.inf
    for i in range(reps + 1):
        b = task.sample(batch_size, g)
        t0 = time.perf_counter()
        loss = task.loss(predict(b.inputs), b) + extra()
        opt.zero_grad(); loss.backward(); opt.step()
        if i: best = min(best, time.perf_counter() - t0)  # first step is warm-up
    return best


def alif_bench(N=128, batch_size=32, reps=5):
    task = TimedFlipFlop(dt=0.001)  # the ALIF recipe's task: 200 steps of 1 ms, pulses held 10 ms
    torch.manual_seed(0)
    alif = ALIF(3, N, 3)
    t_alif = step_seconds(alif, alif.predict, task, batch_size, reps, alif.regularizer)
    print(f"ALIF N={N}, batch {batch_size}, T={task.n_time}: {t_alif * 1e3:.1f} ms per training step")
    try:
        import snntorch as snn
    except ImportError:
        print("snntorch is not installed (pip install 'rnnuniv[bench]'): skipping the comparison")
        return
    ref = SnnTorchFlipFlop(snn, 3, N, 3)
    t_ref = step_seconds(ref, ref, task, batch_size, reps)
    print(f"snntorch {snn.__version__} RLeaky N={N}: {t_ref * 1e3:.1f} ms per training step; ALIF / snntorch = {t_alif / t_ref:.2f}")


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--trials', type=int, default=100)
    p.add_argument('--steps', type=int, default=20, help='input steps of 5 ms per trial (at least 10: one held pulse)')
    p.add_argument('--no-alif', action='store_true', help='skip the ALIF / snntorch comparison')
    a = p.parse_args()
    torch.set_num_threads(1)
    for N in (200, 1000): lif_bench(N, a.trials, a.steps)
    noise_bench()
    if not a.no_alif: alif_bench()
