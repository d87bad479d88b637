"""`colead --self-check` in the development tree: every check passes, and a broken check is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from colead_desktop import selfcheck
from colead_desktop.cli import main


def test_self_check_passes_in_development(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-check"]) == 0
    out = capsys.readouterr().out
    for name, _ in selfcheck.CHECKS:
        assert f"ok   {name}" in out
    assert f"self-check: {len(selfcheck.CHECKS)} passed, 0 failed" in out


def test_self_check_fails_on_a_malformed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def broken(folder: Path) -> str:
        bad = folder / "broken.pdf"
        bad.write_bytes(b"%PDF-1.4 truncated")
        return selfcheck._validate(bad)

    monkeypatch.setattr(selfcheck, "CHECKS", [*selfcheck.CHECKS[:1], ("broken", broken)])
    assert selfcheck.run_self_check() == 1
    captured = capsys.readouterr()
    assert "FAIL broken" in captured.err and "not a complete PDF" in captured.err
    assert "1 passed, 1 failed" in captured.out
