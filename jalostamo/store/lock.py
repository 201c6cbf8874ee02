"""A lock file next to the programme file, so that a second copy of the app does not write it.

The lock holds who has the file open and since when. A lock left by a killed instance on the
same computer (its process is gone) is taken over; a lock from another computer (a shared
folder) is honoured until the user chooses to take it over.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jalostamo.errors import FileInUse


@dataclass(frozen=True)
class LockInfo:
    holder: str
    host: str
    pid: int
    since: str

    @property
    def since_local(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return self.since
        return when.strftime("%d.%m.%Y %H:%M")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (on POSIX the same call is
    ``uname``; importing ``socket`` there would cost the first frame ~5 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # what getpass.getuser() reads first
        if os.environ.get(name):
            return os.environ[name]
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name available (some service accounts)
        return "?"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["holder"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # unreadable or half-written lock: treat as stale
        return LockInfo("?", "", -1, "")


def is_stale(info: LockInfo) -> bool:
    return info.pid < 0 or (info.host == host_name() and not _pid_alive(info.pid))


class FileLock:
    """Holds the lock of one programme file while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.held = False

    def acquire(self, *, force: bool = False) -> None:
        info = LockInfo(
            holder=f"{_user()}@{host_name()}",
            host=host_name(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        payload = json.dumps(info.__dict__).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                existing = read_lock(self.path)
                if existing is None:
                    continue  # vanished between the two calls: try again
                if existing.pid == os.getpid() and existing.host == info.host and not force:
                    raise FileInUse(
                        holder=existing.holder, since=existing.since_local, path=str(self.path)
                    ) from None
                if force or is_stale(existing):
                    with contextlib.suppress(FileNotFoundError):
                        self.lock_file.unlink()
                    continue
                raise FileInUse(
                    holder=existing.holder, since=existing.since_local, path=str(self.path)
                ) from None
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            self.held = True
            return
        existing = read_lock(self.path) or LockInfo("?", "", -1, "")
        raise FileInUse(holder=existing.holder, since=existing.since_local, path=str(self.path))

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.lock_file.unlink()
            self.held = False
