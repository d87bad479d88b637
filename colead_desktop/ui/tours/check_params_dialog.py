"""チェック設定: the programme's check parameters, visible and editable — the base-venue facilities the
guideline requires, and how travel times are estimated per transport mode. 「既定に戻す」 restores the defaults.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QHeaderView, QLabel, QTableWidget, QTimeEdit, QVBoxLayout,
                               QWidget)

from colead_desktop.domain.tourcheck import DEFAULT_CHECKS, CheckParams
from colead_desktop.domain.travel import ModeProfile, TravelParams
from colead_desktop.domain.types import Facility, TransportMode
from colead_desktop.ui.style import set_role
from colead_desktop.ui.unsaved import DiscardGuard

# (ModeProfile field, minimum, maximum, step, decimals, prefix, suffix), in the table's column order; None: minutes
_COLUMNS = (("speed_kmh", 1.0, 200.0, 1.0, 0, "", " km/h"), ("detour", 1.0, 3.0, 0.05, 2, "×", ""),
            ("overhead_min", 0.0, 180.0, 1.0, 0, "", None))


def _spin(low: float, high: float, step: float, decimals: int, suffix: str, name: str,
          prefix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)
    return spin


class CheckParamsDialog(QDialog):
    def __init__(self, params: CheckParams, programme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_check_params_dialog")
        self.setWindowTitle(self.tr("チェック設定"))
        self.params = params
        self.facilities = {f: QCheckBox(f.label, objectName=f"required_{f.value}") for f in Facility}
        facility_box = QGroupBox(self.tr("拠点会場に必要な設備（venue.facility_missing）"))
        grid = QGridLayout(facility_box)
        for n, box in enumerate(self.facilities.values()):
            grid.addWidget(box, n // 3, n % 3)
        self.table = QTableWidget(len(TransportMode), len(_COLUMNS), objectName="mode_table")
        self.table.setHorizontalHeaderLabels([self.tr("平均速度"), self.tr("迂回係数"), self.tr("乗降・駐車の時間")])
        self.table.setVerticalHeaderLabels([mode.label for mode in TransportMode])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.spins: dict[tuple[TransportMode, str], QDoubleSpinBox] = {}
        for row, mode in enumerate(TransportMode):
            for column, (field, low, high, step, decimals, prefix, suffix) in enumerate(_COLUMNS):
                spin = _spin(low, high, step, decimals, self.tr(" 分") if suffix is None else suffix,
                             f"{mode.value}_{field}", prefix)
                self.spins[(mode, field)] = spin
                self.table.setCellWidget(row, column, spin)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(self.table.verticalHeader().length() + self.table.horizontalHeader().sizeHint().height()
                                  + 2 * self.table.frameWidth())
        self.transit_km = _spin(1.0, 200.0, 1.0, 0, " km", "public_transit_max_km")
        self.morning_end = QTimeEdit(objectName="morning_end")
        self.morning_end.setDisplayFormat("HH:mm")
        travel_box = QGroupBox(self.tr("移動時間の見積もり（transport.travel_time）"))
        travel_layout = QVBoxLayout(travel_box)
        explanation = QLabel(self.tr("所要時間 = 直線距離 × 迂回係数 ÷ 平均速度 ＋ 乗降・駐車の時間"))
        set_role(explanation, "hint")
        travel_layout.addWidget(explanation)
        travel_layout.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("公共交通機関で警告する距離（transport.public_transit）"), self.transit_km)
        form.addRow(self.tr("リモートワーク用の午前の終わり（structure.remote_morning）"), self.morning_end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(self.tr("既定に戻す"))
        defaults.setObjectName("restore_defaults")
        defaults.clicked.connect(lambda _checked=False: self.show_params(DEFAULT_CHECKS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("「{0}」のすべてのツアーに適用されます。").format(programme)))
        layout.addWidget(facility_box)
        layout.addWidget(travel_box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.show_params(params)
        self.resize(640, self.sizeHint().height())
        self._guard = DiscardGuard(self, self.result_params)

    def show_params(self, params: CheckParams) -> None:
        for facility, box in self.facilities.items():
            box.setChecked(facility in params.required_facilities)
        for (mode, field), spin in self.spins.items():
            spin.setValue(getattr(params.travel.profile(mode), field))
        self.transit_km.setValue(params.travel.public_transit_max_km)
        self.morning_end.setTime(QTime(params.morning_end.hour, params.morning_end.minute))

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_params(self) -> CheckParams:
        profiles = {mode.value: ModeProfile(**{f.name: self.spins[(mode, f.name)].value() for f in fields(ModeProfile)})
                    for mode in TransportMode}
        travel = TravelParams(**profiles, public_transit_max_km=self.transit_km.value(),
                              severe_ratio=self.params.travel.severe_ratio)
        return CheckParams(frozenset(f for f, box in self.facilities.items() if box.isChecked()), travel,
                           self.morning_end.time().toPython())
