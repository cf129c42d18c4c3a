#!/usr/bin/env bash
# The test command: set up (tests/setup.sh), then lint, type-check, check the import layers
# (import-linter's contracts in pyproject.toml) and run every test,
# including `judge verify` over all problems under both runners (in tests/test_verify_problems.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh
echo "== ruff" && ruff check . && ruff format --check .
echo "== mypy" && mypy
echo "== import-linter" && lint-imports
# Two test processes on a 2-core machine: verdicts come from CPU time measured by the
# supervisor, so the suite stays green with the machine busy (tests/test_loaded_verify.py).
echo "== pytest" && python3 -m pytest -q -p no:cacheprovider -n "${JUDGE_TEST_WORKERS:-2}" "$@"
