"""Universality and individuality across recurrent networks: train populations of RNNs, find their fixed points, compare their geometry and topology.

Modules:

- `rnnuniv.digits`: MNIST digits as sequences: row by row, pixel by pixel, and as pen strokes, with an embedded offline subset.
- `rnnuniv.fixedpoints`: Find the fixed points of any network, linearise it there, and tell true fixed points from slow points.
- `rnnuniv.models`: The dynamical-system contract and the discrete RNNs: Vanilla, UGRNN, GRU and LSTM.
- `rnnuniv.rate`: Continuous-time rate networks with Dale's law: the Kim, Li & Sejnowski (2019) network with trained synaptic decays, and a leaky excitatory/inhibitory rate RNN.
- `rnnuniv.report`: What a study found, read from its directory: the summary, the figures, the index of runs and one self-contained `report.html`.
- `rnnuniv.runs`: One home for runs: the recipe table and the one function that resolves it, the run store, the one-run jobs (train, analyse, transfer) and their commands.
- `rnnuniv.similarity`: Comparing networks by the geometry of their states (Procrustes, CCA, SVCCA, CKA, RSA), by their linearised dynamics (eigenvalue spectra, DSA-style delay DMD), and embedding a population of networks in the plane.
- `rnnuniv.spiking`: Rate-to-spiking transfer (Kim, Li & Sejnowski 2019) with a LIF simulator, written first for one trial as the equations say and then for many trials at once, and Bellec-style LIF/ALIF networks trained end to end with a pseudo-derivative.
- `rnnuniv.study`: Run configs, presets (quick, universality, thesis, smnist), execution engines, the four stages, and the `rnnuniv-study` command.
- `rnnuniv.tasks`: The task protocol every training loop and analysis speaks, and the 3-bit flip-flop in steps and in seconds.
- `rnnuniv.topology`: Which attractors each saddle connects, the graphs that summarise it, and distances between networks: graph mathematics only.
- `rnnuniv.train`: One training loop for every model and task: no files, no registries, no knowledge of any particular model or task.
- `rnnuniv.widgets`: Classroom explorers: set flip-flop pulses with sliders and watch a trained network's outputs and its state move between attractors."""

__version__ = "0.1.0"
