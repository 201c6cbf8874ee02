"""The open board follows changes that arrive all at once (a merge) and survives its board
being deleted (undoing the creation of a team's board)."""

from __future__ import annotations

from pathlib import Path

from jalostamo.models import Board, ItemKind
from jalostamo.services import Services
from tests.ui.canvas.conftest import EditorHarness


def test_open_board_shows_merged_notes(harness: EditorHarness, tmp_path: Path) -> None:
    svc = harness.services
    team_file = tmp_path / "turku.jalostamo"
    svc.team_files.make_team_file(harness.team_id, team_file)
    with Services.open(team_file, device_id="dev-turku") as team:
        team.boards.add_item(harness.board_id, ItemKind.NOTE, text="Tiimin uusi lappu")
    svc.merge.merge([team_file])
    texts = {getattr(item, "row", {}).get("text") for item in harness.editor.scene.by_id.values()}
    assert "Tiimin uusi lappu" in texts


def test_deleting_the_open_board_empties_the_scene(harness: EditorHarness) -> None:
    svc = harness.services
    svc.boards.add_item(harness.board_id, ItemKind.NOTE, text="Lappu")
    assert harness.editor.scene.by_id
    svc.entities.delete(Board, harness.board_id)
    assert not harness.editor.scene.by_id
