#!/usr/bin/env bash
# Sourced by the browser tests: finds Chromium and installs the pinned npm packages into
# tests/browser/node_modules (npm ci, once per package-lock.json). Exits 77 (skipped) with the
# reason when Chromium or npm cannot be had.
browser_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CHROMIUM=${CHROMIUM:-}
if [ -z "$CHROMIUM" ]; then
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -x "$c" ] && CHROMIUM=$c && break
  done
fi
if [ -z "$CHROMIUM" ] || [ ! -x "$CHROMIUM" ]; then
  echo "SKIPPED: Chromium is not installed (scripts/install-deps.sh installs Debian's chromium)"
  exit 77
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIPPED: node/npm are not installed (scripts/install-deps.sh installs them)"
  exit 77
fi
export CHROMIUM
# Parallel ctest runs share one node_modules: install under a lock, and only when the lock
# file changed since the last install.
stamp="$browser_dir/node_modules/.annalist-lock-sum"
want=$(sha256sum "$browser_dir/package-lock.json" | cut -d' ' -f1)
(
  flock 9
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    if ! (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error >"$browser_dir/.npm-ci.log" 2>&1); then
      exit 1
    fi
    echo "$want" >"$stamp"
  fi
) 9>"$browser_dir/.npm-ci.lock"
if [ $? -ne 0 ]; then
  echo "SKIPPED: 'npm ci' in tests/browser failed (no npm registry?):"
  tail -n 5 "$browser_dir/.npm-ci.log"
  exit 77
fi
