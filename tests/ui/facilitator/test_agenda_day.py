"""Issue 16: the agenda and the run mode, as two facilitators new to Jalostamo used them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from jalostamo.models import AgendaItem
from jalostamo.services import Services, guide
from jalostamo.ui.agenda_page import AgendaPage
from jalostamo.ui.vocabulary import phase_name
from tests.ui.desk.conftest import find


def open_agenda(window, path) -> AgendaPage:
    window.open_file(path)
    window.show_page("agenda")
    page = window.current_page()
    assert isinstance(page, AgendaPage)
    return page


def stored_agenda(path) -> list[tuple[str, str, int, str]]:
    with Services.open(path) as svc:
        workshop = svc.programme.workshops()[0]
        return [(i.title, i.method_key, i.minutes, i.instructions)
                for i in svc.programme.agenda(workshop.id)]


def test_the_form_is_emptied_when_no_activity_is_chosen(window, sample_file):
    with Services.open(sample_file) as svc:
        [workshop] = svc.programme.workshops()
        [first, *_] = svc.programme.agenda(workshop.id)
        svc.entities.update(AgendaItem, first.id, who="Maija", instructions="Esittely")
        second = svc.programme.add_workshop(starts_at="09:00")  # a workshop without an agenda
    page = open_agenda(window, sample_file)
    page.list.setCurrentRow(0)
    assert page.title.text() == "Avaus"
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    assert not page.form.isEnabled()
    assert (page.title.text(), page.who.text(), page.instructions.toPlainText(),
            page.minutes.cleanText(), page.method.currentIndex()) == ("", "", "", "", 0)
    page.workshop.setCurrentIndex(page.workshop.findData(workshop.id))
    assert (page.title.text(), page.minutes.text(), page.who.text()) == ("Avaus", "10 min", "Maija")
    for _ in range(3):  # delete every activity: the last one's data must not stay behind
        page.delete_activity()
    assert page.list.count() == 0
    assert (page.title.text(), page.who.text(), page.instructions.toPlainText(),
            page.minutes.cleanText()) == ("", "", "", "")
    window.close_document()
    assert stored_agenda(sample_file) == []


def test_a_break_is_added_apart_from_the_method_cards(window, sample_file):
    page = open_agenda(window, sample_file)
    methods = [page.method.itemText(i) for i in range(page.method.count())]
    assert "Tauko" not in methods
    assert all(card.name.casefold() not in ("tauko", "paus", "break")
               for lang in ("fi", "sv", "en") for card in guide.methods(lang))
    button = find(page, QPushButton, "addBreak")
    assert button.text() == "Lisää tauko"
    button.click()
    assert page.list.currentItem().text().split("\n")[0].endswith("Tauko   (15 min)")
    assert page.method.currentText() == "Ei menetelmäkorttia"
    assert window.undo_action.text() == "&Kumoa Lisää tauko"
    window.close_document()
    assert stored_agenda(sample_file)[-1] == ("Tauko", "", 15, "")


def test_choosing_a_method_card_fills_minutes_steps_and_materials(window, sample_file):
    page = open_agenda(window, sample_file)
    page.list.setCurrentRow(1)  # Sidosryhmäkartta, 45 min, no method yet
    card = guide.method("empathy_map", "fi")
    index = page.method.findData("empathy_map")
    page.method.setCurrentIndex(index)
    page.method.activated.emit(index)
    assert page.minutes.value() == card.minutes == 40
    text = page.instructions.toPlainText()
    assert text.splitlines() == [
        "1. Valitse yksi kohdeyleisön edustaja tai persoona.",
        "2. Täytä neljä kenttää: sanoo, ajattelee, tekee, tuntee.",
        "3. Kirjaa kivut ja hyödyt.",
        "4. Nosta esiin ristiriidat: missä sanat ja teot eroavat?",
        "",
        "Tarvikkeet: empatiakarttapohja, muistilaput, haastattelumuistiinpanot"]
    assert window.undo_action.text() == "&Kumoa Valitse menetelmäkortti"
    # the facilitator edits them afterwards; choosing another card keeps their own text
    page.minutes.setValue(30)
    page.minutes.editingFinished.emit()
    page.instructions.set_stored(text)
    page.instructions.setPlainText("Omat ohjeet")
    page.instructions.commit()
    index = page.method.findData("stakeholder_map")
    page.method.setCurrentIndex(index)
    page.method.activated.emit(index)
    assert page.instructions.toPlainText() == "Omat ohjeet"
    window.close_document()
    title, method, minutes, instructions = stored_agenda(sample_file)[1]
    assert (title, method, instructions) == ("Sidosryhmäkartta", "stakeholder_map", "Omat ohjeet")
    assert minutes == guide.method("stakeholder_map").minutes


def test_run_mode_starts_from_the_first_activity(window, sample_file):
    page = open_agenda(window, sample_file)
    page.list.setCurrentRow(2)  # the last one is selected when the facilitator presses Run
    find(page, QPushButton, "runWorkshop").click()
    assert "Avaus" in page.run_panel.display.title.text()
    assert page.run_panel.display.clock.text() == "10:00"
    page.run_panel.go(2)
    page.run_panel.back_button.click()
    find(page, QPushButton, "runWorkshop").click()
    assert "Avaus" in page.run_panel.display.title.text()


def test_agenda_activities_are_not_called_phases(window, sample_file):
    """Vaihe / Fas is the Double Diamond's phase; an agenda item is an ohjelmanumero."""
    page = open_agenda(window, sample_file)
    assert page.summary.text() == "3 ohjelmanumeroa, 75 min, päättyy klo 10:15"
    assert find(page, QPushButton, "addActivity").text() == "Lisää ohjelmanumero"
    assert page.run_panel.next_button.text() == "Seuraava ohjelmanumero"
    assert phase_name(window.services.programme.workshops()[0].phase) in page.workshop.currentText()


def test_no_agenda_or_step_text_is_called_a_phase():
    """In every fi/sv translation file, 'vaihe' / 'fas' is left to the Double Diamond."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "jalostamo" / "ui" / "i18n"
    wrong = []
    for lang, word in (("fi", "vaihe"), ("sv", "fas")):
        for ts in sorted(folder.glob(f"*_{lang}.ts")):
            for message in ET.parse(ts).getroot().iter("message"):
                source = (message.findtext("source") or "").casefold()
                text = (message.findtext("translation") or "").casefold()
                if re.search(r"\b" + word, text) and any(w in source for w in ("activit", "step")):
                    wrong.append(f"{ts.name}: {source!r} -> {text!r}")
    assert wrong == []
    for card in guide.methods("fi"):
        assert not re.search(r"\bvaihe", " ".join((card.purpose, *card.steps)).casefold()), card.key
