"""Issue 16: a dot vote's result stays when the vote ends, per vote, after a restart too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.items import BoardItem
from tests.ui.testing.i18n_helpers import installed


def vote(editor: BoardEditor, dots: int, title: str, ballots: dict[str, list[str]]) -> None:
    """Start a vote, let each voter put dots on items (by text), end the vote."""
    ids = {r["text"]: r["id"] for r in editor.services.boards.items(editor.board_id)}
    editor.start_vote(dots, title)
    for voter, texts in ballots.items():
        for text in texts:
            editor.scene.clearSelection()
            editor.scene.by_id[ids[text]].setSelected(True)
            editor.place_dot_on_selected(voter)
    editor.end_vote()


def board_dots(editor: BoardEditor) -> dict[str, tuple[int, bool]]:
    texts = {r["id"]: r["text"] for r in editor.services.boards.items(editor.board_id)}
    return {texts[i]: (item.dots, item.top_voted) for i, item in editor.scene.by_id.items()
            if isinstance(item, BoardItem) and item.dots}


def open_editor(svc: Services, board_id: str, qtbot) -> tuple[BoardEditor, ChangeBridge]:
    bridge = ChangeBridge(svc)
    editor = BoardEditor(svc, QUndoStack(), bridge, board_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    return editor, bridge


def test_results_stay_ranked_per_vote_and_after_a_restart(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo") as svc:
        board_id = svc.boards.create_board(svc.teams.add("Turku"), "Malli", "empty")
        for n, text in enumerate(("Perhekahvila", "Kirjastoauto", "Nuorisotalo")):
            svc.boards.add_item(board_id, "note", text=text, x=40.0 + 220 * n, y=40.0)
    for _ in installed("canvas", "fi", tmp_path):
        svc = Services.open(path)
        editor, bridge = open_editor(svc, board_id, qtbot)
        vote(editor, 3, "Parhaat ideat", {"Turku": ["Kirjastoauto", "Kirjastoauto", "Nuorisotalo"],
                                          "Oulu": ["Kirjastoauto", "Perhekahvila"]})
        side = editor.side
        # the vote has ended: its result is shown, most dots first, with counts
        assert side.vote_title.text() == "Tulos – Pisteäänestys 1: Parhaat ideat"
        assert side.result_lines() == ["1. Kirjastoauto — 3 ●", "2. Nuorisotalo — 1 ●",
                                       "2. Perhekahvila — 1 ●"]
        assert board_dots(editor) == {"Kirjastoauto": (3, True), "Perhekahvila": (1, False),
                                      "Nuorisotalo": (1, False)}
        vote(editor, 1, "", {"Turku": ["Nuorisotalo"]})
        assert side.result_lines() == ["1. Nuorisotalo — 1 ●"]
        assert [side.past_votes.itemText(i) for i in range(side.past_votes.count())] == [
            "Pisteäänestys 2", "Pisteäänestys 1: Parhaat ideat"]
        # the facilitator reopens the first vote's result
        side.past_votes.setCurrentIndex(1)
        side.past_votes.activated.emit(1)
        assert side.result_lines()[0] == "1. Kirjastoauto — 3 ●"
        assert board_dots(editor)["Kirjastoauto"] == (3, True)
        assert board_dots(editor)["Nuorisotalo"] == (1, False)

        # after a restart the results are read back from the file
        editor.release()
        bridge.detach()
        svc.close()
        with Services.open(path) as svc:
            again, bridge = open_editor(svc, board_id, qtbot)
            assert again.side.result_lines() == ["1. Nuorisotalo — 1 ●"]
            again.side.past_votes.setCurrentIndex(1)
            again.side.past_votes.activated.emit(1)
            assert again.side.result_lines() == ["1. Kirjastoauto — 3 ●",
                                                 "2. Nuorisotalo — 1 ●", "2. Perhekahvila — 1 ●"]
            assert board_dots(again)["Kirjastoauto"] == (3, True)
            again.release()
            bridge.detach()


def test_the_projector_shows_the_ranked_result_beside_the_voted_frame(qtbot, tmp_path: Path
                                                                       ) -> None:
    path = tmp_path / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo") as svc:
        board_id = svc.boards.create_board(svc.teams.add("Turku"), "Malli", "empty")
        svc.boards.add_item(board_id, "frame", text="Ideat", x=0.0, y=0.0, width=720.0,
                            height=260.0)
        for n, text in enumerate(("Perhekahvila", "Kirjastoauto", "Nuorisotalo")):
            svc.boards.add_item(board_id, "note", text=text, x=40.0 + 220 * n, y=60.0)
        svc.boards.add_item(board_id, "frame", text="Muuta", x=0.0, y=600.0, width=400.0,
                            height=200.0)
    for _ in installed("canvas", "fi", tmp_path):
        with Services.open(path) as svc:
            editor, bridge = open_editor(svc, board_id, qtbot)
            vote(editor, 3, "Parhaat ideat", {"Turku": ["Kirjastoauto", "Kirjastoauto"],
                                              "Oulu": ["Perhekahvila"]})
            projector = editor.present()
            qtbot.addWidget(projector)
            assert projector.result_text().splitlines() == [
                "Tulos – Pisteäänestys 1: Parhaat ideat",
                "1. Kirjastoauto — 2 ●", "2. Perhekahvila — 1 ●"]
            box = projector.result  # tall enough for every line, the wrapped title too
            assert box.height() >= box.heightForWidth(box.width())
            projector.next()  # a frame with none of the voted items: no result over it
            assert projector.result_text() == ""
            projector.previous()
            vote(editor, 1, "", {"Turku": ["Nuorisotalo"]})  # the next vote's result follows
            assert projector.result_text().splitlines() == ["Tulos – Pisteäänestys 2",
                                                            "1. Nuorisotalo — 1 ●"]
            projector.close()
            editor.release()
            bridge.detach()
