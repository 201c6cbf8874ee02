"""A lock file next to the programme file, so that a second copy of the app does not write it.

The lock holds who has the file open and since when. It is keyed by the file itself, not by the
name it was opened under:

- the lock file sits next to the *real* file (symbolic links resolved), ``REAL.lock``;
- a second lock named after the file's identity (``st_dev``, ``st_ino``; Windows gives both
  too) is taken in the user's data directory (``locks/``), so a hard link to the same file
  under another name or in another folder finds it.

While a lock is held its holder keeps the lock file open with an operating-system lock on it
(``flock`` on POSIX, ``msvcrt.locking`` on a byte far past the text on Windows); the operating
system drops it when the process ends, however it ends. So on the same computer a lock file
that nobody holds that way is stale: its process is gone, the computer was restarted, or its
pid now belongs to another program. Where such locks cannot be tested, a lock is stale when
its process is gone or it is older than the computer's last start. A lock from another
computer (a shared folder) is honoured until the user chooses to take it over.

A lock file is read with care, since anyone may have put anything there: its type is looked at
without following links (a folder gets a clear message; a pipe, a device, a link or a socket is
stale and removed), it is opened without blocking and at most a few kilobytes are read; text
that is not a sound lock (binary, too long, a pid no system has) is stale.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from jalostamo.errors import FileInUse, FileRefused

#: a sound lock file is a small JSON object; anything longer is not one
MAX_LOCK_BYTES = 4096
#: pids are positive 32-bit numbers on every system we run on
_MAX_PID = 2**32 - 1
#: where the Windows byte-range lock sits: far past the text, so reading the text never
#: meets it (Windows byte-range locks are mandatory)
_WINDOWS_LOCK_OFFSET = 2**30
#: how much earlier than the computer's start a lock must be to count as from an earlier start
#: (the clock may have been set since)
_BOOT_SLACK = 300.0


@dataclass(frozen=True)
class LockInfo:
    holder: str
    host: str
    pid: int
    since: str
    boot: str = ""

    @property
    def since_local(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return self.since
        return when.strftime("%d.%m.%Y %H:%M")


#: what an unreadable, foreign or half-written lock reads as
_GARBAGE = LockInfo("?", "", -1, "")


class _Held(Enum):
    YES = "yes"  # an operating-system lock is on it: its holder lives
    NO = "no"  # nobody holds it
    UNKNOWN = "unknown"  # this file system cannot tell


def real_path(path: Path | str) -> Path:
    """The file itself: symbolic links (and Windows junctions) resolved."""
    return Path(os.path.realpath(path))


def lock_path(path: Path | str) -> Path:
    real = real_path(path)
    return real.with_name(real.name + ".lock")


def identity_lock_path(path: Path | str) -> Path | None:
    """The lock named after the file's identity, or None where the file system gives none."""
    try:
        info = Path(path).stat()
    except OSError:
        return None
    if not info.st_ino:  # some network and FAT volumes on Windows
        return None
    from jalostamo.paths import user_data_dir

    return user_data_dir() / "locks" / f"{info.st_dev:x}-{info.st_ino:x}.lock"


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
    if pid <= 0 or pid > _MAX_PID:
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
    except (OverflowError, OSError):
        return False
    return True


def boot_time() -> float | None:
    """When this computer started (seconds since the epoch), or None where it cannot tell."""
    try:
        if sys.platform == "win32":
            import ctypes

            ticks = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined,unused-ignore]
            ticks.restype = ctypes.c_ulonglong  # the default (int) would cut it to 32 bits
            uptime = ticks() / 1000.0
        elif hasattr(time, "CLOCK_BOOTTIME"):  # Linux: includes time asleep
            uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        elif sys.platform == "darwin":  # macOS's monotonic clock includes time asleep
            uptime = time.clock_gettime(time.CLOCK_MONOTONIC)
        else:
            return None
    except (AttributeError, OSError):
        return None
    return time.time() - uptime


def _timestamp(text: str) -> float | None:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def _parse(data: bytes) -> LockInfo:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _GARBAGE
    if not isinstance(raw, dict):
        return _GARBAGE
    pid = raw.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid <= _MAX_PID:
        return _GARBAGE
    texts = [raw.get(k) for k in ("holder", "host", "since")]
    if not all(isinstance(t, str) for t in texts):
        return _GARBAGE
    boot = raw.get("boot", "")
    holder, host, since = (str(t) for t in texts)
    return LockInfo(holder, host, pid, since, boot if isinstance(boot, str) else "")


def _open_flags(*extra: int) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for value in extra:
        flags |= value
    return flags


def _os_lock(fd: int) -> _Held:
    """Try to take the operating-system lock on an open lock file: YES if this call now holds
    it, NO if another holds it, UNKNOWN if the file system has no such locks."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            os.lseek(fd, 0, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return _Held.NO
        return _Held.UNKNOWN
    return _Held.YES


def _inspect(lock_file: Path, programme: Path) -> tuple[LockInfo | None, bool]:
    """What is at ``lock_file``: (None, _) when nothing; else (its lock, whether it is stale).

    A folder there cannot be judged or removed safely: :class:`FileRefused`.
    """
    try:
        info = os.lstat(lock_file)
    except FileNotFoundError:
        return None, False
    except OSError:
        return _GARBAGE, True
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused("lock.unusable", path=str(programme), lock=str(lock_file))
    if not stat.S_ISREG(info.st_mode):
        return _GARBAGE, True  # a link, a pipe, a device: no lock of ours
    try:
        fd = os.open(lock_file, _open_flags())
    except FileNotFoundError:
        return None, False
    except OSError:
        return _GARBAGE, True
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return _GARBAGE, True
        held = _os_lock(fd)
        if held is _Held.YES:  # we could take it, so nobody has it: give it back
            _os_unlock(fd)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            data = os.read(fd, MAX_LOCK_BYTES + 1)
        except OSError:
            data = b""
    finally:
        os.close(fd)
    lock = _parse(data) if len(data) <= MAX_LOCK_BYTES else _GARBAGE
    if held is _Held.NO:
        return lock, False  # its holder lives (or is writing it right now)
    if held is _Held.YES:  # nobody holds it: stale, unless another computer's
        return lock, lock.pid < 0 or lock.host == host_name()
    return lock, is_stale(lock)


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            os.lseek(fd, 0, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def read_lock(path: Path) -> LockInfo | None:
    """The lock of the programme file ``path``: None when there is none; an unreadable,
    foreign or half-written one reads as holder "?" with pid -1 (stale)."""
    try:
        lock, _stale = _inspect(lock_path(path), Path(path))
    except FileRefused:
        return _GARBAGE
    return lock


def is_stale(info: LockInfo) -> bool:
    """Whether a lock whose operating-system lock cannot be tested is stale: unreadable, or
    on this computer with its process gone or from before the computer's last start."""
    if info.pid < 0:
        return True
    if info.host != host_name():
        return False
    if not _pid_alive(info.pid):
        return True
    booted = boot_time()
    since = _timestamp(info.since)
    return booted is not None and since is not None and since < booted - _BOOT_SLACK


class FileLock:
    """Holds the lock of one programme file while it is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.held = False
        self._taken: list[tuple[Path, int, int]] = []  # (lock file, open handle, its st_ino)

    def acquire(self, *, force: bool = False) -> None:
        booted = boot_time()
        info = LockInfo(
            holder=f"{_user()}@{host_name()}",
            host=host_name(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
            boot="" if booted is None else datetime.fromtimestamp(booted, UTC).isoformat(
                timespec="seconds"),
        )
        payload = json.dumps({**info.__dict__, "path": str(real_path(self.path))},
                             ensure_ascii=False).encode("utf-8")
        self.lock_file = lock_path(self.path)
        self._take(self.lock_file, payload, force=force)
        try:
            try:
                identity = identity_lock_path(self.path)
                if identity is not None:
                    identity.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                identity = None  # no data directory to write: the lock beside the file alone
            if identity is not None:
                self._take(identity, payload, force=force)
        except BaseException:
            self.release()
            raise
        self.held = True

    def _refuse(self, lock: LockInfo | None) -> FileInUse:
        lock = lock or _GARBAGE
        return FileInUse(holder=lock.holder, since=lock.since_local, path=str(self.path))

    def _take(self, lock_file: Path, payload: bytes, *, force: bool) -> None:
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        flags |= getattr(os, "O_BINARY", 0)
        existing: LockInfo | None = None
        for _attempt in range(3):
            try:
                fd = os.open(lock_file, flags, 0o600)
            except FileExistsError:
                existing, stale = _inspect(lock_file, self.path)
                if existing is None:
                    continue  # vanished between the two calls: try again
                if not (force or stale):
                    raise self._refuse(existing) from None
                try:
                    lock_file.unlink()
                except FileNotFoundError:
                    pass
                except OSError:  # held open on Windows, or not ours to remove
                    if stale:
                        raise FileRefused("lock.unusable", path=str(self.path),
                                          lock=str(lock_file)) from None
                    raise self._refuse(existing) from None
                continue
            except OSError as exc:
                if exc.errno == errno.ELOOP:  # a link appeared there: not ours, stale
                    with contextlib.suppress(OSError):
                        lock_file.unlink()
                    continue
                raise
            if self._hold(lock_file, fd, payload):
                return
        raise self._refuse(existing or read_lock(self.path))

    def _hold(self, lock_file: Path, fd: int, payload: bytes) -> bool:
        """Lock, fill and keep the newly made lock file; False if another took its place."""
        try:
            held = _os_lock(fd)
            if held is _Held.NO:  # someone judging it stale right now: let them have it
                os.close(fd)
                return False
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, payload)
            mine = os.fstat(fd).st_ino
            if lock_file.stat().st_ino != mine:  # removed as stale while we filled it
                os.close(fd)
                return False
        except OSError:
            with contextlib.suppress(OSError):
                os.close(fd)
            return False
        self._taken.append((lock_file, fd, mine))
        return True

    def release(self) -> None:
        while self._taken:
            lock_file, fd, ino = self._taken.pop()
            if sys.platform == "win32":  # an open file cannot be removed there
                with contextlib.suppress(OSError):
                    os.close(fd)
            try:
                if lock_file.stat().st_ino == ino:  # still ours, not a successor's
                    lock_file.unlink()
            except OSError:
                pass
            if sys.platform != "win32":
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.held = False
