"""Load Qt Designer forms (forms/*.ui) at run time and resolve their widgets by type and name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from colead_desktop.domain.form_labels import REQUIRED_MARK, label_texts
from colead_desktop.paths import forms_dir
from colead_desktop.ui.screen_fit import resize_to_fit

W = TypeVar("W", bound=QObject)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot open form {path}: {file.errorString()}")
    loader = QUiLoader()
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}: {loader.errorString()}")
    return widget


def form_labels(name: str) -> dict[str, str]:
    """{field name: label} of forms/<name>.ui as its dialog shows them, in the UI language, without the
    required-field mark (a conflict or a refused undo names the fields so)."""
    # a form's texts are translated in the context of its class, which the forms name after the file
    return {field: QCoreApplication.translate(name, text).removesuffix(REQUIRED_MARK)
            for field, text in label_texts(forms_dir() / f"{name}.ui").items()}


def adopt_form(name: str, host: QWidget) -> None:
    """Lay `host` out as forms/<name>.ui: its layout (and so its widgets), window title and designed size (less
    where the screen is smaller).

    The behaviour stays in `host`'s class; it finds the widgets with `child`.
    """
    view = load_form(name, host)
    layout = view.layout()
    if layout is None:
        raise RuntimeError(f"form {name} has no top-level layout")
    host.setLayout(layout)
    host.setWindowTitle(view.windowTitle())
    resize_to_fit(host, view.width(), view.height())


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The named child of that type; a renamed or retyped widget fails here, at construction."""
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"{parent.objectName()}: no {kind.__name__} named {name!r}")
    return found
