#!/usr/bin/env python
"""All-pairs similarity of a synthetic population: rnnuniv against a straightforward per-pair numpy/scipy loop.

100 networks, 5000 shared probe rows, widths 64-256, built by `rnnuniv.similarity.synthetic_population` (a shared
6-d latent trajectory, a group distortion, a random per-network embedding through tanh, private noise). Everything runs
on one thread and in float64. The per-pair loop is timed on a random subset of pairs and extrapolated to all pairs; its
values on that subset are checked against rnnuniv's matrices.

    python bench/similarity.py            # the full benchmark (a few minutes)
    python bench/similarity.py --quick    # a small smoke run
"""
import os
for _v in ('OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'VECLIB_MAXIMUM_THREADS', 'NUMEXPR_NUM_THREADS'):
    os.environ[_v] = '1'
import argparse, itertools, math, random, time
import numpy as np
import scipy.linalg
import torch
torch.set_num_threads(1)
from rnnuniv.similarity import synthetic_population, pairwise_distance_matrices

# --- the straightforward per-pair loop: each pair centres and factorises both networks from scratch ---------------

def _centre(X): return X - X.mean(0)

def loop_procrustes(X, Y):
    Xc, Yc = _centre(X), _centre(Y)
    n = max(X.shape[1], Y.shape[1])  # zero-pad to a common width, as orthogonal_procrustes needs
    pad = lambda A: np.pad(A, ((0, 0), (0, n - A.shape[1])))
    _, nuclear = scipy.linalg.orthogonal_procrustes(pad(Xc), pad(Yc))  # the scale it returns is ||Xc^T Yc||_*
    return math.acos(min(1.0, nuclear / (np.linalg.norm(Xc) * np.linalg.norm(Yc))))

def loop_cka(X, Y):  # linear CKA in feature space (the T x T form would be far slower still)
    Xc, Yc = _centre(X), _centre(Y)
    c = np.linalg.norm(Yc.T @ Xc) ** 2 / (np.linalg.norm(Xc.T @ Xc) * np.linalg.norm(Yc.T @ Yc))
    return math.acos(min(1.0, c))

def _top_axes(X, k):
    U, s, _ = scipy.linalg.svd(_centre(X), full_matrices=False)
    if isinstance(k, float): k = int(np.searchsorted(np.cumsum(s ** 2) / np.sum(s ** 2), k - 1e-12)) + 1
    return U[:, :k], s[:k]

def loop_svcca(X, Y, k):
    (Ux, _), (Uy, _) = _top_axes(X, k), _top_axes(Y, k)
    return math.acos(min(1.0, scipy.linalg.svdvals(Ux.T @ Uy).mean()))

def loop_lowrank(X, Y, k):
    "PCA each network to k dims, then Procrustes, CKA and SVCCA on the projections."
    (Ux, sx), (Uy, sy) = _top_axes(X, k), _top_axes(Y, k)
    Px, Py = Ux * sx, Uy * sy
    return dict(procrustes=loop_procrustes(Px, Py), cka=loop_cka(Px, Py), svcca=math.acos(min(1.0, scipy.linalg.svdvals(Ux.T @ Uy).mean())))

def time_loop(pairs, fn):
    t0 = time.perf_counter()
    values = [fn(i, j) for i, j in pairs]
    return time.perf_counter() - t0, values

# --- main ------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--networks', type=int, default=100)
    ap.add_argument('--rows', type=int, default=5000)
    ap.add_argument('--widths', type=int, nargs=2, default=(64, 256))
    ap.add_argument('--rank', type=int, default=20, help='PCA-first dimensions of the low-rank variant (and its SVCCA k)')
    ap.add_argument('--k', type=float, default=0.99, help='SVCCA variance fraction of the exact variant')
    ap.add_argument('--loop-pairs', type=int, default=20, help='pairs timed in the per-pair loop (extrapolated)')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--quick', action='store_true', help='small smoke run: 12 networks, 1000 rows')
    a = ap.parse_args()
    if a.quick: a.networks, a.rows, a.loop_pairs = 12, 1000, 6

    t0 = time.perf_counter()
    states, _ = synthetic_population(a.networks, a.rows, tuple(a.widths), seed=a.seed)
    K = len(states)
    n_pairs = K * (K - 1) // 2
    widths = [X.shape[1] for X in states]
    print(f"population: {K} networks, {a.rows} rows, widths {min(widths)}-{max(widths)} (mean {np.mean(widths):.0f}), "
          f"{n_pairs} pairs; float64, 1 thread; built in {time.perf_counter() - t0:.1f} s")
    arrays = [X.numpy() for X in states]
    pairs = random.Random(a.seed).sample(list(itertools.combinations(range(K), 2)), min(a.loop_pairs, n_pairs))
    scale = n_pairs / len(pairs)

    def run(label, **kw):
        t = time.perf_counter()
        D = pairwise_distance_matrices(states, threads=1, **kw)
        dt = time.perf_counter() - t
        print(f"  rnnuniv {label:<44} {dt:8.1f} s")
        return dt, D

    def loop(label, fn, D, names):
        dt, vals = time_loop(pairs, fn)
        vals = [v if isinstance(v, dict) else {names[0]: v} for v in vals]
        err = max(abs(v[m] - float(D[m][i, j])) for v, (i, j) in zip(vals, pairs) for m in names)
        print(f"  per-pair loop {label:<38} {dt * scale:8.1f} s  (timed {len(pairs)} pairs, x{scale:.0f}; max |diff| {err:.1e})")
        return dt * scale

    print(f"\nlow rank: PCA first to {a.rank} dims; Procrustes, CKA and SVCCA (k={a.rank}) in one pass")
    t_low, D_low = run('Procrustes + CKA + SVCCA', metrics=('procrustes', 'cka', 'svcca'), rank=a.rank, k=a.rank)
    l_low = loop('Procrustes + CKA + SVCCA', lambda i, j: loop_lowrank(arrays[i], arrays[j], a.rank), D_low, ('procrustes', 'cka', 'svcca'))

    print("\nexact, full width")
    t_pc, D_pc = run('Procrustes + CKA', metrics=('procrustes', 'cka'))
    l_p = loop('Procrustes (scipy orthogonal_procrustes)', lambda i, j: loop_procrustes(arrays[i], arrays[j]), D_pc, ('procrustes',))
    l_c = loop('CKA (feature space)', lambda i, j: loop_cka(arrays[i], arrays[j]), D_pc, ('cka',))
    t_sv, D_sv = run(f'SVCCA (k={a.k})', metrics=('svcca',), k=a.k)
    l_sv = loop(f'SVCCA (k={a.k}, SVD of both per pair)', lambda i, j: loop_svcca(arrays[i], arrays[j], a.k), D_sv, ('svcca',))

    print("\nsummary (targets: low rank < 10 s; exact Procrustes + CKA < 180 s; >= 5x the per-pair loop)")
    print(f"  low rank Procrustes + CKA + SVCCA: {t_low:7.1f} s  vs loop {l_low:8.1f} s  -> {l_low / t_low:6.1f}x")
    print(f"  exact Procrustes + CKA:            {t_pc:7.1f} s  vs loop {l_p + l_c:8.1f} s  -> {(l_p + l_c) / t_pc:6.1f}x")
    print(f"  exact SVCCA:                       {t_sv:7.1f} s  vs loop {l_sv:8.1f} s  -> {l_sv / t_sv:6.1f}x")
    print(f"  exact Procrustes + CKA + SVCCA:    {t_pc + t_sv:7.1f} s  vs loop {l_p + l_c + l_sv:8.1f} s  -> {(l_p + l_c + l_sv) / (t_pc + t_sv):6.1f}x")

if __name__ == '__main__': main()
