"""Jalostamo: a desktop tool for facilitated co-design workshops (kokeilujalostamo)."""

__version__ = "0.1.0"
