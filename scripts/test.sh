#!/usr/bin/env bash
# Every test, in the order that fails fastest: `npm test` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; SECONDS=0; }
done_step() { printf '   (%ss)\n' "$SECONDS"; }

step "chromium";          bash scripts/ensure-chromium.sh;  done_step
step "typecheck";         npx tsc --noEmit;                 done_step
step "lint";              npx eslint --max-warnings 0 .;    done_step
step "unit tests";        npx vitest run;                   done_step
step "content";           npx tsx scripts/check-content.ts; done_step
step "build";             npm run build;                    done_step
step "budgets";           node scripts/check-budgets.mjs;   done_step
step "end-to-end tests";  npx playwright test;              done_step
