"""Load from wrk (Debian's package), a process of its own on loopback: a Lua script per case and
the figures it prints, parsed."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Every request picks one of `requests` (method, path, body) at random. The response callback
# counts statuses per thread; done() prints them with the latency percentiles, in lines the
# parser below reads.
_SCRIPT = """
local requests = {requests}
local token = {token}
local threads = {{}}
statuses = {{}}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(os.time() + (tonumber(tostring({{}}):match("0x(%x+)"), 16) or 0))
end
function request()
  local r = requests[math.random(#requests)]
  local headers = {{}}
  headers["Authorization"] = token
  for k, v in pairs(r[4]) do headers[k] = v end
  if r[3] ~= "" then headers["Content-Type"] = "application/json" end
  return wrk.format(r[1], r[2], headers, r[3] ~= "" and r[3] or nil)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("STATUS %d %d\\n", status, count))
    end
  end
  io.write(string.format("SUMMARY %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({{50, 90, 99}}) do
    io.write(string.format("LATENCY %d %d\\n", p, latency:percentile(p)))
  end
end
"""


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid Lua string literal for this text


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def script(requests: list[Request], token: str | None) -> str:
    items = ",\n".join(
        "{"
        + ", ".join(
            [
                _lua_string(r.method),
                _lua_string(r.path),
                _lua_string(r.body),
                "{"
                + ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in r.headers.items())
                + "}",
            ]
        )
        + "}"
        for r in requests
    )
    return _SCRIPT.format(
        requests="{\n" + items + "\n}",
        token=_lua_string(f"Bearer {token}") if token else "nil",
    )


@dataclass
class Figures:
    """One wrk run: throughput, latency (ms), errors and answers by status."""

    requests: int
    seconds: float
    rps: float
    p50: float
    p90: float
    p99: float
    socket_errors: int
    non_2xx: int
    statuses: dict[int, int]

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def run(url: str, lua: str, *, connections: int, seconds: float, workdir: Path) -> Figures:
    binary = shutil.which("wrk")
    if binary is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    path = workdir / "load.lua"
    path.write_text(lua)
    result = subprocess.run(
        [
            binary,
            "--threads",
            "1",
            "--connections",
            str(connections),
            "--duration",
            f"{max(1, round(seconds))}s",
            "--timeout",
            "5s",
            "--script",
            str(path),
            url,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=seconds + 60,
    )
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed: {result.stderr.strip()[-2000:]}")
    return parse(result.stdout)


def parse(output: str) -> Figures:
    statuses: dict[int, int] = {}
    latency: dict[int, float] = {}
    summary: list[int] = []
    for line in output.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "STATUS":
            statuses[int(parts[1])] = statuses.get(int(parts[1]), 0) + int(parts[2])
        elif parts[0] == "SUMMARY":
            summary = [int(part) for part in parts[1:]]
        elif parts[0] == "LATENCY":
            latency[int(parts[1])] = int(parts[2]) / 1000  # microseconds to ms
    if not summary:
        raise RuntimeError(f"wrk printed no summary: {output[-2000:]}")
    requests, duration_us, connect, read, write, timeout, _status = summary
    seconds = duration_us / 1e6
    return Figures(
        requests=requests,
        seconds=seconds,
        rps=requests / seconds if seconds else 0.0,
        p50=latency.get(50, 0.0),
        p90=latency.get(90, 0.0),
        p99=latency.get(99, 0.0),
        socket_errors=connect + read + write + timeout,
        non_2xx=sum(count for status, count in statuses.items() if not 200 <= status < 300),
        statuses=statuses,
    )
