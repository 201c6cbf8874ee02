"""Opening a programme file before the domain layer is loaded: the lock, the header probe,
the damage check and the plain-sqlite3 snapshot the window paints first.

The UI takes these from here, not from :mod:`jalostamo.store` (import-linter contract). Like
the store modules it re-exports, this module loads neither SQLAlchemy nor the models, so the
first frame stays fast (see :mod:`jalostamo.ui.app`)."""

from __future__ import annotations

from jalostamo.store.lock import FileLock as FileLock
from jalostamo.store.probe import quick_check as quick_check
from jalostamo.store.probe import read_header as read_header
from jalostamo.store.quick_read import Snapshot as Snapshot
from jalostamo.store.quick_read import read_snapshot as read_snapshot
