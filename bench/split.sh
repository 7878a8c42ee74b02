#!/usr/bin/env bash
# splitObjects (distance-transform watershed) next to scipy's distance_transform_edt + skimage's label,
# peak_local_max and watershed on the 512³ blobs' mask v >= 100 (timed call only, stack in memory; Mvoxel/s of
# the whole stack), minDistance 10 and 5 voxels.
# Usage: STACK3D_BENCH_DATA=/work/bench-data bench/split.sh   (needs Debian's python3-scipy, -skimage, -tifffile)
source "$(dirname "$0")/common.sh"
make_volumes 512
java -Xmx6g -Drepeat=${REPEAT:-1} -cp "$BENCH_CP" io.github.stack3d.bench.SplitObjectsBenchmark "$DATA/blobs_512x512x512.tif" 10 5
$PY bench/split_reference.py "$DATA/blobs_512x512x512.tif" 10 5
