#!/bin/sh
# Saves `evaluate --set DIR --explain` of every labelled set that may be read (the held-out sets, `frozen*` and
# `contrast`, are skipped), of the demo set and of the written training set into OUT_DIR, one file per set, so that a
# speed change can be shown not to change a decision:
#   tools/evaluate-snapshot.sh /tmp/before        (launcher built first: ./mvnw -B -q -o -pl launcher -am -DskipTests package)
#   tools/evaluate-snapshot.sh /tmp/after && diff -r /tmp/before /tmp/after
# JAR (default launcher/target/restock-radar.jar) may name a copy of the launcher jar kept from an earlier build.
set -eu
cd "$(dirname "$0")/.."
out="$1"
jar="${JAR:-launcher/target/restock-radar.jar}"
mkdir -p "$out"
for dir in stream-processor/src/test/resources/labelled/* launcher/src/main/resources/demo \
    stream-processor/src/main/resources/training/written; do
  name=$(basename "$dir")
  case "$name" in frozen*|contrast*) continue ;; esac
  # log lines lose their time stamp: the rest must be byte-identical from one build to the next
  java -jar "$jar" evaluate --set "$dir" --explain 2>"$out/$name.err" \
    | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z //' >"$out/$name.txt"
done
ls -l "$out"
