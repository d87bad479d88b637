"""The first start on a database without a programme: create one (the wizard), load the demo into its own
programme, or open another database file. Cancel leaves the empty app, whose pages say what to do next."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QWidget

from colead_desktop.ui.forms import adopt_form, child


class FirstStep(StrEnum):
    CREATE = "create_programme"
    DEMO = "load_demo"
    OPEN = "open_database"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_dialog")
        adopt_form("first_start_dialog", self)
        self.choice: FirstStep | None = None
        for step in FirstStep:
            child(self, QCommandLinkButton, step.value).clicked.connect(lambda _checked=False, s=step: self._choose(s))
        child(self, QDialogButtonBox, "button_box").rejected.connect(self.reject)

    def _choose(self, step: FirstStep) -> None:
        self.choice = step
        self.accept()
