#!/usr/bin/env bash
# Installs and starts what the test suite needs on a fresh Debian machine; safe to re-run.
#   - Debian packages: docker.io (engine), debootstrap (offline image base), chromium (browser
#     tests), redis-server and postgresql (the scale-out tests start their own servers on
#     loopback, in temporary folders; the packages' own services are not used)
#   - dockerd running in the background
#   - the judge package with its dev extras
#   - the sandbox image, built offline (debootstrap + docker import) when missing
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  echo "setup: starting dockerd" >&2
  nohup dockerd >/tmp/judge-dockerd.log 2>&1 &
  for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "setup: dockerd did not start (see /tmp/judge-dockerd.log)" >&2; exit 1; }
fi

python3 -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
python3 -c "import judge, fastapi, docker, duckdb, sqlglot, pytest, dramatiq, sqlalchemy, psycopg" || { echo "setup: pip install failed" >&2; exit 1; }

# A no-op when the image for this harness exists; from scratch the base takes about a minute.
judge sandbox build --offline
