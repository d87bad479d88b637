"""What a page says when it has nothing to show (no programme yet, or no records of its kind): what to do next,
with the buttons that do it. A page keeps one and shows or hides it on every reload."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from colead_desktop.ui.context import AppContext
from colead_desktop.ui.style import set_role
from colead_desktop.ui.widgets import button


class EmptyState(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_empty")
        set_role(self, "empty_state")
        self.message = QLabel(objectName=f"{name}_empty_message")
        self.message.setWordWrap(True)
        self._buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons)
        self.hide()

    def show_state(self, message: str, actions: Sequence[tuple[str, str, Callable[[], object]]]) -> None:
        """Show `message` with a button per (text, objectName, slot)."""
        while (item := self._buttons.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:  # hidden at once: deleteLater waits for the event loop, over the new buttons
                widget.hide()
                widget.deleteLater()
        self.message.setText(message)
        for text, name, slot in actions:
            self._buttons.addWidget(button(text, name, slot))
        self._buttons.addStretch(1)
        self.show()

    def no_programme(self, ctx: AppContext) -> None:
        """The state of every page on a database without a programme."""
        self.show_state(self.tr("プログラムがまだありません。新しいプログラムを作成するか、デモを読み込んでください。"),
                        [(self.tr("新しいプログラム…"), "empty_new_programme", lambda: ctx.request("new_programme")),
                         (self.tr("デモを読み込む"), "empty_load_demo", lambda: ctx.request("load_demo"))])
