#!/usr/bin/python3
"""scipy.ndimage / scikit-image / numpy side of bench/components.sh: the same operations on the same masks as
io.github.stack3d.bench.ComponentsBenchmark, timed call only, best of 3 after one warm-up run.
Usage: components_reference.py STACK.tif"""
import sys
import time

import numpy as np
import tifffile
from scipy import ndimage as ndi
from skimage import filters

v = tifffile.imread(sys.argv[1])
z, y, x = np.ogrid[:v.shape[0], :v.shape[1], :v.shape[2]]
plain = v >= 100
speckled = plain ^ (((x * 7 + y * 13 + z * 31) % 17) == 0)


def fill2d(m):
    return np.stack([ndi.binary_fill_holes(s) for s in m])


ops = []
for name, m in (("v>=100", plain), ("speckled", speckled)):
    ops += [("labels 26 " + name, lambda m=m: "%d components" % ndi.label(m, ndi.generate_binary_structure(3, 3))[1]),
            ("labels 6 " + name, lambda m=m: "%d components" % ndi.label(m, ndi.generate_binary_structure(3, 1))[1]),
            ("fillHoles " + name, lambda m=m: "%d voxels" % ndi.binary_fill_holes(m).sum()),
            ("fillHoles2D " + name, lambda m=m: "%d voxels" % fill2d(m).sum())]
ops += [("otsu", lambda: filters.threshold_otsu(v)), ("li", lambda: filters.threshold_li(v)),
        ("triangle", lambda: filters.threshold_triangle(v)), ("isodata", lambda: filters.threshold_isodata(v)),
        ("mean", lambda: filters.threshold_mean(v)), ("percentile 99", lambda: np.percentile(v, 99))]
for name, op in ops:
    best = float("inf")
    for r in range(4):
        t0 = time.perf_counter()
        result = op()
        t = time.perf_counter() - t0
        best = t if r > 0 and t < best else best
    print("%-22s %-24s %9.1f ms %8.0f Mvoxel/s   %s" % ("scipy/skimage (1 thr)", name, best * 1e3,
                                                      v.size / best / 1e6, result))
