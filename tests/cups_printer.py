"""A real CUPS print queue for the print-centre tests: the cups-pdf backend writes each job to a PDF file.

Like tests/pg_server.py it uses what the machine has: as root with CUPS and cups-pdf installed (the test
command installs them on Debian) it starts the scheduler if none runs, adds a throwaway queue and removes
it afterwards; anywhere else `start_cups_pdf()` returns None and the test is skipped.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30)


def _scheduler_running() -> bool:
    return "is running" in _run("lpstat", "-r").stdout


@dataclass
class CupsPdfQueue:
    name: str
    output_dir: Path  # where cups-pdf puts this user's jobs (cups-pdf.conf: Out ${HOME}/PDF)
    scheduler: subprocess.Popen[bytes] | None

    def wait_for_job(self, before: set[Path], timeout: float = 60.0) -> Path:
        """The PDF the queue wrote since `before` was listed, once CUPS reports no job pending."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = _run("lpstat", "-o", self.name).stdout.strip()
            new = sorted(set(self.output_dir.glob("*.pdf")) - before, key=lambda p: p.stat().st_mtime)
            if new and not pending:
                return new[-1]
            time.sleep(0.2)
        raise TimeoutError(f"CUPS queue {self.name} wrote no PDF in {timeout} s")

    def files(self) -> set[Path]:
        return set(self.output_dir.glob("*.pdf"))

    def stop(self) -> None:
        _run("lpadmin", "-x", self.name)
        if self.scheduler is not None:
            self.scheduler.terminate()
            self.scheduler.wait(10)


def start_cups_pdf() -> CupsPdfQueue | None:
    if os.geteuid() != 0 or not (shutil.which("cupsd") and shutil.which("lpadmin") and BACKEND.exists()
                                 and PPD.exists()):
        return None
    scheduler = None
    if not _scheduler_running():
        scheduler = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if _scheduler_running():
                break
            time.sleep(0.1)
        else:
            scheduler.terminate()
            return None
    name = f"CoLEAD_Test_{uuid.uuid4().hex[:8]}"
    added = _run("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-P", str(PPD))
    if added.returncode != 0:
        if scheduler is not None:
            scheduler.terminate()
        return None
    output = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    output.mkdir(exist_ok=True)
    return CupsPdfQueue(name, output, scheduler)
