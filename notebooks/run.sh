#!/usr/bin/env bash
# Executes every notebook here top to bottom in the real IJava kernel (kernelspec `java`), as a reader would,
# writing the executed copies to a temporary folder (the saved notebooks stay as they are). Fails at the first
# notebook with an error, naming it; nbconvert prints the failing cell and its exception.
# Usage: bash notebooks/run.sh     (after `mvn package`, which builds the jar the notebooks load with %jars)
set -euo pipefail
cd "$(dirname "$0")"
ls ../target/stack3d-*-all.jar >/dev/null || { echo "notebooks/run.sh: build the jar first (mvn package)" >&2; exit 1; }
# 05-maven.ipynb loads the library by its coordinates (%maven), as a user of a release does: put this build in the
# local Maven repository, where IJava's resolver (Ivy) finds it and its dependencies offline. Ivy keeps its own copy
# of each release it resolved (~/.ivy2/cache) and need not look again, so its copy of an earlier build goes.
mvn -B -q -f ../pom.xml install -Dmaven.test.skip=true
rm -rf "$HOME/.ivy2/cache/io.github.stack3d"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for nb in [0-9][0-9]-*.ipynb; do
  start=$(date +%s)
  if ! /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=java \
      --ExecutePreprocessor.timeout=600 --output-dir "$out" "$nb" >"$out/log" 2>&1; then
    tail -40 "$out/log" >&2
    echo "notebooks/run.sh: $nb failed in the IJava kernel (the cell and its error are above)" >&2
    exit 1
  fi
  echo "notebooks/run.sh: $nb ran in the IJava kernel in $(( $(date +%s) - start )) s"
done
