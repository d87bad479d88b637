"""支払明細書 PDF: one statement per payee, alone or many in a folder / one combined file.

The layout follows what payees and accountants expect (payments-japan.md §5): payer and payee,
period, every line with its dates and 計算根拠, gross, 源泉徴収税額, fee, net, transfer date, the
masked account and the rates used. Dates are printed in 和暦 with the western date beside them (Gregorian
only in English).
Texts and tables are drawn from lines broken once (reports/text_lines.py, reports/ruled_grid.py), not reportlab
Paragraphs and Tables, so that 1,000 statements cost little more than reportlab drawing them (issue 15).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from colead_desktop.domain.i18n import Language, language, msg, output_language, set_language
from colead_desktop.domain import jp_calendar
from colead_desktop.domain.payments import Line, PaymentResult
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.statement_status import settled_label
from colead_desktop.domain.statements import Statement
from colead_desktop.exports.atomic import OWNER_ONLY, remove_stale_parts, undone_on_failure
from colead_desktop.reports.fonts import register_fonts
from colead_desktop.reports.layout import CONTENT_WIDTH, SMALL, TITLE, build_pdf, grid, headed, label_width, plain
from colead_desktop.reports.ruled_grid import RuledGrid
from colead_desktop.reports.worker_pool import worker_pool

PARALLEL_FROM = 40
"""Below this many statements a process pool costs more (start-up, font loading) than it saves."""
CHUNK = 20


def both_dates(day: date) -> str:
    """'令和3年11月16日（2021-11-16）': the era date for the form, the ISO date for reconciling; in English only
    the Gregorian date ('16 Nov 2021')."""
    return _both_dates(day, language())


@lru_cache(maxsize=4096)  # a thousand statements print the same few hundred days
def _both_dates(day: date, lang: Language) -> str:
    with output_language(lang):
        return jp_calendar.both_dates(day)


def yen(amount: int) -> str:
    return msg("{a:,}円", "¥{a:,}", a=amount) if amount >= 0 else msg("△{a:,}円", "-¥{a:,}", a=-amount)


def _line_row(line: Line) -> list[str]:
    dates = "\n".join(both_dates(d) for d in line.dates)
    amount = yen(line.amount_yen) if line.category.in_gross else f"({yen(line.amount_yen)})"
    paid = msg("支給", "Paid") if line.category.in_gross else msg("支給対象外", "Not paid")
    return [dates, line.text, paid, amount]


# The amounts a correction compares, on one basis: (label, value of a PaymentResult).
_COMPARED: tuple[tuple[tuple[str, str], Callable[[PaymentResult], int]], ...] = (
    (("日当", "Per diem"), lambda r: r.per_diem_yen),
    (("謝金", "Honorarium"), lambda r: r.honorarium_yen),
    (("旅費（支給）", "Travel paid"), lambda r: r.reimbursed_yen),
    (("支払総額（税引前）", "Gross (before tax)"), lambda r: r.gross_yen),
    (("源泉徴収税額", "Withholding"), lambda r: r.withholding_yen),
    (("差引支払額（税引後・手数料前）", "After tax, before the bank fee"), lambda r: r.gross_yen - r.withholding_yen),
)


def _correction_amounts(st: Statement) -> RuledGrid:
    """Original, corrected and difference side by side, so the payee sees what changed and why it is paid
    or reclaimed."""
    assert st.adjustment is not None
    before, after = st.adjustment.previous, st.result
    rows = [["", msg("訂正前（{no}）", "Original ({no})", no=st.adjustment.previous_no),
             msg("訂正後", "Corrected"), msg("差額", "Difference")]]
    rows += [[msg(*label), yen(value(before)), yen(value(after)), yen(value(after) - value(before))]
             for label, value in _COMPARED]
    third = (CONTENT_WIDTH - 52 * mm) / 3
    return grid(rows, [52 * mm, third, third, third], right_cols=(1, 2, 3))


def _status_text(st: Statement) -> str:
    """The status and who approved; 単独承認 when the programme let the person who computed it approve it."""
    if not st.approved_by:
        return settled_label(st.status, st.transfer_yen)
    approval = msg("承認: {who}", "Approved by {who}", who=st.approved_by)
    if st.single_approval:
        approval += msg("（単独承認）", " (single approval)")
    return f"{settled_label(st.status, st.transfer_yen)}\n{approval}"


def _recipient(st: Statement) -> str:
    """Who is paid: the payee, or the employer company their fees go to (named with the talent it is for)."""
    if st.employer is not None:
        return "\n".join(filter(None, (msg("{n} 御中", "{n}", n=st.employer.name), st.employer.address,
                                        msg("（{name} 様の謝金等）", "(fees for {name})", name=st.result.name))))
    return "\n".join(filter(None, (msg("{n} 様", "{n}", n=st.result.name), st.payee_address)))


def statement_story(st: Statement) -> list[Flowable]:
    """The flowables of one statement (public so other reports can embed a statement)."""
    register_fonts()
    r = st.result
    title = msg("支払明細書", "Payment statement")
    if st.adjustment:
        title = (msg("支払明細書（訂正・返金請求）", "Payment statement (correction: refund requested)")
                 if st.payment.is_reclaim else msg("支払明細書（訂正）", "Payment statement (correction)"))
    half = CONTENT_WIDTH / 2
    head = [
        [msg("明細書番号", "Statement no."), st.statement_no,
         msg("発行日", "Issued"), both_dates(st.issue_date)],
        [msg("支払者", "Payer"), "\n".join(filter(None, (st.payer.name, st.payer.address,
                                                        st.payer.registration_no))),
         msg("受取人", "Payee"), _recipient(st)],
        [msg("事業名", "Programme"), st.payer.programme, msg("契約番号", "Contract no."),
         st.payer.contract_no],
        [msg("対象期間", "Period"), msg("{a} 〜\n{b}", "{a} to\n{b}", a=both_dates(st.period[0]), b=both_dates(st.period[1])),
         msg("状態", "Status"), _status_text(st)],
    ]
    story: list[Flowable] = [plain(title, TITLE),
                             grid(head, [22 * mm, half - 22 * mm, 22 * mm, half - 22 * mm], header=False,
                                  label_column=True)]
    items = msg("明細（訂正後）", "Items (corrected)") if st.adjustment else msg("明細", "Items")
    rows = [[msg("日付", "Date(s)"), msg("内容・計算根拠", "Item and basis"), msg("区分", "Kind"),
             msg("金額", "Amount")]]
    rows += [_line_row(line) for line in r.lines]
    dates, kinds = (label_width([row[column] for row in rows], 16 * mm, 60 * mm) for column in (0, 2))
    story.append(headed(items, grid(rows, [dates, CONTENT_WIDTH - dates - kinds - 27 * mm, kinds, 27 * mm],
                                    right_cols=(3,))))
    amounts = msg("支払額", "Amounts")
    account = st.bank.masked() if st.bank else msg("（未登録）", "(not registered)")
    summary = [] if st.adjustment else [
        [msg("支払総額（税引前）", "Gross (before tax)"), yen(st.payable_gross_yen)],
        [msg("源泉徴収税額（所得税及び復興特別所得税）", "Withholding (income tax incl. reconstruction tax)"),
         yen(st.payable_withholding_yen)],
    ]
    # The fee line appears only when the payee bore the fee: the statement lists what was deducted from
    # the payment (gross − tax − 先方負担 fee = transfer), and a fee the secretariat pays itself (当方負担)
    # is its own expense, not the payee's, so a "0円" line would only suggest the fee was waived. The
    # result's fee_yen is what was deducted at computation (0 when 当方負担), so an approved statement
    # keeps saying what was deducted even if the payee's setting changes later; st.payment drops it when
    # this statement transfers nothing to the payee (a reclaim or a correction without change).
    if st.payment.fee_yen:
        summary.append([msg("振込手数料（先方負担）", "Bank fee (borne by payee)"), yen(st.payment.fee_yen)])
    if st.payment.is_reclaim:  # never a transfer: the payee is asked to pay the amount back
        summary.append([msg("返金請求額", "Amount to refund"), yen(-st.transfer_yen)])
        if st.paid_on is not None:  # settled: the refund arrived (返金受領)
            summary.append([msg("返金受領日", "Refund received on"), both_dates(st.paid_on)])
        else:
            summary.append([msg("お願い", "Request"), msg("この金額は振込ではありません。事務局の案内に従ってご返金ください。",
                                                       "This is not a transfer: please refund the amount as the "
                                                       "secretariat explains.")])
    elif st.transfer_yen == 0:  # no run takes it: settled without a transfer (確定（振込なし）)
        summary.append([msg("振込金額", "Transfer"), msg("金額の変更はありません（振込・返金はありません）",
                                                          "No amount changes (nothing is transferred or refunded)")
                        if st.adjustment and not st.payment.carries_money else
                        msg("0円（振込はありません）", "¥0 (nothing is transferred)")])
        if st.paid_on is not None:
            summary.append([msg("確定日（振込なし）", "Settled on (no transfer)"), both_dates(st.paid_on)])
    else:
        summary += [[msg("差引振込金額", "Net transfer"), yen(st.transfer_yen)],
                    [msg("振込予定日", "Transfer date"), both_dates(st.transfer_date)]]
        if st.paid_on is not None:  # paid: the bank's date, which the 支払調書 and the month's return go by
            summary.append([msg("振込日", "Transferred on"), both_dates(st.paid_on)])
        summary.append([msg("振込先口座", "Account"), account])
        if st.joins_transfer_of:  # one transfer per payee and run: the bank shows the sum, with one fee
            summary.append([msg("振込方法", "How it is transferred"), msg(
                "明細書 {no} と合わせて1件で振込みます（振込手数料は明細書 {no} で差引済み）",
                "In one transfer together with statement {no} (the bank fee is deducted on statement {no})",
                no=st.joins_transfer_of)])
        if st.joined_by:
            summary.append([msg("振込方法", "How it is transferred"), msg(
                "明細書 {nos} と合わせて1件で振込みます（振込手数料はこの明細書で差引）",
                "In one transfer together with statement(s) {nos} (the bank fee is deducted on this statement)",
                nos="、".join(st.joined_by))])
    summary.append([msg("事務局支払分（参考・支給対象外）", "Paid directly by the secretariat (for reference)"),
                    yen(r.paid_directly_yen)])
    if st.adjustment:
        summary += [[msg("訂正元の明細書", "Corrects statement"), st.adjustment.previous_no],
                    [msg("訂正理由", "Reason"), st.adjustment.reason]]
    totals = grid(summary, [70 * mm, CONTENT_WIDTH - 70 * mm], header=False, label_column=True)
    if st.adjustment:
        story += [headed(amounts, _correction_amounts(st)), Spacer(1, 2 * mm), totals]
    else:
        story.append(headed(amounts, totals))
    rates = "; ".join(
        msg("料率 {id}（{d}〜）: 日当 {pd:,}円/日、謝金 {hd:,}円/日・上限 {cap:,}円",
            "Rates {id} (from {d}): per diem ¥{pd:,}/day, honorarium ¥{hd:,}/day, cap ¥{cap:,}",
            id=e.entry_id, d=e.effective_from.isoformat(), pd=e.per_diem_yen,
            hd=e.honorarium_daily_yen, cap=e.honorarium_cap_yen) for e in r.rates_used)
    story += [Spacer(1, 3 * mm), plain(rates or msg("料率: なし", "Rates: none"), SMALL)]
    if st.policy:
        story.append(plain(msg("適用方針: {p}", "Policy applied: {p}", p=st.policy.describe()), SMALL))
    story.append(plain(r.withholding_text, SMALL))
    return story


class _Tick(Flowable):
    """Zero-size marker drawn after each statement: reports progress and lets the user cancel."""

    def __init__(self, done: int, total: int, progress: Progress) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress
        self.width = self.height = 0

    def draw(self) -> None:
        report(self.progress, self.done, self.total)


def render_statement(statement: Statement, target: Path, folder_ready: bool = False) -> Path:
    """`folder_ready`: the caller made the folder and removed its stale parts (exports/atomic.py), as `render_folder`
    does once for all its files."""
    return build_pdf(Path(target), msg("支払明細書 {no}", "Statement {no}", no=statement.statement_no),
                     statement_story(statement),
                     footer_text=f"{statement.payer.name}  {statement.statement_no}", mode=OWNER_ONLY,
                     folder_ready=folder_ready)


def _render_one(job: tuple[Statement, Path, Language]) -> Path:
    """Worker entry point for one statement (a child process starts with the default language)."""
    statement, target, lang = job
    set_language(lang)
    return render_statement(statement, target)


def render_statement_apart(statement: Statement, target: Path) -> Path:
    """One statement's PDF in a worker process, as the folder export makes them: reportlab holds the GIL for up to
    a second or two, which a thread would take from the window."""
    with worker_pool(1) as pool:
        return Path(pool.apply(_render_one, ((statement, Path(target), language()),)))


def file_name(statement: Statement) -> str:
    """Statement number and payee id only: names stay out of file names shared by e-mail."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in statement.statement_no)
    return f"{safe}_{statement.result.payee_id}.pdf"


def _render_chunk(job: tuple[Sequence[Statement], Path, Language]) -> int:
    """Worker entry point (runs in a child process, which starts with the default language)."""
    statements, folder, lang = job
    set_language(lang)
    for st in statements:
        render_statement(st, folder / file_name(st), folder_ready=True)
    return len(statements)


def render_folder(statements: Sequence[Statement], folder: Path,
                  progress: Progress | None = None) -> list[Path]:
    """One PDF per statement in `folder`, in parallel processes for large batches; returns the paths
    in input order. `progress` returning False raises Cancelled: files already written stay (each
    is complete), nothing is left half-written, and the workers are terminated at once. A failure (a full disk)
    removes the files this export added and the folders it made. Embedding the font subset costs ~10 ms per
    file, which is why a thousand files are spread over the CPU cores.
    """
    folder = Path(folder)
    targets = [folder / file_name(st) for st in statements]
    with undone_on_failure(folder, targets):  # prepared once: each file's own sweep would rescan it as it fills
        _render_into(statements, folder, progress)
    return targets


def _render_into(statements: Sequence[Statement], folder: Path, progress: Progress | None) -> None:
    total = len(statements)
    workers = min(os.cpu_count() or 1, 8)
    if total < PARALLEL_FROM or workers < 2:
        for done, st in enumerate(statements, start=1):
            render_statement(st, folder / file_name(st), folder_ready=True)
            report(progress, done, total)
        return
    jobs = [(statements[i:i + CHUNK], folder, language()) for i in range(0, total, CHUNK)]
    done = 0
    try:
        with worker_pool(workers) as pool:  # leaving the block (Cancelled, any error) terminates the workers
            for count in pool.imap_unordered(_render_chunk, jobs):
                done += count
                report(progress, done, total)
    finally:
        remove_stale_parts(folder)  # what the terminated workers were writing


def render_combined(statements: Sequence[Statement], target: Path,
                    progress: Progress | None = None) -> Path:
    """All statements in one PDF, each starting on a new page; cancelling leaves no file."""
    story: list[Flowable] = []
    for done, statement in enumerate(statements, start=1):
        if story:
            story.append(PageBreak())
        story += statement_story(statement)
        if progress is not None:
            story.append(_Tick(done, len(statements), progress))
    return build_pdf(Path(target), msg("支払明細書", "Payment statements"), story, mode=OWNER_ONLY)
