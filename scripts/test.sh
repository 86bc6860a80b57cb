#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }
step "Trình duyệt"; bash scripts/ensure-browser.sh
step "Kiểm tra kiểu (tsc)"; npx tsc --noEmit -p .
step "ESLint"; npx eslint --max-warnings 0 .
step "Unit + tích hợp (Vitest, PostgreSQL thật)"; npx vitest run
step "Build production"; npx tsx scripts/build-if-needed.ts
step "Hành trình người dùng (Playwright, Chromium)"; npx playwright test
