#!/usr/bin/env bash
# The seed's job streamed from a folder of slices in a heap too small to load the stack: on the 512³ blob slices
# (134 MB), under -Xmx160m, loadStack fails and savePly(shellPoints(inRange(openStack(...), lo, hi))) runs. Checks
# that it writes the in-memory job's points (byte-identical PLY: same points, same order), then prints the peak
# live heap of both jobs (ShellHeap: a full GC every millisecond) and the whole job as one process (wall time).
# Usage: bench/stream.sh          (needs hyperfine)
source "$(dirname "$0")/common.sh"
make_volumes 512
blobs="$DATA/blobs_512x512x512_slices"
out=target/bench-out && mkdir -p "$out"
job="io.github.stack3d.extract.ShellJob"
echo "== loadStack($blobs) under -Xmx160m"
if java -Xmx160m -cp "$BENCH_CP" $job load "$blobs" 2>"$out/load.err"; then
  echo "loaded: the stack fits, so this does not show streaming"
else
  grep -m1 IllegalStateException "$out/load.err"
fi
# 100..255: the blobs, as bench/shell.sh; 0..100: the background, the issue's inRange(..., 0, 100)
for case in "100 255" "0 100"; do
  set -- $case
  echo "== inRange $1..$2: streamed under -Xmx160m, and loaded under -Xmx1g"
  java -Xmx160m -cp "$BENCH_CP" $job stream "$blobs" "$1" "$2" "$out/streamed.ply"
  java -Xmx1g -cp "$BENCH_CP" $job memory "$blobs" "$1" "$2" "$out/in-memory.ply"
  if cmp -s "$out/streamed.ply" "$out/in-memory.ply"; then
    echo "streamed.ply and in-memory.ply are byte-identical: the same points in the same order"
  else
    echo "streamed.ply and in-memory.ply DIFFER" && exit 1
  fi
  java -Xmx160m -XX:+UseParallelGC -cp "$BENCH_CP" io.github.stack3d.bench.ShellHeap stream "$blobs" "$1" "$2" \
    "$out/streamed.ply" | tee "$out/heap-streamed.txt"
  java -Xmx1g -XX:+UseParallelGC -cp "$BENCH_CP" io.github.stack3d.bench.ShellHeap memory "$blobs" "$1" "$2" \
    "$out/in-memory.ply" | tee "$out/heap-in-memory.txt"
  awk '/^live heap bytes:/ { b[FILENAME] = $4 } END {
         s = b[ARGV[1]]; m = b[ARGV[2]];
         printf "shell job, peak live heap: streamed %.1f MB, in memory %.1f MB (%.0f× less streamed)\n",
                s / 1048576, m / 1048576, m / s }' "$out/heap-streamed.txt" "$out/heap-in-memory.txt"
  hyperfine -N -w 1 -r "${RUNS:-5}" -n "streamed, -Xmx160m" \
    "java -Xmx160m -cp $BENCH_CP $job stream $blobs $1 $2 $out/streamed.ply" -n "in memory, -Xmx1g" \
    "java -Xmx1g -cp $BENCH_CP $job memory $blobs $1 $2 $out/in-memory.ply"
done
