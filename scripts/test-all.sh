#!/usr/bin/env bash
# The one test command (`npm test`): tool setup, typecheck, lint, build, unit tests, then integration and
# UI tests in VS Code 1.100.3 and 1.139.1, then the .vsix as a user gets it: packaged, installed with each
# server's own --install-extension and driven by the installed-extension UI tests. Every stage runs even when
# an earlier one failed; the last line is "N passed, N failed" summed over all stages (a stage without test
# counts, such as lint, counts as one check). Exit code 1 if anything failed. Stage logs: test-results/logs/.
set -uo pipefail
cd "$(dirname "$0")/.."

VERSIONS=(1.100.3 1.139.1)
LOG_DIR=test-results/logs
rm -rf "$LOG_DIR" && mkdir -p "$LOG_DIR"

total_passed=0
total_failed=0
summary=()

now() { date +%s%3N; } # milliseconds
secs() { printf '%d.%d' $(( $1 / 1000 )) $(( $1 % 1000 / 100 )); }

# stage <name> <command...>: runs the command, shows and logs its output, adds its counts to the totals.
stage() {
  local name=$1; shift
  local log="$LOG_DIR/$(echo "$name" | tr -c 'a-zA-Z0-9.\n' '-').log"
  echo
  echo "=== $name"
  local start rc
  start=$(now)
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local seconds
  seconds=$(secs $(( $(now) - start )))
  local passed failed counts
  # Our runners end with "N passed, N failed"; node's test runner prints "ℹ pass N" / "ℹ fail N".
  counts=$(grep -aE '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1)
  if [ -n "$counts" ]; then
    passed=$(echo "$counts" | sed -E 's/^([0-9]+) passed.*/\1/')
    failed=$(echo "$counts" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  elif grep -aqE '^ℹ pass [0-9]+' "$log"; then
    passed=$(grep -aE '^ℹ pass [0-9]+' "$log" | tail -n1 | awk '{print $3}')
    failed=$(grep -aE '^ℹ fail [0-9]+' "$log" | tail -n1 | awk '{print $3}')
  elif [ "$rc" -eq 0 ]; then
    passed=1; failed=0
  else
    passed=0; failed=1
  fi
  # A non-zero exit with no failed test (a crash after the summary, say) still fails the stage.
  if [ "$rc" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  local status=ok
  [ "$failed" -eq 0 ] || status=FAILED
  summary+=("$(printf '%-28s %-7s %4d passed, %3d failed  %7ss' "$name" "$status" "$passed" "$failed" "$seconds")")
  echo "--- $name: $passed passed, $failed failed, ${seconds}s"
}

setup_servers() {
  local rc=0
  for v in "${VERSIONS[@]}"; do
    bash scripts/setup-vscode-server.sh ".vscode-test/vscode-$v" "$v" || rc=1
  done
  # The zh-cn language pack for the Chinese UI test, from the npm registry (cached in .vscode-test/).
  node scripts/zhLanguagePack.mjs || rc=1
  return $rc
}

unit_tests() {
  if ! ls test/unit/*.test.ts >/dev/null 2>&1; then
    echo "no unit tests (test/unit/*.test.ts)"
    echo "0 passed, 0 failed"
    return 0
  fi
  node --test --test-reporter=spec out/test/unit/
}

build() {
  rm -rf out # a failed build must not leave yesterday's tests to pass
  node esbuild.js --tests --bench
}

started=$(now)
stage "setup (apt, VS Code servers)" setup_servers
stage "typecheck" bash -c "npx tsc -p . --noEmit && npx tsc -p media"
stage "lint" npm run --silent lint
stage "build" build
stage "unit tests" unit_tests
stage "benchmark (quick: request counts)" node --expose-gc out/bench/bench.js --quick
for v in "${VERSIONS[@]}"; do
  stage "integration $v" node scripts/runIntegrationTests.mjs --vscode "$v"
done
for v in "${VERSIONS[@]}"; do
  stage "ui $v" node scripts/runUiTests.mjs --vscode "$v"
done
# Last: packaging rebuilds dist/ for production (vsce runs vscode:prepublish).
stage "package (.vsix)" node scripts/package.mjs --verify
for v in "${VERSIONS[@]}"; do
  stage "installed .vsix $v" node scripts/runUiTests.mjs --vscode "$v" --vsix feishu-hire-interviews.vsix
done

echo
echo "=== summary ($(secs $(( $(now) - started )))s; logs in $LOG_DIR, screenshots in test-results/screenshots)"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
