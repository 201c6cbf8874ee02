"""Opening files on network drives and odd media (issue #18): the one URI builder, and the
journal mode chosen for the medium."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from jalostamo.store import connect
from jalostamo.store.connect import (
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    Medium,
    classify_mounts,
    classify_windows,
    journal_mode_for,
    sqlite_uri,
    uri_path,
)
from jalostamo.store.document import Document

# --- the URI, as a pure function of the path ---------------------------------------------------


@pytest.mark.parametrize(("path", "uri"), [
    # a UNC path keeps an empty authority: SQLite refuses "file://server/..." (invalid uri authority)
    (r"\\server\share\Kokeilut\kevät.jalostamo", "file:////server/share/Kokeilut/kev%C3%A4t.jalostamo"),
    (r"\\srv-fs01.kunta.local\P$\ohjelma.jalostamo", "file:////srv-fs01.kunta.local/P%24/ohjelma.jalostamo"),
    # a mapped drive stays a drive (resolve() would turn it into the UNC path)
    (r"H:\Omat\ohjelma.jalostamo", "file:///H:/Omat/ohjelma.jalostamo"),
    (r"C:\Users\Anna Mäki\a#b?c%d.jalostamo", "file:///C:/Users/Anna%20M%C3%A4ki/a%23b%3Fc%25d.jalostamo"),
    # extended-length paths go to Windows exactly, backslashes included
    (r"\\?\C:\pitkä\polku.jalostamo", "file:%5C%5C%3F%5CC:%5Cpitk%C3%A4%5Cpolku.jalostamo"),
    (r"\\?\UNC\server\share\x.jalostamo", "file:%5C%5C%3F%5CUNC%5Cserver%5Cshare%5Cx.jalostamo"),
])
def test_windows_paths_make_uris_sqlite_accepts(path: str, uri: str) -> None:
    assert uri_path(PureWindowsPath(path)) == uri
    assert sqlite_uri(PureWindowsPath(path), readonly=True) == uri + "?mode=ro"


def test_posix_paths_encode_query_and_fragment_characters() -> None:
    assert uri_path(PurePosixPath("/media/usb/a#b?c%d ä.jalostamo")) == \
        "file:///media/usb/a%23b%3Fc%25d%20%C3%A4.jalostamo"
    assert uri_path(PurePosixPath("//host/share/x.jalostamo")) == "file:////host/share/x.jalostamo"
    assert sqlite_uri(PurePosixPath("/x"), readonly=True, immutable=True) == \
        "file:///x?mode=ro&immutable=1"


def test_a_relative_windows_path_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        uri_path(PureWindowsPath(r"ohjelma.jalostamo"))


def test_a_file_whose_name_has_uri_characters_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "kevät #2 ?100%.jalostamo"
    Document.create(path, "Kevät").close()
    with Document.open(path, readonly=True) as doc:
        assert doc.readonly
        assert doc.programme_id
    conn = connect.connect_ro(tmp_path / ".." / tmp_path.name / path.name)
    try:
        assert conn.execute("SELECT count(*) FROM programmes").fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()


# --- the journal mode for the medium -------------------------------------------------------


@pytest.mark.parametrize(("medium", "mode"), [
    (Medium("local", "ext4"), "WAL"),
    (Medium("local", "NTFS"), "WAL"),
    (Medium("unknown"), "WAL"),
    (Medium("network", detail="UNC path"), "DELETE"),
    (Medium("removable", detail="removable drive"), "DELETE"),
    (Medium("synced", detail=r"C:\Users\anna\OneDrive - Kunta"), "DELETE"),
    (Medium("unknown", "cifs"), "DELETE"),
    (Medium("unknown", "fuse.sshfs"), "DELETE"),
    (Medium("unknown", "exfat"), "DELETE"),
])
def test_wal_only_on_a_local_disk(medium: Medium, mode: str) -> None:
    assert journal_mode_for(medium) == mode


@pytest.mark.parametrize(("path", "drive_type", "kind"), [
    (r"\\server\share\x.jalostamo", 1, "network"),
    (r"\\?\UNC\server\share\x.jalostamo", 1, "network"),
    (r"\\?\C:\x.jalostamo", 3, "local"),
    (r"P:\Yhteiset\x.jalostamo", DRIVE_REMOTE, "network"),
    (r"E:\x.jalostamo", DRIVE_REMOVABLE, "removable"),
    (r"C:\Users\anna\Documents\x.jalostamo", 3, "local"),
    (r"C:\Users\anna\OneDrive - Kunta\x.jalostamo", 3, "synced"),
    (r"C:\x.jalostamo", None, "unknown"),
])
def test_windows_media_are_told_apart(path: str, drive_type: int | None, kind: str) -> None:
    medium = classify_windows(PureWindowsPath(path), drive_type,
                              synced_roots=(r"C:\Users\anna\OneDrive - Kunta",))
    assert medium.kind == kind


MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/share", "cifs"), ("/media/anna/USB", "vfat"),
          ("/mnt/nfs", "nfs4"), ("/run/user/1000/gvfs", "fuse.gvfsd-fuse"), ("/tmp", "tmpfs")]


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/anna/x.jalostamo", "local"),
    ("/mnt/share/kevät/x.jalostamo", "network"),
    ("/mnt/shared/x.jalostamo", "local"),  # not under /mnt/share
    ("/media/anna/USB/x.jalostamo", "removable"),
    ("/mnt/nfs/x.jalostamo", "network"),
    ("/run/user/1000/gvfs/smb-share:server=s/x.jalostamo", "network"),
    ("/tmp/x.jalostamo", "local"),
])
def test_linux_mounts_are_told_apart(path: str, kind: str) -> None:
    assert classify_mounts(path, MOUNTS).kind == kind


def test_a_file_on_a_network_share_gets_no_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    """On a share the -wal and -shm would not be safe: the rollback journal is used, so
    nothing but the file (and its lock) lies beside it while it is open."""
    path = tmp_path / "jaettu.jalostamo"
    Document.create(path, "Jaettu").close()
    monkeypatch.setattr(connect, "medium_of", lambda _p: Medium("network", "cifs", "/mnt/share"))
    with caplog.at_level(logging.INFO, logger="jalostamo.store.connect"), \
            Document.open(path) as doc:
        from jalostamo.models import Programme

        with doc.transaction() as session:
            session.get(Programme, doc.programme_id).name = "Muutettu"  # type: ignore[union-attr]
        with doc.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not Path(f"{path}-wal").exists()
        assert not Path(f"{path}-shm").exists()
    assert "rollback journal (DELETE) instead of WAL" in caplog.text
    with Document.open(path, readonly=True) as doc, doc.session() as session:
        from jalostamo.models import Programme

        assert session.get(Programme, doc.programme_id).name == "Muutettu"  # type: ignore[union-attr]


def test_a_local_file_still_uses_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oma.jalostamo"
    Document.create(path, "Oma").close()
    monkeypatch.setattr(connect, "medium_of", lambda _p: Medium("local", "ext4", "/"))
    with Document.open(path) as doc, doc.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
