#!/usr/bin/python3
"""scipy / scikit-image side of bench/split.sh: the distance-transform watershed that splitObjects does, on the
same mask (v >= 100) as io.github.stack3d.bench.SplitObjectsBenchmark: distance_transform_edt, label,
peak_local_max(min_distance=K, labels=..., exclude_border=False), watershed(-distance, markers, mask=m,
connectivity=3); the whole recipe timed, best of REPEAT (default 1) runs, with the time of each step.
Usage: split_reference.py STACK.tif [K...]"""
import os
import sys
import time

import numpy as np
import tifffile
from scipy import ndimage as ndi
from skimage import feature, measure, segmentation

v = tifffile.imread(sys.argv[1])
m = v >= 100
repeat = int(os.environ.get("REPEAT", "1"))
for k in [int(a) for a in sys.argv[2:]] or [10]:
    best = None
    for r in range(repeat):
        t = [time.perf_counter()]
        dist = ndi.distance_transform_edt(m)
        t.append(time.perf_counter())
        lab = measure.label(m, connectivity=3)
        t.append(time.perf_counter())
        pk = feature.peak_local_max(dist, min_distance=k, labels=lab, exclude_border=False)
        markers = np.zeros(m.shape, np.int32)
        markers[tuple(pk.T)] = np.arange(1, len(pk) + 1)
        t.append(time.perf_counter())
        ws = segmentation.watershed(-dist, markers, mask=m, connectivity=3)
        t.append(time.perf_counter())
        steps = np.diff(t)
        if best is None or steps.sum() < best.sum():
            best = steps
    sizes = np.sort(np.bincount(ws.ravel())[1:])[::-1]
    total = best.sum()
    print("%-22s %-24s %9.1f ms %8.1f Mvoxel/s   %d labels (largest %s); edt %.0f ms, label %.0f ms, "
          "peak_local_max %.0f ms, watershed %.0f ms" % ("scipy/skimage (1 thr)", "splitObjects %d" % k,
                                                       total * 1e3, v.size / total / 1e6, len(pk),
                                                       ", ".join(str(s) for s in sizes[:3]),
                                                       *(s * 1e3 for s in best)))
