#!/usr/bin/env bash
# Playwright's own browser download is blocked on these machines: use the system Chromium, installing
# Debian's package (with Noto fonts for Vietnamese) when it is missing and we may install it.
set -euo pipefail
find_browser() {
  for b in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$b" ] && [ -x "$b" ]; then echo "$b"; return 0; fi
  done
  return 1
}
if browser=$(find_browser) && fc-list 2>/dev/null | grep -qi "Noto Sans"; then
  echo "Trình duyệt cho kiểm thử: $browser"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Cài Chromium và phông Noto từ Debian (một lần)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  browser=$(find_browser)
  echo "Trình duyệt cho kiểm thử: $browser"
  exit 0
fi
echo "Không tìm thấy Chromium. Cài gói 'chromium' và 'fonts-noto-core' (Debian) hoặc đặt CHROMIUM_PATH." >&2
exit 1
