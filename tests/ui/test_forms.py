"""The Designer forms stay reviewable: saved one element per line as Designer indents them, and each loads."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from colead_desktop.paths import forms_dir
from colead_desktop.ui.forms import load_form

FORMS = sorted(forms_dir().glob("*.ui"))


def designer_layout(text: str) -> str:
    """The form as pyside6-designer saves it: one element per line, one space per level."""
    root = ET.fromstring(text)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").replace(" />", "/>") + "\n"


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_form_is_saved_one_element_per_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == designer_layout(text), f"re-save {path.name} pretty-printed (pyside6-designer does)"


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
def test_form_loads_with_its_window_title(path: Path, qapp: QApplication) -> None:  # noqa: ARG001
    form = load_form(path.stem)
    try:
        assert form.objectName() == path.stem
        assert form.windowTitle(), f"{path.name} has no window title"
    finally:
        form.deleteLater()
