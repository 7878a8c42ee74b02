#!/usr/bin/env bash
# Components, hole filling and automatic thresholds next to scipy.ndimage and scikit-image on the 512³ blobs
# (timed call only, stack in memory; Mvoxel/s), one run of each side by side.
# Usage: STACK3D_BENCH_DATA=/work/bench-data bench/components.sh   (needs Debian's python3-scipy, -skimage, -tifffile)
source "$(dirname "$0")/common.sh"
make_volumes 512
java -Xmx8g -cp "$BENCH_CP" io.github.stack3d.bench.ComponentsBenchmark "$DATA/blobs_512x512x512.tif"
$PY bench/components_reference.py "$DATA/blobs_512x512x512.tif"
