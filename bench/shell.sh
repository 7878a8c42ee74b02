#!/usr/bin/env bash
# The seed's job (slices -> inRange mask -> shell points -> PLY): stack3d's steps in voxels or points per
# second, then the whole job as one process next to the seed's own program (seed_shell.py --vectorized) on the
# same input, checking that both write the same point set.
# Usage: bench/shell.sh          (needs Debian's python3-opencv and python3-tifffile)
source "$(dirname "$0")/common.sh"
make_volumes 512
cochlea="$SHARED/data/cochlea-slices"
blobs="$DATA/blobs_512x512x512_slices"
out=target/bench-out && mkdir -p "$out"
echo "== binary PLY writing (10 million points; a 1M-vertex, 2M-triangle mesh)"
java -Xmx3g -cp "$BENCH_CP" io.github.stack3d.bench.PlyWriteBenchmark target/bench-out 5
for case in "$cochlea 128 255" "$blobs 100 255"; do
  set -- $case
  echo "== $1 (inRange $2..$3)"
  java -cp "$BENCH_CP" io.github.stack3d.bench.PipelineBenchmark "$1" "$2" "$3"
  echo "-- whole process, medians of ${RUNS:-5} (uptime: $(uptime))"
  $PY bench/whole_process.py "${RUNS:-5}" \
    "stack3d (bin/stack3d)" "bin/stack3d shell $1 $out/stack3d.ply --lo $2 --hi $3" \
    "stack3d (java -jar)" "java -jar $JAR shell $1 $out/stack3d-jar.ply --lo $2 --hi $3" \
    "seed_shell.py --vectorized" "$PY $SHARED/seed/seed_shell.py $1 $out/seed.ply --lo $2 --hi $3 --slice-thickness 1 --vectorized --quiet"
  cmp "$out/stack3d.ply" "$out/stack3d-jar.ply"
  $PY bench/same_points.py "$out/stack3d.ply" "$out/seed.ply"
done
