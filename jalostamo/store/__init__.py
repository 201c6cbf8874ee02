"""The document file: engine and sessions, pragmas, migrations, lock, backups. No Qt here."""

from jalostamo.store.document import SUFFIX, Document

__all__ = ["SUFFIX", "Document"]
