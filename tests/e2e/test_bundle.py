"""Build the PyInstaller bundle from build.spec and run its self-check away from the source tree.

Takes about two minutes on a 2-core machine. Skip it locally with `-m "not slow"`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from colead_desktop.paths import bundle_root

pytestmark = pytest.mark.slow


def test_bundle_builds_and_passes_its_self_check(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[dist]')")
    root = bundle_root()
    subprocess.run([str(pyinstaller), "--noconfirm", "--clean", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"), str(root / "build.spec")],
                   cwd=root, check=True, capture_output=True, timeout=1200)
    # Move the bundle elsewhere and run it with a bare environment: nothing may come from the source tree.
    bundle = shutil.move(str(tmp_path / "dist" / "CoLEAD-Desktop"), str(tmp_path / "installed"))
    executable = Path(bundle) / ("colead.exe" if sys.platform == "win32" else "colead")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    result = subprocess.run([str(executable), "--self-check"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   forms" in result.stdout and "ok   database" in result.stdout
    assert ", 0 failed" in result.stdout
