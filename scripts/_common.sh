# Sourced by the scripts: the project's root, its virtualenv's python, and a mock-server helper.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then
  echo "no .venv yet: run scripts/setup (or scripts/test, which runs it)" >&2
  exit 1
fi

# Start Prism on a free port of 127.0.0.1, stopped when the calling script exits; sets MOCK_URL.
start_mock_on_free_port() {
  MOCK_PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  trap '"$ROOT/scripts/mock" --stop --port "$MOCK_PORT" >/dev/null' EXIT
  MOCK_URL=$("$ROOT/scripts/mock" --daemon --port "$MOCK_PORT")
}
