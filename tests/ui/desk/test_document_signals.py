"""The main window tells other areas when a document opens and before it closes."""

from __future__ import annotations

from pathlib import Path

from jalostamo.ui.main_window import MainWindow


def test_document_opened_and_closing_carry_the_services(window: MainWindow,
                                                        sample_file: Path) -> None:
    opened: list[object] = []
    closing: list[tuple[object, bool]] = []
    window.documentOpened.connect(opened.append)
    # a listener taking a last backup still finds the document open
    window.documentClosing.connect(
        lambda svc: closing.append((svc, svc.programme.get().name == "Kevään jalostamo")))

    assert window.open_file(sample_file)
    assert opened == [window.services]
    services = window.services
    window.close_programme()
    assert closing == [(services, True)]
    assert window.services is None


def test_document_opened_is_emitted_for_a_read_only_document(window: MainWindow,
                                                             sample_file: Path) -> None:
    opened: list[object] = []
    window.documentOpened.connect(opened.append)
    assert window.open_file(sample_file, read_only=True)
    assert len(opened) == 1 and opened[0] is window.services
    assert window.services is not None and window.services.doc.readonly
