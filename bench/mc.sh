#!/usr/bin/env bash
# Marching cubes next to scikit-image and VTK: the timed call on volumes in memory (Mvoxel/s, vertices,
# triangles), then the whole job as one process (folder of slices -> binary PLY mesh), then the heap that a
# streamed extraction from a folder of slices keeps.
# Usage: bench/mc.sh    (needs Debian's python3-skimage, python3-vtk9 and python3-tifffile)
source "$(dirname "$0")/common.sh"
make_volumes 256 512 256x1024x1024
files="$DATA/blobs_256x256x256.tif $DATA/blobs_512x512x512.tif $DATA/blobs_256x1024x1024.tif"
cochlea="$SHARED/data/morpholibj/bat-cochlea-volume.tif"
# the first call is measured with an AppCDS archive of the shaded jar's classes too
cds_archive
echo "== in memory, timed call only, level 99.5 (cochlea: 127.5); one process per stack, so each 'first run' is"
echo "   the first extraction in a fresh JVM / Python process (after loading the stack and, for Python, import vtk)"
for f in $files "$cochlea"; do
  level=99.5 && [ "$f" = "$cochlea" ] && level=127.5
  java -cp "$JAR:target/test-classes" io.github.stack3d.bench.MarchingCubesBenchmark $level "$f"
  java -XX:SharedArchiveFile="$JSA" -cp "$JAR:target/test-classes" io.github.stack3d.bench.MarchingCubesBenchmark \
    $level "$f" | sed 's/^stack3d (\([0-9]*\) thr) /stack3d+CDS (\1 thr)/'
  $PY bench/mc_reference.py $level "$f"
done
out=target/bench-out && mkdir -p "$out"
for name in blobs_512x512x512 blobs_256x1024x1024; do
  echo "== whole job, one process: $name slices -> binary PLY mesh at 99.5 (medians of ${RUNS:-5}; uptime: $(uptime))"
  $PY bench/whole_process.py "${RUNS:-5}" \
    "stack3d (bin/stack3d)" "bin/stack3d mesh $DATA/${name}_slices $out/stack3d-mesh.ply --level 99.5" \
    "stack3d (java -jar)" "java -jar $JAR mesh $DATA/${name}_slices $out/stack3d-jar-mesh.ply --level 99.5" \
    "tifffile+VTK" "$PY bench/vtk_pipeline.py $DATA/${name}_slices $out/vtk-mesh.ply 99.5" \
    "tifffile+skimage" "$PY bench/skimage_pipeline.py $DATA/${name}_slices $out/skimage-mesh.ply 99.5"
  cmp "$out/stack3d-mesh.ply" "$out/stack3d-jar-mesh.ply"
done
echo "== streamed from a folder of slices: heap kept"
java -XX:+UseParallelGC -cp "$BENCH_CP" io.github.stack3d.bench.StreamingHeap "$DATA/blobs_256x1024x1024_slices" 99.5
