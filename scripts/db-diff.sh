#!/usr/bin/env bash
# npm run db:diff -- <name> [base]: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql, the SQL
# from prisma/schema.prisma as of git revision <base> (default main) to the working copy, with Prisma's
# own differ (scripts/prisma-migrate-diff). Append by hand only what Prisma cannot express.
set -euo pipefail
name=${1:?usage: npm run db:diff -- <name> [base revision, default main]}
base=${2:-main}
[[ $name =~ ^[a-z0-9_]+$ ]] || { echo "db:diff: name in snake_case, e.g. review_event_decision" >&2; exit 2; }
cd "$(dirname "$0")/.."
dir=prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name
from=$(mktemp); trap 'rm -f "$from"' EXIT
git show "$base:prisma/schema.prisma" > "$from"
sql=$(scripts/prisma-migrate-diff "$from" prisma/schema.prisma)
[ -n "$(echo "$sql" | grep -v '^--' | tr -d '[:space:]')" ] || { echo "db:diff: no schema change against $base" >&2; exit 1; }
mkdir -p "$dir" && printf '%s\n' "$sql" > "$dir/migration.sql"
echo "$dir/migration.sql"
