#!/usr/bin/env bash
# The first command: set up, then run Consult on embedded defaults (SQLite, embedded broker,
# SMTP gateway on 127.0.0.1:2525, replies written to var/outbox). Extra arguments go to
# `consult up`, e.g. scripts/run.sh --demo
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/consult up "$@"
