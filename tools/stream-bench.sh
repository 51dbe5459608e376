#!/bin/sh
# The stream processor alone at its steady state (docs/benchmarks.md, "The stream processor alone"): builds the
# benchmarks module and what it needs, then runs StreamBench with the given arguments, e.g.
#   tools/stream-bench.sh --outlets 100000 --mentions 300000 --dir /tmp/sb
#   tools/stream-bench.sh --processor-settings kafka.producer.linger.ms=20 --jfr
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
exec java -Xmx2g -Dlogback.configurationFile=org/restockradar/faults/harness-logback.xml \
  -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/harness-classpath.txt)" \
  org.restockradar.benchmarks.load.StreamBench "$@"
