"""The main window survives long use (issue 11): many dashboard resizes and payments-page reloads.

The soak runs in its own process (tests/ui/soak_main_window.py), so an interpreter abort such as
"Fatal Python error: none_dealloc" fails this test with the exit code instead of killing pytest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("soak_main_window.py")
# PySide6 6.12.0 on Python 3.11 takes about 86 references to None per dashboard repaint and 960 per
# payments reload (it aborts within 800 resizes); 6.10 and 6.11 keep about 940 too many per reload. The
# soak reads the count after collecting garbage, where a sound PySide6 holds it still, so the assertion
# below allows only half a reference per step: a leak of even one None per repaint or per reload fails it
# (tried with such a deliberate leak in each; the first resize may not repaint). Each resize costs about
# 10 ms of CPU, each reload about 0.14 s.
RESIZES = 200
RELOADS = 20


@pytest.mark.slow
def test_main_window_survives_resizes_and_reloads(data_dir: Path) -> None:
    # This tree first on the path, as pytest's pythonpath does for the tests themselves.
    env = {**os.environ, "COLEAD_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(SCRIPT), str(RESIZES), str(RELOADS)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=540)
    assert done.returncode == 0, f"the soak process ended with exit code {done.returncode}:\n{done.stderr[-3000:]}"
    figures = json.loads(done.stdout.splitlines()[-1])
    print(figures)  # visible with -s: None's reference count through the soak
    for start, end, steps in (("none_refs_at_start", "none_refs_after_resizes", RESIZES),
                              ("none_refs_payments_shown", "none_refs_after_reloads", RELOADS)):
        assert abs(figures[end] - figures[start]) < steps // 2, figures
