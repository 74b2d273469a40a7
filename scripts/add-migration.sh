#!/usr/bin/env bash
# Adds a migration to both providers' histories: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for pair in "SqliteMigrationsContext:Sqlite" "PostgresMigrationsContext:PostgreSql"; do
  context=${pair%%:*}; folder=${pair##*:}
  dotnet ef migrations add "$name" --project src/Bottega.Migrations --context "$context" --output-dir "$folder"
done
