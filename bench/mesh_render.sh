#!/usr/bin/env bash
# Mesh pictures: ms per 512x512 frame of the marching-cubes mesh of the 512³ blobs at 99.5 (945,968 triangles)
# and of the 256x1024x1024 blobs (1.9 M triangles): first frame, then the median of later frames at new angles.
# Usage: STACK3D_BENCH_DATA=/work/bench-data bench/mesh_render.sh
source "$(dirname "$0")/common.sh"
make_volumes 512 256x1024x1024
for name in blobs_512x512x512 blobs_256x1024x1024; do
  java -Xmx6g -cp "$BENCH_CP" io.github.stack3d.bench.MeshRenderBenchmark 99.5 "$DATA/$name.tif"
done
