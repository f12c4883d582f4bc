#!/usr/bin/env bash
# Builds Shouwang and the benchmarks (Maven profile "bench", not part of ./mvnw test) and runs:
#   1. RecommendationBenchmark (JMH): UnitIndex vs brute force vs JTS STRtree, 5 nearest of 10,000 units;
#   2. IntakeLoadDriver: intake over HTTP on loopback vs plain JDBC on the same PostgreSQL;
#   3. BoardLatencyBenchmark (only when asked for: "board"): two nodes on one database, node A's intake to
#      node B's board event, median/p95/max (the latency TwoNodeBoardTests no longer asserts).
# Usage: bench/run.sh [jmh|intake|board|all] [extra args: IntakeLoadDriver's, e.g. --headline-seconds=30, or
#        BoardLatencyBenchmark's --rounds=N]
# Output is printed and kept in target/bench/*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"; shift || true
mkdir -p target/bench

echo "== build ($(date -u +%FT%TZ), $(nproc) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
./mvnw -q -DskipTests package
./mvnw -q -Pbench test-compile
./mvnw -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
JAR="$(ls target/shouwang-*.jar | grep -v original | head -1)"

if [[ "$what" == all || "$what" == jmh ]]; then
  echo "== RecommendationBenchmark (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$CP" org.shouwang.command.RecommendationBenchmark 2>&1 | tee target/bench/recommendation.txt
fi
if [[ "$what" == all || "$what" == intake ]]; then
  echo "== IntakeLoadDriver (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx1g -cp "$CP" org.shouwang.bench.IntakeLoadDriver --jar="$JAR" "$@" 2>&1 | tee target/bench/intake.txt
fi
if [[ "$what" == board ]]; then
  echo "== BoardLatencyBenchmark (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx256m -cp "$CP" org.shouwang.command.board.BoardLatencyBenchmark "$@" 2>&1 | tee target/bench/board.txt
fi
echo "== done $(date -u +%FT%TZ), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
