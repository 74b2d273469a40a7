#!/usr/bin/env bash
# The Learning performance benchmark (issue #3): generates the data set for the scale once (kept under data/ or in a
# PostgreSQL database named after the scale), then loads catalogue search, a course page, "my learning" and the
# referent's staff page with 64 connections. Usage: bench/learning.sh sqlite|postgres [scale] [duration-seconds]
# PostgreSQL: BENCH_PG (default Host=127.0.0.1;Port=55434;Username=postgres). Set BENCH_REGENERATE=1 to rebuild the data.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:-sqlite}
scale=${2:-0.1}
duration=${3:-20}
tag=${scale//./_}
case "$provider" in
  sqlite)
    mkdir -p data
    connection="Data Source=$PWD/data/bench-$tag.db"
    exists() { [ -f "data/bench-$tag.db" ]; } ;;
  postgres)
    base=${BENCH_PG:-Host=127.0.0.1;Port=55434;Username=postgres}
    connection="$base;Database=bottega_bench_$tag"
    exists() { psql "postgresql://postgres@127.0.0.1:55434/bottega_bench_$tag" -tAc 'SELECT 1 FROM lrn_hours LIMIT 1' >/dev/null 2>&1; } ;;
  *) echo "provider: sqlite or postgres" >&2; exit 2 ;;
esac
if [ "${BENCH_REGENERATE:-0}" = 1 ] || ! exists; then
  dotnet build bench/Bottega.Bench -c Release --nologo -v quiet >/dev/null
  dotnet bench/Bottega.Bench/bin/Release/net10.0/Bottega.Bench.dll generate --provider "$provider" --connection "$connection" --scale "$scale"
fi
BENCH_SCENARIOS=learning exec bench/run.sh "$provider" "$connection" 64 "$duration"
