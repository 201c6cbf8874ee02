"""The one way Jalostamo names a programme file to SQLite, and the journal mode for its medium.

- :func:`sqlite_uri` builds the ``file:`` URI of a path for ``sqlite3.connect(uri, uri=True)``.
  ``Path.as_uri()`` is not it: on Windows it gives ``file://server/share/x`` for
  ``\\\\server\\share\\x``, which SQLite refuses ("invalid uri authority: server"), and
  ``\\\\?\\`` paths lose their meaning. Here a UNC path keeps an empty authority
  (``file:////server/share/x``), a drive path is ``file:///C:/x``, an extended-length path
  (``\\\\?\\C:\\x``, ``\\\\?\\UNC\\server\\share\\x``) is handed over unchanged with its
  backslashes encoded, and ``?``, ``#``, ``%`` (and anything not plain ASCII) are
  percent-encoded wherever they appear in a name.
- :func:`connect_ro` is the read-only connection every reader uses.
- :func:`journal_mode_for` chooses WAL only where SQLite says it is safe: a local disk.
  On a network file system (SMB/CIFS, NFS, a mapped drive, a UNC path), removable media
  (a USB stick with FAT or exFAT) or a folder a sync client copies (OneDrive), the shared
  memory WAL needs does not work or the side files travel apart: the rollback journal
  (``DELETE``) is used there, and a log line says why. :func:`medium_of` finds the facts.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

log = logging.getLogger(__name__)

LOCAL, NETWORK, REMOVABLE, SYNCED, UNKNOWN = "local", "network", "removable", "synced", "unknown"

#: file system types (Linux ``/proc/mounts``) on which WAL is unsafe or slow
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs",
                        "ceph", "glusterfs", "lustre", "sshfs", "davfs", "ncpfs"})
REMOVABLE_FS = frozenset({"vfat", "fat", "msdos", "exfat", "fuseblk", "udf", "iso9660"})

#: Windows ``GetDriveTypeW`` results
DRIVE_REMOVABLE, DRIVE_REMOTE, DRIVE_CDROM = 2, 4, 5


# --- the URI --------------------------------------------------------------------------------


def _quote(text: str, safe: str) -> str:
    return quote(text, safe=safe, errors="surrogateescape")


def uri_path(path: PurePath) -> str:
    """The ``file:`` URI of an absolute ``path`` (no query): a pure function of the path's
    text and flavour, so Windows paths are built (and tested) the same on every system."""
    if isinstance(path, PureWindowsPath):
        text = str(path)
        if text.startswith(("\\\\?\\", "\\\\.\\")):
            # extended-length or device path: Windows must get it exactly, backslashes and all
            # (forward slashes are not normalised after \\?\); no authority, path as one piece
            return "file:" + _quote(text, safe=":")
        if text.startswith("\\\\"):  # UNC \\server\share\...: an empty authority, then //server
            return "file:////" + _quote(text.lstrip("\\").replace("\\", "/"), safe="/")
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = text[2:].replace("\\", "/")
            return f"file:///{drive}" + _quote(rest, safe="/")
        raise ValueError(f"not an absolute Windows path: {text}")
    text = str(path)
    if not text.startswith("/"):
        raise ValueError(f"not an absolute path: {text}")
    return "file://" + _quote(text, safe="/")


def sqlite_uri(path: PurePath | str, *, readonly: bool = False, immutable: bool = False) -> str:
    """The URI to open ``path`` with ``uri=True``; ``readonly`` adds ``mode=ro`` (the file is
    never written, created or journalled), ``immutable`` tells SQLite nothing changes it."""
    if isinstance(path, str):
        path = Path(path)
    if isinstance(path, Path):  # a real path: made absolute (links left as they are)
        path = path.absolute()
    params = []
    if readonly:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    uri = uri_path(path)
    return uri + ("?" + "&".join(params) if params else "")


def connect_ro(path: Path | str, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection to ``path`` (``mode=ro``): never creates or writes the file."""
    return sqlite3.connect(sqlite_uri(path, readonly=True, immutable=immutable), uri=True)


# --- the medium and its journal mode ----------------------------------------------------------


@dataclass(frozen=True)
class Medium:
    """What is known about the medium a file is on."""

    kind: str = UNKNOWN  # local, network, removable, synced (OneDrive), unknown
    fs_type: str = ""
    detail: str = ""


def journal_mode_for(medium: Medium) -> str:
    """``WAL`` on a local disk (or where nothing is known: the common case, a laptop's own
    disk); ``DELETE`` (the rollback journal) on network, removable and synced media."""
    if medium.kind in (NETWORK, REMOVABLE, SYNCED):
        return "DELETE"
    if medium.kind == LOCAL:
        return "WAL"
    fs = medium.fs_type.lower()
    if fs in NETWORK_FS or fs.startswith("fuse") or fs in REMOVABLE_FS:
        return "DELETE"
    return "WAL"


def classify_windows(path: PureWindowsPath, drive_type: int | None, *,
                     synced_roots: tuple[str, ...] = ()) -> Medium:
    """The medium of a Windows path from the facts the system gives (pure, for tests):
    ``drive_type`` is ``GetDriveTypeW`` of its root, ``synced_roots`` the OneDrive folders."""
    text = str(path)
    folded = text.lower()
    for root in synced_roots:
        root_folded = root.lower().rstrip("\\")
        if root_folded and (folded == root_folded or folded.startswith(root_folded + "\\")):
            return Medium(SYNCED, detail=root)
    if folded.startswith("\\\\?\\unc\\") or (text.startswith("\\\\") and not text.startswith(
            ("\\\\?\\", "\\\\.\\"))):
        return Medium(NETWORK, detail="UNC path")
    if drive_type == DRIVE_REMOTE:
        return Medium(NETWORK, detail="network drive")
    if drive_type in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return Medium(REMOVABLE, detail="removable drive")
    if drive_type is None:
        return Medium(UNKNOWN)
    return Medium(LOCAL)


def classify_mounts(path: str, mounts: list[tuple[str, str]]) -> Medium:
    """The medium of an absolute POSIX ``path`` from ``(mount point, fs type)`` pairs (as in
    ``/proc/mounts``): the longest mount point that holds it decides (pure, for tests)."""
    best, fs_type = "", ""
    for point, kind in mounts:
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix) or point == "/") and len(point) >= len(best):
            best, fs_type = point, kind
    if not fs_type:
        return Medium(UNKNOWN)
    fs = fs_type.lower()
    if fs in NETWORK_FS or fs == "fuse" or (fs.startswith("fuse.") and fs != "fuse.portal"):
        return Medium(NETWORK, fs_type, best)
    if fs in REMOVABLE_FS:
        return Medium(REMOVABLE, fs_type, best)
    return Medium(LOCAL, fs_type, best)


def _unescape_mount(text: str) -> str:
    """``/proc/mounts`` writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            lines = handle.read(1_000_000).splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def _windows_drive_type(path: PureWindowsPath) -> int | None:
    import ctypes

    root = path.anchor or str(path)
    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return None


def _synced_roots() -> tuple[str, ...]:
    names = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
    return tuple(os.environ[name] for name in names if os.environ.get(name))


def medium_of(path: Path | str) -> Medium:
    """What the medium of ``path`` is, as far as this system tells (unknown otherwise)."""
    try:
        absolute = str(Path(path).absolute())
        if sys.platform == "win32":
            windows = PureWindowsPath(absolute)
            return classify_windows(windows, _windows_drive_type(windows),
                                    synced_roots=_synced_roots())
        if sys.platform.startswith("linux"):
            return classify_mounts(os.path.realpath(absolute), _linux_mounts())
    except (OSError, ValueError):
        pass
    return Medium(UNKNOWN)


def journal_mode(path: Path | str) -> str:
    """The journal mode to use for the file at ``path``; logs why when it is not WAL."""
    medium = medium_of(path)
    mode = journal_mode_for(medium)
    if mode != "WAL":
        log.info("%s is on %s media (%s): rollback journal (%s) instead of WAL",
                 path, medium.kind, medium.fs_type or medium.detail or "?", mode)
    return mode
