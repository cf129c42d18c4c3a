#!/usr/bin/env bash
# Rebuild web/static/editor.js (CodeMirror 6, one minified file) from this folder.
# The bundle is committed, so only someone changing the editor needs Node (20+) and npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
ls -l ../static/editor.js
