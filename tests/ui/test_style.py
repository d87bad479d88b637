"""One stylesheet gives the UI its colours: widgets say what they are or show, the stylesheet decides the look."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.domain.types import SkillType
from colead_desktop.paths import bundle_root, forms_dir, resources_dir
from colead_desktop.ui.meetup.grid import chip_look
from colead_desktop.ui.style import install_stylesheet, set_role, set_state, stylesheet

STYLESHEET = (resources_dir() / "style.qss").read_text(encoding="utf-8")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|setStyleSheet\(")


@pytest.fixture
def show(qtbot: QtBot) -> Callable[..., None]:
    """Show widgets in a window that lives as long as the test."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)

    def shown(*widgets: QWidget) -> None:
        for widget in widgets:
            layout.addWidget(widget)
        host.show()
        qtbot.waitExposed(host)
    return shown


def _centre_colour(widget: QWidget) -> QColor:
    image: QImage = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_the_ui_code_and_forms_carry_no_colours_of_their_own() -> None:
    """Colours are in resources/style.qss (widgets) and ui/palette.py (data): nowhere else."""
    ui = bundle_root() / "colead_desktop" / "ui"
    found = [f"{path.relative_to(bundle_root())}:{n}: {line.strip()}"
             for path in [*sorted(ui.rglob("*.py")), *sorted(forms_dir().glob("*.ui"))]
             if path.name not in ("palette.py", "style.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if COLOUR.search(line) or 'name="styleSheet"' in line]
    assert not found, "\n".join(found)


def test_an_invalid_editor_is_marked_and_unmarked(show: Callable[..., None], qapp: QApplication) -> None:
    assert qapp.styleSheet() == stylesheet()  # the UI fixtures install the app's stylesheet
    edit = QLineEdit()
    edit.setMinimumHeight(30)
    show(edit)
    plain = _centre_colour(edit)
    set_state(edit, "invalid")
    assert _centre_colour(edit) == QColor("#fff3f3")
    set_state(edit, "")
    assert _centre_colour(edit) == plain


def test_roles_and_states_colour_labels(show: Callable[..., None]) -> None:
    hint, error, status = QLabel("hint"), QLabel("error"), QLabel("status")
    set_role(hint, "hint")
    set_role(error, "error")
    show(hint, error, status)
    assert hint.palette().color(hint.foregroundRole()) == QColor("#546e7a")
    assert error.palette().color(error.foregroundRole()) == QColor("#b00020")
    set_state(status, "ok")
    assert status.palette().color(status.foregroundRole()) == QColor("#2e7d32")
    set_state(status, "error")
    assert status.palette().color(status.foregroundRole()) == QColor("#b00020")


def test_every_skill_has_its_own_chip_colour(show: Callable[..., None]) -> None:
    chips = {skill: QLabel(skill.label) for skill in SkillType}
    for skill, chip in chips.items():
        chip.setMinimumSize(80, 30)
        chip_look(chip, skill.value, pinned=False)
    show(*chips.values())
    colours = {_centre_colour(chip).name() for chip in chips.values()}
    assert len(colours) == len(SkillType), colours


def test_spin_boxes_keep_their_native_height(qtbot: QtBot, qapp: QApplication) -> None:
    """Any application stylesheet makes Qt size spin boxes shorter; the stylesheet gives the height back."""
    def height() -> int:
        host = QWidget()
        qtbot.addWidget(host)
        spin = QSpinBox(host)
        QVBoxLayout(host).addWidget(spin)
        host.show()
        qtbot.waitExposed(host)
        return spin.height()

    styled = height()
    qapp.setStyleSheet("")
    try:
        native = height()
    finally:
        install_stylesheet(qapp)
    assert styled == native
