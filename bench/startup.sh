#!/usr/bin/env bash
# Start-up time and memory of the host on the embedded default (SQLite), first run (migrate, import the territory,
# seed the demo) and second run (data already there). Prints one line per run. Usage: bench/startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5077}
out=$(mktemp -d)
dotnet publish src/Bottega.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
work="$out/work"; mkdir -p "$work"
run() {
  local label=$1 start pid ms rss
  start=$(date +%s%N)
  (cd "$work" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT="$out/app" exec dotnet "$out/app/Bottega.Web.dll" --urls "http://127.0.0.1:$port" >"$out/$label.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -fs "http://127.0.0.1:$port/" >/dev/null
  local child; child=$(pgrep -P "$pid" -f Bottega.Web.dll || echo "$pid")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$child/status")
  printf '%-12s ready in %6d ms, resident memory after first page %4d MiB\n' "$label" "$ms" "$rss"
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}
run first-run
run second-run
rm -rf "$out"
