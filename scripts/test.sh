#!/usr/bin/env bash
# The second command: set up everything the tests need (Dovecot, Chromium, Redis), then run the
# whole test suite. Extra arguments go to pytest, e.g. scripts/test.sh -k imap
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

if ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  echo "test: no Redis on 127.0.0.1:6379; starting one"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp --logfile /tmp/consult-test-redis.log
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && break; sleep 0.1; done
fi

mkdir -p test-output
set +e
.venv/bin/python -m pytest "$@"
code=$?
set -e
if [ "$code" = 5 ]; then
  echo "test: pytest collected no tests (exit 5); nothing failed"
  exit 0
fi
exit "$code"
