"""The command line: ``jalostamo COMMAND ...``, headless commands over services and reports.

Each ``cmd_*.py`` module in this package adds its subcommands through ``register(subparsers)``;
a handler returns an exit code. Exit 0 on success; 1 with one clear line on stderr (in the
user's language, no traceback) for anything the user caused; argparse's 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import pkgutil
import sys
from collections.abc import Iterator, Sequence

from jalostamo import __version__
from jalostamo.errors import UserError
from jalostamo.i18n import Rendered, current_language, echo, set_language, translate

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


def _language_in(argv: Sequence[str]) -> str | None:
    """``--lang L`` or ``--lang=L`` before the command, read before the parser is built so that
    its help is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        return value if value in ("fi", "sv", "en") else None
    return None


def localise(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """The parser's help, and argparse's own words, in ``lang`` (fi, sv; English as written)."""
    import gettext

    from jalostamo.cli.help_texts import argparse_text, help_text

    argparse._ = (  # type: ignore[attr-defined]
        gettext.gettext if lang == "en" else (lambda text: argparse_text(text, lang)))
    todo = [parser]
    while todo:
        current = todo.pop()
        if current.description:
            current.description = help_text(current.description, lang)
        for group in current._action_groups:
            if group.title in ("positional arguments", "options"):
                group.title = argparse_text(group.title, lang)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = help_text(action.help, lang)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = help_text(choice.help, lang)
                todo.extend(action.choices.values())
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
    from jalostamo.paths import is_programme_path

    return not positional or is_programme_path(positional[0])


def _tolerant_console() -> None:
    """A character the console cannot show (a Polish or Sámi letter in a path on a cp1252
    console) is shown as "?" instead of ending the command with an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):  # a stream already in use may refuse
                reconfigure(errors="replace")


@contextlib.contextmanager
def _logging_to_file() -> Iterator[None]:
    """While a command runs, log records go to the log file, never to the console (Python
    prints records nobody handles on stderr): the user sees one line."""
    added: list[tuple[logging.Logger, logging.Handler]] = []
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            from jalostamo.paths import log_dir

            handler: logging.Handler = logging.FileHandler(
                log_dir() / "jalostamo.log", encoding="utf-8", delay=True)
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        except OSError:  # no data directory to write: the records are dropped
            handler = logging.NullHandler()
        added.append((log, handler))
    root = logging.getLogger()
    if not root.handlers:  # other libraries' warnings
        added.append((root, logging.NullHandler()))
    for logger, handler in added:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for logger, handler in added:
            logger.removeHandler(handler)
            handler.close()


def _say(text: str) -> None:
    """One line on stderr, whatever the console can show."""
    line = " ".join(text.splitlines())
    try:
        print(f"jalostamo: {line}", file=sys.stderr)
    except UnicodeError:
        encoding = getattr(sys.stderr, "encoding", None) or "ascii"
        print(f"jalostamo: {line}".encode(encoding, "replace").decode(encoding),
              file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _is_app_invocation(args_list) and not any(a in ("-h", "--help", "--version")
                                                 for a in args_list):
        args_list = ["open", *args_list]
    early = _language_in(args_list)
    if early:
        set_language(early)
    parser = localise(build_parser(), current_language())
    args = parser.parse_args(args_list)
    if args.lang:
        set_language(args.lang)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    with _logging_to_file():
        try:
            return int(args.handler(args) or 0)
        except UserError as exc:
            _say(exc.message(current_language()))
            return 1
        except KeyboardInterrupt:
            return 130
        except Exception as exc:
            from jalostamo.logs import write_crash_log

            try:  # the traceback goes to the crash log only; the user gets its path
                path = echo(write_crash_log(exc), 4096)  # the whole path, however long
            except Exception:  # not even the log could be written: still one line
                path = "-"
            _say(translate("error.unexpected", log=Rendered(path)))
            return 1
        finally:
            if getattr(args.handler, "__name__", "") != "cmd_open":  # the app sweeps nothing: it starts fast
                from jalostamo.store.tempfiles import sweep_quietly

                sweep_quietly()  # leftovers of killed runs, or files Windows kept open
