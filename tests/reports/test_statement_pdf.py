"""支払明細書 PDFs read back with pdftotext; one page rendered to a PNG for a visual check."""

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.payments import FY2021_PRESET, compute_payment
from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.statements import (adjusting_statement, approve, mark_paid, mark_refunded, put_in_run,
                                             settle_nothing_to_transfer)
from colead_desktop.reports.statement_pdf import render_combined, render_folder, render_statement

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def statements():
    return demo_statements(demo_payees(PLACEHOLDER_TALENTS))


def test_statement_text(statements, tmp_path: Path, artifacts: Path) -> None:
    st = statements[0]
    r = st.result
    pdf = render_statement(st, tmp_path / "s.pdf")
    text = text_of(pdf)
    for needle in ("支払明細書", "DEMO-0001", "人材01", "令和3年11月16日", "2021-11-16", "令和4年3月10日",
                   "2022-03-10", f"{r.gross_yen:,}円", f"{r.withholding_yen:,}円", f"{r.net_yen:,}円",
                   "源泉徴収税額", "差引振込金額", "FY2021", "10,000円/日", "30,000円/日",
                   "上限 150,000円", "****", "ふるさとCo-LEAD事務局（架空）"):
        assert needle in text, needle
    assert st.bank is not None and st.bank.number not in text  # only the masked number is printed
    for line in r.lines:
        assert line.dates[0].isoformat() in text
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(artifacts / "statement_page")], check=True)
    assert (artifacts / "statement_page-1.png").stat().st_size > 10_000


def test_fee_line_only_when_the_payee_bears_the_fee(statements, tmp_path: Path, artifacts: Path) -> None:
    by_payee = next(st for st in statements if st.result.fee_yen)  # 先方負担: deducted from the transfer
    pdf = render_statement(by_payee, tmp_path / "payee.pdf")
    text = text_of(pdf)
    assert "振込手数料（先方負担）" in text and f"{by_payee.result.fee_yen:,}円" in text
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(artifacts / "statement_fee_payee")], check=True)
    by_payer = statements[0]  # 当方負担: the secretariat's expense, not the payee's
    assert by_payer.result.fee_yen == 0
    text = text_of(render_statement(by_payer, tmp_path / "payer.pdf"))
    assert "振込手数料" not in text and "差引振込金額" in text


def test_exempt_and_adjusting_statements(statements, tmp_path: Path) -> None:
    exempt = next(st for st in statements if st.result.withholding_yen == 0)
    exempt_text = text_of(render_statement(exempt, tmp_path / "e.pdf"))
    assert "源泉徴収なし" in exempt_text and exempt.employer is not None
    assert f"{exempt.employer.name} 御中" in exempt_text and exempt.employer.address in exempt_text
    old = approve(statements[1], "経理", date(2022, 3, 2))
    corrected = compute_payment(demo_payees(PLACEHOLDER_TALENTS)[1].payee, FY2021_PRESET, fee_yen=0)
    adj = adjusting_statement(old, corrected, "DEMO-0002-A", "二重計上の取消", date(2022, 3, 20),
                              date(2022, 3, 25))
    text = text_of(render_statement(adj, tmp_path / "a.pdf"))
    assert "支払明細書（訂正）" in text and "DEMO-0002" in text and "二重計上の取消" in text
    assert "金額の変更はありません（振込・返金はありません）" in text  # the same records: no money moves
    assert "差引振込金額" not in text and "返金請求額" not in text


def test_folder_and_combined_with_progress(statements, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    paths = render_folder(statements[:5], tmp_path / "out", lambda d, t: calls.append((d, t)) or True)
    assert calls == [(i, 5) for i in range(1, 6)] and all(p.exists() for p in paths)
    combined = render_combined(statements, tmp_path / "all.pdf", lambda d, t: True)
    assert text_of(combined).count("支払明細書") >= 16
    info = subprocess.run(["pdfinfo", str(combined)], capture_output=True, text=True).stdout
    assert int(info.split("Pages:")[1].split()[0]) >= 16


def test_cancel_leaves_no_combined_file(statements, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        render_combined(statements, tmp_path / "all.pdf", lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(Cancelled):
        render_folder(statements, tmp_path / "f", lambda done, total: done < 2)
    assert len(list((tmp_path / "f").glob("*.pdf"))) == 2
    assert not list((tmp_path / "f").glob(".*part"))


def test_parallel_folder_matches_input_order(statements, tmp_path: Path) -> None:
    many = statements * 3  # 48 ≥ PARALLEL_FROM: exercises the process pool
    many = [type(st)(**{**st.__dict__, "statement_no": f"N{i:03d}"}) for i, st in enumerate(many)]
    paths = render_folder(many, tmp_path / "par")
    assert [p.name for p in paths] == [f"N{i:03d}_{st.result.payee_id}.pdf" for i, st in enumerate(many)]
    assert "N047" in text_of(paths[-1])


def test_a_reclaim_prints_no_fee(statements, tmp_path: Path, artifacts: Path) -> None:
    """A 訂正明細書 reclaiming ¥10,000 of travel from a payee who bears the fee: 差引振込金額 △8,979, no fee line."""
    demo = next(p for p in demo_payees(PLACEHOLDER_TALENTS) if p.fee_yen)
    old = next(st for st in statements if st.result.payee_id == demo.payee.payee_id)
    cash = max((e for e in demo.payee.expenses if not e.paid_directly), key=lambda e: e.amount_yen)
    less = tuple(replace(e, amount_yen=e.amount_yen - 10_000) if e is cash else e for e in demo.payee.expenses)
    corrected = compute_payment(replace(demo.payee, expenses=less), FY2021_PRESET, demo.fee_yen)
    reclaim = adjusting_statement(approve(old, "経理", date(2022, 3, 2)), corrected, "DEMO-R", "旅費の過大計上",
                                  date(2022, 3, 20), date(2022, 3, 25))
    pdf = render_statement(reclaim, tmp_path / "reclaim.pdf")
    text = text_of(pdf)
    assert "振込手数料" not in text and "差引振込金額" not in text
    assert "支払明細書（訂正・返金請求）" in text and "返金請求額" in text
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.split()}
    old_result = old.result
    assert rows["旅費（支給）"] == [f"{old_result.reimbursed_yen:,}円", f"{old_result.reimbursed_yen - 10_000:,}円",
                                 "△10,000円"]  # original, corrected, difference
    assert rows["差引支払額（税引後・手数料前）"][-1] == "△8,979円" and rows["返金請求額"] == ["8,979円"]
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(artifacts / "statement_reclaim")], check=True)
    refunded = mark_refunded(approve(reclaim, "経理 次郎", date(2022, 3, 21)), date(2022, 4, 5), today=date(2022, 4, 5))
    text = text_of(render_statement(refunded, tmp_path / "refunded.pdf"))
    assert "返金受領日" in text and "2022-04-05" in text and "返金済" in text and "ご返金ください" not in text
    assert "振込予定日" not in text and "振込先口座" not in text
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(tmp_path / "refunded.pdf"),
                    str(artifacts / "statement_refunded")], check=True)


def test_a_joined_statement_and_a_settled_statement_of_nothing_say_so(statements, tmp_path: Path) -> None:
    first, second = statements[0], statements[3]  # the fourth payee bears a ¥330 fee
    assert second.result.fee_yen == 330
    joined = replace(approve(second, "経理 次郎", date(2022, 3, 1)), joins_transfer_of=first.statement_no)
    assert "振込手数料（先方負担）" in text_of(render_statement(second, tmp_path / "alone.pdf"))
    text = text_of(render_statement(joined, tmp_path / "joined.pdf"))
    assert f"明細書 {first.statement_no} と合わせて1件で振込みます" in text and "振込手数料（先方負担）" not in text
    assert f"{joined.result.net_yen + joined.result.fee_yen:,}円" in text  # its transfer without the fee
    lead = replace(approve(first, "経理 次郎", date(2022, 3, 1)), joined_by=(second.statement_no,))
    assert f"明細書 {second.statement_no} と合わせて1件で振込みます" in text_of(render_statement(lead, tmp_path / "lead.pdf"))
    nothing = compute_payment(replace(demo_payees(PLACEHOLDER_TALENTS)[0].payee, tour_days=(), work_days=(),
                                      expenses=()), FY2021_PRESET)
    zero = approve(replace(first, result=nothing), "経理 次郎", date(2022, 3, 1))
    assert zero.transfer_yen == 0
    settled = settle_nothing_to_transfer(zero, date(2022, 3, 10), today=date(2022, 3, 10))
    text = text_of(render_statement(settled, tmp_path / "zero.pdf"))
    assert "0円（振込はありません）" in text and "確定日（振込なし）" in text and "確定（振込なし）" in text
    assert "振込予定日" not in text and "振込先口座" not in text


def test_a_description_longer_than_a_page_prints_whole(statements, tmp_path: Path) -> None:
    """A stored line's text and an address taller than a page used to stop the statement with LayoutError: the row
    runs on to the next page under the items' header."""
    st = statements[0]
    long = "タクシー代の説明" * 600 + "ここまで"
    lines = (replace(st.result.lines[0], description=long, wording=None), *st.result.lines[1:])  # as computed
    pdf = render_statement(replace(st, result=replace(st.result, lines=lines), payee_address=long[:3000]),
                           tmp_path / "long.pdf")
    text = "".join(text_of(pdf).split())
    assert text.count("ここまで") == 1 and text.count("タクシー代の説明") > 900  # 600 and the 375 of the address


def test_a_paid_statement_prints_the_day_it_was_transferred(statements, tmp_path: Path) -> None:
    """The bank paid a day after the planned date: the statement says both, the paid one as 振込日 (the 支払調書 and
    the month's withholding return go by it), not only a 振込予定日 for a transfer long made."""
    paid = mark_paid(put_in_run(approve(statements[0], "経理", date(2022, 3, 2)), date(2022, 3, 10)), date(2022, 3, 11),
                     today=date(2022, 3, 11))
    rows = {line.split()[0]: line.split()[1:] for line in text_of(render_statement(paid, tmp_path / "p.pdf"))
            .splitlines() if line.split()}
    assert rows["振込予定日"][-1].endswith("（2022-03-10）") and rows["振込日"][-1].endswith("（2022-03-11）")
    text = text_of(render_statement(approve(statements[1], "経理", date(2022, 3, 2)), tmp_path / "a.pdf"))
    assert "振込予定日" in text and "振込日" not in text.replace("振込予定日", "")  # not paid yet: the plan only
