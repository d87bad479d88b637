"""OS errors name the file the user asked for, never the temporary name an atomic write used."""

from __future__ import annotations

import errno
from pathlib import Path

from colead_desktop.domain.os_failures import explain_os_error, user_path
from colead_desktop.exports.atomic import atomic_path


def test_the_temporary_name_of_a_real_atomic_write_maps_back_to_its_target(tmp_path: Path) -> None:
    target = tmp_path / "支払.xlsx"
    with atomic_path(target) as temporary:
        assert temporary.name != target.name
        assert user_path(str(temporary)) == str(target)


def test_a_read_only_place_is_explained_with_the_target(tmp_path: Path) -> None:
    temporary = tmp_path / ".p.xlsx.32729.0a1b2c3d.part"
    explained = explain_os_error(OSError(errno.EROFS, "Read-only file system", str(temporary)))
    assert explained is not None and str(tmp_path / "p.xlsx") in str(explained) and ".part" not in str(explained)
