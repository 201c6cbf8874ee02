"""Announcing the room on the local network with mDNS/zeroconf, where the network allows it.

Only a hint for the join screen (the programme's name and the address); joining always needs
the join code, which carries the secret and the pinned certificate. Venue Wi-Fi that isolates
clients or drops multicast makes this fail: then nothing is announced and nothing else changes.
``JALOSTAMO_NO_ZEROCONF=1`` turns it off (tests).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import Any

log = logging.getLogger("jalostamo.live")

SERVICE = "_jalostamo._tcp.local."


class Announcement:
    def __init__(self, zc: Any, info: Any) -> None:
        self.zc, self.info = zc, info

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.zc.unregister_service(self.info)
        with contextlib.suppress(Exception):
            self.zc.close()


def announce(host: Any) -> Announcement | None:
    if os.environ.get("JALOSTAMO_NO_ZEROCONF"):
        return None
    try:
        from zeroconf import ServiceInfo, Zeroconf

        code = host.state().join_code
        if code is None or code.host.startswith("127."):
            return None
        info = ServiceInfo(SERVICE, f"Jalostamo {code.port}.{SERVICE}",
                           addresses=[socket.inet_aton(code.host)], port=code.port,
                           properties={"fp": code.fingerprint[:16]})
        zc = Zeroconf()
        zc.register_service(info)
        return Announcement(zc, info)
    except Exception as exc:  # no multicast here: the join code still works
        log.info("room: not announced on the network (%s)", exc)
        return None
