#!/usr/bin/env bash
# Marching cubes before and after a change, alternating runs on the same data (the machine is shared: take medians).
# Usage: bench/mc_interior.sh BASE_CLASSES_DIR [ROUNDS]   (BASE_CLASSES_DIR: target/classes:target/test-classes of a
# build of the other commit, e.g. made with: git archive main | tar -x -C /tmp/base && (cd /tmp/base && mvn -o -q test-compile))
source "$(dirname "$0")/common.sh"
make_volumes 256
base=$1
rounds=${2:-6}
for r in $(seq "$rounds"); do
  for which in base this; do
    cp="target/classes:target/test-classes:$(cat target/classpath.txt)"
    [ "$which" = base ] && cp="$base:$(cat target/classpath.txt)"
    blobs=$(java -Drepeat=7 -Dthreads=1 -cp "$cp" io.github.stack3d.bench.MarchingCubesBenchmark 99.5 "$DATA/blobs_256x256x256.tif" | awk '{print $5}')
    mask=$(java -Drepeat=7 -Dthreads=1 -cp "$cp" io.github.stack3d.bench.MarchingCubesBenchmark 127.5 "$SHARED/data/morpholibj/bat-cochlea-volume.tif" | awk '{print $5}')
    echo "$which blobs256 ${blobs} ms  cochlea-mask ${mask} ms"
  done
done
