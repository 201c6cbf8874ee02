"""The command line: ``jalostamo COMMAND ...``, headless commands over services and reports.

Each ``cmd_*.py`` module in this package adds its subcommands through ``register(subparsers)``;
a handler returns an exit code. Exit 0 on success; 1 with one clear line on stderr (in the
user's language, no traceback) for anything the user caused; argparse's 2 for usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from jalostamo import __version__
from jalostamo.errors import UserError
from jalostamo.i18n import current_language, set_language, translate

log = logging.getLogger("jalostamo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jalostamo",
        description="Jalostamo: facilitated co-design workshops (kokeilujalostamo).",
    )
    parser.add_argument("--version", action="version", version=f"jalostamo {__version__}")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), default=None,
                        help="language of messages and of the app (default: system language)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            module.register(subparsers)
    return parser


#: options before the command that take a value
_VALUE_OPTIONS = ("--lang",)


def _positional(argv: Sequence[str]) -> list[str]:
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def _is_app_invocation(argv: Sequence[str]) -> bool:
    """``jalostamo`` and ``jalostamo [--lang L] FILE`` start the app (FILE is no command)."""
    positional = _positional(argv)
    return not positional or positional[0].endswith(".jalostamo")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _is_app_invocation(args_list) and not any(a in ("-h", "--help", "--version")
                                                 for a in args_list):
        args_list = ["open", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.lang:
        set_language(args.lang)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"jalostamo: {exc.message(current_language())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        from jalostamo.logs import write_crash_log

        path = write_crash_log()
        print(f"jalostamo: {translate('error.unexpected', log=path)}", file=sys.stderr)
        return 1
