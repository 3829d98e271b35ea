"""A small stdio MCP client for integration tests (stdlib only).

Spawns the agent, writes raw lines or JSON-RPC messages, and reads answers with timeouts.
Every stdout line must be one JSON-RPC message: anything else is recorded in `bad_lines`
(tests assert it stays empty). Notifications are kept apart in `notifications`.
"""
import json
import os
import select
import subprocess
import time

MODERN = "2026-07-28"
MODERN_META = {
    "io.modelcontextprotocol/protocolVersion": MODERN,
    "io.modelcontextprotocol/clientCapabilities": {},
    "io.modelcontextprotocol/clientInfo": {"name": "mcp.py", "version": "1"},
}


class Agent:
    def __init__(self, path=None, env=None, args=(), stderr=None):
        path = path or os.environ["MCPDB_AGENT"]
        full_env = dict(os.environ)
        if env:
            full_env.update(env)
        self.proc = subprocess.Popen([path, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=stderr if stderr is not None else subprocess.PIPE,
                                     env=full_env, bufsize=0)
        self.buf = b""
        self.bad_lines = []
        self.notifications = []
        self.pending = {}   # id (json-encoded) -> response, for answers read out of order
        self.unmatched = []  # responses with id null
        self.next_id = 1

    # -- writing ------------------------------------------------------------------------------
    def send_raw(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, msg):
        self.send_raw(json.dumps(msg, separators=(",", ":")) + "\n")

    def request(self, method, params=None, id=None):
        """Sends a request, returns its id."""
        if id is None:
            id = self.next_id
            self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return id

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def close_stdin(self):
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass

    # -- reading ------------------------------------------------------------------------------
    def _read_line(self, deadline):
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([self.proc.stdout], [], [], left)
            if not r:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not chunk:
                return b"" if not self.buf else self._take_rest()
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def _take_rest(self):
        rest, self.buf = self.buf, b""
        return rest

    def read_message(self, timeout=10.0):
        """The next message (response or notification), or None on timeout/EOF."""
        line = self._read_line(time.monotonic() + timeout)
        if not line:
            return None
        try:
            msg = json.loads(line)
            if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0":
                raise ValueError("not a JSON-RPC 2.0 object")
        except ValueError:
            self.bad_lines.append(line[:300])
            return None
        return msg

    def response(self, id, timeout=10.0):
        """The response to request `id` (notifications and other answers are kept aside)."""
        key = json.dumps(id)
        deadline = time.monotonic() + timeout
        while key not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            msg = self.read_message(left)
            if msg is None:
                if self.proc.poll() is not None and not self.buf:
                    return None
                continue
            self._file(msg)
        return self.pending.pop(key)

    def _file(self, msg):
        """Sorts one incoming message: notifications, answers without an id, answers by id."""
        if "method" in msg:
            self.notifications.append(msg)
        elif msg.get("id") is None:
            self.unmatched.append(msg)
        else:
            self.pending[json.dumps(msg["id"])] = msg

    def null_id_response(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while not self.unmatched:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            msg = self.read_message(left)
            if msg is None:
                continue
            self._file(msg)
        return self.unmatched.pop(0)

    def call(self, method, params=None, timeout=10.0):
        return self.response(self.request(method, params), timeout)

    def quiet(self, seconds=0.3):
        """True when nothing at all arrives within `seconds`."""
        msg = self.read_message(seconds)
        if msg is None:
            return True
        self._file(msg)
        return False

    # -- MCP conveniences -----------------------------------------------------------------------
    def initialize(self, version="2025-11-25"):
        r = self.call("initialize", {"protocolVersion": version, "capabilities": {},
                                     "clientInfo": {"name": "mcp.py", "version": "1"}})
        self.notify("notifications/initialized")
        return r

    def tool(self, name, arguments=None, meta=None, timeout=30.0):
        params = {"name": name, "arguments": arguments or {}}
        if meta:
            params["_meta"] = meta
        return self.call("tools/call", params, timeout)

    def wait_exit(self, timeout=10.0):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        self.close_stdin()
        if self.wait_exit(5) is None:
            self.proc.kill()
            self.proc.wait()
        err = b""
        if self.proc.stderr is not None:
            try:
                err = self.proc.stderr.read() or b""
            except ValueError:
                pass
        return err.decode(errors="replace")


class Tap:
    """TAP-style lines for tests/run.sh."""

    def __init__(self):
        self.failed = 0

    def ok(self, cond, name, detail=""):
        if cond:
            print(f"ok - {name}", flush=True)
        else:
            self.failed += 1
            d = f" ({str(detail)[:400]})" if detail != "" else ""
            print(f"not ok - {name}{d}", flush=True)
        return cond

    def done(self):
        return 1 if self.failed else 0


def err_code(resp):
    if resp is None:
        return None
    return (resp.get("error") or {}).get("code")
