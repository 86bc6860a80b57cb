#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest, then one closing line with the counts.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$1"; }
rm -rf .test-results && mkdir -p .test-results
step "Trình duyệt"; bash scripts/ensure-browser.sh
step "Kiểm tra kiểu (tsc)"; npx tsc --noEmit -p .
step "ESLint"; npx eslint --max-warnings 0 .
step "Định dạng (Prettier)"; npx prettier --check . --log-level warn
step "Unit + tích hợp (Vitest, PostgreSQL thật)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
step "Build production"; npx tsx scripts/build-if-needed.ts
step "JavaScript lần tải đầu (≤ 170 kB gzip mỗi trang)"; npx tsx scripts/first-load-js.ts
step "Hành trình người dùng (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_FILE=.test-results/playwright.json npx playwright test --reporter=list,json
step "Hành trình lần chạy đầu (cơ sở dữ liệu thật, không có dữ liệu mẫu)"
PLAYWRIGHT_JSON_OUTPUT_FILE=.test-results/playwright-first-run.json \
  npx playwright test -c playwright.first-run.config.ts --reporter=list,json
step "Tổng kết"; node scripts/test-summary.mjs
