#!/usr/bin/env bash
# Every test, in the order that fails fastest: `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; SECONDS=0; }
done_step() { printf '   (%ss)\n' "$SECONDS"; }
# Runs commands at once and prints each one's output in turn; fails if any of them failed.
parallel() {
  local dir pids=() failed=0 i
  dir=$(mktemp -d)
  i=0; for cmd in "$@"; do bash -c "$cmd" >"$dir/$i" 2>&1 & pids+=($!); i=$((i + 1)); done
  i=0; for cmd in "$@"; do
    if wait "${pids[$i]}"; then printf -- '-- %s: ok\n' "$cmd"; else printf -- '-- %s: FAILED\n' "$cmd"; failed=1; fi
    cat "$dir/$i"; i=$((i + 1))
  done
  rm -rf "$dir"
  return "$failed"
}

step "chromium";          bash scripts/ensure-chromium.sh;  done_step
# Both are single-threaded: side by side they take the time of the slower one.
step "typecheck + lint";  parallel "npx tsc --noEmit" "npx eslint --max-warnings 0 ."; done_step
step "unit tests";        npx vitest run;                   done_step
step "content";           npx tsx scripts/check-content.ts; done_step
step "build";             npm run build;                    done_step
step "budgets";           node scripts/check-budgets.mjs;   done_step
step "end-to-end tests";  npx playwright test;              done_step
