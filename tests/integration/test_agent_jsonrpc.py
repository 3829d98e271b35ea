#!/usr/bin/env python3
"""JSON-RPC to the letter over stdio (issue 15): each message is classified before dispatch;
notifications, even malformed ones, are never answered; the right code for each malformed
request; busy is a documented server error with a retry hint; echoed input is cut short;
batches are accepted only for a client that negotiated 2025-03-26 (each element as if sent
alone, notifications yield no element, an all-notification batch yields no response)."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from mcp import MODERN_META, Agent, Tap, err_code  # noqa: E402

t = Tap()
SLOW_SQL = ("SELECT count(*) FROM customers a, customers b, customers c, customers d "
            "WHERE a.id + b.id + c.id + d.id < -4150016")


def raw_lines(a, data, timeout=0.6):
    """Sends raw bytes; returns every stdout line (parsed JSON, dict or list) until quiet."""
    a.send_raw(data)
    out = []
    while True:
        line = a._read_line(__import__("time").monotonic() + timeout)
        if not line:
            return out
        out.append(json.loads(line))


a = Agent()
a.initialize("2025-11-25")

# ---- Classification ----------------------------------------------------------------------------
r = raw_lines(a, b'{"jsonrpc":"2.0","id":"mr","method":"ping","result":{}}\n')
t.ok(len(r) == 1 and err_code(r[0]) == -32600 and r[0].get("id") == "mr",
     "method and result together: -32600 with the id (not treated as a request)", r)
r = raw_lines(a, b'{"jsonrpc":"2.0","id":"pa","method":"ping","params":[1,2]}\n')
t.ok(len(r) == 1 and err_code(r[0]) == -32602 and r[0].get("id") == "pa", "params as an array: -32602", r)
r = raw_lines(a, b'{"jsonrpc":"2.0","id":"ni","method":"notifications/initialized"}\n')
t.ok(len(r) == 1 and err_code(r[0]) == -32601 and "without" in r[0]["error"]["message"],
     "notifications/initialized with an id: -32601 (no such request) saying to drop the id", r)
for name, line in [("params not an object", b'{"jsonrpc":"2.0","method":"notifications/x","params":[1]}\n'),
                   ("jsonrpc 1.0", b'{"jsonrpc":"1.0","method":"notifications/initialized"}\n'),
                   ("numeric method", b'{"jsonrpc":"2.0","method":5}\n'),
                   ("method and error", b'{"jsonrpc":"2.0","method":"x","error":{"code":1,"message":"m"}}\n'),
                   ("empty method", b'{"jsonrpc":"2.0","method":""}\n')]:
    r = raw_lines(a, line)
    t.ok(r == [], f"malformed notification ({name}): not answered", r)
r = a.call("ping")
t.ok(r is not None and r.get("result") == {}, "after the malformed notifications: still serving", r)

# A lone surrogate inside a string argument is valid JSON, invalid Unicode: -32602, not -32700.
r = raw_lines(a, b'{"jsonrpc":"2.0","id":"ls","method":"tools/call","params":{"name":"query",'
                 b'"arguments":{"sql":"SELECT \'\\ud800\' AS s"}}}\n')
t.ok(len(r) == 1 and err_code(r[0]) == -32602 and r[0].get("id") == "ls" and "surrogate" in r[0]["error"]["message"],
     "lone surrogate in an argument: -32602 with the id", r)
r = raw_lines(a, b'{"jsonrpc":"2.0","id":"sp","method":"tools/call","params":{"name":"query",'
                 b'"arguments":{"sql":"SELECT \'\\ud83d\\ude00\' AS s"}}}\n', 5)
t.ok(len(r) == 1 and r[0].get("result", {}).get("structuredContent", {}).get("rows") == [["\U0001F600"]],
     "a complete surrogate pair is a character", r)
r = raw_lines(a, b'{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"x","reason":"\\udc00"}}\n')
t.ok(r == [], "lone surrogate in a notification: not answered", r)

# ---- Echoed input is cut short -------------------------------------------------------------------
long_name = "n" * (1 << 20)
r = a.tool(long_name, {})
msg = ((r or {}).get("error") or {}).get("message", "")
t.ok(err_code(r) == -32602 and len(msg) < 300 and "..." in msg, f"1 MiB tool name: -32602, message {len(msg)} chars", msg[:120])
r = a.call("no/such/" + "m" * 100000)
msg = ((r or {}).get("error") or {}).get("message", "")
t.ok(err_code(r) == -32601 and len(msg) < 300, f"100 kB method name: -32601, message {len(msg)} chars", msg[:120])
a.stop()

b = Agent()
meta = dict(MODERN_META)
meta["io.modelcontextprotocol/protocolVersion"] = "9" * (1 << 20)
r = b.call("tools/list", {"_meta": meta})
req = (((r or {}).get("error") or {}).get("data") or {}).get("requested", "")
t.ok(err_code(r) == -32022 and 0 < len(req) <= 70, f"1 MiB protocol version: -32022, data.requested {len(req)} chars", req[:80])
b.stop()

# ---- Busy: a server error with a retry hint ------------------------------------------------------
b = Agent(env={"QUERY_TIMEOUT": "60s"})
b.initialize()
ids = [b.request("tools/call", {"name": "query", "arguments": {"sql": SLOW_SQL}}) for _ in range(64)]
r = b.call("tools/call", {"name": "query", "arguments": {"sql": "SELECT 1"}})
data = ((r or {}).get("error") or {}).get("data") or {}
t.ok(err_code(r) == -32000 and isinstance(data.get("retryAfterMs"), int) and data["retryAfterMs"] > 0,
     "65th request in flight: -32000 (server busy) with data.retryAfterMs", r)
r = b.call("ping")
t.ok(r is not None and r.get("result") == {}, "busy: ping still answered", r)
for i in ids:
    b.notify("notifications/cancelled", {"requestId": i})
b.stop()

# ---- Batches -------------------------------------------------------------------------------------
PING = {"jsonrpc": "2.0", "method": "ping"}
QUERY = {"jsonrpc": "2.0", "method": "tools/call", "params": {"name": "query", "arguments": {"sql": "SELECT 7 AS n"}}}
NOTE = {"jsonrpc": "2.0", "method": "notifications/progress", "params": {"progressToken": "z", "progress": 1}}

c = Agent()
c.initialize("2025-03-26")
batch = [dict(PING, id="b1"), NOTE, dict(QUERY, id="b2"), {"jsonrpc": "2.0", "id": "b3", "method": "nope"},
         {"jsonrpc": "2.0", "id": "b4"}, 5]
r = raw_lines(c, (json.dumps(batch) + "\n").encode(), 5)
arr = r[0] if len(r) == 1 and isinstance(r[0], list) else []
by_id = {json.dumps(x.get("id")): x for x in arr}
t.ok(len(r) == 1 and len(arr) == 5, "2025-03-26 batch of 6 (one notification): one array of 5 answers", r)
t.ok(by_id.get('"b1"', {}).get("result") == {}, "batch: ping answered", arr)
t.ok(by_id.get('"b2"', {}).get("result", {}).get("structuredContent", {}).get("rows") == [[7]],
     "batch: tools/call answered inside the array (after its query ran)", arr)
t.ok(err_code(by_id.get('"b3"')) == -32601 and err_code(by_id.get('"b4"')) == -32600,
     "batch: each element judged as if alone (-32601, -32600)", arr)
t.ok(sum(1 for x in arr if x.get("id") is None and err_code(x) == -32600) == 1, "batch: a non-object element: -32600 id null", arr)
r = raw_lines(c, (json.dumps([NOTE, NOTE]) + "\n").encode())
t.ok(r == [], "batch of notifications only: no response at all", r)
r = raw_lines(c, b"[]\n")
t.ok(len(r) == 1 and isinstance(r[0], dict) and err_code(r[0]) == -32600, "empty batch: -32600", r)
# A cancelled element yields no answer; the rest of the batch still arrives.
slow = {"jsonrpc": "2.0", "id": "bs", "method": "tools/call",
        "params": {"name": "query", "arguments": {"sql": SLOW_SQL}}}
cancel = {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": "bs"}}
r = raw_lines(c, (json.dumps([slow, dict(PING, id="bp")]) + "\n").encode(), 0.5)
t.ok(r == [], "batch with a slow element: nothing until every element is answered", r)
r = raw_lines(c, (json.dumps(cancel) + "\n").encode(), 2)
t.ok(len(r) == 1 and isinstance(r[0], list) and [x.get("id") for x in r[0]] == ["bp"],
     "batch: the cancelled element is left out, the others are sent", r)
t.ok(c.bad_lines == [], "batch session: stdout carried only JSON-RPC")
c.stop()

d = Agent()
d.initialize("2025-06-18")
r = raw_lines(d, (json.dumps([dict(PING, id=1)]) + "\n").encode())
t.ok(len(r) == 1 and isinstance(r[0], dict) and err_code(r[0]) == -32600 and "batch" in r[0]["error"]["message"],
     "2025-06-18 batch: refused -32600 (batching was removed)", r)
d.stop()

sys.exit(t.done())
