#!/bin/sh
# Ingest's replay alone, start-up and steady state apart (docs/benchmarks.md, "Session 12"): builds the
# benchmarks module and what it needs, then runs IngestBench with the given arguments, e.g.
#   tools/ingest-bench.sh --mentions 500000 --dir /tmp/ib
#   tools/ingest-bench.sh --ingest-settings kafka.compression.type=none --jfr
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
exec java -Xmx2g -Dlogback.configurationFile=org/restockradar/faults/harness-logback.xml \
  -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/harness-classpath.txt)" \
  org.restockradar.benchmarks.load.IngestBench "$@"
