"""Help → Getting started: a checklist from install to the first workshop report, whose steps
tick themselves from the open programme, whose buttons go to the right place, and which opens
by itself only the first time the app starts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from jalostamo.services import Services
from jalostamo.services.settings import Settings, settings_path
from jalostamo.ui.getting_started import STEPS, GettingStarted, ProgressWatcher
from jalostamo.ui.reports.export_dialog import ExportDialog


def checklist_of(window) -> GettingStarted:
    window.actions_by_id["help.start"].trigger()
    checklist = window.findChild(GettingStarted, "gettingStarted")
    assert checklist is not None and checklist.isVisible()
    return checklist


def marks(checklist: GettingStarted) -> str:
    return "".join(checklist.marks[step].text() for step in STEPS)


def test_steps_tick_as_the_programme_grows(window, tmp_path, qtbot):
    checklist = checklist_of(window)
    assert marks(checklist) == "○○○○○○"
    assert checklist.buttons["programme"].isEnabled()
    assert not checklist.buttons["teams"].isEnabled()  # nothing to add teams to yet
    assert checklist.texts["teams"].text().startswith("3. Lisää kaupunkitiimit")
    assert checklist.buttons["report"].text() == "Vie raportti…"

    path = tmp_path / "oma.jalostamo"
    Services.create(path, "Oma jalostamo").close()
    window.open_file(path)
    assert marks(checklist) == "✓○○○○○"
    svc = window.services
    workshop = svc.programme.add_workshop()
    qtbot.waitUntil(lambda: checklist.buttons["teams"].isEnabled())
    assert marks(checklist) == "✓○○○○○"  # a workshop without its date is not planned yet
    from jalostamo.models import Workshop

    svc.entities.update(Workshop, workshop, held_on=date(2027, 3, 13))
    qtbot.waitUntil(lambda: marks(checklist) == "✓✓○○○○")
    svc.teams.add("Turku")
    qtbot.waitUntil(lambda: marks(checklist) == "✓✓✓○○○")
    svc.programme.add_agenda_item(workshop, "Sidosryhmäkartta", 45, method_key="stakeholder_map")
    qtbot.waitUntil(lambda: marks(checklist) == "✓✓✓✓○○")
    checklist.close()  # closed, then opened again from the Help menu: still up to date
    svc.programme.add_workshop(held_on=date(2027, 4, 4))
    assert checklist_of(window) is checklist and marks(checklist) == "✓✓✓✓○○"
    svc.programme.add_workshop()  # a workshop still without its date
    qtbot.waitUntil(lambda: marks(checklist) == "✓○✓✓○○")
    window.close_document()
    qtbot.waitUntil(lambda: marks(checklist) == "○○○○○○")


def test_buttons_go_to_the_right_place(window, sample_file, qtbot, monkeypatch):
    checklist = checklist_of(window)
    checklist.buttons["programme"].click()  # no programme yet: the new programme dialog
    new = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert new and new[0].objectName() != "reportExportDialog"
    new[0].reject()

    window.open_file(sample_file)
    checklist.buttons["workshops"].click()
    setup = window.current_page()
    assert setup.objectName() == "setupPage" and setup.tabs.currentWidget() is setup.workshops
    checklist.buttons["teams"].click()
    assert setup.tabs.currentWidget() is setup.teams
    checklist.buttons["agenda"].click()
    agenda = window.current_page()
    assert agenda.objectName() == "agendaPage" and agenda.modes.currentWidget() is not \
        agenda.run_panel
    checklist.buttons["run"].click()  # the workshop has activities: straight to run mode
    assert agenda.modes.currentWidget() is agenda.run_panel
    qtbot.waitUntil(lambda: checklist.marks["run"].text() == "✓")
    assert str(sample_file.resolve()) in Settings.load().workshops_run
    agenda.leave_run_mode()

    checklist.buttons["report"].click()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentData() == "workshop"
    dialog.reject()


def test_an_exported_workshop_report_ticks_the_last_step(window, sample_file, tmp_path, qtbot):
    window.open_file(sample_file)
    checklist = checklist_of(window)
    window.actions_by_id["file.export"].trigger()  # the File menu, not the checklist
    dialog = window.findChild(ExportDialog)
    qtbot.waitUntil(lambda: dialog.property("guideWatched") is True)
    dialog.set_kind("team")
    dialog.result_path = tmp_path / "team.pdf"  # as if a team report had been written
    window.findChild(ProgressWatcher)._exported(dialog)
    assert checklist.marks["report"].text() == "○"  # a team report is not the workshop's
    dialog.set_kind("workshop")
    dialog.path.setText(str(tmp_path / "workshop.pdf"))
    dialog.export_button.click()  # written on a worker
    qtbot.waitUntil(lambda: checklist.marks["report"].text() == "✓", timeout=60_000)
    assert (tmp_path / "workshop.pdf").exists()
    assert str(sample_file.resolve()) in Settings.load().reports_exported
    if dialog.preview is not None:
        dialog.preview.close()
    dialog.reject()


def test_the_checklist_opens_by_itself_only_the_first_time(make_window, qtbot):
    assert not settings_path().exists()
    first = make_window()
    first.after_first_paint()
    first.update()
    qtbot.waitUntil(lambda: first.findChild(GettingStarted, "gettingStarted") is not None)
    assert first.findChild(GettingStarted, "gettingStarted").isVisible()
    assert Settings.load().guide_seen

    again = make_window(settings=Settings.load())  # the next start
    again.after_first_paint()
    again.update()
    qtbot.waitUntil(lambda: again.findChild(ProgressWatcher) is not None)
    assert again.findChild(GettingStarted, "gettingStarted") is None
    checklist_of(again)  # still in the Help menu


def test_old_settings_files_load_and_keep_the_new_fields(tmp_path: Path):
    old = tmp_path / "settings.json"
    old.write_text(json.dumps({"version": 1, "language": "sv", "font_scale": 1.2}),
                   encoding="utf-8")
    settings = Settings.load(old)
    assert settings.language == "sv" and settings.guide_seen is False
    assert settings.workshops_run == [] and settings.reports_exported == []
    settings.guide_seen = True
    settings.reports_exported.append("C:/ohjelma.jalostamo")
    settings.save(old)
    again = Settings.load(old)
    assert again.guide_seen is True and again.reports_exported == ["C:/ohjelma.jalostamo"]


def test_the_demo_programme_ticks_nothing(window, sample_file):
    from jalostamo.paths import user_data_dir

    demo = user_data_dir() / "demo" / "demo.jalostamo"  # where Open the demo programme puts it
    demo.parent.mkdir(parents=True, exist_ok=True)
    demo.write_bytes(sample_file.read_bytes())  # a programme with workshops, teams and agenda
    window.open_file(demo)
    checklist = checklist_of(window)
    assert marks(checklist) == "○○○○○○"
    assert checklist.demo_note.isVisible()
    assert checklist.demo_note.text().startswith("Esittelyohjelma on auki")
