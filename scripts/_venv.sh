# Sourced by the scripts: the project's root and its virtualenv's python.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then
  echo "no .venv yet: run scripts/setup (or scripts/test, which runs it)" >&2
  exit 1
fi
