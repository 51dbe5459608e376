#!/usr/bin/env bash
# Derives stream-processor/src/main/resources/catalog/common-words-<code>.txt from hermitdave/FrequencyWords
# (content CC BY-SA 4.0). Usage: tools/common-words/derive.sh <FrequencyWords checkout> [commit]
# (the commit is read from the checkout when it is a git work tree).
# Needs the stream-processor classes built (./mvnw -B -q -o -DskipTests compile -pl stream-processor -am).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
words="${1:?usage: $0 <FrequencyWords checkout>}"
commit="${2:-$(git -C "$words" rev-parse HEAD 2>/dev/null || echo unknown)}"
icu="$(find "${HOME}/.m2/repository/com/ibm/icu/icu4j" -name 'icu4j-*.jar' | sort | tail -1)"
java -cp "$root/stream-processor/target/classes:$icu" "$root/tools/common-words/DeriveCommonWords.java" \
  "$words/content/2018" "$commit" "$root/stream-processor/src/main/resources/catalog"
