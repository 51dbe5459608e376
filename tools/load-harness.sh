#!/bin/sh
# The end-to-end load harness (docs/benchmarks.md): builds the benchmarks module and what it needs, then runs
# LoadHarness with the given arguments, e.g.  tools/load-harness.sh --report docs/benchmarks.md
#                                             tools/load-harness.sh --outlets 100000 --mentions 50000
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
exec java -Xmx3g -Dlogback.configurationFile=org/restockradar/faults/harness-logback.xml \
  -cp "benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/harness-classpath.txt)" \
  org.restockradar.benchmarks.load.LoadHarness "$@"
