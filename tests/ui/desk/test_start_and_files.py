"""Start screen, new programme, reopening the last file, and the second-instance refusal."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QWidget

from jalostamo.services import Services
from jalostamo.services.settings import Settings
from jalostamo.store.lock import lock_path
from jalostamo.ui.dialogs import NewProgrammeDialog
from tests.ui.desk.conftest import dialogs, find, type_text


def test_create_a_programme_through_the_new_programme_dialog(window, qtbot, tmp_path):
    find(window, QPushButton, "newProgramme").click()
    dialog = window.findChild(NewProgrammeDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    assert dialog.hint.text() == "Anna ohjelmalle nimi."
    type_text(find(dialog, QLineEdit, "programmeName"), "Syksyn jalostamo")
    type_text(find(dialog, QLineEdit, "programmeOrganiser"), "Kuntaliitto")
    path_edit = find(dialog, QLineEdit, "programmeFile")
    path_edit.clear()
    qtbot.keyClicks(path_edit, str(tmp_path / "syksy"))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    created = tmp_path / "syksy.jalostamo"
    assert created.is_file()
    assert window.services is not None
    assert "Syksyn jalostamo" in window.windowTitle()
    assert window.current_page().objectName() == "setupPage"
    assert Settings.load().last_file == str(created.resolve())
    with Services.open(created, readonly=True) as svc:
        assert svc.programme.get().organiser == "Kuntaliitto"


def test_last_file_reopens_and_recent_files_are_listed(make_window, qtbot, sample_file):
    first = make_window()
    assert first.open_file(sample_file)
    first.close()  # closing the window keeps the programme as the one to reopen

    from jalostamo.ui.app import create_window

    hook = sys.excepthook
    try:
        second = create_window(lang="fi")
    finally:
        sys.excepthook = hook
    try:
        second.show()  # the document opens right after the first paint
        qtbot.waitUntil(lambda: second.services is not None)
        assert second.services.doc.path == sample_file
        second.show_page("start")
        recent = second.current_page().recent
        assert recent.count() == 1
        assert "kevat" in recent.item(0).text()
    finally:
        second.close()


def test_closing_the_programme_means_it_does_not_reopen(window, sample_file):
    window.open_file(sample_file)
    window.actions_by_id["file.close"].trigger()
    assert window.services is None
    assert Settings.load().last_file is None
    assert str(sample_file.resolve()) in Settings.load().recent_files


HOLDER = textwrap.dedent("""
    import sys, time
    from jalostamo.services import Services
    svc = Services.open(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
""")


def test_second_instance_is_told_the_file_is_in_use_and_may_open_it_read_only(
        window, qtbot, sample_file):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(sample_file)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert not window.open_file(sample_file)
        assert window.services is None
        [box] = dialogs("fileInUseDialog")
        assert "on jo auki" in box.text() and "vain luku" in box.text()
        read_only = find(box, QPushButton, "openReadOnly")
        assert read_only.text() == "Avaa vain luku -tilassa"
        read_only.click()
        assert window.services is not None and window.services.doc.readonly
        assert "[vain luku]" in window.windowTitle()
        assert window.read_only_note.isVisible()
        assert window.read_only_note.text().startswith("Vain luku")
        # an edit in the read-only programme is refused with a clear message, not a crash
        from jalostamo.ui.setup_teams import TeamsEditor

        window.show_page("setup")
        teams = window.current_page().findChild(TeamsEditor)
        assert teams.new_city.isReadOnly()  # fields can be read and copied, not typed into
        setup = window.current_page()
        assert find(setup, QPushButton, "addTeam").isHidden()  # no buttons that change things
        assert find(setup, QPushButton, "deleteWorkshop").isHidden()
        window.show_page("agenda")
        agenda = window.current_page()
        assert find(agenda, QPushButton, "addActivity").isHidden()
        assert not find(agenda, QPushButton, "runWorkshop").isHidden()  # running it changes nothing
        turku = next(t for t in window.services.teams.list() if t.city == "Turku")
        window.show_page(f"team:{turku.id}:card")
        card = window.current_page().tab("card")
        fields = [w for w in card.findChildren(QWidget)
                  if w.objectName().startswith("card-") and hasattr(w, "isReadOnly")]
        assert len(fields) >= 10 and all(w.isReadOnly() for w in fields)
        window.show_page("setup")
        teams.new_city.setText("Espoo")  # an edit that gets through anyway
        teams.add_team()
        [refusal] = dialogs("userErrorDialog")
        assert "vain luku" in refusal.text()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    # the holder was killed: its lock is stale and is taken over
    window.close_document()
    assert lock_path(sample_file).exists()
    assert window.open_file(sample_file)
    assert window.services is not None
    assert not window.services.doc.readonly
    assert not window.read_only_note.isVisible()


def test_a_file_that_is_not_a_programme_gets_a_clear_message(window, tmp_path: Path):
    bad = tmp_path / "muistio.jalostamo"
    bad.write_text("ei ohjelma", encoding="utf-8")
    assert not window.open_file(bad)
    [box] = dialogs("userErrorDialog")
    assert "ei ole Jalostamo-ohjelma" in box.text()
    assert window.services is None
