#!/usr/bin/env bash
# The first marching-cubes extraction in a fresh JVM next to the 20th (in memory, timed call only), for the 256³
# blobs at 99.5 and the bat cochlea at 127.5, with 1 and 2 threads: RUNS fresh JVMs each (default 5), medians.
# The first call's thread CPU time is the calling thread's (with 1 thread: all of the work).
# Runs on the shaded jar's class path; CDS=1 adds its AppCDS archive (made as bench/mc.sh makes it).
# Usage: STACK3D_BENCH_DATA=/work/bench-data [CDS=1] bench/firstcall.sh [JAVA OPTIONS...]
source "$(dirname "$0")/common.sh"
make_volumes 256
cds=()
if [ "${CDS:-0}" = 1 ]; then
  cds_archive && cds=(-XX:SharedArchiveFile="$JSA" -Xshare:on)
fi
cochlea="$SHARED/data/morpholibj/bat-cochlea-volume.tif"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
uptime
for f in "$DATA/blobs_256x256x256.tif" "$cochlea"; do
  level=99.5 && [ "$f" = "$cochlea" ] && level=127.5
  for threads in 1 2; do
    out=$(for r in $(seq "${RUNS:-5}"); do
      java "${cds[@]}" "$@" -cp "$JAR:target/test-classes" io.github.stack3d.bench.FirstCall $level $threads "$f"
    done)
    printf '%-28s %d thr: first %6.1f ms  20th %5.1f ms  first (thread CPU) %6.1f ms\n' "$(basename "$f")" \
      "$threads" "$(cut -d' ' -f2 <<<"$out" | median)" "$(cut -d' ' -f3 <<<"$out" | median)" \
      "$(cut -d' ' -f4 <<<"$out" | median)"
  done
done
uptime
