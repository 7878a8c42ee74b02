#!/usr/bin/env bash
# Morphology, distance map, Gaussian and median filters and smoothMask next to scipy.ndimage on the 512³ blobs
# (timed call only, stack in memory; Mvoxel/s), stack3d first, then scipy; the last column says what each made
# (voxels of a mask, the sum of a float volume), so that the two sides can be seen to agree.
# Usage: STACK3D_BENCH_DATA=/work/bench-data bench/filters.sh [OPERATION...]
#        (needs Debian's python3-scipy, -skimage, -tifffile; OPERATION as printed, e.g. "dilate r=8")
source "$(dirname "$0")/common.sh"
make_volumes 512
java -Xmx6g -cp "$BENCH_CP" io.github.stack3d.bench.FiltersBenchmark "$DATA/blobs_512x512x512.tif" "$@"
$PY bench/filters_reference.py "$DATA/blobs_512x512x512.tif" "$@"
