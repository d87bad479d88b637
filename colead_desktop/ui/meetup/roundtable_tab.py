"""ラウンドテーブル tab: the seating grid, planner controls, live constraint feedback and metrics.

Every change (drag, pin, replan, a new mode, round count or seed, the setup editors) is checked at once
(domain.roundtables.check_plan via the service) and saved, so the documents tab and the exports always print
what the grid shows. Each is one step on the window's undo stack (編集 > 元に戻す names it), written only
over the setup and plan as that step left them (services/meetup_grid.replace_planning), so a change made
meanwhile in another window or instance is never overwritten: the step is refused and the tab shows the
stored plan.

Planning runs on the job runner, off the GUI thread (the exact model takes seconds on a 16-talent meetup),
with progress and Cancel. While it runs the controls and the grid are disabled, so a second click cannot
start a second plan nor a drag change the plan the result replaces; a cancelled plan leaves the previous one.
The result of a plan becomes an undo step when it is applied; if an undo changed the stored plan while the
job ran, the result is refused like any step whose starting state is gone.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from colead_desktop.domain.agenda import Agenda, round_slots
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.progress import Cancelled, Progress
from colead_desktop.domain import roundtables_repair as repair
from colead_desktop.domain.roundtables import Plan
from colead_desktop.domain.roundtables_check import Violation
from colead_desktop.domain.roundtables_explain import METRIC_KEYS, explain_chip, metric_details
from colead_desktop.domain.types import SkillType
from colead_desktop.services import meetup as service
from colead_desktop.services import meetup_grid as rules
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.ui import palette
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.failures import show_exception
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.meetup.grid import RoundGrid, chip_look
from colead_desktop.ui.meetup.setup_dialog import SetupDialog
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.undo import CheckedChange
from colead_desktop.ui.widgets import enable


class _PlanningChange(CheckedChange[rules.Planning]):
    """One round-table change; redo and undo write the setup and plan of the event it was made on, if nobody
    else changed them meanwhile."""

    def __init__(self, tab: RoundTableTab, event_id: int, before: rules.Planning, after: rules.Planning,
                 text: str) -> None:
        # store() shows what it wrote, so nothing more to refresh after a step, except a refused one
        super().__init__(before, after, text, lambda: None, tab.refused)
        self.tab, self.event_id = tab, event_id

    def write(self, source: rules.Planning, target: rules.Planning) -> rules.Planning:
        return self.tab.store(self.event_id, source, target)


class _SetupChange(CheckedChange[edits.SetupState]):
    """One 「保存して再計画」 of the setup editors (written by the dialog when pushed); undo and redo move the
    whole setup, plan and region preferences, if nobody else changed them meanwhile."""

    def __init__(self, tab: RoundTableTab, event_id: int, before: edits.SetupState, after: edits.SetupState,
                 text: str) -> None:
        super().__init__(before, after, text, lambda: None, tab.refused, written=True)
        self.tab, self.event_id = tab, event_id

    def write(self, source: edits.SetupState, target: edits.SetupState) -> edits.SetupState:
        stored = edits.replace_setup(self.tab.db, self.event_id, source, target)
        if self.event_id == self.tab.event_id:
            self.tab.load(self.event_id)
        self.tab.changed.emit()
        return stored


class _DefaultTables(CheckedChange[edits.SetupState | None]):
    """「地域ごとのテーブルで設定する」 (written by the job when pushed): its undo takes the event's round tables
    away again, its redo puts the same setup and plan back, each only if nobody changed them meanwhile."""

    def __init__(self, tab: RoundTableTab, event_id: int, after: edits.SetupState, text: str) -> None:
        super().__init__(None, after, text, lambda: None, tab.refused, written=True)
        self.tab, self.event_id = tab, event_id

    def write(self, source: edits.SetupState | None, target: edits.SetupState | None) -> edits.SetupState | None:
        if target is None:
            assert source is not None
            edits.remove_setup(self.tab.db, self.event_id, source)
            stored = None
        else:
            stored = edits.put_setup_back(self.tab.db, self.event_id, target)
        if self.event_id == self.tab.event_id:
            self.tab.load(self.event_id)
        self.tab.changed.emit()
        return stored


class RoundTableTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundtable_tab")
        self.db = ctx.db
        self.runner = ctx.runner
        self.undo_stack = ctx.undo_stack
        self.planning = 0
        """Plan jobs submitted and not yet finished; the controls stay disabled while there is one."""
        self._shown = 0
        """Counts the events shown (`load`): a plan job started for an earlier one drops its result."""
        self.event_id: int | None = None
        self.setup: setups.RoundSetup | None = None
        self.plan: Plan | None = None
        self.stored: rules.Planning | None = None
        """The setup and plan as the database holds them (last read or written here): where the next step starts.
        Differs from the shown ones only while a plan made on loading is shown unsaved."""
        self.problems: list[Violation] = []
        self.outside = edits.Outside()
        """Talents of the programme in no round: recorded absent, or not in the setup yet (「再計画」 seats them)."""
        self.chosen: tuple[str, int] | None = None
        """The chip (talent, round) the feedback panel explains; kept across redraws while it exists."""
        self.details: dict[str, list[str]] = {}
        """The cases behind each metric, listed when the metric is clicked."""
        self.details_dialog: QDialog | None = None
        self._filling = False

        adopt_form("roundtable_tab", self)
        self.mode_combo = child(self, QComboBox, "rt_mode")
        self.mode_combo.addItem(self.tr("固定グループで巡回"), "fixed_groups")
        self.mode_combo.addItem(self.tr("毎回シャッフル（交流重視）"), "mix")
        self.rounds_spin = child(self, QSpinBox, "rt_rounds")
        self.seed_spin = child(self, QSpinBox, "rt_seed")
        self.solve_button = child(self, QPushButton, "rt_solve")
        self.solve_button.clicked.connect(self.solve)
        self.replan_button = child(self, QPushButton, "rt_replan")
        self.replan_button.clicked.connect(self.replan)
        self.setup_buttons = [child(self, QPushButton, f"rt_setup_{page}") for page in ("tables", "talents", "apart")]
        for page, button in zip(("tables", "talents", "apart"), self.setup_buttons, strict=True):
            button.clicked.connect(lambda _c=False, p=page: self.open_setup(p))
        self.mode_combo.currentIndexChanged.connect(self._settings_changed)
        self.rounds_spin.valueChanged.connect(self._settings_changed)  # no keyboard tracking: "12" plans once
        self.seed_spin.valueChanged.connect(self._settings_changed)
        self.grid = RoundGrid()
        self.grid.moved.connect(self.move_talent)
        self.grid.pin_toggled.connect(self.toggle_pin)
        self.grid.chosen.connect(self.choose_chip)
        child(self, QScrollArea, "rt_grid_scroll").setWidget(self.grid)
        self.absent_label = child(self, QLabel, "rt_absent")
        self.empty_label = child(self, QLabel, "rt_empty")
        self.create_button = child(self, QPushButton, "rt_create")
        self.create_button.clicked.connect(self.create_default)
        self.metric_labels = {key: child(self, QLabel, f"metric_{key}") for key in METRIC_KEYS}
        self._metric_of: dict[QObject, str] = {}
        for key, value_label in self.metric_labels.items():
            for label in (value_label, child(self, QLabel, f"metric_{key}_label")):
                self._metric_of[label] = key
                label.installEventFilter(self)  # a click on the number or its caption lists the cases
        self.bound_label = child(self, QLabel, "metric_repeat_pairs_bound")
        set_role(self.bound_label, "hint")
        legend = child(self, QVBoxLayout, "legend_layout")
        for i, skill in enumerate(SkillType):  # before the pinned-chip sample the form ends with
            chip = QLabel(skill.label)
            chip_look(chip, skill.value, pinned=False)
            legend.insertWidget(i, chip)
        self.status_label = child(self, QLabel, "rt_status")
        self.feedback = child(self, QListWidget, "rt_feedback")

    # --- loading ----------------------------------------------------------------------------------------
    def load(self, event_id: int | None) -> None:
        self._shown += 1
        self.event_id = event_id
        self.setup = setups.load_setup(self.db, event_id) if event_id is not None else None
        self.plan = setups.load_plan(self.db, event_id) if self.setup is not None and event_id is not None else None
        self.outside = (edits.outside(self.db, event_id) if self.setup is not None and event_id is not None
                        else edits.Outside())
        self.stored = None if self.setup is None else rules.Planning(self.setup, self.plan)
        has = self.setup is not None
        self.empty_label.setVisible(not has and event_id is not None)
        self.create_button.setVisible(not has and event_id is not None)
        self._update_controls()
        if self.setup is not None:
            self._show_settings(self.setup)
        self.refresh()
        if self.setup is not None and self.plan is None:
            setup = self.setup
            self._plan(setup, lambda progress: setups.solve(setup, progress), None)

    def _update_controls(self) -> None:
        """The planner controls and the grid: usable with a setup and no plan job running, else saying why not."""
        on = self.setup is not None and not self.planning
        why = (self.tr("計画中です") if self.planning
               else self.tr("先に「地域ごとのテーブルで設定する」でテーブルを用意してください")
               if self.event_id is not None else self.tr("イベントを選んでください"))
        for widget in (self.mode_combo, self.rounds_spin, self.seed_spin, self.solve_button, self.replan_button,
                       *self.setup_buttons):
            enable(widget, on, why)
        enable(self.create_button, not self.planning, why)
        self.grid.setEnabled(on)

    def _show_settings(self, setup: setups.RoundSetup) -> None:
        self._filling = True
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(setup.mode)))
        self.rounds_spin.setValue(setup.rounds)
        self.seed_spin.setValue(setup.seed)
        self._filling = False

    def _round_titles(self, agenda: Agenda | None) -> list[str]:
        slots = round_slots(agenda) if agenda is not None else ()
        titles = [self.tr("第{0}ラウンド").format(i) for i in range(1, (self.setup.rounds if self.setup else 0) + 1)]
        for i, slot in enumerate(slots[: len(titles)]):
            titles[i] += f"\n{slot.start:%H:%M}–{slot.end:%H:%M}"
        return titles

    def refresh(self) -> None:
        """Re-check the plan and redraw the grid, the feedback and the metrics."""
        setup, plan = self.setup, self.plan
        if setup is None or plan is None:
            self.grid.set_capacities({})
            self.grid.show_plan([], [], [], {})
            self.feedback.clear()
            self.status_label.setText("")
            self.absent_label.hide()
            self.details, self.chosen = {}, None
            for label in self.metric_labels.values():
                label.setText("-")
                label.setToolTip("")
                label.setCursor(Qt.CursorShape.ArrowCursor)
            self.bound_label.setText("")
            return
        agenda = service.load_agenda(self.db, self.event_id) if self.event_id is not None else None
        self.problems = rules.check(setup, plan, agenda)
        skills = {t.label: t.skill for t in setup.talents}
        tables = [(t.name, "<b>{}</b> {}<br><span style='color:{}'>{}</span>".format(
            html.escape(t.name), self.tr("（人材 {0}名まで）").format(t.capacity), palette.HINT_TEXT,
            html.escape("、".join(t.staff))))
            for t in setup.tables]
        rounds = []
        for r, seating in enumerate(plan.rounds, start=1):
            rounds.append({name: [(p, skills.get(p, ""), SkillType.label_of(skills.get(p, "")), setup.pinned(p, r) == name)
                                  for p in people] for name, people in seating.items()})
        self.grid.set_capacities({t.name: t.capacity for t in setup.tables})
        self.grid.show_plan(tables, rounds, self._round_titles(agenda), rules.by_cell(self.problems))
        new, archived = self.outside.new, self.outside.archived
        lines = [self.tr("計画にまだ入っていない人材 {0}名: {1}（「再計画」で全ラウンドに加わります）").format(
            len(new), "、".join(new))] if new else []
        if archived:  # out of the seats and the documents already; the stored plan still names them
            lines.append(self.tr("アーカイブされた人材 {0}名: {1}（席から外しました。「再計画」で計画を保存し直してください）")
                         .format(len(archived), "、".join(archived)))
        if self.outside.absent:
            lines.append(self.tr("不参加: 全ラウンド {0}").format("、".join(self.outside.absent)))
        lines += [self.tr("不参加: 第{0}ラウンド {1}").format(r, "、".join(names))
                  for r, names in rules.not_seated(setup, plan)]
        self.absent_label.setText("\n".join(lines))
        self.absent_label.setVisible(bool(lines))
        set_state(self.absent_label, "warning" if new or archived else "")  # a plan to redo, not an absence
        metrics = plan.metrics
        self.details = metric_details(setup.plan_input(), plan.rounds)
        for key, label in self.metric_labels.items():
            label.setText(str(getattr(metrics, key)))
            label.setToolTip(self._details_tip(key))
            label.setCursor(Qt.CursorShape.PointingHandCursor if self.details[key] else Qt.CursorShape.ArrowCursor)
        self._show_bound(plan)
        if self.problems:
            self.status_label.setText(self.tr("制約違反 {0}件").format(len(self.problems)))
            set_state(self.status_label, "error")
        else:
            self.status_label.setText(self.tr("制約はすべて満たされています（固定 {0}件・同席禁止 {1}組）").format(
                len(setup.pins), len(setup.apart)))
            set_state(self.status_label, "ok")
        if self.chosen is not None and self.grid.chip(*self.chosen) is None:
            self.chosen = None  # the talent left that round (setup edited): nothing to explain
        self._show_feedback()

    def _show_feedback(self) -> None:
        """The broken rules first, then what holds the chosen chip in its seat, or how to choose one."""
        self.grid.set_chosen(self.chosen)
        self.feedback.clear()
        for violation in self.problems:
            self._note(violation.message, palette.ERROR_TEXT)
        if self.setup is None or self.plan is None:
            return
        if self.chosen is None:
            self._note(self.tr("チップをクリックすると、その人の固定・希望地域・同席禁止・制約をここに表示します"),
                       palette.HINT_TEXT)
            return
        person, round_no = self.chosen
        for line, broken in explain_chip(self.setup.plan_input(), self.plan.rounds, person, round_no, self.problems):
            self._note(line, palette.ERROR_TEXT if broken else palette.TEXT)

    def choose_chip(self, person: str, round_no: int) -> None:
        self.chosen = (person, round_no)
        self._show_feedback()

    def _details_tip(self, key: str) -> str:
        lines = self.details.get(key, [])
        if not lines:
            return self.tr("該当なし")
        shown = lines[:10]
        if len(lines) > len(shown):
            shown.append(self.tr("ほか {0}件（クリックで一覧）").format(len(lines) - len(shown)))
        return "\n".join(shown) + ("" if len(lines) > 10 else "\n" + self.tr("（クリックで一覧）"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self._metric_of:
            self.show_metric(self._metric_of[watched])
            return True
        return super().eventFilter(watched, event)

    def show_metric(self, key: str) -> QDialog | None:
        """A small list of the cases a metric counts (who meets whom twice, whose preferred region is missed)."""
        lines = self.details.get(key, [])
        if not lines:
            return None
        if self.details_dialog is not None:
            self.details_dialog.close()
        dialog = QDialog(self, objectName="rt_metric_details")
        caption = child(self, QLabel, f"metric_{key}_label").text()
        dialog.setWindowTitle(self.tr("{0}: {1}件").format(caption, len(lines)))
        layout = QVBoxLayout(dialog)
        listing = QListWidget(objectName="rt_metric_details_list")
        listing.addItems(lines)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(460, 320)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "details_dialog", None))
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def _show_bound(self, plan: Plan) -> None:
        """「最適」 when the repeats are proven the fewest possible, else the lower bound they are measured against."""
        metrics = plan.metrics
        if metrics.optimal:
            self.bound_label.setText(self.tr("最適"))
            tip = self.tr("再訪・希望の未訪問・再会の順に、これより少ない計画はないことが証明されています")
        else:
            self.bound_label.setText(self.tr("下限 {0}").format(metrics.repeat_pairs_bound))
            tip = self.tr("再訪と希望の未訪問がこの計画以下のどの計画でも、再会は{0}以上です").format(
                metrics.repeat_pairs_bound)
            if metrics.limit_reached:
                tip += "\n" + self.tr("厳密な探索は計算量の上限で打ち切られました（同じ入力なら同じ結果です）")
        set_state(self.bound_label, "ok" if metrics.optimal else "")
        self.bound_label.setToolTip(tip)

    def _note(self, text: str, colour: str, row: int | None = None) -> None:
        """A feedback line, as tall as its wrapped text: the list's own estimate clips wrapped Japanese lines."""
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor(colour)))
        width = self.feedback.viewport().width() - 8
        rect = self.feedback.fontMetrics().boundingRect(QRect(0, 0, width, 0), Qt.TextFlag.TextWrapAnywhere, text)
        item.setSizeHint(QSize(width, rect.height() + 6))
        self.feedback.insertItem(self.feedback.count() if row is None else row, item)

    # --- commands -------------------------------------------------------------------------------------
    def _change(self, after: rules.Planning, text: str, before: rules.Planning | None = None) -> None:
        """Save `after` over `before` (default: the stored state) as one undo step named `text`."""
        before = before or self.stored
        if self.event_id is None or before is None:
            return
        if after.setup == before.setup and after.seats() == before.seats():
            self.refresh()  # nothing to save (a plan like the last one): no empty step in the history
            return
        self.undo_stack.push(_PlanningChange(self, self.event_id, before, after, text))

    def store(self, event_id: int, expected: rules.Planning, wanted: rules.Planning) -> rules.Planning:
        """Save `wanted` over `expected` and show it if the tab shows that event (the undo steps); as stored."""
        stored = rules.replace_planning(self.db, event_id, expected, wanted)
        if event_id == self.event_id:
            self.stored = stored
            self.setup, self.plan = stored.setup, stored.plan
            self._show_settings(stored.setup)
            self.refresh()
        self.changed.emit()
        return stored

    def refused(self, title: str, message: str) -> None:
        """A step met a setup or plan changed elsewhere: show them as stored now, then say why."""
        self.load(self.event_id)
        QMessageBox.warning(self, title, message)

    def _submit(self, label: str, work: Callable[[Progress], object], done: Callable[[object], None],
                failed: Callable[[], None]) -> None:
        """Run `work` on the job runner with the controls disabled; `done(result)` unless the user cancelled,
        the work failed (an InputError is shown, a bug goes to the crash dialog; then `failed()`) or another
        event was shown meanwhile (the result belongs to the one before: dropped)."""
        self.planning += 1
        self._update_controls()
        self.status_label.setText(self.tr("計画中です…"))
        set_state(self.status_label, "")
        shown = self._shown

        def finish() -> bool:
            self.planning -= 1
            self._update_controls()
            return shown == self._shown

        def on_done(result: object) -> None:
            if finish():
                done(result)

        def on_error(exc: BaseException) -> None:
            if not finish():
                return
            self.refresh()  # the status line said 計画中
            if isinstance(exc, Cancelled):
                self.status_label.setText(self.tr("計画を取り消しました（前の計画のままです）"))
                set_state(self.status_label, "")
            elif isinstance(exc, InputError):
                QMessageBox.warning(self, self.tr("計画できません"), str(exc))
            else:
                show_exception(self, exc, self.tr("計画できません"))
            failed()

        self.runner.submit(self, label, work, on_done, on_error)

    def _plan(self, setup: setups.RoundSetup, work: Callable[[Progress], Plan], text: str | None,
              failed: Callable[[], None] = lambda: None) -> None:
        """Plan `setup` off the GUI thread; the plan it makes replaces the shown one, saved as the undo step
        `text` over the state stored when planning started (None: only shown, the plan made on loading)."""
        before = self.stored

        def done(plan: object) -> None:
            assert isinstance(plan, Plan)
            if text is None:
                self.setup, self.plan = setup, plan
                self.refresh()
            else:
                self._change(rules.Planning(setup, plan), text, before)

        self._submit(self.tr("ラウンドテーブルを計画しています…"), work, done, failed)

    def _settings_changed(self) -> None:
        """A new mode, round count or seed plans afresh, keeping the pins. Not a re-plan from the current
        seating: its seats weigh more than the mode's goals, so the grid would look unchanged. When the pins
        do not fit the new settings (or the plan is cancelled), the settings go back to the planned ones."""
        if self._filling or self.setup is None or self.planning:
            return
        setup = replace(self.setup, mode=self.mode_combo.currentData(), rounds=self.rounds_spin.value(),
                        seed=self.seed_spin.value(),
                        pins=tuple(p for p in self.setup.pins if p.round <= self.rounds_spin.value()))
        self._plan(setup, lambda progress: setups.solve(setup, progress), self._settings_text(self.setup, setup),
                   failed=self._restore_settings)

    def _settings_text(self, old: setups.RoundSetup, new: setups.RoundSetup) -> str:
        """The undo text of a settings change: the one setting changed, by name."""
        if old.mode != new.mode:
            return self.tr("モードを「{0}」に変更").format(self.mode_combo.currentText())
        if old.rounds != new.rounds:
            return self.tr("ラウンド数を{0}に変更").format(new.rounds)
        return self.tr("シードを{0}に変更").format(new.seed)

    def _restore_settings(self) -> None:
        if self.setup is not None:
            self._show_settings(self.setup)

    def move_talent(self, label: str, round_no: int, table: str) -> None:
        if self.setup is None or self.plan is None:
            return
        moved = rules.move(self.setup, self.plan, label, round_no, table)
        self._change(rules.Planning(self.setup, moved),
                     self.tr("人材を第{0}ラウンドの{1}へ移動").format(round_no, table))  # a label is a name

    def toggle_pin(self, label: str, round_no: int) -> None:
        if self.setup is None or self.plan is None:
            return
        if self.setup.pinned(label, round_no):
            setup = self.setup.with_pin(label, round_no, None)
            text = self.tr("人材の第{0}ラウンドの固定を解除").format(round_no)
        else:
            seat = next((t for t, people in self.plan.rounds[round_no - 1].items() if label in people), None)
            if seat is None:
                return
            setup = self.setup.with_pin(label, round_no, seat)
            text = self.tr("人材を第{0}ラウンドの{1}に固定").format(round_no, seat)
        self._change(rules.Planning(setup, self.plan), text)

    # A click while a plan runs does nothing: the controls are disabled, and the commands refuse too.
    def solve(self) -> None:
        if (setup := self.setup) is not None and not self.planning:
            self._plan(setup, lambda progress: setups.solve(setup, progress), self.tr("ラウンドテーブルを新しく計画"))

    def replan(self) -> None:
        """「再計画」 (meetup_setup_edit.replan, as `colead roundtables replan`): the talents who joined the programme
        after planning come in, archived ones leave, moving as few people as that needs; a seating already up to
        date is improved from its seats, pins kept. One undo step, as the setup editors' (a 1,000-talent replan
        takes seconds too)."""
        if self.setup is None or self.planning or (event_id := self.event_id) is None:
            return
        if self.plan is None:
            self.solve()
            return
        db, count = self.db, len(self.outside.new)
        text = (self.tr("新しい人材{0}名を加えて再計画").format(count) if count
                else self.tr("アーカイブされた人材を外して再計画") if self.outside.archived
                else self.tr("ラウンドテーブルを再計画"))

        def work(progress: Progress) -> tuple[edits.SetupState, edits.AppliedSetup]:
            return edits.setup_state(db, event_id), edits.replan(db, event_id, progress)

        def done(result: object) -> None:
            assert isinstance(result, tuple)  # the pair `work` returns
            before, applied = result
            self._applied(event_id, before, applied, text)

        self._submit(self.tr("ラウンドテーブルを計画しています…"), work, done, lambda: None)

    def open_setup(self, page: str) -> SetupDialog | None:
        """The setup editors on `page`; when saved, the tab shows the re-planned seating."""
        if self.event_id is None or self.setup is None:
            return None
        dialog = SetupDialog(self.db, self.runner, self.event_id, self.setup.rounds, page, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._setup_applied(dialog))
        dialog.open()
        return dialog

    def _setup_applied(self, dialog: SetupDialog) -> None:
        if dialog.applied is not None and dialog.before is not None:
            self._applied(dialog.event_id, dialog.before, dialog.applied, self.tr("ラウンドテーブルの設定を変更"))

    def _applied(self, event_id: int, before: edits.SetupState, applied: edits.AppliedSetup, text: str) -> None:
        """Show a saved setup change and make it the undo step `text` (none when it changed nothing, as `_change`)."""
        if (after := edits.setup_state(self.db, event_id)) != before:
            self.undo_stack.push(_SetupChange(self, event_id, before, after, text))
        self.setup, self.plan = applied.setup, applied.plan
        self.stored = rules.Planning(applied.setup, applied.plan)
        self.outside = edits.outside(self.db, event_id)
        self.refresh()
        if applied.dropped_pins:
            self._note(self.tr("設定の変更で使えなくなった固定を{0}件解除しました").format(applied.dropped_pins),
                       palette.NOTE_TEXT, 0)
        if before.planning.plan is not None:
            self._show_moves(applied.moves)
        self.changed.emit()

    def _show_moves(self, moves: Sequence[repair.Move]) -> None:
        """Who a re-plan seated at another table, round by round, first under the grid: names on screen only,
        the log never sees them."""
        if moves:
            self._note(self.tr("席の移動 {0}件:\n{1}").format(  # a line each: a long list stays readable
                len(moves), "\n".join(self.tr("第{0}ラウンド {1}（{2}→{3}）").format(
                    m.round, m.talent, m.from_table, m.to_table) for m in moves)), palette.NOTE_TEXT, 0)
        else:
            self._note(self.tr("席を移した人材はいません"), palette.NOTE_TEXT, 0)

    def create_default(self) -> None:
        """Set up one table per region with every talent and plan it, off the GUI thread; one transaction,
        so a cancel writes nothing."""
        if (event_id := self.event_id) is None or self.planning:
            return
        db = self.db

        def done(_setup: object) -> None:
            self.undo_stack.push(_DefaultTables(self, event_id, edits.setup_state(db, event_id),
                                                self.tr("地域ごとのテーブルを用意")))
            self.load(event_id)
            self.changed.emit()

        self._submit(self.tr("ラウンドテーブルを用意しています…"),
                     lambda progress: setups.create_default(db, event_id, progress), done, lambda: None)
