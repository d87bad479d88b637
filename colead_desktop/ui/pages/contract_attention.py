"""The dashboard's 「契約の対応待ち」: contracts to send or sign, expiring or expired, and agreed pairs without an
NDA (services/contracts.attention), soonest first; hidden when nothing waits."""

from __future__ import annotations

from collections.abc import Callable

import html

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.services import contracts
from colead_desktop.ui.context import AppContext

SHOWN = 8  # lines listed; the rest are counted


class ContractAttention(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="contract_attention")
        self.ctx = ctx
        self.text = QLabel(objectName="contract_attention_text", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def reader(self) -> Callable[[], list[contracts.Attention]]:
        """The read, for the dashboard's worker, of what waits today."""
        db, programme_id = self.ctx.db, self.ctx.programme_id
        return lambda: [] if programme_id is None else contracts.attention(db, programme_id, tokyo_today())

    def show_lines(self, lines: list[contracts.Attention]) -> None:
        self.setVisible(bool(lines))
        shown = [self.tr("{talent} – {company}: {what}").format(
            talent=html.escape(a.talent), company=html.escape(a.company), what=html.escape(a.what))
            + (f"（{a.on.isoformat()}）" if a.on else "") for a in lines[:SHOWN]]
        if len(lines) > SHOWN:
            shown.append(self.tr("ほか {0} 件（マッチングのページで確認できます）").format(len(lines) - SHOWN))
        self.text.setText(self.tr("<b>契約の対応待ち {0} 件</b>").format(len(lines)) + "<br>" + "<br>".join(shown))
