"""The non-GUI layers must never load Qt: the CLI, the tests and the services share them."""

from __future__ import annotations

import subprocess
import sys


def test_core_layers_do_not_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import colead_desktop\n"
        "for package in ('domain', 'db', 'services', 'reports', 'exports'):\n"
        "    module = importlib.import_module(f'colead_desktop.{package}')\n"
        "    for info in pkgutil.walk_packages(module.__path__, module.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "importlib.import_module('colead_desktop.cli')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
