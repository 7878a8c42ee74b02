#!/usr/bin/env bash
# A real multi-process run: starts a standalone Spark cluster on this machine (a master and two workers, each its
# own JVM on 127.0.0.1, with Spark's classes from the Maven class path), submits the stack3d-spark jobs (mesh,
# parts + merge, mesh with one task failing once, shell points) on a folder of slices, stops the cluster, and
# prints the wall times, the per-task times and bytes from the event logs (spark/eventlog.py), beside the core
# command line on the same stack in one process, and whether the outputs are byte-identical.
# Usage: spark/cluster.sh [STACK [LEVEL]]
#   STACK default $STACK3D_BENCH_DATA/blobs_256x1024x1024_slices (waits until it has $EXPECT=256 files)
#   LEVEL default 99.5; env: SLAB (slices per task, 32), WORKER_MEM (1g), WORKER_CORES (1), PORT (17077)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${STACK3D_BENCH_DATA:-../bench-data}
STACK=$(realpath "${1:-$DATA/blobs_256x1024x1024_slices}")
LEVEL=${2:-99.5}
SLAB=${SLAB:-32}
WORKER_MEM=${WORKER_MEM:-1g}
WORKER_CORES=${WORKER_CORES:-1}
PORT=${PORT:-17077}
EXPECT=${EXPECT:-256}
RUN=$(realpath -m spark/target/cluster)
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"

for _ in $(seq 120); do
  [ -d "$STACK" ] && [ "$(ls "$STACK" | wc -l)" -ge "$EXPECT" ] && break
  echo "waiting for $STACK to hold $EXPECT files"; sleep 10
done

rm -rf "$RUN" && mkdir -p "$RUN/events" "$RUN/spark-home/jars" "$RUN/spark-home/conf"
mvn -B -o -q install -DskipTests
mvn -B -o -q -f spark/pom.xml package -DskipTests
mvn -B -o -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$RUN/classpath.txt"
APP=spark/target/stack3d-spark-0.1.0-all.jar
# a Spark home for the workers, which start executors with SPARK_HOME/jars on the class path: Spark's jars
tr ':' '\n' < "$RUN/classpath.txt" | while read -r jar; do ln -sf "$jar" "$RUN/spark-home/jars/"; done
printf 'rootLogger.level = warn\nrootLogger.appenderRef.stderr.ref = console\nappender.console.type = Console\n'\
'appender.console.name = console\nappender.console.target = SYSTEM_ERR\nappender.console.layout.type = PatternLayout\n'\
'appender.console.layout.pattern = %%d{HH:mm:ss} %%p %%c{1}: %%m%%n\n' > "$RUN/spark-home/conf/log4j2.properties"
export SPARK_HOME="$RUN/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR="$RUN/spark-home/conf"
CP="$SPARK_HOME/conf:$SPARK_HOME/jars/*"

PIDS=()
stop_cluster() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_cluster EXIT
java -Xmx256m $OPENS -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port $((PORT + 1)) > "$RUN/master.log" 2>&1 &
PIDS+=($!)
# the master's web UI says how many workers are alive
alive() {
  /usr/bin/python3 -c "import json, urllib.request
try: print(json.load(urllib.request.urlopen('http://127.0.0.1:$((PORT + 1))/json/'))['aliveworkers'])
except Exception: print(-1)"
}
for _ in $(seq 60); do [ "$(alive)" -ge 0 ] && break; sleep 1; done
for w in 1 2; do
  java -Xmx256m $OPENS -cp "$CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$WORKER_CORES" \
    --memory "$WORKER_MEM" --webui-port $((PORT + 1 + w)) --work-dir "$RUN/work$w" "spark://127.0.0.1:$PORT" \
    > "$RUN/worker$w.log" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 60); do [ "$(alive)" -ge 2 ] && break; sleep 1; done
echo "== cluster: master spark://127.0.0.1:$PORT, $(alive) workers alive, each of" \
  "$WORKER_CORES core(s) and $WORKER_MEM; load: $(uptime)"

submit() {
  local t0 t1
  t0=$(date +%s.%N)
  java -Xmx2g $OPENS -cp "$CP" org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$PORT" \
    --deploy-mode client --class io.github.stack3d.spark.SparkMain --executor-memory "$WORKER_MEM" \
    --executor-cores "$WORKER_CORES" --total-executor-cores $((2 * WORKER_CORES)) \
    --conf spark.eventLog.enabled=true --conf "spark.eventLog.dir=file://$RUN/events" \
    --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false --conf spark.task.maxFailures=2 \
    ${SUBMIT_CONF:-} "$APP" "$@"
  t1=$(date +%s.%N)
  echo "   submit wall time $(echo "$t1 - $t0" | bc) s (JVM start, context, executors, job, write)"
}
echo "== spark: mesh $STACK --level $LEVEL --slab $SLAB (joined on the driver)"
submit mesh "$STACK" "$RUN/spark-mesh.ply" --level "$LEVEL" --slab "$SLAB"
echo "== spark: parts, then merge on the driver machine"
submit parts "$STACK" "$RUN/parts" --level "$LEVEL" --slab "$SLAB"
t0=$(date +%s.%N)
java -cp "$APP:$(cat "$RUN/classpath.txt")" io.github.stack3d.spark.SparkMain merge "$RUN/parts" "$RUN/merged.ply"
echo "   merge wall time $(echo "$(date +%s.%N) - $t0" | bc) s; parts: $(du -sh "$RUN/parts" | cut -f1)"
echo "== spark: mesh again, the task of slab 3 failing once on purpose (--conf spark.stack3d.fault.slab=3)"
SUBMIT_CONF="--conf spark.stack3d.fault.slab=3" submit mesh "$STACK" "$RUN/spark-mesh-retried.ply" \
  --level "$LEVEL" --slab "$SLAB"
echo "== spark: shell $STACK --lo $LEVEL --hi 255 --slab $SLAB"
submit shell "$STACK" "$RUN/spark-shell.ply" --lo "$LEVEL" --hi 255 --slab "$SLAB"
stop_cluster
trap - EXIT
PIDS=()

echo "== core command line, one process ($(nproc) threads), same stack; load: $(uptime)"
for run in 1 2; do
  t0=$(date +%s.%N)
  java -jar target/stack3d-0.1.0-all.jar mesh "$STACK" "$RUN/local-mesh.ply" --level "$LEVEL" > /dev/null
  echo "   mesh wall time $(echo "$(date +%s.%N) - $t0" | bc) s (run $run)"
done
t0=$(date +%s.%N)
java -jar target/stack3d-0.1.0-all.jar shell "$STACK" "$RUN/local-shell.ply" --lo "$LEVEL" --hi 255 > /dev/null
echo "   shell wall time $(echo "$(date +%s.%N) - $t0" | bc) s"
cmp "$RUN/local-mesh.ply" "$RUN/spark-mesh.ply" && echo "spark mesh.ply is byte-identical to the core's ($(du -h "$RUN/local-mesh.ply" | cut -f1))"
cmp "$RUN/local-mesh.ply" "$RUN/merged.ply" && echo "merged parts are byte-identical to the core's mesh.ply"
cmp "$RUN/local-mesh.ply" "$RUN/spark-mesh-retried.ply" && echo "the mesh with a retried task is byte-identical too"
cmp "$RUN/local-shell.ply" "$RUN/spark-shell.ply" && echo "spark shell.ply is byte-identical to the core's"
echo "== event logs"
/usr/bin/python3 spark/eventlog.py "$RUN"/events/*
