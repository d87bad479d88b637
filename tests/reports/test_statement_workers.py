"""The statement PDF workers never outlive the process that started them (real processes, /proc)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.progress import Cancelled
from colead_desktop.exports.atomic import remove_stale_parts
from colead_desktop.reports.statement_pdf import render_folder

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")

EXPORT = """
import sys
from pathlib import Path
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.reports.statement_pdf import render_folder

if __name__ == "__main__":
    base = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    many = [type(st)(**{**st.__dict__, "statement_no": f"K{i:05d}"}) for i, st in enumerate(base * 60)]
    render_folder(many, Path(sys.argv[1]))
"""


def many_statements(copies: int) -> list:
    base = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    return [type(st)(**{**st.__dict__, "statement_no": f"C{i:05d}"}) for i, st in enumerate(base * copies)]


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # an unreaped zombie no longer runs


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.slow
def test_workers_die_when_the_exporting_process_is_killed(tmp_path: Path) -> None:
    out = tmp_path / "statements"
    out.mkdir()
    script = tmp_path / "export.py"
    script.write_text(EXPORT)
    repo = str(Path(__file__).resolve().parents[2])  # this checkout's code, not another installed copy
    parent = subprocess.Popen([sys.executable, str(script), str(out)], env={**os.environ, "PYTHONPATH": repo},
                              start_new_session=True)
    try:
        # both workers started and the export well under way (PDFs appearing)
        assert wait_for(lambda: len(children(parent.pid)) >= 2 and len(list(out.glob("*.pdf"))) >= 4, 120)
        workers = children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in workers), 5), "workers outlived their parent"
        written = len(list(out.glob("*.pdf")))
        assert written < 16 * 60, "the export should have been interrupted"
        # the .part files the killed workers were writing belong to dead pids: the next export removes them
        remove_stale_parts(out)
        assert not list(out.glob(".*.part"))
        assert len(list(out.glob("*.pdf"))) == written
    finally:
        if parent.poll() is None:
            parent.kill()


def test_cancel_terminates_the_workers_at_once(tmp_path: Path) -> None:
    answers = iter([True, False])
    with pytest.raises(Cancelled):
        render_folder(many_statements(4), tmp_path / "f", lambda done, total: next(answers))
    assert multiprocessing.active_children() == []
    assert not list((tmp_path / "f").glob(".*.part"))
