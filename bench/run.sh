#!/usr/bin/env bash
# Starts the host in Release on a generated database (no migration, no demo seed, rate limits raised), waits for
# /health/ready, runs the load benchmark against it and stops it.
# Usage: bench/run.sh sqlite|postgres "<connection string>" [connections] [duration-seconds] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1
connection=$2
connections=${3:-64}
duration=${4:-20}
port=${5:-5080}
case "$provider" in
  sqlite) db_provider=Sqlite ;;
  postgres) db_provider=Postgres ;;
  *) echo "provider: sqlite or postgres" >&2; exit 2 ;;
esac
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build src/Bottega.Web -c Release --nologo -v quiet >/dev/null
  dotnet build bench/Bottega.Bench -c Release --nologo -v quiet >/dev/null
fi
log=$(mktemp)
keys=$(mktemp -d)
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider=$db_provider Database__ConnectionString="$connection" Database__MigrateOnStart=false \
Demo__Seed=false RateLimits__PublicPerMinute=100000000 RateLimits__SignInPerMinute=100000 \
DataProtection__KeysFolder="$keys" Logging__LogLevel__Default=Warning \
  dotnet run --project src/Bottega.Web -c Release --no-build -- --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true; wait $host 2>/dev/null || true; rm -rf "$keys"' EXIT
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 $host 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.2
done
echo "host ready on port $port ($provider)"
dotnet bench/Bottega.Bench/bin/Release/net10.0/Bottega.Bench.dll run --url "http://127.0.0.1:$port" --connections "$connections" --duration "$duration" --scenarios "${BENCH_SCENARIOS:-all}"
