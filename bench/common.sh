# Sourced by the benchmark scripts: builds the jar and the test class path, and makes the benchmark volumes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED=${STACK3D_SHARED:-../shared}
DATA=${STACK3D_BENCH_DATA:-target/bench-data}
VERSION=0.1.0
JAR=target/stack3d-$VERSION-all.jar
PY=/usr/bin/python3
if [ ! -f "$JAR" ] || [ ! -f target/classpath.txt ] || [ -n "$(find src -newer "$JAR" -name '*.java' | head -1)" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
BENCH_CP="target/classes:target/test-classes:$(cat target/classpath.txt)"
# make_volumes SIZE...: the smooth-blob volumes (multipage TIFF and a folder of slices) unless already there
make_volumes() {
  for s in "$@"; do
    case $s in *x*) name=blobs_$s ;; *) name=blobs_${s}x${s}x${s} ;; esac
    if [ ! -f "$DATA/$name.tif" ] || [ ! -d "$DATA/${name}_slices" ]; then
      $PY "$SHARED/tools/make_volumes.py" "$DATA" --sizes "$s" --slices
    fi
  done
}
# cds_archive: an AppCDS archive of the shaded jar's classes, made by one demo run (unless newer than the jar), in $JSA;
# a JVM uses it with -XX:SharedArchiveFile="$JSA" and a class path that starts with the jar
JSA=target/stack3d-cds.jsa
cds_archive() {
  if [ ! -f "$JSA" ] || [ "$JAR" -nt "$JSA" ]; then
    rm -f "$JSA" && java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" --out=target/cds-training demo >/dev/null 2>&1
  fi
}
