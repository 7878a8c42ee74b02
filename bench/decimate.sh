#!/usr/bin/env bash
# Quadric decimation next to Open3D's simplify_quadric_decimation and VTK's vtkQuadricDecimation on the same
# PLY meshes (the demo specimen's 196,132 triangles, the bat cochlea's 107,324), each to 10 % of the triangles:
# the timed call only (mesh in memory), area and volume change, and the Hausdorff distance to the input measured
# for all three results by one tool (stack3d's vertex-sampled HausdorffDistance).
# Usage: bench/decimate.sh    (needs Debian's python3-open3d and python3-vtk9)
source "$(dirname "$0")/common.sh"
dir=$DATA/decimate && mkdir -p "$dir"
[ -f "$dir/specimen.ply" ] && [ -f "$dir/cochlea.ply" ] \
  || java -cp "$BENCH_CP" io.github.stack3d.bench.DecimationBenchmark make "$dir" "$SHARED"
meshes="$dir/specimen.ply $dir/cochlea.ply"
echo "== decimate to 10 % of the triangles, timed call only"
java -cp "$BENCH_CP" io.github.stack3d.bench.DecimationBenchmark 0.1 "$dir" $meshes
$PY bench/decimate_reference.py 0.1 "$dir" $meshes
echo "== Hausdorff distance to the input (stack3d's measure for all)"
for name in specimen cochlea; do
  java -cp "$BENCH_CP" io.github.stack3d.bench.DecimationBenchmark hausdorff "$dir/$name.ply" \
    "$dir/stack3d-$name.ply" "$dir/open3d-$name.ply" "$dir/vtk-$name.ply"
done
