"""Fuzzing merge sources: a team file with bytes changed at random places.

Merging must either succeed or refuse with a :class:`UserError`; never any other exception,
and a refused merge leaves the facilitator's file exactly as it was.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jalostamo.errors import UserError
from jalostamo.models import BoardItem
from jalostamo.services import Services
from tests.services.test_merge import dump, hand_out, make_programme

EXAMPLES = 100
HEADER_EXAMPLES = 30

edits = st.lists(
    st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.binary(min_size=1, max_size=16)),
    min_size=1, max_size=12)


class Source(bytes):
    """The team file's bytes, with a short repr: hypothesis prints a failing example's
    arguments, and two megabytes of them would drown the message."""

    def __repr__(self) -> str:
        return f"<team file, {len(self)} bytes>"


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes]]:
    """A facilitator's file and a team file with real work in it (bytes to mutate)."""
    folder = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JALOSTAMO_DATA_DIR", str(folder / "data"))
        master, ids = make_programme(folder)
        source = hand_out(master, ids["turku"], folder / "turku.jalostamo")
        with Services.open(source, device_id="dev-turku") as team:
            team.entities.update(BoardItem, ids["note1"], text="Tiimin muutos ✓")
            team.entities.create(BoardItem, board_id=ids["board"], kind="note", text="Uusi lappu")
            team.entities.delete(BoardItem, ids["note2"])
    yield master, Source(source.read_bytes())


outcomes: dict[str, int] = {}


def check_merge(master: Path, tmp_path: Path, data: bytes) -> None:
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    source = case / "muokattu.jalostamo"
    source.write_bytes(data)
    target = case / "kohde.jalostamo"
    shutil.copyfile(master, target)
    before = dump(target)
    svc = Services.open(target, device_id="dev-facilitator")
    try:
        try:
            svc.merge.merge([source])
            outcome = "merged"
        except UserError as err:
            # no placeholder left unfilled ("{name}"); a brace in SQLite's own detail is fine
            assert err.message("fi") and not re.search(r"\{\w+(#[^}]*)?\}", err.message("fi"))
            outcome = f"refused:{err.key}"
            assert dump(target) == before
    finally:
        svc.close()
    assert source.read_bytes() == data  # a source is never written
    outcomes[outcome] = outcomes.get(outcome, 0) + 1
    event(outcome)


FUZZ = settings(deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
INSIDE = settings(FUZZ, max_examples=EXAMPLES)
HEADER = settings(FUZZ, max_examples=HEADER_EXAMPLES)


@INSIDE
@given(changes=edits)
def test_bytes_changed_inside_the_file_merge_or_are_refused_cleanly(
        pair: tuple[Path, bytes], tmp_path: Path, changes: list[tuple[float, bytes]]) -> None:
    master, source_bytes = pair
    data = bytearray(source_bytes)
    body = len(data) - 100  # past the header, where the tables and rows are
    for where, patch in changes:
        at = 100 + int(where * body)
        data[at:at + len(patch)] = patch
    check_merge(master, tmp_path, bytes(data[:len(source_bytes)]))


@HEADER
@given(changes=edits, keep=st.one_of(st.none(), st.floats(0.0, 1.0)))
def test_damaged_header_or_truncated_source_is_refused_cleanly(
        pair: tuple[Path, bytes], tmp_path: Path, changes: list[tuple[float, bytes]],
        keep: float | None) -> None:
    master, source_bytes = pair
    data = bytearray(source_bytes)
    for where, patch in changes:
        at = int(where * 100)
        data[at:at + len(patch)] = patch
    if keep is not None:
        data = data[:int(keep * len(data))]
    check_merge(master, tmp_path, bytes(data))


def test_report_fuzz_outcomes() -> None:
    total = sum(outcomes.values())
    print(f"merge fuzz: {total} examples, outcomes {dict(sorted(outcomes.items()))}, failures: 0")
    if total:
        assert total >= EXAMPLES + HEADER_EXAMPLES
