"""After the first paint the app imports in the background what a first visit or a tour's first check would
otherwise import on the GUI thread (ui/warm_up.py)."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from colead_desktop.domain.tourcheck import check_tour  # imported by the app's start
before = 'geopy.distance' in sys.modules
from colead_desktop.ui.warm_up import PAGE_MODULES, import_pages_in_background
import_pages_in_background().join()
print(before, all(name in sys.modules for name in PAGE_MODULES), 'geopy.distance' in sys.modules,
      'geopy.geocoders' in sys.modules)
"""


def test_the_pages_and_geopy_are_imported_but_not_geopys_geocoders() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True", "False"]
