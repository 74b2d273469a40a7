#!/usr/bin/env bash
# The library performance benchmark (issue #7): generates the data set once (100,000 documents with their extracted text
# in the main network, on top of the learning data of the scale, without the community) and loads the library search
# with 64 connections: everyday phrases, with and without a filter, a collection browse, and searches while a 20 MB PDF
# is extracted and uploaded.
# Usage: bench/library.sh sqlite|postgres [scale] [duration-seconds] [documents]
# PostgreSQL: BENCH_PG (default Host=127.0.0.1;Port=55434;Username=postgres). Set BENCH_REGENERATE=1 to rebuild the data.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:-postgres}
scale=${2:-0.1}
duration=${3:-20}
documents=${4:-100000}
tag=l${scale//./_}
case "$provider" in
  sqlite)
    mkdir -p data
    connection="Data Source=$PWD/data/bench-$tag.db"
    exists() { [ -f "data/bench-$tag.db" ]; } ;;
  postgres)
    base=${BENCH_PG:-Host=127.0.0.1;Port=55434;Username=postgres}
    connection="$base;Database=bottega_bench_$tag"
    exists() { psql "postgresql://postgres@127.0.0.1:55434/bottega_bench_$tag" -tAc 'SELECT 1 FROM lib_documents LIMIT 1' 2>/dev/null | grep -q 1; } ;;
  *) echo "provider: sqlite or postgres" >&2; exit 2 ;;
esac
if [ "${BENCH_REGENERATE:-0}" = 1 ] || ! exists; then
  dotnet build bench/Bottega.Bench -c Release --nologo -v quiet >/dev/null
  dotnet bench/Bottega.Bench/bin/Release/net10.0/Bottega.Bench.dll generate --provider "$provider" --connection "$connection" --scale "$scale" \
    --topics 0 --documents "$documents"
fi
BENCH_SCENARIOS=library exec bench/run.sh "$provider" "$connection" 64 "$duration"
