"""The statement PDF says how it was approved (単独承認 when the computing person approved it) and which
policy it was computed with (「適用方針: …」), read back with pdftotext and rendered for a look."""

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.payments import FY2021_PRESET
from colead_desktop.domain.statements import AppliedPolicy, approve
from colead_desktop.reports.statement_pdf import render_statement

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
POLICY = AppliedPolicy(FY2021_PRESET.travel_rule, FY2021_PRESET.honorarium_scope, True)


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def draft():
    return replace(demo_statements(demo_payees(PLACEHOLDER_TALENTS))[0], computed_by="経理 花子", policy=POLICY)


def test_single_approval_and_the_policy_are_printed(tmp_path: Path, artifacts: Path) -> None:
    alone = approve(draft(), "経理 花子", date(2022, 3, 1), two_people=False)
    text = text_of(render_statement(alone, tmp_path / "alone.pdf"))
    assert "承認: 経理 花子（単独承認）" in text
    assert "適用方針: 旅費: 実費支給／謝金: 企業との個別支援のみ支給／旅費・日当も源泉徴収の対象" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(tmp_path / "alone.pdf"),
                    str(artifacts / "statement_single_approval")], check=True)


def test_two_people_approval_is_not_called_single(tmp_path: Path) -> None:
    text = text_of(render_statement(approve(draft(), "経理 次郎", date(2022, 3, 1)), tmp_path / "two.pdf"))
    assert "承認: 経理 次郎" in text and "単独承認" not in text
