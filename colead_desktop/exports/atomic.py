"""Write files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success rename it over `target`, else delete it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp_path)` and move the result to `target`."""
    with atomic_path(target) as tmp:
        write(tmp)
    return Path(target)


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))
