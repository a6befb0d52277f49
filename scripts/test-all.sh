#!/usr/bin/env bash
# The whole suite, as `npm test` runs it: Jest (unit, integration and end-to-end tests), then the
# browser tests (Playwright). Arguments go to Jest. Both always run; the exit status fails if either did.
# STAFETT_SKIP_BROWSER_TESTS=1 leaves the browser tests out (e.g. while working on one Jest file).
set -uo pipefail
cd "$(dirname "$0")/.."

npx jest "$@"
jest_status=$?

browser_status=0
if [ "${STAFETT_SKIP_BROWSER_TESTS:-}" != "1" ]; then
  npx playwright test -c test/browser/playwright.config.ts
  browser_status=$?
fi

[ "$jest_status" -eq 0 ] && [ "$browser_status" -eq 0 ]
