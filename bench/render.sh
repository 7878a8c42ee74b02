#!/usr/bin/env bash
# Volume rendering next to VTK's CPU ray caster: milliseconds per 512x512 frame, MIP and composite, on the 256³
# and 512³ blob stacks, the first frame and the median of later frames at new angles, all cores; same sampling
# (one trilinear sample per voxel) and the same opacity ramp (0 at 80 to 0.2 at 200, gray) on both sides.
# Usage: bench/render.sh    (needs Debian's python3-vtk9, python3-tifffile and xvfb-run; FRAMES=9 by default)
source "$(dirname "$0")/common.sh"
make_volumes 256 512
frames=${FRAMES:-9}
# one stack at a time, stack3d then VTK, so that both see the same machine load
for f in "$DATA/blobs_256x256x256.tif" "$DATA/blobs_512x512x512.tif"; do
  java -cp "$BENCH_CP" io.github.stack3d.bench.VolumeRenderBenchmark "$frames" 80 200 0.2 "$f"
  xvfb-run -a $PY bench/vtk_render.py "$frames" 80 200 0.2 "$f"
done
