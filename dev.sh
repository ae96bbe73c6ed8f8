#!/usr/bin/env bash
# The newcomer's entry point (see README):
#   ./dev.sh demo    start XunCha on a demo store (.demo/xuncha.db)
#   ./dev.sh test    run the whole test suite
#   ./dev.sh cli …   run xuncha-cli inside the project's environment
#   ./dev.sh lock    refresh constraints.txt from the ranges in pyproject.toml
# The first run sets everything up: system packages (Debian/Ubuntu), .venv, dependencies
# at the versions constraints.txt pins; a change of pyproject.toml or of the pins
# installs again.
set -euo pipefail
cd "$(dirname "$0")"

python_for_venv() {
  local python
  python=$(command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "XunCha needs Python 3.11 or newer" >&2; exit 1; }
  echo "$python"
}

install() {
  local pip=(.venv/bin/python -m pip) report=.venv/.xuncha-pip-report.json
  "${pip[@]}" install -q -c constraints.txt pip
  # pip installs a package that the constraints do not name at its newest version, without
  # a word: resolve first, and refuse anything unpinned (tools/lock.py check).
  "${pip[@]}" install -q --dry-run --ignore-installed --report "$report" \
      -c constraints.txt -e ".[test]" \
    || { echo "pip cannot install the pinned versions (see above). If pyproject.toml" \
              "changed, refresh the pins: ./dev.sh lock" >&2; exit 1; }
  .venv/bin/python tools/lock.py check "$report"
  "${pip[@]}" install -q -c constraints.txt -e ".[test]"
}

setup() {
  bash tools/system-packages.sh
  local python stamp=.venv/.xuncha-installed wanted
  if [ ! -x .venv/bin/python ]; then
    python=$(python_for_venv)
    "$python" -m venv .venv
  fi
  wanted=$(cat pyproject.toml constraints.txt | cksum)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    install
    echo "$wanted" > "$stamp"
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
  lock)
    python=$(python_for_venv)
    exec "$python" tools/lock.py refresh
    ;;
  *)
    echo "usage: ./dev.sh demo | test [pytest options] | cli [command] | lock" >&2
    exit 2
    ;;
esac
