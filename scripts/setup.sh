#!/usr/bin/env bash
# Set up Consult in ./.venv from the locked dependency list. Safe to run again.
# Usage: scripts/setup.sh [--test]   (--test also installs what the test suite needs)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

need_apt=()
if [ "$want_test" = 1 ]; then
  command -v /usr/sbin/dovecot >/dev/null 2>&1 || need_apt+=(dovecot-imapd)
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
  command -v ss >/dev/null 2>&1 || need_apt+=(iproute2)
fi
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  # Debian starts a system Dovecot on install; tests run their own on loopback ports.
  if [ "$want_test" = 1 ] && command -v systemctl >/dev/null 2>&1; then
    $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || true
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
stamp=.venv/.consult-installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python dependencies (requirements.lock)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -r requirements.lock
  .venv/bin/python -m pip install -q --no-deps -e .
  touch "$stamp"
fi

# The extractor's modules compiled with mypyc (about 20 s, only when they changed); Consult runs
# the plain modules when this fails or the sources change later (consult/codes/compiled.py).
# mypyc builds with setuptools, which venvs of Python 3.12 and later no longer include.
.venv/bin/python -c 'import setuptools' 2>/dev/null || .venv/bin/python -m pip install -q setuptools
if ! .venv/bin/python scripts/build_compiled.py; then
  if [ "$want_test" = 1 ]; then
    echo "setup: the compiled extractor did not build (build/compiled/build.log)" >&2
    exit 1
  fi
  echo "setup: going on with the plain extractor modules"
fi
