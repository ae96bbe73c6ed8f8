#!/usr/bin/env bash
# The newcomer's entry point (see README):
#   ./dev.sh demo    start XunCha on a demo store (.demo/xuncha.db)
#   ./dev.sh test    run the whole test suite
#   ./dev.sh cli …   run xuncha-cli inside the project's environment
# The first run sets everything up: system packages (Debian/Ubuntu), .venv, dependencies.
set -euo pipefail
cd "$(dirname "$0")"

setup() {
  bash tools/system-packages.sh
  local python
  python=$(command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "XunCha needs Python 3.11 or newer" >&2; exit 1; }
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  local stamp=.venv/.xuncha-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    touch "$stamp"
  fi
}

case "${1:-}" in
  demo)
    setup
    [ -f .demo/xuncha.db ] || .venv/bin/xuncha-cli demo --db .demo/xuncha.db
    exec .venv/bin/python -m desktop.app --db .demo/xuncha.db
    ;;
  test)
    setup
    shift
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  cli)
    setup
    shift
    exec .venv/bin/xuncha-cli "$@"
    ;;
  *)
    echo "usage: ./dev.sh demo | test [pytest options] | cli [command]" >&2
    exit 2
    ;;
esac
