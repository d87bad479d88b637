"""One stylesheet gives the UI its colours: widgets say what they are or show, the stylesheet decides the look.
It is not the application's: only the widgets it names are drawn through it (ui/style.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QSpinBox, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.domain.types import SkillType
from colead_desktop.paths import bundle_root, forms_dir, resources_dir
from colead_desktop.ui.meetup.grid import chip_look
from colead_desktop.ui.style import set_role, set_state, styled

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
    assert qapp.styleSheet() == ""
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


def test_spin_boxes_keep_their_native_height(show: Callable[..., None]) -> None:
    """A stylesheet makes Qt size a spin box shorter; the sheet an invalid one gets gives the height back."""
    native, marked = QSpinBox(), QSpinBox()
    set_state(marked, "invalid")
    show(native, marked)
    assert marked.styleSheet() and marked.height() == native.height()
    set_state(marked, "")
    assert marked.height() == native.height()


def _drawn_by_stylesheet(widget: QWidget) -> bool:
    return widget.style().metaObject().className() == "QStyleSheetStyle"


def test_only_the_widgets_the_sheet_names_are_drawn_through_it(show: Callable[..., None]) -> None:
    """A page's tables, buttons and plain labels keep the native style: through a stylesheet a table paints a
    third slower and a page builds in twice the time (issue 15)."""
    hint, plain, table, frame = QLabel("hint"), QLabel("plain"), QTableView(), QFrame()
    inside = QLabel("inside", frame)
    set_role(hint, "hint")
    set_role(frame, "empty_state")
    show(hint, plain, table, frame)
    assert [_drawn_by_stylesheet(w) for w in (hint, plain, table, frame, inside)] == [True, False, False, True, True]
    assert inside.font().pixelSize() == 14  # QFrame[role="empty_state"] QLabel: through the frame's sheet
    named = QLabel(objectName="title_label")
    styled(named)
    assert "title_label" in named.styleSheet() and "hint" not in named.styleSheet()
    set_state(hint, "error")  # the rules of its new state join those of its role
    assert hint.palette().color(hint.foregroundRole()) == QColor("#b00020")
    set_state(hint, "")
    assert hint.palette().color(hint.foregroundRole()) == QColor("#546e7a")
