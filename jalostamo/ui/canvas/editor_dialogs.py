"""The board editor's dialogs (file choosers, version, template, dots) kept apart from its
verbs, so that tests and other screens call the verbs without any dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.services import Services
from jalostamo.ui.file_places import remember, start_folder

if TYPE_CHECKING:
    from jalostamo.ui.canvas.board_view import BoardEditor

PHOTO_FILTER = "*.jpg *.jpeg *.png *.heic *.heif *.webp *.bmp *.tif *.tiff"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ask_photo_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("BoardDialogs", "Add photos"),
        start_folder("photos"),
        QCoreApplication.translate("BoardDialogs", "Photos (%1)").replace("%1", PHOTO_FILTER),
    )
    remember("photos", names)
    return [Path(n) for n in names]


def take_snapshot(editor: BoardEditor) -> None:
    from jalostamo.ui.canvas.webcam import Snapshot

    def done(image: QImage) -> None:
        editor._run(editor.import_photo_bytes, png_bytes(image), "webcam.png")
        editor._snapshot = None  # type: ignore[attr-defined]

    editor._snapshot = Snapshot(done)  # type: ignore[attr-defined]


def ask_photo_description(parent: QWidget, caption: str, alt_text: str
                          ) -> tuple[str, str] | None:
    """The photo's caption and alt text ("kuvaus"), or None when cancelled."""
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from jalostamo.i18n import current_language, translate

    lang = current_language()
    dialog = QDialog(parent)
    dialog.setObjectName("photoDescriptionDialog")
    dialog.setWindowTitle(translate("a11y.edit_alt_text", lang))
    form = QFormLayout(dialog)
    caption_edit = QLineEdit(caption, dialog)
    caption_edit.setObjectName("photoCaption")
    caption_edit.setMaxLength(300)
    alt_edit = QPlainTextEdit(alt_text, dialog)
    alt_edit.setObjectName("photoAltText")
    alt_edit.setAccessibleName(translate("a11y.alt_text", lang))
    alt_edit.setTabChangesFocus(True)
    hint = QLabel(translate("a11y.alt_text_hint", lang), dialog)
    hint.setWordWrap(True)
    form.addRow(QCoreApplication.translate("BoardDialogs", "Caption:"), caption_edit)
    form.addRow(translate("a11y.alt_text", lang), alt_edit)
    form.addRow(hint)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return caption_edit.text().strip(), alt_edit.toPlainText().strip()[:1000]


def current_workshop_id(services: Services, today: date | None = None) -> str | None:
    """The workshop a version is kept for unless chosen otherwise: the one held today, else
    the last one held, else the next one (else the first)."""
    today = today or date.today()
    workshops = services.programme.workshops()
    dated = [w for w in workshops if w.held_on is not None]
    held = [w for w in dated if w.held_on <= today]  # type: ignore[operator]
    upcoming = [w for w in dated if w.held_on > today]  # type: ignore[operator]
    if held:
        return max(held, key=lambda w: w.held_on).id  # type: ignore[arg-type, return-value]
    if upcoming:
        return min(upcoming, key=lambda w: w.held_on).id  # type: ignore[arg-type, return-value]
    return workshops[0].id if workshops else None


def version_dialog(parent: QWidget, services: Services,
                   today: date | None = None) -> tuple[QDialog, QComboBox, QLineEdit]:
    """The "keep version" dialog, the current workshop chosen."""
    dialog = QDialog(parent)
    dialog.setObjectName("keepVersionDialog")
    dialog.setWindowTitle(QCoreApplication.translate("BoardDialogs", "Keep this board as a version"))
    form = QFormLayout(dialog)
    workshops = QComboBox(dialog)
    workshops.setAccessibleName(QCoreApplication.translate("BoardDialogs", "Version for workshop:"))
    workshops.addItem(QCoreApplication.translate("BoardDialogs", "No workshop"), None)
    for workshop in services.programme.workshops():
        workshops.addItem(
            QCoreApplication.translate("BoardDialogs", "Workshop %1").replace("%1", str(workshop.number)), workshop.id
        )
    current = current_workshop_id(services, today)
    if current is not None:
        workshops.setCurrentIndex(max(0, workshops.findData(current)))
    label = QLineEdit(dialog)
    form.addRow(QCoreApplication.translate("BoardDialogs", "Version for workshop:"), workshops)
    form.addRow(QCoreApplication.translate("BoardDialogs", "Label:"), label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog, workshops, label


def ask_version(parent: QWidget, services: Services) -> tuple[str | None, str] | None:
    """Ask which workshop the version is kept for (the current one unless changed), and its
    label."""
    dialog, workshops, label = version_dialog(parent, services)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    text = label.text().strip() or workshops.currentText()
    return workshops.currentData(), text


def ask_template_name(parent: QWidget) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BoardDialogs", "Save board as template"),
        QCoreApplication.translate("BoardDialogs", "Name of the template:"),
    )
    return name if ok else None


def ask_dots(parent: QWidget) -> int | None:
    dots, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("BoardDialogs", "Dot voting"),
        QCoreApplication.translate("BoardDialogs", "Dots for each voter:"),
        3,
        1,
        20,
    )
    return dots if ok else None


def open_compare(parent: QWidget, services: Services, board_id: str) -> None:
    from jalostamo.ui.canvas.version_compare import VersionCompare

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("BoardDialogs", "Compare versions"))
    layout = QFormLayout(dialog)
    layout.addRow(VersionCompare(services, board_id, dialog))
    dialog.resize(1400, 800)
    dialog.exec()


def ask_export(editor: BoardEditor, services: Services, board_id: str, fmt: str) -> None:
    from jalostamo.ui.canvas.export import export_board

    pattern = "*.svg" if fmt == "svg" else "*.png"
    name, _ = QFileDialog.getSaveFileName(
        editor, QCoreApplication.translate("BoardDialogs", "Export board"), start_folder("exports"),
        f"{fmt.upper()} ({pattern})"
    )
    if not name:
        return
    remember("exports", name)
    path = Path(name)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    try:
        export_board(services, board_id, path)
    except UserError as exc:
        editor.show_error(exc)
