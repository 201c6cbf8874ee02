"""Data safety and privacy: crashes, failing media, hostile files, backups, erasure."""
