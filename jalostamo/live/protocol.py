"""What travels between a room's host and its laptops, and the limits on it.

Every message is one WebSocket message over TLS. Control messages are JSON text objects with a
type ``t``; changes carry a changeset object (services/changeset.py) in ``cs``; the join
snapshot (a team file) follows as binary chunks. See docs/architecture.md, "Live venue mode:
protocol".
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

#: the biggest message the host reads; a bigger one is refused from its frame header
MAX_MESSAGE = 16 * 1024 * 1024
#: the biggest message a laptop reads from the host it pinned (changesets are split smaller)
MAX_FROM_HOST = 64 * 1024 * 1024
SNAPSHOT_CHUNK = 4 * 1024 * 1024
#: messages per second a laptop may send on average, and in a burst
RATE_PER_S = 100.0
RATE_BURST = 400.0
#: how long a join code admits new laptops (15 minutes)
CODE_TTL_MS = 15 * 60 * 1000
#: the first message must come this quickly (s)
FIRST_MESSAGE_S = 10.0
#: the host looks at its file this often for commits of other connections (s)
POLL_S = 0.05
#: laptops' changes are published at most this often (s): under load, batches instead of a
#: changeset per message for every laptop to merge
PUBLISH_GAP_S = 0.04
#: the facilitator's view ("Follow me") goes out at most this often (s): 10 messages/s
VIEW_GAP_S = 0.1
#: close codes
POLICY = 1008
REVOKED = 4003


class Garbage(ValueError):
    """A message that is not one of ours."""


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def loads(raw: str | bytes) -> dict[str, Any]:
    if isinstance(raw, bytes):
        raise Garbage("binary message")
    try:
        message = json.loads(raw)
    except ValueError:
        raise Garbage("not JSON") from None
    if not isinstance(message, dict) or not isinstance(message.get("t"), str):
        raise Garbage("not a message")
    return message


def field(message: dict[str, Any], name: str, kind: type | tuple[type, ...], *,
          limit: int = 400) -> Any:
    value = message.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise Garbage(f"bad {name}")
    if isinstance(value, str) and len(value) > limit:
        raise Garbage(f"{name} too long")
    return value


class RateLimit:
    """A token bucket: ``RATE_PER_S`` on average, bursts up to ``RATE_BURST``."""

    def __init__(self, rate: float = RATE_PER_S, burst: float = RATE_BURST) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = burst
        self.at = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


def lan_address() -> str:
    """This computer's address on the local network (the route to a documentation address;
    nothing is sent), else the loopback address."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))
        address: str = probe.getsockname()[0]
        return address
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
