#!/bin/sh
# The fault harness (docs/reliability.md): builds the faults module and what it needs, then runs FaultHarness
# with the given arguments, e.g.  tools/fault-harness.sh full --report docs/reliability.md
#                                 tools/fault-harness.sh full --only F1,F3
#                                 tools/fault-harness.sh short
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl faults -am -DskipTests package
exec java -Xmx512m -Dlogback.configurationFile=org/restockradar/faults/harness-logback.xml \
  -cp "faults/target/faults-0.1.0-SNAPSHOT.jar:$(cat faults/target/harness-classpath.txt)" \
  org.restockradar.faults.FaultHarness "$@"
