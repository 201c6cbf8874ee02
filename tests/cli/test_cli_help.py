"""``jalostamo --help`` and argparse's messages in the user's language."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from jalostamo.cli import build_parser
from jalostamo.cli.help_texts import HELP


def every_help_text(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.description] if parser.description else []
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [c.help for c in action._choices_actions if c.help]
            for sub in action.choices.values():
                texts += every_help_text(sub)
    return texts


def test_every_help_text_of_every_command_has_finnish_and_swedish() -> None:
    missing = [t for t in every_help_text(build_parser())
               if not (HELP.get(t, {}).get("fi") and HELP.get(t, {}).get("sv"))]
    assert missing == []


def run(*args: str, lang_env: str = "fi_FI.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JALOSTAMO_LANG", "LC_ALL")}
    env["LANG"] = lang_env
    return subprocess.run([sys.executable, "-m", "jalostamo", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize(("args", "lang_env", "expected"), [
    (("--help",), "fi_FI.UTF-8", ["käyttö: jalostamo", "valinnat:", "näytä tämä ohje ja lopeta",
                                  "kirjoita PDF-raportti (PDF/A-2b)"]),
    (("--lang", "sv", "report", "--help"), "fi_FI.UTF-8",
     ["användning: jalostamo report", "ersätt personers namn med stabila pseudonymer"]),
    (("--help",), "en_GB.UTF-8", ["usage: jalostamo", "write a PDF report (PDF/A-2b)"]),
])
def test_help_is_in_the_users_language(args: tuple[str, ...], lang_env: str,
                                       expected: list[str]) -> None:
    done = run(*args, lang_env=lang_env)
    assert done.returncode == 0
    for text in expected:
        assert text in done.stdout


def test_a_mistyped_command_is_told_in_the_users_language() -> None:
    done = run("report", lang_env="sv_FI.UTF-8")
    assert done.returncode == 2
    assert "fel: följande argument krävs: file, --kind, --out" in done.stderr
