"""Backups for the safety screens: the policy, the scheduler, listing, restoring, deleting.

The UI takes these from here, not from :mod:`jalostamo.store` (import-linter contract). They
are the store's own classes and functions, re-exported: the rules live there, next to the
file they protect (see ``docs/file-format.md``)."""

from __future__ import annotations

from jalostamo.store.backup_policy import BackupInfo as BackupInfo
from jalostamo.store.backup_policy import BackupPolicy as BackupPolicy
from jalostamo.store.backup_policy import backup_line as backup_line
from jalostamo.store.backup_policy import damaged_file_offer as damaged_file_offer
from jalostamo.store.backup_policy import delete_backup as delete_backup
from jalostamo.store.backup_policy import list_backups as list_backups
from jalostamo.store.backup_policy import restore_backup as restore_backup
from jalostamo.store.backup_scheduler import BackupScheduler as BackupScheduler
from jalostamo.store.backup_scheduler import PendingBackup as PendingBackup
