"""The frozen app's entry point: the same command line as ``jalostamo`` (no arguments or a
``.jalostamo`` file starts the app; ``jalostamo demo FILE`` and the other commands work too)."""

from jalostamo.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
