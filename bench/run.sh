#!/usr/bin/env bash
# Builds Shouwang and the benchmarks (Maven profile "bench", not part of ./mvnw test) and runs:
#   1. RecommendationBenchmark (JMH): UnitIndex vs brute force vs JTS STRtree, 5 nearest of 10,000 units;
#   2. IntakeLoadDriver: intake over HTTP on loopback vs plain JDBC on the same PostgreSQL;
#   (hotspot, only when asked for) HotspotBenchmark: Gi* over 1,000,000 incidents at H3 resolution 9, 999
#      permutations, against the normal approximation over the same bins;
#   (roster, only when asked for) RosterBenchmark: 300 officers × 14 days × 3 shifts × 40 posts, 60 s, score over time;
#   3. BoardLatencyBenchmark (only when asked for: "board"): two nodes on one database, node A's intake to
#      node B's board event, median/p95/max (the latency TwoNodeBoardTests no longer asserts);
#   4. IndicatorBenchmark (only when asked for: "indicators"): the 2025 indicator set with 同比 and one station's
#      monthly trend from the rollups vs a plain PostgreSQL GROUP BY and DuckDB, over 10,000,000 incidents of five
#      years (about 10 GB of disk and a quiet machine; quick check: bench/run.sh indicators --incidents=200000).
# Usage: bench/run.sh [jmh|intake|board|indicators|hotspot|roster|all] [extra args: IntakeLoadDriver's, e.g. --headline-seconds=30,
#        BoardLatencyBenchmark's --rounds=N, IndicatorBenchmark's --incidents=N --repeat=N --station=WB01]
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
if [[ "$what" == indicators ]]; then
  echo "== IndicatorBenchmark (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx3g -cp "$CP" org.shouwang.performance.internal.IndicatorBenchmark "$@" 2>&1 | tee target/bench/indicators.txt
fi
if [[ "$what" == hotspot ]]; then
  echo "== HotspotBenchmark (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx1g -cp "$CP" org.shouwang.prevention.HotspotBenchmark "$@" 2>&1 | tee target/bench/hotspot.txt
fi
if [[ "$what" == roster ]]; then
  echo "== RosterBenchmark (loadavg $(cut -d' ' -f1-3 /proc/loadavg))"
  java -Xmx1500m -cp "$CP" org.shouwang.prevention.RosterBenchmark "$@" 2>&1 | tee target/bench/roster.txt
fi
echo "== done $(date -u +%FT%TZ), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
