"""The one rule for every file Jalostamo writes on the user's behalf (reports, JSON exports,
team files, new, demo and imported programmes).

- Never the open programme itself, nor one of its side files (``-wal``, ``-shm``, ``.lock``):
  compared by file identity (``samefile``), so a symlink, a hard link or another spelling of
  the name (case on Windows) is the same file.
- Never another programme file (a ``.jalostamo`` file, or any file with our header), even
  when replacing was asked for.
- Never an existing file unless the caller says the user asked (``--force``; a save dialog).
- The target's folder must exist; a folder is not a file.
- The content goes to a temporary file beside the target (named by us, never from data) and
  is renamed over the target in one step, so a failure leaves no half-written file and the
  old target unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from jalostamo.errors import FileRefused, UserError
from jalostamo.store.schema import APPLICATION_ID, SQLITE_HEADER

PROGRAMME_SUFFIX = ".jalostamo"
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


class OutputRefused(FileRefused):
    """The chosen output path is not one Jalostamo writes to."""

    key = "output.refused"


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.samefile(b):
            return True
    try:
        left, right = os.path.realpath(a), os.path.realpath(b)
    except (OSError, ValueError):
        return False
    return os.path.normcase(left) == os.path.normcase(right)


def is_programme_file(path: Path) -> bool:
    """Whether ``path`` is (or points at) a programme file: our suffix or our header."""
    if path.name.lower().endswith(PROGRAMME_SUFFIX) and (path.exists() or path.is_symlink()):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return (len(head) == 100 and head.startswith(SQLITE_HEADER)
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID)


def check_output(target: Path | str, *, overwrite: bool = False,
                 sources: Iterable[Path | str] = (), replaces_snapshot: bool = False,
                 new_file: bool = False) -> Path:
    """Refuse ``target`` unless Jalostamo may write it; ``sources`` are the programme files
    the command reads (never written). ``replaces_snapshot``: the one exception to "never
    another programme file", for "Send my work" writing its snapshot again over the previous
    one (its save dialog asked). ``new_file``: the command only ever makes new files (``new``,
    ``demo``, ``import-json``): any existing file is refused as existing. Returns the target
    as a :class:`Path`."""
    target = Path(target)
    for source in sources:
        source = Path(source)
        side_files = [Path(f"{source}{suffix}") for suffix in _SIDE_SUFFIXES]
        if any(_same_file(target, candidate) for candidate in (source, *side_files)):
            raise OutputRefused("output.is_source", path=str(target))
    if target.is_dir():
        raise OutputRefused("output.is_folder", path=str(target))
    if not target.parent.is_dir():
        if target.parent.exists():  # a file where the folder should be
            raise OutputRefused("output.cannot_write", path=str(target),
                                detail=os.strerror(errno.ENOTDIR))
        raise OutputRefused("output.no_folder", path=str(target.parent))
    exists = target.exists() or target.is_symlink()
    if exists and new_file:
        raise OutputRefused("file.exists", path=str(target))
    if exists and not replaces_snapshot and is_programme_file(target):
        raise OutputRefused("output.is_programme", path=str(target))
    if exists and not overwrite:
        raise OutputRefused("output.exists", path=str(target))
    return target


def check_new_file(target: Path | str) -> Path:
    """:func:`check_output` for commands that make a new programme file (never replace)."""
    return check_output(target, new_file=True)


def temp_beside(target: Path) -> Path:
    """A new, empty, hidden temporary file in the target's folder (so the rename is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".partial",
                                dir=target.parent)
    os.close(fd)
    return Path(name)


def commit_output(tmp: Path, target: Path, *, overwrite: bool) -> None:
    """Move the finished ``tmp`` to ``target`` in one step; never over an existing file unless
    ``overwrite``. A target another program holds open (a PDF viewer on Windows) is named."""
    with contextlib.suppress(OSError), tmp.open("rb+") as stream:
        os.fsync(stream.fileno())
    existed = target.exists() or target.is_symlink()
    try:
        if overwrite:
            _replace(tmp, target)
        elif os.name == "nt":
            tmp.rename(target)  # refuses an existing target on Windows
        else:
            try:
                os.link(tmp, target)  # atomic, and fails if the target exists
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links (FAT on a USB stick)
                if target.exists() or target.is_symlink():
                    raise FileExistsError(str(target)) from None
                os.replace(tmp, target)
    except FileExistsError:
        raise OutputRefused("output.exists", path=str(target)) from None
    except PermissionError as exc:
        if existed:
            raise OutputRefused("output.in_use", path=str(target)) from None
        raise OutputRefused("output.cannot_write", path=str(target),
                            detail=exc.strerror or str(exc)) from None
    _sync_folder(target.parent)


@contextlib.contextmanager
def atomic_output(target: Path | str, *, overwrite: bool = False,
                  sources: Iterable[Path | str] = (), replaces_snapshot: bool = False
                  ) -> Iterator[Path]:
    """Check ``target``, give the caller a temporary file beside it to write, and on success
    move it into place; on any failure the temporary file is removed and the target is as it
    was. ``with atomic_output(out, sources=[doc.path]) as tmp: write(tmp)``."""
    sources = [Path(s) for s in sources]
    def check() -> Path:
        return check_output(target, overwrite=overwrite, sources=sources,
                            replaces_snapshot=replaces_snapshot)

    target = check()
    try:
        tmp = temp_beside(target)
    except OSError as exc:
        from jalostamo.store.document import storage_error
        from jalostamo.store.permissions import permission_error

        raise permission_error(exc, target, creating=True) or storage_error(exc) or OutputRefused(
            "output.cannot_write", path=str(target), detail=exc.strerror or str(exc)) from None
    try:
        yield tmp
        check()  # the target may have changed while the content was written
        commit_output(tmp, target, overwrite=overwrite)
    except UserError:
        raise
    except OSError as exc:
        from jalostamo.store.document import storage_error

        raise storage_error(exc) or OutputRefused(
            "output.cannot_write", path=str(target), detail=exc.strerror or str(exc)) from None
    finally:
        for leftover in (tmp, *(Path(f"{tmp}{side}") for side in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _replace(tmp: Path, target: Path) -> None:
    """``os.replace``; on Windows it fails with PermissionError while another program has the
    target open."""
    os.replace(tmp, target)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
