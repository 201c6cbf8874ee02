"""Where file dialogs start: the folder the person used last for the same kind of file, else
their Pictures (photos) or Documents folder — never the folder the app was started from
(on Windows, the installation folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last: dict[str, Path] = {}

_LOCATIONS = {
    "photos": QStandardPaths.StandardLocation.PicturesLocation,
}


def start_folder(kind: str) -> str:
    """The folder a dialog for ``kind`` ("photos", "reports", "exports", "measurements", …)
    opens in."""
    last = _last.get(kind)
    if last is not None and last.is_dir():
        return str(last)
    location = _LOCATIONS.get(kind, QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (QStandardPaths.writableLocation(location),
                      QStandardPaths.writableLocation(
                          QStandardPaths.StandardLocation.DocumentsLocation)):
        if candidate and Path(candidate).is_dir():
            return candidate
    return str(Path.home())


def start_path(kind: str, file_name: str) -> str:
    """A suggested file name in :func:`start_folder`."""
    return str(Path(start_folder(kind)) / file_name) if file_name else start_folder(kind)


def remember(kind: str, chosen: str | Path | list[str] | list[Path]) -> None:
    """Remember the folder of what the person chose (the first of several files)."""
    if isinstance(chosen, list):
        if not chosen:
            return
        chosen = chosen[0]
    if chosen:
        _last[kind] = Path(chosen).parent


def forget_all() -> None:
    """For tests: start from the defaults again."""
    _last.clear()
