"""The line a page shows over a record checked out to someone's offline copy (持ち出し).

Another login's hold makes the record read-only here (the database refuses the write anyway, db/team_sql.py);
the holder's own hold is only noted, since they may be back on the network before their trip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from colead_desktop.services.offline_holds import HoldInfo
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.widgets import enable


class HoldBanner(QLabel):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        set_role(self, "note")
        set_state(self, "warning")
        self.hide()

    def show_hold(self, hold: HoldInfo | None, me: str) -> bool:
        """Show `hold` (None: hide); whether the record is read-only for `me`."""
        if hold is None:
            self.hide()
            return False
        others = hold.login != me
        self.setText(self.tr("{0} — 読み取り専用です。変更は持ち帰りの後にできます").format(hold.text) if others
                     else self.tr("{0}（あなたの持ち出し。ここでの変更は持ち帰りで競合になります）").format(hold.text))
        self.show()
        return others

    def lock(self, read_only: bool, *widgets: QWidget) -> None:
        """Disable `widgets` while the record is held by someone else, the tooltip saying who holds it."""
        if read_only:
            for widget in widgets:
                enable(widget, False, self.text())
