#!/usr/bin/python3
"""scipy.ndimage side of bench/filters.sh: the same operations on the same data as
io.github.stack3d.bench.FiltersBenchmark, timed call only (wall and CPU time): one warm-up run, then the best of 2,
or the warm-up run alone when it took over 20 s. Morphology with the same ball (skimage.morphology.ball, which
skimage.morphology.binary_dilation/erosion pass on to scipy), erosion with border_value=1 as skimage's;
distanceMap = distance_transform_edt(m) - distance_transform_edt(~m); smoothMask = a float32 Gaussian of the
mask shifted so that as many voxels are >= 0.5 as the mask has (np.partition finds the level).
Usage: filters_reference.py STACK.tif [OPERATION...]"""
import sys
import time

import numpy as np
import tifffile
from scipy import ndimage as ndi
from skimage.morphology import ball

v = tifffile.imread(sys.argv[1])
m = v >= 100


def voxels(a):
    return "%d voxels" % a.sum()


def total(a):
    return "sum %.6e" % a.sum(dtype=np.float64)


def smooth_mask(mask, sigma):
    f = ndi.gaussian_filter(mask.astype(np.float32), sigma, mode="nearest", truncate=4.0)
    n = int(mask.sum())
    flat = f.ravel()
    part = np.partition(flat, [flat.size - n - 1, flat.size - n])
    t = (float(part[flat.size - n - 1]) + float(part[flat.size - n])) / 2
    f += np.float32(0.5 - t)
    return f


ops = []
for r in (1, 3, 8):
    ops += [("dilate r=%d" % r, lambda r=r: voxels(ndi.binary_dilation(m, ball(r)))),
            ("erode r=%d" % r, lambda r=r: voxels(ndi.binary_erosion(m, ball(r), border_value=1)))]
ops += [("distanceMap", lambda: total(ndi.distance_transform_edt(m) - ndi.distance_transform_edt(~m))),
        ("gaussian s=1", lambda: total(ndi.gaussian_filter(v, 1, mode="nearest", output=np.float32))),
        ("gaussian s=3", lambda: total(ndi.gaussian_filter(v, 3, mode="nearest", output=np.float32))),
        ("median r=1", lambda: total(ndi.median_filter(v, footprint=ball(1), mode="nearest"))),
        ("median r=2", lambda: total(ndi.median_filter(v, footprint=ball(2), mode="nearest"))),
        ("smoothMask s=1", lambda: total(smooth_mask(m, 1)))]
only = sys.argv[2:]
for name, op in ops:
    if only and name not in only:
        continue
    c0 = time.process_time()
    t0 = time.perf_counter()
    result = op()
    warm = time.perf_counter() - t0
    best, cpu = (warm, time.process_time() - c0) if warm > 20 else (float("inf"), 0)
    for r in range(0 if warm > 20 else 2):
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = op()
        t = time.perf_counter() - t0
        cpu = time.process_time() - c0 if t < best else cpu
        best = min(best, t)
    print("%-22s %-16s %9.1f ms %8.1f Mvoxel/s %9.1f ms cpu   %s" % ("scipy.ndimage (1 thr)", name, best * 1e3,
                                                                    v.size / best / 1e6, cpu * 1e3, result), flush=True)
