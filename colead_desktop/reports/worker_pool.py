"""A process pool whose workers never outlive the process that started them.

Why: a statement export spreads PDFs over worker processes. If the app or `colead` is killed (kill -9,
a crash, the session ends), workers that kept running would go on writing files for minutes. Each worker
therefore (1) asks Linux to SIGKILL it when its parent dies (PR_SET_PDEATHSIG), and (2) runs a daemon
thread that waits on multiprocessing's parent sentinel, which becomes ready when the parent is gone on
every platform, and then exits. Each worker also leads its own process group, so a Ctrl-C typed in a
terminal reaches only the parent, which then terminates the pool as a whole instead of every worker
printing its own KeyboardInterrupt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.pool import Pool

PR_SET_PDEATHSIG = 1


def _exit_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the request above took effect
        os._exit(1)
    parent = multiprocessing.parent_process()
    if parent is not None:
        def watch() -> None:
            parent.join()  # returns when the parent's end of the sentinel pipe closes: it has exited
            os._exit(1)

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(parent_pid: int) -> None:
    if hasattr(os, "setpgid"):
        os.setpgid(0, 0)
    _exit_with_parent(parent_pid)


def worker_pool(processes: int) -> Pool:
    """A spawn pool (no forked copy of Qt or of open database connections) of self-terminating workers.

    Use it as a context manager: leaving the block, normally or by an exception such as Cancelled,
    terminates the workers at once rather than letting queued tasks run.
    """
    return multiprocessing.get_context("spawn").Pool(processes, initializer=_init_worker,
                                                     initargs=(os.getpid(),))
