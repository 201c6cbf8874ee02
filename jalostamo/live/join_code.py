"""The join code as text: ``JLS1-`` and base32 groups of the packed address, port, secret,
certificate fingerprint and expiry, with a checksum (a mistyped code is refused as a code, not
tried as an address)."""

from __future__ import annotations

import base64
import ipaddress
import re
import struct
import zlib

from jalostamo.errors import UserError
from jalostamo.live.api import JoinCode

PREFIX = "JLS1"
SECRET_BYTES = 10
_LAYOUT = struct.Struct(f">4sH{SECRET_BYTES}s32sQ")


class CodeInvalid(UserError):
    key = "live.code_invalid"


def code_text(code: JoinCode) -> str:
    body = _LAYOUT.pack(ipaddress.IPv4Address(code.host).packed, code.port,
                        bytes.fromhex(code.secret), bytes.fromhex(code.fingerprint),
                        code.expires_ms)
    body += struct.pack(">H", zlib.crc32(body) & 0xFFFF)
    letters = base64.b32encode(body).decode("ascii").rstrip("=")
    groups = [letters[i:i + 6] for i in range(0, len(letters), 6)]
    return "-".join([PREFIX, *groups])


def parse_code(text: str) -> JoinCode:
    if not isinstance(text, str) or len(text) > 400:
        raise CodeInvalid()
    letters = re.sub(r"[\s-]", "", text.strip().upper())
    if not letters.startswith(PREFIX):
        raise CodeInvalid()
    letters = letters[len(PREFIX):]
    letters += "=" * (-len(letters) % 8)
    try:
        body = base64.b32decode(letters)
    except ValueError:
        raise CodeInvalid() from None
    if len(body) != _LAYOUT.size + 2:
        raise CodeInvalid()
    data, check = body[:-2], struct.unpack(">H", body[-2:])[0]
    if zlib.crc32(data) & 0xFFFF != check:
        raise CodeInvalid()
    host, port, secret, fingerprint, expires = _LAYOUT.unpack(data)
    if port == 0:
        raise CodeInvalid()
    return JoinCode(str(ipaddress.IPv4Address(host)), port, secret.hex(), fingerprint.hex(), expires)
