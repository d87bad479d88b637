"""支給方針: the programme's payment policy, regions' overrides and the dated rates (worksheet B-5 choices).

The dialog edits a copy of every policy (services.payment_policy.PolicyBook); OK saves them all in one
transaction, which writes the audit log and recomputes draft statements. Rate entries an approved
statement used are refused here already, with the service's message, so the user learns it at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QWidget)

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import HonorariumScope, Rates, TravelRule
from colead_desktop.services import payment_policy as policy
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.number_input import YenSpin, refused_amount
from colead_desktop.ui.payments.widgets import item, selected_data, yen, yen_spin
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.irreversible import confirm_irreversible
from colead_desktop.ui.unsaved import DiscardGuard
from colead_desktop.ui.widgets import date_edit, to_date

NOT_APPLICABLE = "—"


class RateDialog(QDialog):
    """One dated rate entry: the amounts in force from its effective date until the next entry's."""

    def __init__(self, rates: Rates, travel_rule: TravelRule, parent: QWidget | None = None,
                 editing: bool = False, scope: str = "") -> None:
        super().__init__(parent)
        self.scope = scope
        title = self.tr("料率の編集") if editing else self.tr("料率の追加")
        self.setWindowTitle(self.tr("{title}（{scope}）").format(title=title, scope=scope) if scope else title)
        self.setMinimumWidth(380)
        self.entry_id = rates.entry_id
        form = QFormLayout(self)
        self.effective_from = date_edit(rates.effective_from, "rate_effective_from")
        per_day, yen_suffix = self.tr(" 円/日"), self.tr(" 円")
        self.per_diem = yen_spin("rate_per_diem", per_day)
        self.honorarium_daily = yen_spin("rate_honorarium_daily", per_day)
        self.honorarium_cap = yen_spin("rate_honorarium_cap", yen_suffix)
        self.travel_cap = yen_spin("rate_travel_cap", yen_suffix)
        self.travel_fixed = yen_spin("rate_travel_fixed", yen_suffix)
        for spin, value in ((self.per_diem, rates.per_diem_yen), (self.honorarium_daily, rates.honorarium_daily_yen),
                            (self.honorarium_cap, rates.honorarium_cap_yen), (self.travel_cap, rates.travel_cap_yen),
                            (self.travel_fixed, rates.travel_fixed_yen)):
            spin.setValue(value)
        self.travel_cap.setEnabled(travel_rule is TravelRule.ACTUAL_CAPPED)
        self.travel_fixed.setEnabled(travel_rule is TravelRule.FIXED)
        hint = QLabel(self.tr("旅費の上限額は「上限を決めて実費支給」、定額は「定額支給」のときに使います。"))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        form.addRow(self.tr("適用開始日"), self.effective_from)
        form.addRow(self.tr("日当（ツアー参加日）"), self.per_diem)
        form.addRow(self.tr("謝金 日額"), self.honorarium_daily)
        form.addRow(self.tr("謝金 上限（1人あたり）"), self.honorarium_cap)
        form.addRow(self.tr("旅費 上限額（1人あたり）"), self.travel_cap)
        form.addRow(self.tr("旅費 定額（1人あたり）"), self.travel_fixed)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._guard = DiscardGuard(self, self.rates)

    def rates(self) -> Rates:
        return Rates(self.entry_id, to_date(self.effective_from.date()), self.per_diem.value(),
                     self.honorarium_daily.value(), self.honorarium_cap.value(), self.travel_cap.value(),
                     self.travel_fixed.value())

    def accept(self) -> None:
        """Refused while an amount is over its limit, naming the field: the spin box keeps the typed text, but
        its value is the last one it took, and the policy would have stored that without a word."""
        for spin in self.findChildren(YenSpin):
            set_state(spin, "invalid" if spin.problem() is not None else "")
        if (refused := refused_amount(self)) is not None:
            QMessageBox.warning(self, self.tr("料率を確定できません"), "\n".join(filter(None, (self.scope, refused))))
            return
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()


class PolicyDialog(QDialog):
    """The layout is forms/policy_dialog.ui; the choices, rows and behaviour are here."""

    def __init__(self, db: Database, programme_id: int, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policy_dialog")
        adopt_form("policy_dialog", self)
        self.db, self.who = db, who
        self.recomputed: list[str] = []
        book = policy.load_policies(db, programme_id)
        self.programme_id = book.programme_id
        self.programme = book.programme
        self.preset_rates = book.preset
        self.regions = {r.region_id: r.settings for r in book.regions}
        self.region_names = {r.region_id: r.name for r in book.regions}

        self.scope = child(self, QComboBox, "policy_scope")
        self.scope.addItem(self.tr("プログラム全体"), None)
        for region_id, name in self.region_names.items():
            self.scope.addItem(self.tr("地域: {name}").format(name=name), region_id)
        self.scope.currentIndexChanged.connect(lambda _i: self._show())
        self.override = child(self, QCheckBox, "policy_override")
        self.override.toggled.connect(self._override_toggled)
        self.scope_note = child(self, QLabel, "policy_scope_note")

        self.rules_box = child(self, QGroupBox, "rules_box")
        self.travel = child(self, QComboBox, "policy_travel_rule")
        for rule in TravelRule:
            self.travel.addItem(rule.label, rule.value)
        self.honorarium = child(self, QComboBox, "policy_honorarium_scope")
        for scope in HonorariumScope:
            self.honorarium.addItem(scope.label, scope.value)
        self.withhold = child(self, QCheckBox, "policy_withhold")
        self.reason = child(self, QLineEdit, "policy_exclusion_reason")
        self.travel.currentIndexChanged.connect(lambda _i: self._rules_changed())
        self.honorarium.currentIndexChanged.connect(lambda _i: self._rules_changed())
        self.withhold.toggled.connect(lambda _on: self._rules_changed())
        self.reason.textChanged.connect(lambda _t: self._rules_changed())

        self.rates_box = child(self, QGroupBox, "rates_box")
        self.rates_table = child(self, QTableWidget, "policy_rates")
        # Designer has no per-section resize mode: the columns fit their amounts (the form stretches the last)
        self.rates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rates_table.cellDoubleClicked.connect(lambda _r, _c: self.edit_rate())
        self.rate_add = child(self, QPushButton, "rate_add")
        self.rate_add.clicked.connect(self.add_rate)
        self.rate_edit = child(self, QPushButton, "rate_edit")
        self.rate_edit.clicked.connect(self.edit_rate)
        self.rate_delete = child(self, QPushButton, "rate_delete")
        self.rate_delete.clicked.connect(self.delete_rate)

        # who may approve is the programme's rule (two people unless a one-person secretariat allows one)
        self.single_approver = child(self, QCheckBox, "policy_single_approver")
        self.single_approver.setChecked(book.single_approver)
        self.preset = child(self, QPushButton, "policy_preset")
        self.preset.clicked.connect(self.apply_preset)
        self.buttons = child(self, QDialogButtonBox, "button_box")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show()
        self._guard = DiscardGuard(self, self.book)

    # ------------------------------------------------------------ the policy being edited

    @property
    def region_id(self) -> int | None:
        return self.scope.currentData()

    def current(self) -> policy.PolicySettings:
        """What applies to the chosen scope: a region without an override shows the programme's policy."""
        if self.region_id is None:
            return self.programme
        return self.regions[self.region_id] or self.programme

    def editable(self) -> bool:
        return self.region_id is None or self.regions[self.region_id] is not None

    def _store(self, settings: policy.PolicySettings, refresh: bool = True) -> None:
        settings = replace(settings, rates=tuple(sorted(settings.rates, key=lambda e: e.rates.effective_from)))
        if self.region_id is None:
            self.programme = settings
        else:
            self.regions[self.region_id] = settings
        if refresh:  # not while the user types the reason: re-setting the text would move the cursor
            self._show()

    def _show(self) -> None:
        settings, editable = self.current(), self.editable()
        widgets = (self.travel, self.honorarium, self.withhold, self.reason, self.override)
        for widget in widgets:
            widget.blockSignals(True)
        self.override.setVisible(self.region_id is not None)
        self.override.setChecked(self.region_id is not None and editable)
        if self.region_id is None:
            self.scope_note.setText(self.tr("地域独自の方針がない地域の人材すべてに適用されます。"))
        elif editable:
            self.scope_note.setText(self.tr("{name}の人材にはこの方針が適用されます。").format(
                name=self.region_names[self.region_id]))
        else:
            self.scope_note.setText(self.tr("{name}はプログラム全体の方針を使っています（下は表示のみ）。").format(
                name=self.region_names[self.region_id]))
        self.travel.setCurrentIndex(self.travel.findData(settings.travel_rule.value))
        self.honorarium.setCurrentIndex(self.honorarium.findData(settings.honorarium_scope.value))
        self.withhold.setChecked(settings.withhold_reimbursements)
        self.reason.setText(settings.exclusion_reason)
        self.reason.setEnabled(editable and not settings.withhold_reimbursements)
        for widget in widgets:
            widget.blockSignals(False)
        for part in (self.rules_box, self.rates_box, self.preset):
            part.setEnabled(editable)
        self.reason.setEnabled(editable and not settings.withhold_reimbursements)
        self._show_rates(settings)

    def _show_rates(self, settings: policy.PolicySettings) -> None:
        """The travel cap and fixed amount only mean something under their own travel rule: "—" otherwise,
        as the rate editor disables those fields (a 0 would read as "nothing is paid")."""
        def travel(amount: int, rule: TravelRule) -> str:
            return yen(amount) if settings.travel_rule is rule else NOT_APPLICABLE

        self.rates_table.setRowCount(len(settings.rates))
        for row, entry in enumerate(settings.rates):
            r = entry.rates
            cells = [item(r.effective_from.isoformat(), data=row), item(r.entry_id or self.tr("（新規）")),
                     item(yen(r.per_diem_yen), True), item(yen(r.honorarium_daily_yen), True),
                     item(yen(r.honorarium_cap_yen), True),
                     item(travel(r.travel_cap_yen, TravelRule.ACTUAL_CAPPED), True),
                     item(travel(r.travel_fixed_yen, TravelRule.FIXED), True),
                     item(self._used_text(entry.used_by))]
            for column, cell in enumerate(cells):
                self.rates_table.setItem(row, column, cell)

    def _used_text(self, used_by: tuple[str, ...]) -> str:
        if not used_by:
            return ""
        if len(used_by) <= 2:
            return "、".join(used_by)
        return self.tr("{first} ほか{n}件").format(first=used_by[0], n=len(used_by) - 1)

    def _rules_changed(self) -> None:
        if not self.editable():
            return
        withhold = self.withhold.isChecked()
        self.reason.setEnabled(not withhold)
        self._store(replace(self.current(), travel_rule=TravelRule(self.travel.currentData()),
                            honorarium_scope=HonorariumScope(self.honorarium.currentData()),
                            withhold_reimbursements=withhold, exclusion_reason=self.reason.text()),
                    refresh=False)
        self._show_rates(self.current())  # the travel columns follow the travel rule

    def _override_toggled(self, on: bool) -> None:
        region_id = self.region_id
        if region_id is None:
            return
        current = self.regions[region_id]
        if on:
            self.regions[region_id] = policy.copied_for_region(self.programme)
        elif current is not None:
            used = next((e for e in current.rates if e.used_by), None)
            if used is not None:
                self._refuse(used)
            else:
                self.regions[region_id] = None
        self._show()

    # ------------------------------------------------------------ rates

    def _refuse(self, entry: policy.RateEntry) -> None:
        QMessageBox.warning(self, self.tr("料率を変更できません"),
                            policy.in_use_message(entry.rates.entry_id, entry.rates.effective_from, entry.used_by))

    def _changeable(self) -> tuple[int, policy.RateEntry] | None:
        """The selected rate entry, unless an approved statement used it (then the refusal is shown)."""
        index = selected_data(self.rates_table)
        if index is None:
            return None
        entry = self.current().rates[index]
        if entry.used_by:
            self._refuse(entry)
            return None
        return index, entry

    def add_rate(self) -> None:
        settings = self.current()
        latest = settings.rates[-1].rates if settings.rates else self.preset_rates
        start = max(tokyo_today(), latest.effective_from + timedelta(days=1))
        rates = self._ask_rates(replace(latest, entry_id="", effective_from=start), editing=False)
        if rates is not None:
            self._store(replace(settings, rates=settings.rates + (policy.RateEntry(None, rates),)))

    def edit_rate(self) -> None:
        chosen = self._changeable()
        if chosen is None:
            return
        index, entry = chosen
        edited = self._ask_rates(entry.rates, editing=True)
        if edited is not None:
            rates = list(self.current().rates)
            rates[index] = replace(entry, rates=edited)
            self._store(replace(self.current(), rates=tuple(rates)))

    def _ask_rates(self, rates: Rates, editing: bool) -> Rates | None:
        """The rate entry as the user accepts it in its dialog (titled with the scope: the region it is for),
        or None when cancelled. The dialog goes once read, so no closed one lingers among this one's children."""
        dialog = RateDialog(rates, self.current().travel_rule, self, editing, self.scope.currentText())
        try:
            return dialog.rates() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def delete_rate(self) -> None:
        chosen = self._changeable()
        if chosen is None:
            return
        index = chosen[0]
        rates = self.current().rates
        self._store(replace(self.current(), rates=rates[:index] + rates[index + 1:]))

    def apply_preset(self) -> None:
        self._store(policy.preset_settings(self.current(), self.preset_rates))

    # ------------------------------------------------------------ saving

    def book(self) -> policy.PolicyBook:
        return policy.PolicyBook(self.programme_id, self.programme, tuple(
            policy.RegionPolicy(region_id, self.region_names[region_id], settings)
            for region_id, settings in self.regions.items()), self.single_approver.isChecked(), self.preset_rates)

    def accept(self) -> None:
        # an exact undo would have to put every recomputed draft back as it was, numbers included: asked instead
        if self._guard.changed() and not confirm_irreversible(self, self.tr("支給方針"), self.tr(
                "支給方針を保存し、下書きの支払明細書をこの方針で再計算しますか？")):
            return
        try:
            self.recomputed = policy.save_policies(self.db, self.who, self.book())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("支給方針を保存できません"), str(exc))
            return
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()
