"""Exporting PDF reports from the app: the Export dialog with progress and cancel, a preview."""
