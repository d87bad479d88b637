"""出力言語: the language choice beside a group of exports (meetup documents, tours, payments).

It starts at the app language (ファイル > 設定) and changes only the files written from there; the window keeps
its language. Each export's work is wrapped with `wrap`, which runs it in the chosen language on the job's
thread (domain.i18n.output_language). Forms that stay Japanese (B-5, 支払調書) are named under the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from colead_desktop.domain.i18n import Language, in_language, language

T = TypeVar("T")


class OutputLanguageBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="output_language_box")
        self.combo = QComboBox(objectName="output_language")
        self.combo.addItem("日本語", "ja")
        self.combo.addItem("English", "en")
        self.combo.setCurrentIndex(self.combo.findData(language()))
        self.combo.setToolTip(self.tr("書き出すファイルの言語（既定はアプリの言語）。英語では日付を西暦で書きます"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("出力言語")))
        row.addWidget(self.combo)
        row.addStretch(1)

    def language(self) -> Language:
        return "en" if self.combo.currentData() == "en" else "ja"

    def set_language(self, lang: Language) -> None:
        self.combo.setCurrentIndex(self.combo.findData(lang))

    def wrap(self, work: Callable[..., T]) -> Callable[..., T]:
        """`work` to run (on another thread) in the language chosen now."""
        return in_language(self.language(), work)
